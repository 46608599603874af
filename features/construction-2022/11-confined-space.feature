# language: zh-CN
功能: 第十一条 有限空间作业（2022版）

  场景: 第十一条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [有限空间] |
      | construction.confined.work_present | true |
      | confined.work_approval | false |
      | confined.attendant_present | false |
    当进行判定
    那么 "construction-2022.11.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.11.1" 的证据包括 "confined.work_approval"
    而且 "construction-2022.11.2" 的判定为 "重大事故隐患"
    而且 "construction-2022.11.2" 的证据包括 "confined.attendant_present"

  场景: 第十一条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [有限空间] |
      | construction.confined.work_present | true |
      | confined.work_approval | true |
      | construction.confined.special_training | true |
      | confined.ventilate_test_sequence | true |
      | confined.attendant_present | true |
    当进行判定
    那么 "construction-2022.11.1" 的判定为 "未发现"
    而且 "construction-2022.11.2" 的判定为 "未发现"

  场景: 第十一条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [有限空间] |
    当进行判定
    那么 "construction-2022.11.1" 的判定为 "待补充"
    而且 "construction-2022.11.1" 待补充的事实包括 "construction.confined.work_present"
    而且 "construction-2022.11.2" 的判定为 "待补充"
    而且 "construction-2022.11.2" 待补充的事实包括 "construction.confined.work_present"
