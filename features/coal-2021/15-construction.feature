# language: zh-CN
功能: 第十五条 新建煤矿边建设边生产，煤矿改扩建期间违规生产

  场景: 第十五条（一）安全设施设计未经审查批准：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.project.design_approved | false |
    当进行判定
    那么 "coal-2021.15.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.15.1" 的证据包括 "coal.project.design_approved"

  场景: 第十五条（一）安全设施设计未经审查批准：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.project.design_approved | true |
      | coal.project.change_unapproved | false |
    当进行判定
    那么 "coal-2021.15.1" 的判定为 "未发现"

  场景: 第十五条（一）安全设施设计未经审查批准：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.project.design_approved | true |
    当进行判定
    那么 "coal-2021.15.1" 的判定为 "待补充"
    而且 "coal-2021.15.1" 待补充的事实包括 "coal.project.change_unapproved"

  场景: 第十五条 生产矿井不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.project.design_approved | false |
    当进行判定
    那么 "coal-2021.15.1" 的判定为 "不适用"
    而且 "coal-2021.15.1" 的不适用原因包含 "改扩建矿井"

  场景: 第十五条（二）新建煤矿建设期间组织采煤：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.new_mine.coal_mining | true |
      | coal.new_mine.approved_trial | false |
    当进行判定
    那么 "coal-2021.15.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.15.2" 的证据包括 "coal.new_mine.coal_mining"

  场景: 第十五条（二）新建煤矿建设期间组织采煤：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.new_mine.coal_mining | true |
      | coal.new_mine.approved_trial | true |
    当进行判定
    那么 "coal-2021.15.2" 的判定为 "未发现"

  场景: 第十五条（二）新建煤矿建设期间组织采煤：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.new_mine.coal_mining | true |
    当进行判定
    那么 "coal-2021.15.2" 的判定为 "待补充"
    而且 "coal-2021.15.2" 待补充的事实包括 "coal.new_mine.approved_trial"

  场景: 第十五条（三）改扩建矿井在改扩建区域生产：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 改扩建矿井 |
      | coal.expansion.producing_in_area | true |
    当进行判定
    那么 "coal-2021.15.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.15.3" 的证据包括 "coal.expansion.producing_in_area"

  场景: 第十五条（三）改扩建矿井在改扩建区域生产：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 改扩建矿井 |
      | coal.expansion.producing_in_area | false |
    当进行判定
    那么 "coal-2021.15.3" 的判定为 "未发现"

  场景: 第十五条（三）改扩建矿井在改扩建区域生产：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 改扩建矿井 |
    当进行判定
    那么 "coal-2021.15.3" 的判定为 "待补充"
    而且 "coal-2021.15.3" 待补充的事实包括 "coal.expansion.producing_in_area"

  场景: 第十五条（四）改扩建矿井在非改扩建区域超规模生产：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 改扩建矿井 |
      | coal.expansion.beyond_design | true |
    当进行判定
    那么 "coal-2021.15.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.15.4" 的证据包括 "coal.expansion.beyond_design"

  场景: 第十五条（四）改扩建矿井在非改扩建区域超规模生产：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 改扩建矿井 |
      | coal.expansion.beyond_design | false |
    当进行判定
    那么 "coal-2021.15.4" 的判定为 "未发现"

  场景: 第十五条（四）改扩建矿井在非改扩建区域超规模生产：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 改扩建矿井 |
    当进行判定
    那么 "coal-2021.15.4" 的判定为 "待补充"
    而且 "coal-2021.15.4" 待补充的事实包括 "coal.expansion.beyond_design"
