# language: zh-CN
功能: 第十七条 煤矿改制期间及改制后

  场景: 第十七条（一）改制期间未明确安全生产责任人：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 改制期间 |
      | coal.restructuring.responsible_person | false |
    当进行判定
    那么 "coal-2021.17.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.17.1" 的证据包括 "coal.restructuring.responsible_person"

  场景: 第十七条（一）改制期间未明确安全生产责任人：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 改制期间 |
      | coal.restructuring.responsible_person | true |
    当进行判定
    那么 "coal-2021.17.1" 的判定为 "未发现"

  场景: 第十七条（一）改制期间未明确安全生产责任人：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 改制期间 |
    当进行判定
    那么 "coal-2021.17.1" 的判定为 "待补充"
    而且 "coal-2021.17.1" 待补充的事实包括 "coal.restructuring.responsible_person"

  场景: 第十七条 未改制的煤矿不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 未改制 |
    当进行判定
    那么 "coal-2021.17.1" 的判定为 "不适用"
    而且 "coal-2021.17.3" 的判定为 "不适用"

  场景: 第十七条（二）改制期间未健全安全生产管理机构：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 改制期间 |
      | coal.restructuring.management | false |
    当进行判定
    那么 "coal-2021.17.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.17.2" 的证据包括 "coal.restructuring.management"

  场景: 第十七条（二）改制期间未健全安全生产管理机构：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 改制期间 |
      | coal.restructuring.management | true |
    当进行判定
    那么 "coal-2021.17.2" 的判定为 "未发现"

  场景: 第十七条（二）改制期间未健全安全生产管理机构：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 改制期间 |
    当进行判定
    那么 "coal-2021.17.2" 的判定为 "待补充"
    而且 "coal-2021.17.2" 待补充的事实包括 "coal.restructuring.management"

  场景: 第十七条（三）完成改制后未变更安全生产许可证：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 已完成改制 |
      | coal.restructuring.licences_updated | false |
    当进行判定
    那么 "coal-2021.17.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.17.3" 的证据包括 "coal.restructuring.licences_updated"

  场景: 第十七条（三）完成改制后未变更安全生产许可证：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 已完成改制 |
      | coal.restructuring.licences_updated | true |
    当进行判定
    那么 "coal-2021.17.3" 的判定为 "未发现"

  场景: 第十七条（三）完成改制后未变更安全生产许可证：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.restructuring | 已完成改制 |
    当进行判定
    那么 "coal-2021.17.3" 的判定为 "待补充"
    而且 "coal-2021.17.3" 待补充的事实包括 "coal.restructuring.licences_updated"
