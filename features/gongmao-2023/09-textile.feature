# language: zh-CN
功能: 第九条 纺织企业

  场景: 热定型工艺热媒炉未与人员聚集场所隔开或者单独设置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | textile.heat_setting.present | true |
      | textile.heat_setting.facilities_separated | false |
    当进行判定
    那么 "gongmao-2023.9.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.9.1" 的证据包括 "textile.heat_setting.facilities_separated"

  场景: 热定型工艺热媒炉未与人员聚集场所隔开或者单独设置：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | textile.heat_setting.present | true |
      | textile.heat_setting.facilities_separated | true |
    当进行判定
    那么 "gongmao-2023.9.1" 的判定为 "未发现"

  场景: 热定型工艺热媒炉未与人员聚集场所隔开或者单独设置：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | textile.heat_setting.present | true |
    当进行判定
    那么 "gongmao-2023.9.1" 的判定为 "待补充"
    而且 "gongmao-2023.9.1" 待补充的事实包括 "textile.heat_setting.facilities_separated"

  场景: 保险粉储存场所未采取防水防潮措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | textile.chemicals.stored | [保险粉] |
      | textile.chemicals.mixed_with_incompatible | false |
      | textile.chemicals.hydrosulfite_moisture_protection | false |
    当进行判定
    那么 "gongmao-2023.9.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.9.2" 的证据包括 "textile.chemicals.hydrosulfite_moisture_protection"

  场景: 保险粉储存场所未采取防水防潮措施：各项均符合要求时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | textile.chemicals.stored | [保险粉, 双氧水] |
      | textile.chemicals.mixed_with_incompatible | false |
      | textile.chemicals.hydrosulfite_moisture_protection | true |
    当进行判定
    那么 "gongmao-2023.9.2" 的判定为 "未发现"

  场景: 保险粉储存场所未采取防水防潮措施：缺少关键事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | textile.chemicals.stored | [保险粉, 双氧水] |
      | textile.chemicals.mixed_with_incompatible | false |
    当进行判定
    那么 "gongmao-2023.9.2" 的判定为 "待补充"
    而且 "gongmao-2023.9.2" 待补充的事实包括 "textile.chemicals.hydrosulfite_moisture_protection"

  场景: 双氧水与禁忌物料混合储存判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | textile.chemicals.stored | [双氧水] |
      | textile.chemicals.mixed_with_incompatible | true |
    当进行判定
    那么 "gongmao-2023.9.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.9.2" 的证据包括 "textile.chemicals.mixed_with_incompatible"

  场景: 未储存保险粉且无混储时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | textile.chemicals.stored | [双氧水] |
      | textile.chemicals.mixed_with_incompatible | false |
    当进行判定
    那么 "gongmao-2023.9.2" 的判定为 "未发现"

  场景: 轻工企业不适用第九条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | textile.heat_setting.present | true |
      | textile.heat_setting.facilities_separated | false |
    当进行判定
    那么 "gongmao-2023.9.1" 的判定为 "不适用"
    而且 "gongmao-2023.9.2" 的判定为 "不适用"
