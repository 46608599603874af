# language: zh-CN
功能: 第十四条 施工临时堆载

  场景: 第十四条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.surcharge.pit_edge_load | 25 |
      | construction.surcharge.pit_edge_load_allowed | 20 |
      | construction.surcharge.unsupported_pit | true |
      | construction.surcharge.unsupported_pit_stockpile | true |
      | construction.surcharge.unsupported_pit_depth | 3 |
      | construction.surcharge.unsupported_pit_distance | 2 |
      | construction.surcharge.structure_load | 8 |
      | construction.surcharge.structure_load_allowed | 5 |
    当进行判定
    那么 "construction-2024.14.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.14.1" 的证据包括 "construction.surcharge.pit_edge_load"
    而且 "construction-2024.14.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.14.2" 的证据包括 "construction.surcharge.unsupported_pit_distance"
    而且 "construction-2024.14.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.14.3" 的证据包括 "construction.surcharge.structure_load"

  场景: 第十四条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.surcharge.pit_edge_load | 15 |
      | construction.surcharge.pit_edge_load_allowed | 20 |
      | construction.surcharge.unsupported_pit | true |
      | construction.surcharge.unsupported_pit_stockpile | true |
      | construction.surcharge.unsupported_pit_depth | 3 |
      | construction.surcharge.unsupported_pit_distance | 4 |
      | construction.surcharge.structure_load | 3 |
      | construction.surcharge.structure_load_allowed | 5 |
    当进行判定
    那么 "construction-2024.14.1" 的判定为 "未发现"
    而且 "construction-2024.14.2" 的判定为 "未发现"
    而且 "construction-2024.14.3" 的判定为 "未发现"

  场景: 第十四条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
    当进行判定
    那么 "construction-2024.14.1" 的判定为 "待补充"
    而且 "construction-2024.14.1" 待补充的事实包括 "construction.surcharge.pit_edge_load"
    而且 "construction-2024.14.2" 的判定为 "待补充"
    而且 "construction-2024.14.2" 待补充的事实包括 "construction.surcharge.unsupported_pit"
    而且 "construction-2024.14.3" 的判定为 "待补充"
    而且 "construction-2024.14.3" 待补充的事实包括 "construction.surcharge.structure_load"

  场景: 无基坑时基坑周边堆载项不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.surcharge.pit_edge_load | 25 |
      | construction.surcharge.pit_edge_load_allowed | 20 |
    当进行判定
    那么 "construction-2024.14.1" 的判定为 "不适用"
