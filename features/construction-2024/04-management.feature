# language: zh-CN
功能: 第四条 施工安全管理

  场景: 第四条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.company.safety_licence_held | false |
      | construction.safety_staff.count | 1 |
      | construction.safety_staff.required | 2 |
      | construction.special_workers.on_duty | true |
      | construction.special_workers.certificates | 有人证书已过期或失效 |
      | construction.dangerous_works.present | true |
      | construction.dangerous_works.plan_serious_defect | true |
      | construction.dangerous_works.acceptance_required | true |
      | construction.dangerous_works.acceptance_passed | false |
      | construction.dangerous_works.proceeded | true |
    当进行判定
    那么 "construction-2024.4.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.4.1" 的证据包括 "construction.company.safety_licence_held"
    而且 "construction-2024.4.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.4.2" 的证据包括 "construction.safety_staff.count"
    而且 "construction-2024.4.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.4.3" 的证据包括 "construction.special_workers.certificates"
    而且 "construction-2024.4.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.4.4" 的证据包括 "construction.dangerous_works.plan_serious_defect"
    而且 "construction-2024.4.5" 的判定为 "重大事故隐患"
    而且 "construction-2024.4.5" 的证据包括 "construction.dangerous_works.acceptance_passed"

  场景: 第四条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.company.safety_licence_held | true |
      | construction.company.qualification | 具有相应资质且在资质许可范围内承揽 |
      | construction.safety_staff.count | 2 |
      | construction.safety_staff.required | 2 |
      | construction.cert.principal | 持有有效证书 |
      | construction.cert.project_manager | 持有有效证书 |
      | construction.cert.safety_staff | 均持有有效证书 |
      | construction.special_workers.on_duty | true |
      | construction.special_workers.certificates | 均持有有效证书 |
      | construction.dangerous_works.present | true |
      | construction.dangerous_works.plan_prepared | true |
      | construction.dangerous_works.plan_reviewed | true |
      | construction.dangerous_works.plan_serious_defect | false |
      | construction.dangerous_works.over_scale | true |
      | construction.dangerous_works.expert_review | true |
      | construction.dangerous_works.acceptance_required | true |
      | construction.dangerous_works.acceptance_passed | true |
      | construction.dangerous_works.proceeded | true |
    当进行判定
    那么 "construction-2024.4.1" 的判定为 "未发现"
    而且 "construction-2024.4.2" 的判定为 "未发现"
    而且 "construction-2024.4.3" 的判定为 "未发现"
    而且 "construction-2024.4.4" 的判定为 "未发现"
    而且 "construction-2024.4.5" 的判定为 "未发现"

  场景: 第四条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
    当进行判定
    那么 "construction-2024.4.1" 的判定为 "待补充"
    而且 "construction-2024.4.1" 待补充的事实包括 "construction.company.safety_licence_held"
    而且 "construction-2024.4.2" 的判定为 "待补充"
    而且 "construction-2024.4.2" 待补充的事实包括 "construction.cert.project_manager"
    而且 "construction-2024.4.3" 的判定为 "待补充"
    而且 "construction-2024.4.3" 待补充的事实包括 "construction.special_workers.on_duty"
    而且 "construction-2024.4.4" 的判定为 "待补充"
    而且 "construction-2024.4.4" 待补充的事实包括 "construction.dangerous_works.present"
    而且 "construction-2024.4.5" 的判定为 "待补充"
    而且 "construction-2024.4.5" 待补充的事实包括 "construction.dangerous_works.acceptance_required"

  场景: 超资质承揽工程判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.company.safety_licence_held | true |
      | construction.company.qualification | 超越资质等级或范围承揽 |
    当进行判定
    那么 "construction-2024.4.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.4.1" 的证据包括 "construction.company.qualification"

  场景: 项目负责人证书过期判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.cert.project_manager | 证书已过期或失效 |
    当进行判定
    那么 "construction-2024.4.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.4.2" 的证据包括 "construction.cert.project_manager"

  场景: 超危工程未组织专家论证判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.dangerous_works.present | true |
      | construction.dangerous_works.plan_prepared | true |
      | construction.dangerous_works.plan_reviewed | true |
      | construction.dangerous_works.plan_serious_defect | false |
      | construction.dangerous_works.over_scale | true |
      | construction.dangerous_works.expert_review | false |
    当进行判定
    那么 "construction-2024.4.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.4.4" 的证据包括 "construction.dangerous_works.expert_review"

  场景: 非房屋市政工程不适用本标准
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | construction.company.safety_licence_held | false |
    当进行判定
    那么 "construction-2024.4.1" 的判定为 "不适用"

  场景: 未记录行业时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | construction.company.safety_licence_held | false |
    当进行判定
    那么 "construction-2024.4.1" 的判定为 "待补充"
    而且 "construction-2024.4.1" 待补充的事实包括 "profile.sectors"
