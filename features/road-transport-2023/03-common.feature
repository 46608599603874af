# language: zh-CN
功能: 第三条 道路运输企业和城市客运企业

  场景: 第三条（一）超出许可事项经营：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
      | road.licence.held | true |
      | road.licence.within_scope | false |
    当进行判定
    那么 "road-transport-2023.3.1" 的判定为 "重大事故隐患"
    而且 "road-transport-2023.3.1" 的证据包括 "road.licence.within_scope"

  场景: 第三条（一）超出许可事项经营：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
      | road.licence.held | true |
      | road.licence.within_scope | true |
      | road.licence.valid | true |
    当进行判定
    那么 "road-transport-2023.3.1" 的判定为 "未发现"

  场景: 第三条（一）超出许可事项经营：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
      | road.licence.held | true |
      | road.licence.within_scope | true |
    当进行判定
    那么 "road-transport-2023.3.1" 的判定为 "待补充"
    而且 "road-transport-2023.3.1" 待补充的事实包括 "road.licence.valid"

  场景: 第三条（一）城市客运企业未取得经营许可判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城市客运] |
      | profile.road.business_types | [出租汽车客运] |
      | road.licence.held | false |
    当进行判定
    那么 "road-transport-2023.3.1" 的判定为 "重大事故隐患"

  场景: 第三条 非道路运输企业不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.road.business_types | [道路货物运输] |
      | road.licence.held | false |
    当进行判定
    那么 "road-transport-2023.3.1" 的判定为 "不适用"
    而且 "road-transport-2023.3.1" 的不适用原因包含 "道路运输企业和城市客运企业"

  场景: 第三条（二）使用检验检测超期的车辆经营：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
      | road.vehicles.noncompliant_used | true |
    当进行判定
    那么 "road-transport-2023.3.2" 的判定为 "重大事故隐患"
    而且 "road-transport-2023.3.2" 的证据包括 "road.vehicles.noncompliant_used"

  场景: 第三条（二）使用检验检测超期的车辆经营：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
      | road.vehicles.noncompliant_used | false |
    当进行判定
    那么 "road-transport-2023.3.2" 的判定为 "未发现"

  场景: 第三条（二）使用检验检测超期的车辆经营：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
    当进行判定
    那么 "road-transport-2023.3.2" 的判定为 "待补充"
    而且 "road-transport-2023.3.2" 待补充的事实包括 "road.vehicles.noncompliant_used"

  场景: 第三条（三）长期“三超一疲劳”未纠正也未处理：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.drivers.long_term_violations | true |
      | road.drivers.corrected_during_trip | false |
      | road.drivers.dealt_with_within_month | false |
    当进行判定
    那么 "road-transport-2023.3.3" 的判定为 "重大事故隐患"
    而且 "road-transport-2023.3.3" 的证据包括 "road.drivers.long_term_violations"

  场景: 第三条（三）长期“三超一疲劳”未纠正也未处理：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.drivers.long_term_violations | false |
      | road.drivers.points_10_event | false |
    当进行判定
    那么 "road-transport-2023.3.3" 的判定为 "未发现"

  场景: 第三条（三）长期“三超一疲劳”未纠正也未处理：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.drivers.long_term_violations | true |
      | road.drivers.corrected_during_trip | false |
      | road.drivers.points_10_event | false |
    当进行判定
    那么 "road-transport-2023.3.3" 的判定为 "待补充"
    而且 "road-transport-2023.3.3" 待补充的事实包括 "road.drivers.dealt_with_within_month"

  场景: 第三条（三）一次计10分的驾驶员未严肃处理仍安排上岗
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.drivers.long_term_violations | false |
      | road.drivers.points_10_event | true |
      | road.drivers.points_dealt_with | false |
      | road.drivers.still_assigned | true |
    当进行判定
    那么 "road-transport-2023.3.3" 的判定为 "重大事故隐患"
    而且 "road-transport-2023.3.3" 的证据包括 "road.drivers.still_assigned"

  场景: 第三条（三）运输过程中已提醒纠正的按两者均未做到理解，不构成
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.drivers.long_term_violations | true |
      | road.drivers.corrected_during_trip | true |
      | road.drivers.dealt_with_within_month | false |
      | road.drivers.points_10_event | false |
    当进行判定
    那么 "road-transport-2023.3.3" 的判定为 "未发现"

  场景: 第三条（四）台风橙色预警期间仍擅自安排运输：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.weather.warning_in_force | true |
      | road.weather.transport_dispatched | true |
    当进行判定
    那么 "road-transport-2023.3.4" 的判定为 "重大事故隐患"
    而且 "road-transport-2023.3.4" 的证据包括 "road.weather.transport_dispatched"

  场景: 第三条（四）台风橙色预警期间仍擅自安排运输：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.weather.warning_in_force | false |
    当进行判定
    那么 "road-transport-2023.3.4" 的判定为 "未发现"

  场景: 第三条（四）台风橙色预警期间仍擅自安排运输：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.weather.warning_in_force | true |
    当进行判定
    那么 "road-transport-2023.3.4" 的判定为 "待补充"
    而且 "road-transport-2023.3.4" 待补充的事实包括 "road.weather.transport_dispatched"

  场景: 第三条（五）检查人员认定其他重大事故隐患（人工判断）：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
      | road.other_major_hazard | true |
    当进行判定
    那么 "road-transport-2023.3.5" 的判定为 "重大事故隐患"
    而且 "road-transport-2023.3.5" 的证据包括 "road.other_major_hazard"

  场景: 第三条（五）检查人员认定其他重大事故隐患（人工判断）：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
      | road.other_major_hazard | false |
    当进行判定
    那么 "road-transport-2023.3.5" 的判定为 "未发现"

  场景: 第三条（五）检查人员认定其他重大事故隐患（人工判断）：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
    当进行判定
    那么 "road-transport-2023.3.5" 的判定为 "待补充"
    而且 "road-transport-2023.3.5" 待补充的事实包括 "road.other_major_hazard"

  场景: 第三条 其他各项已判定隐患时兜底条款仍不自动判定
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
      | road.vehicles.noncompliant_used | true |
    当进行判定
    那么 "road-transport-2023.3.2" 的判定为 "重大事故隐患"
    而且 "road-transport-2023.3.5" 的判定为 "待补充"
    而且 "road-transport-2023.3.5" 待补充的事实包括 "road.other_major_hazard"
