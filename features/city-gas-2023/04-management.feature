# language: zh-CN
功能: 第四条 燃气经营者安全生产管理重大隐患

  场景: 未取得燃气经营许可证从事燃气经营活动判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.licence.operating | true |
      | city_gas.licence.held | false |
    当进行判定
    那么 "city-gas-2023.4.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.4.1" 的证据包括 "city_gas.licence.held"
    而且 判定说明包含 "本标准所称重大隐患"

  场景: 持有燃气经营许可证从事经营时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.licence.operating | true |
      | city_gas.licence.held | true |
    当进行判定
    那么 "city-gas-2023.4.1" 的判定为 "未发现"

  场景: 未从事燃气经营活动时无证不构成本项
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.licence.operating | false |
      | city_gas.licence.held | false |
    当进行判定
    那么 "city-gas-2023.4.1" 的判定为 "未发现"

  场景: 正在经营但未核查许可证时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.licence.operating | true |
    当进行判定
    那么 "city-gas-2023.4.1" 的判定为 "待补充"
    而且 "city-gas-2023.4.1" 待补充的事实包括 "city_gas.licence.held"

  场景: 管理制度、应急预案和用户检查制度均未建立判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.risk_control_system.established | false |
      | mgmt.hazard_inspection.system_formulated | false |
      | city_gas.emergency_plan.prepared | false |
      | city_gas.user_inspection_system.established | false |
    当进行判定
    那么 "city-gas-2023.4.2" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.4.2" 的证据包括 "city_gas.risk_control_system.established"
    而且 "city-gas-2023.4.3" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.4.3" 的证据包括 "mgmt.hazard_inspection.system_formulated"
    而且 "city-gas-2023.4.4" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.4.4" 的证据包括 "city_gas.emergency_plan.prepared"
    而且 "city-gas-2023.4.5" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.4.5" 的证据包括 "city_gas.user_inspection_system.established"

  场景: 管理制度、应急预案和用户检查制度均已建立时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.risk_control_system.established | true |
      | mgmt.hazard_inspection.system_formulated | true |
      | city_gas.emergency_plan.prepared | true |
      | city_gas.user_inspection_system.established | true |
    当进行判定
    那么 "city-gas-2023.4.2" 的判定为 "未发现"
    而且 "city-gas-2023.4.3" 的判定为 "未发现"
    而且 "city-gas-2023.4.4" 的判定为 "未发现"
    而且 "city-gas-2023.4.5" 的判定为 "未发现"

  场景: 未核查管理制度时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
    当进行判定
    那么 "city-gas-2023.4.2" 的判定为 "待补充"
    而且 "city-gas-2023.4.2" 待补充的事实包括 "city_gas.risk_control_system.established"
    而且 "city-gas-2023.4.3" 的判定为 "待补充"
    而且 "city-gas-2023.4.3" 待补充的事实包括 "mgmt.hazard_inspection.system_formulated"
    而且 "city-gas-2023.4.4" 的判定为 "待补充"
    而且 "city-gas-2023.4.4" 待补充的事实包括 "city_gas.emergency_plan.prepared"
    而且 "city-gas-2023.4.5" 的判定为 "待补充"
    而且 "city-gas-2023.4.5" 待补充的事实包括 "city_gas.user_inspection_system.established"

  场景: 未记录行业时全部待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | city_gas.risk_control_system.established | false |
    当进行判定
    那么 "city-gas-2023.4.2" 的判定为 "待补充"
    而且 "city-gas-2023.4.2" 待补充的事实包括 "profile.sectors"

  场景: 非城镇燃气企业不适用本标准
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | city_gas.risk_control_system.established | false |
    当进行判定
    那么 "city-gas-2023.4.2" 的判定为 "不适用"
