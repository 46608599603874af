# language: zh-CN
功能: 监管部门在发现重大事故隐患后的法定措施（rules/actions/02-department.yaml）

  背景:
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | false |

  场景: 监管部门检查发现重大事故隐患：责令消除、纳入信息系统
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 监督检查 |
      | level | 区县 |
    当进行判定
    那么后续措施包括 "A8"
    而且后续措施 "A8" 的期限为 "按责令整改指令书确定的期限"
    而且后续措施 "A8" 的依据包括 "第六十五条第一款第（三）项"
    而且后续措施包括 "A13"
    而且后续措施 "A13" 由 "负有安全生产监督管理职责的部门" 负责

  场景: 企业自查发现时部门不下达责令，但仍纳入信息系统
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 企业自查 |
    当进行判定
    那么后续措施不包括 "A8"
    而且后续措施不包括 "A7.order"
    而且后续措施不包括 "A10"
    而且后续措施不包括 "A20"
    而且后续措施不包括 "A23"
    而且后续措施包括 "A13"

  场景: 未发现重大事故隐患时部门无重大事故隐患措施
    假如事实如下:
      | 事实 | 值 |
      | mgmt.special_workers_certified | true |
    而且检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | penalties_180d | 5 |
      | orders_in_force | [限期整改, 停产停业整顿] |
      | order_refused | true |
      | fined_for_hazard | true |
      | real_danger | true |
      | hazard_grave | true |
    当进行判定
    那么后续措施不包括 "A8"
    而且后续措施不包括 "A10"
    而且后续措施不包括 "A12"
    而且后续措施不包括 "A13"
    而且后续措施不包括 "A14.shandong"
    而且后续措施不包括 "A19"
    而且后续措施不包括 "A20"
    而且后续措施不包括 "A21"
    而且后续措施不包括 "A21.suspension"
    而且后续措施不包括 "A23"
    而且后续措施不包括 "A24"
    而且后续措施不包括 "A24.daily"

  场景: 无法保证安全时责令撤人、暂时停产停业
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | safety_ensured | false |
    当进行判定
    那么后续措施包括 "A7.order"
    而且后续措施 "A7.order" 的期限为 "立即"

  场景: 拒不执行限期整改：停产停业整顿、一案双罚、信息库与联合惩戒
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | orders_in_force | [限期整改] |
      | order_refused | true |
      | penalties_180d | 0 |
      | penalties_365d | 0 |
    当进行判定
    那么后续措施包括 "A10"
    而且后续措施 "A10" 的依据包括 "第一百零二条"
    而且后续措施包括 "A24"
    而且后续措施 "A24" 由 "A10" 触发
    而且后续措施包括 "A21.suspension"
    而且后续措施 "A23" 视情况而定，取决于 "context.real_danger"

  场景: 执行限期整改中的企业不停产整顿
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | orders_in_force | [限期整改] |
      | order_refused | false |
    当进行判定
    那么后续措施不包括 "A10"
    而且后续措施不包括 "A21.suspension"
    而且后续措施不包括 "A19"
    而且后续措施不包括 "A24.daily"

  场景: 此前180日内两次处罚，本次若再处罚即为第三次：提请关闭视情况而定
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | penalties_180d | 2 |
      | penalties_365d | 2 |
      | orders_in_force | [] |
    当进行判定
    那么后续措施 "A20" 视情况而定，取决于 "context.this_finding_penalised"
    而且后续措施 "A21" 视情况而定，取决于 "context.this_finding_penalised"

  场景: 本次处罚为180日内第三次：提请关闭、吊销证照
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | penalties_180d | 2 |
      | this_finding_penalised | true |
      | orders_in_force | [] |
    当进行判定
    那么后续措施包括 "A20"
    而且后续措施 "A20" 的依据包括 "第一百一十三条第（一）项"
    而且后续措施 "A20" 由 "地方人民政府" 负责
    而且后续措施包括 "A21"
    而且后续措施 "A21" 由 "A20" 触发

  场景: 没有处罚历史的企业不提请关闭
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | penalties_180d | 0 |
      | penalties_365d | 1 |
      | orders_in_force | [] |
    当进行判定
    那么后续措施不包括 "A20"
    而且后续措施不包括 "A21"

  场景: 未提供处罚历史时，提请关闭视情况而定并说明取决于什么
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
    当进行判定
    那么后续措施 "A20" 视情况而定，取决于 "context.penalties_180d"
    而且后续措施 "A20" 视情况而定，取决于 "context.penalties_365d"
    而且后续措施 "A20" 视情况而定，取决于 "context.order_refused"
    而且后续措施 "A20" 视情况而定，取决于 "context.unfit_after_suspension"

  场景: 经停产停业整顿仍不具备安全生产条件：提请关闭（未拒不执行停产决定，也无处罚次数）
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | penalties_180d | 0 |
      | penalties_365d | 0 |
      | orders_in_force | [停产停业整顿] |
      | order_refused | false |
      | unfit_after_suspension | true |
    当进行判定
    那么后续措施包括 "A20"
    而且后续措施 "A20" 的依据包括 "第一百一十三条第（二）项"
    而且后续措施 "A20" 由 "地方人民政府" 负责

  场景: 拒不执行停产停业整顿决定：提请关闭、强制停电、行刑衔接
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | orders_in_force | [停产停业整顿] |
      | order_refused | true |
      | real_danger | true |
      | licences | [安全生产许可证] |
    当进行判定
    那么后续措施包括 "A20"
    而且后续措施包括 "A20.licences"
    而且后续措施 "A20.licences" 由 "context.licences" 触发
    而且后续措施 "A20" 的依据包括 "第一百一十三条第（四）项"
    而且后续措施包括 "A12"
    而且后续措施 "A12" 的期限为 "停止供电前 24 小时"
    而且后续措施 "A12" 由 "部门主要负责人" 负责
    而且后续措施包括 "A23"
    而且后续措施 "A23" 的依据包括 "《刑法》第一百三十四条之一第（二）项"
    而且后续措施 "A23" 由 "公安机关" 负责

  场景: 拒不执行停产决定但无现实危险时，不强制停电也不移送
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | orders_in_force | [停产停业整顿] |
      | order_refused | true |
      | real_danger | false |
      | licences | [] |
    当进行判定
    那么后续措施不包括 "A20.licences"
    而且后续措施不包括 "A12"
    而且后续措施不包括 "A23"
    而且后续措施包括 "A20"

  场景: 罚款后仍拒不改正：按日连续处罚并一案双罚
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 执法检查 |
      | fined_for_hazard | true |
      | order_refused | true |
    当进行判定
    那么后续措施包括 "A19"
    而且后续措施 "A19" 的依据包括 "第一百一十二条"
    而且后续措施包括 "A24.daily"

  场景: 山东：危害程度高、整改难度大的隐患依法挂牌督办
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 监督检查 |
      | level | 区县 |
      | hazard_grave | true |
    当进行判定
    那么后续措施包括 "A14.shandong"
    而且后续措施 "A14.shandong" 的类型为 "法定"

  场景: 山东：一般整改难度的隐患不因该办法挂牌督办
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 监督检查 |
      | level | 区县 |
      | hazard_grave | false |
    当进行判定
    那么后续措施不包括 "A14.shandong"
