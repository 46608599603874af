# language: zh-CN
功能: 二、金属非金属露天矿山重大事故隐患（部分取得）

  场景: 二（一）地下转露天开采前未探明采空区：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | profile.metal_mine.underground_to_surface | true |
      | metal.pit.voids_explored | false |
    当进行判定
    那么 "metal-mines-2022.2.1" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.1" 的证据包括 "metal.pit.voids_explored"

  场景: 二（一）地下转露天开采前未探明采空区：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | profile.metal_mine.underground_to_surface | true |
      | metal.pit.voids_explored | true |
      | metal.pit.voids_treated | true |
    当进行判定
    那么 "metal-mines-2022.2.1" 的判定为 "未发现"

  场景: 二（一）地下转露天开采前未探明采空区：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | profile.metal_mine.underground_to_surface | true |
      | metal.pit.voids_explored | true |
    当进行判定
    那么 "metal-mines-2022.2.1" 的判定为 "待补充"
    而且 "metal-mines-2022.2.1" 待补充的事实包括 "metal.pit.voids_treated"

  场景: 二（一）不是地下转露天开采的矿山不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | profile.metal_mine.underground_to_surface | false |
    当进行判定
    那么 "metal-mines-2022.2.1" 的判定为 "不适用"

  场景: 二（二）露天矿山使用国家明令禁止使用的工艺：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.surface.prohibited_used | true |
    当进行判定
    那么 "metal-mines-2022.2.2" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.2" 的证据包括 "metal.surface.prohibited_used"

  场景: 二（二）露天矿山使用国家明令禁止使用的工艺：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.surface.prohibited_used | false |
    当进行判定
    那么 "metal-mines-2022.2.2" 的判定为 "未发现"

  场景: 二（二）露天矿山使用国家明令禁止使用的工艺：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.2.2" 的判定为 "待补充"
    而且 "metal-mines-2022.2.2" 待补充的事实包括 "metal.surface.prohibited_used"

  场景: 二（三）未采用自上而下分台阶开采：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.top_down_benches | false |
    当进行判定
    那么 "metal-mines-2022.2.3" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.3" 的证据包括 "metal.pit.top_down_benches"

  场景: 二（三）未采用自上而下分台阶开采：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.top_down_benches | true |
    当进行判定
    那么 "metal-mines-2022.2.3" 的判定为 "未发现"

  场景: 二（三）未采用自上而下分台阶开采：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.2.3" 的判定为 "待补充"
    而且 "metal-mines-2022.2.3" 待补充的事实包括 "metal.pit.top_down_benches"

  场景: 二（四）工作帮坡角大于设计值：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.working_slope_angle | 46 |
      | metal.pit.design_working_slope_angle | 45 |
    当进行判定
    那么 "metal-mines-2022.2.4" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.4" 的证据包括 "metal.pit.working_slope_angle"

  场景: 二（四）工作帮坡角大于设计值：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.working_slope_angle | 45 |
      | metal.pit.design_working_slope_angle | 45 |
      | metal.pit.final_bench_height | 15 |
      | metal.pit.design_bench_height | 15 |
    当进行判定
    那么 "metal-mines-2022.2.4" 的判定为 "未发现"

  场景: 二（四）工作帮坡角大于设计值：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.working_slope_angle | 45 |
      | metal.pit.design_working_slope_angle | 45 |
    当进行判定
    那么 "metal-mines-2022.2.4" 的判定为 "待补充"
    而且 "metal-mines-2022.2.4" 待补充的事实包括 "metal.pit.bench_height_check"

  场景: 二（四）按核对结论“超过设计高度”判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.bench_height_check | 超过设计高度 |
    当进行判定
    那么 "metal-mines-2022.2.4" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.4" 的证据包括 "metal.pit.bench_height_check"

  场景: 二（四）两项均按核对结论“不超过”时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.working_slope_check | 不大于设计值 |
      | metal.pit.bench_height_check | 不超过设计高度 |
    当进行判定
    那么 "metal-mines-2022.2.4" 的判定为 "未发现"

  场景: 二（五）破坏设计要求保留的挂帮矿体：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.pillars_mined | true |
    当进行判定
    那么 "metal-mines-2022.2.5" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.5" 的证据包括 "metal.pit.pillars_mined"

  场景: 二（五）破坏设计要求保留的挂帮矿体：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.pillars_mined | false |
    当进行判定
    那么 "metal-mines-2022.2.5" 的判定为 "未发现"

  场景: 二（五）破坏设计要求保留的挂帮矿体：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.2.5" 的判定为 "待补充"
    而且 "metal-mines-2022.2.5" 待补充的事实包括 "metal.pit.pillars_mined"

  场景: 二（六）未对排土场边坡进行稳定性分析：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.stability_analysis | false |
    当进行判定
    那么 "metal-mines-2022.2.6" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.6" 的证据包括 "metal.pit.stability_analysis"

  场景: 二（六）未对排土场边坡进行稳定性分析：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.stability_analysis | true |
    当进行判定
    那么 "metal-mines-2022.2.6" 的判定为 "未发现"

  场景: 二（六）未对排土场边坡进行稳定性分析：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.2.6" 的判定为 "待补充"
    而且 "metal-mines-2022.2.6" 待补充的事实包括 "metal.pit.stability_analysis"

  场景: 二（七）1. 高度200米的采场边坡未进行在线监测：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.slope_height | 200 |
      | metal.pit.online_monitoring | false |
    当进行判定
    那么 "metal-mines-2022.2.7.1" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.7.1" 的证据包括 "metal.pit.slope_height"

  场景: 二（七）1. 高度200米的采场边坡未进行在线监测：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.slope_height | 199 |
      | metal.pit.online_monitoring | false |
    当进行判定
    那么 "metal-mines-2022.2.7.1" 的判定为 "未发现"

  场景: 二（七）1. 高度200米的采场边坡未进行在线监测：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.pit.slope_height | 240 |
    当进行判定
    那么 "metal-mines-2022.2.7.1" 的判定为 "待补充"
    而且 "metal-mines-2022.2.7.1" 待补充的事实包括 "metal.pit.online_monitoring"

  场景: 二（七）2. 高度200米以上的排土场边坡未建立稳定监测系统：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.dump.slope_height | 210 |
      | metal.dump.stability_monitoring | false |
    当进行判定
    那么 "metal-mines-2022.2.7.2" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.7.2" 的证据包括 "metal.dump.stability_monitoring"

  场景: 二（七）2. 高度200米以上的排土场边坡未建立稳定监测系统：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.dump.slope_height | 210 |
      | metal.dump.stability_monitoring | true |
    当进行判定
    那么 "metal-mines-2022.2.7.2" 的判定为 "未发现"

  场景: 二（七）2. 高度200米以上的排土场边坡未建立稳定监测系统：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.dump.slope_height | 210 |
    当进行判定
    那么 "metal-mines-2022.2.7.2" 的判定为 "待补充"
    而且 "metal-mines-2022.2.7.2" 待补充的事实包括 "metal.dump.stability_monitoring"

  场景: 二（七）3. 篡改边坡监测数据：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.monitoring.tampered | true |
    当进行判定
    那么 "metal-mines-2022.2.7.3" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.7.3" 的证据包括 "metal.monitoring.tampered"

  场景: 二（七）3. 篡改边坡监测数据：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.monitoring.tampered | false |
    当进行判定
    那么 "metal-mines-2022.2.7.3" 的判定为 "未发现"

  场景: 二（七）3. 篡改边坡监测数据：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.2.7.3" 的判定为 "待补充"
    而且 "metal-mines-2022.2.7.3" 待补充的事实包括 "metal.monitoring.tampered"

  场景: 二（八）1. 边坡出现横向及纵向放射状裂缝：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.slope.radial_cracks | true |
    当进行判定
    那么 "metal-mines-2022.2.8.1" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.8.1" 的证据包括 "metal.slope.radial_cracks"

  场景: 二（八）1. 边坡出现横向及纵向放射状裂缝：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.slope.radial_cracks | false |
    当进行判定
    那么 "metal-mines-2022.2.8.1" 的判定为 "未发现"

  场景: 二（八）1. 边坡出现横向及纵向放射状裂缝：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.2.8.1" 的判定为 "待补充"
    而且 "metal-mines-2022.2.8.1" 待补充的事实包括 "metal.slope.radial_cracks"

  场景: 二（八）2. 坡脚上隆且后缘裂缝急剧扩展：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.slope.toe_bulge | true |
    当进行判定
    那么 "metal-mines-2022.2.8.2" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.8.2" 的证据包括 "metal.slope.toe_bulge"

  场景: 二（八）2. 坡脚上隆且后缘裂缝急剧扩展：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | metal.slope.toe_bulge | false |
    当进行判定
    那么 "metal-mines-2022.2.8.2" 的判定为 "未发现"

  场景: 二（八）2. 坡脚上隆且后缘裂缝急剧扩展：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.2.8.2" 的判定为 "待补充"
    而且 "metal-mines-2022.2.8.2" 待补充的事实包括 "metal.slope.toe_bulge"

  场景: 二（十）凹陷露天矿山未按设计建设排洪设施：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | profile.metal_mine.sunken_pit | true |
      | metal.pit.flood_control_per_design | false |
    当进行判定
    那么 "metal-mines-2022.2.10" 的判定为 "重大事故隐患"
    而且 "metal-mines-2022.2.10" 的证据包括 "metal.pit.flood_control_per_design"

  场景: 二（十）凹陷露天矿山未按设计建设排洪设施：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | profile.metal_mine.sunken_pit | true |
      | metal.pit.flood_control_per_design | true |
    当进行判定
    那么 "metal-mines-2022.2.10" 的判定为 "未发现"

  场景: 二（十）凹陷露天矿山未按设计建设排洪设施：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
      | profile.metal_mine.sunken_pit | true |
    当进行判定
    那么 "metal-mines-2022.2.10" 的判定为 "待补充"
    而且 "metal-mines-2022.2.10" 待补充的事实包括 "metal.pit.flood_control_per_design"

  场景: 露天矿山未取得原文的各项列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [金属非金属矿山] |
      | profile.mine_parts | [露天矿山] |
    当进行判定
    那么 "metal-mines-2022.2.8.3" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.2.8.x" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.2.9" 的判定为 "未判定（未编码）"
    而且 "metal-mines-2022.2.after-10" 的判定为 "未判定（未编码）"
