# language: zh-CN
功能: GB 45067-2024 5.2 锅炉

  场景: 5.2.1 定期检验结论为不符合要求仍继续使用的锅炉：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.inspection_nonconforming | true |
    当进行判定
    那么 "special-equipment-2024.5.2.1" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.1" 的证据包括 "boiler.inspection_nonconforming"

  场景: 5.2.1 定期检验结论为不符合要求仍继续使用的锅炉：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.inspection_nonconforming | false |
    当进行判定
    那么 "special-equipment-2024.5.2.1" 的判定为 "未发现"

  场景: 5.2.1 定期检验结论为不符合要求仍继续使用的锅炉：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.1" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.1" 待补充的事实包括 "boiler.inspection_nonconforming"

  场景: 5.2.2 安全阀（爆破片）缺失仍继续使用的锅炉：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.valve_missing | true |
    当进行判定
    那么 "special-equipment-2024.5.2.2" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.2" 的证据包括 "boiler.valve_missing"

  场景: 5.2.2 安全阀（爆破片）缺失仍继续使用的锅炉：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.valve_missing | false |
    当进行判定
    那么 "special-equipment-2024.5.2.2" 的判定为 "未发现"

  场景: 5.2.2 安全阀（爆破片）缺失仍继续使用的锅炉：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.2" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.2" 待补充的事实包括 "boiler.valve_missing"

  场景: 5.2.3 热工仪表失效无法监视主要运行参数：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.instruments_failed | true |
    当进行判定
    那么 "special-equipment-2024.5.2.3" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.3" 的证据包括 "boiler.instruments_failed"

  场景: 5.2.3 热工仪表失效无法监视主要运行参数：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.instruments_failed | false |
    当进行判定
    那么 "special-equipment-2024.5.2.3" 的判定为 "未发现"

  场景: 5.2.3 热工仪表失效无法监视主要运行参数：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.3" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.3" 待补充的事实包括 "boiler.instruments_failed"

  场景: 5.2.4 安全阀（爆破片）失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.valve_failed | true |
    当进行判定
    那么 "special-equipment-2024.5.2.4" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.4" 的证据包括 "boiler.valve_failed"

  场景: 5.2.4 安全阀（爆破片）失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.valve_failed | false |
    当进行判定
    那么 "special-equipment-2024.5.2.4" 的判定为 "未发现"

  场景: 5.2.4 安全阀（爆破片）失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.4" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.4" 待补充的事实包括 "boiler.valve_failed"

  场景: 5.2.5 系统报警装置失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.alarm_system | 失效 |
    当进行判定
    那么 "special-equipment-2024.5.2.5" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.5" 的证据包括 "boiler.alarm_system"

  场景: 5.2.5 系统报警装置失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.alarm_system | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.2.5" 的判定为 "未发现"

  场景: 5.2.5 系统报警装置失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.5" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.5" 待补充的事实包括 "boiler.alarm_system"

  场景: 5.2.6 联锁保护装置缺失：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.interlock | 未设置 |
    当进行判定
    那么 "special-equipment-2024.5.2.6" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.6" 的证据包括 "boiler.interlock"

  场景: 5.2.6 联锁保护装置缺失：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.interlock | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.2.6" 的判定为 "未发现"

  场景: 5.2.6 联锁保护装置缺失：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.6" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.6" 待补充的事实包括 "boiler.interlock"

  场景: 5.2.7 熄火保护装置失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.flameout_protection | 失效 |
    当进行判定
    那么 "special-equipment-2024.5.2.7" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.7" 的证据包括 "boiler.flameout_protection"

  场景: 5.2.7 熄火保护装置失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.flameout_protection | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.2.7" 的判定为 "未发现"

  场景: 5.2.7 熄火保护装置失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.7" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.7" 待补充的事实包括 "boiler.flameout_protection"

  场景: 5.2.8 运行中受压元件泄漏：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.running_defects | true |
    当进行判定
    那么 "special-equipment-2024.5.2.8" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.8" 的证据包括 "boiler.running_defects"

  场景: 5.2.8 运行中受压元件泄漏：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.running_defects | false |
    当进行判定
    那么 "special-equipment-2024.5.2.8" 的判定为 "未发现"

  场景: 5.2.8 运行中受压元件泄漏：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.8" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.8" 待补充的事实包括 "boiler.running_defects"

  场景: 5.2.9 锅炉构架被烧红：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.serious_damage | true |
    当进行判定
    那么 "special-equipment-2024.5.2.9" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.9" 的证据包括 "boiler.serious_damage"

  场景: 5.2.9 锅炉构架被烧红：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.serious_damage | false |
    当进行判定
    那么 "special-equipment-2024.5.2.9" 的判定为 "未发现"

  场景: 5.2.9 锅炉构架被烧红：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.9" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.9" 待补充的事实包括 "boiler.serious_damage"

  场景: 5.2.10 电站锅炉主要汽水管道泄漏：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.power_station_pipe_failure | true |
    当进行判定
    那么 "special-equipment-2024.5.2.10" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.2.10" 的证据包括 "boiler.power_station_pipe_failure"

  场景: 5.2.10 电站锅炉主要汽水管道泄漏：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.power_station_pipe_failure | false |
    当进行判定
    那么 "special-equipment-2024.5.2.10" 的判定为 "未发现"

  场景: 5.2.10 电站锅炉主要汽水管道泄漏：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.2.10" 的判定为 "待补充"
    而且 "special-equipment-2024.5.2.10" 待补充的事实包括 "boiler.power_station_pipe_failure"

  场景: 5.2 不使用锅炉的单位不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
    当进行判定
    那么 "special-equipment-2024.5.2.1" 的判定为 "不适用"
    而且 "special-equipment-2024.5.2.1" 的不适用原因包含 "锅炉"
