# language: zh-CN
功能: 第十三条 隧道工程

  场景: 第十三条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
      | construction.tunnel.groundwater_control_failed | true |
      | construction.tunnel.work_continuing | true |
      | construction.tunnel.phenomena | [局部坍塌] |
      | construction.tunnel.phenomena_measures | false |
      | construction.tunnel.geological_forecast | false |
      | construction.shield.launch_or_receive | true |
      | construction.shield.end_reinforced | false |
      | construction.shield.pressurised_entry | true |
      | construction.shield.pressurised_entry_per_rules | false |
      | construction.tunnel.adjacent_at_risk | true |
      | construction.tunnel.adjacent_protection | false |
      | construction.rail_zone.works | [挖掘] |
      | construction.rail_zone.approved | false |
    当进行判定
    那么 "construction-2024.13.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.1" 的证据包括 "construction.tunnel.groundwater_control_failed"
    而且 "construction-2024.13.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.2" 的证据包括 "construction.tunnel.phenomena"
    而且 "construction-2024.13.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.3" 的证据包括 "construction.tunnel.geological_forecast"
    而且 "construction-2024.13.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.4" 的证据包括 "construction.shield.end_reinforced"
    而且 "construction-2024.13.5" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.5" 的证据包括 "construction.shield.pressurised_entry_per_rules"
    而且 "construction-2024.13.6" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.6" 的证据包括 "construction.tunnel.adjacent_protection"
    而且 "construction-2024.13.7" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.7" 的证据包括 "construction.rail_zone.approved"

  场景: 第十三条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
      | construction.tunnel.water_at_face | true |
      | construction.tunnel.water_measures | true |
      | construction.tunnel.groundwater_control_failed | false |
      | construction.tunnel.phenomena | [] |
      | construction.tunnel.method_per_plan | true |
      | construction.tunnel.geological_forecast | true |
      | construction.tunnel.monitoring | true |
      | construction.tunnel.monitored_value | 20 |
      | construction.tunnel.monitored_limit | 30 |
      | construction.shield.launch_or_receive | true |
      | construction.shield.end_reinforced | true |
      | construction.shield.reinforcement_effective | true |
      | construction.shield.tail_seal_failed | false |
      | construction.shield.articulation_leaking | false |
      | construction.shield.pressurised_entry | false |
      | construction.tunnel.adjacent_at_risk | true |
      | construction.tunnel.adjacent_protection | true |
      | construction.rail_zone.works | [挖掘] |
      | construction.rail_zone.approved | true |
    当进行判定
    那么 "construction-2024.13.1" 的判定为 "未发现"
    而且 "construction-2024.13.2" 的判定为 "未发现"
    而且 "construction-2024.13.3" 的判定为 "未发现"
    而且 "construction-2024.13.4" 的判定为 "未发现"
    而且 "construction-2024.13.5" 的判定为 "未发现"
    而且 "construction-2024.13.6" 的判定为 "未发现"
    而且 "construction-2024.13.7" 的判定为 "未发现"

  场景: 第十三条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
    当进行判定
    那么 "construction-2024.13.1" 的判定为 "待补充"
    而且 "construction-2024.13.1" 待补充的事实包括 "construction.tunnel.water_at_face"
    而且 "construction-2024.13.2" 的判定为 "待补充"
    而且 "construction-2024.13.2" 待补充的事实包括 "construction.tunnel.phenomena"
    而且 "construction-2024.13.3" 的判定为 "待补充"
    而且 "construction-2024.13.3" 待补充的事实包括 "construction.tunnel.method_per_plan"
    而且 "construction-2024.13.4" 的判定为 "待补充"
    而且 "construction-2024.13.4" 待补充的事实包括 "construction.shield.launch_or_receive"
    而且 "construction-2024.13.5" 的判定为 "待补充"
    而且 "construction-2024.13.5" 待补充的事实包括 "construction.shield.tail_seal_failed"
    而且 "construction-2024.13.6" 的判定为 "待补充"
    而且 "construction-2024.13.6" 待补充的事实包括 "construction.tunnel.adjacent_at_risk"
    而且 "construction-2024.13.7" 的判定为 "待补充"
    而且 "construction-2024.13.7" 待补充的事实包括 "construction.rail_zone.works"

  场景: 出现支护结构裂缝未及时采取措施即判定，不再要求有不断增大趋势
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
      | construction.tunnel.phenomena | [支护结构出现裂缝] |
      | construction.tunnel.phenomena_increasing | false |
      | construction.tunnel.phenomena_measures | false |
    当进行判定
    那么 "construction-2024.13.2" 的判定为 "重大事故隐患"

  场景: 监测数据超过设计控制值且未及时采取措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
      | construction.tunnel.method_per_plan | true |
      | construction.tunnel.geological_forecast | true |
      | construction.tunnel.monitoring | true |
      | construction.tunnel.monitored_value | 35 |
      | construction.tunnel.monitored_limit | 30 |
      | construction.tunnel.monitoring_measures | false |
    当进行判定
    那么 "construction-2024.13.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.3" 的证据包括 "construction.tunnel.monitored_value"

  场景: 盾尾密封失效仍继续掘进判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
      | construction.shield.tail_seal_failed | true |
      | construction.shield.still_advancing | true |
    当进行判定
    那么 "construction-2024.13.5" 的判定为 "重大事故隐患"
    而且 "construction-2024.13.5" 的证据包括 "construction.shield.tail_seal_failed"
