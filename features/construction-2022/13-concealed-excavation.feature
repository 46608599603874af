# language: zh-CN
功能: 第十三条 暗挖工程（2022版）

  场景: 第十三条（2022版）各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
      | construction.tunnel.water_at_face | true |
      | construction.tunnel.water_measures | false |
      | construction.tunnel.phenomena | [涌沙] |
      | construction.tunnel.phenomena_increasing | true |
      | construction.tunnel.phenomena_measures | false |
    当进行判定
    那么 "construction-2022.13.1" 的判定为 "重大事故隐患"
    而且 "construction-2022.13.1" 的证据包括 "construction.tunnel.water_measures"
    而且 "construction-2022.13.2" 的判定为 "重大事故隐患"
    而且 "construction-2022.13.2" 的证据包括 "construction.tunnel.phenomena_increasing"

  场景: 第十三条（2022版）各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
      | construction.tunnel.water_at_face | false |
      | construction.tunnel.groundwater_control_failed | false |
      | construction.tunnel.phenomena | [涌沙] |
      | construction.tunnel.phenomena_increasing | false |
    当进行判定
    那么 "construction-2022.13.1" 的判定为 "未发现"
    而且 "construction-2022.13.2" 的判定为 "未发现"

  场景: 第十三条（2022版）未记录现场观察时待补充
    假如检查日期为 "2024-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.works | [隧道或暗挖工程] |
    当进行判定
    那么 "construction-2022.13.1" 的判定为 "待补充"
    而且 "construction-2022.13.1" 待补充的事实包括 "construction.tunnel.water_at_face"
    而且 "construction-2022.13.2" 的判定为 "待补充"
    而且 "construction-2022.13.2" 待补充的事实包括 "construction.tunnel.phenomena"
