# language: zh-CN
功能: 第十二条 使用液氨制冷的工贸企业

  场景: 分割间空调系统采用氨直接蒸发制冷判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.ammonia_refrigeration | true |
      | ammonia.processing_ac.direct_evaporation | [分割] |
    当进行判定
    那么 "gongmao-2023.12.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.12.1" 的证据包括 "ammonia.processing_ac.direct_evaporation"

  场景: 包装分割产品整理场所均不采用氨直接蒸发制冷时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [商贸] |
      | profile.ammonia_refrigeration | true |
      | ammonia.processing_ac.direct_evaporation | [] |
    当进行判定
    那么 "gongmao-2023.12.1" 的判定为 "未发现"

  场景: 未记录空调系统制冷方式时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.ammonia_refrigeration | true |
    当进行判定
    那么 "gongmao-2023.12.1" 的判定为 "待补充"
    而且 "gongmao-2023.12.1" 待补充的事实包括 "ammonia.processing_ac.direct_evaporation"

  场景: 快速冻结装置作业间内有10人判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.ammonia_refrigeration | true |
      | ammonia.quick_freeze.present | true |
      | ammonia.quick_freeze.own_room | true |
      | ammonia.quick_freeze.headcount | 10 |
    当进行判定
    那么 "gongmao-2023.12.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.12.2" 的证据包括 "ammonia.quick_freeze.headcount"

  场景: 快速冻结装置未设置在单独作业间内即使人数不多也判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.ammonia_refrigeration | true |
      | ammonia.quick_freeze.present | true |
      | ammonia.quick_freeze.own_room | false |
      | ammonia.quick_freeze.headcount | 3 |
    当进行判定
    那么 "gongmao-2023.12.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.12.2" 的证据包括 "ammonia.quick_freeze.own_room"

  场景大纲: 单独作业间内的人数以超过9人为界
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.ammonia_refrigeration | true |
      | ammonia.quick_freeze.present | true |
      | ammonia.quick_freeze.own_room | true |
      | ammonia.quick_freeze.headcount | <人数> |
    当进行判定
    那么 "gongmao-2023.12.2" 的判定为 "<判定>"

    例子:
      | 人数 | 判定 |
      | 8 | 未发现 |
      | 9 | 未发现 |
      | 10 | 重大事故隐患 |
      | 11 | 重大事故隐患 |

  场景: 快速冻结装置在单独作业间内且9人作业时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.ammonia_refrigeration | true |
      | ammonia.quick_freeze.present | true |
      | ammonia.quick_freeze.own_room | true |
      | ammonia.quick_freeze.headcount | 9 |
    当进行判定
    那么 "gongmao-2023.12.2" 的判定为 "未发现"

  场景: 没有快速冻结装置时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [商贸] |
      | profile.ammonia_refrigeration | true |
      | ammonia.quick_freeze.present | false |
    当进行判定
    那么 "gongmao-2023.12.2" 的判定为 "未发现"

  场景: 人数未填写且装置在单独作业间时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.ammonia_refrigeration | true |
      | ammonia.quick_freeze.present | true |
      | ammonia.quick_freeze.own_room | true |
    当进行判定
    那么 "gongmao-2023.12.2" 的判定为 "待补充"
    而且 "gongmao-2023.12.2" 待补充的事实包括 "ammonia.quick_freeze.headcount"

  场景: 不使用液氨制冷的企业不适用第十二条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.ammonia_refrigeration | false |
    当进行判定
    那么 "gongmao-2023.12.1" 的判定为 "不适用"
    而且 "gongmao-2023.12.2" 的判定为 "不适用"
