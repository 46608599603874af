# language: zh-CN
功能: 第八条 起重机械及吊装工程（2022版）

  场景: 第八条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [建筑起重机械及吊装] |
      | construction.crane.in_use | true |
      | construction.crane.acceptance_passed | false |
      | construction.tower_crane.present | true |
      | construction.tower_crane.free_standing_height | 50 |
      | construction.tower_crane.free_standing_height_allowed | 45 |
      | construction.hoist.present | true |
      | construction.hoist.tie_spacing | 10 |
      | construction.hoist.tie_spacing_allowed | 9 |
      | construction.crane.erection_operation | true |
      | construction.crane.pre_operation_inspection | false |
      | construction.crane.safety_devices | 失效 |
      | construction.hoist.safety_catch_in_validity | false |
      | construction.crane.foundation_bearing | 150 |
      | construction.crane.foundation_bearing_design | 200 |
    当进行判定
    那么 "construction-2022.8.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.8.1" 的证据包括 "construction.crane.acceptance_passed"
    而且 "construction-2022.8.2" 的判定为 "重大事故隐患"
    而且 "construction-2022.8.2" 的证据包括 "construction.tower_crane.free_standing_height"
    而且 "construction-2022.8.3" 的判定为 "重大事故隐患"
    而且 "construction-2022.8.3" 的证据包括 "construction.hoist.tie_spacing"
    而且 "construction-2022.8.4" 的判定为 "重大事故隐患"
    而且 "construction-2022.8.4" 的证据包括 "construction.crane.pre_operation_inspection"
    而且 "construction-2022.8.5" 的判定为 "重大事故隐患"
    而且 "construction-2022.8.5" 的证据包括 "construction.crane.safety_devices"
    而且 "construction-2022.8.6" 的判定为 "重大事故隐患"
    而且 "construction-2022.8.6" 的证据包括 "construction.hoist.safety_catch_in_validity"
    而且 "construction-2022.8.7" 的判定为 "重大事故隐患"
    而且 "construction-2022.8.7" 的证据包括 "construction.crane.foundation_bearing"

  场景: 第八条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [建筑起重机械及吊装] |
      | construction.crane.in_use | true |
      | construction.crane.acceptance_passed | true |
      | construction.crane.use_registered | true |
      | construction.tower_crane.present | true |
      | construction.tower_crane.free_standing_height | 40 |
      | construction.tower_crane.free_standing_height_allowed | 45 |
      | construction.tower_crane.tie_spacing | 20 |
      | construction.tower_crane.tie_spacing_allowed | 25 |
      | construction.tower_crane.free_height | 30 |
      | construction.tower_crane.free_height_allowed | 35 |
      | construction.tower_crane.verticality | 2 |
      | construction.tower_crane.verticality_allowed | 4 |
      | construction.hoist.present | true |
      | construction.hoist.tie_spacing | 9 |
      | construction.hoist.tie_spacing_allowed | 9 |
      | construction.hoist.free_height | 6 |
      | construction.hoist.free_height_allowed | 7.5 |
      | construction.hoist.verticality | 0.5 |
      | construction.hoist.verticality_allowed | 1 |
      | construction.hoist.safety_catch_in_validity | true |
      | construction.hoist.mast_bolts_missing_or_failed | false |
      | construction.crane.erection_operation | false |
      | construction.crane.safety_devices | 有效 |
      | construction.crane.foundation_bearing | 220 |
      | construction.crane.foundation_bearing_design | 200 |
      | construction.crane.foundation_settlement | 3 |
      | construction.crane.foundation_settlement_limit | 10 |
    当进行判定
    那么 "construction-2022.8.1" 的判定为 "未发现"
    而且 "construction-2022.8.2" 的判定为 "未发现"
    而且 "construction-2022.8.3" 的判定为 "未发现"
    而且 "construction-2022.8.4" 的判定为 "未发现"
    而且 "construction-2022.8.5" 的判定为 "未发现"
    而且 "construction-2022.8.6" 的判定为 "未发现"
    而且 "construction-2022.8.7" 的判定为 "未发现"

  场景: 第八条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [建筑起重机械及吊装] |
    当进行判定
    那么 "construction-2022.8.1" 的判定为 "待补充"
    而且 "construction-2022.8.1" 待补充的事实包括 "construction.crane.in_use"
    而且 "construction-2022.8.2" 的判定为 "待补充"
    而且 "construction-2022.8.2" 待补充的事实包括 "construction.tower_crane.present"
    而且 "construction-2022.8.3" 的判定为 "待补充"
    而且 "construction-2022.8.3" 待补充的事实包括 "construction.hoist.present"
    而且 "construction-2022.8.4" 的判定为 "待补充"
    而且 "construction-2022.8.4" 待补充的事实包括 "construction.crane.erection_operation"
    而且 "construction-2022.8.5" 的判定为 "待补充"
    而且 "construction-2022.8.5" 待补充的事实包括 "construction.crane.safety_devices"
    而且 "construction-2022.8.6" 的判定为 "待补充"
    而且 "construction-2022.8.6" 待补充的事实包括 "construction.hoist.present"
    而且 "construction-2022.8.7" 的判定为 "待补充"
    而且 "construction-2022.8.7" 待补充的事实包括 "construction.crane.foundation_settlement"
