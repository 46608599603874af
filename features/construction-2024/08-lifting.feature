# language: zh-CN
功能: 第八条 建筑起重机械及吊装工程

  场景: 第八条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [建筑起重机械及吊装] |
      | construction.crane.in_use | true |
      | construction.crane.acceptance_passed | true |
      | construction.crane.use_registered | false |
      | construction.crane.foundation_bearing | 150 |
      | construction.crane.foundation_bearing_design | 200 |
      | construction.crane.erection_operation | true |
      | construction.crane.pre_operation_inspection | false |
      | construction.crane.safety_devices | 未设置 |
      | construction.crane.member_defects | [可见裂纹, 开焊] |
      | construction.hoist.present | true |
      | construction.hoist.free_height | 9 |
      | construction.hoist.free_height_allowed | 7.5 |
      | construction.tower_crane.present | true |
      | construction.tower_crane.verticality | 5 |
      | construction.tower_crane.verticality_allowed | 4 |
      | construction.tower_crane.group_operation | true |
      | construction.tower_crane.group_clearance | 1.5 |
      | construction.tower_crane.group_clearance_required | 2 |
      | construction.rigging.scrapped_in_use | true |
    当进行判定
    那么 "construction-2024.8.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.1" 的证据包括 "construction.crane.use_registered"
    而且 "construction-2024.8.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.2" 的证据包括 "construction.crane.foundation_bearing"
    而且 "construction-2024.8.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.3" 的证据包括 "construction.crane.pre_operation_inspection"
    而且 "construction-2024.8.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.4" 的证据包括 "construction.crane.safety_devices"
    而且 "construction-2024.8.5" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.5" 的证据包括 "construction.crane.member_defects"
    而且 "construction-2024.8.6" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.6" 的证据包括 "construction.hoist.free_height"
    而且 "construction-2024.8.7" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.7" 的证据包括 "construction.tower_crane.verticality"
    而且 "construction-2024.8.8" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.8" 的证据包括 "construction.tower_crane.group_clearance"
    而且 "construction-2024.8.9" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.9" 的证据包括 "construction.rigging.scrapped_in_use"

  场景: 第八条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [建筑起重机械及吊装] |
      | construction.crane.in_use | true |
      | construction.crane.acceptance_passed | true |
      | construction.crane.use_registered | true |
      | construction.crane.foundation_bearing | 220 |
      | construction.crane.foundation_bearing_design | 200 |
      | construction.crane.foundation_settlement | 3 |
      | construction.crane.foundation_settlement_limit | 10 |
      | construction.crane.erection_operation | true |
      | construction.crane.pre_operation_inspection | true |
      | construction.crane.safety_devices | 有效 |
      | construction.crane.member_defects | [] |
      | construction.crane.connections_missing_or_failed | false |
      | construction.hoist.present | true |
      | construction.hoist.tie_spacing | 9 |
      | construction.hoist.tie_spacing_allowed | 9 |
      | construction.hoist.free_height | 6 |
      | construction.hoist.free_height_allowed | 7.5 |
      | construction.hoist.verticality | 0.5 |
      | construction.hoist.verticality_allowed | 1 |
      | construction.tower_crane.present | true |
      | construction.tower_crane.free_standing_height | 40 |
      | construction.tower_crane.free_standing_height_allowed | 45 |
      | construction.tower_crane.tie_spacing | 20 |
      | construction.tower_crane.tie_spacing_allowed | 25 |
      | construction.tower_crane.free_height | 30 |
      | construction.tower_crane.free_height_allowed | 35 |
      | construction.tower_crane.verticality | 2 |
      | construction.tower_crane.verticality_allowed | 4 |
      | construction.tower_crane.clearance | 1.2 |
      | construction.tower_crane.clearance_required | 0.6 |
      | construction.tower_crane.group_operation | false |
      | construction.crane.scrapped_in_use | false |
      | construction.rigging.scrapped_in_use | false |
    当进行判定
    那么 "construction-2024.8.1" 的判定为 "未发现"
    而且 "construction-2024.8.2" 的判定为 "未发现"
    而且 "construction-2024.8.3" 的判定为 "未发现"
    而且 "construction-2024.8.4" 的判定为 "未发现"
    而且 "construction-2024.8.5" 的判定为 "未发现"
    而且 "construction-2024.8.6" 的判定为 "未发现"
    而且 "construction-2024.8.7" 的判定为 "未发现"
    而且 "construction-2024.8.8" 的判定为 "未发现"
    而且 "construction-2024.8.9" 的判定为 "未发现"

  场景: 第八条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [建筑起重机械及吊装] |
    当进行判定
    那么 "construction-2024.8.1" 的判定为 "待补充"
    而且 "construction-2024.8.1" 待补充的事实包括 "construction.crane.in_use"
    而且 "construction-2024.8.2" 的判定为 "待补充"
    而且 "construction-2024.8.2" 待补充的事实包括 "construction.crane.foundation_settlement"
    而且 "construction-2024.8.3" 的判定为 "待补充"
    而且 "construction-2024.8.3" 待补充的事实包括 "construction.crane.erection_operation"
    而且 "construction-2024.8.4" 的判定为 "待补充"
    而且 "construction-2024.8.4" 待补充的事实包括 "construction.crane.safety_devices"
    而且 "construction-2024.8.5" 的判定为 "待补充"
    而且 "construction-2024.8.5" 待补充的事实包括 "construction.crane.member_defects"
    而且 "construction-2024.8.6" 的判定为 "待补充"
    而且 "construction-2024.8.6" 待补充的事实包括 "construction.hoist.present"
    而且 "construction-2024.8.7" 的判定为 "待补充"
    而且 "construction-2024.8.7" 待补充的事实包括 "construction.tower_crane.present"
    而且 "construction-2024.8.8" 的判定为 "待补充"
    而且 "construction-2024.8.8" 待补充的事实包括 "construction.tower_crane.present"
    而且 "construction-2024.8.9" 的判定为 "待补充"
    而且 "construction-2024.8.9" 待补充的事实包括 "construction.crane.scrapped_in_use"

  场景: 塔式起重机与周边建筑物距离不足判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [建筑起重机械及吊装] |
      | construction.tower_crane.present | true |
      | construction.tower_crane.clearance | 0.4 |
      | construction.tower_crane.clearance_required | 0.6 |
    当进行判定
    那么 "construction-2024.8.8" 的判定为 "重大事故隐患"
    而且 "construction-2024.8.8" 的证据包括 "construction.tower_crane.clearance"

  场景: 起重机械安全装置失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [建筑起重机械及吊装] |
      | construction.crane.safety_devices | 失效 |
    当进行判定
    那么 "construction-2024.8.4" 的判定为 "重大事故隐患"

  场景: 无起重机械时第八条不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [基坑] |
      | construction.crane.safety_devices | 失效 |
    当进行判定
    那么 "construction-2024.8.4" 的判定为 "不适用"
