# language: zh-CN
功能: 第十六条 使用国家明令禁止和限制使用的施工工艺、设备和材料

  场景: 第十六条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.prohibited_tech.used | true |
    当进行判定
    那么 "construction-2024.16.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.16.1" 的证据包括 "construction.prohibited_tech.used"

  场景: 第十六条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.prohibited_tech.used | false |
    当进行判定
    那么 "construction-2024.16.1" 的判定为 "未发现"

  场景: 第十六条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
    当进行判定
    那么 "construction-2024.16.1" 的判定为 "待补充"
    而且 "construction-2024.16.1" 待补充的事实包括 "construction.prohibited_tech.used"
