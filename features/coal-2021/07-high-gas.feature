# language: zh-CN
功能: 第七条 高瓦斯矿井未建立瓦斯抽采系统和监控系统，或者系统不能正常运行

  场景: 第七条（一）应建未建瓦斯抽采系统：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_drainage.system_required | true |
      | coal.gas_drainage.system | 未设置 |
    当进行判定
    那么 "coal-2021.7.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.7.1" 的证据包括 "coal.gas_drainage.system"

  场景: 第七条（一）应建未建瓦斯抽采系统：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_drainage.system_required | true |
      | coal.gas_drainage.system | 有效 |
    当进行判定
    那么 "coal-2021.7.1" 的判定为 "未发现"

  场景: 第七条（一）应建未建瓦斯抽采系统：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_drainage.system_required | true |
    当进行判定
    那么 "coal-2021.7.1" 的判定为 "待补充"
    而且 "coal-2021.7.1" 待补充的事实包括 "coal.gas_drainage.system"

  场景: 第七条（一）瓦斯抽采系统不正常使用判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_drainage.system_required | true |
      | coal.gas_drainage.system | 失效 |
    当进行判定
    那么 "coal-2021.7.1" 的判定为 "重大事故隐患"

  场景: 第七条 突出矿井不适用（其甲烷传感器情形按第十八条（六））
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.7.1" 的判定为 "不适用"
    而且 "coal-2021.7.2" 的判定为 "不适用"

  场景: 第七条（二）瓦斯超限后不能断电：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.methane_sensors.installed_calibrated | true |
      | coal.methane_sensors.disabled_by_people | false |
      | coal.methane_sensors.alarm_and_cutoff | false |
    当进行判定
    那么 "coal-2021.7.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.7.2" 的证据包括 "coal.methane_sensors.alarm_and_cutoff"

  场景: 第七条（二）瓦斯超限后不能断电：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.methane_sensors.installed_calibrated | true |
      | coal.methane_sensors.disabled_by_people | false |
      | coal.methane_sensors.alarm_and_cutoff | true |
    当进行判定
    那么 "coal-2021.7.2" 的判定为 "未发现"

  场景: 第七条（二）瓦斯超限后不能断电：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.methane_sensors.installed_calibrated | true |
      | coal.methane_sensors.alarm_and_cutoff | true |
    当进行判定
    那么 "coal-2021.7.2" 的判定为 "待补充"
    而且 "coal-2021.7.2" 待补充的事实包括 "coal.methane_sensors.disabled_by_people"
