# language: zh-CN
功能: 第六条 模板工程（2022版）

  场景: 第六条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [模板工程及支撑体系] |
      | construction.formwork.foundation_bearing | 120 |
      | construction.formwork.foundation_bearing_design | 150 |
      | construction.formwork.load | 12.5 |
      | construction.formwork.load_design | 10 |
      | construction.formwork.strength_operation | true |
      | construction.formwork.concrete_strength | 20 |
      | construction.formwork.concrete_strength_required | 22.5 |
    当进行判定
    那么 "construction-2022.6.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.6.1" 的证据包括 "construction.formwork.foundation_bearing"
    而且 "construction-2022.6.2" 的判定为 "重大事故隐患"
    而且 "construction-2022.6.2" 的证据包括 "construction.formwork.load"
    而且 "construction-2022.6.3" 的判定为 "重大事故隐患"
    而且 "construction-2022.6.3" 的证据包括 "construction.formwork.concrete_strength"

  场景: 第六条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [模板工程及支撑体系] |
      | construction.formwork.foundation_bearing | 160 |
      | construction.formwork.foundation_bearing_design | 150 |
      | construction.formwork.foundation_settlement | 5 |
      | construction.formwork.foundation_settlement_limit | 10 |
      | construction.formwork.load | 9 |
      | construction.formwork.load_design | 10 |
      | construction.formwork.strength_operation | false |
    当进行判定
    那么 "construction-2022.6.1" 的判定为 "未发现"
    而且 "construction-2022.6.2" 的判定为 "未发现"
    而且 "construction-2022.6.3" 的判定为 "未发现"

  场景: 第六条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [模板工程及支撑体系] |
    当进行判定
    那么 "construction-2022.6.1" 的判定为 "待补充"
    而且 "construction-2022.6.1" 待补充的事实包括 "construction.formwork.foundation_settlement"
    而且 "construction-2022.6.2" 的判定为 "待补充"
    而且 "construction-2022.6.2" 待补充的事实包括 "construction.formwork.load_design"
    而且 "construction-2022.6.3" 的判定为 "待补充"
    而且 "construction-2022.6.3" 待补充的事实包括 "construction.formwork.strength_operation"
