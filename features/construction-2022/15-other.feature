# language: zh-CN
功能: 第十五条 其他严重违法违规情形（2022版，人工判断）

  场景: 第十五条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.other_serious_violation | true |
    当进行判定
    那么 "construction-2022.15.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.15.1" 的证据包括 "construction.other_serious_violation"

  场景: 第十五条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.other_serious_violation | false |
    当进行判定
    那么 "construction-2022.15.1" 的判定为 "未发现"

  场景: 第十五条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
    当进行判定
    那么 "construction-2022.15.1" 的判定为 "待补充"
    而且 "construction-2022.15.1" 待补充的事实包括 "construction.other_serious_violation"
