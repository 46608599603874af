# language: zh-CN
功能: 第四条 超能力、超强度或者超定员组织生产

  场景: 第四条（一）全年原煤产量超过核定生产能力10%：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.output.annual | 1100000 |
      | coal.output.max_month | 90000 |
      | coal.output.capacity | 1000000 |
    当进行判定
    那么 "coal-2021.4.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.1" 的证据包括 "coal.output.annual"

  场景: 第四条（一）全年原煤产量超过核定生产能力10%：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.output.annual | 1090000 |
      | coal.output.max_month | 100000 |
      | coal.output.capacity | 1000000 |
    当进行判定
    那么 "coal-2021.4.1" 的判定为 "未发现"

  场景: 第四条（一）全年原煤产量超过核定生产能力10%：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.output.annual | 1090000 |
      | coal.output.capacity | 1000000 |
    当进行判定
    那么 "coal-2021.4.1" 的判定为 "待补充"
    而且 "coal-2021.4.1" 待补充的事实包括 "coal.output.max_month"

  场景: 第四条（一）月原煤产量大于核定生产能力的10%时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.output.annual | 900000 |
      | coal.output.max_month | 100001 |
      | coal.output.capacity | 1000000 |
    当进行判定
    那么 "coal-2021.4.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.1" 的证据包括 "coal.output.max_month"

  场景: 第四条（二）超过核定生产能力下达生产计划：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.output.plan_exceeds_capacity | true |
    当进行判定
    那么 "coal-2021.4.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.2" 的证据包括 "coal.output.plan_exceeds_capacity"

  场景: 第四条（二）超过核定生产能力下达生产计划：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.output.plan_exceeds_capacity | false |
    当进行判定
    那么 "coal-2021.4.2" 的判定为 "未发现"

  场景: 第四条（二）超过核定生产能力下达生产计划：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.4.2" 的判定为 "待补充"
    而且 "coal-2021.4.2" 待补充的事实包括 "coal.output.plan_exceeds_capacity"

  场景: 第四条（三）可采期不足仍组织生产：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.reserves.period_below_minimum | true |
      | coal.reserves.production_limited | false |
      | coal.reserves.exempt | false |
    当进行判定
    那么 "coal-2021.4.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.3" 的证据包括 "coal.reserves.production_limited"

  场景: 第四条（三）可采期不足仍组织生产：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.reserves.period_below_minimum | true |
      | coal.reserves.production_limited | true |
      | coal.reserves.exempt | false |
    当进行判定
    那么 "coal-2021.4.3" 的判定为 "未发现"

  场景: 第四条（三）可采期不足仍组织生产：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.reserves.period_below_minimum | true |
      | coal.reserves.production_limited | false |
    当进行判定
    那么 "coal-2021.4.3" 的判定为 "待补充"
    而且 "coal-2021.4.3" 待补充的事实包括 "coal.reserves.exempt"

  场景: 第四条（三）衰老煤矿可采期不足不作为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.reserves.period_below_minimum | true |
      | coal.reserves.production_limited | false |
      | coal.reserves.exempt | true |
    当进行判定
    那么 "coal-2021.4.3" 的判定为 "未发现"

  场景: 第四条（四）井下同时生产的水平超过2个：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.levels.producing | 3 |
      | coal.faces.exceed_rules | false |
    当进行判定
    那么 "coal-2021.4.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.4" 的证据包括 "coal.levels.producing"

  场景: 第四条（四）井下同时生产的水平超过2个：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.levels.producing | 2 |
      | coal.faces.exceed_rules | false |
    当进行判定
    那么 "coal-2021.4.4" 的判定为 "未发现"

  场景: 第四条（四）井下同时生产的水平超过2个：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.levels.producing | 2 |
    当进行判定
    那么 "coal-2021.4.4" 的判定为 "待补充"
    而且 "coal-2021.4.4" 待补充的事实包括 "coal.faces.exceed_rules"

  场景: 第四条（四）露天煤矿不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.4.4" 的判定为 "不适用"
    而且 "coal-2021.4.4" 的不适用原因包含 "井工煤矿"

  场景: 第四条（五）瓦斯抽采不达标组织生产：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_drainage.required | true |
      | coal.gas_drainage.up_to_standard | false |
    当进行判定
    那么 "coal-2021.4.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.5" 的证据包括 "coal.gas_drainage.up_to_standard"

  场景: 第四条（五）瓦斯抽采不达标组织生产：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_drainage.required | true |
      | coal.gas_drainage.up_to_standard | true |
    当进行判定
    那么 "coal-2021.4.5" 的判定为 "未发现"

  场景: 第四条（五）瓦斯抽采不达标组织生产：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_drainage.required | true |
    当进行判定
    那么 "coal-2021.4.5" 的判定为 "待补充"
    而且 "coal-2021.4.5" 待补充的事实包括 "coal.gas_drainage.up_to_standard"

  场景: 第四条（六）单班作业人数超过限员规定20%以上：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.staffing.quota_enforced | true |
      | coal.staffing.max_shift_headcount | 12 |
      | coal.staffing.shift_limit | 10 |
    当进行判定
    那么 "coal-2021.4.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.6" 的证据包括 "coal.staffing.max_shift_headcount"

  场景: 第四条（六）单班作业人数超过限员规定20%以上：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.staffing.quota_enforced | true |
      | coal.staffing.max_shift_headcount | 11 |
      | coal.staffing.shift_limit | 10 |
    当进行判定
    那么 "coal-2021.4.6" 的判定为 "未发现"

  场景: 第四条（六）单班作业人数超过限员规定20%以上：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.staffing.quota_enforced | true |
      | coal.staffing.shift_limit | 10 |
    当进行判定
    那么 "coal-2021.4.6" 的判定为 "待补充"
    而且 "coal-2021.4.6" 待补充的事实包括 "coal.staffing.max_shift_headcount"

  场景: 第四条（六）未严格执行井下劳动定员制度判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.staffing.quota_enforced | false |
    当进行判定
    那么 "coal-2021.4.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.6" 的证据包括 "coal.staffing.quota_enforced"

  场景: 第四条（六）按限员核对结论“超过限员20%以上”判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.staffing.quota_enforced | true |
      | coal.staffing.headcount_check | 超过限员20%以上 |
    当进行判定
    那么 "coal-2021.4.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.4.6" 的证据包括 "coal.staffing.headcount_check"

  场景: 第四条（六）按限员核对结论“超过限员但不足20%”未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.staffing.quota_enforced | true |
      | coal.staffing.headcount_check | 超过限员但不足20% |
    当进行判定
    那么 "coal-2021.4.6" 的判定为 "未发现"
