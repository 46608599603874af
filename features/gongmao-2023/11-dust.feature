# language: zh-CN
功能: 第十一条 存在粉尘爆炸危险的工贸企业

  场景: 粉尘爆炸危险场所设在非框架结构的多层厂房内判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.building.multistorey | true |
      | dust.building.frame_structure | false |
      | dust.zone.gathering_rooms | [] |
    当进行判定
    那么 "gongmao-2023.11.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.1" 的证据包括 "dust.building.frame_structure"

  场景: 粉尘爆炸危险场所内设有休息室判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.building.multistorey | false |
      | dust.zone.gathering_rooms | [休息室] |
    当进行判定
    那么 "gongmao-2023.11.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.1" 的证据包括 "dust.zone.gathering_rooms"

  场景: 单层厂房且场所内无人员聚集场所时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.building.multistorey | false |
      | dust.building.frame_structure | false |
      | dust.zone.gathering_rooms | [] |
    当进行判定
    那么 "gongmao-2023.11.1" 的判定为 "未发现"

  场景: 多层框架结构厂房且场所内无人员聚集场所时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.building.multistorey | true |
      | dust.building.frame_structure | true |
      | dust.zone.gathering_rooms | [] |
    当进行判定
    那么 "gongmao-2023.11.1" 的判定为 "未发现"

  场景: 多层厂房结构形式未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.building.multistorey | true |
      | dust.zone.gathering_rooms | [] |
    当进行判定
    那么 "gongmao-2023.11.1" 的判定为 "待补充"
    而且 "gongmao-2023.11.1" 待补充的事实包括 "dust.building.frame_structure"

  场景: 不同防火分区共用一套除尘系统判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.multi_fire_compartment | true |
    当进行判定
    那么 "gongmao-2023.11.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.2" 的证据包括 "dust.collector.multi_fire_compartment"

  场景: 除尘系统按类别和区域分设且互不连通时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.mixed_dust_categories | false |
      | dust.collector.with_flammable_gas | false |
      | dust.collector.multi_building | false |
      | dust.collector.multi_fire_compartment | false |
      | dust.collector.interconnected | false |
    当进行判定
    那么 "gongmao-2023.11.2" 的判定为 "未发现"

  场景: 除尘系统是否互联互通未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.mixed_dust_categories | false |
      | dust.collector.with_flammable_gas | false |
      | dust.collector.multi_building | false |
      | dust.collector.multi_fire_compartment | false |
    当进行判定
    那么 "gongmao-2023.11.2" 的判定为 "待补充"
    而且 "gongmao-2023.11.2" 待补充的事实包括 "dust.collector.interconnected"

  场景: 干式除尘系统未采取任何爆炸防控措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.dry | true |
      | dust.collector.explosion_measures | [] |
    当进行判定
    那么 "gongmao-2023.11.3" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.3" 的证据包括 "dust.collector.explosion_measures"

  场景: 干式除尘系统设有有效泄爆装置时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.dry | true |
      | dust.collector.explosion_measures | [泄爆] |
    当进行判定
    那么 "gongmao-2023.11.3" 的判定为 "未发现"

  场景: 采用湿式除尘时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.dry | false |
    当进行判定
    那么 "gongmao-2023.11.3" 的判定为 "未发现"

  场景: 干式除尘系统爆炸防控措施未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.dry | true |
    当进行判定
    那么 "gongmao-2023.11.3" 的判定为 "待补充"
    而且 "gongmao-2023.11.3" 待补充的事实包括 "dust.collector.explosion_measures"

  场景: 铝镁金属粉尘除尘系统采用正压除尘方式判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | true |
      | dust.metal_collector.positive_pressure | true |
      | dust.other_collector.positive_pressure | false |
    当进行判定
    那么 "gongmao-2023.11.4" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.4" 的证据包括 "dust.metal_collector.positive_pressure"

  场景: 木粉正压吹送且火花探测消除装置失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | false |
      | dust.other_collector.positive_pressure | true |
      | dust.other_collector.ignition_prevention | 失效 |
    当进行判定
    那么 "gongmao-2023.11.4" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.4" 的证据包括 "dust.other_collector.ignition_prevention"

  场景: 木粉正压吹送且火花探测消除装置有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | false |
      | dust.other_collector.positive_pressure | true |
      | dust.other_collector.ignition_prevention | 有效 |
    当进行判定
    那么 "gongmao-2023.11.4" 的判定为 "未发现"

  场景: 无金属粉尘且采用负压除尘时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | false |
      | dust.other_collector.positive_pressure | false |
    当进行判定
    那么 "gongmao-2023.11.4" 的判定为 "未发现"

  场景: 正压吹送粉尘但防范点燃源装置状态未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | false |
      | dust.other_collector.positive_pressure | true |
    当进行判定
    那么 "gongmao-2023.11.4" 的判定为 "待补充"
    而且 "gongmao-2023.11.4" 待补充的事实包括 "dust.other_collector.ignition_prevention"

  场景: 采用重力沉降室除尘判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.settling_chamber | true |
    当进行判定
    那么 "gongmao-2023.11.5" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.5" 的证据包括 "dust.collector.settling_chamber"

  场景: 不用重力沉降室也不用干式巷道风道时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.settling_chamber | false |
      | dust.collector.dry_tunnel_duct | false |
    当进行判定
    那么 "gongmao-2023.11.5" 的判定为 "未发现"

  场景: 是否采用干式巷道式风道未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.collector.settling_chamber | false |
    当进行判定
    那么 "gongmao-2023.11.5" 的判定为 "待补充"
    而且 "gongmao-2023.11.5" 待补充的事实包括 "dust.collector.dry_tunnel_duct"

  场景: 木质粉尘干式除尘系统未设置锁气卸灰装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | false |
      | dust.wood_dust.present | true |
      | dust.collector.dry | true |
      | dust.collector.airlock_discharge | 未设置 |
    当进行判定
    那么 "gongmao-2023.11.6" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.6" 的证据包括 "dust.collector.airlock_discharge"

  场景: 木质粉尘干式除尘系统锁气卸灰装置有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | false |
      | dust.wood_dust.present | true |
      | dust.collector.dry | true |
      | dust.collector.airlock_discharge | 有效 |
    当进行判定
    那么 "gongmao-2023.11.6" 的判定为 "未发现"

  场景: 既无金属粉尘也无木质粉尘时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | false |
      | dust.wood_dust.present | false |
    当进行判定
    那么 "gongmao-2023.11.6" 的判定为 "未发现"

  场景: 木质粉尘干式除尘系统锁气卸灰装置状态未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.metal_dust.present | false |
      | dust.wood_dust.present | true |
      | dust.collector.dry | true |
    当进行判定
    那么 "gongmao-2023.11.6" 的判定为 "待补充"
    而且 "gongmao-2023.11.6" 待补充的事实包括 "dust.collector.airlock_discharge"

  场景: 除尘器内20区电气设备不符合防爆要求判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.zone20.present | true |
      | dust.zone20.electrical_explosion_proof | false |
    当进行判定
    那么 "gongmao-2023.11.7" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.7" 的证据包括 "dust.zone20.electrical_explosion_proof"

  场景: 20区电气设备均符合防爆要求时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.zone20.present | true |
      | dust.zone20.electrical_explosion_proof | true |
    当进行判定
    那么 "gongmao-2023.11.7" 的判定为 "未发现"

  场景: 20区电气设备防爆情况未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.zone20.present | true |
    当进行判定
    那么 "gongmao-2023.11.7" 的判定为 "待补充"
    而且 "gongmao-2023.11.7" 待补充的事实包括 "dust.zone20.electrical_explosion_proof"

  场景: 砂光机风管未设置火花探测消除装置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.size_reduction.present | false |
      | dust.sander.present | true |
      | dust.sander.spark_detection | 未设置 |
    当进行判定
    那么 "gongmao-2023.11.8" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.8" 的证据包括 "dust.sander.spark_detection"

  场景: 粉碎机前除铁装置失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.size_reduction.present | true |
      | dust.size_reduction.foreign_matter_removal | 失效 |
      | dust.sander.present | false |
    当进行判定
    那么 "gongmao-2023.11.8" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.8" 的证据包括 "dust.size_reduction.foreign_matter_removal"

  场景: 除铁装置和砂光机火花探测消除装置均有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.size_reduction.present | true |
      | dust.size_reduction.foreign_matter_removal | 有效 |
      | dust.sander.present | true |
      | dust.sander.spark_detection | 有效 |
    当进行判定
    那么 "gongmao-2023.11.8" 的判定为 "未发现"

  场景: 有砂光机但火花探测消除装置状态未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.size_reduction.present | false |
      | dust.sander.present | true |
    当进行判定
    那么 "gongmao-2023.11.8" 的判定为 "待补充"
    而且 "gongmao-2023.11.8" 待补充的事实包括 "dust.sander.spark_detection"

  场景: 遇湿自燃金属粉尘储存场所未采取防止氢气积聚措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | profile.dust_explosion | true |
      | dust.water_reactive.present | true |
      | dust.water_reactive.hydrogen_prevention | false |
    当进行判定
    那么 "gongmao-2023.11.9" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.9" 的证据包括 "dust.water_reactive.hydrogen_prevention"

  场景: 遇湿自燃金属粉尘干式储存场所未防水防潮判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | profile.dust_explosion | true |
      | dust.water_reactive.present | true |
      | dust.water_reactive.hydrogen_prevention | true |
      | dust.water_reactive.dry_storage | true |
      | dust.water_reactive.waterproofing | false |
    当进行判定
    那么 "gongmao-2023.11.9" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.9" 的证据包括 "dust.water_reactive.waterproofing"

  场景: 遇湿自燃金属粉尘场所通风和防水防潮措施均落实时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | profile.dust_explosion | true |
      | dust.water_reactive.present | true |
      | dust.water_reactive.hydrogen_prevention | true |
      | dust.water_reactive.dry_storage | true |
      | dust.water_reactive.waterproofing | true |
    当进行判定
    那么 "gongmao-2023.11.9" 的判定为 "未发现"

  场景: 不涉及遇湿自燃金属粉尘时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.water_reactive.present | false |
    当进行判定
    那么 "gongmao-2023.11.9" 的判定为 "未发现"

  场景: 干式储存场所防水防潮情况未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | profile.dust_explosion | true |
      | dust.water_reactive.present | true |
      | dust.water_reactive.hydrogen_prevention | true |
      | dust.water_reactive.dry_storage | true |
    当进行判定
    那么 "gongmao-2023.11.9" 的判定为 "待补充"
    而且 "gongmao-2023.11.9" 待补充的事实包括 "dust.water_reactive.waterproofing"

  场景: 未落实粉尘清理制度造成积尘严重判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.cleaning.system_implemented | false |
      | dust.cleaning.accumulation_severe | true |
    当进行判定
    那么 "gongmao-2023.11.10" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.11.10" 的证据包括 "dust.cleaning.accumulation_severe"

  场景: 未落实清理制度但积尘不严重时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.cleaning.system_implemented | false |
      | dust.cleaning.accumulation_severe | false |
    当进行判定
    那么 "gongmao-2023.11.10" 的判定为 "未发现"

  场景: 落实粉尘清理制度时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.cleaning.system_implemented | true |
    当进行判定
    那么 "gongmao-2023.11.10" 的判定为 "未发现"

  场景: 未落实清理制度且积尘情况未判断时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | true |
      | dust.cleaning.system_implemented | false |
    当进行判定
    那么 "gongmao-2023.11.10" 的判定为 "待补充"
    而且 "gongmao-2023.11.10" 待补充的事实包括 "dust.cleaning.accumulation_severe"

  场景: 不存在粉尘爆炸危险的企业不适用第十一条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [轻工] |
      | profile.dust_explosion | false |
      | dust.collector.dry | true |
      | dust.collector.explosion_measures | [] |
    当进行判定
    那么 "gongmao-2023.11.3" 的判定为 "不适用"
    而且 "gongmao-2023.11.10" 的判定为 "不适用"
