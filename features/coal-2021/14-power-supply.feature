# language: zh-CN
功能: 第十四条 煤矿没有双回路供电系统

  场景: 第十四条（一）单回路供电：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.power.circuits | 1 |
    当进行判定
    那么 "coal-2021.14.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.14.1" 的证据包括 "coal.power.circuits"

  场景: 第十四条（一）单回路供电：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.power.circuits | 2 |
    当进行判定
    那么 "coal-2021.14.1" 的判定为 "未发现"

  场景: 第十四条（一）单回路供电：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.14.1" 的判定为 "待补充"
    而且 "coal-2021.14.1" 待补充的事实包括 "coal.power.circuits"

  场景: 第十四条（一）建设矿井按本条（三）判定
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 建设矿井 |
      | coal.power.circuits | 1 |
    当进行判定
    那么 "coal-2021.14.1" 的判定为 "不适用"

  场景: 第十四条（二）两回路取自同一母线段：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.power.circuits | 2 |
      | coal.power.same_busbar | true |
    当进行判定
    那么 "coal-2021.14.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.14.2" 的证据包括 "coal.power.same_busbar"

  场景: 第十四条（二）两回路取自同一母线段：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.power.circuits | 2 |
      | coal.power.same_busbar | false |
    当进行判定
    那么 "coal-2021.14.2" 的判定为 "未发现"

  场景: 第十四条（二）两回路取自同一母线段：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.power.circuits | 2 |
    当进行判定
    那么 "coal-2021.14.2" 的判定为 "待补充"
    而且 "coal-2021.14.2" 待补充的事实包括 "coal.power.same_busbar"

  场景: 第十四条（三）进入三期工程的建设矿井未形成两回路供电：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.construction.phase | 三期工程 |
      | coal.power.dual_formed | false |
    当进行判定
    那么 "coal-2021.14.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.14.3" 的证据包括 "coal.power.dual_formed"

  场景: 第十四条（三）进入三期工程的建设矿井未形成两回路供电：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.construction.phase | 三期工程 |
      | coal.power.dual_formed | true |
    当进行判定
    那么 "coal-2021.14.3" 的判定为 "未发现"

  场景: 第十四条（三）进入三期工程的建设矿井未形成两回路供电：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | coal.power.dual_formed | false |
    当进行判定
    那么 "coal-2021.14.3" 的判定为 "待补充"
    而且 "coal-2021.14.3" 待补充的事实包括 "coal.construction.phase"

  场景: 第十四条（三）水文地质类型复杂的建设矿井进入二期工程未形成两回路供电
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | profile.coal.hydro_type | 复杂 |
      | coal.construction.phase | 二期工程 |
      | coal.power.dual_formed | false |
    当进行判定
    那么 "coal-2021.14.3" 的判定为 "重大事故隐患"

  场景: 第十四条（三）水文地质类型简单的低瓦斯建设矿井二期工程期间尚未到期限
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 建设矿井 |
      | profile.coal.hydro_type | 简单 |
      | coal.construction.phase | 二期工程 |
      | coal.power.dual_formed | false |
    当进行判定
    那么 "coal-2021.14.3" 的判定为 "未发现"
