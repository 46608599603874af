# language: zh-CN
功能: 第四条 冶金企业

  场景: 人员聚集场所设在吊运跨地坪区域内判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.crane_bay.gathering_places | [休息室] |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.1" 的证据包括 "metallurgy.crane_bay.gathering_places"

  场景: 人员聚集场所设在吊运跨地坪区域内：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.crane_bay.gathering_places | [] |
      | metallurgy.crane_bay.ladle_repair_station | false |
      | metallurgy.crane_bay.limit_distance | 80 |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "未发现"

  场景: 人员聚集场所设在吊运跨地坪区域内：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.crane_bay.gathering_places | [] |
      | metallurgy.crane_bay.ladle_repair_station | false |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "待补充"
    而且 "gongmao-2023.4.1" 待补充的事实包括 "metallurgy.crane_bay.limit_distance"

  场景: 生产期间事故坑存在积水判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.molten.in_production | true |
      | metallurgy.molten.water_areas | [事故坑] |
    当进行判定
    那么 "gongmao-2023.4.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.2" 的证据包括 "metallurgy.molten.water_areas"

  场景: 生产期间事故坑存在积水：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.molten.in_production | true |
      | metallurgy.molten.water_areas | [] |
      | metallurgy.cast_house.water_present | false |
    当进行判定
    那么 "gongmao-2023.4.2" 的判定为 "未发现"

  场景: 生产期间事故坑存在积水：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.molten.in_production | true |
      | metallurgy.molten.water_areas | [] |
    当进行判定
    那么 "gongmao-2023.4.2" 的判定为 "待补充"
    而且 "gongmao-2023.4.2" 待补充的事实包括 "metallurgy.cast_house.water_present"

  场景: 连铸流程未设置漏钢回转溜槽判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.continuous_casting.present | true |
      | metallurgy.continuous_casting.facilities | [事故钢水罐, 中间罐漏钢坑（槽）, 中间罐溢流坑（槽）] |
    当进行判定
    那么 "gongmao-2023.4.3" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.3" 的证据包括 "metallurgy.continuous_casting.present"

  场景: 连铸流程未设置漏钢回转溜槽：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.continuous_casting.present | true |
      | metallurgy.continuous_casting.facilities | [事故钢水罐, 中间罐漏钢坑（槽）, 中间罐溢流坑（槽）, 漏钢回转溜槽] |
      | metallurgy.ingot_casting.present | true |
      | metallurgy.ingot_casting.emergency_ladle | true |
    当进行判定
    那么 "gongmao-2023.4.3" 的判定为 "未发现"

  场景: 连铸流程未设置漏钢回转溜槽：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.continuous_casting.present | true |
      | metallurgy.continuous_casting.facilities | [事故钢水罐, 中间罐漏钢坑（槽）, 中间罐溢流坑（槽）, 漏钢回转溜槽] |
      | metallurgy.ingot_casting.present | true |
    当进行判定
    那么 "gongmao-2023.4.3" 的判定为 "待补充"
    而且 "gongmao-2023.4.3" 待补充的事实包括 "metallurgy.ingot_casting.emergency_ladle"

  场景: 转炉水冷元件未设置进出水流量差监测报警装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.steel_furnace.types | [转炉] |
      | metallurgy.steel_furnace.flow_diff_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.4.4" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.4" 的证据包括 "metallurgy.steel_furnace.flow_diff_alarm"

  场景: 转炉水冷元件未设置进出水流量差监测报警装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.steel_furnace.types | [转炉, LF炉] |
      | metallurgy.steel_furnace.outlet_temp_alarm | 有效 |
      | metallurgy.steel_furnace.flow_diff_alarm | 有效 |
      | metallurgy.steel_furnace.alarm_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.4.4" 的判定为 "未发现"

  场景: 转炉水冷元件未设置进出水流量差监测报警装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.steel_furnace.types | [转炉, LF炉] |
      | metallurgy.steel_furnace.outlet_temp_alarm | 有效 |
      | metallurgy.steel_furnace.flow_diff_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.4.4" 的判定为 "待补充"
    而且 "gongmao-2023.4.4" 待补充的事实包括 "metallurgy.steel_furnace.alarm_interlock"

  场景: 高炉炉顶放散阀联锁失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.blast_furnace.in_production | true |
      | metallurgy.blast_furnace.bleeder_interlock | 失效 |
    当进行判定
    那么 "gongmao-2023.4.5" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.5" 的证据包括 "metallurgy.blast_furnace.bleeder_interlock"

  场景: 高炉炉顶放散阀联锁失效：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.blast_furnace.in_production | true |
      | metallurgy.blast_furnace.top_pressure_setpoint | 230 |
      | metallurgy.blast_furnace.design_max_top_pressure | 250 |
      | metallurgy.blast_furnace.bleeder_interlock | 有效 |
      | metallurgy.blast_furnace.bleeder_setpoint | 260 |
      | metallurgy.blast_furnace.equipment_design_pressure | 300 |
    当进行判定
    那么 "gongmao-2023.4.5" 的判定为 "未发现"

  场景: 高炉炉顶放散阀联锁失效：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.blast_furnace.in_production | true |
      | metallurgy.blast_furnace.top_pressure_setpoint | 230 |
      | metallurgy.blast_furnace.design_max_top_pressure | 250 |
      | metallurgy.blast_furnace.bleeder_interlock | 有效 |
      | metallurgy.blast_furnace.bleeder_setpoint | 260 |
    当进行判定
    那么 "gongmao-2023.4.5" 的判定为 "待补充"
    而且 "gongmao-2023.4.5" 待补充的事实包括 "metallurgy.blast_furnace.equipment_design_pressure"

  场景: 煤气泄漏积聚部位未设置固定式一氧化碳报警装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.facilities_present | true |
      | metallurgy.gas.leak_points_co_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.4.6" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.6" 的证据包括 "metallurgy.gas.leak_points_co_alarm"

  场景: 煤气泄漏积聚部位未设置固定式一氧化碳报警装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.facilities_present | true |
      | metallurgy.gas.gathering_places_nearby | true |
      | metallurgy.gas.gathering_places_co_alarm | 有效 |
      | metallurgy.gas.leak_points_co_alarm | 有效 |
      | metallurgy.gas.co_data_to_24h_room | true |
    当进行判定
    那么 "gongmao-2023.4.6" 的判定为 "未发现"

  场景: 煤气泄漏积聚部位未设置固定式一氧化碳报警装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.facilities_present | true |
      | metallurgy.gas.gathering_places_nearby | true |
      | metallurgy.gas.gathering_places_co_alarm | 有效 |
      | metallurgy.gas.leak_points_co_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.4.6" 的判定为 "待补充"
    而且 "gongmao-2023.4.6" 待补充的事实包括 "metallurgy.gas.co_data_to_24h_room"

  场景: 进入车间前的煤气管道未安装隔断装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.facilities_present | true |
      | metallurgy.gas.workshop_inlet_isolation | false |
    当进行判定
    那么 "gongmao-2023.4.7" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.7" 的证据包括 "metallurgy.gas.workshop_inlet_isolation"

  场景: 进入车间前的煤气管道未安装隔断装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.facilities_present | true |
      | metallurgy.gas.facility_isolation | true |
      | metallurgy.gas.workshop_inlet_isolation | true |
    当进行判定
    那么 "gongmao-2023.4.7" 的判定为 "未发现"

  场景: 进入车间前的煤气管道未安装隔断装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.facilities_present | true |
      | metallurgy.gas.workshop_inlet_isolation | true |
    当进行判定
    那么 "gongmao-2023.4.7" 的判定为 "待补充"
    而且 "gongmao-2023.4.7" 待补充的事实包括 "metallurgy.gas.facility_isolation"

  场景: 不同介质煤气管道共用一个排水器判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.shared_across_media | true |
    当进行判定
    那么 "gongmao-2023.4.8" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.8" 的证据包括 "metallurgy.gas.water_seal_drainer.shared_across_media"

  场景: 不同介质煤气管道共用一个排水器：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.seal_pressure | 35 |
      | metallurgy.gas.water_seal_drainer.shared_across_isolation | false |
      | metallurgy.gas.water_seal_drainer.upper_pipes_connected | false |
      | metallurgy.gas.water_seal_drainer.shared_across_media | false |
    当进行判定
    那么 "gongmao-2023.4.8" 的判定为 "未发现"

  场景: 不同介质煤气管道共用一个排水器：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 120 |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.shared_across_isolation | false |
      | metallurgy.gas.water_seal_drainer.upper_pipes_connected | false |
      | metallurgy.gas.water_seal_drainer.shared_across_media | false |
    当进行判定
    那么 "gongmao-2023.4.8" 的判定为 "待补充"
    而且 "gongmao-2023.4.8" 待补充的事实包括 "metallurgy.gas.water_seal_drainer.seal_pressure"

  场景大纲: 排水器最高封堵煤气压力以30kPa为界
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | metallurgy.gas.water_seal_drainer.present | true |
      | metallurgy.gas.water_seal_drainer.seal_pressure | <压力> |
      | metallurgy.gas.water_seal_drainer.shared_across_isolation | false |
      | metallurgy.gas.water_seal_drainer.upper_pipes_connected | false |
      | metallurgy.gas.water_seal_drainer.shared_across_media | false |
    当进行判定
    那么 "gongmao-2023.4.8" 的判定为 "<判定>"

    例子:
      | 压力 | 判定 |
      | 29.9 | 重大事故隐患 |
      | 30 | 未发现 |

  场景大纲: 距吊运工艺极限边界50米以内视为设置在吊运跨地坪区域内
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | metallurgy.crane_bay.gathering_places | [] |
      | metallurgy.crane_bay.ladle_repair_station | false |
      | metallurgy.crane_bay.limit_distance | <距离> |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "<判定>"

    例子:
      | 距离 | 判定 |
      | 50 | 重大事故隐患 |
      | 50.1 | 未发现 |

  场景: 仅因距吊运工艺极限边界50米以内而判定的，说明所依解读
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | metallurgy.crane_bay.gathering_places | [] |
      | metallurgy.crane_bay.ladle_repair_station | false |
      | metallurgy.crane_bay.limit_distance | 30 |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.1" 按解读判定，解读包含 "检查表来源的解读，未证实为官方判定情形"

  场景大纲: 出铁场内距高炉主沟、铁沟边沿3米以内存在积水
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | metallurgy.molten.in_production | true |
      | metallurgy.molten.water_areas | [] |
      | metallurgy.cast_house.water_present | true |
      | metallurgy.cast_house.water_distance | <距离> |
    当进行判定
    那么 "gongmao-2023.4.2" 的判定为 "<判定>"

    例子:
      | 距离 | 判定 |
      | 3 | 重大事故隐患 |
      | 3.1 | 未发现 |

  场景大纲: 冶金、有色以外的企业以30吨炼钢炉为界适用第四条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | profile.blast_furnace | false |
      | profile.steel_furnace_capacity | <容量> |
      | metallurgy.crane_bay.gathering_places | [休息室] |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "<判定>"

    例子:
      | 容量 | 判定 |
      | 29 | 不适用 |
      | 30 | 重大事故隐患 |

  场景: 有30吨电弧炉的机械企业适用第四条（一），但不适用第四条（三）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | profile.blast_furnace | false |
      | profile.steel_furnace_capacity | 30 |
      | metallurgy.crane_bay.gathering_places | [更衣室（含澡堂）] |
      | metallurgy.continuous_casting.present | true |
      | metallurgy.continuous_casting.facilities | [] |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.3" 的判定为 "不适用"

  场景: 有炼铁高炉的建材企业适用第四条（五）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 0 |
      | metallurgy.blast_furnace.in_production | true |
      | metallurgy.blast_furnace.top_pressure_setpoint | 260 |
      | metallurgy.blast_furnace.design_max_top_pressure | 250 |
    当进行判定
    那么 "gongmao-2023.4.5" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.4.5" 的证据包括 "metallurgy.blast_furnace.top_pressure_setpoint"
    而且 "gongmao-2023.4.3" 的判定为 "不适用"

  场景: 有色企业即使有大型炼钢炉也不适用第四条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | profile.blast_furnace | true |
      | profile.steel_furnace_capacity | 100 |
      | metallurgy.crane_bay.gathering_places | [休息室] |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "不适用"
    而且 "gongmao-2023.4.4" 的判定为 "不适用"

  场景: 纺织企业不适用第四条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | profile.blast_furnace | false |
      | profile.steel_furnace_capacity | 0 |
    当进行判定
    那么 "gongmao-2023.4.1" 的判定为 "不适用"
    而且 "gongmao-2023.4.8" 的判定为 "不适用"
