# language: zh-CN
功能: 第十五条 冒险作业

  场景: 第十五条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.heavy_machinery.in_use | [汽车起重机] |
      | construction.heavy_machinery.bearing_checked | false |
      | construction.weather.adverse | [大风] |
      | construction.weather.activities | [吊装作业] |
      | construction.weather.beyond_permitted | true |
      | construction.lifting_persons.equipment | [塔式起重机] |
    当进行判定
    那么 "construction-2024.15.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.15.1" 的证据包括 "construction.heavy_machinery.bearing_checked"
    而且 "construction-2024.15.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.15.2" 的证据包括 "construction.weather.beyond_permitted"
    而且 "construction-2024.15.3" 的判定为 "重大事故隐患"
    而且 "construction-2024.15.3" 的证据包括 "construction.lifting_persons.equipment"

  场景: 第十五条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.heavy_machinery.in_use | [汽车起重机] |
      | construction.heavy_machinery.bearing_checked | true |
      | construction.weather.adverse | [] |
      | construction.lifting_persons.equipment | [] |
    当进行判定
    那么 "construction-2024.15.1" 的判定为 "未发现"
    而且 "construction-2024.15.2" 的判定为 "未发现"
    而且 "construction-2024.15.3" 的判定为 "未发现"

  场景: 第十五条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
    当进行判定
    那么 "construction-2024.15.1" 的判定为 "待补充"
    而且 "construction-2024.15.1" 待补充的事实包括 "construction.heavy_machinery.in_use"
    而且 "construction-2024.15.2" 的判定为 "待补充"
    而且 "construction-2024.15.2" 待补充的事实包括 "construction.weather.adverse"
    而且 "construction-2024.15.3" 的判定为 "待补充"
    而且 "construction-2024.15.3" 待补充的事实包括 "construction.lifting_persons.equipment"

  场景: 大风天气作业但未超出允许作业条件时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.weather.adverse | [大风] |
      | construction.weather.activities | [高处作业] |
      | construction.weather.beyond_permitted | false |
    当进行判定
    那么 "construction-2024.15.2" 的判定为 "未发现"
