# language: zh-CN
功能: 第6章 直接判定要素

  场景: GB35181 6.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.hazmat_site.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_site.present | true |
      | fire.hazmat_site.at_city_edge_or_safe_zone | false |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.1" 的证据包括 "fire.hazmat_site.at_city_edge_or_safe_zone"

  场景: GB35181 6.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.hazmat_site.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_site.present | true |
      | fire.hazmat_site.at_city_edge_or_safe_zone | true |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "未发现"

  场景: GB35181 6.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.hazmat_site.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_site.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.1" 待补充的事实包括 "fire.hazmat_site.at_city_edge_or_safe_zone"

  场景: GB35181 6.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.hazmat_site.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_site.present | true |
      | fire.hazmat_site.at_city_edge_or_safe_zone | false |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "未发现"

  场景: GB35181 6.1 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.hazmat_site.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_site.present | true |
      | fire.hazmat_site.at_city_edge_or_safe_zone | false |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "未发现"

  场景: GB35181 6.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazmat_premises.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_premises.present | true |
      | fire.hazmat_premises.same_building | false |
      | fire.hazmat_premises.near_crowded_or_residential | true |
      | fire.hazmat_premises.separation | 14 |
      | fire.hazmat_premises.required_separation | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.2" 的证据包括 "fire.hazmat_premises.separation"

  场景: GB35181 6.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazmat_premises.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_premises.present | true |
      | fire.hazmat_premises.same_building | false |
      | fire.hazmat_premises.near_crowded_or_residential | true |
      | fire.hazmat_premises.separation | 15 |
      | fire.hazmat_premises.required_separation | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "未发现"

  场景: GB35181 6.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazmat_premises.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_premises.present | true |
      | fire.hazmat_premises.same_building | false |
      | fire.hazmat_premises.near_crowded_or_residential | true |
      | fire.hazmat_premises.required_separation | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.2" 待补充的事实包括 "fire.hazmat_premises.separation"

  场景: GB35181 6.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazmat_premises.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_premises.present | true |
      | fire.hazmat_premises.same_building | false |
      | fire.hazmat_premises.near_crowded_or_residential | true |
      | fire.hazmat_premises.separation | 14 |
      | fire.hazmat_premises.required_separation | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "未发现"

  场景: GB35181 6.2 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.hazmat_premises.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.hazmat_premises.present | true |
      | fire.hazmat_premises.same_building | false |
      | fire.hazmat_premises.near_crowded_or_residential | true |
      | fire.hazmat_premises.separation | 14 |
      | fire.hazmat_premises.required_separation | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "未发现"

  场景: GB35181 6.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_station.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.fuel_station.present | true |
      | fire.fuel_station.in_built_up_area | true |
      | fire.fuel_station.storage | 150 |
      | fire.fuel_station.level1_storage | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.3" 的证据包括 "fire.fuel_station.storage"

  场景: GB35181 6.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_station.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.fuel_station.present | true |
      | fire.fuel_station.in_built_up_area | true |
      | fire.fuel_station.storage | 120 |
      | fire.fuel_station.level1_storage | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "未发现"

  场景: GB35181 6.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_station.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.fuel_station.present | true |
      | fire.fuel_station.in_built_up_area | true |
      | fire.fuel_station.level1_storage | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.3" 待补充的事实包括 "fire.fuel_station.storage"

  场景: GB35181 6.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_station.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.fuel_station.present | true |
      | fire.fuel_station.in_built_up_area | true |
      | fire.fuel_station.storage | 150 |
      | fire.fuel_station.level1_storage | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "未发现"

  场景: GB35181 6.3 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.fuel_station.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.fuel_station.present | true |
      | fire.fuel_station.in_built_up_area | true |
      | fire.fuel_station.storage | 150 |
      | fire.fuel_station.level1_storage | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "未发现"

  场景: GB35181 6.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.basement_production.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.basement_production.hazard_classes | [乙] |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.4" 的证据包括 "fire.basement_production.hazard_classes"

  场景: GB35181 6.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.basement_production.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.basement_production.hazard_classes | [丙] |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "未发现"

  场景: GB35181 6.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.basement_production.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.4" 待补充的事实包括 "fire.basement_production.hazard_classes"

  场景: GB35181 6.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.basement_production.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.basement_production.hazard_classes | [乙] |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "未发现"

  场景: GB35181 6.4 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.basement_production.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.basement_production.hazard_classes | [乙] |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "未发现"

  场景: GB35181 6.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_exits.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count | 2 |
      | fire.crowded_exits.required_exit_count | 2 |
      | fire.crowded_exits.exit_width | 7.9 |
      | fire.crowded_exits.required_exit_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.5" 的证据包括 "fire.crowded_exits.exit_width"

  场景: GB35181 6.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_exits.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count | 2 |
      | fire.crowded_exits.required_exit_count | 2 |
      | fire.crowded_exits.exit_width | 8 |
      | fire.crowded_exits.required_exit_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "未发现"

  场景大纲: GB35181 6.5 安全出口按验收图纸核对，以“符合/不符合”代替数值
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_exits.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count_check | <数量> |
      | fire.crowded_exits.exit_width_check | <宽度> |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "<结论>"

    例子:
      | 数量 | 宽度 | 结论 |
      | 符合规定 | 符合规定 | 未发现 |
      | 符合规定 | 小于规定值但不小于其80% | 未发现 |
      | 符合规定 | 小于规定值的80% | 重大事故隐患 |
      | 少于规定数量 | 符合规定 | 重大事故隐患 |

  场景: GB35181 6.5 只填了数量的核对结论、宽度未核对时待补充
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_exits.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count_check | 符合规定 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.5" 待补充的事实包括 "fire.crowded_exits.exit_width_check"

  场景: GB35181 第6章其余要素按分组回答“逐项检查未发现”，逐项记录并作为依据
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count_check | 少于规定数量 |
      | fire.crowded_exits.correctable_now | false |
      | fire.group.direct.none_found | 逐项检查未发现 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.1" 的判定为 "未发现"
    而且 "fire-gb35181-2017.6.1" 的证据包括 "fire.hazmat_site.none_found"
    而且 "fire-gb35181-2017.6.10" 的判定为 "未发现"

  场景: GB35181 6.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_exits.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count | 2 |
      | fire.crowded_exits.required_exit_count | 2 |
      | fire.crowded_exits.required_exit_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.5" 待补充的事实包括 "fire.crowded_exits.exit_width"

  场景: GB35181 6.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_exits.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count | 2 |
      | fire.crowded_exits.required_exit_count | 2 |
      | fire.crowded_exits.exit_width | 7.9 |
      | fire.crowded_exits.required_exit_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "未发现"

  场景: GB35181 6.5 同样事实检查日期在2025-11-01之后，GB 35181-2025 现行有效但未编码，未判定
    假如检查日期为 "2025-12-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_exits.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count | 2 |
      | fire.crowded_exits.required_exit_count | 2 |
      | fire.crowded_exits.exit_width | 7.9 |
      | fire.crowded_exits.required_exit_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "未判定（未编码）"
    而且 "fire-gb35181-2017.6.5" 的未判定原因包含 "GB 35181-2025"

  场景: GB35181 6.5 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_exits.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_exits.present | true |
      | fire.crowded_exits.exit_count | 2 |
      | fire.crowded_exits.required_exit_count | 2 |
      | fire.crowded_exits.exit_width | 7.9 |
      | fire.crowded_exits.required_exit_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "未发现"

  场景: GB35181 6.6 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_systems.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_systems.present | true |
      | fire.crowded_systems.missing_systems | [自动喷水灭火系统] |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.6" 的证据包括 "fire.crowded_systems.missing_systems"

  场景: GB35181 6.6 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_systems.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_systems.present | true |
      | fire.crowded_systems.missing_systems | [] |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "未发现"

  场景: GB35181 6.6 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_systems.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_systems.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.6" 待补充的事实包括 "fire.crowded_systems.missing_systems"

  场景: GB35181 6.6 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_systems.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_systems.present | true |
      | fire.crowded_systems.missing_systems | [自动喷水灭火系统] |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "未发现"

  场景: GB35181 6.6 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_systems.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_systems.present | true |
      | fire.crowded_systems.missing_systems | [自动喷水灭火系统] |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "未发现"

  场景: GB35181 6.7 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.tank_farm.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.tank_farm.present | true |
      | fire.tank_farm.missing_facilities | [冷却设施] |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.7" 的证据包括 "fire.tank_farm.missing_facilities"

  场景: GB35181 6.7 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.tank_farm.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.tank_farm.present | true |
      | fire.tank_farm.missing_facilities | [] |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "未发现"

  场景: GB35181 6.7 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.tank_farm.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.tank_farm.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.7" 待补充的事实包括 "fire.tank_farm.missing_facilities"

  场景: GB35181 6.7 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.tank_farm.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.tank_farm.present | true |
      | fire.tank_farm.missing_facilities | [冷却设施] |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "未发现"

  场景: GB35181 6.7 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.tank_farm.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.tank_farm.present | true |
      | fire.tank_farm.missing_facilities | [冷却设施] |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "未发现"

  场景: GB35181 6.8 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_hazmat.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_hazmat.acts | [储存] |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.8" 的证据包括 "fire.crowded_hazmat.acts"

  场景: GB35181 6.8 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_hazmat.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_hazmat.acts | [] |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "未发现"

  场景: GB35181 6.8 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_hazmat.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.8" 待补充的事实包括 "fire.crowded_hazmat.acts"

  场景: GB35181 6.8 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_hazmat.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_hazmat.acts | [储存] |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "未发现"

  场景: GB35181 6.8 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.crowded_hazmat.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.crowded_hazmat.acts | [储存] |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "未发现"

  场景: GB35181 6.9 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.child_elderly_rooms.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.child_elderly_rooms.present | true |
      | fire.child_elderly_rooms.floor_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.9" 的证据包括 "fire.child_elderly_rooms.floor_compliant"

  场景: GB35181 6.9 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.child_elderly_rooms.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.child_elderly_rooms.present | true |
      | fire.child_elderly_rooms.floor_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "未发现"

  场景: GB35181 6.9 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.child_elderly_rooms.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.child_elderly_rooms.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.9" 待补充的事实包括 "fire.child_elderly_rooms.floor_compliant"

  场景: GB35181 6.9 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.child_elderly_rooms.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.child_elderly_rooms.present | true |
      | fire.child_elderly_rooms.floor_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "未发现"

  场景: GB35181 6.9 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.child_elderly_rooms.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.child_elderly_rooms.present | true |
      | fire.child_elderly_rooms.floor_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "未发现"

  场景: GB35181 6.10 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.sandwich_panel_dwelling.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.sandwich_panel_dwelling.present | true |
      | fire.sandwich_panel_dwelling.core_class | B2级 |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.10" 的证据包括 "fire.sandwich_panel_dwelling.core_class"

  场景: GB35181 6.10 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.sandwich_panel_dwelling.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.sandwich_panel_dwelling.present | true |
      | fire.sandwich_panel_dwelling.core_class | A级 |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "未发现"

  场景: GB35181 6.10 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.sandwich_panel_dwelling.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.sandwich_panel_dwelling.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.10" 待补充的事实包括 "fire.sandwich_panel_dwelling.core_class"

  场景: GB35181 6.10 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.sandwich_panel_dwelling.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.sandwich_panel_dwelling.present | true |
      | fire.sandwich_panel_dwelling.core_class | B2级 |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "未发现"

  场景: GB35181 6.10 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.sandwich_panel_dwelling.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.sandwich_panel_dwelling.present | true |
      | fire.sandwich_panel_dwelling.core_class | B2级 |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "未发现"
