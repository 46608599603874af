# language: zh-CN
功能: 第十一条 有冲击地压危险，未采取有效措施

  场景: 第十一条（一）开采冲击地压煤层未进行采区冲击危险性评价：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.rock_burst.proneness_tested | true |
      | coal.rock_burst.prone_seams | true |
      | coal.rock_burst.hazard_evaluated | true |
      | coal.rock_burst.burst_seams | true |
      | coal.rock_burst.districts_evaluated | false |
    当进行判定
    那么 "coal-2021.11.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.11.1" 的证据包括 "coal.rock_burst.districts_evaluated"

  场景: 第十一条（一）开采冲击地压煤层未进行采区冲击危险性评价：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.rock_burst.proneness_tested | true |
      | coal.rock_burst.prone_seams | false |
      | coal.rock_burst.burst_seams | false |
    当进行判定
    那么 "coal-2021.11.1" 的判定为 "未发现"

  场景: 第十一条（一）开采冲击地压煤层未进行采区冲击危险性评价：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.rock_burst.proneness_tested | true |
      | coal.rock_burst.prone_seams | true |
      | coal.rock_burst.burst_seams | false |
    当进行判定
    那么 "coal-2021.11.1" 的判定为 "待补充"
    而且 "coal-2021.11.1" 待补充的事实包括 "coal.rock_burst.hazard_evaluated"

  场景: 第十一条（一）未按规定进行冲击倾向性鉴定判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.rock_burst.proneness_tested | false |
    当进行判定
    那么 "coal-2021.11.1" 的判定为 "重大事故隐患"

  场景: 第十一条（二）有冲击地压危险的矿井未编制专门设计：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.department | true |
      | coal.rock_burst.specialists | true |
      | coal.rock_burst.special_design | false |
    当进行判定
    那么 "coal-2021.11.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.11.2" 的证据包括 "coal.rock_burst.special_design"

  场景: 第十一条（二）有冲击地压危险的矿井未编制专门设计：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.department | true |
      | coal.rock_burst.specialists | true |
      | coal.rock_burst.special_design | true |
    当进行判定
    那么 "coal-2021.11.2" 的判定为 "未发现"

  场景: 第十一条（二）有冲击地压危险的矿井未编制专门设计：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.department | true |
      | coal.rock_burst.special_design | true |
    当进行判定
    那么 "coal-2021.11.2" 的判定为 "待补充"
    而且 "coal-2021.11.2" 待补充的事实包括 "coal.rock_burst.specialists"

  场景: 第十一条（二）无冲击地压危险的矿井不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | false |
      | coal.rock_burst.special_design | false |
    当进行判定
    那么 "coal-2021.11.2" 的判定为 "不适用"
    而且 "coal-2021.11.2" 的不适用原因包含 "有冲击地压危险的矿井"

  场景: 第十一条（三）防冲措施效果检验不达标仍组织生产：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.prediction_done | true |
      | coal.rock_burst.effect_checked | true |
      | coal.rock_burst.substandard_production | true |
    当进行判定
    那么 "coal-2021.11.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.11.3" 的证据包括 "coal.rock_burst.substandard_production"

  场景: 第十一条（三）防冲措施效果检验不达标仍组织生产：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.prediction_done | true |
      | coal.rock_burst.effect_checked | true |
      | coal.rock_burst.substandard_production | false |
    当进行判定
    那么 "coal-2021.11.3" 的判定为 "未发现"

  场景: 第十一条（三）防冲措施效果检验不达标仍组织生产：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.prediction_done | true |
      | coal.rock_burst.effect_checked | true |
    当进行判定
    那么 "coal-2021.11.3" 的判定为 "待补充"
    而且 "coal-2021.11.3" 待补充的事实包括 "coal.rock_burst.substandard_production"

  场景: 第十一条（四）开采冲击地压煤层违规开采孤岛煤柱：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.burst_seams | true |
      | coal.rock_burst.mining_violations | [违规开采孤岛煤柱] |
    当进行判定
    那么 "coal-2021.11.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.11.4" 的证据包括 "coal.rock_burst.mining_violations"

  场景: 第十一条（四）开采冲击地压煤层违规开采孤岛煤柱：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.burst_seams | true |
      | coal.rock_burst.mining_violations | [] |
    当进行判定
    那么 "coal-2021.11.4" 的判定为 "未发现"

  场景: 第十一条（四）开采冲击地压煤层违规开采孤岛煤柱：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.burst_seams | true |
    当进行判定
    那么 "coal-2021.11.4" 的判定为 "待补充"
    而且 "coal-2021.11.4" 待补充的事实包括 "coal.rock_burst.mining_violations"

  场景: 第十一条（五）未严格执行冲击地压危险区域人员准入制度：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.access_control | false |
    当进行判定
    那么 "coal-2021.11.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.11.5" 的证据包括 "coal.rock_burst.access_control"

  场景: 第十一条（五）未严格执行冲击地压危险区域人员准入制度：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
      | coal.rock_burst.access_control | true |
    当进行判定
    那么 "coal-2021.11.5" 的判定为 "未发现"

  场景: 第十一条（五）未严格执行冲击地压危险区域人员准入制度：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.rock_burst | true |
    当进行判定
    那么 "coal-2021.11.5" 的判定为 "待补充"
    而且 "coal-2021.11.5" 待补充的事实包括 "coal.rock_burst.access_control"
