# language: zh-CN
功能: 第八条 轻工企业

  场景: 油炸设备未设置防过热自动报警切断装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.baking_frying.present | true |
      | light_industry.baking_frying.overheat_cutoff | 未设置 |
    当进行判定
    那么 "gongmao-2023.8.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.8.1" 的证据包括 "light_industry.baking_frying.overheat_cutoff"

  场景: 油炸设备未设置防过热自动报警切断装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.baking_frying.present | true |
      | light_industry.baking_frying.overheat_cutoff | 有效 |
      | light_industry.baking_frying.heat_insulation | true |
    当进行判定
    那么 "gongmao-2023.8.1" 的判定为 "未发现"

  场景: 油炸设备未设置防过热自动报警切断装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.baking_frying.present | true |
      | light_industry.baking_frying.overheat_cutoff | 有效 |
    当进行判定
    那么 "gongmao-2023.8.1" 的判定为 "待补充"
    而且 "gongmao-2023.8.1" 待补充的事实包括 "light_industry.baking_frying.heat_insulation"

  场景: 酒库乙醇蒸气浓度监测报警装置失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.liquor.present | true |
      | light_industry.liquor.ethanol_alarm | 失效 |
    当进行判定
    那么 "gongmao-2023.8.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.8.2" 的证据包括 "light_industry.liquor.ethanol_alarm"

  场景: 酒库乙醇蒸气浓度监测报警装置失效：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.liquor.present | true |
      | light_industry.liquor.ethanol_alarm | 有效 |
      | light_industry.liquor.ventilation_interlock | 有效 |
    当进行判定
    那么 "gongmao-2023.8.2" 的判定为 "未发现"

  场景: 酒库乙醇蒸气浓度监测报警装置失效：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.liquor.present | true |
      | light_industry.liquor.ethanol_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.8.2" 的判定为 "待补充"
    而且 "gongmao-2023.8.2" 待补充的事实包括 "light_industry.liquor.ventilation_interlock"

  场景: 造纸企业用蒸汽直接加热钢瓶汽化液氯判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.liquid_chlorine.present | true |
      | light_industry.liquid_chlorine.vaporising_methods | [蒸汽直接加热钢瓶] |
    当进行判定
    那么 "gongmao-2023.8.3" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.8.3" 的证据包括 "light_industry.liquid_chlorine.vaporising_methods"

  场景: 造纸企业用蒸汽直接加热钢瓶汽化液氯：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.liquid_chlorine.present | true |
      | light_industry.liquid_chlorine.vaporising_methods | [其他方式] |
    当进行判定
    那么 "gongmao-2023.8.3" 的判定为 "未发现"

  场景: 造纸企业用蒸汽直接加热钢瓶汽化液氯：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.liquid_chlorine.present | true |
    当进行判定
    那么 "gongmao-2023.8.3" 的判定为 "待补充"
    而且 "gongmao-2023.8.3" 待补充的事实包括 "light_industry.liquid_chlorine.vaporising_methods"

  场景: 第八条（四）原文不完整、未编码：有燃气窑炉的日用玻璃、陶瓷企业列为未判定
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.glass_ceramic_kiln.present | true |
    当进行判定
    那么 "gongmao-2023.8.4" 的判定为 "未判定（未编码）"
    而且 "gongmao-2023.8.4" 的未判定原因包含 "原文未取得"

  场景: 第八条（四）：没有燃气窑炉的轻工企业不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.glass_ceramic_kiln.present | false |
    当进行判定
    那么 "gongmao-2023.8.4" 的判定为 "不适用"

  场景: 第八条（四）：是否有燃气窑炉未答时列为未判定
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
    当进行判定
    那么 "gongmao-2023.8.4" 的判定为 "未判定（未编码）"

  场景: 日用玻璃窑炉冷却保护系统未设置监测报警装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.glass_furnace.present | true |
      | light_industry.glass_furnace.cooling_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.8.5" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.8.5" 的证据包括 "light_industry.glass_furnace.cooling_alarm"

  场景: 日用玻璃窑炉冷却保护系统未设置监测报警装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.glass_furnace.present | true |
      | light_industry.glass_furnace.cooling_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.8.5" 的判定为 "未发现"

  场景: 日用玻璃窑炉冷却保护系统未设置监测报警装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.glass_furnace.present | true |
    当进行判定
    那么 "gongmao-2023.8.5" 的判定为 "待补充"
    而且 "gongmao-2023.8.5" 待补充的事实包括 "light_industry.glass_furnace.cooling_alarm"

  场景: 使用非水性漆的调漆间未设置固定式可燃气体浓度监测报警装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | machinery.paint_room.non_aqueous | true |
      | machinery.paint_room.combustible_gas_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.8.6" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.8.6" 的证据包括 "machinery.paint_room.combustible_gas_alarm"

  场景: 使用非水性漆的调漆间未设置固定式可燃气体浓度监测报警装置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | machinery.paint_room.non_aqueous | true |
      | machinery.paint_room.combustible_gas_alarm | 有效 |
      | machinery.paint_room.ventilation | 有效 |
    当进行判定
    那么 "gongmao-2023.8.6" 的判定为 "未发现"

  场景: 使用非水性漆的调漆间未设置固定式可燃气体浓度监测报警装置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | machinery.paint_room.non_aqueous | true |
      | machinery.paint_room.combustible_gas_alarm | 有效 |
    当进行判定
    那么 "gongmao-2023.8.6" 的判定为 "待补充"
    而且 "gongmao-2023.8.6" 待补充的事实包括 "machinery.paint_room.ventilation"

  场景: 锂离子电池仓库未对故障电池采取物理隔离措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.li_battery_warehouse.present | true |
      | light_industry.li_battery_warehouse.faulty_isolation | false |
    当进行判定
    那么 "gongmao-2023.8.7" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.8.7" 的证据包括 "light_industry.li_battery_warehouse.faulty_isolation"

  场景: 锂离子电池仓库未对故障电池采取物理隔离措施：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.li_battery_warehouse.present | true |
      | light_industry.li_battery_warehouse.faulty_isolation | true |
    当进行判定
    那么 "gongmao-2023.8.7" 的判定为 "未发现"

  场景: 锂离子电池仓库未对故障电池采取物理隔离措施：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | light_industry.li_battery_warehouse.present | true |
    当进行判定
    那么 "gongmao-2023.8.7" 的判定为 "待补充"
    而且 "gongmao-2023.8.7" 待补充的事实包括 "light_industry.li_battery_warehouse.faulty_isolation"

  场景: 纺织企业不适用第八条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | machinery.paint_room.non_aqueous | true |
      | machinery.paint_room.combustible_gas_alarm | 未设置 |
    当进行判定
    那么 "gongmao-2023.8.6" 的判定为 "不适用"
