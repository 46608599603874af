# language: zh-CN
功能: 第十二条 自然发火严重，未采取有效措施

  场景: 第十二条（一）开采容易自燃煤层未采取综合防灭火措施：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.spontaneous_combustion | true |
      | coal.fire_prevention.special_design | true |
      | coal.fire_prevention.comprehensive_measures | false |
    当进行判定
    那么 "coal-2021.12.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.12.1" 的证据包括 "coal.fire_prevention.comprehensive_measures"

  场景: 第十二条（一）开采容易自燃煤层未采取综合防灭火措施：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.spontaneous_combustion | true |
      | coal.fire_prevention.special_design | true |
      | coal.fire_prevention.comprehensive_measures | true |
    当进行判定
    那么 "coal-2021.12.1" 的判定为 "未发现"

  场景: 第十二条（一）开采容易自燃煤层未采取综合防灭火措施：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.spontaneous_combustion | true |
      | coal.fire_prevention.special_design | true |
    当进行判定
    那么 "coal-2021.12.1" 的判定为 "待补充"
    而且 "coal-2021.12.1" 待补充的事实包括 "coal.fire_prevention.comprehensive_measures"

  场景: 第十二条（一）不开采容易自燃煤层的矿井不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.spontaneous_combustion | false |
    当进行判定
    那么 "coal-2021.12.1" 的判定为 "不适用"

  场景: 第十二条（二）高瓦斯矿井放顶煤开采不能有效防治自然发火：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.top_coal_caving.used | true |
      | coal.top_coal_caving.fire_controlled | false |
    当进行判定
    那么 "coal-2021.12.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.12.2" 的证据包括 "coal.top_coal_caving.fire_controlled"

  场景: 第十二条（二）高瓦斯矿井放顶煤开采不能有效防治自然发火：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.top_coal_caving.used | false |
    当进行判定
    那么 "coal-2021.12.2" 的判定为 "未发现"

  场景: 第十二条（二）高瓦斯矿井放顶煤开采不能有效防治自然发火：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.top_coal_caving.used | true |
    当进行判定
    那么 "coal-2021.12.2" 的判定为 "待补充"
    而且 "coal-2021.12.2" 待补充的事实包括 "coal.top_coal_caving.fire_controlled"

  场景: 第十二条（二）露天煤矿不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.12.2" 的判定为 "不适用"

  场景: 第十二条（三）有自然发火征兆未采取措施继续生产：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.self_heating.signs | true |
      | coal.self_heating.measures | false |
    当进行判定
    那么 "coal-2021.12.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.12.3" 的证据包括 "coal.self_heating.measures"

  场景: 第十二条（三）有自然发火征兆未采取措施继续生产：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.self_heating.signs | false |
    当进行判定
    那么 "coal-2021.12.3" 的判定为 "未发现"

  场景: 第十二条（三）有自然发火征兆未采取措施继续生产：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.self_heating.signs | true |
    当进行判定
    那么 "coal-2021.12.3" 的判定为 "待补充"
    而且 "coal-2021.12.3" 待补充的事实包括 "coal.self_heating.measures"

  场景: 第十二条（四）违规启封火区：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.fire_zone.illegal_unsealing | true |
    当进行判定
    那么 "coal-2021.12.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.12.4" 的证据包括 "coal.fire_zone.illegal_unsealing"

  场景: 第十二条（四）违规启封火区：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.fire_zone.illegal_unsealing | false |
    当进行判定
    那么 "coal-2021.12.4" 的判定为 "未发现"

  场景: 第十二条（四）违规启封火区：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.12.4" 的判定为 "待补充"
    而且 "coal-2021.12.4" 待补充的事实包括 "coal.fire_zone.illegal_unsealing"
