# language: zh-CN
功能: 第六条 燃气管道和调压设施安全管理重大隐患

  场景大纲: 占压管线以中压及以上为界
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.pipeline.occupied_pressure_classes | <压力级制> |
    当进行判定
    那么 "city-gas-2023.6.1" 的判定为 "<判定>"

    例子:
      | 压力级制 | 判定 |
      | [低压] | 未发现 |
      | [] | 未发现 |
      | [中压] | 重大事故隐患 |
      | [低压, 次高压] | 重大事故隐患 |
      | [高压] | 重大事故隐患 |

  场景: 中压管线保护范围内建有占压建筑物判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.pipeline.occupied_pressure_classes | [中压] |
    当进行判定
    那么 "city-gas-2023.6.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.6.1" 的证据包括 "city_gas.pipeline.occupied_pressure_classes"

  场景: 只有低压管线被占压时未发现本项隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.pipeline.occupied_pressure_classes | [低压] |
    当进行判定
    那么 "city-gas-2023.6.1" 的判定为 "未发现"

  场景: 未核查管线占压时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
    当进行判定
    那么 "city-gas-2023.6.1" 的判定为 "待补充"
    而且 "city-gas-2023.6.1" 待补充的事实包括 "city_gas.pipeline.occupied_pressure_classes"

  场景: 输配管道在热力管沟内沿线敷设判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.pipeline.laid_in_structures | [热力管沟] |
      | city_gas.pipeline.structures_only_necessary_crossing | false |
    当进行判定
    那么 "city-gas-2023.6.2" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.6.2" 的证据包括 "city_gas.pipeline.structures_only_necessary_crossing"

  场景: 确需穿过电缆沟但未采取有效防护措施判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.pipeline.laid_in_structures | [电缆沟] |
      | city_gas.pipeline.structures_only_necessary_crossing | true |
      | city_gas.pipeline.crossing_protection | false |
    当进行判定
    那么 "city-gas-2023.6.2" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.6.2" 的证据包括 "city_gas.pipeline.crossing_protection"

  场景: 确需穿过排水沟且已采取有效防护措施时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.pipeline.laid_in_structures | [排水管（沟）] |
      | city_gas.pipeline.structures_only_necessary_crossing | true |
      | city_gas.pipeline.crossing_protection | true |
    当进行判定
    那么 "city-gas-2023.6.2" 的判定为 "未发现"

  场景: 输配管道不在地下构筑物内敷设时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.pipeline.laid_in_structures | [] |
    当进行判定
    那么 "city-gas-2023.6.2" 的判定为 "未发现"

  场景: 管道穿过地下人行通道但未核查防护措施时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.pipeline.laid_in_structures | [地下人行通道] |
      | city_gas.pipeline.structures_only_necessary_crossing | true |
    当进行判定
    那么 "city-gas-2023.6.2" 的判定为 "待补充"
    而且 "city-gas-2023.6.2" 待补充的事实包括 "city_gas.pipeline.crossing_protection"

  场景: 调压箱未设置超压保护措施判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.regulator.present | true |
      | city_gas.regulator.overpressure_protection | 未设置 |
    当进行判定
    那么 "city-gas-2023.6.3" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.6.3" 的证据包括 "city_gas.regulator.overpressure_protection"

  场景: 调压装置超压保护措施有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.regulator.present | true |
      | city_gas.regulator.overpressure_protection | 有效 |
    当进行判定
    那么 "city-gas-2023.6.3" 的判定为 "未发现"

  场景: 有调压装置但未核查超压保护时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气管道和调压设施] |
      | city_gas.regulator.present | true |
    当进行判定
    那么 "city-gas-2023.6.3" 的判定为 "待补充"
    而且 "city-gas-2023.6.3" 待补充的事实包括 "city_gas.regulator.overpressure_protection"

  场景: 不经营燃气管道的经营者不适用第六条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站, 气瓶充装] |
      | city_gas.pipeline.occupied_pressure_classes | [中压] |
    当进行判定
    那么 "city-gas-2023.6.1" 的判定为 "不适用"
    而且 "city-gas-2023.6.1" 的不适用原因包含 "燃气管道和调压设施"
