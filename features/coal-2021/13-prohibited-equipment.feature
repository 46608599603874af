# language: zh-CN
功能: 第十三条 使用明令禁止使用或者淘汰的设备、工艺

  场景: 第十三条（一）使用禁止井工煤矿使用的设备：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.banned_equipment.used | true |
    当进行判定
    那么 "coal-2021.13.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.13.1" 的证据包括 "coal.banned_equipment.used"

  场景: 第十三条（一）使用禁止井工煤矿使用的设备：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.banned_equipment.used | false |
    当进行判定
    那么 "coal-2021.13.1" 的判定为 "未发现"

  场景: 第十三条（一）使用禁止井工煤矿使用的设备：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.13.1" 的判定为 "待补充"
    而且 "coal-2021.13.1" 待补充的事实包括 "coal.banned_equipment.used"

  场景: 第十三条（二）井下电缆未取得煤矿矿用产品安全标志：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.electrics.safety_marked | false |
    当进行判定
    那么 "coal-2021.13.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.13.2" 的证据包括 "coal.electrics.safety_marked"

  场景: 第十三条（二）井下电缆未取得煤矿矿用产品安全标志：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.electrics.safety_marked | true |
    当进行判定
    那么 "coal-2021.13.2" 的判定为 "未发现"

  场景: 第十三条（二）井下电缆未取得煤矿矿用产品安全标志：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.13.2" 的判定为 "待补充"
    而且 "coal-2021.13.2" 待补充的事实包括 "coal.electrics.safety_marked"

  场景: 第十三条（三）采区防爆电气设备失爆：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.electrics.grade_mismatch | false |
      | coal.electrics.flameproof_failure | true |
    当进行判定
    那么 "coal-2021.13.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.13.3" 的证据包括 "coal.electrics.flameproof_failure"

  场景: 第十三条（三）采区防爆电气设备失爆：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.electrics.grade_mismatch | false |
      | coal.electrics.flameproof_failure | false |
      | coal.trackless.non_flameproof | false |
    当进行判定
    那么 "coal-2021.13.3" 的判定为 "未发现"

  场景: 第十三条（三）采区防爆电气设备失爆：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.electrics.grade_mismatch | false |
      | coal.electrics.flameproof_failure | false |
    当进行判定
    那么 "coal-2021.13.3" 的判定为 "待补充"
    而且 "coal-2021.13.3" 待补充的事实包括 "coal.trackless.non_flameproof"

  场景: 第十三条（四）裸露爆破：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.blasting.permitted_explosives | true |
      | coal.blasting.dedicated_exploder | true |
      | coal.blasting.exposed | true |
    当进行判定
    那么 "coal-2021.13.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.13.4" 的证据包括 "coal.blasting.exposed"

  场景: 第十三条（四）裸露爆破：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.blasting.permitted_explosives | true |
      | coal.blasting.dedicated_exploder | true |
      | coal.blasting.exposed | false |
    当进行判定
    那么 "coal-2021.13.4" 的判定为 "未发现"

  场景: 第十三条（四）裸露爆破：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.blasting.permitted_explosives | true |
      | coal.blasting.exposed | false |
    当进行判定
    那么 "coal-2021.13.4" 的判定为 "待补充"
    而且 "coal-2021.13.4" 待补充的事实包括 "coal.blasting.dedicated_exploder"

  场景: 第十三条（五）采煤工作面只有1个畅通的安全出口：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.longwall.min_clear_exits | 1 |
    当进行判定
    那么 "coal-2021.13.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.13.5" 的证据包括 "coal.longwall.min_clear_exits"

  场景: 第十三条（五）采煤工作面只有1个畅通的安全出口：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.longwall.min_clear_exits | 2 |
    当进行判定
    那么 "coal-2021.13.5" 的判定为 "未发现"

  场景: 第十三条（五）采煤工作面只有1个畅通的安全出口：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.13.5" 的判定为 "待补充"
    而且 "coal-2021.13.5" 待补充的事实包括 "coal.longwall.min_clear_exits"

  场景: 第十三条（六）高瓦斯矿井采用前进式采煤方法：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.longwall.advancing | true |
    当进行判定
    那么 "coal-2021.13.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.13.6" 的证据包括 "coal.longwall.advancing"

  场景: 第十三条（六）高瓦斯矿井采用前进式采煤方法：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 高瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.longwall.advancing | false |
    当进行判定
    那么 "coal-2021.13.6" 的判定为 "未发现"

  场景: 第十三条（六）高瓦斯矿井采用前进式采煤方法：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.longwall.advancing | true |
      | profile.coal.spontaneous_combustion | true |
    当进行判定
    那么 "coal-2021.13.6" 的判定为 "待补充"
    而且 "coal-2021.13.6" 待补充的事实包括 "coal.longwall.advancing_thin_seam_only"

  场景: 第十三条（六）开采自燃煤层的低瓦斯矿井前进式开采薄煤层的除外
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.spontaneous_combustion | true |
      | coal.longwall.advancing | true |
      | coal.longwall.advancing_thin_seam_only | true |
    当进行判定
    那么 "coal-2021.13.6" 的判定为 "未发现"
