# language: zh-CN
功能: 第7章 综合判定要素

  场景: GB35181 7.1.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_lane.correctable_now | false |
      | fire.fire_lane.required | true |
      | fire.fire_lane.provided | true |
      | fire.fire_lane.blocked | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.1.1" 的证据包括 "fire.fire_lane.blocked"

  场景: GB35181 7.1.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_lane.correctable_now | false |
      | fire.fire_lane.required | true |
      | fire.fire_lane.provided | true |
      | fire.fire_lane.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.1" 的判定为 "未发现"

  场景: GB35181 7.1.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_lane.correctable_now | false |
      | fire.fire_lane.required | true |
      | fire.fire_lane.provided | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.1.1" 待补充的事实包括 "fire.fire_lane.blocked"

  场景: GB35181 7.1.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_lane.correctable_now | true |
      | fire.fire_lane.required | true |
      | fire.fire_lane.provided | true |
      | fire.fire_lane.blocked | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.1" 的判定为 "未发现"

  场景: GB35181 7.1.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.building_separation.correctable_now | false |
      | fire.building_separation.occupied | false |
      | fire.building_separation.separation | 7.9 |
      | fire.building_separation.required_separation | 10 |
      | fire.building_separation.open_flame_present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.1.2" 的证据包括 "fire.building_separation.separation"

  场景: GB35181 7.1.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.building_separation.correctable_now | false |
      | fire.building_separation.occupied | false |
      | fire.building_separation.separation | 8 |
      | fire.building_separation.required_separation | 10 |
      | fire.building_separation.open_flame_present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.2" 的判定为 "未发现"

  场景: GB35181 7.1.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.building_separation.correctable_now | false |
      | fire.building_separation.occupied | false |
      | fire.building_separation.required_separation | 10 |
      | fire.building_separation.open_flame_present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.1.2" 待补充的事实包括 "fire.building_separation.separation"

  场景: GB35181 7.1.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.building_separation.correctable_now | true |
      | fire.building_separation.occupied | false |
      | fire.building_separation.separation | 7.9 |
      | fire.building_separation.required_separation | 10 |
      | fire.building_separation.open_flame_present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.2" 的判定为 "未发现"

  场景: GB35181 7.1.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.mixed_use.correctable_now | false |
      | fire.mixed_use.dorm_in_plant | true |
      | fire.mixed_use.business_in_residential | false |
      | fire.mixed_use.ga703_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.1.3" 的证据包括 "fire.mixed_use.ga703_compliant"

  场景: GB35181 7.1.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.mixed_use.correctable_now | false |
      | fire.mixed_use.dorm_in_plant | true |
      | fire.mixed_use.business_in_residential | false |
      | fire.mixed_use.ga703_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.3" 的判定为 "未发现"

  场景: GB35181 7.1.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.mixed_use.correctable_now | false |
      | fire.mixed_use.dorm_in_plant | true |
      | fire.mixed_use.business_in_residential | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.1.3" 待补充的事实包括 "fire.mixed_use.ga703_compliant"

  场景: GB35181 7.1.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.mixed_use.correctable_now | true |
      | fire.mixed_use.dorm_in_plant | true |
      | fire.mixed_use.business_in_residential | false |
      | fire.mixed_use.ga703_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.3" 的判定为 "未发现"

  场景: GB35181 7.1.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.underground_station.correctable_now | false |
      | fire.underground_station.present | true |
      | fire.underground_station.commercial | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.1.4" 的证据包括 "fire.underground_station.commercial"

  场景: GB35181 7.1.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.underground_station.correctable_now | false |
      | fire.underground_station.present | true |
      | fire.underground_station.commercial | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.4" 的判定为 "未发现"

  场景: GB35181 7.1.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.underground_station.correctable_now | false |
      | fire.underground_station.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.1.4" 待补充的事实包括 "fire.underground_station.commercial"

  场景: GB35181 7.1.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.underground_station.correctable_now | true |
      | fire.underground_station.present | true |
      | fire.underground_station.commercial | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.4" 的判定为 "未发现"

  场景: GB35181 7.2.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.compartment_area.correctable_now | false |
      | fire.compartment_area.altered | true |
      | fire.compartment_area.actual_area | 3100 |
      | fire.compartment_area.allowed_area | 2000 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.2.1" 的证据包括 "fire.compartment_area.actual_area"

  场景: GB35181 7.2.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.compartment_area.correctable_now | false |
      | fire.compartment_area.altered | true |
      | fire.compartment_area.actual_area | 3000 |
      | fire.compartment_area.allowed_area | 2000 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.1" 的判定为 "未发现"

  场景: GB35181 7.2.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.compartment_area.correctable_now | false |
      | fire.compartment_area.altered | true |
      | fire.compartment_area.allowed_area | 2000 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.2.1" 待补充的事实包括 "fire.compartment_area.actual_area"

  场景: GB35181 7.2.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.compartment_area.correctable_now | true |
      | fire.compartment_area.altered | true |
      | fire.compartment_area.actual_area | 3100 |
      | fire.compartment_area.allowed_area | 2000 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.1" 的判定为 "未发现"

  场景: GB35181 7.2.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_separations.correctable_now | false |
      | fire.fire_separations.damaged | 6 |
      | fire.fire_separations.total | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.2.2" 的证据包括 "fire.fire_separations.damaged"

  场景: GB35181 7.2.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_separations.correctable_now | false |
      | fire.fire_separations.damaged | 5 |
      | fire.fire_separations.total | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.2" 的判定为 "未发现"

  场景: GB35181 7.2.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_separations.correctable_now | false |
      | fire.fire_separations.total | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.2.2" 待补充的事实包括 "fire.fire_separations.damaged"

  场景: GB35181 7.2.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_separations.correctable_now | true |
      | fire.fire_separations.damaged | 6 |
      | fire.fire_separations.total | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.2" 的判定为 "未发现"

  场景: GB35181 7.2.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazard_area_separation.correctable_now | false |
      | fire.hazard_area_separation.present | true |
      | fire.hazard_area_separation.measures | false |
    当进行判定
    那么 "fire-gb35181-2017.7.2.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.2.3" 的证据包括 "fire.hazard_area_separation.measures"

  场景: GB35181 7.2.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazard_area_separation.correctable_now | false |
      | fire.hazard_area_separation.present | true |
      | fire.hazard_area_separation.measures | true |
    当进行判定
    那么 "fire-gb35181-2017.7.2.3" 的判定为 "未发现"

  场景: GB35181 7.2.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazard_area_separation.correctable_now | false |
      | fire.hazard_area_separation.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.2.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.2.3" 待补充的事实包括 "fire.hazard_area_separation.measures"

  场景: GB35181 7.2.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazard_area_separation.correctable_now | true |
      | fire.hazard_area_separation.present | true |
      | fire.hazard_area_separation.measures | false |
    当进行判定
    那么 "fire-gb35181-2017.7.2.3" 的判定为 "未发现"

  场景: GB35181 7.3.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.refuge.correctable_now | false |
      | fire.refuge.noncompliant | false |
      | fire.refuge.occupied | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.1" 的证据包括 "fire.refuge.occupied"

  场景: GB35181 7.3.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.refuge.correctable_now | false |
      | fire.refuge.noncompliant | false |
      | fire.refuge.occupied | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.1" 的判定为 "未发现"

  场景: GB35181 7.3.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.refuge.correctable_now | false |
      | fire.refuge.noncompliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.1" 待补充的事实包括 "fire.refuge.occupied"

  场景: GB35181 7.3.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.refuge.correctable_now | true |
      | fire.refuge.noncompliant | false |
      | fire.refuge.occupied | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.1" 的判定为 "未发现"

  场景: GB35181 7.3.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_enclosure.correctable_now | false |
      | fire.stair_enclosure.form_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.2" 的证据包括 "fire.stair_enclosure.form_compliant"

  场景: GB35181 7.3.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_enclosure.correctable_now | false |
      | fire.stair_enclosure.form_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "未发现"

  场景: GB35181 7.3.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_enclosure.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.2" 待补充的事实包括 "fire.stair_enclosure.form_compliant"

  场景: GB35181 7.3.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_enclosure.correctable_now | true |
      | fire.stair_enclosure.form_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "未发现"

  场景: GB35181 7.3.2 同样事实检查日期在2025-11-01之后，GB 35181-2025 现行有效但未编码，未判定
    假如检查日期为 "2025-12-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_enclosure.correctable_now | false |
      | fire.stair_enclosure.form_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "未判定（未编码）"
    而且 "fire-gb35181-2017.7.3.2" 的未判定原因包含 "GB 35181-2025"

  场景: GB35181 7.3.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.exits.correctable_now | false |
      | fire.exits.exit_count | 2 |
      | fire.exits.required_exit_count | 2 |
      | fire.exits.exit_width | 5.5 |
      | fire.exits.required_exit_width | 6 |
      | fire.exits.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.3" 的证据包括 "fire.exits.exit_width"

  场景: GB35181 7.3.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.exits.correctable_now | false |
      | fire.exits.exit_count | 2 |
      | fire.exits.required_exit_count | 2 |
      | fire.exits.exit_width | 6 |
      | fire.exits.required_exit_width | 6 |
      | fire.exits.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.3" 的判定为 "未发现"

  场景: GB35181 7.3.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.exits.correctable_now | false |
      | fire.exits.exit_count | 2 |
      | fire.exits.required_exit_count | 2 |
      | fire.exits.required_exit_width | 6 |
      | fire.exits.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.3" 待补充的事实包括 "fire.exits.exit_width"

  场景: GB35181 7.3.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.exits.correctable_now | true |
      | fire.exits.exit_count | 2 |
      | fire.exits.required_exit_count | 2 |
      | fire.exits.exit_width | 5.5 |
      | fire.exits.required_exit_width | 6 |
      | fire.exits.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.3" 的判定为 "未发现"

  场景: GB35181 7.3.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.independent_exit.correctable_now | false |
      | fire.independent_exit.required | true |
      | fire.independent_exit.provided | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.4" 的证据包括 "fire.independent_exit.provided"

  场景: GB35181 7.3.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.independent_exit.correctable_now | false |
      | fire.independent_exit.required | true |
      | fire.independent_exit.provided | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.4" 的判定为 "未发现"

  场景: GB35181 7.3.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.independent_exit.correctable_now | false |
      | fire.independent_exit.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.4" 待补充的事实包括 "fire.independent_exit.provided"

  场景: GB35181 7.3.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.independent_exit.correctable_now | true |
      | fire.independent_exit.required | true |
      | fire.independent_exit.provided | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.4" 的判定为 "未发现"

  场景: GB35181 7.3.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.shop_evacuation.correctable_now | false |
      | fire.shop_evacuation.present | true |
      | fire.shop_evacuation.distance | 38 |
      | fire.shop_evacuation.allowed_distance | 30 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.5" 的证据包括 "fire.shop_evacuation.distance"

  场景: GB35181 7.3.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.shop_evacuation.correctable_now | false |
      | fire.shop_evacuation.present | true |
      | fire.shop_evacuation.distance | 37.5 |
      | fire.shop_evacuation.allowed_distance | 30 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.5" 的判定为 "未发现"

  场景: GB35181 7.3.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.shop_evacuation.correctable_now | false |
      | fire.shop_evacuation.present | true |
      | fire.shop_evacuation.allowed_distance | 30 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.5" 待补充的事实包括 "fire.shop_evacuation.distance"

  场景: GB35181 7.3.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.shop_evacuation.correctable_now | true |
      | fire.shop_evacuation.present | true |
      | fire.shop_evacuation.distance | 38 |
      | fire.shop_evacuation.allowed_distance | 30 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.5" 的判定为 "未发现"

  场景: GB35181 7.3.6 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.evacuation_signs.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.building.underground | false |
      | fire.evacuation_signs.provided_per_code | true |
      | fire.evacuation_signs.damaged | 31 |
      | fire.evacuation_signs.required | 100 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.6" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.6" 的证据包括 "fire.evacuation_signs.damaged"

  场景: GB35181 7.3.6 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.evacuation_signs.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.building.underground | false |
      | fire.evacuation_signs.provided_per_code | true |
      | fire.evacuation_signs.damaged | 30 |
      | fire.evacuation_signs.required | 100 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.6" 的判定为 "未发现"

  场景: GB35181 7.3.6 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.evacuation_signs.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.building.underground | false |
      | fire.evacuation_signs.provided_per_code | true |
      | fire.evacuation_signs.required | 100 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.6" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.6" 待补充的事实包括 "fire.evacuation_signs.damaged"

  场景: GB35181 7.3.6 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.evacuation_signs.correctable_now | true |
      | fire.building.high_rise | true |
      | fire.building.underground | false |
      | fire.evacuation_signs.provided_per_code | true |
      | fire.evacuation_signs.damaged | 31 |
      | fire.evacuation_signs.required | 100 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.6" 的判定为 "未发现"

  场景: GB35181 7.3.7 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_doors.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.stair_doors.damaged | 3 |
      | fire.stair_doors.installed | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.7" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.7" 的证据包括 "fire.stair_doors.damaged"

  场景: GB35181 7.3.7 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_doors.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.stair_doors.damaged | 2 |
      | fire.stair_doors.installed | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.7" 的判定为 "未发现"

  场景: GB35181 7.3.7 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_doors.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.stair_doors.installed | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.7" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.7" 待补充的事实包括 "fire.stair_doors.damaged"

  场景: GB35181 7.3.7 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.stair_doors.correctable_now | true |
      | fire.building.high_rise | true |
      | fire.stair_doors.damaged | 3 |
      | fire.stair_doors.installed | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.7" 的判定为 "未发现"

  场景: GB35181 7.3.8 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.evacuation_finishes.correctable_now | false |
      | fire.evacuation_finishes.compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.8" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.8" 的证据包括 "fire.evacuation_finishes.compliant"

  场景: GB35181 7.3.8 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.evacuation_finishes.correctable_now | false |
      | fire.evacuation_finishes.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.8" 的判定为 "未发现"

  场景: GB35181 7.3.8 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.evacuation_finishes.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.8" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.8" 待补充的事实包括 "fire.evacuation_finishes.compliant"

  场景: GB35181 7.3.8 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.evacuation_finishes.correctable_now | true |
      | fire.evacuation_finishes.compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.8" 的判定为 "未发现"

  场景: GB35181 7.3.9 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.evacuation_barriers.correctable_now | false |
      | fire.evacuation_barriers.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.9" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.9" 的证据包括 "fire.evacuation_barriers.present"

  场景: GB35181 7.3.9 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.evacuation_barriers.correctable_now | false |
      | fire.evacuation_barriers.present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.9" 的判定为 "未发现"

  场景: GB35181 7.3.9 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.evacuation_barriers.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.9" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.9" 待补充的事实包括 "fire.evacuation_barriers.present"

  场景: GB35181 7.3.9 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.evacuation_barriers.correctable_now | true |
      | fire.evacuation_barriers.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.9" 的判定为 "未发现"

  场景: GB35181 7.3.10 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.external_windows.correctable_now | false |
      | fire.external_windows.blocked | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.10" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.10" 的证据包括 "fire.external_windows.blocked"

  场景: GB35181 7.3.10 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.external_windows.correctable_now | false |
      | fire.external_windows.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.10" 的判定为 "未发现"

  场景: GB35181 7.3.10 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.external_windows.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.10" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.10" 待补充的事实包括 "fire.external_windows.blocked"

  场景: GB35181 7.3.10 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.external_windows.correctable_now | true |
      | fire.external_windows.blocked | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.10" 的判定为 "未发现"

  场景: GB35181 7.3.11 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.high_rise_access.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.high_rise_access.noncompliant_or_occupied | true |
      | fire.high_rise_access.affects_firefighting | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.11" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.11" 的证据包括 "fire.high_rise_access.affects_firefighting"

  场景: GB35181 7.3.11 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.high_rise_access.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.high_rise_access.noncompliant_or_occupied | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.11" 的判定为 "未发现"

  场景: GB35181 7.3.11 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.high_rise_access.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.high_rise_access.noncompliant_or_occupied | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.11" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.11" 待补充的事实包括 "fire.high_rise_access.affects_firefighting"

  场景: GB35181 7.3.11 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.high_rise_access.correctable_now | true |
      | fire.building.high_rise | true |
      | fire.high_rise_access.noncompliant_or_occupied | true |
      | fire.high_rise_access.affects_firefighting | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.11" 的判定为 "未发现"

  场景: GB35181 7.3.12 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_lift.correctable_now | false |
      | fire.fire_lift.present | true |
      | fire.fire_lift.runs_normally | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.12" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.12" 的证据包括 "fire.fire_lift.runs_normally"

  场景: GB35181 7.3.12 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_lift.correctable_now | false |
      | fire.fire_lift.present | true |
      | fire.fire_lift.runs_normally | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.12" 的判定为 "未发现"

  场景: GB35181 7.3.12 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_lift.correctable_now | false |
      | fire.fire_lift.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.12" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.12" 待补充的事实包括 "fire.fire_lift.runs_normally"

  场景: GB35181 7.3.12 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_lift.correctable_now | true |
      | fire.fire_lift.present | true |
      | fire.fire_lift.runs_normally | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.12" 的判定为 "未发现"

  场景: GB35181 7.4.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.water_source.correctable_now | false |
      | fire.water_source.required | true |
      | fire.water_source.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.1" 的证据包括 "fire.water_source.installed"

  场景: GB35181 7.4.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.water_source.correctable_now | false |
      | fire.water_source.required | true |
      | fire.water_source.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.1" 的判定为 "未发现"

  场景: GB35181 7.4.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.water_source.correctable_now | false |
      | fire.water_source.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.1" 待补充的事实包括 "fire.water_source.installed"

  场景: GB35181 7.4.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.water_source.correctable_now | true |
      | fire.water_source.required | true |
      | fire.water_source.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.1" 的判定为 "未发现"

  场景: GB35181 7.4.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.outdoor_hydrants.correctable_now | false |
      | fire.outdoor_hydrants.required | true |
      | fire.outdoor_hydrants.installed | true |
      | fire.outdoor_hydrants.compliant | true |
      | fire.outdoor_hydrants.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.2" 的证据包括 "fire.outdoor_hydrants.operable"

  场景: GB35181 7.4.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.outdoor_hydrants.correctable_now | false |
      | fire.outdoor_hydrants.required | true |
      | fire.outdoor_hydrants.installed | true |
      | fire.outdoor_hydrants.compliant | true |
      | fire.outdoor_hydrants.operable | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.2" 的判定为 "未发现"

  场景: GB35181 7.4.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.outdoor_hydrants.correctable_now | false |
      | fire.outdoor_hydrants.required | true |
      | fire.outdoor_hydrants.installed | true |
      | fire.outdoor_hydrants.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.2" 待补充的事实包括 "fire.outdoor_hydrants.operable"

  场景: GB35181 7.4.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.outdoor_hydrants.correctable_now | true |
      | fire.outdoor_hydrants.required | true |
      | fire.outdoor_hydrants.installed | true |
      | fire.outdoor_hydrants.compliant | true |
      | fire.outdoor_hydrants.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.2" 的判定为 "未发现"

  场景: GB35181 7.4.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.indoor_hydrants.correctable_now | false |
      | fire.indoor_hydrants.required | true |
      | fire.indoor_hydrants.installed | true |
      | fire.indoor_hydrants.compliant | true |
      | fire.indoor_hydrants.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.3" 的证据包括 "fire.indoor_hydrants.operable"

  场景: GB35181 7.4.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.indoor_hydrants.correctable_now | false |
      | fire.indoor_hydrants.required | true |
      | fire.indoor_hydrants.installed | true |
      | fire.indoor_hydrants.compliant | true |
      | fire.indoor_hydrants.operable | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "未发现"

  场景: GB35181 7.4.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.indoor_hydrants.correctable_now | false |
      | fire.indoor_hydrants.required | true |
      | fire.indoor_hydrants.installed | true |
      | fire.indoor_hydrants.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.3" 待补充的事实包括 "fire.indoor_hydrants.operable"

  场景: GB35181 7.4.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.indoor_hydrants.correctable_now | true |
      | fire.indoor_hydrants.required | true |
      | fire.indoor_hydrants.installed | true |
      | fire.indoor_hydrants.compliant | true |
      | fire.indoor_hydrants.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "未发现"

  场景: GB35181 7.4.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.sprinklers_other.correctable_now | false |
      | fire.sprinklers_other.required | true |
      | fire.sprinklers_other.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.4" 的证据包括 "fire.sprinklers_other.installed"

  场景: GB35181 7.4.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.sprinklers_other.correctable_now | false |
      | fire.sprinklers_other.required | true |
      | fire.sprinklers_other.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.4" 的判定为 "未发现"

  场景: GB35181 7.4.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.sprinklers_other.correctable_now | false |
      | fire.sprinklers_other.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.4" 待补充的事实包括 "fire.sprinklers_other.installed"

  场景: GB35181 7.4.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.sprinklers_other.correctable_now | true |
      | fire.sprinklers_other.required | true |
      | fire.sprinklers_other.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.4" 的判定为 "未发现"

  场景: GB35181 7.4.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fixed_extinguishing.correctable_now | false |
      | fire.fixed_extinguishing.required | true |
      | fire.fixed_extinguishing.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.5" 的证据包括 "fire.fixed_extinguishing.installed"

  场景: GB35181 7.4.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fixed_extinguishing.correctable_now | false |
      | fire.fixed_extinguishing.required | true |
      | fire.fixed_extinguishing.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.5" 的判定为 "未发现"

  场景: GB35181 7.4.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fixed_extinguishing.correctable_now | false |
      | fire.fixed_extinguishing.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.5" 待补充的事实包括 "fire.fixed_extinguishing.installed"

  场景: GB35181 7.4.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fixed_extinguishing.correctable_now | true |
      | fire.fixed_extinguishing.required | true |
      | fire.fixed_extinguishing.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.5" 的判定为 "未发现"

  场景: GB35181 7.4.6 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.extinguishing_operation.correctable_now | false |
      | fire.extinguishing_operation.installed | true |
      | fire.extinguishing_operation.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.6" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.6" 的证据包括 "fire.extinguishing_operation.operable"

  场景: GB35181 7.4.6 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.extinguishing_operation.correctable_now | false |
      | fire.extinguishing_operation.installed | true |
      | fire.extinguishing_operation.operable | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.6" 的判定为 "未发现"

  场景: GB35181 7.4.6 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.extinguishing_operation.correctable_now | false |
      | fire.extinguishing_operation.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.6" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.6" 待补充的事实包括 "fire.extinguishing_operation.operable"

  场景: GB35181 7.4.6 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.extinguishing_operation.correctable_now | true |
      | fire.extinguishing_operation.installed | true |
      | fire.extinguishing_operation.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.6" 的判定为 "未发现"

  场景: GB35181 7.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.smoke_control.correctable_now | false |
      | fire.smoke_control.required | true |
      | fire.smoke_control.installed | true |
      | fire.smoke_control.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.5" 的证据包括 "fire.smoke_control.operable"

  场景: GB35181 7.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.smoke_control.correctable_now | false |
      | fire.smoke_control.required | true |
      | fire.smoke_control.installed | true |
      | fire.smoke_control.operable | true |
    当进行判定
    那么 "fire-gb35181-2017.7.5" 的判定为 "未发现"

  场景: GB35181 7.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.smoke_control.correctable_now | false |
      | fire.smoke_control.required | true |
      | fire.smoke_control.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.5" 待补充的事实包括 "fire.smoke_control.operable"

  场景: GB35181 7.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.smoke_control.correctable_now | true |
      | fire.smoke_control.required | true |
      | fire.smoke_control.installed | true |
      | fire.smoke_control.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.5" 的判定为 "未发现"

  场景: GB35181 7.6.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_supply.correctable_now | false |
      | fire.power_supply.load_class_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.6.1" 的证据包括 "fire.power_supply.load_class_compliant"

  场景: GB35181 7.6.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_supply.correctable_now | false |
      | fire.power_supply.load_class_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.6.1" 的判定为 "未发现"

  场景: GB35181 7.6.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_supply.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.6.1" 待补充的事实包括 "fire.power_supply.load_class_compliant"

  场景: GB35181 7.6.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_supply.correctable_now | true |
      | fire.power_supply.load_class_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.1" 的判定为 "未发现"

  场景: GB35181 7.6.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_circuits.correctable_now | false |
      | fire.power_circuits.dedicated | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.6.2" 的证据包括 "fire.power_circuits.dedicated"

  场景: GB35181 7.6.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_circuits.correctable_now | false |
      | fire.power_circuits.dedicated | true |
    当进行判定
    那么 "fire-gb35181-2017.7.6.2" 的判定为 "未发现"

  场景: GB35181 7.6.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_circuits.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.6.2" 待补充的事实包括 "fire.power_circuits.dedicated"

  场景: GB35181 7.6.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_circuits.correctable_now | true |
      | fire.power_circuits.dedicated | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.2" 的判定为 "未发现"

  场景: GB35181 7.6.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_switchover.correctable_now | false |
      | fire.power_switchover.required | true |
      | fire.power_switchover.installed | true |
      | fire.power_switchover.compliant | true |
      | fire.power_switchover.switches | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.6.3" 的证据包括 "fire.power_switchover.switches"

  场景: GB35181 7.6.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_switchover.correctable_now | false |
      | fire.power_switchover.required | true |
      | fire.power_switchover.installed | true |
      | fire.power_switchover.compliant | true |
      | fire.power_switchover.switches | true |
    当进行判定
    那么 "fire-gb35181-2017.7.6.3" 的判定为 "未发现"

  场景: GB35181 7.6.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_switchover.correctable_now | false |
      | fire.power_switchover.required | true |
      | fire.power_switchover.installed | true |
      | fire.power_switchover.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.6.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.6.3" 待补充的事实包括 "fire.power_switchover.switches"

  场景: GB35181 7.6.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.power_switchover.correctable_now | true |
      | fire.power_switchover.required | true |
      | fire.power_switchover.installed | true |
      | fire.power_switchover.compliant | true |
      | fire.power_switchover.switches | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.3" 的判定为 "未发现"

  场景: GB35181 7.7.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.alarm_system_other.correctable_now | false |
      | fire.alarm_system_other.required | true |
      | fire.alarm_system_other.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.7.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.7.1" 的证据包括 "fire.alarm_system_other.installed"

  场景: GB35181 7.7.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.alarm_system_other.correctable_now | false |
      | fire.alarm_system_other.required | true |
      | fire.alarm_system_other.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.1" 的判定为 "未发现"

  场景: GB35181 7.7.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.alarm_system_other.correctable_now | false |
      | fire.alarm_system_other.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.7.1" 待补充的事实包括 "fire.alarm_system_other.installed"

  场景: GB35181 7.7.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.alarm_system_other.correctable_now | true |
      | fire.alarm_system_other.required | true |
      | fire.alarm_system_other.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.7.1" 的判定为 "未发现"

  场景: GB35181 7.7.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.alarm_operation.correctable_now | false |
      | fire.alarm_operation.installed | true |
      | fire.alarm_operation.runs_normally | false |
    当进行判定
    那么 "fire-gb35181-2017.7.7.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.7.2" 的证据包括 "fire.alarm_operation.runs_normally"

  场景: GB35181 7.7.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.alarm_operation.correctable_now | false |
      | fire.alarm_operation.installed | true |
      | fire.alarm_operation.runs_normally | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.2" 的判定为 "未发现"

  场景: GB35181 7.7.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.alarm_operation.correctable_now | false |
      | fire.alarm_operation.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.7.2" 待补充的事实包括 "fire.alarm_operation.runs_normally"

  场景: GB35181 7.7.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.alarm_operation.correctable_now | true |
      | fire.alarm_operation.installed | true |
      | fire.alarm_operation.runs_normally | false |
    当进行判定
    那么 "fire-gb35181-2017.7.7.2" 的判定为 "未发现"

  场景: GB35181 7.7.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.linkage.correctable_now | false |
      | fire.linkage.present | true |
      | fire.linkage.state | 失效 |
    当进行判定
    那么 "fire-gb35181-2017.7.7.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.7.3" 的证据包括 "fire.linkage.state"

  场景: GB35181 7.7.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.linkage.correctable_now | false |
      | fire.linkage.present | true |
      | fire.linkage.state | 有效 |
    当进行判定
    那么 "fire-gb35181-2017.7.7.3" 的判定为 "未发现"

  场景: GB35181 7.7.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.linkage.correctable_now | false |
      | fire.linkage.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.7.3" 待补充的事实包括 "fire.linkage.state"

  场景: GB35181 7.7.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.linkage.correctable_now | true |
      | fire.linkage.present | true |
      | fire.linkage.state | 失效 |
    当进行判定
    那么 "fire-gb35181-2017.7.7.3" 的判定为 "未发现"

  场景: GB35181 7.8.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_brigade.correctable_now | false |
      | fire.fire_brigade.required | true |
      | fire.fire_brigade.established | false |
    当进行判定
    那么 "fire-gb35181-2017.7.8.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.8.1" 的证据包括 "fire.fire_brigade.established"

  场景: GB35181 7.8.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_brigade.correctable_now | false |
      | fire.fire_brigade.required | true |
      | fire.fire_brigade.established | true |
    当进行判定
    那么 "fire-gb35181-2017.7.8.1" 的判定为 "未发现"

  场景: GB35181 7.8.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_brigade.correctable_now | false |
      | fire.fire_brigade.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.8.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.8.1" 待补充的事实包括 "fire.fire_brigade.established"

  场景: GB35181 7.8.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_brigade.correctable_now | true |
      | fire.fire_brigade.required | true |
      | fire.fire_brigade.established | false |
    当进行判定
    那么 "fire-gb35181-2017.7.8.1" 的判定为 "未发现"

  场景: GB35181 7.8.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.control_room.correctable_now | false |
      | fire.control_room.present | true |
      | fire.control_room.operators_certified | false |
    当进行判定
    那么 "fire-gb35181-2017.7.8.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.8.2" 的证据包括 "fire.control_room.operators_certified"

  场景: GB35181 7.8.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.control_room.correctable_now | false |
      | fire.control_room.present | true |
      | fire.control_room.operators_certified | true |
    当进行判定
    那么 "fire-gb35181-2017.7.8.2" 的判定为 "未发现"

  场景: GB35181 7.8.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.control_room.correctable_now | false |
      | fire.control_room.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.8.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.8.2" 待补充的事实包括 "fire.control_room.operators_certified"

  场景: GB35181 7.8.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.control_room.correctable_now | true |
      | fire.control_room.present | true |
      | fire.control_room.operators_certified | false |
    当进行判定
    那么 "fire-gb35181-2017.7.8.2" 的判定为 "未发现"

  场景: GB35181 7.9.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_resistance.correctable_now | false |
      | fire.fire_resistance.present | true |
      | fire.fire_resistance.grade_matches | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.1" 的证据包括 "fire.fire_resistance.grade_matches"

  场景: GB35181 7.9.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_resistance.correctable_now | false |
      | fire.fire_resistance.present | true |
      | fire.fire_resistance.grade_matches | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.1" 的判定为 "未发现"

  场景: GB35181 7.9.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_resistance.correctable_now | false |
      | fire.fire_resistance.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.1" 待补充的事实包括 "fire.fire_resistance.grade_matches"

  场景: GB35181 7.9.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fire_resistance.correctable_now | true |
      | fire.fire_resistance.present | true |
      | fire.fire_resistance.grade_matches | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.1" 的判定为 "未发现"

  场景: GB35181 7.9.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.explosion_protection.correctable_now | false |
      | fire.explosion_protection.present | true |
      | fire.explosion_protection.explosion_proof_electrics | 有效 |
      | fire.explosion_protection.pressure_relief | 未设置 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.2" 的证据包括 "fire.explosion_protection.pressure_relief"

  场景: GB35181 7.9.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.explosion_protection.correctable_now | false |
      | fire.explosion_protection.present | true |
      | fire.explosion_protection.explosion_proof_electrics | 有效 |
      | fire.explosion_protection.pressure_relief | 有效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.2" 的判定为 "未发现"

  场景: GB35181 7.9.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.explosion_protection.correctable_now | false |
      | fire.explosion_protection.present | true |
      | fire.explosion_protection.explosion_proof_electrics | 有效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.2" 待补充的事实包括 "fire.explosion_protection.pressure_relief"

  场景: GB35181 7.9.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.explosion_protection.correctable_now | true |
      | fire.explosion_protection.present | true |
      | fire.explosion_protection.explosion_proof_electrics | 有效 |
      | fire.explosion_protection.pressure_relief | 未设置 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.2" 的判定为 "未发现"

  场景: GB35181 7.9.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_gas_piping.correctable_now | false |
      | fire.fuel_gas_piping.present | true |
      | fire.fuel_gas_piping.use_compliant | true |
      | fire.fuel_gas_piping.piping_compliant | true |
      | fire.fuel_gas_piping.shutoff | 失效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.3" 的证据包括 "fire.fuel_gas_piping.shutoff"

  场景: GB35181 7.9.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_gas_piping.correctable_now | false |
      | fire.fuel_gas_piping.present | true |
      | fire.fuel_gas_piping.use_compliant | true |
      | fire.fuel_gas_piping.piping_compliant | true |
      | fire.fuel_gas_piping.shutoff | 有效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.3" 的判定为 "未发现"

  场景: GB35181 7.9.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_gas_piping.correctable_now | false |
      | fire.fuel_gas_piping.present | true |
      | fire.fuel_gas_piping.use_compliant | true |
      | fire.fuel_gas_piping.piping_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.3" 待补充的事实包括 "fire.fuel_gas_piping.shutoff"

  场景: GB35181 7.9.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_gas_piping.correctable_now | true |
      | fire.fuel_gas_piping.present | true |
      | fire.fuel_gas_piping.use_compliant | true |
      | fire.fuel_gas_piping.piping_compliant | true |
      | fire.fuel_gas_piping.shutoff | 失效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.3" 的判定为 "未发现"

  场景: GB35181 7.9.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.electrical_wiring.correctable_now | false |
      | fire.electrical_wiring.on_combustible | true |
      | fire.electrical_wiring.noncompliant_cables | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.4" 的证据包括 "fire.electrical_wiring.on_combustible"

  场景: GB35181 7.9.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.electrical_wiring.correctable_now | false |
      | fire.electrical_wiring.on_combustible | false |
      | fire.electrical_wiring.noncompliant_cables | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.4" 的判定为 "未发现"

  场景: GB35181 7.9.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.electrical_wiring.correctable_now | false |
      | fire.electrical_wiring.noncompliant_cables | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.4" 待补充的事实包括 "fire.electrical_wiring.on_combustible"

  场景: GB35181 7.9.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.electrical_wiring.correctable_now | true |
      | fire.electrical_wiring.on_combustible | true |
      | fire.electrical_wiring.noncompliant_cables | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.4" 的判定为 "未发现"

  场景: GB35181 7.9.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.flammable_finishes.correctable_now | false |
      | fire.flammable_finishes.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.5" 的证据包括 "fire.flammable_finishes.present"

  场景: GB35181 7.9.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.flammable_finishes.correctable_now | false |
      | fire.flammable_finishes.present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.5" 的判定为 "未发现"

  场景: GB35181 7.9.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.flammable_finishes.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.5" 待补充的事实包括 "fire.flammable_finishes.present"

  场景: GB35181 7.9.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.flammable_finishes.correctable_now | true |
      | fire.flammable_finishes.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.5" 的判定为 "未发现"

  场景: GB35181 第7章未分组回答时，未逐项填写的要素待补充而不推定为未发现
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.group.s4.none_found | 逐项检查未发现 |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "未发现"
    而且 "fire-gb35181-2017.7.4.3" 的证据包括 "fire.indoor_hydrants.none_found"
    而且 "fire-gb35181-2017.7.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.5" 待补充的事实包括 "fire.smoke_control.none_found"
