# language: zh-CN
功能: 第七条 机械企业

  场景: 交接班室设在浇注跨地坪区域内判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.crane_bay.gathering_places | [交接班室] |
    当进行判定
    那么 "gongmao-2023.7.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.7.1" 的证据包括 "machinery.crane_bay.gathering_places"

  场景: 交接班室设在浇注跨地坪区域内：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.crane_bay.gathering_places | [] |
    当进行判定
    那么 "gongmao-2023.7.1" 的判定为 "未发现"

  场景: 交接班室设在浇注跨地坪区域内：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
    当进行判定
    那么 "gongmao-2023.7.1" 的判定为 "待补充"
    而且 "gongmao-2023.7.1" 待补充的事实包括 "machinery.crane_bay.gathering_places"

  场景: 铸造用保温炉未设置紧急排放和应急储存设施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.foundry_furnace.present | true |
      | machinery.foundry_furnace.emergency_drain_storage | false |
    当进行判定
    那么 "gongmao-2023.7.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.7.2" 的证据包括 "machinery.foundry_furnace.emergency_drain_storage"

  场景: 铸造用保温炉未设置紧急排放和应急储存设施：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.foundry_furnace.present | true |
      | machinery.foundry_furnace.emergency_drain_storage | true |
    当进行判定
    那么 "gongmao-2023.7.2" 的判定为 "未发现"

  场景: 铸造用保温炉未设置紧急排放和应急储存设施：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.foundry_furnace.present | true |
    当进行判定
    那么 "gongmao-2023.7.2" 的判定为 "待补充"
    而且 "gongmao-2023.7.2" 待补充的事实包括 "machinery.foundry_furnace.emergency_drain_storage"

  场景: 生产期间浇注作业坑存在积水判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.foundry.in_production | true |
      | machinery.foundry.water_areas | [浇注作业坑] |
    当进行判定
    那么 "gongmao-2023.7.3" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.7.3" 的证据包括 "machinery.foundry.water_areas"

  场景: 生产期间浇注作业坑存在积水：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.foundry.in_production | true |
      | machinery.foundry.water_areas | [] |
    当进行判定
    那么 "gongmao-2023.7.3" 的判定为 "未发现"

  场景: 生产期间浇注作业坑存在积水：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.foundry.in_production | true |
    当进行判定
    那么 "gongmao-2023.7.3" 的判定为 "待补充"
    而且 "gongmao-2023.7.3" 待补充的事实包括 "machinery.foundry.water_areas"

  场景: 压铸机冷却水系统监测报警装置未与熔融金属加热、输送控制系统联锁判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.cooling_water.present | true |
      | machinery.cooling_water.interlock | 未设置 |
    当进行判定
    那么 "gongmao-2023.7.4" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.7.4" 的证据包括 "machinery.cooling_water.interlock"

  场景: 压铸机冷却水系统监测报警装置未与熔融金属加热、输送控制系统联锁：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.cooling_water.present | true |
      | machinery.cooling_water.outlet_temp_alarm | 有效 |
      | machinery.cooling_water.flow_diff_alarm | 有效 |
      | machinery.cooling_water.interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.7.4" 的判定为 "未发现"

  场景: 压铸机冷却水系统监测报警装置未与熔融金属加热、输送控制系统联锁：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.cooling_water.present | true |
      | machinery.cooling_water.outlet_temp_alarm | 有效 |
      | machinery.cooling_water.interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.7.4" 的判定为 "待补充"
    而且 "gongmao-2023.7.4" 待补充的事实包括 "machinery.cooling_water.flow_diff_alarm"

  场景: 燃烧装置未设置火焰监测和熄火保护系统判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.gas_burner.present | true |
      | machinery.gas_burner.flame_protection | 未设置 |
    当进行判定
    那么 "gongmao-2023.7.5" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.7.5" 的证据包括 "machinery.gas_burner.flame_protection"

  场景: 燃烧装置未设置火焰监测和熄火保护系统：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.gas_burner.present | true |
      | machinery.gas_burner.pressure_alarm | 有效 |
      | machinery.gas_burner.shutoff_interlock | 有效 |
      | machinery.gas_burner.flame_protection | 有效 |
    当进行判定
    那么 "gongmao-2023.7.5" 的判定为 "未发现"

  场景: 燃烧装置未设置火焰监测和熄火保护系统：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.gas_burner.present | true |
      | machinery.gas_burner.pressure_alarm | 有效 |
      | machinery.gas_burner.flame_protection | 有效 |
    当进行判定
    那么 "gongmao-2023.7.5" 的判定为 "待补充"
    而且 "gongmao-2023.7.5" 待补充的事实包括 "machinery.gas_burner.shutoff_interlock"

  场景: 有机溶剂清洗未采取防可燃气体积聚措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.solvent_cleaning.performed | true |
      | machinery.solvent_cleaning.accumulation_prevention | false |
    当进行判定
    那么 "gongmao-2023.7.6" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.7.6" 的证据包括 "machinery.solvent_cleaning.accumulation_prevention"

  场景: 有机溶剂清洗未采取防可燃气体积聚措施：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.solvent_cleaning.performed | true |
      | machinery.solvent_cleaning.accumulation_prevention | true |
    当进行判定
    那么 "gongmao-2023.7.6" 的判定为 "未发现"

  场景: 有机溶剂清洗未采取防可燃气体积聚措施：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.solvent_cleaning.performed | true |
    当进行判定
    那么 "gongmao-2023.7.6" 的判定为 "待补充"
    而且 "gongmao-2023.7.6" 待补充的事实包括 "machinery.solvent_cleaning.accumulation_prevention"

  场景: 使用非水性漆的喷漆室通风设施失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.paint_room.non_aqueous | true |
      | machinery.paint_room.ventilation | 失效 |
    当进行判定
    那么 "gongmao-2023.7.7" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.7.7" 的证据包括 "machinery.paint_room.ventilation"

  场景: 使用非水性漆的喷漆室通风设施失效：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.paint_room.non_aqueous | true |
      | machinery.paint_room.combustible_gas_alarm | 有效 |
      | machinery.paint_room.ventilation | 有效 |
    当进行判定
    那么 "gongmao-2023.7.7" 的判定为 "未发现"

  场景: 使用非水性漆的喷漆室通风设施失效：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.paint_room.non_aqueous | true |
      | machinery.paint_room.ventilation | 有效 |
    当进行判定
    那么 "gongmao-2023.7.7" 的判定为 "待补充"
    而且 "gongmao-2023.7.7" 待补充的事实包括 "machinery.paint_room.combustible_gas_alarm"

  场景: 使用水性漆的喷漆室不构成第七条（七）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | machinery.paint_room.non_aqueous | false |
    当进行判定
    那么 "gongmao-2023.7.7" 的判定为 "未发现"

  场景: 烟草企业不适用第七条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟草] |
      | machinery.paint_room.non_aqueous | true |
      | machinery.paint_room.ventilation | 未设置 |
    当进行判定
    那么 "gongmao-2023.7.7" 的判定为 "不适用"
