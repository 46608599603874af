# language: zh-CN
功能: 第九条 高处作业（2022版）

  场景: 第九条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.steel_support.present | true |
      | construction.steel_support.anti_overturning_device | 未设置 |
      | construction.precast.erecting | [单榀钢桁架（屋架）] |
      | construction.precast.anti_instability | false |
      | construction.operating_platform.present | true |
      | construction.operating_platform.on_stable_structure | false |
      | construction.operating_platform.reliably_connected | false |
    当进行判定
    那么 "construction-2022.9.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.9.1" 的证据包括 "construction.steel_support.anti_overturning_device"
    而且 "construction-2022.9.2" 的判定为 "重大事故隐患"
    而且 "construction-2022.9.2" 的证据包括 "construction.precast.anti_instability"
    而且 "construction-2022.9.3" 的判定为 "重大事故隐患"
    而且 "construction-2022.9.3" 的证据包括 "construction.operating_platform.on_stable_structure"

  场景: 第九条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.steel_support.present | true |
      | construction.steel_support.foundation_bearing | 200 |
      | construction.steel_support.foundation_bearing_design | 150 |
      | construction.steel_support.foundation_settlement | 2 |
      | construction.steel_support.foundation_settlement_limit | 10 |
      | construction.steel_support.anti_overturning_device | 有效 |
      | construction.precast.erecting | [单榀钢桁架（屋架）] |
      | construction.precast.anti_instability | true |
      | construction.operating_platform.present | true |
      | construction.operating_platform.on_stable_structure | false |
      | construction.operating_platform.reliably_connected | true |
    当进行判定
    那么 "construction-2022.9.1" 的判定为 "未发现"
    而且 "construction-2022.9.2" 的判定为 "未发现"
    而且 "construction-2022.9.3" 的判定为 "未发现"

  场景: 第九条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
    当进行判定
    那么 "construction-2022.9.1" 的判定为 "待补充"
    而且 "construction-2022.9.1" 待补充的事实包括 "construction.steel_support.present"
    而且 "construction-2022.9.2" 的判定为 "待补充"
    而且 "construction-2022.9.2" 待补充的事实包括 "construction.precast.erecting"
    而且 "construction-2022.9.3" 的判定为 "待补充"
    而且 "construction-2022.9.3" 待补充的事实包括 "construction.operating_platform.present"

  场景: 2022版仅限单榀钢桁架，其他预制构件未采取防失稳措施不构成本项
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.precast.erecting | [其他预制构件] |
      | construction.precast.anti_instability | false |
    当进行判定
    那么 "construction-2022.9.2" 的判定为 "未发现"
