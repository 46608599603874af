# language: zh-CN
功能: 第十六条 整体承包、转包、劳务承包

  场景: 第十六条（一）煤矿未采取整体承包形式发包：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 非整体承包 |
    当进行判定
    那么 "coal-2021.16.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.16.1" 的证据包括 "coal.contracting.form"

  场景: 第十六条（一）煤矿未采取整体承包形式发包：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
      | coal.contracting.contractor_qualified | true |
    当进行判定
    那么 "coal-2021.16.1" 的判定为 "未发现"

  场景: 第十六条（一）煤矿未采取整体承包形式发包：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
    当进行判定
    那么 "coal-2021.16.1" 的判定为 "待补充"
    而且 "coal-2021.16.1" 待补充的事实包括 "coal.contracting.contractor_qualified"

  场景: 第十六条（一）不对外发包的煤矿不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | false |
    当进行判定
    那么 "coal-2021.16.1" 的判定为 "不适用"

  场景: 第十六条（二）整体承包未签订安全生产管理协议：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
      | coal.contracting.safety_agreement | false |
    当进行判定
    那么 "coal-2021.16.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.16.2" 的证据包括 "coal.contracting.safety_agreement"

  场景: 第十六条（二）整体承包未签订安全生产管理协议：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
      | coal.contracting.safety_agreement | true |
    当进行判定
    那么 "coal-2021.16.2" 的判定为 "未发现"

  场景: 第十六条（二）整体承包未签订安全生产管理协议：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
    当进行判定
    那么 "coal-2021.16.2" 的判定为 "待补充"
    而且 "coal-2021.16.2" 待补充的事实包括 "coal.contracting.safety_agreement"

  场景: 第十六条（三）整体承包后未变更安全生产许可证：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
      | coal.contracting.licence_updated | false |
    当进行判定
    那么 "coal-2021.16.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.16.3" 的证据包括 "coal.contracting.licence_updated"

  场景: 第十六条（三）整体承包后未变更安全生产许可证：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
      | coal.contracting.licence_updated | true |
    当进行判定
    那么 "coal-2021.16.3" 的判定为 "未发现"

  场景: 第十六条（三）整体承包后未变更安全生产许可证：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.licence_updated | false |
    当进行判定
    那么 "coal-2021.16.3" 的判定为 "待补充"
    而且 "coal-2021.16.3" 待补充的事实包括 "coal.contracting.form"

  场景: 第十六条（四）承包方再次转包：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
      | coal.contracting.subcontracted | true |
    当进行判定
    那么 "coal-2021.16.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.16.4" 的证据包括 "coal.contracting.subcontracted"

  场景: 第十六条（四）承包方再次转包：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
      | coal.contracting.subcontracted | false |
    当进行判定
    那么 "coal-2021.16.4" 的判定为 "未发现"

  场景: 第十六条（四）承包方再次转包：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | profile.coal.outsourced | true |
      | coal.contracting.form | 整体承包 |
    当进行判定
    那么 "coal-2021.16.4" 的判定为 "待补充"
    而且 "coal-2021.16.4" 待补充的事实包括 "coal.contracting.subcontracted"

  场景: 第十六条（五）井下采掘作业作为独立工程发包：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.contracting.underground_outsourced | true |
    当进行判定
    那么 "coal-2021.16.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.16.5" 的证据包括 "coal.contracting.underground_outsourced"

  场景: 第十六条（五）井下采掘作业作为独立工程发包：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.contracting.underground_outsourced | false |
      | coal.contracting.deepening_subcontracted | false |
    当进行判定
    那么 "coal-2021.16.5" 的判定为 "未发现"

  场景: 第十六条（五）井下采掘作业作为独立工程发包：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.contracting.underground_outsourced | false |
    当进行判定
    那么 "coal-2021.16.5" 的判定为 "待补充"
    而且 "coal-2021.16.5" 待补充的事实包括 "coal.contracting.deepening_subcontracted"
