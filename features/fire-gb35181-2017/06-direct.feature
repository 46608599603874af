# language: zh-CN
功能: 第6章 直接判定要素

  场景: GB35181 6.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_1.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_1.present | true |
      | fire.e_6_1.at_city_edge_or_safe_zone | false |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.1" 的证据包括 "fire.e_6_1.at_city_edge_or_safe_zone"

  场景: GB35181 6.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_1.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_1.present | true |
      | fire.e_6_1.at_city_edge_or_safe_zone | true |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "未发现"

  场景: GB35181 6.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_1.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_1.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.1" 待补充的事实包括 "fire.e_6_1.at_city_edge_or_safe_zone"

  场景: GB35181 6.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_1.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_1.present | true |
      | fire.e_6_1.at_city_edge_or_safe_zone | false |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "未发现"

  场景: GB35181 6.1 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_1.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_1.present | true |
      | fire.e_6_1.at_city_edge_or_safe_zone | false |
    当进行判定
    那么 "fire-gb35181-2017.6.1" 的判定为 "未发现"

  场景: GB35181 6.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_2.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_2.present | true |
      | fire.e_6_2.same_building | false |
      | fire.e_6_2.near_crowded_or_residential | true |
      | fire.e_6_2.distance | 14 |
      | fire.e_6_2.required_distance | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.2" 的证据包括 "fire.e_6_2.distance"

  场景: GB35181 6.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_2.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_2.present | true |
      | fire.e_6_2.same_building | false |
      | fire.e_6_2.near_crowded_or_residential | true |
      | fire.e_6_2.distance | 15 |
      | fire.e_6_2.required_distance | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "未发现"

  场景: GB35181 6.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_2.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_2.present | true |
      | fire.e_6_2.same_building | false |
      | fire.e_6_2.near_crowded_or_residential | true |
      | fire.e_6_2.required_distance | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.2" 待补充的事实包括 "fire.e_6_2.distance"

  场景: GB35181 6.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_2.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_2.present | true |
      | fire.e_6_2.same_building | false |
      | fire.e_6_2.near_crowded_or_residential | true |
      | fire.e_6_2.distance | 14 |
      | fire.e_6_2.required_distance | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "未发现"

  场景: GB35181 6.2 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_2.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_2.present | true |
      | fire.e_6_2.same_building | false |
      | fire.e_6_2.near_crowded_or_residential | true |
      | fire.e_6_2.distance | 14 |
      | fire.e_6_2.required_distance | 20 |
    当进行判定
    那么 "fire-gb35181-2017.6.2" 的判定为 "未发现"

  场景: GB35181 6.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_3.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_3.station | true |
      | fire.e_6_3.in_built_up_area | true |
      | fire.e_6_3.storage | 150 |
      | fire.e_6_3.level1_threshold | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.3" 的证据包括 "fire.e_6_3.storage"

  场景: GB35181 6.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_3.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_3.station | true |
      | fire.e_6_3.in_built_up_area | true |
      | fire.e_6_3.storage | 120 |
      | fire.e_6_3.level1_threshold | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "未发现"

  场景: GB35181 6.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_3.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_3.station | true |
      | fire.e_6_3.in_built_up_area | true |
      | fire.e_6_3.level1_threshold | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.3" 待补充的事实包括 "fire.e_6_3.storage"

  场景: GB35181 6.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_3.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_3.station | true |
      | fire.e_6_3.in_built_up_area | true |
      | fire.e_6_3.storage | 150 |
      | fire.e_6_3.level1_threshold | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "未发现"

  场景: GB35181 6.3 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_3.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_3.station | true |
      | fire.e_6_3.in_built_up_area | true |
      | fire.e_6_3.storage | 150 |
      | fire.e_6_3.level1_threshold | 150 |
    当进行判定
    那么 "fire-gb35181-2017.6.3" 的判定为 "未发现"

  场景: GB35181 6.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_4.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_4.underground_classes | [乙] |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.4" 的证据包括 "fire.e_6_4.underground_classes"

  场景: GB35181 6.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_4.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_4.underground_classes | [丙] |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "未发现"

  场景: GB35181 6.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_4.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.4" 待补充的事实包括 "fire.e_6_4.underground_classes"

  场景: GB35181 6.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_4.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_4.underground_classes | [乙] |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "未发现"

  场景: GB35181 6.4 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_6_4.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_4.underground_classes | [乙] |
    当进行判定
    那么 "fire-gb35181-2017.6.4" 的判定为 "未发现"

  场景: GB35181 6.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_5.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_5.present | true |
      | fire.e_6_5.exits | 2 |
      | fire.e_6_5.required_exits | 2 |
      | fire.e_6_5.width | 7.9 |
      | fire.e_6_5.required_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.5" 的证据包括 "fire.e_6_5.width"

  场景: GB35181 6.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_5.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_5.present | true |
      | fire.e_6_5.exits | 2 |
      | fire.e_6_5.required_exits | 2 |
      | fire.e_6_5.width | 8 |
      | fire.e_6_5.required_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "未发现"

  场景: GB35181 6.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_5.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_5.present | true |
      | fire.e_6_5.exits | 2 |
      | fire.e_6_5.required_exits | 2 |
      | fire.e_6_5.required_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.5" 待补充的事实包括 "fire.e_6_5.width"

  场景: GB35181 6.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_5.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_5.present | true |
      | fire.e_6_5.exits | 2 |
      | fire.e_6_5.required_exits | 2 |
      | fire.e_6_5.width | 7.9 |
      | fire.e_6_5.required_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "未发现"

  场景: GB35181 6.5 同样事实检查日期在2025-11-01之后，GB 35181-2025 现行有效但未编码，未判定
    假如检查日期为 "2025-12-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_5.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_5.present | true |
      | fire.e_6_5.exits | 2 |
      | fire.e_6_5.required_exits | 2 |
      | fire.e_6_5.width | 7.9 |
      | fire.e_6_5.required_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "未判定（未编码）"
    而且 "fire-gb35181-2017.6.5" 的未判定原因包含 "GB 35181-2025"

  场景: GB35181 6.5 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_5.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_5.present | true |
      | fire.e_6_5.exits | 2 |
      | fire.e_6_5.required_exits | 2 |
      | fire.e_6_5.width | 7.9 |
      | fire.e_6_5.required_width | 10 |
    当进行判定
    那么 "fire-gb35181-2017.6.5" 的判定为 "未发现"

  场景: GB35181 6.6 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_6.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_6.present | true |
      | fire.e_6_6.missing_systems | [自动喷水灭火系统] |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.6" 的证据包括 "fire.e_6_6.missing_systems"

  场景: GB35181 6.6 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_6.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_6.present | true |
      | fire.e_6_6.missing_systems | [] |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "未发现"

  场景: GB35181 6.6 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_6.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_6.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.6" 待补充的事实包括 "fire.e_6_6.missing_systems"

  场景: GB35181 6.6 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_6.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_6.present | true |
      | fire.e_6_6.missing_systems | [自动喷水灭火系统] |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "未发现"

  场景: GB35181 6.6 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_6.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_6.present | true |
      | fire.e_6_6.missing_systems | [自动喷水灭火系统] |
    当进行判定
    那么 "fire-gb35181-2017.6.6" 的判定为 "未发现"

  场景: GB35181 6.7 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_7.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_7.present | true |
      | fire.e_6_7.missing_facilities | [冷却设施] |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.7" 的证据包括 "fire.e_6_7.missing_facilities"

  场景: GB35181 6.7 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_7.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_7.present | true |
      | fire.e_6_7.missing_facilities | [] |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "未发现"

  场景: GB35181 6.7 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_7.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_7.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.7" 待补充的事实包括 "fire.e_6_7.missing_facilities"

  场景: GB35181 6.7 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_7.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_7.present | true |
      | fire.e_6_7.missing_facilities | [冷却设施] |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "未发现"

  场景: GB35181 6.7 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
      | fire.e_6_7.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_7.present | true |
      | fire.e_6_7.missing_facilities | [冷却设施] |
    当进行判定
    那么 "fire-gb35181-2017.6.7" 的判定为 "未发现"

  场景: GB35181 6.8 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_8.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_8.acts | [储存] |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.8" 的证据包括 "fire.e_6_8.acts"

  场景: GB35181 6.8 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_8.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_8.acts | [] |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "未发现"

  场景: GB35181 6.8 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_8.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.8" 待补充的事实包括 "fire.e_6_8.acts"

  场景: GB35181 6.8 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_8.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_8.acts | [储存] |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "未发现"

  场景: GB35181 6.8 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_8.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_8.acts | [储存] |
    当进行判定
    那么 "fire-gb35181-2017.6.8" 的判定为 "未发现"

  场景: GB35181 6.9 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_9.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_9.present | true |
      | fire.e_6_9.floor_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.9" 的证据包括 "fire.e_6_9.floor_compliant"

  场景: GB35181 6.9 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_9.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_9.present | true |
      | fire.e_6_9.floor_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "未发现"

  场景: GB35181 6.9 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_9.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_9.present | true |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.9" 待补充的事实包括 "fire.e_6_9.floor_compliant"

  场景: GB35181 6.9 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_9.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_9.present | true |
      | fire.e_6_9.floor_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "未发现"

  场景: GB35181 6.9 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_9.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_9.present | true |
      | fire.e_6_9.floor_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.6.9" 的判定为 "未发现"

  场景: GB35181 6.10 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_10.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_10.sandwich_panel_residence | true |
      | fire.e_6_10.core_class | B2级 |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.6.10" 的证据包括 "fire.e_6_10.core_class"

  场景: GB35181 6.10 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_10.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_10.sandwich_panel_residence | true |
      | fire.e_6_10.core_class | A级 |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "未发现"

  场景: GB35181 6.10 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_10.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_10.sandwich_panel_residence | true |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "待补充"
    而且 "fire-gb35181-2017.6.10" 待补充的事实包括 "fire.e_6_10.core_class"

  场景: GB35181 6.10 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_10.correctable_now | true |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | false |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_10.sandwich_panel_residence | true |
      | fire.e_6_10.core_class | B2级 |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "未发现"

  场景: GB35181 6.10 场所已停止使用，依5.1.3不判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_6_10.correctable_now | false |
      | fire.excl.expert_review_measures | false |
      | fire.excl.suspended | true |
      | fire.excl.not_major_judgement | false |
      | fire.e_6_10.sandwich_panel_residence | true |
      | fire.e_6_10.core_class | B2级 |
    当进行判定
    那么 "fire-gb35181-2017.6.10" 的判定为 "未发现"
