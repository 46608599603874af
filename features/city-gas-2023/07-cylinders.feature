# language: zh-CN
功能: 第七条 气瓶安全管理重大隐患

  场景: 擅自为非自有气瓶充装燃气判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站, 气瓶充装] |
      | city_gas.cylinder.fills_non_owned | true |
      | city_gas.cylinder.non_owned_filling_permitted | false |
    当进行判定
    那么 "city-gas-2023.7.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.7.1" 的证据包括 "city_gas.cylinder.fills_non_owned"

  场景: 只为自有气瓶充装时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站, 气瓶充装] |
      | city_gas.cylinder.fills_non_owned | false |
    当进行判定
    那么 "city-gas-2023.7.1" 的判定为 "未发现"

  场景: 为非自有气瓶充装有合法依据时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [气瓶充装] |
      | city_gas.cylinder.fills_non_owned | true |
      | city_gas.cylinder.non_owned_filling_permitted | true |
    当进行判定
    那么 "city-gas-2023.7.1" 的判定为 "未发现"

  场景: 发现为非自有气瓶充装但未核查依据时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [气瓶充装] |
      | city_gas.cylinder.fills_non_owned | true |
    当进行判定
    那么 "city-gas-2023.7.1" 的判定为 "待补充"
    而且 "city-gas-2023.7.1" 待补充的事实包括 "city_gas.cylinder.non_owned_filling_permitted"

  场景: 销售未经许可充装单位充装的瓶装燃气判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [瓶装燃气销售] |
      | city_gas.cylinder.sells_unlicensed_filled | true |
      | city_gas.cylinder.sells_non_owned_filled | false |
    当进行判定
    那么 "city-gas-2023.7.2" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.7.2" 的证据包括 "city_gas.cylinder.sells_unlicensed_filled"
    而且 "city-gas-2023.7.3" 的判定为 "未发现"

  场景: 销售充装单位擅自为非自有气瓶充装的瓶装燃气判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [瓶装燃气销售] |
      | city_gas.cylinder.sells_unlicensed_filled | false |
      | city_gas.cylinder.sells_non_owned_filled | true |
    当进行判定
    那么 "city-gas-2023.7.3" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.7.3" 的证据包括 "city_gas.cylinder.sells_non_owned_filled"
    而且 "city-gas-2023.7.2" 的判定为 "未发现"

  场景: 未核查所售瓶装燃气的充装来源时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [瓶装燃气销售] |
    当进行判定
    那么 "city-gas-2023.7.2" 的判定为 "待补充"
    而且 "city-gas-2023.7.2" 待补充的事实包括 "city_gas.cylinder.sells_unlicensed_filled"
    而且 "city-gas-2023.7.3" 的判定为 "待补充"
    而且 "city-gas-2023.7.3" 待补充的事实包括 "city_gas.cylinder.sells_non_owned_filled"

  场景: 只充装不销售的经营者不适用销售项
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [气瓶充装] |
      | city_gas.cylinder.sells_unlicensed_filled | true |
    当进行判定
    那么 "city-gas-2023.7.2" 的判定为 "不适用"
    而且 "city-gas-2023.7.2" 的不适用原因包含 "瓶装燃气销售"

  场景: 管道燃气经营者不适用第七条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
    当进行判定
    那么 "city-gas-2023.7.1" 的判定为 "不适用"
    而且 "city-gas-2023.7.1" 的不适用原因包含 "气瓶"
