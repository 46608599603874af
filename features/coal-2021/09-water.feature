# language: zh-CN
功能: 第九条 有严重水患，未采取有效措施

  场景: 第九条（一）未查明水文地质条件而组织生产建设：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.conditions_identified | false |
    当进行判定
    那么 "coal-2021.9.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.1" 的证据包括 "coal.hydro.conditions_identified"

  场景: 第九条（一）未查明水文地质条件而组织生产建设：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.conditions_identified | true |
    当进行判定
    那么 "coal-2021.9.1" 的判定为 "未发现"

  场景: 第九条（一）未查明水文地质条件而组织生产建设：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.9.1" 的判定为 "待补充"
    而且 "coal-2021.9.1" 待补充的事实包括 "coal.hydro.conditions_identified"

  场景: 第九条（二）水文地质类型复杂的矿井未配齐专用探放水设备：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.hydro_type | 复杂 |
      | coal.hydro.department | true |
      | coal.hydro.drilling_team | true |
      | coal.hydro.drilling_equipment | false |
    当进行判定
    那么 "coal-2021.9.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.2" 的证据包括 "coal.hydro.drilling_equipment"

  场景: 第九条（二）水文地质类型复杂的矿井未配齐专用探放水设备：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.hydro_type | 复杂 |
      | coal.hydro.department | true |
      | coal.hydro.drilling_team | true |
      | coal.hydro.drilling_equipment | true |
    当进行判定
    那么 "coal-2021.9.2" 的判定为 "未发现"

  场景: 第九条（二）水文地质类型复杂的矿井未配齐专用探放水设备：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.hydro_type | 复杂 |
      | coal.hydro.department | true |
      | coal.hydro.drilling_equipment | true |
    当进行判定
    那么 "coal-2021.9.2" 的判定为 "待补充"
    而且 "coal-2021.9.2" 待补充的事实包括 "coal.hydro.drilling_team"

  场景: 第九条（二）水文地质类型简单的矿井不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.hydro_type | 简单 |
    当进行判定
    那么 "coal-2021.9.2" 的判定为 "不适用"
    而且 "coal-2021.9.2" 的不适用原因包含 "复杂、极复杂"

  场景: 第九条（三）需要探放水的区域未探放水即采掘：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.probing_done | false |
    当进行判定
    那么 "coal-2021.9.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.3" 的证据包括 "coal.hydro.probing_done"

  场景: 第九条（三）需要探放水的区域未探放水即采掘：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.probing_done | true |
    当进行判定
    那么 "coal-2021.9.3" 的判定为 "未发现"

  场景: 第九条（三）需要探放水的区域未探放水即采掘：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.9.3" 的判定为 "待补充"
    而且 "coal-2021.9.3" 待补充的事实包括 "coal.hydro.probing_done"

  场景: 第九条（四）擅自开采防隔水煤柱：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.pillars_kept | false |
    当进行判定
    那么 "coal-2021.9.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.4" 的证据包括 "coal.hydro.pillars_kept"

  场景: 第九条（四）擅自开采防隔水煤柱：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.pillars_kept | true |
    当进行判定
    那么 "coal-2021.9.4" 的判定为 "未发现"

  场景: 第九条（四）擅自开采防隔水煤柱：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.9.4" 的判定为 "待补充"
    而且 "coal-2021.9.4" 待补充的事实包括 "coal.hydro.pillars_kept"

  场景: 第九条（五）有透水征兆未撤人：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.inrush_signs | true |
      | coal.hydro.evacuated | false |
    当进行判定
    那么 "coal-2021.9.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.5" 的证据包括 "coal.hydro.evacuated"

  场景: 第九条（五）有透水征兆未撤人：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.inrush_signs | true |
      | coal.hydro.evacuated | true |
    当进行判定
    那么 "coal-2021.9.5" 的判定为 "未发现"

  场景: 第九条（五）有透水征兆未撤人：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.inrush_signs | true |
    当进行判定
    那么 "coal-2021.9.5" 的判定为 "待补充"
    而且 "coal-2021.9.5" 待补充的事实包括 "coal.hydro.evacuated"

  场景: 第九条（六）受地表水倒灌威胁的矿井洪水期间未停产撤人：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.surface_water_threat | true |
      | coal.hydro.storm_evacuation | false |
    当进行判定
    那么 "coal-2021.9.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.6" 的证据包括 "coal.hydro.storm_evacuation"

  场景: 第九条（六）受地表水倒灌威胁的矿井洪水期间未停产撤人：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.surface_water_threat | false |
    当进行判定
    那么 "coal-2021.9.6" 的判定为 "未发现"

  场景: 第九条（六）受地表水倒灌威胁的矿井洪水期间未停产撤人：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.surface_water_threat | true |
    当进行判定
    那么 "coal-2021.9.6" 的判定为 "待补充"
    而且 "coal-2021.9.6" 待补充的事实包括 "coal.hydro.storm_evacuation"

  场景: 第九条（七）生产矿井延深到设计水平未建成防排水系统仍开拓掘进：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.deepening.at_design_level | true |
      | coal.deepening.systems_built | false |
      | coal.deepening.development_continued | true |
    当进行判定
    那么 "coal-2021.9.7" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.7" 的证据包括 "coal.deepening.development_continued"

  场景: 第九条（七）生产矿井延深到设计水平未建成防排水系统仍开拓掘进：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.deepening.at_design_level | true |
      | coal.deepening.systems_built | true |
    当进行判定
    那么 "coal-2021.9.7" 的判定为 "未发现"

  场景: 第九条（七）生产矿井延深到设计水平未建成防排水系统仍开拓掘进：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.deepening.at_design_level | true |
      | coal.deepening.systems_built | false |
    当进行判定
    那么 "coal-2021.9.7" 的判定为 "待补充"
    而且 "coal-2021.9.7" 待补充的事实包括 "coal.deepening.development_continued"

  场景: 第九条（七）建设矿井进入三期工程未建成永久排水系统判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.construction.phase | 三期工程 |
      | coal.drainage.permanent_built | false |
    当进行判定
    那么 "coal-2021.9.7" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.7" 的证据包括 "coal.drainage.permanent_built"

  场景: 第九条（八）主要排水系统能力不符合规定：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.drainage.capacity_compliant | false |
    当进行判定
    那么 "coal-2021.9.8" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.8" 的证据包括 "coal.drainage.capacity_compliant"

  场景: 第九条（八）主要排水系统能力不符合规定：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.drainage.capacity_compliant | true |
    当进行判定
    那么 "coal-2021.9.8" 的判定为 "未发现"

  场景: 第九条（八）主要排水系统能力不符合规定：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.9.8" 的判定为 "待补充"
    而且 "coal-2021.9.8" 待补充的事实包括 "coal.drainage.capacity_compliant"

  场景: 第九条（九）水体下急倾斜煤层开采未消除水患威胁：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.steep_seam_under_water | true |
      | coal.hydro.threat_eliminated | false |
    当进行判定
    那么 "coal-2021.9.9" 的判定为 "重大事故隐患"
    而且 "coal-2021.9.9" 的证据包括 "coal.hydro.threat_eliminated"

  场景: 第九条（九）水体下急倾斜煤层开采未消除水患威胁：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.steep_seam_under_water | false |
    当进行判定
    那么 "coal-2021.9.9" 的判定为 "未发现"

  场景: 第九条（九）水体下急倾斜煤层开采未消除水患威胁：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hydro.steep_seam_under_water | true |
    当进行判定
    那么 "coal-2021.9.9" 的判定为 "待补充"
    而且 "coal-2021.9.9" 待补充的事实包括 "coal.hydro.threat_eliminated"
