# language: zh-CN
功能: 治本攻坚三年行动的政策措施，标明为政策、写明来源（rules/actions/03-policy.yaml）

  背景:
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | false |

  场景: 市级检查发现重大事故隐患：挂牌督办（政策措施）
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 监督检查 |
      | level | 市 |
    当进行判定
    那么后续措施包括 "P1"
    而且后续措施 "P1" 的类型为 "政策"
    而且后续措施 "P1" 的依据包括 "安全生产治本攻坚三年行动方案"
    而且后续措施 "P1" 由 "context.level" 触发

  场景大纲: 只有市级以上监管检查发现的才挂牌督办
    假如检查背景如下:
      | 背景 | 值 |
      | channel | <方式> |
      | level | <层级> |
    当进行判定
    那么后续措施不包括 "P1"

    例子:
      | 方式 | 层级 |
      | 企业自查 | 市 |
      | 监督检查 | 区县 |
      | 专家/第三方服务 | 省 |

  场景: 整改逾期或缓慢的：函告、通报、约谈、曝光
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 监督检查 |
      | rectification_overdue | true |
    当进行判定
    那么后续措施包括 "P2"
    而且后续措施 "P2" 的类型为 "政策"

  场景: 按期整改的不函告通报
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 监督检查 |
      | rectification_overdue | false |
    当进行判定
    那么后续措施不包括 "P2"

  场景: 发现重大事故隐患即告知主要负责人和实际控制人
    假如检查背景如下:
      | 背景 | 值 |
      | channel | 企业自查 |
    当进行判定
    那么后续措施包括 "P3"
    而且后续措施 "P3" 的类型为 "政策"
    而且后续措施 "P3" 由 "企业" 负责

  场景: 未发现重大事故隐患时不告知
    假如事实如下:
      | 事实 | 值 |
      | mgmt.special_workers_certified | true |
    而且检查背景如下:
      | 背景 | 值 |
      | channel | 监督检查 |
      | level | 省 |
      | rectification_overdue | true |
    当进行判定
    那么后续措施不包括 "P3"
    而且后续措施不包括 "P2"
    而且后续措施不包括 "P1"
