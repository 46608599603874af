# language: zh-CN
功能: 第九条 高处作业

  场景: 第九条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.steel_support.present | true |
      | construction.steel_support.load | 55 |
      | construction.steel_support.load_design | 50 |
      | construction.precast.erecting | [单榀钢桁架（屋架）] |
      | construction.precast.anti_instability | false |
      | construction.unloading_platform.present | true |
      | construction.unloading_platform.on_stable_structure | false |
      | construction.unloading_platform.reliably_connected | false |
      | construction.facade_gap.open_through | true |
      | construction.facade_gap.horizontal_protection | false |
      | construction.gondola.present | true |
      | construction.gondola.load | 300 |
      | construction.gondola.rated_load | 250 |
    当进行判定
    那么 "construction-2024.9.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.9.1" 的证据包括 "construction.steel_support.load"
    而且 "construction-2024.9.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.9.2" 的证据包括 "construction.precast.anti_instability"
    而且 "construction-2024.9.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.9.3" 的证据包括 "construction.unloading_platform.reliably_connected"
    而且 "construction-2024.9.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.9.4" 的证据包括 "construction.facade_gap.horizontal_protection"
    而且 "construction-2024.9.5" 的判定为 "重大事故隐患"
    而且 "construction-2024.9.5" 的证据包括 "construction.gondola.load"
    而且 "construction-2024.9.5" 的判定不依赖解读

  场景: 吊篮安全锁未设置按失效判定，并说明所依解读
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.gondola.present | true |
      | construction.gondola.load | 200 |
      | construction.gondola.rated_load | 250 |
      | construction.gondola.safety_lock | 未设置 |
      | construction.gondola.lifeline_independent | true |
    当进行判定
    那么 "construction-2024.9.5" 的判定为 "重大事故隐患"
    而且 "construction-2024.9.5" 按解读判定，解读包含 "安全锁未设置按失效处理"

  场景: 第九条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.steel_support.present | true |
      | construction.steel_support.foundation_bearing | 200 |
      | construction.steel_support.foundation_bearing_design | 150 |
      | construction.steel_support.foundation_settlement | 2 |
      | construction.steel_support.foundation_settlement_limit | 10 |
      | construction.steel_support.load | 40 |
      | construction.steel_support.load_design | 50 |
      | construction.steel_support.anti_overturning_device | 有效 |
      | construction.precast.erecting | [单榀钢桁架（屋架）] |
      | construction.precast.anti_instability | true |
      | construction.unloading_platform.present | true |
      | construction.unloading_platform.on_stable_structure | true |
      | construction.unloading_platform.reliably_connected | true |
      | construction.facade_gap.open_through | true |
      | construction.facade_gap.horizontal_protection | true |
      | construction.lift_shaft.open_through | true |
      | construction.lift_shaft.horizontal_protection | false |
      | construction.lift_shaft.door | 有效 |
      | construction.gondola.present | true |
      | construction.gondola.load | 200 |
      | construction.gondola.rated_load | 250 |
      | construction.gondola.safety_lock | 有效 |
      | construction.gondola.lifeline_independent | true |
    当进行判定
    那么 "construction-2024.9.1" 的判定为 "未发现"
    而且 "construction-2024.9.2" 的判定为 "未发现"
    而且 "construction-2024.9.3" 的判定为 "未发现"
    而且 "construction-2024.9.4" 的判定为 "未发现"
    而且 "construction-2024.9.5" 的判定为 "未发现"

  场景: 第九条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
    当进行判定
    那么 "construction-2024.9.1" 的判定为 "待补充"
    而且 "construction-2024.9.1" 待补充的事实包括 "construction.steel_support.present"
    而且 "construction-2024.9.2" 的判定为 "待补充"
    而且 "construction-2024.9.2" 待补充的事实包括 "construction.precast.erecting"
    而且 "construction-2024.9.3" 的判定为 "待补充"
    而且 "construction-2024.9.3" 待补充的事实包括 "construction.unloading_platform.present"
    而且 "construction-2024.9.4" 的判定为 "待补充"
    而且 "construction-2024.9.4" 待补充的事实包括 "construction.facade_gap.open_through"
    而且 "construction-2024.9.5" 的判定为 "待补充"
    而且 "construction-2024.9.5" 待补充的事实包括 "construction.gondola.present"

  场景: 悬挑式卸料平台设在稳定结构上但连接不可靠时（原文为“且”）未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.unloading_platform.present | true |
      | construction.unloading_platform.on_stable_structure | true |
      | construction.unloading_platform.reliably_connected | false |
    当进行判定
    那么 "construction-2024.9.3" 的判定为 "未发现"

  场景: 电梯井道贯通无水平防护且井口未设防护门判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.facade_gap.open_through | false |
      | construction.lift_shaft.open_through | true |
      | construction.lift_shaft.horizontal_protection | false |
      | construction.lift_shaft.door | 未设置 |
    当进行判定
    那么 "construction-2024.9.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.9.4" 的证据包括 "construction.lift_shaft.door"

  场景: 吊篮安全绳未独立悬挂判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.gondola.present | true |
      | construction.gondola.lifeline_independent | false |
    当进行判定
    那么 "construction-2024.9.5" 的判定为 "重大事故隐患"
    而且 "construction-2024.9.5" 的证据包括 "construction.gondola.lifeline_independent"
