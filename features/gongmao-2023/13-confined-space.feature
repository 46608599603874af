# language: zh-CN
功能: 第十三条 存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业

  场景: 未辨识有限空间并且未设置警示标志判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.confined_space_toxic | true |
      | confined.spaces_identified | false |
      | confined.ledger_established | true |
      | confined.warning_signs | false |
    当进行判定
    那么 "gongmao-2023.13.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.13.1" 的证据包括 "confined.warning_signs"

  场景: 未建立台账但设置了明显警示标志时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.confined_space_toxic | true |
      | confined.spaces_identified | true |
      | confined.ledger_established | false |
      | confined.warning_signs | true |
    当进行判定
    那么 "gongmao-2023.13.1" 的判定为 "未发现"

  场景: 已辨识并建立台账时即使缺少警示标志也未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | profile.confined_space_toxic | true |
      | confined.spaces_identified | true |
      | confined.ledger_established | true |
      | confined.warning_signs | false |
    当进行判定
    那么 "gongmao-2023.13.1" 的判定为 "未发现"

  场景: 未辨识且警示标志情况未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.confined_space_toxic | true |
      | confined.spaces_identified | false |
    当进行判定
    那么 "gongmao-2023.13.1" 的判定为 "待补充"
    而且 "gongmao-2023.13.1" 待补充的事实包括 "confined.warning_signs"

  场景: 作业现场未设置监护人员判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.confined_space_toxic | true |
      | confined.work_approval | true |
      | confined.ventilate_test_sequence | true |
      | confined.attendant_present | false |
    当进行判定
    那么 "gongmao-2023.13.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.13.2" 的证据包括 "confined.attendant_present"

  场景: 未落实作业审批时其他情况未记录也判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | profile.confined_space_toxic | true |
      | confined.work_approval | false |
    当进行判定
    那么 "gongmao-2023.13.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.13.2" 的证据包括 "confined.work_approval"

  场景: 审批、先通风再检测后作业和监护均落实时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.confined_space_toxic | true |
      | confined.work_approval | true |
      | confined.ventilate_test_sequence | true |
      | confined.attendant_present | true |
    当进行判定
    那么 "gongmao-2023.13.2" 的判定为 "未发现"

  场景: 监护人员情况未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.confined_space_toxic | true |
      | confined.work_approval | true |
      | confined.ventilate_test_sequence | true |
    当进行判定
    那么 "gongmao-2023.13.2" 的判定为 "待补充"
    而且 "gongmao-2023.13.2" 待补充的事实包括 "confined.attendant_present"

  场景: 不存在中毒风险有限空间作业的企业不适用第十三条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | profile.confined_space_toxic | false |
    当进行判定
    那么 "gongmao-2023.13.1" 的判定为 "不适用"
    而且 "gongmao-2023.13.2" 的判定为 "不适用"
