# language: zh-CN
功能: 第十条 其他严重违反城镇燃气经营法律法规及标准规范的情形（人工判断）

  场景: 检查人员认定存在其他严重违法违规的现实危险时判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.other_serious_violation | true |
    当进行判定
    那么 "city-gas-2023.10.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.10.1" 的证据包括 "city_gas.other_serious_violation"

  场景: 检查人员未认定其他情形时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.other_serious_violation | false |
    当进行判定
    那么 "city-gas-2023.10.1" 的判定为 "未发现"

  场景: 检查人员未记录判断时待补充且不会自动判定
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.licence.operating | true |
      | city_gas.licence.held | false |
    当进行判定
    那么 "city-gas-2023.4.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.10.1" 的判定为 "待补充"
    而且 "city-gas-2023.10.1" 待补充的事实包括 "city_gas.other_serious_violation"
