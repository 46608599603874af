# language: zh-CN
功能: 烟花爆竹生产经营单位重大生产安全事故隐患判定标准（试行）第一项至第二十项

  场景: 主要负责人未经考核合格判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.principal_assessed | false |
    当进行判定
    那么 "fireworks-2017.1" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.1" 的证据包括 "mgmt.principal_assessed"

  场景: 主要负责人和安全生产管理人员均考核合格时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [零售经营] |
      | mgmt.principal_assessed | true |
      | mgmt.safety_managers_assessed | true |
    当进行判定
    那么 "fireworks-2017.1" 的判定为 "未发现"

  场景: 未核对安全生产管理人员考核情况时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.principal_assessed | true |
    当进行判定
    那么 "fireworks-2017.1" 的判定为 "待补充"
    而且 "fireworks-2017.1" 待补充的事实包括 "mgmt.safety_managers_assessed"

  场景: 作业人员带药检维修设备判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | true |
      | fireworks.maintenance_with_composition | true |
    当进行判定
    那么 "fireworks-2017.2" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.2" 的证据包括 "fireworks.maintenance_with_composition"

  场景: 特种作业人员未持证上岗判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | false |
    当进行判定
    那么 "fireworks-2017.2" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.2" 的证据包括 "mgmt.special_workers_certified"

  场景: 持证上岗且未带药检维修时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | true |
      | fireworks.maintenance_with_composition | false |
    当进行判定
    那么 "fireworks-2017.2" 的判定为 "未发现"

  场景: 特种作业人员持证但未核查检维修情况时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | true |
    当进行判定
    那么 "fireworks-2017.2" 的判定为 "待补充"
    而且 "fireworks-2017.2" 待补充的事实包括 "fireworks.maintenance_with_composition"

  场景: 职工自带机器设备进厂涉药作业判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.own_tools_for_composition_work | true |
    当进行判定
    那么 "fireworks-2017.3" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.3" 的证据包括 "fireworks.own_tools_for_composition_work"

  场景: 未发现职工自带工器具涉药作业时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.own_tools_for_composition_work | false |
    当进行判定
    那么 "fireworks-2017.3" 的判定为 "未发现"

  场景: 未核查职工自带工器具时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
    当进行判定
    那么 "fireworks-2017.3" 的判定为 "待补充"
    而且 "fireworks-2017.3" 待补充的事实包括 "fireworks.own_tools_for_composition_work"

  场景: 零售经营者不适用第三项
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [零售经营] |
      | fireworks.own_tools_for_composition_work | true |
    当进行判定
    那么 "fireworks-2017.3" 的判定为 "不适用"
    而且 "fireworks-2017.3" 的不适用原因包含 "烟花爆竹生产企业"

  场景: 未登记经营类型时第三项待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.own_tools_for_composition_work | true |
    当进行判定
    那么 "fireworks-2017.3" 的判定为 "待补充"
    而且 "fireworks-2017.3" 待补充的事实包括 "fireworks.business_types"

  场景: 工房实际作业人数超过核定人数判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.actual_headcount | 7 |
      | fireworks.building.approved_headcount | 5 |
    当进行判定
    那么 "fireworks-2017.4" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.4" 的证据包括 "fireworks.building.actual_headcount"

  场景: 工房实际作业人数未超过核定人数时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.actual_headcount | 4 |
      | fireworks.building.approved_headcount | 5 |
    当进行判定
    那么 "fireworks-2017.4" 的判定为 "未发现"

  场景: 未查明核定人数时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.actual_headcount | 6 |
    当进行判定
    那么 "fireworks-2017.4" 的判定为 "待补充"
    而且 "fireworks-2017.4" 待补充的事实包括 "fireworks.building.approved_headcount"

  场景大纲: 实际人数等于核定人数不超员，多一人即成立
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.approved_headcount | <核定人数> |
      | fireworks.building.actual_headcount | <实际人数> |
    当进行判定
    那么 "fireworks-2017.4" 的判定为 "<判定>"

    例子:
      | 核定人数 | 实际人数 | 判定 |
      | 5 | 5 | 未发现 |
      | 5 | 6 | 重大事故隐患 |

  场景: 工房滞留药量超过核定药量判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.actual_composition | 150 |
      | fireworks.building.approved_composition | 100 |
    当进行判定
    那么 "fireworks-2017.5" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.5" 的证据包括 "fireworks.building.approved_composition"

  场景: 库房存储药量未超过核定药量时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.actual_composition | 80 |
      | fireworks.building.approved_composition | 100 |
    当进行判定
    那么 "fireworks-2017.5" 的判定为 "未发现"

  场景: 未称量实际药量时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.approved_composition | 100 |
    当进行判定
    那么 "fireworks-2017.5" 的判定为 "待补充"
    而且 "fireworks-2017.5" 待补充的事实包括 "fireworks.building.actual_composition"

  场景大纲: 实际药量等于核定药量不超量，超过即成立
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.approved_composition | <核定药量> |
      | fireworks.building.actual_composition | <实际药量> |
    当进行判定
    那么 "fireworks-2017.5" 的判定为 "<判定>"

    例子:
      | 核定药量 | 实际药量 | 判定 |
      | 100 | 100 | 未发现 |
      | 100 | 100.5 | 重大事故隐患 |

  场景: 外部安全距离不足判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.internal_distance.actual | 30 |
      | fireworks.internal_distance.required | 25 |
      | fireworks.external_distance.actual | 180 |
      | fireworks.external_distance.required | 220 |
      | fireworks.protective_barrier.required | true |
      | fireworks.protective_barrier.status | 有效 |
    当进行判定
    那么 "fireworks-2017.6" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.6" 的证据包括 "fireworks.external_distance.actual"

  场景: 防护屏障缺失判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.internal_distance.actual | 30 |
      | fireworks.internal_distance.required | 25 |
      | fireworks.external_distance.actual | 300 |
      | fireworks.external_distance.required | 220 |
      | fireworks.protective_barrier.required | true |
      | fireworks.protective_barrier.status | 未设置 |
    当进行判定
    那么 "fireworks-2017.6" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.6" 的证据包括 "fireworks.protective_barrier.status"

  场景: 内外部安全距离充足且防护屏障符合要求时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.internal_distance.actual | 30 |
      | fireworks.internal_distance.required | 25 |
      | fireworks.external_distance.actual | 300 |
      | fireworks.external_distance.required | 220 |
      | fireworks.protective_barrier.required | true |
      | fireworks.protective_barrier.status | 有效 |
    当进行判定
    那么 "fireworks-2017.6" 的判定为 "未发现"

  场景: 未测量内部安全距离时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.internal_distance.required | 25 |
      | fireworks.external_distance.actual | 300 |
      | fireworks.external_distance.required | 220 |
      | fireworks.protective_barrier.required | true |
      | fireworks.protective_barrier.status | 有效 |
    当进行判定
    那么 "fireworks-2017.6" 的判定为 "待补充"
    而且 "fireworks-2017.6" 待补充的事实包括 "fireworks.internal_distance.actual"

  场景大纲: 内部安全距离等于要求值不算不足，小于即成立
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.internal_distance.required | 25 |
      | fireworks.external_distance.actual | 300 |
      | fireworks.external_distance.required | 220 |
      | fireworks.protective_barrier.required | true |
      | fireworks.protective_barrier.status | 有效 |
      | fireworks.internal_distance.actual | <实际距离> |
    当进行判定
    那么 "fireworks-2017.6" 的判定为 "<判定>"

    例子:
      | 实际距离 | 判定 |
      | 25 | 未发现 |
      | 24.9 | 重大事故隐患 |

  场景: 防雷设施检测不合格失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.antistatic | 有效 |
      | fireworks.fire_protection | 有效 |
      | fireworks.lightning_protection | 失效 |
    当进行判定
    那么 "fireworks-2017.7" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.7" 的证据包括 "fireworks.lightning_protection"

  场景: 防静电、防火、防雷设施均有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.antistatic | 有效 |
      | fireworks.fire_protection | 有效 |
      | fireworks.lightning_protection | 有效 |
    当进行判定
    那么 "fireworks-2017.7" 的判定为 "未发现"

  场景: 未检查防静电设施时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.fire_protection | 有效 |
      | fireworks.lightning_protection | 有效 |
    当进行判定
    那么 "fireworks-2017.7" 的判定为 "待补充"
    而且 "fireworks-2017.7" 待补充的事实包括 "fireworks.antistatic"

  场景: 擅自将晾晒房改作装药工房判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.use_changed | true |
    当进行判定
    那么 "fireworks-2017.8" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.8" 的证据包括 "fireworks.building.use_changed"

  场景: 未改变工房用途且无私搭乱建时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.use_changed | false |
      | fireworks.illegal_construction | false |
    当进行判定
    那么 "fireworks-2017.8" 的判定为 "未发现"

  场景: 未核查私搭乱建时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.building.use_changed | false |
    当进行判定
    那么 "fireworks-2017.8" 的判定为 "待补充"
    而且 "fireworks-2017.8" 待补充的事实包括 "fireworks.illegal_construction"

  场景: 工厂围墙缺失判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.perimeter_wall_complete | false |
    当进行判定
    那么 "fireworks-2017.9" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.9" 的证据包括 "fireworks.perimeter_wall_complete"

  场景: 围墙完整且分区符合国家标准时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.perimeter_wall_complete | true |
      | fireworks.zoning_compliant | true |
    当进行判定
    那么 "fireworks-2017.9" 的判定为 "未发现"

  场景: 围墙完整但未核对分区时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.perimeter_wall_complete | true |
    当进行判定
    那么 "fireworks-2017.9" 的判定为 "待补充"
    而且 "fireworks-2017.9" 待补充的事实包括 "fireworks.zoning_compliant"

  场景: 氧化剂与还原剂同库储存判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.oxidant_reductant.same_store | true |
    当进行判定
    那么 "fireworks-2017.10" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.10" 的证据包括 "fireworks.oxidant_reductant.same_store"

  场景: 氧化剂还原剂分库储存、分房粉碎称量且无违规预混时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.oxidant_reductant.same_store | false |
      | fireworks.illegal_premixing | false |
      | fireworks.oxidant_reductant.same_room_processing | false |
    当进行判定
    那么 "fireworks-2017.10" 的判定为 "未发现"

  场景: 未核查粉碎称量工房时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.oxidant_reductant.same_store | false |
      | fireworks.illegal_premixing | false |
    当进行判定
    那么 "fireworks-2017.10" 的判定为 "待补充"
    而且 "fireworks-2017.10" 待补充的事实包括 "fireworks.oxidant_reductant.same_room_processing"

  场景: 涉药机械设备擅自改变用途判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.machinery.present | true |
      | fireworks.machinery.safety_demonstrated | true |
      | fireworks.machinery.modified_or_repurposed | true |
    当进行判定
    那么 "fireworks-2017.11" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.11" 的证据包括 "fireworks.machinery.modified_or_repurposed"

  场景: 涉药机械设备经安全性论证且未擅自更改时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.machinery.present | true |
      | fireworks.machinery.safety_demonstrated | true |
      | fireworks.machinery.modified_or_repurposed | false |
    当进行判定
    那么 "fireworks-2017.11" 的判定为 "未发现"

  场景: 未核对涉药机械设备安全性论证时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.machinery.present | true |
      | fireworks.machinery.modified_or_repurposed | false |
    当进行判定
    那么 "fireworks-2017.11" 的判定为 "待补充"
    而且 "fireworks-2017.11" 待补充的事实包括 "fireworks.machinery.safety_demonstrated"

  场景: 库房存储能力与设计产能不匹配判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.store_capacity_matched | false |
    当进行判定
    那么 "fireworks-2017.12" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.12" 的证据包括 "fireworks.store_capacity_matched"

  场景: 库房存储能力与设计产能匹配时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.store_capacity_matched | true |
    当进行判定
    那么 "fireworks-2017.12" 的判定为 "未发现"

  场景: 未核对库房存储能力时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
    当进行判定
    那么 "fireworks-2017.12" 的判定为 "待补充"
    而且 "fireworks-2017.12" 待补充的事实包括 "fireworks.store_capacity_matched"

  场景: 批发企业不适用第十二项
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [批发经营] |
      | fireworks.store_capacity_matched | false |
    当进行判定
    那么 "fireworks-2017.12" 的判定为 "不适用"
    而且 "fireworks-2017.12" 的不适用原因包含 "本项适用条件不满足"

  场景: 未建立全员安全生产责任制判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.responsibility_system.all_staff | false |
    当进行判定
    那么 "fireworks-2017.13" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.13" 的证据包括 "mgmt.responsibility_system.all_staff"

  场景: 责任制和隐患排查治理制度均建立实施时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.responsibility_system.all_staff | true |
      | mgmt.hazard_inspection.system_formulated | true |
      | mgmt.hazard_inspection.system_implemented | true |
    当进行判定
    那么 "fireworks-2017.13" 的判定为 "未发现"

  场景: 未核查隐患排查治理制度是否制定时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | mgmt.responsibility_system.all_staff | true |
      | mgmt.hazard_inspection.system_implemented | true |
    当进行判定
    那么 "fireworks-2017.13" 的判定为 "待补充"
    而且 "fireworks-2017.13" 待补充的事实包括 "mgmt.hazard_inspection.system_formulated"

  场景: 出借许可证判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.license_misuse | [出借] |
    当进行判定
    那么 "fireworks-2017.14" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.14" 的证据包括 "fireworks.license_misuse"

  场景: 许可证无出租出借等情形时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.license_misuse | [] |
    当进行判定
    那么 "fireworks-2017.14" 的判定为 "未发现"

  场景: 未核查许可证使用情况时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
    当进行判定
    那么 "fireworks-2017.14" 的判定为 "待补充"
    而且 "fireworks-2017.14" 待补充的事实包括 "fireworks.license_misuse"

  场景: 产品危险等级超许可范围判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.products.grade_within_license | false |
    当进行判定
    那么 "fireworks-2017.15" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.15" 的证据包括 "fireworks.products.grade_within_license"

  场景: 产品种类等级在许可范围内且未使用违禁药物时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.products.types_within_license | true |
      | fireworks.products.grade_within_license | true |
      | fireworks.banned_composition_used | false |
    当进行判定
    那么 "fireworks-2017.15" 的判定为 "未发现"

  场景: 未核查违禁药物时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.products.types_within_license | true |
      | fireworks.products.grade_within_license | true |
    当进行判定
    那么 "fireworks-2017.15" 的判定为 "待补充"
    而且 "fireworks-2017.15" 待补充的事实包括 "fireworks.banned_composition_used"

  场景: 将库房转包他人组织经营判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.subcontracted | [库房] |
    当进行判定
    那么 "fireworks-2017.16" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.16" 的证据包括 "fireworks.subcontracted"

  场景: 无分包转包时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.subcontracted | [] |
    当进行判定
    那么 "fireworks-2017.16" 的判定为 "未发现"

  场景: 未核查分包转包时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
    当进行判定
    那么 "fireworks-2017.16" 的判定为 "待补充"
    而且 "fireworks-2017.16" 待补充的事实包括 "fireworks.subcontracted"

  场景: 多股东各自独立组织生产判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.shareholders_operate_independently | true |
    当进行判定
    那么 "fireworks-2017.17" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.17" 的证据包括 "fireworks.shareholders_operate_independently"

  场景: 无一证多厂和多股东独立经营时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.one_license_multiple_factories | false |
      | fireworks.shareholders_operate_independently | false |
    当进行判定
    那么 "fireworks-2017.17" 的判定为 "未发现"

  场景: 未核查一证多厂时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.shareholders_operate_independently | false |
    当进行判定
    那么 "fireworks-2017.17" 的判定为 "待补充"
    而且 "fireworks-2017.17" 待补充的事实包括 "fireworks.one_license_multiple_factories"

  场景: 恶劣天气停产期间组织生产判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.operated_during_suspension | [恶劣天气] |
    当进行判定
    那么 "fireworks-2017.18" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.18" 的证据包括 "fireworks.operated_during_suspension"

  场景: 停产停业期间未组织生产经营时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.operated_during_suspension | [] |
    当进行判定
    那么 "fireworks-2017.18" 的判定为 "未发现"

  场景: 未核查停产停业期间生产经营情况时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
    当进行判定
    那么 "fireworks-2017.18" 的判定为 "待补充"
    而且 "fireworks-2017.18" 待补充的事实包括 "fireworks.operated_during_suspension"

  场景: 成品仓库存放其他爆炸物判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.store_holds_other_dangerous_goods | true |
    当进行判定
    那么 "fireworks-2017.19" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.19" 的证据包括 "fireworks.store_holds_other_dangerous_goods"

  场景: 仓库未存放其他危险物品且无违禁超标产品时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.store_holds_other_dangerous_goods | false |
      | fireworks.banned_or_over_standard_products | false |
    当进行判定
    那么 "fireworks-2017.19" 的判定为 "未发现"

  场景: 未核查违禁超标产品时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.store_holds_other_dangerous_goods | false |
    当进行判定
    那么 "fireworks-2017.19" 的判定为 "待补充"
    而且 "fireworks-2017.19" 待补充的事实包括 "fireworks.banned_or_over_standard_products"

  场景: 零售点前店后宅判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [零售经营] |
      | fireworks.retail.same_building_as_residence | true |
    当进行判定
    那么 "fireworks-2017.20" 的判定为 "重大事故隐患"
    而且 "fireworks-2017.20" 的证据包括 "fireworks.retail.same_building_as_residence"

  场景: 零售点独立设置且未使用明火时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [零售经营] |
      | fireworks.retail.same_building_as_residence | false |
      | fireworks.retail.open_flame | false |
    当进行判定
    那么 "fireworks-2017.20" 的判定为 "未发现"

  场景: 未核查零售场所明火时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [零售经营] |
      | fireworks.retail.same_building_as_residence | false |
    当进行判定
    那么 "fireworks-2017.20" 的判定为 "待补充"
    而且 "fireworks-2017.20" 待补充的事实包括 "fireworks.retail.open_flame"

  场景: 生产企业不适用第二十项
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [烟花爆竹] |
      | fireworks.business_types | [生产] |
      | fireworks.retail.open_flame | true |
    当进行判定
    那么 "fireworks-2017.20" 的判定为 "不适用"
    而且 "fireworks-2017.20" 的不适用原因包含 "烟花爆竹零售经营者"

  场景: 非烟花爆竹单位不适用本标准
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | fireworks.building.actual_headcount | 7 |
      | fireworks.building.approved_headcount | 5 |
    当进行判定
    那么 "fireworks-2017.4" 的判定为 "不适用"
    而且 "fireworks-2017.4" 的不适用原因包含 "不属于本标准适用范围"
