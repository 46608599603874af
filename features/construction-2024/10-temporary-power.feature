# language: zh-CN
功能: 第十条 施工临时用电

  场景: 第十条各项情形均存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.power.special_environment | [积水或其他导电液体] |
      | construction.power.lighting_voltage | 220 |
      | construction.power.safety_voltage_limit | 24 |
      | construction.power.overhead_line_nearby | true |
      | construction.power.overhead_line_distance | 4 |
      | construction.power.overhead_line_distance_required | 6 |
      | construction.power.overhead_line_protection | false |
    当进行判定
    那么 "construction-2024.10.1" 的判定为 "重大事故隐患"
    而且 "construction-2024.10.1" 的证据包括 "construction.power.lighting_voltage"
    而且 "construction-2024.10.2" 的判定为 "重大事故隐患"
    而且 "construction-2024.10.2" 的证据包括 "construction.power.overhead_line_distance"

  场景: 第十条各项情形均不存在时未发现重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.power.special_environment | [积水或其他导电液体] |
      | construction.power.lighting_voltage | 24 |
      | construction.power.safety_voltage_limit | 24 |
      | construction.power.overhead_line_nearby | true |
      | construction.power.overhead_line_distance | 4 |
      | construction.power.overhead_line_distance_required | 6 |
      | construction.power.overhead_line_protection | true |
    当进行判定
    那么 "construction-2024.10.1" 的判定为 "未发现"
    而且 "construction-2024.10.2" 的判定为 "未发现"

  场景: 第十条未记录现场观察时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
    当进行判定
    那么 "construction-2024.10.1" 的判定为 "待补充"
    而且 "construction-2024.10.1" 待补充的事实包括 "construction.power.lighting_voltage"
    而且 "construction-2024.10.2" 的判定为 "待补充"
    而且 "construction-2024.10.2" 待补充的事实包括 "construction.power.overhead_line_nearby"

  场景大纲: 相对湿度长期超过75%的环境照明电压超过安全电压（数值边界）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [房屋市政工程] |
      | construction.power.special_environment | [] |
      | construction.power.relative_humidity | <湿度> |
      | construction.power.lighting_voltage | 220 |
      | construction.power.safety_voltage_limit | 36 |
    当进行判定
    那么 "construction-2024.10.1" 的判定为 "<判定>"

    例子:
      | 湿度 | 判定 |
      | 75 | 未发现 |
      | 76 | 重大事故隐患 |
