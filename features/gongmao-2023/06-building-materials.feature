# language: zh-CN
功能: 第六条 建材企业

  场景: 煤粉仓固定式一氧化碳浓度监测报警装置失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.coal_mill.present | true |
      | building_materials.coal_mill.co_alarm | 失效 |
    当进行判定
    那么 "gongmao-2023.6.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.6.1" 的证据包括 "building_materials.coal_mill.co_alarm"

  场景: 煤粉仓固定式一氧化碳浓度监测报警装置失效：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.coal_mill.present | true |
      | building_materials.coal_mill.temperature_alarm | 有效 |
      | building_materials.coal_mill.co_alarm | 有效 |
      | building_materials.coal_mill.gas_extinguishing | 有效 |
    当进行判定
    那么 "gongmao-2023.6.1" 的判定为 "未发现"

  场景: 煤粉仓固定式一氧化碳浓度监测报警装置失效：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.coal_mill.present | true |
      | building_materials.coal_mill.temperature_alarm | 有效 |
      | building_materials.coal_mill.co_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.6.1" 的判定为 "待补充"
    而且 "gongmao-2023.6.1" 待补充的事实包括 "building_materials.coal_mill.gas_extinguishing"

  场景: 筒型储库人工清库未落实防坍塌措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.silo_cleaning.performed | true |
      | building_materials.silo_cleaning.collapse_prevention | false |
    当进行判定
    那么 "gongmao-2023.6.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.6.2" 的证据包括 "building_materials.silo_cleaning.collapse_prevention"

  场景: 筒型储库人工清库未落实防坍塌措施：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.silo_cleaning.performed | true |
      | building_materials.silo_cleaning.plan | true |
      | building_materials.silo_cleaning.fall_prevention | true |
      | building_materials.silo_cleaning.collapse_prevention | true |
    当进行判定
    那么 "gongmao-2023.6.2" 的判定为 "未发现"

  场景: 筒型储库人工清库未落实防坍塌措施：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.silo_cleaning.performed | true |
      | building_materials.silo_cleaning.plan | true |
      | building_materials.silo_cleaning.collapse_prevention | true |
    当进行判定
    那么 "gongmao-2023.6.2" 的判定为 "待补充"
    而且 "gongmao-2023.6.2" 待补充的事实包括 "building_materials.silo_cleaning.fall_prevention"

  场景: 电石渣原料筒型储库可燃气体报警未与事故通风装置联锁判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.carbide_slag_silo.present | true |
      | building_materials.carbide_slag_silo.ventilation_interlock | 未设置 |
    当进行判定
    那么 "gongmao-2023.6.3" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.6.3" 的证据包括 "building_materials.carbide_slag_silo.ventilation_interlock"

  场景: 电石渣原料筒型储库可燃气体报警未与事故通风装置联锁：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.carbide_slag_silo.present | true |
      | building_materials.carbide_slag_silo.combustible_gas_alarm | 有效 |
      | building_materials.carbide_slag_silo.ventilation_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.6.3" 的判定为 "未发现"

  场景: 电石渣原料筒型储库可燃气体报警未与事故通风装置联锁：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.carbide_slag_silo.present | true |
      | building_materials.carbide_slag_silo.ventilation_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.6.3" 的判定为 "待补充"
    而且 "gongmao-2023.6.3" 待补充的事实包括 "building_materials.carbide_slag_silo.combustible_gas_alarm"

  场景: 进入预热器旋风筒前未对高温气体采取隔离措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.equipment_entry.performed | true |
      | building_materials.equipment_entry.isolation | false |
    当进行判定
    那么 "gongmao-2023.6.4" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.6.4" 的证据包括 "building_materials.equipment_entry.isolation"

  场景: 进入预热器旋风筒前未对高温气体采取隔离措施：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.equipment_entry.performed | true |
      | building_materials.equipment_entry.isolation | true |
      | building_materials.equipment_entry.fall_collapse_measures | true |
    当进行判定
    那么 "gongmao-2023.6.4" 的判定为 "未发现"

  场景: 进入预热器旋风筒前未对高温气体采取隔离措施：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.equipment_entry.performed | true |
      | building_materials.equipment_entry.isolation | true |
    当进行判定
    那么 "gongmao-2023.6.4" 的判定为 "待补充"
    而且 "gongmao-2023.6.4" 待补充的事实包括 "building_materials.equipment_entry.fall_collapse_measures"

  场景: 预混燃烧燃气窑炉燃气总管未设置管道压力监测报警装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.premix_kiln.present | true |
      | building_materials.premix_kiln.producer_gas | false |
      | building_materials.premix_kiln.pressure_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.6.5" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.6.5" 的证据包括 "building_materials.premix_kiln.pressure_alarm"

  场景: 预混燃烧燃气窑炉燃气总管未设置管道压力监测报警装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.premix_kiln.present | true |
      | building_materials.premix_kiln.producer_gas | false |
      | building_materials.premix_kiln.pressure_alarm | 有效 |
      | building_materials.premix_kiln.shutoff_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.6.5" 的判定为 "未发现"

  场景: 预混燃烧燃气窑炉燃气总管未设置管道压力监测报警装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.premix_kiln.present | true |
      | building_materials.premix_kiln.producer_gas | false |
      | building_materials.premix_kiln.pressure_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.6.5" 的判定为 "待补充"
    而且 "gongmao-2023.6.5" 待补充的事实包括 "building_materials.premix_kiln.shutoff_interlock"

  场景: 热发生炉煤气窑炉属除外情形
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.premix_kiln.present | true |
      | building_materials.premix_kiln.producer_gas | true |
      | building_materials.premix_kiln.pressure_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.6.5" 的判定为 "未发现"

  场景: 制氢站未设置固定式可燃气体浓度监测报警装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.gas_rooms.present | [制氢站] |
      | building_materials.gas_rooms.combustible_gas_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.6.6" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.6.6" 的证据包括 "building_materials.gas_rooms.combustible_gas_alarm"

  场景: 制氢站未设置固定式可燃气体浓度监测报警装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.gas_rooms.present | [制氢站, 燃气配气间] |
      | building_materials.gas_rooms.combustible_gas_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.6.6" 的判定为 "未发现"

  场景: 制氢站未设置固定式可燃气体浓度监测报警装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.gas_rooms.present | [制氢站, 燃气配气间] |
    当进行判定
    那么 "gongmao-2023.6.6" 的判定为 "待补充"
    而且 "gongmao-2023.6.6" 待补充的事实包括 "building_materials.gas_rooms.combustible_gas_alarm"

  场景: 电熔制品电炉水冷设备失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.fused_cast_furnace.present | true |
      | building_materials.fused_cast_furnace.water_cooling | 失效 |
    当进行判定
    那么 "gongmao-2023.6.7" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.6.7" 的证据包括 "building_materials.fused_cast_furnace.water_cooling"

  场景: 电熔制品电炉水冷设备失效：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.fused_cast_furnace.present | true |
      | building_materials.fused_cast_furnace.water_cooling | 有效 |
    当进行判定
    那么 "gongmao-2023.6.7" 的判定为 "未发现"

  场景: 电熔制品电炉水冷设备失效：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.fused_cast_furnace.present | true |
    当进行判定
    那么 "gongmao-2023.6.7" 的判定为 "待补充"
    而且 "gongmao-2023.6.7" 待补充的事实包括 "building_materials.fused_cast_furnace.water_cooling"

  场景: 玻璃锡槽未设置风冷保护系统监测报警装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.glass_furnace.present | true |
      | building_materials.glass_furnace.air_cooling_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.6.8" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.6.8" 的证据包括 "building_materials.glass_furnace.air_cooling_alarm"

  场景: 玻璃锡槽未设置风冷保护系统监测报警装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.glass_furnace.present | true |
      | building_materials.glass_furnace.water_cooling_alarm | 有效 |
      | building_materials.glass_furnace.air_cooling_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.6.8" 的判定为 "未发现"

  场景: 玻璃锡槽未设置风冷保护系统监测报警装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | building_materials.glass_furnace.present | true |
      | building_materials.glass_furnace.air_cooling_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.6.8" 的判定为 "待补充"
    而且 "gongmao-2023.6.8" 待补充的事实包括 "building_materials.glass_furnace.water_cooling_alarm"

  场景: 机械企业不适用第六条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | building_materials.fused_cast_furnace.present | true |
      | building_materials.fused_cast_furnace.water_cooling | 失效 |
    当进行判定
    那么 "gongmao-2023.6.7" 的判定为 "不适用"
    而且 "gongmao-2023.6.7" 的不适用原因包含 "建材企业"
