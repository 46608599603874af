# language: zh-CN
功能: 第五条 瓦斯超限作业

  场景: 第五条（一）瓦斯检查漏检、假检仍作业：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_check.missed_or_false | true |
    当进行判定
    那么 "coal-2021.5.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.5.1" 的证据包括 "coal.gas_check.missed_or_false"

  场景: 第五条（一）瓦斯检查漏检、假检仍作业：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_check.missed_or_false | false |
    当进行判定
    那么 "coal-2021.5.1" 的判定为 "未发现"

  场景: 第五条（一）瓦斯检查漏检、假检仍作业：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.5.1" 的判定为 "待补充"
    而且 "coal-2021.5.1" 待补充的事实包括 "coal.gas_check.missed_or_false"

  场景: 第五条 露天煤矿不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.5.1" 的判定为 "不适用"

  场景: 第五条（二）瓦斯超限后继续作业：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_overlimit.work_continued | true |
    当进行判定
    那么 "coal-2021.5.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.5.2" 的证据包括 "coal.gas_overlimit.work_continued"

  场景: 第五条（二）瓦斯超限后继续作业：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_overlimit.work_continued | false |
    当进行判定
    那么 "coal-2021.5.2" 的判定为 "未发现"

  场景: 第五条（二）瓦斯超限后继续作业：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.5.2" 的判定为 "待补充"
    而且 "coal-2021.5.2" 待补充的事实包括 "coal.gas_overlimit.work_continued"

  场景: 第五条（三）排放积聚瓦斯未制定实施安全技术措施：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_release.without_measures | true |
    当进行判定
    那么 "coal-2021.5.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.5.3" 的证据包括 "coal.gas_release.without_measures"

  场景: 第五条（三）排放积聚瓦斯未制定实施安全技术措施：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.gas_release.without_measures | false |
    当进行判定
    那么 "coal-2021.5.3" 的判定为 "未发现"

  场景: 第五条（三）排放积聚瓦斯未制定实施安全技术措施：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.5.3" 的判定为 "待补充"
    而且 "coal-2021.5.3" 待补充的事实包括 "coal.gas_release.without_measures"
