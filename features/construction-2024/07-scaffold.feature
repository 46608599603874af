# language: zh-CN
功能: 第七条 脚手架工程

  场景: 第七条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.scaffold.foundation_settlement | 25 |
      | construction.scaffold.foundation_settlement_limit | 20 |
      | construction.scaffold.ties_installed | true |
      | construction.scaffold.ties_storey_missing | true |
      | construction.scaffold.attached_lifting | true |
      | construction.scaffold.anti_fall_device | 失效 |
    当进行判定
    那么 "construction-2024.7.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.7.1" 的证据包括 "construction.scaffold.foundation_settlement"
    而且 "construction-2024.7.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.7.2" 的证据包括 "construction.scaffold.ties_storey_missing"
    而且 "construction-2024.7.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.7.3" 的证据包括 "construction.scaffold.anti_fall_device"

  场景: 第七条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.scaffold.foundation_bearing | 180 |
      | construction.scaffold.foundation_bearing_design | 150 |
      | construction.scaffold.foundation_settlement | 8 |
      | construction.scaffold.foundation_settlement_limit | 20 |
      | construction.scaffold.ties_installed | true |
      | construction.scaffold.ties_storey_missing | false |
      | construction.scaffold.attached_lifting | true |
      | construction.scaffold.attached_devices_per_design | true |
      | construction.scaffold.anti_tilt_device | 有效 |
      | construction.scaffold.anti_fall_device | 有效 |
      | construction.scaffold.sync_control_device | 有效 |
    当进行判定
    那么 "construction-2024.7.1" 的判定为 "未发现"
    而且 "construction-2024.7.2" 的判定为 "未发现"
    而且 "construction-2024.7.3" 的判定为 "未发现"

  场景: 第七条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
    当进行判定
    那么 "construction-2024.7.1" 的判定为 "待补充"
    而且 "construction-2024.7.1" 待补充的事实包括 "construction.scaffold.foundation_bearing"
    而且 "construction-2024.7.2" 的判定为 "待补充"
    而且 "construction-2024.7.2" 待补充的事实包括 "construction.scaffold.ties_installed"
    而且 "construction-2024.7.3" 的判定为 "待补充"
    而且 "construction-2024.7.3" 待补充的事实包括 "construction.scaffold.attached_lifting"

  场景: 同步升降控制装置缺失判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.scaffold.attached_lifting | true |
      | construction.scaffold.sync_control_device | 未设置 |
    当进行判定
    那么 "construction-2024.7.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.7.3" 的证据包括 "construction.scaffold.sync_control_device"

  场景: 未使用附着式升降脚手架时第七条（三）未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.scaffold.attached_lifting | false |
    当进行判定
    那么 "construction-2024.7.3" 的判定为 "未发现"
