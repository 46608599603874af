# language: zh-CN
功能: 第十条 烟草企业

  场景: 熏蒸作业场所未配备磷化氢报警仪器判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | tobacco.fumigation.performed | true |
      | tobacco.fumigation.phosphine_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.10.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.10.1" 的证据包括 "tobacco.fumigation.phosphine_alarm"

  场景: 熏蒸作业场所未配备磷化氢报警仪器：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | tobacco.fumigation.performed | true |
      | tobacco.fumigation.phosphine_alarm | 有效 |
      | tobacco.fumigation.gas_masks | true |
      | tobacco.fumigation.evacuation_confirmed | true |
    当进行判定
    那么 "gongmao-2023.10.1" 的判定为 "未发现"

  场景: 熏蒸作业场所未配备磷化氢报警仪器：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | tobacco.fumigation.performed | true |
      | tobacco.fumigation.gas_masks | true |
      | tobacco.fumigation.evacuation_confirmed | true |
    当进行判定
    那么 "gongmao-2023.10.1" 的判定为 "待补充"
    而且 "gongmao-2023.10.1" 待补充的事实包括 "tobacco.fumigation.phosphine_alarm"

  场景: 熏蒸杀虫作业前未确认无关人员全部撤离判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | tobacco.fumigation.performed | true |
      | tobacco.fumigation.evacuation_confirmed | false |
    当进行判定
    那么 "gongmao-2023.10.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.10.1" 的证据包括 "tobacco.fumigation.evacuation_confirmed"

  场景: 膨胀烟丝场所二氧化碳报警未与事故通风设施联锁判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | tobacco.expanded_tobacco.liquid_co2 | true |
      | tobacco.expanded_tobacco.ventilation_interlock | 未设置 |
    当进行判定
    那么 "gongmao-2023.10.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.10.2" 的证据包括 "tobacco.expanded_tobacco.ventilation_interlock"

  场景: 膨胀烟丝场所二氧化碳报警未与事故通风设施联锁：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | tobacco.expanded_tobacco.liquid_co2 | true |
      | tobacco.expanded_tobacco.co2_alarm | 有效 |
      | tobacco.expanded_tobacco.accident_ventilation | 有效 |
      | tobacco.expanded_tobacco.ventilation_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.10.2" 的判定为 "未发现"

  场景: 膨胀烟丝场所二氧化碳报警未与事故通风设施联锁：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | tobacco.expanded_tobacco.liquid_co2 | true |
      | tobacco.expanded_tobacco.accident_ventilation | 有效 |
      | tobacco.expanded_tobacco.ventilation_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.10.2" 的判定为 "待补充"
    而且 "gongmao-2023.10.2" 待补充的事实包括 "tobacco.expanded_tobacco.co2_alarm"

  场景: 不使用液态二氧化碳制造膨胀烟丝时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | tobacco.expanded_tobacco.liquid_co2 | false |
    当进行判定
    那么 "gongmao-2023.10.2" 的判定为 "未发现"

  场景: 商贸企业不适用第十条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [商贸] |
      | tobacco.fumigation.performed | true |
      | tobacco.fumigation.phosphine_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.10.1" 的判定为 "不适用"
    而且 "gongmao-2023.10.2" 的判定为 "不适用"
