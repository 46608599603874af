# language: zh-CN
功能: 第八条 供应燃气的警示性臭味

  场景: 供应的燃气不具有标准要求的警示性臭味判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.odorisation.odour_meets_standard | false |
    当进行判定
    那么 "city-gas-2023.8.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.8.1" 的证据包括 "city_gas.odorisation.odour_meets_standard"

  场景: 供应的燃气臭味符合标准要求时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.odorisation.odour_meets_standard | true |
    当进行判定
    那么 "city-gas-2023.8.1" 的判定为 "未发现"

  场景: 未核查燃气臭味时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
    当进行判定
    那么 "city-gas-2023.8.1" 的判定为 "待补充"
    而且 "city-gas-2023.8.1" 待补充的事实包括 "city_gas.odorisation.odour_meets_standard"
