# language: zh-CN
功能: 第十一条 有限空间作业

  场景: 第十一条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [有限空间] |
      | confined.spaces_identified | false |
      | confined.warning_signs | false |
      | construction.confined.work_present | true |
      | construction.confined.special_training | false |
      | construction.confined.safety_officer_on_site | false |
      | construction.confined.gas_detector | 未设置 |
    当进行判定
    那么 "construction-2024.11.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.11.1" 的证据包括 "confined.spaces_identified"
    而且 "construction-2024.11.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.11.2" 的证据包括 "construction.confined.special_training"
    而且 "construction-2024.11.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.11.3" 的证据包括 "construction.confined.safety_officer_on_site"
    而且 "construction-2024.11.4" 的判定为 "重大事故隐患"
    而且 "construction-2024.11.4" 的证据包括 "construction.confined.gas_detector"

  场景: 第十一条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [有限空间] |
      | confined.spaces_identified | true |
      | confined.warning_signs | true |
      | construction.confined.work_present | true |
      | confined.work_approval | true |
      | construction.confined.special_training | true |
      | confined.ventilate_test_sequence | true |
      | confined.attendant_present | true |
      | construction.confined.safety_officer_on_site | true |
      | construction.confined.gas_detector | 有效 |
      | construction.confined.mechanical_ventilation | 有效 |
      | construction.confined.respiratory_protection | 有效 |
      | construction.confined.rescue_equipment | 有效 |
    当进行判定
    那么 "construction-2024.11.1" 的判定为 "未发现"
    而且 "construction-2024.11.2" 的判定为 "未发现"
    而且 "construction-2024.11.3" 的判定为 "未发现"
    而且 "construction-2024.11.4" 的判定为 "未发现"

  场景: 第十一条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [有限空间] |
    当进行判定
    那么 "construction-2024.11.1" 的判定为 "待补充"
    而且 "construction-2024.11.1" 待补充的事实包括 "confined.spaces_identified"
    而且 "construction-2024.11.2" 的判定为 "待补充"
    而且 "construction-2024.11.2" 待补充的事实包括 "construction.confined.work_present"
    而且 "construction-2024.11.3" 的判定为 "待补充"
    而且 "construction-2024.11.3" 待补充的事实包括 "construction.confined.work_present"
    而且 "construction-2024.11.4" 的判定为 "待补充"
    而且 "construction-2024.11.4" 待补充的事实包括 "construction.confined.work_present"

  场景: 已辨识有限空间但未设警示标志时（原文为“且”）未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [有限空间] |
      | confined.spaces_identified | true |
      | confined.warning_signs | false |
    当进行判定
    那么 "construction-2024.11.1" 的判定为 "未发现"

  场景: 未执行先通风再检测后作业判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [有限空间] |
      | construction.confined.work_present | true |
      | confined.ventilate_test_sequence | false |
    当进行判定
    那么 "construction-2024.11.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.11.2" 的证据包括 "confined.ventilate_test_sequence"
