# language: zh-CN
功能: 第五条 有色企业

  场景: 操作室设在熔融金属吊运跨地坪区域内判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.crane_bay.gathering_places | [操作室] |
    当进行判定
    那么 "gongmao-2023.5.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.1" 的证据包括 "nonferrous.crane_bay.gathering_places"

  场景: 操作室设在熔融金属吊运跨地坪区域内：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.crane_bay.gathering_places | [] |
    当进行判定
    那么 "gongmao-2023.5.1" 的判定为 "未发现"

  场景: 操作室设在熔融金属吊运跨地坪区域内：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
    当进行判定
    那么 "gongmao-2023.5.1" 的判定为 "待补充"
    而且 "gongmao-2023.5.1" 待补充的事实包括 "nonferrous.crane_bay.gathering_places"

  场景: 生产期间炉下渣坑存在积水判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | metallurgy.molten.in_production | true |
      | metallurgy.molten.water_areas | [炉下渣坑] |
    当进行判定
    那么 "gongmao-2023.5.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.2" 的证据包括 "metallurgy.molten.water_areas"

  场景: 生产期间炉下渣坑存在积水：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | metallurgy.molten.in_production | true |
      | metallurgy.molten.water_areas | [] |
    当进行判定
    那么 "gongmao-2023.5.2" 的判定为 "未发现"

  场景: 生产期间炉下渣坑存在积水：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | metallurgy.molten.in_production | true |
    当进行判定
    那么 "gongmao-2023.5.2" 的判定为 "待补充"
    而且 "gongmao-2023.5.2" 待补充的事实包括 "metallurgy.molten.water_areas"

  场景: 非除外炉型供液的铸造环节未设置紧急排放和应急储存设施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.casting.furnace_types | [其他炉型] |
      | nonferrous.casting.emergency_drain_storage | false |
    当进行判定
    那么 "gongmao-2023.5.3" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.3" 的证据包括 "nonferrous.casting.emergency_drain_storage"

  场景: 非除外炉型供液的铸造环节未设置紧急排放和应急储存设施：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.casting.furnace_types | [其他炉型] |
      | nonferrous.casting.emergency_drain_storage | true |
    当进行判定
    那么 "gongmao-2023.5.3" 的判定为 "未发现"

  场景: 非除外炉型供液的铸造环节未设置紧急排放和应急储存设施：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.casting.furnace_types | [其他炉型] |
    当进行判定
    那么 "gongmao-2023.5.3" 的判定为 "待补充"
    而且 "gongmao-2023.5.3" 待补充的事实包括 "nonferrous.casting.emergency_drain_storage"

  场景: 倾动式熔炼炉供液的铸造环节属除外情形
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.casting.furnace_types | [倾动式熔炼炉, 带保温炉的固定式熔炼炉] |
      | nonferrous.casting.emergency_drain_storage | false |
    当进行判定
    那么 "gongmao-2023.5.3" 的判定为 "未发现"

  场景: 水冷加热炉未设置应急水源判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.water_cooled.present | true |
      | nonferrous.water_cooled.emergency_water | false |
    当进行判定
    那么 "gongmao-2023.5.4" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.4" 的证据包括 "nonferrous.water_cooled.emergency_water"

  场景: 水冷加热炉未设置应急水源：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.water_cooled.present | true |
      | nonferrous.water_cooled.emergency_water | true |
    当进行判定
    那么 "gongmao-2023.5.4" 的判定为 "未发现"

  场景: 水冷加热炉未设置应急水源：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.water_cooled.present | true |
    当进行判定
    那么 "gongmao-2023.5.4" 的判定为 "待补充"
    而且 "gongmao-2023.5.4" 待补充的事实包括 "nonferrous.water_cooled.emergency_water"

  场景: 未监测开路水冷元件出水温度判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.furnace.open_loop | true |
      | nonferrous.furnace.open_outlet_temp_monitor | 未设置 |
    当进行判定
    那么 "gongmao-2023.5.5" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.5" 的证据包括 "nonferrous.furnace.open_outlet_temp_monitor"

  场景: 未监测开路水冷元件出水温度：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.furnace.closed_loop | true |
      | nonferrous.furnace.closed_outlet_temp_alarm | 有效 |
      | nonferrous.furnace.closed_flow_diff_alarm | 有效 |
      | nonferrous.furnace.open_loop | true |
      | nonferrous.furnace.open_inlet_flow_alarm | 有效 |
      | nonferrous.furnace.open_inlet_pressure_alarm | 有效 |
      | nonferrous.furnace.open_outlet_temp_monitor | 有效 |
    当进行判定
    那么 "gongmao-2023.5.5" 的判定为 "未发现"

  场景: 未监测开路水冷元件出水温度：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.furnace.closed_loop | true |
      | nonferrous.furnace.closed_outlet_temp_alarm | 有效 |
      | nonferrous.furnace.open_loop | true |
      | nonferrous.furnace.open_inlet_flow_alarm | 有效 |
      | nonferrous.furnace.open_inlet_pressure_alarm | 有效 |
      | nonferrous.furnace.open_outlet_temp_monitor | 有效 |
    当进行判定
    那么 "gongmao-2023.5.5" 的判定为 "待补充"
    而且 "gongmao-2023.5.5" 待补充的事实包括 "nonferrous.furnace.closed_flow_diff_alarm"

  场景: 结晶器冷却水监测报警装置与紧急排放阀联锁失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [固定式浇铸炉] |
      | nonferrous.dc_casting.mould_alarm_drain_interlock | 失效 |
    当进行判定
    那么 "gongmao-2023.5.6" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.6" 的证据包括 "nonferrous.dc_casting.mould_alarm_drain_interlock"

  场景: 结晶器冷却水监测报警装置与紧急排放阀联锁失效：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [倾动式浇铸炉] |
      | nonferrous.dc_casting.mould_water_pressure_alarm | 有效 |
      | nonferrous.dc_casting.mould_water_flow_alarm | 有效 |
      | nonferrous.dc_casting.mould_alarm_shutoff_interlock | 有效 |
      | nonferrous.dc_casting.mould_alarm_drain_interlock | 有效 |
      | nonferrous.dc_casting.mould_alarm_launder_interlock | 有效 |
      | nonferrous.dc_casting.mould_alarm_tilt_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.5.6" 的判定为 "未发现"

  场景: 结晶器冷却水监测报警装置与紧急排放阀联锁失效：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [倾动式浇铸炉] |
      | nonferrous.dc_casting.mould_water_pressure_alarm | 有效 |
      | nonferrous.dc_casting.mould_water_flow_alarm | 有效 |
      | nonferrous.dc_casting.mould_alarm_shutoff_interlock | 有效 |
      | nonferrous.dc_casting.mould_alarm_drain_interlock | 有效 |
      | nonferrous.dc_casting.mould_alarm_launder_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.5.6" 的判定为 "待补充"
    而且 "gongmao-2023.5.6" 待补充的事实包括 "nonferrous.dc_casting.mould_alarm_tilt_interlock"

  场景: 固定式浇铸炉铝液出口未设置机械锁紧装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [固定式浇铸炉] |
      | nonferrous.dc_casting.fixed.mechanical_lock | false |
    当进行判定
    那么 "gongmao-2023.5.7" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.7" 的证据包括 "nonferrous.dc_casting.fixed.mechanical_lock"

  场景: 固定式浇铸炉铝液出口未设置机械锁紧装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [固定式浇铸炉] |
      | nonferrous.dc_casting.outlet_launder_level_alarm | 有效 |
      | nonferrous.dc_casting.inlet_level_alarm | 有效 |
      | nonferrous.dc_casting.fixed.mechanical_lock | true |
    当进行判定
    那么 "gongmao-2023.5.7" 的判定为 "未发现"

  场景: 固定式浇铸炉铝液出口未设置机械锁紧装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [固定式浇铸炉] |
      | nonferrous.dc_casting.outlet_launder_level_alarm | 有效 |
      | nonferrous.dc_casting.inlet_level_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.5.7" 的判定为 "待补充"
    而且 "gongmao-2023.5.7" 待补充的事实包括 "nonferrous.dc_casting.fixed.mechanical_lock"

  场景: 固定式浇铸炉铝液流槽未设置紧急排放阀判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [固定式浇铸炉] |
      | nonferrous.dc_casting.fixed.emergency_drain_valve | false |
    当进行判定
    那么 "gongmao-2023.5.8" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.8" 的证据包括 "nonferrous.dc_casting.fixed.emergency_drain_valve"

  场景: 固定式浇铸炉铝液流槽未设置紧急排放阀：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [固定式浇铸炉] |
      | nonferrous.dc_casting.fixed.emergency_drain_valve | true |
      | nonferrous.dc_casting.fixed.quick_shutoff | true |
      | nonferrous.dc_casting.fixed.level_shutoff_interlock | 有效 |
      | nonferrous.dc_casting.fixed.level_drain_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.5.8" 的判定为 "未发现"

  场景: 固定式浇铸炉铝液流槽未设置紧急排放阀：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [固定式浇铸炉] |
      | nonferrous.dc_casting.fixed.emergency_drain_valve | true |
      | nonferrous.dc_casting.fixed.quick_shutoff | true |
      | nonferrous.dc_casting.fixed.level_shutoff_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.5.8" 的判定为 "待补充"
    而且 "gongmao-2023.5.8" 待补充的事实包括 "nonferrous.dc_casting.fixed.level_drain_interlock"

  场景: 倾动式浇铸炉入口液位报警未与倾动控制系统联锁判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [倾动式浇铸炉] |
      | nonferrous.dc_casting.tilting.level_tilt_interlock | 未设置 |
    当进行判定
    那么 "gongmao-2023.5.9" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.9" 的证据包括 "nonferrous.dc_casting.tilting.level_tilt_interlock"

  场景: 倾动式浇铸炉入口液位报警未与倾动控制系统联锁：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [倾动式浇铸炉] |
      | nonferrous.dc_casting.tilting.quick_shutoff | true |
      | nonferrous.dc_casting.tilting.level_tilt_interlock | 有效 |
      | nonferrous.dc_casting.tilting.level_shutoff_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.5.9" 的判定为 "未发现"

  场景: 倾动式浇铸炉入口液位报警未与倾动控制系统联锁：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [倾动式浇铸炉] |
      | nonferrous.dc_casting.tilting.level_tilt_interlock | 有效 |
      | nonferrous.dc_casting.tilting.level_shutoff_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.5.9" 的判定为 "待补充"
    而且 "gongmao-2023.5.9" 待补充的事实包括 "nonferrous.dc_casting.tilting.quick_shutoff"

  场景: 只有倾动式浇铸炉时第五条（八）不构成
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.present | true |
      | nonferrous.dc_casting.furnace_types | [倾动式浇铸炉] |
    当进行判定
    那么 "gongmao-2023.5.8" 的判定为 "未发现"

  场景: 深井铸造机钢丝卷扬系统选用非钢芯钢丝绳判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.wire_rope_hoist | true |
      | nonferrous.dc_casting.steel_core_rope | false |
    当进行判定
    那么 "gongmao-2023.5.10" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.10" 的证据包括 "nonferrous.dc_casting.steel_core_rope"

  场景: 深井铸造机钢丝卷扬系统选用非钢芯钢丝绳：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.wire_rope_hoist | true |
      | nonferrous.dc_casting.steel_core_rope | true |
      | nonferrous.dc_casting.rope_inspection_implemented | true |
    当进行判定
    那么 "gongmao-2023.5.10" 的判定为 "未发现"

  场景: 深井铸造机钢丝卷扬系统选用非钢芯钢丝绳：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.dc_casting.wire_rope_hoist | true |
      | nonferrous.dc_casting.steel_core_rope | true |
    当进行判定
    那么 "gongmao-2023.5.10" 的判定为 "待补充"
    而且 "gongmao-2023.5.10" 待补充的事实包括 "nonferrous.dc_casting.rope_inspection_implemented"

  场景: 有毒气体监测数据未接入24小时有人值守场所判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.toxic_gas.points | [一氧化碳, 氯气] |
      | nonferrous.toxic_gas.data_to_24h_room | false |
    当进行判定
    那么 "gongmao-2023.5.11" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.11" 的证据包括 "nonferrous.toxic_gas.data_to_24h_room"

  场景: 有毒气体监测数据未接入24小时有人值守场所：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.toxic_gas.points | [一氧化碳, 砷化氢] |
      | nonferrous.toxic_gas.fixed_alarm | 有效 |
      | nonferrous.toxic_gas.data_to_24h_room | true |
      | nonferrous.toxic_gas.arsine_equivalent_detection | true |
    当进行判定
    那么 "gongmao-2023.5.11" 的判定为 "未发现"

  场景: 有毒气体监测数据未接入24小时有人值守场所：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.toxic_gas.points | [一氧化碳, 砷化氢] |
      | nonferrous.toxic_gas.fixed_alarm | 有效 |
      | nonferrous.toxic_gas.data_to_24h_room | true |
    当进行判定
    那么 "gongmao-2023.5.11" 的判定为 "待补充"
    而且 "gongmao-2023.5.11" 待补充的事实包括 "nonferrous.toxic_gas.arsine_equivalent_detection"

  场景: 未对可能有砷化氢的部位采取同等效果的检测措施（字面理解）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.toxic_gas.points | [砷化氢] |
      | nonferrous.toxic_gas.fixed_alarm | 有效 |
      | nonferrous.toxic_gas.data_to_24h_room | true |
      | nonferrous.toxic_gas.arsine_equivalent_detection | false |
    当进行判定
    那么 "gongmao-2023.5.11" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.11" 的证据包括 "nonferrous.toxic_gas.arsine_equivalent_detection"

  场景: 强制送风燃烧装置燃气总管压力报警未与紧急自动切断装置联锁判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.forced_air_burner.present | true |
      | nonferrous.forced_air_burner.shutoff_interlock | 未设置 |
    当进行判定
    那么 "gongmao-2023.5.12" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.12" 的证据包括 "nonferrous.forced_air_burner.shutoff_interlock"

  场景: 强制送风燃烧装置燃气总管压力报警未与紧急自动切断装置联锁：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.forced_air_burner.present | true |
      | nonferrous.forced_air_burner.pressure_alarm | 有效 |
      | nonferrous.forced_air_burner.shutoff_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.5.12" 的判定为 "未发现"

  场景: 强制送风燃烧装置燃气总管压力报警未与紧急自动切断装置联锁：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | nonferrous.forced_air_burner.present | true |
      | nonferrous.forced_air_burner.shutoff_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.5.12" 的判定为 "待补充"
    而且 "gongmao-2023.5.12" 待补充的事实包括 "nonferrous.forced_air_burner.pressure_alarm"

  场景: 同一煤气管道隔断装置两侧共用一个排水器判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.shared_across_isolation | true |
    当进行判定
    那么 "gongmao-2023.5.13" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.5.13" 的证据包括 "metallurgy.gas.water_seal_drainer.shared_across_isolation"

  场景: 同一煤气管道隔断装置两侧共用一个排水器：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.seal_pressure | 30 |
      | metallurgy.gas.water_seal_drainer.shared_across_isolation | false |
      | metallurgy.gas.water_seal_drainer.upper_pipes_connected | false |
      | metallurgy.gas.water_seal_drainer.shared_across_media | false |
    当进行判定
    那么 "gongmao-2023.5.13" 的判定为 "未发现"

  场景: 同一煤气管道隔断装置两侧共用一个排水器：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.seal_pressure | 30 |
      | metallurgy.gas.water_seal_drainer.shared_across_isolation | false |
      | metallurgy.gas.water_seal_drainer.shared_across_media | false |
    当进行判定
    那么 "gongmao-2023.5.13" 的判定为 "待补充"
    而且 "gongmao-2023.5.13" 待补充的事实包括 "metallurgy.gas.water_seal_drainer.upper_pipes_connected"

  场景大纲: 有色企业排水器最高封堵煤气压力以30kPa为界
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.seal_pressure | <压力> |
      | metallurgy.gas.water_seal_drainer.shared_across_isolation | false |
      | metallurgy.gas.water_seal_drainer.upper_pipes_connected | false |
      | metallurgy.gas.water_seal_drainer.shared_across_media | false |
    当进行判定
    那么 "gongmao-2023.5.13" 的判定为 "<判定>"

    例子:
      | 压力 | 判定 |
      | 29.9 | 重大事故隐患 |
      | 30 | 未发现 |

  场景: 冶金企业不适用第五条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.shared_across_media | true |
    当进行判定
    那么 "gongmao-2023.5.13" 的判定为 "不适用"
    而且 "gongmao-2023.4.8" 的判定为 "重大事故隐患"
