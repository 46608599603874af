# language: zh-CN
功能: 第五条 基坑工程（2022版）

  场景: 第五条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.pit.adjacent_important_at_risk | true |
      | construction.pit.adjacent_protection | false |
      | construction.pit.over_excavation | true |
      | construction.pit.over_excavation_measures | false |
      | construction.pit.deep | true |
      | construction.pit.third_party_monitoring | false |
      | construction.pit.cavity_depth | 900 |
      | construction.pit.pile_diameter | 800 |
      | construction.pit.precursors_handled | false |
    当进行判定
    那么 "construction-2022.5.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.5.1" 的证据包括 "construction.pit.adjacent_important_at_risk"
    而且 "construction-2022.5.2" 的判定为 "重大事故隐患"
    而且 "construction-2022.5.2" 的证据包括 "construction.pit.over_excavation_measures"
    而且 "construction-2022.5.3" 的判定为 "重大事故隐患"
    而且 "construction-2022.5.3" 的证据包括 "construction.pit.third_party_monitoring"
    而且 "construction-2022.5.4" 的判定为 "重大事故隐患"
    而且 "construction-2022.5.4" 的证据包括 "construction.pit.cavity_depth"

  场景: 第五条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.pit.adjacent_important_at_risk | true |
      | construction.pit.adjacent_protection | true |
      | construction.pit.over_excavation | true |
      | construction.pit.over_excavation_measures | true |
      | construction.pit.deep | false |
      | construction.pit.deformation | 35 |
      | construction.pit.deformation_limit | 40 |
      | construction.pit.wall_leakage_soil_flow | false |
      | construction.pit.base_piping | false |
      | construction.pit.cavity_depth | 0 |
      | construction.pit.pile_diameter | 800 |
    当进行判定
    那么 "construction-2022.5.1" 的判定为 "未发现"
    而且 "construction-2022.5.2" 的判定为 "未发现"
    而且 "construction-2022.5.3" 的判定为 "未发现"
    而且 "construction-2022.5.4" 的判定为 "未发现"

  场景: 第五条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
    当进行判定
    那么 "construction-2022.5.1" 的判定为 "待补充"
    而且 "construction-2022.5.1" 待补充的事实包括 "construction.pit.adjacent_important_at_risk"
    而且 "construction-2022.5.2" 的判定为 "待补充"
    而且 "construction-2022.5.2" 待补充的事实包括 "construction.pit.over_excavation"
    而且 "construction-2022.5.3" 的判定为 "待补充"
    而且 "construction-2022.5.3" 待补充的事实包括 "construction.pit.deep"
    而且 "construction-2022.5.4" 的判定为 "待补充"
    而且 "construction-2022.5.4" 待补充的事实包括 "construction.pit.precursors_handled"

  场景: 2022版未列突涌，仅有突涌时不构成第五条（四）
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.pit.deformation | 35 |
      | construction.pit.deformation_limit | 40 |
      | construction.pit.wall_leakage_soil_flow | false |
      | construction.pit.base_piping | false |
      | construction.pit.base_inrush | true |
      | construction.pit.cavity_depth | 0 |
      | construction.pit.pile_diameter | 800 |
      | construction.pit.precursors_handled | false |
    当进行判定
    那么 "construction-2022.5.4" 的判定为 "未发现"

  场景: 2022版第五条不含边坡，仅有边坡时不适用
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [边坡] |
      | construction.pit.deep | true |
      | construction.pit.third_party_monitoring | false |
    当进行判定
    那么 "construction-2022.5.3" 的判定为 "不适用"
