# language: zh-CN
功能: 第五条 燃气厂站安全管理重大隐患

  场景: 储罐超限报警功能失效判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.storage_tanks.present | true |
      | city_gas.station.storage_tanks.monitoring | 有效 |
      | city_gas.station.storage_tanks.over_limit_alarm | 失效 |
    当进行判定
    那么 "city-gas-2023.5.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.5.1" 的证据包括 "city_gas.station.storage_tanks.over_limit_alarm"

  场景: 储罐未设置液位显示等监测装置判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.storage_tanks.present | true |
      | city_gas.station.storage_tanks.monitoring | 未设置 |
    当进行判定
    那么 "city-gas-2023.5.1" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.5.1" 的证据包括 "city_gas.station.storage_tanks.monitoring"

  场景: 储罐监测装置和超限报警均有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.storage_tanks.present | true |
      | city_gas.station.storage_tanks.monitoring | 有效 |
      | city_gas.station.storage_tanks.over_limit_alarm | 有效 |
    当进行判定
    那么 "city-gas-2023.5.1" 的判定为 "未发现"

  场景: 厂站没有储罐时未发现储罐隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.storage_tanks.present | false |
    当进行判定
    那么 "city-gas-2023.5.1" 的判定为 "未发现"

  场景: 监测装置有效但未核查超限报警时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.storage_tanks.present | true |
      | city_gas.station.storage_tanks.monitoring | 有效 |
    当进行判定
    那么 "city-gas-2023.5.1" 的判定为 "待补充"
    而且 "city-gas-2023.5.1" 待补充的事实包括 "city_gas.station.storage_tanks.over_limit_alarm"

  场景: 未设置超压放散装置判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.overpressure_shutoff | 有效 |
      | city_gas.station.overpressure_vent | 未设置 |
    当进行判定
    那么 "city-gas-2023.5.2" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.5.2" 的证据包括 "city_gas.station.overpressure_vent"

  场景: 自动切断和放散装置均有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.overpressure_shutoff | 有效 |
      | city_gas.station.overpressure_vent | 有效 |
    当进行判定
    那么 "city-gas-2023.5.2" 的判定为 "未发现"

  场景: 只核查了自动切断装置时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.overpressure_shutoff | 有效 |
    当进行判定
    那么 "city-gas-2023.5.2" 的判定为 "待补充"
    而且 "city-gas-2023.5.2" 待补充的事实包括 "city_gas.station.overpressure_vent"

  场景: 液化石油气装卸系统拉脱联锁保护装置未设置判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.loading_media | [液化石油气] |
      | city_gas.station.loading_pullaway_interlock | 未设置 |
    当进行判定
    那么 "city-gas-2023.5.3" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.5.3" 的证据包括 "city_gas.station.loading_pullaway_interlock"
    而且 "city-gas-2023.5.3" 的判定不依赖解读

  场景: 拉脱联锁保护装置失效按未设置判定，并说明所依解读
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.loading_media | [液化石油气] |
      | city_gas.station.loading_pullaway_interlock | 失效 |
    当进行判定
    那么 "city-gas-2023.5.3" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.5.3" 按解读判定，解读包含 "联锁保护装置失效按未设置处理"

  场景: 液化天然气装卸系统拉脱联锁保护装置有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.loading_media | [液化天然气] |
      | city_gas.station.loading_pullaway_interlock | 有效 |
    当进行判定
    那么 "city-gas-2023.5.3" 的判定为 "未发现"

  场景: 厂站没有装卸系统时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.loading_media | [] |
    当进行判定
    那么 "city-gas-2023.5.3" 的判定为 "未发现"

  场景: 有压缩天然气装卸系统但未核查联锁保护装置时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.loading_media | [压缩天然气] |
    当进行判定
    那么 "city-gas-2023.5.3" 的判定为 "待补充"
    而且 "city-gas-2023.5.3" 待补充的事实包括 "city_gas.station.loading_pullaway_interlock"

  场景: 爆炸危险环境内电气仪表装置防爆性能与区域不相对应判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.hazardous_area_devices.present | true |
      | city_gas.station.hazardous_area_devices.ex_matched | false |
    当进行判定
    那么 "city-gas-2023.5.4" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.5.4" 的证据包括 "city_gas.station.hazardous_area_devices.ex_matched"

  场景: 电气仪表装置防爆性能均与区域相对应时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.hazardous_area_devices.present | true |
      | city_gas.station.hazardous_area_devices.ex_matched | true |
    当进行判定
    那么 "city-gas-2023.5.4" 的判定为 "未发现"

  场景: 未核查防爆性能时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.hazardous_area_devices.present | true |
    当进行判定
    那么 "city-gas-2023.5.4" 的判定为 "待补充"
    而且 "city-gas-2023.5.4" 待补充的事实包括 "city_gas.station.hazardous_area_devices.ex_matched"

  场景: 可能达到爆炸下限20%的区域未设置固定式可燃气体报警装置判定为重大隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.leak_areas.present | true |
      | city_gas.station.leak_areas.fixed_gas_alarm | 未设置 |
    当进行判定
    那么 "city-gas-2023.5.5" 的判定为 "重大事故隐患"
    而且 "city-gas-2023.5.5" 的证据包括 "city_gas.station.leak_areas.fixed_gas_alarm"

  场景: 固定式可燃气体报警装置有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.leak_areas.present | true |
      | city_gas.station.leak_areas.fixed_gas_alarm | 有效 |
    当进行判定
    那么 "city-gas-2023.5.5" 的判定为 "未发现"

  场景: 有泄漏可能区域但未核查报警装置时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [燃气厂站] |
      | city_gas.station.leak_areas.present | true |
    当进行判定
    那么 "city-gas-2023.5.5" 的判定为 "待补充"
    而且 "city-gas-2023.5.5" 待补充的事实包括 "city_gas.station.leak_areas.fixed_gas_alarm"

  场景: 没有燃气厂站的经营者不适用第五条
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.operations | [瓶装燃气销售] |
      | city_gas.station.leak_areas.present | true |
      | city_gas.station.leak_areas.fixed_gas_alarm | 未设置 |
    当进行判定
    那么 "city-gas-2023.5.5" 的判定为 "不适用"
    而且 "city-gas-2023.5.5" 的不适用原因包含 "燃气厂站"

  场景: 未记录经营业务时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [城镇燃气] |
      | city_gas.station.overpressure_shutoff | 未设置 |
    当进行判定
    那么 "city-gas-2023.5.2" 的判定为 "待补充"
    而且 "city-gas-2023.5.2" 待补充的事实包括 "city_gas.operations"
