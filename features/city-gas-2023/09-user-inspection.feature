# language: zh-CN
功能: 第九条 燃气经营者对燃气用户安全检查中发现情形未采取措施

  场景: 检查发现液化石油气燃具设在地下室且未书面告知整改判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.underground.locations | [地下室] |
      | city_gas.user_check.underground.gas_relative_density | 1.8 |
      | city_gas.user_check.underground.measures_taken | false |
    当进行判定
    那么 "city-gas-2023.9.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.9.1" 的证据包括 "city_gas.user_check.underground.measures_taken"
    而且 判定说明包含 "用户处的情形本身不构成本标准的重大隐患"

  场景大纲: 地下空间情形以燃气相对密度0.75为界
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.underground.locations | [半地下室] |
      | city_gas.user_check.underground.gas_relative_density | <相对密度> |
      | city_gas.user_check.underground.measures_taken | false |
    当进行判定
    那么 "city-gas-2023.9.1" 的判定为 "<判定>"

    例子:
      | 相对密度 | 判定 |
      | 0.58 | 未发现 |
      | 0.74 | 未发现 |
      | 0.75 | 重大事故隐患 |
      | 1.55 | 重大事故隐患 |

  场景: 检查发现地下空间情形并已书面告知用户整改时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.underground.locations | [地下箱体] |
      | city_gas.user_check.underground.gas_relative_density | 1.8 |
      | city_gas.user_check.underground.measures_taken | true |
    当进行判定
    那么 "city-gas-2023.9.1" 的判定为 "未发现"

  场景: 经营者检查未发现地下空间情形时不构成经营者的重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.underground.locations | [] |
    当进行判定
    那么 "city-gas-2023.9.1" 的判定为 "未发现"

  场景: 发现地下空间情形但未核查是否书面告知时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.underground.locations | [其他密闭地下空间] |
      | city_gas.user_check.underground.gas_relative_density | 1.8 |
    当进行判定
    那么 "city-gas-2023.9.1" 的判定为 "待补充"
    而且 "city-gas-2023.9.1" 待补充的事实包括 "city_gas.user_check.underground.measures_taken"

  场景: 发现地下空间情形但未查明燃气相对密度时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.underground.locations | [地下室] |
      | city_gas.user_check.underground.measures_taken | false |
    当进行判定
    那么 "city-gas-2023.9.1" 的判定为 "待补充"
    而且 "city-gas-2023.9.1" 待补充的事实包括 "city_gas.user_check.underground.gas_relative_density"

  场景: 检查发现立管设在卫生间且未书面告知整改判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.bathroom.pipes | [立管] |
      | city_gas.user_check.bathroom.measures_taken | false |
    当进行判定
    那么 "city-gas-2023.9.2" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.9.2" 的证据包括 "city_gas.user_check.bathroom.pipes"

  场景: 检查发现水平干管设在卫生间并已书面告知整改时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.bathroom.pipes | [水平干管] |
      | city_gas.user_check.bathroom.measures_taken | true |
    当进行判定
    那么 "city-gas-2023.9.2" 的判定为 "未发现"

  场景: 发现引入管设在卫生间但未核查告知记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.bathroom.pipes | [引入管] |
    当进行判定
    那么 "city-gas-2023.9.2" 的判定为 "待补充"
    而且 "city-gas-2023.9.2" 待补充的事实包括 "city_gas.user_check.bathroom.measures_taken"

  场景: 检查发现燃具设在旅馆客房且未书面告知整改判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.sleeping_room.found | true |
      | city_gas.user_check.sleeping_room.measures_taken | false |
    当进行判定
    那么 "city-gas-2023.9.3" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.9.3" 的证据包括 "city_gas.user_check.sleeping_room.measures_taken"

  场景: 检查发现燃具设在卧室并已书面告知整改时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.sleeping_room.found | true |
      | city_gas.user_check.sleeping_room.measures_taken | true |
    当进行判定
    那么 "city-gas-2023.9.3" 的判定为 "未发现"

  场景: 检查未发现居住休息房间内设置燃气设施时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.sleeping_room.found | false |
    当进行判定
    那么 "city-gas-2023.9.3" 的判定为 "未发现"

  场景: 未查看入户检查记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.sleeping_room.measures_taken | false |
    当进行判定
    那么 "city-gas-2023.9.3" 的判定为 "待补充"
    而且 "city-gas-2023.9.3" 待补充的事实包括 "city_gas.user_check.sleeping_room.found"

  场景: 检查发现用户使用明令淘汰的连接管且未书面告知整改判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.eliminated_products.found | true |
      | city_gas.user_check.eliminated_products.measures_taken | false |
    当进行判定
    那么 "city-gas-2023.9.4" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.9.4" 的证据包括 "city_gas.user_check.eliminated_products.found"

  场景: 检查发现淘汰燃具并已书面告知整改时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.eliminated_products.found | true |
      | city_gas.user_check.eliminated_products.measures_taken | true |
    当进行判定
    那么 "city-gas-2023.9.4" 的判定为 "未发现"

  场景: 发现淘汰燃具但未核查告知记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.user_check.eliminated_products.found | true |
    当进行判定
    那么 "city-gas-2023.9.4" 的判定为 "待补充"
    而且 "city-gas-2023.9.4" 待补充的事实包括 "city_gas.user_check.eliminated_products.measures_taken"
