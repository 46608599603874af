# language: zh-CN
功能: 第七条 脚手架工程（2022版）

  场景: 第七条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.scaffold.foundation_settlement | 25 |
      | construction.scaffold.foundation_settlement_limit | 20 |
      | construction.scaffold.ties_installed | false |
      | construction.scaffold.attached_lifting | true |
      | construction.scaffold.attached_acceptance_passed | false |
      | construction.scaffold.anti_tilt_device | 未设置 |
      | construction.scaffold.cantilever_height | 7 |
      | construction.scaffold.frame_height | 20 |
    当进行判定
    那么 "construction-2022.7.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.7.1" 的证据包括 "construction.scaffold.foundation_settlement"
    而且 "construction-2022.7.2" 的判定为 "重大事故隐患"
    而且 "construction-2022.7.2" 的证据包括 "construction.scaffold.ties_installed"
    而且 "construction-2022.7.3" 的判定为 "重大事故隐患"
    而且 "construction-2022.7.3" 的证据包括 "construction.scaffold.attached_acceptance_passed"
    而且 "construction-2022.7.4" 的判定为 "重大事故隐患"
    而且 "construction-2022.7.4" 的证据包括 "construction.scaffold.anti_tilt_device"
    而且 "construction-2022.7.5" 的判定为 "重大事故隐患"
    而且 "construction-2022.7.5" 的证据包括 "construction.scaffold.cantilever_height"

  场景: 第七条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
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
      | construction.scaffold.attached_acceptance_passed | true |
      | construction.scaffold.attached_devices_per_design | true |
      | construction.scaffold.anti_tilt_device | 有效 |
      | construction.scaffold.anti_fall_device | 有效 |
      | construction.scaffold.sync_control_device | 有效 |
      | construction.scaffold.cantilever_height | 5 |
      | construction.scaffold.frame_height | 14 |
    当进行判定
    那么 "construction-2022.7.1" 的判定为 "未发现"
    而且 "construction-2022.7.2" 的判定为 "未发现"
    而且 "construction-2022.7.3" 的判定为 "未发现"
    而且 "construction-2022.7.4" 的判定为 "未发现"
    而且 "construction-2022.7.5" 的判定为 "未发现"

  场景: 第七条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
    当进行判定
    那么 "construction-2022.7.1" 的判定为 "待补充"
    而且 "construction-2022.7.1" 待补充的事实包括 "construction.scaffold.foundation_bearing"
    而且 "construction-2022.7.2" 的判定为 "待补充"
    而且 "construction-2022.7.2" 待补充的事实包括 "construction.scaffold.ties_installed"
    而且 "construction-2022.7.3" 的判定为 "待补充"
    而且 "construction-2022.7.3" 待补充的事实包括 "construction.scaffold.attached_lifting"
    而且 "construction-2022.7.4" 的判定为 "待补充"
    而且 "construction-2022.7.4" 待补充的事实包括 "construction.scaffold.attached_lifting"
    而且 "construction-2022.7.5" 的判定为 "待补充"
    而且 "construction-2022.7.5" 待补充的事实包括 "construction.scaffold.attached_lifting"

  场景大纲: 附着式升降脚手架悬臂高度大于架体高度2/5或大于6米（数值边界）
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.scaffold.attached_lifting | true |
      | construction.scaffold.cantilever_height | <悬臂高度> |
      | construction.scaffold.frame_height | <架体高度> |
    当进行判定
    那么 "construction-2022.7.5" 的判定为 "<判定>"

    例子:
      | 悬臂高度 | 架体高度 | 判定 |
      | 4 | 10 | 未发现 |
      | 4.1 | 10 | 重大事故隐患 |
      | 6 | 20 | 未发现 |
      | 6.1 | 20 | 重大事故隐患 |

  场景: 2024版施行后悬臂高度不再作为列明的重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [脚手架] |
      | construction.scaffold.attached_lifting | true |
      | construction.scaffold.cantilever_height | 7 |
      | construction.scaffold.frame_height | 20 |
      | construction.scaffold.attached_devices_per_design | true |
      | construction.scaffold.anti_tilt_device | 有效 |
      | construction.scaffold.anti_fall_device | 有效 |
      | construction.scaffold.sync_control_device | 有效 |
    当进行判定
    那么 "construction-2024.7.3" 的判定为 "未发现"
