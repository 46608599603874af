# language: zh-CN
功能: 第十八条 其他重大事故隐患

  场景: 第十八条（一）未配备专职总工程师：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.staff.key_positions | false |
    当进行判定
    那么 "coal-2021.18.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.1" 的证据包括 "coal.staff.key_positions"

  场景: 第十八条（一）未配备专职总工程师：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.staff.key_positions | true |
    当进行判定
    那么 "coal-2021.18.1" 的判定为 "未发现"

  场景: 第十八条（一）未配备专职总工程师：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.18.1" 的判定为 "待补充"
    而且 "coal-2021.18.1" 待补充的事实包括 "coal.staff.key_positions"

  场景: 第十八条（二）未足额提取安全生产费用：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.safety_costs.extracted | false |
    当进行判定
    那么 "coal-2021.18.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.2" 的证据包括 "coal.safety_costs.extracted"

  场景: 第十八条（二）未足额提取安全生产费用：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.safety_costs.extracted | true |
      | coal.safety_costs.used_in_scope | true |
    当进行判定
    那么 "coal-2021.18.2" 的判定为 "未发现"

  场景: 第十八条（二）未足额提取安全生产费用：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.safety_costs.extracted | true |
    当进行判定
    那么 "coal-2021.18.2" 的判定为 "待补充"
    而且 "coal-2021.18.2" 待补充的事实包括 "coal.safety_costs.used_in_scope"

  场景: 第十八条（三）瓦斯等级鉴定弄虚作假：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_grade.assessed | true |
      | coal.gas_grade.falsified | true |
    当进行判定
    那么 "coal-2021.18.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.3" 的证据包括 "coal.gas_grade.falsified"

  场景: 第十八条（三）瓦斯等级鉴定弄虚作假：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_grade.assessed | true |
      | coal.gas_grade.falsified | false |
    当进行判定
    那么 "coal-2021.18.3" 的判定为 "未发现"

  场景: 第十八条（三）瓦斯等级鉴定弄虚作假：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_grade.assessed | true |
    当进行判定
    那么 "coal-2021.18.3" 的判定为 "待补充"
    而且 "coal-2021.18.3" 待补充的事实包括 "coal.gas_grade.falsified"

  场景: 第十八条（四）煤层瓦斯压力达到0.74MPa未按突出煤层管理：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst_signs.dynamic_phenomenon | false |
      | coal.outburst_signs.adjacent_outburst | false |
      | coal.outburst_signs.seam_designated | false |
      | coal.outburst_signs.seam_gas_pressure | 0.74 |
      | coal.outburst_signs.managed_as_outburst | false |
      | coal.outburst_signs.assessed_in_time | true |
      | coal.outburst_signs.mine_designated_outburst | false |
    当进行判定
    那么 "coal-2021.18.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.4" 的证据包括 "coal.outburst_signs.seam_gas_pressure"

  场景: 第十八条（四）煤层瓦斯压力达到0.74MPa未按突出煤层管理：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst_signs.dynamic_phenomenon | false |
      | coal.outburst_signs.adjacent_outburst | false |
      | coal.outburst_signs.seam_designated | false |
      | coal.outburst_signs.seam_gas_pressure | 0.73 |
    当进行判定
    那么 "coal-2021.18.4" 的判定为 "未发现"

  场景: 第十八条（四）煤层瓦斯压力达到0.74MPa未按突出煤层管理：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst_signs.dynamic_phenomenon | true |
      | coal.outburst_signs.managed_as_outburst | false |
    当进行判定
    那么 "coal-2021.18.4" 的判定为 "待补充"
    而且 "coal-2021.18.4" 待补充的事实包括 "coal.outburst_signs.mine_designated_outburst"

  场景: 第十八条（四）突出矿井不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.18.4" 的判定为 "不适用"
    而且 "coal-2021.18.4" 的不适用原因包含 "非突出矿井"

  场景: 第十八条（五）隐瞒下井人数：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.falsification.found | [隐瞒下井人数] |
    当进行判定
    那么 "coal-2021.18.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.5" 的证据包括 "coal.falsification.found"

  场景: 第十八条（五）隐瞒下井人数：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.falsification.found | [] |
    当进行判定
    那么 "coal-2021.18.5" 的判定为 "未发现"

  场景: 第十八条（五）隐瞒下井人数：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.18.5" 的判定为 "待补充"
    而且 "coal-2021.18.5" 待补充的事实包括 "coal.falsification.found"

  场景: 第十八条（六）人员位置监测系统不能正常运行：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.monitoring.safety_system | 有效 |
      | coal.monitoring.personnel_system | 失效 |
    当进行判定
    那么 "coal-2021.18.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.6" 的证据包括 "coal.monitoring.personnel_system"

  场景: 第十八条（六）人员位置监测系统不能正常运行：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.monitoring.safety_system | 有效 |
      | coal.monitoring.personnel_system | 有效 |
      | coal.monitoring.data_tampered | false |
    当进行判定
    那么 "coal-2021.18.6" 的判定为 "未发现"

  场景: 第十八条（六）人员位置监测系统不能正常运行：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.monitoring.safety_system | 有效 |
      | coal.monitoring.personnel_system | 有效 |
    当进行判定
    那么 "coal-2021.18.6" 的判定为 "待补充"
    而且 "coal-2021.18.6" 待补充的事实包括 "coal.monitoring.data_tampered"

  场景: 第十八条（六）突出矿井存在第七条第二项情形判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.monitoring.safety_system | 有效 |
      | coal.monitoring.personnel_system | 有效 |
      | coal.monitoring.data_tampered | false |
      | coal.methane_sensors.disabled_by_people | true |
    当进行判定
    那么 "coal-2021.18.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.6" 的证据包括 "coal.methane_sensors.disabled_by_people"

  场景: 第十八条（六）低瓦斯矿井的甲烷传感器情形不按本项判定
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.monitoring.safety_system | 有效 |
      | coal.monitoring.personnel_system | 有效 |
      | coal.monitoring.data_tampered | false |
      | coal.methane_sensors.disabled_by_people | true |
    当进行判定
    那么 "coal-2021.18.6" 的判定为 "未发现"

  场景: 第十八条（七）提升人员的提升机超员运行：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hoist.present | true |
      | coal.hoist.protection | 有效 |
      | coal.hoist.over_capacity | true |
    当进行判定
    那么 "coal-2021.18.7" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.7" 的证据包括 "coal.hoist.over_capacity"

  场景: 第十八条（七）提升人员的提升机超员运行：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hoist.present | true |
      | coal.hoist.protection | 有效 |
      | coal.hoist.over_capacity | false |
    当进行判定
    那么 "coal-2021.18.7" 的判定为 "未发现"

  场景: 第十八条（七）提升人员的提升机超员运行：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.hoist.present | true |
      | coal.hoist.protection | 有效 |
    当进行判定
    那么 "coal-2021.18.7" 的判定为 "待补充"
    而且 "coal-2021.18.7" 待补充的事实包括 "coal.hoist.over_capacity"

  场景: 第十八条（八）输送带温度烟雾监测装置失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.belt.present | true |
      | coal.belt.tested | true |
      | coal.belt.protection | 有效 |
      | coal.belt.temperature_smoke | 失效 |
    当进行判定
    那么 "coal-2021.18.8" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.8" 的证据包括 "coal.belt.temperature_smoke"

  场景: 第十八条（八）输送带温度烟雾监测装置失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.belt.present | true |
      | coal.belt.tested | true |
      | coal.belt.protection | 有效 |
      | coal.belt.temperature_smoke | 有效 |
    当进行判定
    那么 "coal-2021.18.8" 的判定为 "未发现"

  场景: 第十八条（八）输送带温度烟雾监测装置失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.belt.present | true |
      | coal.belt.tested | true |
      | coal.belt.protection | 有效 |
    当进行判定
    那么 "coal-2021.18.8" 的判定为 "待补充"
    而且 "coal-2021.18.8" 待补充的事实包括 "coal.belt.temperature_smoke"

  场景: 第十八条（九）采掘工作面未按规定安设压风供水通信：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.maintenance.work_beyond | false |
      | coal.faces.air_water_comms | false |
    当进行判定
    那么 "coal-2021.18.9" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.9" 的证据包括 "coal.faces.air_water_comms"

  场景: 第十八条（九）采掘工作面未按规定安设压风供水通信：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.maintenance.work_beyond | false |
      | coal.faces.air_water_comms | true |
    当进行判定
    那么 "coal-2021.18.9" 的判定为 "未发现"

  场景: 第十八条（九）采掘工作面未按规定安设压风供水通信：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.maintenance.work_beyond | false |
    当进行判定
    那么 "coal-2021.18.9" 的判定为 "待补充"
    而且 "coal-2021.18.9" 待补充的事实包括 "coal.faces.air_water_comms"

  场景: 第十八条（十）露天煤矿边坡角大于设计最大值：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.slope.angle | 46 |
      | coal.slope.design_max_angle | 45 |
    当进行判定
    那么 "coal-2021.18.10" 的判定为 "重大事故隐患"
    而且 "coal-2021.18.10" 的证据包括 "coal.slope.angle"

  场景: 第十八条（十）露天煤矿边坡角大于设计最大值：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.slope.angle | 45 |
      | coal.slope.design_max_angle | 45 |
      | coal.slope.severe_deformation | false |
    当进行判定
    那么 "coal-2021.18.10" 的判定为 "未发现"

  场景: 第十八条（十）露天煤矿边坡角大于设计最大值：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.slope.angle | 45 |
      | coal.slope.design_max_angle | 45 |
    当进行判定
    那么 "coal-2021.18.10" 的判定为 "待补充"
    而且 "coal-2021.18.10" 待补充的事实包括 "coal.slope.severe_deformation"

  场景: 第十八条（十）按核对结论“大于设计最大值”判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.slope.angle_check | 大于设计最大值 |
    当进行判定
    那么 "coal-2021.18.10" 的判定为 "重大事故隐患"

  场景: 第十八条（十）边坡严重变形未及时治理判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.slope.angle_check | 未大于设计最大值 |
      | coal.slope.severe_deformation | true |
      | coal.slope.treated_in_time | false |
    当进行判定
    那么 "coal-2021.18.10" 的判定为 "重大事故隐患"

  场景: 第十八条（十）井工煤矿不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
    当进行判定
    那么 "coal-2021.18.10" 的判定为 "不适用"
