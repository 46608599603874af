# language: zh-CN
功能: 第六条 煤与瓦斯突出矿井，未依照规定实施防突出措施

  场景: 第六条（一）未设立防突机构：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.department_staffed | false |
    当进行判定
    那么 "coal-2021.6.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.6.1" 的证据包括 "coal.outburst.department_staffed"

  场景: 第六条（一）未设立防突机构：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.department_staffed | true |
    当进行判定
    那么 "coal-2021.6.1" 的判定为 "未发现"

  场景: 第六条（一）未设立防突机构：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.6.1" 的判定为 "待补充"
    而且 "coal-2021.6.1" 待补充的事实包括 "coal.outburst.department_staffed"

  场景: 第六条 低瓦斯矿井不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.department_staffed | false |
    当进行判定
    那么 "coal-2021.6.1" 的判定为 "不适用"
    而且 "coal-2021.6.1" 的不适用原因包含 "煤与瓦斯突出矿井"

  场景: 第六条 瓦斯等级未答时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade |  |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.6.1" 的判定为 "待补充"
    而且 "coal-2021.6.1" 待补充的事实包括 "profile.coal.gas_grade"

  场景: 第六条（二）地面永久瓦斯抽采系统不能正常运行：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.surface_drainage | 失效 |
    当进行判定
    那么 "coal-2021.6.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.6.2" 的证据包括 "coal.outburst.surface_drainage"

  场景: 第六条（二）地面永久瓦斯抽采系统不能正常运行：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.surface_drainage | 有效 |
    当进行判定
    那么 "coal-2021.6.2" 的判定为 "未发现"

  场景: 第六条（二）地面永久瓦斯抽采系统不能正常运行：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.6.2" 的判定为 "待补充"
    而且 "coal-2021.6.2" 待补充的事实包括 "coal.outburst.surface_drainage"

  场景: 第六条（二）未建立地面永久瓦斯抽采系统判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.surface_drainage | 未设置 |
    当进行判定
    那么 "coal-2021.6.2" 的判定为 "重大事故隐患"

  场景: 第六条（三）未进行突出危险性预测：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.prediction_done | false |
      | coal.outburst.unpredicted_designated | false |
    当进行判定
    那么 "coal-2021.6.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.6.3" 的证据包括 "coal.outburst.prediction_done"

  场景: 第六条（三）未进行突出危险性预测：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.prediction_done | true |
    当进行判定
    那么 "coal-2021.6.3" 的判定为 "未发现"

  场景: 第六条（三）未进行突出危险性预测：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.prediction_done | false |
    当进行判定
    那么 "coal-2021.6.3" 的判定为 "待补充"
    而且 "coal-2021.6.3" 待补充的事实包括 "coal.outburst.unpredicted_designated"

  场景: 第六条（三）未预测但直接认定为突出危险区域的除外
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.prediction_done | false |
      | coal.outburst.unpredicted_designated | true |
    当进行判定
    那么 "coal-2021.6.3" 的判定为 "未发现"

  场景: 第六条（四）未采取防治突出措施：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.prevention_measures | false |
    当进行判定
    那么 "coal-2021.6.4" 的判定为 "重大事故隐患"
    而且 "coal-2021.6.4" 的证据包括 "coal.outburst.prevention_measures"

  场景: 第六条（四）未采取防治突出措施：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.prevention_measures | true |
    当进行判定
    那么 "coal-2021.6.4" 的判定为 "未发现"

  场景: 第六条（四）未采取防治突出措施：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.6.4" 的判定为 "待补充"
    而且 "coal-2021.6.4" 待补充的事实包括 "coal.outburst.prevention_measures"

  场景: 第六条（五）防突措施效果检验数据造假：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.effect_verified | true |
      | coal.outburst.substandard_production | false |
      | coal.outburst.data_falsified | true |
    当进行判定
    那么 "coal-2021.6.5" 的判定为 "重大事故隐患"
    而且 "coal-2021.6.5" 的证据包括 "coal.outburst.data_falsified"

  场景: 第六条（五）防突措施效果检验数据造假：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.effect_verified | true |
      | coal.outburst.substandard_production | false |
      | coal.outburst.data_falsified | false |
    当进行判定
    那么 "coal-2021.6.5" 的判定为 "未发现"

  场景: 第六条（五）防突措施效果检验数据造假：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.effect_verified | true |
      | coal.outburst.substandard_production | false |
    当进行判定
    那么 "coal-2021.6.5" 的判定为 "待补充"
    而且 "coal-2021.6.5" 待补充的事实包括 "coal.outburst.data_falsified"

  场景: 第六条（六）未采取安全防护措施：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.protective_measures | false |
    当进行判定
    那么 "coal-2021.6.6" 的判定为 "重大事故隐患"
    而且 "coal-2021.6.6" 的证据包括 "coal.outburst.protective_measures"

  场景: 第六条（六）未采取安全防护措施：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.outburst.protective_measures | true |
    当进行判定
    那么 "coal-2021.6.6" 的判定为 "未发现"

  场景: 第六条（六）未采取安全防护措施：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.6.6" 的判定为 "待补充"
    而且 "coal-2021.6.6" 待补充的事实包括 "coal.outburst.protective_measures"

  场景: 第六条（七）突出矿井使用架线式电机车：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.locomotive.trolley_wire | true |
    当进行判定
    那么 "coal-2021.6.7" 的判定为 "重大事故隐患"
    而且 "coal-2021.6.7" 的证据包括 "coal.locomotive.trolley_wire"

  场景: 第六条（七）突出矿井使用架线式电机车：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.locomotive.trolley_wire | false |
    当进行判定
    那么 "coal-2021.6.7" 的判定为 "未发现"

  场景: 第六条（七）突出矿井使用架线式电机车：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 煤与瓦斯突出矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.6.7" 的判定为 "待补充"
    而且 "coal-2021.6.7" 待补充的事实包括 "coal.locomotive.trolley_wire"
