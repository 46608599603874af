# language: zh-CN
功能: 第八条 通风系统不完善、不可靠

  场景: 第八条（一）主要用风地点风量不足：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.air_sufficient | false |
    当进行判定
    那么 "coal-2021.8.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.1" 的证据包括 "coal.ventilation.air_sufficient"

  场景: 第八条（一）主要用风地点风量不足：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.air_sufficient | true |
    当进行判定
    那么 "coal-2021.8.1" 的判定为 "未发现"

  场景: 第八条（一）主要用风地点风量不足：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.8.1" 的判定为 "待补充"
    而且 "coal-2021.8.1" 待补充的事实包括 "coal.ventilation.air_sufficient"

  场景: 第八条（二）两台主要通风机不具有同等能力：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.fans.standby_present | true |
      | coal.fans.equal_capacity | false |
    当进行判定
    那么 "coal-2021.8.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.2" 的证据包括 "coal.fans.equal_capacity"

  场景: 第八条（二）两台主要通风机不具有同等能力：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.fans.standby_present | true |
      | coal.fans.equal_capacity | true |
    当进行判定
    那么 "coal-2021.8.2" 的判定为 "未发现"

  场景: 第八条（二）两台主要通风机不具有同等能力：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.fans.standby_present | true |
    当进行判定
    那么 "coal-2021.8.2" 的判定为 "待补充"
    而且 "coal-2021.8.2" 待补充的事实包括 "coal.fans.equal_capacity"

  场景: 第八条（三）违规串联通风：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.illegal_series | true |
    当进行判定
    那么 "coal-2021.8.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.3" 的证据包括 "coal.ventilation.illegal_series"

  场景: 第八条（三）违规串联通风：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.illegal_series | false |
    当进行判定
    那么 "coal-2021.8.3" 的判定为 "未发现"

  场景: 第八条（三）违规串联通风：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.8.3" 的判定为 "待补充"
    而且 "coal-2021.8.3" 待补充的事实包括 "coal.ventilation.illegal_series"

  场景: 第八条（四）采区未实现分区通风：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.per_design | true |
      | coal.ventilation.zoned | false |
    当进行判定
    那么 "coal-2021.8.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.4" 的证据包括 "coal.ventilation.zoned"

  场景: 第八条（四）采区未实现分区通风：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.per_design | true |
      | coal.ventilation.zoned | true |
    当进行判定
    那么 "coal-2021.8.4" 的判定为 "未发现"

  场景: 第八条（四）采区未实现分区通风：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.per_design | true |
    当进行判定
    那么 "coal-2021.8.4" 的判定为 "待补充"
    而且 "coal-2021.8.4" 待补充的事实包括 "coal.ventilation.zoned"

  场景: 第八条（五）高瓦斯矿井采区未设置专用回风巷：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.return_airway.all_dedicated | false |
    当进行判定
    那么 "coal-2021.8.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.5" 的证据包括 "coal.return_airway.all_dedicated"

  场景: 第八条（五）高瓦斯矿井采区未设置专用回风巷：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.return_airway.all_dedicated | true |
    当进行判定
    那么 "coal-2021.8.5" 的判定为 "未发现"

  场景: 第八条（五）高瓦斯矿井采区未设置专用回风巷：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.8.5" 的判定为 "待补充"
    而且 "coal-2021.8.5" 待补充的事实包括 "coal.return_airway.all_dedicated"

  场景: 第八条（五）低瓦斯矿井无联合布置、无容易自燃煤层采区时无须专用回风巷
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.districts.easy_combustion | false |
      | coal.districts.joint_layout | false |
      | coal.return_airway.all_dedicated | false |
    当进行判定
    那么 "coal-2021.8.5" 的判定为 "未发现"

  场景: 第八条（五）突出煤层工作面没有独立回风系统判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.return_airway.all_dedicated | true |
      | coal.return_airway.outburst_faces_independent | false |
    当进行判定
    那么 "coal-2021.8.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.5" 的证据包括 "coal.return_airway.outburst_faces_independent"

  场景: 第八条（六）风墙风门不合规造成风流短路：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.short_circuit | true |
    当进行判定
    那么 "coal-2021.8.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.6" 的证据包括 "coal.ventilation.short_circuit"

  场景: 第八条（六）风墙风门不合规造成风流短路：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.ventilation.short_circuit | false |
    当进行判定
    那么 "coal-2021.8.6" 的判定为 "未发现"

  场景: 第八条（六）风墙风门不合规造成风流短路：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.8.6" 的判定为 "待补充"
    而且 "coal-2021.8.6" 待补充的事实包括 "coal.ventilation.short_circuit"

  场景: 第八条（七）采区进回风巷未贯穿整个采区：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.districts.airways_incomplete | true |
    当进行判定
    那么 "coal-2021.8.7" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.7" 的证据包括 "coal.districts.airways_incomplete"

  场景: 第八条（七）采区进回风巷未贯穿整个采区：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.districts.airways_incomplete | false |
      | coal.districts.premature_driving | false |
    当进行判定
    那么 "coal-2021.8.7" 的判定为 "未发现"

  场景: 第八条（七）采区进回风巷未贯穿整个采区：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.districts.airways_incomplete | false |
    当进行判定
    那么 "coal-2021.8.7" 的判定为 "待补充"
    而且 "coal-2021.8.7" 待补充的事实包括 "coal.districts.premature_driving"

  场景: 第八条（八）掘进工作面闭锁装置不能正常使用：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.heading.present | true |
      | coal.heading.lockouts | 失效 |
    当进行判定
    那么 "coal-2021.8.8" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.8" 的证据包括 "coal.heading.lockouts"

  场景: 第八条（八）掘进工作面闭锁装置不能正常使用：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.heading.present | true |
      | coal.heading.lockouts | 有效 |
    当进行判定
    那么 "coal-2021.8.8" 的判定为 "未发现"

  场景: 第八条（八）掘进工作面闭锁装置不能正常使用：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.heading.present | true |
    当进行判定
    那么 "coal-2021.8.8" 的判定为 "待补充"
    而且 "coal-2021.8.8" 待补充的事实包括 "coal.heading.lockouts"

  场景: 第八条（九）高瓦斯矿井局部通风不能双风机双电源自动切换：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.heading.present | true |
      | coal.heading.dual_fans_auto_switch | false |
    当进行判定
    那么 "coal-2021.8.9" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.9" 的证据包括 "coal.heading.dual_fans_auto_switch"

  场景: 第八条（九）高瓦斯矿井局部通风不能双风机双电源自动切换：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.heading.present | true |
      | coal.heading.dual_fans_auto_switch | true |
    当进行判定
    那么 "coal-2021.8.9" 的判定为 "未发现"

  场景: 第八条（九）高瓦斯矿井局部通风不能双风机双电源自动切换：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.heading.present | true |
    当进行判定
    那么 "coal-2021.8.9" 的判定为 "待补充"
    而且 "coal-2021.8.9" 待补充的事实包括 "coal.heading.dual_fans_auto_switch"

  场景: 第八条（九）低瓦斯矿井不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.heading.present | true |
      | coal.heading.dual_fans_auto_switch | false |
    当进行判定
    那么 "coal-2021.8.9" 的判定为 "不适用"

  场景: 第八条（十）高瓦斯建设矿井进入二期工程未形成全风压通风系统：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.construction.phase | 二期工程 |
      | coal.construction.full_pressure_ventilation | false |
    当进行判定
    那么 "coal-2021.8.10" 的判定为 "重大事故隐患"
    而且 "coal-2021.8.10" 的证据包括 "coal.construction.full_pressure_ventilation"

  场景: 第八条（十）高瓦斯建设矿井进入二期工程未形成全风压通风系统：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.construction.phase | 二期工程 |
      | coal.construction.full_pressure_ventilation | true |
    当进行判定
    那么 "coal-2021.8.10" 的判定为 "未发现"

  场景: 第八条（十）高瓦斯建设矿井进入二期工程未形成全风压通风系统：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.construction.full_pressure_ventilation | false |
    当进行判定
    那么 "coal-2021.8.10" 的判定为 "待补充"
    而且 "coal-2021.8.10" 待补充的事实包括 "coal.construction.phase"

  场景: 第八条（十）低瓦斯建设矿井二期工程期间尚未到期限
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.construction.phase | 二期工程 |
      | coal.construction.full_pressure_ventilation | false |
    当进行判定
    那么 "coal-2021.8.10" 的判定为 "未发现"

  场景: 第八条（十）生产矿井不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.8.10" 的判定为 "不适用"
