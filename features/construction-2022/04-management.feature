# language: zh-CN
功能: 第四条 施工安全管理（2022版）

  场景: 第四条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.company.safety_licence_held | false |
      | construction.cert.principal | 未取得证书 |
      | construction.special_workers.on_duty | true |
      | construction.special_workers.certificates | 有人未取得证书 |
      | construction.dangerous_works.present | true |
      | construction.dangerous_works.plan_prepared | false |
    当进行判定
    那么 "construction-2022.4.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.4.1" 的证据包括 "construction.company.safety_licence_held"
    而且 "construction-2022.4.2" 的判定为 "重大事故隐患"
    而且 "construction-2022.4.2" 的证据包括 "construction.cert.principal"
    而且 "construction-2022.4.3" 的判定为 "重大事故隐患"
    而且 "construction-2022.4.3" 的证据包括 "construction.special_workers.certificates"
    而且 "construction-2022.4.4" 的判定为 "重大事故隐患"
    而且 "construction-2022.4.4" 的证据包括 "construction.dangerous_works.plan_prepared"

  场景: 第四条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.company.safety_licence_held | true |
      | construction.cert.principal | 持有有效证书 |
      | construction.cert.project_manager | 持有有效证书 |
      | construction.cert.safety_staff | 均持有有效证书 |
      | construction.special_workers.on_duty | true |
      | construction.special_workers.certificates | 均持有有效证书 |
      | construction.dangerous_works.present | true |
      | construction.dangerous_works.plan_prepared | true |
      | construction.dangerous_works.plan_reviewed | true |
      | construction.dangerous_works.over_scale | false |
    当进行判定
    那么 "construction-2022.4.1" 的判定为 "未发现"
    而且 "construction-2022.4.2" 的判定为 "未发现"
    而且 "construction-2022.4.3" 的判定为 "未发现"
    而且 "construction-2022.4.4" 的判定为 "未发现"

  场景: 第四条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
    当进行判定
    那么 "construction-2022.4.1" 的判定为 "待补充"
    而且 "construction-2022.4.1" 待补充的事实包括 "construction.company.safety_licence_held"
    而且 "construction-2022.4.2" 的判定为 "待补充"
    而且 "construction-2022.4.2" 待补充的事实包括 "construction.cert.project_manager"
    而且 "construction-2022.4.3" 的判定为 "待补充"
    而且 "construction-2022.4.3" 待补充的事实包括 "construction.special_workers.on_duty"
    而且 "construction-2022.4.4" 的判定为 "待补充"
    而且 "construction-2022.4.4" 待补充的事实包括 "construction.dangerous_works.present"

  场景: 2022版只在未取得证书时判定，证书过期不按本项判定
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.cert.principal | 持有有效证书 |
      | construction.cert.project_manager | 证书已过期或失效 |
      | construction.cert.safety_staff | 均持有有效证书 |
    当进行判定
    那么 "construction-2022.4.2" 的判定为 "未发现"
    而且 判定说明包含 "2022版"

  场景: 2022版施行期间超资质承揽不构成第四条（一）
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.company.safety_licence_held | true |
      | construction.company.qualification | 超越资质等级或范围承揽 |
    当进行判定
    那么 "construction-2022.4.1" 的判定为 "未发现"
