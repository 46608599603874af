# language: zh-CN
功能: 第十条 超层越界开采

  场景: 第十条（一）超出采矿许可证载明的标高开采：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.licence.beyond_seam_or_elevation | true |
    当进行判定
    那么 "coal-2021.10.1" 的判定为 "重大事故隐患"
    而且 "coal-2021.10.1" 的证据包括 "coal.licence.beyond_seam_or_elevation"

  场景: 第十条（一）超出采矿许可证载明的标高开采：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
      | coal.licence.beyond_seam_or_elevation | false |
    当进行判定
    那么 "coal-2021.10.1" 的判定为 "未发现"

  场景: 第十条（一）超出采矿许可证载明的标高开采：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 露天煤矿 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.10.1" 的判定为 "待补充"
    而且 "coal-2021.10.1" 待补充的事实包括 "coal.licence.beyond_seam_or_elevation"

  场景: 第十条（二）超出坐标控制范围开采：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.licence.beyond_coordinates | true |
    当进行判定
    那么 "coal-2021.10.2" 的判定为 "重大事故隐患"
    而且 "coal-2021.10.2" 的证据包括 "coal.licence.beyond_coordinates"

  场景: 第十条（二）超出坐标控制范围开采：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.licence.beyond_coordinates | false |
    当进行判定
    那么 "coal-2021.10.2" 的判定为 "未发现"

  场景: 第十条（二）超出坐标控制范围开采：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.10.2" 的判定为 "待补充"
    而且 "coal-2021.10.2" 待补充的事实包括 "coal.licence.beyond_coordinates"

  场景: 第十条 非煤矿企业不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.licence.beyond_coordinates | true |
    当进行判定
    那么 "coal-2021.10.2" 的判定为 "不适用"
    而且 "coal-2021.10.2" 的不适用原因包含 "各类煤矿"

  场景: 第十条（三）擅自开采安全煤柱：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.safety_pillar.mined | true |
    当进行判定
    那么 "coal-2021.10.3" 的判定为 "重大事故隐患"
    而且 "coal-2021.10.3" 的证据包括 "coal.safety_pillar.mined"

  场景: 第十条（三）擅自开采安全煤柱：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
      | coal.safety_pillar.mined | false |
    当进行判定
    那么 "coal-2021.10.3" 的判定为 "未发现"

  场景: 第十条（三）擅自开采安全煤柱：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [煤矿] |
      | profile.coal.mine_type | 井工煤矿 |
      | profile.coal.gas_grade | 低瓦斯矿井 |
      | profile.coal.status | 生产矿井 |
    当进行判定
    那么 "coal-2021.10.3" 的判定为 "待补充"
    而且 "coal-2021.10.3" 待补充的事实包括 "coal.safety_pillar.mined"
