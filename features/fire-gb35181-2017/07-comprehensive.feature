# language: zh-CN
功能: 第7章 综合判定要素

  场景: GB35181 7.1.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_1.correctable_now | false |
      | fire.e_7_1_1.required | true |
      | fire.e_7_1_1.provided | true |
      | fire.e_7_1_1.blocked | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.1.1" 的证据包括 "fire.e_7_1_1.blocked"

  场景: GB35181 7.1.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_1.correctable_now | false |
      | fire.e_7_1_1.required | true |
      | fire.e_7_1_1.provided | true |
      | fire.e_7_1_1.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.1" 的判定为 "未发现"

  场景: GB35181 7.1.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_1.correctable_now | false |
      | fire.e_7_1_1.required | true |
      | fire.e_7_1_1.provided | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.1.1" 待补充的事实包括 "fire.e_7_1_1.blocked"

  场景: GB35181 7.1.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_1.correctable_now | true |
      | fire.e_7_1_1.required | true |
      | fire.e_7_1_1.provided | true |
      | fire.e_7_1_1.blocked | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.1" 的判定为 "未发现"

  场景: GB35181 7.1.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_2.correctable_now | false |
      | fire.e_7_1_2.occupied | false |
      | fire.e_7_1_2.separation | 7.9 |
      | fire.e_7_1_2.required_separation | 10 |
      | fire.e_7_1_2.open_flame_present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.1.2" 的证据包括 "fire.e_7_1_2.separation"

  场景: GB35181 7.1.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_2.correctable_now | false |
      | fire.e_7_1_2.occupied | false |
      | fire.e_7_1_2.separation | 8 |
      | fire.e_7_1_2.required_separation | 10 |
      | fire.e_7_1_2.open_flame_present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.2" 的判定为 "未发现"

  场景: GB35181 7.1.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_2.correctable_now | false |
      | fire.e_7_1_2.occupied | false |
      | fire.e_7_1_2.required_separation | 10 |
      | fire.e_7_1_2.open_flame_present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.1.2" 待补充的事实包括 "fire.e_7_1_2.separation"

  场景: GB35181 7.1.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_2.correctable_now | true |
      | fire.e_7_1_2.occupied | false |
      | fire.e_7_1_2.separation | 7.9 |
      | fire.e_7_1_2.required_separation | 10 |
      | fire.e_7_1_2.open_flame_present | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.2" 的判定为 "未发现"

  场景: GB35181 7.1.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_3.correctable_now | false |
      | fire.e_7_1_3.dorm_in_plant | true |
      | fire.e_7_1_3.business_in_residential | false |
      | fire.e_7_1_3.ga703_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.1.3" 的证据包括 "fire.e_7_1_3.ga703_compliant"

  场景: GB35181 7.1.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_3.correctable_now | false |
      | fire.e_7_1_3.dorm_in_plant | true |
      | fire.e_7_1_3.business_in_residential | false |
      | fire.e_7_1_3.ga703_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.3" 的判定为 "未发现"

  场景: GB35181 7.1.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_3.correctable_now | false |
      | fire.e_7_1_3.dorm_in_plant | true |
      | fire.e_7_1_3.business_in_residential | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.1.3" 待补充的事实包括 "fire.e_7_1_3.ga703_compliant"

  场景: GB35181 7.1.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_3.correctable_now | true |
      | fire.e_7_1_3.dorm_in_plant | true |
      | fire.e_7_1_3.business_in_residential | false |
      | fire.e_7_1_3.ga703_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.3" 的判定为 "未发现"

  场景: GB35181 7.1.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_4.correctable_now | false |
      | fire.e_7_1_4.underground_station | true |
      | fire.e_7_1_4.commercial | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.1.4" 的证据包括 "fire.e_7_1_4.commercial"

  场景: GB35181 7.1.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_4.correctable_now | false |
      | fire.e_7_1_4.underground_station | true |
      | fire.e_7_1_4.commercial | false |
    当进行判定
    那么 "fire-gb35181-2017.7.1.4" 的判定为 "未发现"

  场景: GB35181 7.1.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_4.correctable_now | false |
      | fire.e_7_1_4.underground_station | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.1.4" 待补充的事实包括 "fire.e_7_1_4.commercial"

  场景: GB35181 7.1.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_1_4.correctable_now | true |
      | fire.e_7_1_4.underground_station | true |
      | fire.e_7_1_4.commercial | true |
    当进行判定
    那么 "fire-gb35181-2017.7.1.4" 的判定为 "未发现"

  场景: GB35181 7.2.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_1.correctable_now | false |
      | fire.e_7_2_1.altered | true |
      | fire.e_7_2_1.actual_area | 3100 |
      | fire.e_7_2_1.allowed_area | 2000 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.2.1" 的证据包括 "fire.e_7_2_1.actual_area"

  场景: GB35181 7.2.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_1.correctable_now | false |
      | fire.e_7_2_1.altered | true |
      | fire.e_7_2_1.actual_area | 3000 |
      | fire.e_7_2_1.allowed_area | 2000 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.1" 的判定为 "未发现"

  场景: GB35181 7.2.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_1.correctable_now | false |
      | fire.e_7_2_1.altered | true |
      | fire.e_7_2_1.allowed_area | 2000 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.2.1" 待补充的事实包括 "fire.e_7_2_1.actual_area"

  场景: GB35181 7.2.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_1.correctable_now | true |
      | fire.e_7_2_1.altered | true |
      | fire.e_7_2_1.actual_area | 3100 |
      | fire.e_7_2_1.allowed_area | 2000 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.1" 的判定为 "未发现"

  场景: GB35181 7.2.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_2.correctable_now | false |
      | fire.e_7_2_2.damaged | 6 |
      | fire.e_7_2_2.total | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.2.2" 的证据包括 "fire.e_7_2_2.damaged"

  场景: GB35181 7.2.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_2.correctable_now | false |
      | fire.e_7_2_2.damaged | 5 |
      | fire.e_7_2_2.total | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.2" 的判定为 "未发现"

  场景: GB35181 7.2.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_2.correctable_now | false |
      | fire.e_7_2_2.total | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.2.2" 待补充的事实包括 "fire.e_7_2_2.damaged"

  场景: GB35181 7.2.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_2.correctable_now | true |
      | fire.e_7_2_2.damaged | 6 |
      | fire.e_7_2_2.total | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.2.2" 的判定为 "未发现"

  场景: GB35181 7.2.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_3.correctable_now | false |
      | fire.e_7_2_3.hazard_area | true |
      | fire.e_7_2_3.measures | false |
    当进行判定
    那么 "fire-gb35181-2017.7.2.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.2.3" 的证据包括 "fire.e_7_2_3.measures"

  场景: GB35181 7.2.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_3.correctable_now | false |
      | fire.e_7_2_3.hazard_area | true |
      | fire.e_7_2_3.measures | true |
    当进行判定
    那么 "fire-gb35181-2017.7.2.3" 的判定为 "未发现"

  场景: GB35181 7.2.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_3.correctable_now | false |
      | fire.e_7_2_3.hazard_area | true |
    当进行判定
    那么 "fire-gb35181-2017.7.2.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.2.3" 待补充的事实包括 "fire.e_7_2_3.measures"

  场景: GB35181 7.2.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_2_3.correctable_now | true |
      | fire.e_7_2_3.hazard_area | true |
      | fire.e_7_2_3.measures | false |
    当进行判定
    那么 "fire-gb35181-2017.7.2.3" 的判定为 "未发现"

  场景: GB35181 7.3.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_1.correctable_now | false |
      | fire.e_7_3_1.noncompliant | false |
      | fire.e_7_3_1.occupied | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.1" 的证据包括 "fire.e_7_3_1.occupied"

  场景: GB35181 7.3.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_1.correctable_now | false |
      | fire.e_7_3_1.noncompliant | false |
      | fire.e_7_3_1.occupied | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.1" 的判定为 "未发现"

  场景: GB35181 7.3.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_1.correctable_now | false |
      | fire.e_7_3_1.noncompliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.1" 待补充的事实包括 "fire.e_7_3_1.occupied"

  场景: GB35181 7.3.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_1.correctable_now | true |
      | fire.e_7_3_1.noncompliant | false |
      | fire.e_7_3_1.occupied | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.1" 的判定为 "未发现"

  场景: GB35181 7.3.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_2.correctable_now | false |
      | fire.e_7_3_2.stair_form_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.2" 的证据包括 "fire.e_7_3_2.stair_form_compliant"

  场景: GB35181 7.3.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_2.correctable_now | false |
      | fire.e_7_3_2.stair_form_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "未发现"

  场景: GB35181 7.3.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_2.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.2" 待补充的事实包括 "fire.e_7_3_2.stair_form_compliant"

  场景: GB35181 7.3.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_2.correctable_now | true |
      | fire.e_7_3_2.stair_form_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "未发现"

  场景: GB35181 7.3.2 同样事实检查日期在2025-11-01之后，GB 35181-2025 现行有效但未编码，未判定
    假如检查日期为 "2025-12-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_2.correctable_now | false |
      | fire.e_7_3_2.stair_form_compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.2" 的判定为 "未判定（未编码）"
    而且 "fire-gb35181-2017.7.3.2" 的未判定原因包含 "GB 35181-2025"

  场景: GB35181 7.3.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_3.correctable_now | false |
      | fire.e_7_3_3.exits | 2 |
      | fire.e_7_3_3.required_exits | 2 |
      | fire.e_7_3_3.width | 5.5 |
      | fire.e_7_3_3.required_width | 6 |
      | fire.e_7_3_3.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.3" 的证据包括 "fire.e_7_3_3.width"

  场景: GB35181 7.3.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_3.correctable_now | false |
      | fire.e_7_3_3.exits | 2 |
      | fire.e_7_3_3.required_exits | 2 |
      | fire.e_7_3_3.width | 6 |
      | fire.e_7_3_3.required_width | 6 |
      | fire.e_7_3_3.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.3" 的判定为 "未发现"

  场景: GB35181 7.3.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_3.correctable_now | false |
      | fire.e_7_3_3.exits | 2 |
      | fire.e_7_3_3.required_exits | 2 |
      | fire.e_7_3_3.required_width | 6 |
      | fire.e_7_3_3.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.3" 待补充的事实包括 "fire.e_7_3_3.width"

  场景: GB35181 7.3.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_3.correctable_now | true |
      | fire.e_7_3_3.exits | 2 |
      | fire.e_7_3_3.required_exits | 2 |
      | fire.e_7_3_3.width | 5.5 |
      | fire.e_7_3_3.required_width | 6 |
      | fire.e_7_3_3.blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.3" 的判定为 "未发现"

  场景: GB35181 7.3.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_4.correctable_now | false |
      | fire.e_7_3_4.required | true |
      | fire.e_7_3_4.provided | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.4" 的证据包括 "fire.e_7_3_4.provided"

  场景: GB35181 7.3.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_4.correctable_now | false |
      | fire.e_7_3_4.required | true |
      | fire.e_7_3_4.provided | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.4" 的判定为 "未发现"

  场景: GB35181 7.3.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_4.correctable_now | false |
      | fire.e_7_3_4.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.4" 待补充的事实包括 "fire.e_7_3_4.provided"

  场景: GB35181 7.3.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_4.correctable_now | true |
      | fire.e_7_3_4.required | true |
      | fire.e_7_3_4.provided | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.4" 的判定为 "未发现"

  场景: GB35181 7.3.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_5.correctable_now | false |
      | fire.e_7_3_5.shop | true |
      | fire.e_7_3_5.distance | 38 |
      | fire.e_7_3_5.allowed | 30 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.5" 的证据包括 "fire.e_7_3_5.distance"

  场景: GB35181 7.3.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_5.correctable_now | false |
      | fire.e_7_3_5.shop | true |
      | fire.e_7_3_5.distance | 37.5 |
      | fire.e_7_3_5.allowed | 30 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.5" 的判定为 "未发现"

  场景: GB35181 7.3.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_5.correctable_now | false |
      | fire.e_7_3_5.shop | true |
      | fire.e_7_3_5.allowed | 30 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.5" 待补充的事实包括 "fire.e_7_3_5.distance"

  场景: GB35181 7.3.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_5.correctable_now | true |
      | fire.e_7_3_5.shop | true |
      | fire.e_7_3_5.distance | 38 |
      | fire.e_7_3_5.allowed | 30 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.5" 的判定为 "未发现"

  场景: GB35181 7.3.6 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_6.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.building.underground | false |
      | fire.e_7_3_6.provided_per_code | true |
      | fire.e_7_3_6.damaged | 31 |
      | fire.e_7_3_6.required | 100 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.6" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.6" 的证据包括 "fire.e_7_3_6.damaged"

  场景: GB35181 7.3.6 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_6.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.building.underground | false |
      | fire.e_7_3_6.provided_per_code | true |
      | fire.e_7_3_6.damaged | 30 |
      | fire.e_7_3_6.required | 100 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.6" 的判定为 "未发现"

  场景: GB35181 7.3.6 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_6.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.building.underground | false |
      | fire.e_7_3_6.provided_per_code | true |
      | fire.e_7_3_6.required | 100 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.6" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.6" 待补充的事实包括 "fire.e_7_3_6.damaged"

  场景: GB35181 7.3.6 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_6.correctable_now | true |
      | fire.building.high_rise | true |
      | fire.building.underground | false |
      | fire.e_7_3_6.provided_per_code | true |
      | fire.e_7_3_6.damaged | 31 |
      | fire.e_7_3_6.required | 100 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.6" 的判定为 "未发现"

  场景: GB35181 7.3.7 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_7.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.e_7_3_7.damaged | 3 |
      | fire.e_7_3_7.installed | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.7" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.7" 的证据包括 "fire.e_7_3_7.damaged"

  场景: GB35181 7.3.7 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_7.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.e_7_3_7.damaged | 2 |
      | fire.e_7_3_7.installed | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.7" 的判定为 "未发现"

  场景: GB35181 7.3.7 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_7.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.e_7_3_7.installed | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.7" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.7" 待补充的事实包括 "fire.e_7_3_7.damaged"

  场景: GB35181 7.3.7 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_7.correctable_now | true |
      | fire.building.high_rise | true |
      | fire.e_7_3_7.damaged | 3 |
      | fire.e_7_3_7.installed | 10 |
    当进行判定
    那么 "fire-gb35181-2017.7.3.7" 的判定为 "未发现"

  场景: GB35181 7.3.8 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_8.correctable_now | false |
      | fire.e_7_3_8.compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.8" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.8" 的证据包括 "fire.e_7_3_8.compliant"

  场景: GB35181 7.3.8 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_8.correctable_now | false |
      | fire.e_7_3_8.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.8" 的判定为 "未发现"

  场景: GB35181 7.3.8 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_8.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.8" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.8" 待补充的事实包括 "fire.e_7_3_8.compliant"

  场景: GB35181 7.3.8 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_8.correctable_now | true |
      | fire.e_7_3_8.compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.8" 的判定为 "未发现"

  场景: GB35181 7.3.9 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_9.correctable_now | false |
      | fire.e_7_3_9.barriers | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.9" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.9" 的证据包括 "fire.e_7_3_9.barriers"

  场景: GB35181 7.3.9 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_9.correctable_now | false |
      | fire.e_7_3_9.barriers | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.9" 的判定为 "未发现"

  场景: GB35181 7.3.9 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_9.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.9" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.9" 待补充的事实包括 "fire.e_7_3_9.barriers"

  场景: GB35181 7.3.9 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_9.correctable_now | true |
      | fire.e_7_3_9.barriers | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.9" 的判定为 "未发现"

  场景: GB35181 7.3.10 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_10.correctable_now | false |
      | fire.e_7_3_10.windows_blocked | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.10" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.10" 的证据包括 "fire.e_7_3_10.windows_blocked"

  场景: GB35181 7.3.10 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_10.correctable_now | false |
      | fire.e_7_3_10.windows_blocked | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.10" 的判定为 "未发现"

  场景: GB35181 7.3.10 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_10.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.10" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.10" 待补充的事实包括 "fire.e_7_3_10.windows_blocked"

  场景: GB35181 7.3.10 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_3_10.correctable_now | true |
      | fire.e_7_3_10.windows_blocked | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.10" 的判定为 "未发现"

  场景: GB35181 7.3.11 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_11.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.e_7_3_11.noncompliant_or_occupied | true |
      | fire.e_7_3_11.affects_firefighting | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.11" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.11" 的证据包括 "fire.e_7_3_11.affects_firefighting"

  场景: GB35181 7.3.11 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_11.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.e_7_3_11.noncompliant_or_occupied | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.11" 的判定为 "未发现"

  场景: GB35181 7.3.11 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_11.correctable_now | false |
      | fire.building.high_rise | true |
      | fire.e_7_3_11.noncompliant_or_occupied | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.11" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.11" 待补充的事实包括 "fire.e_7_3_11.affects_firefighting"

  场景: GB35181 7.3.11 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_11.correctable_now | true |
      | fire.building.high_rise | true |
      | fire.e_7_3_11.noncompliant_or_occupied | true |
      | fire.e_7_3_11.affects_firefighting | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.11" 的判定为 "未发现"

  场景: GB35181 7.3.12 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_12.correctable_now | false |
      | fire.e_7_3_12.present | true |
      | fire.e_7_3_12.runs_normally | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.12" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.3.12" 的证据包括 "fire.e_7_3_12.runs_normally"

  场景: GB35181 7.3.12 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_12.correctable_now | false |
      | fire.e_7_3_12.present | true |
      | fire.e_7_3_12.runs_normally | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.12" 的判定为 "未发现"

  场景: GB35181 7.3.12 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_12.correctable_now | false |
      | fire.e_7_3_12.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.3.12" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.3.12" 待补充的事实包括 "fire.e_7_3_12.runs_normally"

  场景: GB35181 7.3.12 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_3_12.correctable_now | true |
      | fire.e_7_3_12.present | true |
      | fire.e_7_3_12.runs_normally | false |
    当进行判定
    那么 "fire-gb35181-2017.7.3.12" 的判定为 "未发现"

  场景: GB35181 7.4.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_1.correctable_now | false |
      | fire.e_7_4_1.required | true |
      | fire.e_7_4_1.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.1" 的证据包括 "fire.e_7_4_1.installed"

  场景: GB35181 7.4.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_1.correctable_now | false |
      | fire.e_7_4_1.required | true |
      | fire.e_7_4_1.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.1" 的判定为 "未发现"

  场景: GB35181 7.4.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_1.correctable_now | false |
      | fire.e_7_4_1.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.1" 待补充的事实包括 "fire.e_7_4_1.installed"

  场景: GB35181 7.4.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_1.correctable_now | true |
      | fire.e_7_4_1.required | true |
      | fire.e_7_4_1.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.1" 的判定为 "未发现"

  场景: GB35181 7.4.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_2.correctable_now | false |
      | fire.e_7_4_2.required | true |
      | fire.e_7_4_2.installed | true |
      | fire.e_7_4_2.compliant | true |
      | fire.e_7_4_2.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.2" 的证据包括 "fire.e_7_4_2.operable"

  场景: GB35181 7.4.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_2.correctable_now | false |
      | fire.e_7_4_2.required | true |
      | fire.e_7_4_2.installed | true |
      | fire.e_7_4_2.compliant | true |
      | fire.e_7_4_2.operable | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.2" 的判定为 "未发现"

  场景: GB35181 7.4.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_2.correctable_now | false |
      | fire.e_7_4_2.required | true |
      | fire.e_7_4_2.installed | true |
      | fire.e_7_4_2.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.2" 待补充的事实包括 "fire.e_7_4_2.operable"

  场景: GB35181 7.4.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_2.correctable_now | true |
      | fire.e_7_4_2.required | true |
      | fire.e_7_4_2.installed | true |
      | fire.e_7_4_2.compliant | true |
      | fire.e_7_4_2.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.2" 的判定为 "未发现"

  场景: GB35181 7.4.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_3.correctable_now | false |
      | fire.e_7_4_3.required | true |
      | fire.e_7_4_3.installed | true |
      | fire.e_7_4_3.compliant | true |
      | fire.e_7_4_3.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.3" 的证据包括 "fire.e_7_4_3.operable"

  场景: GB35181 7.4.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_3.correctable_now | false |
      | fire.e_7_4_3.required | true |
      | fire.e_7_4_3.installed | true |
      | fire.e_7_4_3.compliant | true |
      | fire.e_7_4_3.operable | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "未发现"

  场景: GB35181 7.4.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_3.correctable_now | false |
      | fire.e_7_4_3.required | true |
      | fire.e_7_4_3.installed | true |
      | fire.e_7_4_3.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.3" 待补充的事实包括 "fire.e_7_4_3.operable"

  场景: GB35181 7.4.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_3.correctable_now | true |
      | fire.e_7_4_3.required | true |
      | fire.e_7_4_3.installed | true |
      | fire.e_7_4_3.compliant | true |
      | fire.e_7_4_3.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.3" 的判定为 "未发现"

  场景: GB35181 7.4.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_4.correctable_now | false |
      | fire.e_7_4_4.required | true |
      | fire.e_7_4_4.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.4" 的证据包括 "fire.e_7_4_4.installed"

  场景: GB35181 7.4.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_4.correctable_now | false |
      | fire.e_7_4_4.required | true |
      | fire.e_7_4_4.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.4" 的判定为 "未发现"

  场景: GB35181 7.4.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_4.correctable_now | false |
      | fire.e_7_4_4.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.4" 待补充的事实包括 "fire.e_7_4_4.installed"

  场景: GB35181 7.4.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_4.correctable_now | true |
      | fire.e_7_4_4.required | true |
      | fire.e_7_4_4.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.4" 的判定为 "未发现"

  场景: GB35181 7.4.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_5.correctable_now | false |
      | fire.e_7_4_5.required | true |
      | fire.e_7_4_5.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.5" 的证据包括 "fire.e_7_4_5.installed"

  场景: GB35181 7.4.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_5.correctable_now | false |
      | fire.e_7_4_5.required | true |
      | fire.e_7_4_5.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.5" 的判定为 "未发现"

  场景: GB35181 7.4.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_5.correctable_now | false |
      | fire.e_7_4_5.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.5" 待补充的事实包括 "fire.e_7_4_5.installed"

  场景: GB35181 7.4.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_5.correctable_now | true |
      | fire.e_7_4_5.required | true |
      | fire.e_7_4_5.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.5" 的判定为 "未发现"

  场景: GB35181 7.4.6 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_6.correctable_now | false |
      | fire.e_7_4_6.installed | true |
      | fire.e_7_4_6.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.6" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.4.6" 的证据包括 "fire.e_7_4_6.operable"

  场景: GB35181 7.4.6 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_6.correctable_now | false |
      | fire.e_7_4_6.installed | true |
      | fire.e_7_4_6.operable | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.6" 的判定为 "未发现"

  场景: GB35181 7.4.6 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_6.correctable_now | false |
      | fire.e_7_4_6.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.4.6" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.4.6" 待补充的事实包括 "fire.e_7_4_6.operable"

  场景: GB35181 7.4.6 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_4_6.correctable_now | true |
      | fire.e_7_4_6.installed | true |
      | fire.e_7_4_6.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.4.6" 的判定为 "未发现"

  场景: GB35181 7.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_5.correctable_now | false |
      | fire.e_7_5.required | true |
      | fire.e_7_5.installed | true |
      | fire.e_7_5.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.5" 的证据包括 "fire.e_7_5.operable"

  场景: GB35181 7.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_5.correctable_now | false |
      | fire.e_7_5.required | true |
      | fire.e_7_5.installed | true |
      | fire.e_7_5.operable | true |
    当进行判定
    那么 "fire-gb35181-2017.7.5" 的判定为 "未发现"

  场景: GB35181 7.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_5.correctable_now | false |
      | fire.e_7_5.required | true |
      | fire.e_7_5.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.5" 待补充的事实包括 "fire.e_7_5.operable"

  场景: GB35181 7.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_5.correctable_now | true |
      | fire.e_7_5.required | true |
      | fire.e_7_5.installed | true |
      | fire.e_7_5.operable | false |
    当进行判定
    那么 "fire-gb35181-2017.7.5" 的判定为 "未发现"

  场景: GB35181 7.6.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_1.correctable_now | false |
      | fire.e_7_6_1.compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.6.1" 的证据包括 "fire.e_7_6_1.compliant"

  场景: GB35181 7.6.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_1.correctable_now | false |
      | fire.e_7_6_1.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.6.1" 的判定为 "未发现"

  场景: GB35181 7.6.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_1.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.6.1" 待补充的事实包括 "fire.e_7_6_1.compliant"

  场景: GB35181 7.6.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_1.correctable_now | true |
      | fire.e_7_6_1.compliant | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.1" 的判定为 "未发现"

  场景: GB35181 7.6.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_2.correctable_now | false |
      | fire.e_7_6_2.dedicated | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.6.2" 的证据包括 "fire.e_7_6_2.dedicated"

  场景: GB35181 7.6.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_2.correctable_now | false |
      | fire.e_7_6_2.dedicated | true |
    当进行判定
    那么 "fire-gb35181-2017.7.6.2" 的判定为 "未发现"

  场景: GB35181 7.6.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_2.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.6.2" 待补充的事实包括 "fire.e_7_6_2.dedicated"

  场景: GB35181 7.6.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_2.correctable_now | true |
      | fire.e_7_6_2.dedicated | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.2" 的判定为 "未发现"

  场景: GB35181 7.6.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_3.correctable_now | false |
      | fire.e_7_6_3.required | true |
      | fire.e_7_6_3.installed | true |
      | fire.e_7_6_3.compliant | true |
      | fire.e_7_6_3.switches | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.6.3" 的证据包括 "fire.e_7_6_3.switches"

  场景: GB35181 7.6.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_3.correctable_now | false |
      | fire.e_7_6_3.required | true |
      | fire.e_7_6_3.installed | true |
      | fire.e_7_6_3.compliant | true |
      | fire.e_7_6_3.switches | true |
    当进行判定
    那么 "fire-gb35181-2017.7.6.3" 的判定为 "未发现"

  场景: GB35181 7.6.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_3.correctable_now | false |
      | fire.e_7_6_3.required | true |
      | fire.e_7_6_3.installed | true |
      | fire.e_7_6_3.compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.6.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.6.3" 待补充的事实包括 "fire.e_7_6_3.switches"

  场景: GB35181 7.6.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_6_3.correctable_now | true |
      | fire.e_7_6_3.required | true |
      | fire.e_7_6_3.installed | true |
      | fire.e_7_6_3.compliant | true |
      | fire.e_7_6_3.switches | false |
    当进行判定
    那么 "fire-gb35181-2017.7.6.3" 的判定为 "未发现"

  场景: GB35181 7.7.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_1.correctable_now | false |
      | fire.e_7_7_1.required | true |
      | fire.e_7_7_1.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.7.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.7.1" 的证据包括 "fire.e_7_7_1.installed"

  场景: GB35181 7.7.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_1.correctable_now | false |
      | fire.e_7_7_1.required | true |
      | fire.e_7_7_1.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.1" 的判定为 "未发现"

  场景: GB35181 7.7.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_1.correctable_now | false |
      | fire.e_7_7_1.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.7.1" 待补充的事实包括 "fire.e_7_7_1.installed"

  场景: GB35181 7.7.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_1.correctable_now | true |
      | fire.e_7_7_1.required | true |
      | fire.e_7_7_1.installed | false |
    当进行判定
    那么 "fire-gb35181-2017.7.7.1" 的判定为 "未发现"

  场景: GB35181 7.7.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_2.correctable_now | false |
      | fire.e_7_7_2.installed | true |
      | fire.e_7_7_2.runs_normally | false |
    当进行判定
    那么 "fire-gb35181-2017.7.7.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.7.2" 的证据包括 "fire.e_7_7_2.runs_normally"

  场景: GB35181 7.7.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_2.correctable_now | false |
      | fire.e_7_7_2.installed | true |
      | fire.e_7_7_2.runs_normally | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.2" 的判定为 "未发现"

  场景: GB35181 7.7.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_2.correctable_now | false |
      | fire.e_7_7_2.installed | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.7.2" 待补充的事实包括 "fire.e_7_7_2.runs_normally"

  场景: GB35181 7.7.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_2.correctable_now | true |
      | fire.e_7_7_2.installed | true |
      | fire.e_7_7_2.runs_normally | false |
    当进行判定
    那么 "fire-gb35181-2017.7.7.2" 的判定为 "未发现"

  场景: GB35181 7.7.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_3.correctable_now | false |
      | fire.e_7_7_3.present | true |
      | fire.e_7_7_3.linkage | 失效 |
    当进行判定
    那么 "fire-gb35181-2017.7.7.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.7.3" 的证据包括 "fire.e_7_7_3.linkage"

  场景: GB35181 7.7.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_3.correctable_now | false |
      | fire.e_7_7_3.present | true |
      | fire.e_7_7_3.linkage | 有效 |
    当进行判定
    那么 "fire-gb35181-2017.7.7.3" 的判定为 "未发现"

  场景: GB35181 7.7.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_3.correctable_now | false |
      | fire.e_7_7_3.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.7.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.7.3" 待补充的事实包括 "fire.e_7_7_3.linkage"

  场景: GB35181 7.7.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_7_3.correctable_now | true |
      | fire.e_7_7_3.present | true |
      | fire.e_7_7_3.linkage | 失效 |
    当进行判定
    那么 "fire-gb35181-2017.7.7.3" 的判定为 "未发现"

  场景: GB35181 7.8.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_8_1.correctable_now | false |
      | fire.e_7_8_1.required | true |
      | fire.e_7_8_1.established | false |
    当进行判定
    那么 "fire-gb35181-2017.7.8.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.8.1" 的证据包括 "fire.e_7_8_1.established"

  场景: GB35181 7.8.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_8_1.correctable_now | false |
      | fire.e_7_8_1.required | true |
      | fire.e_7_8_1.established | true |
    当进行判定
    那么 "fire-gb35181-2017.7.8.1" 的判定为 "未发现"

  场景: GB35181 7.8.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_8_1.correctable_now | false |
      | fire.e_7_8_1.required | true |
    当进行判定
    那么 "fire-gb35181-2017.7.8.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.8.1" 待补充的事实包括 "fire.e_7_8_1.established"

  场景: GB35181 7.8.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_8_1.correctable_now | true |
      | fire.e_7_8_1.required | true |
      | fire.e_7_8_1.established | false |
    当进行判定
    那么 "fire-gb35181-2017.7.8.1" 的判定为 "未发现"

  场景: GB35181 7.8.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_8_2.correctable_now | false |
      | fire.e_7_8_2.control_room | true |
      | fire.e_7_8_2.operators_certified | false |
    当进行判定
    那么 "fire-gb35181-2017.7.8.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.8.2" 的证据包括 "fire.e_7_8_2.operators_certified"

  场景: GB35181 7.8.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_8_2.correctable_now | false |
      | fire.e_7_8_2.control_room | true |
      | fire.e_7_8_2.operators_certified | true |
    当进行判定
    那么 "fire-gb35181-2017.7.8.2" 的判定为 "未发现"

  场景: GB35181 7.8.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_8_2.correctable_now | false |
      | fire.e_7_8_2.control_room | true |
    当进行判定
    那么 "fire-gb35181-2017.7.8.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.8.2" 待补充的事实包括 "fire.e_7_8_2.operators_certified"

  场景: GB35181 7.8.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_8_2.correctable_now | true |
      | fire.e_7_8_2.control_room | true |
      | fire.e_7_8_2.operators_certified | false |
    当进行判定
    那么 "fire-gb35181-2017.7.8.2" 的判定为 "未发现"

  场景: GB35181 7.9.1 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_1.correctable_now | false |
      | fire.e_7_9_1.present | true |
      | fire.e_7_9_1.grade_matches | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.1" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.1" 的证据包括 "fire.e_7_9_1.grade_matches"

  场景: GB35181 7.9.1 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_1.correctable_now | false |
      | fire.e_7_9_1.present | true |
      | fire.e_7_9_1.grade_matches | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.1" 的判定为 "未发现"

  场景: GB35181 7.9.1 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_1.correctable_now | false |
      | fire.e_7_9_1.present | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.1" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.1" 待补充的事实包括 "fire.e_7_9_1.grade_matches"

  场景: GB35181 7.9.1 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_1.correctable_now | true |
      | fire.e_7_9_1.present | true |
      | fire.e_7_9_1.grade_matches | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.1" 的判定为 "未发现"

  场景: GB35181 7.9.2 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_2.correctable_now | false |
      | fire.e_7_9_2.present | true |
      | fire.e_7_9_2.explosion_proof_electrics | 有效 |
      | fire.e_7_9_2.pressure_relief | 未设置 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.2" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.2" 的证据包括 "fire.e_7_9_2.pressure_relief"

  场景: GB35181 7.9.2 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_2.correctable_now | false |
      | fire.e_7_9_2.present | true |
      | fire.e_7_9_2.explosion_proof_electrics | 有效 |
      | fire.e_7_9_2.pressure_relief | 有效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.2" 的判定为 "未发现"

  场景: GB35181 7.9.2 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_2.correctable_now | false |
      | fire.e_7_9_2.present | true |
      | fire.e_7_9_2.explosion_proof_electrics | 有效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.2" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.2" 待补充的事实包括 "fire.e_7_9_2.pressure_relief"

  场景: GB35181 7.9.2 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_2.correctable_now | true |
      | fire.e_7_9_2.present | true |
      | fire.e_7_9_2.explosion_proof_electrics | 有效 |
      | fire.e_7_9_2.pressure_relief | 未设置 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.2" 的判定为 "未发现"

  场景: GB35181 7.9.3 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_3.correctable_now | false |
      | fire.e_7_9_3.present | true |
      | fire.e_7_9_3.use_compliant | true |
      | fire.e_7_9_3.piping_compliant | true |
      | fire.e_7_9_3.shutoff | 失效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.3" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.3" 的证据包括 "fire.e_7_9_3.shutoff"

  场景: GB35181 7.9.3 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_3.correctable_now | false |
      | fire.e_7_9_3.present | true |
      | fire.e_7_9_3.use_compliant | true |
      | fire.e_7_9_3.piping_compliant | true |
      | fire.e_7_9_3.shutoff | 有效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.3" 的判定为 "未发现"

  场景: GB35181 7.9.3 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_3.correctable_now | false |
      | fire.e_7_9_3.present | true |
      | fire.e_7_9_3.use_compliant | true |
      | fire.e_7_9_3.piping_compliant | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.3" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.3" 待补充的事实包括 "fire.e_7_9_3.shutoff"

  场景: GB35181 7.9.3 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_3.correctable_now | true |
      | fire.e_7_9_3.present | true |
      | fire.e_7_9_3.use_compliant | true |
      | fire.e_7_9_3.piping_compliant | true |
      | fire.e_7_9_3.shutoff | 失效 |
    当进行判定
    那么 "fire-gb35181-2017.7.9.3" 的判定为 "未发现"

  场景: GB35181 7.9.4 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_4.correctable_now | false |
      | fire.e_7_9_4.on_combustible | true |
      | fire.e_7_9_4.noncompliant_cables | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.4" 的证据包括 "fire.e_7_9_4.on_combustible"

  场景: GB35181 7.9.4 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_4.correctable_now | false |
      | fire.e_7_9_4.on_combustible | false |
      | fire.e_7_9_4.noncompliant_cables | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.4" 的判定为 "未发现"

  场景: GB35181 7.9.4 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_4.correctable_now | false |
      | fire.e_7_9_4.noncompliant_cables | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.4" 待补充的事实包括 "fire.e_7_9_4.on_combustible"

  场景: GB35181 7.9.4 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.e_7_9_4.correctable_now | true |
      | fire.e_7_9_4.on_combustible | true |
      | fire.e_7_9_4.noncompliant_cables | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.4" 的判定为 "未发现"

  场景: GB35181 7.9.5 情形存在且不能立即改正
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_9_5.correctable_now | false |
      | fire.e_7_9_5.flammable_decoration | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.5" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.7.9.5" 的证据包括 "fire.e_7_9_5.flammable_decoration"

  场景: GB35181 7.9.5 情形不存在
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_9_5.correctable_now | false |
      | fire.e_7_9_5.flammable_decoration | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.5" 的判定为 "未发现"

  场景: GB35181 7.9.5 缺少关键观察事实
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_9_5.correctable_now | false |
    当进行判定
    那么 "fire-gb35181-2017.7.9.5" 的判定为 "待补充"
    而且 "fire-gb35181-2017.7.9.5" 待补充的事实包括 "fire.e_7_9_5.flammable_decoration"

  场景: GB35181 7.9.5 情形存在但能立即改正，不作为判定要素
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.e_7_9_5.correctable_now | true |
      | fire.e_7_9_5.flammable_decoration | true |
    当进行判定
    那么 "fire-gb35181-2017.7.9.5" 的判定为 "未发现"
