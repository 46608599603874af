# language: zh-CN
功能: 第五条 基坑、边坡工程

  场景: 第五条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑, 边坡] |
      | construction.pit.adjacent_at_risk | true |
      | construction.pit.adjacent_protection | false |
      | construction.pit.over_excavation | true |
      | construction.pit.over_excavation_measures | false |
      | construction.pit.deep | true |
      | construction.pit.third_party_monitoring | false |
      | construction.pit.deformation | 45 |
      | construction.pit.deformation_limit | 40 |
      | construction.pit.precursors_handled | false |
    当进行判定
    那么 "construction-2024.5.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.5.1" 的证据包括 "construction.pit.adjacent_protection"
    而且 "construction-2024.5.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.5.2" 的证据包括 "construction.pit.over_excavation"
    而且 "construction-2024.5.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.5.3" 的证据包括 "construction.pit.third_party_monitoring"
    而且 "construction-2024.5.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.5.4" 的证据包括 "construction.pit.deformation"

  场景: 第五条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑, 边坡] |
      | construction.pit.adjacent_at_risk | true |
      | construction.pit.adjacent_protection | true |
      | construction.pit.over_excavation | false |
      | construction.pit.deep | true |
      | construction.pit.third_party_monitoring | true |
      | construction.pit.deformation | 35 |
      | construction.pit.deformation_limit | 40 |
      | construction.pit.wall_leakage_soil_flow | false |
      | construction.pit.base_piping | false |
      | construction.pit.base_inrush | false |
      | construction.pit.cavity_depth | 0 |
      | construction.pit.pile_diameter | 800 |
    当进行判定
    那么 "construction-2024.5.1" 的判定为 "未发现"
    而且 "construction-2024.5.2" 的判定为 "未发现"
    而且 "construction-2024.5.3" 的判定为 "未发现"
    而且 "construction-2024.5.4" 的判定为 "未发现"

  场景: 第五条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑, 边坡] |
    当进行判定
    那么 "construction-2024.5.1" 的判定为 "待补充"
    而且 "construction-2024.5.1" 待补充的事实包括 "construction.pit.adjacent_at_risk"
    而且 "construction-2024.5.2" 的判定为 "待补充"
    而且 "construction-2024.5.2" 待补充的事实包括 "construction.pit.over_excavation"
    而且 "construction-2024.5.3" 的判定为 "待补充"
    而且 "construction-2024.5.3" 待补充的事实包括 "construction.pit.third_party_monitoring"
    而且 "construction-2024.5.4" 的判定为 "待补充"
    而且 "construction-2024.5.4" 待补充的事实包括 "construction.pit.precursors_handled"

  场景: 深基坑未由检查人员认定时只有高边坡可据等级判定
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [边坡] |
      | construction.slope.grade | 二级 |
      | construction.pit.third_party_monitoring | false |
    当进行判定
    那么 "construction-2024.5.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.5.3" 的证据包括 "construction.slope.grade"

  场景: 三级边坡且未认定深基坑时待补充，不自设深度阈值
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑, 边坡] |
      | construction.slope.grade | 三级 |
      | construction.pit.third_party_monitoring | false |
    当进行判定
    那么 "construction-2024.5.3" 的判定为 "待补充"
    而且 "construction-2024.5.3" 待补充的事实包括 "construction.pit.deep"

  场景: 基坑底部突涌且未及时处理判定为重大事故隐患（2024版新增突涌）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.pit.base_inrush | true |
      | construction.pit.precursors_handled | false |
    当进行判定
    那么 "construction-2024.5.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.5.4" 的证据包括 "construction.pit.base_inrush"

  场景: 坍塌风险预兆已及时处理时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.pit.wall_leakage_soil_flow | true |
      | construction.pit.precursors_handled | true |
    当进行判定
    那么 "construction-2024.5.4" 的判定为 "未发现"

  场景: 无基坑边坡工程时第五条不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.pit.deep | true |
      | construction.pit.third_party_monitoring | false |
    当进行判定
    那么 "construction-2024.5.3" 的判定为 "不适用"
    而且 "construction-2024.5.3" 的不适用原因包含 "基坑"

  场景: 2024版施行前同一深基坑未监测由2022版判定
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.pit.deep | true |
      | construction.pit.third_party_monitoring | false |
    当进行判定
    那么 "construction-2022.5.3" 的判定为 "重大事故隐患"
    而且 "construction-2022.5.3" 的证据包括 "construction.pit.deep"

  场景: 2024版施行后同一深基坑未监测由2024版判定
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.pit.deep | true |
      | construction.pit.third_party_monitoring | false |
    当进行判定
    那么 "construction-2024.5.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.5.3" 的证据包括 "construction.pit.deep"
