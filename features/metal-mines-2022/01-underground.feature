# language: zh-CN
功能: 一、金属非金属地下矿山重大事故隐患（部分取得）

  场景: 一（一）1. 直达地面的独立安全出口少于2个：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.independent_to_surface | 1 |
    当进行判定
    那么 "metal-mines-2022.1.1.1" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.1.1" 的证据包括 "metal.exits.independent_to_surface"

  场景: 一（一）1. 直达地面的独立安全出口少于2个：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.independent_to_surface | 2 |
      | metal.exits.match_design | true |
    当进行判定
    那么 "metal-mines-2022.1.1.1" 的判定为 "未发现"

  场景: 一（一）1. 直达地面的独立安全出口少于2个：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.independent_to_surface | 2 |
    当进行判定
    那么 "metal-mines-2022.1.1.1" 的判定为 "待补充"
    而且 "metal-mines-2022.1.1.1" 待补充的事实包括 "metal.exits.match_design"

  场景: 一（一）2. 两个安全出口间距小于30米：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.independent_to_surface | 2 |
      | metal.exits.spacing | 29.5 |
    当进行判定
    那么 "metal-mines-2022.1.1.2" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.1.2" 的证据包括 "metal.exits.spacing"

  场景: 一（一）2. 两个安全出口间距小于30米：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.independent_to_surface | 2 |
      | metal.exits.spacing | 30 |
      | metal.orebody.wing_strike_length | 800 |
    当进行判定
    那么 "metal-mines-2022.1.1.2" 的判定为 "未发现"

  场景: 一（一）2. 两个安全出口间距小于30米：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.independent_to_surface | 2 |
      | metal.exits.spacing | 35 |
      | metal.orebody.wing_strike_length | 1200 |
    当进行判定
    那么 "metal-mines-2022.1.1.2" 的判定为 "待补充"
    而且 "metal-mines-2022.1.1.2" 待补充的事实包括 "metal.exits.on_long_wing"

  场景: 一（一）2. 矿体一翼走向超过1000米未在此翼设置安全出口
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.independent_to_surface | 3 |
      | metal.orebody.wing_strike_length | 1200 |
      | metal.exits.on_long_wing | false |
    当进行判定
    那么 "metal-mines-2022.1.1.2" 的判定为 "重大事故隐患"

  场景: 一（一）3. 全部安全出口均为竖井且未设梯子间：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.all_shafts_without_ladders | true |
    当进行判定
    那么 "metal-mines-2022.1.1.3" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.1.3" 的证据包括 "metal.exits.all_shafts_without_ladders"

  场景: 一（一）3. 全部安全出口均为竖井且未设梯子间：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.all_shafts_without_ladders | false |
      | metal.exits.cage_shaft_single_hoist_no_ladder | false |
    当进行判定
    那么 "metal-mines-2022.1.1.3" 的判定为 "未发现"

  场景: 一（一）3. 全部安全出口均为竖井且未设梯子间：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.all_shafts_without_ladders | false |
    当进行判定
    那么 "metal-mines-2022.1.1.3" 的判定为 "待补充"
    而且 "metal-mines-2022.1.1.3" 待补充的事实包括 "metal.exits.cage_shaft_single_hoist_no_ladder"

  场景: 一（一）4. 采区安全出口少于2个：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.min_per_working_area | 1 |
    当进行判定
    那么 "metal-mines-2022.1.1.4" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.1.4" 的证据包括 "metal.exits.min_per_working_area"

  场景: 一（一）4. 采区安全出口少于2个：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.min_per_working_area | 2 |
      | metal.exits.connected_to_surface_exits | true |
    当进行判定
    那么 "metal-mines-2022.1.1.4" 的判定为 "未发现"

  场景: 一（一）4. 采区安全出口少于2个：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.min_per_working_area | 2 |
    当进行判定
    那么 "metal-mines-2022.1.1.4" 的判定为 "待补充"
    而且 "metal-mines-2022.1.1.4" 待补充的事实包括 "metal.exits.connected_to_surface_exits"

  场景: 一（一）5. 安全出口堵塞不畅通：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.obstructed | true |
    当进行判定
    那么 "metal-mines-2022.1.1.5" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.1.5" 的证据包括 "metal.exits.obstructed"

  场景: 一（一）5. 安全出口堵塞不畅通：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.exits.obstructed | false |
    当进行判定
    那么 "metal-mines-2022.1.1.5" 的判定为 "未发现"

  场景: 一（一）5. 安全出口堵塞不畅通：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
    当进行判定
    那么 "metal-mines-2022.1.1.5" 的判定为 "待补充"
    而且 "metal-mines-2022.1.1.5" 待补充的事实包括 "metal.exits.obstructed"

  场景: 一（二）地下矿山使用国家明令禁止使用的设备：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.underground.prohibited_used | true |
    当进行判定
    那么 "metal-mines-2022.1.2" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.2" 的证据包括 "metal.underground.prohibited_used"

  场景: 一（二）地下矿山使用国家明令禁止使用的设备：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.underground.prohibited_used | false |
    当进行判定
    那么 "metal-mines-2022.1.2" 的判定为 "未发现"

  场景: 一（二）地下矿山使用国家明令禁止使用的设备：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
    当进行判定
    那么 "metal-mines-2022.1.2" 的判定为 "待补充"
    而且 "metal-mines-2022.1.2" 待补充的事实包括 "metal.underground.prohibited_used"

  场景: 一（三）相邻矿山井巷相互贯通：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.workings.connected | true |
    当进行判定
    那么 "metal-mines-2022.1.3" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.3" 的证据包括 "metal.workings.connected"

  场景: 一（三）相邻矿山井巷相互贯通：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.workings.connected | false |
    当进行判定
    那么 "metal-mines-2022.1.3" 的判定为 "未发现"

  场景: 一（三）相邻矿山井巷相互贯通：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
    当进行判定
    那么 "metal-mines-2022.1.3" 的判定为 "待补充"
    而且 "metal-mines-2022.1.3" 待补充的事实包括 "metal.workings.connected"

  场景: 一（四）1. 生产矿山未按期更新现状图纸：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.kept | true |
      | metal.drawings.updated_on_time | false |
    当进行判定
    那么 "metal-mines-2022.1.4.1" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.4.1" 的证据包括 "metal.drawings.updated_on_time"

  场景: 一（四）1. 生产矿山未按期更新现状图纸：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.kept | true |
      | metal.drawings.updated_on_time | true |
    当进行判定
    那么 "metal-mines-2022.1.4.1" 的判定为 "未发现"

  场景: 一（四）1. 生产矿山未按期更新现状图纸：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.kept | true |
    当进行判定
    那么 "metal-mines-2022.1.4.1" 的判定为 "待补充"
    而且 "metal-mines-2022.1.4.1" 待补充的事实包括 "metal.drawings.updated_on_time"

  场景: 一（四）2. 图纸中地面建构筑物与实际不符：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.surface_mismatch | true |
    当进行判定
    那么 "metal-mines-2022.1.4.2" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.4.2" 的证据包括 "metal.drawings.surface_mismatch"

  场景: 一（四）2. 图纸中地面建构筑物与实际不符：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.surface_mismatch | false |
    当进行判定
    那么 "metal-mines-2022.1.4.2" 的判定为 "未发现"

  场景: 一（四）2. 图纸中地面建构筑物与实际不符：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
    当进行判定
    那么 "metal-mines-2022.1.4.2" 的判定为 "待补充"
    而且 "metal-mines-2022.1.4.2" 待补充的事实包括 "metal.drawings.surface_mismatch"

  场景: 一（四）3. 图纸中井下采区与实际不符：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.workings_mismatch | true |
    当进行判定
    那么 "metal-mines-2022.1.4.3" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.4.3" 的证据包括 "metal.drawings.workings_mismatch"

  场景: 一（四）3. 图纸中井下采区与实际不符：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.workings_mismatch | false |
    当进行判定
    那么 "metal-mines-2022.1.4.3" 的判定为 "未发现"

  场景: 一（四）3. 图纸中井下采区与实际不符：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
    当进行判定
    那么 "metal-mines-2022.1.4.3" 的判定为 "待补充"
    而且 "metal-mines-2022.1.4.3" 待补充的事实包括 "metal.drawings.workings_mismatch"

  场景: 一（四）4. 相邻矿山采区位置关系与实际不符：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.adjacent_mismatch | true |
    当进行判定
    那么 "metal-mines-2022.1.4.4" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.4.4" 的证据包括 "metal.drawings.adjacent_mismatch"

  场景: 一（四）4. 相邻矿山采区位置关系与实际不符：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.adjacent_mismatch | false |
    当进行判定
    那么 "metal-mines-2022.1.4.4" 的判定为 "未发现"

  场景: 一（四）4. 相邻矿山采区位置关系与实际不符：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
    当进行判定
    那么 "metal-mines-2022.1.4.4" 的判定为 "待补充"
    而且 "metal-mines-2022.1.4.4" 待补充的事实包括 "metal.drawings.adjacent_mismatch"

  场景: 一（四）5. 采空区位置与实际不符：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.voids_mismatch | true |
    当进行判定
    那么 "metal-mines-2022.1.4.5" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.4.5" 的证据包括 "metal.drawings.voids_mismatch"

  场景: 一（四）5. 采空区位置与实际不符：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.drawings.voids_mismatch | false |
    当进行判定
    那么 "metal-mines-2022.1.4.5" 的判定为 "未发现"

  场景: 一（四）5. 采空区位置与实际不符：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
    当进行判定
    那么 "metal-mines-2022.1.4.5" 的判定为 "待补充"
    而且 "metal-mines-2022.1.4.5" 待补充的事实包括 "metal.drawings.voids_mismatch"

  场景: 一（五）6. 露天与地下联合开采回采顺序与设计不符：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | profile.metal_mine.surface_to_underground | true |
      | metal.transition.sequence_mismatch | true |
    当进行判定
    那么 "metal-mines-2022.1.5.6" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.5.6" 的证据包括 "metal.transition.sequence_mismatch"

  场景: 一（五）6. 露天与地下联合开采回采顺序与设计不符：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | profile.metal_mine.surface_to_underground | true |
      | metal.transition.sequence_mismatch | false |
    当进行判定
    那么 "metal-mines-2022.1.5.6" 的判定为 "未发现"

  场景: 一（五）6. 露天与地下联合开采回采顺序与设计不符：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | profile.metal_mine.surface_to_underground | true |
    当进行判定
    那么 "metal-mines-2022.1.5.6" 的判定为 "待补充"
    而且 "metal-mines-2022.1.5.6" 待补充的事实包括 "metal.transition.sequence_mismatch"

  场景: 一（五）7. 未按设计留设安全顶柱：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | profile.metal_mine.surface_to_underground | true |
      | metal.transition.protection_per_design | false |
    当进行判定
    那么 "metal-mines-2022.1.5.7" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.5.7" 的证据包括 "metal.transition.protection_per_design"

  场景: 一（五）7. 未按设计留设安全顶柱：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | profile.metal_mine.surface_to_underground | true |
      | metal.transition.protection_per_design | true |
    当进行判定
    那么 "metal-mines-2022.1.5.7" 的判定为 "未发现"

  场景: 一（五）7. 未按设计留设安全顶柱：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | profile.metal_mine.surface_to_underground | true |
    当进行判定
    那么 "metal-mines-2022.1.5.7" 的判定为 "待补充"
    而且 "metal-mines-2022.1.5.7" 待补充的事实包括 "metal.transition.protection_per_design"

  场景: 一（五）不是露天转地下开采的矿山不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | profile.metal_mine.surface_to_underground | false |
    当进行判定
    那么 "metal-mines-2022.1.5.7" 的判定为 "不适用"
    而且 "metal-mines-2022.1.5.1-5" 的判定为 "不适用"

  场景: 一（二十）矿井未采用机械通风：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.ventilation.mechanical | false |
    当进行判定
    那么 "metal-mines-2022.1.20.a" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.20.a" 的证据包括 "metal.ventilation.mechanical"

  场景: 一（二十）矿井未采用机械通风：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.ventilation.mechanical | true |
    当进行判定
    那么 "metal-mines-2022.1.20.a" 的判定为 "未发现"

  场景: 一（二十）矿井未采用机械通风：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
    当进行判定
    那么 "metal-mines-2022.1.20.a" 的判定为 "待补充"
    而且 "metal-mines-2022.1.20.a" 待补充的事实包括 "metal.ventilation.mechanical"

  场景: 一（二十一）从业人员不能正确使用自救器：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.self_rescue.equipped | true |
      | metal.self_rescue.can_use | false |
    当进行判定
    那么 "metal-mines-2022.1.21" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.1.21" 的证据包括 "metal.self_rescue.can_use"

  场景: 一（二十一）从业人员不能正确使用自救器：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.self_rescue.equipped | true |
      | metal.self_rescue.can_use | true |
    当进行判定
    那么 "metal-mines-2022.1.21" 的判定为 "未发现"

  场景: 一（二十一）从业人员不能正确使用自救器：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.self_rescue.equipped | true |
    当进行判定
    那么 "metal-mines-2022.1.21" 的判定为 "待补充"
    而且 "metal-mines-2022.1.21" 待补充的事实包括 "metal.self_rescue.can_use"

  场景: 地下矿山未取得原文的各项列为未判定（未编码），即使已编码各项均未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | metal.ventilation.mechanical | true |
    当进行判定
    那么 "metal-mines-2022.1.20.a" 的判定为 "未发现"
    而且 "metal-mines-2022.1.20.b" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.6" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.7" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.8-12" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.13" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.14-19" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.22-26" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.27" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.after-27" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.6" 的未判定原因包含 "原文未取得"

  场景: 露天转地下开采的矿山（五）1.–5. 列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [地下矿山] |
      | profile.metal_mine.surface_to_underground | true |
    当进行判定
    那么 "metal-mines-2022.1.5.1-5" 的判定为 "未判定（未编码）"

  场景: 只有露天部分的矿山，地下部分各项不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.1.1.1" 的判定为 "不适用"
    而且 "metal-mines-2022.1.6" 的判定为 "不适用"
    而且 "metal-mines-2022.1.6" 的不适用原因包含 "地下矿山"

  场景: 2022-09-01 以前的检查：2017 年试行版（安监总管一〔2017〕98号）未编码，列为未判定而不是不适用
    假如检查日期为 "2022-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
    当进行判定
    那么 "metal-mines-2022.1.1.1" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.1.1.1" 的未判定原因包含 "安监总管一〔2017〕98号"
