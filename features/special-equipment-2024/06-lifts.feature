# language: zh-CN
功能: GB 45067-2024 5.6 电梯

  场景: 5.6.1 检验结论为复检不合格仍继续使用的电梯：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | lift.inspection_failed | true |
    当进行判定
    那么 "special-equipment-2024.5.6.1" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.6.1" 的证据包括 "lift.inspection_failed"

  场景: 5.6.1 检验结论为复检不合格仍继续使用的电梯：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | lift.inspection_failed | false |
    当进行判定
    那么 "special-equipment-2024.5.6.1" 的判定为 "未发现"

  场景: 5.6.1 检验结论为复检不合格仍继续使用的电梯：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
    当进行判定
    那么 "special-equipment-2024.5.6.1" 的判定为 "待补充"
    而且 "special-equipment-2024.5.6.1" 待补充的事实包括 "lift.inspection_failed"

  场景: 5.6.2 乘客电梯门防夹装置失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | lift.door_anti_pinch | 失效 |
    当进行判定
    那么 "special-equipment-2024.5.6.2" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.6.2" 的证据包括 "lift.door_anti_pinch"

  场景: 5.6.2 乘客电梯门防夹装置失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | lift.door_anti_pinch | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.6.2" 的判定为 "未发现"

  场景: 5.6.2 乘客电梯门防夹装置失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
    当进行判定
    那么 "special-equipment-2024.5.6.2" 的判定为 "待补充"
    而且 "special-equipment-2024.5.6.2" 待补充的事实包括 "lift.door_anti_pinch"

  场景: 5.6.3 自动扶梯紧急停止开关缺失：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | escalator.emergency_stop | 未设置 |
    当进行判定
    那么 "special-equipment-2024.5.6.3" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.6.3" 的证据包括 "escalator.emergency_stop"

  场景: 5.6.3 自动扶梯紧急停止开关缺失：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | escalator.emergency_stop | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.6.3" 的判定为 "未发现"

  场景: 5.6.3 自动扶梯紧急停止开关缺失：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
    当进行判定
    那么 "special-equipment-2024.5.6.3" 的判定为 "待补充"
    而且 "special-equipment-2024.5.6.3" 待补充的事实包括 "escalator.emergency_stop"

  场景: 5.6.4 电梯门锁回路被短接：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | lift.door_lock_bypassed | true |
    当进行判定
    那么 "special-equipment-2024.5.6.4" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.6.4" 的证据包括 "lift.door_lock_bypassed"

  场景: 5.6.4 电梯门锁回路被短接：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | lift.door_lock_bypassed | false |
    当进行判定
    那么 "special-equipment-2024.5.6.4" 的判定为 "未发现"

  场景: 5.6.4 电梯门锁回路被短接：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
    当进行判定
    那么 "special-equipment-2024.5.6.4" 的判定为 "待补充"
    而且 "special-equipment-2024.5.6.4" 待补充的事实包括 "lift.door_lock_bypassed"

  场景: 5.6.5 扶手带外缘与障碍物距离小于400mm未装设防护挡板：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | escalator.unguarded_clearance | true |
    当进行判定
    那么 "special-equipment-2024.5.6.5" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.6.5" 的证据包括 "escalator.unguarded_clearance"

  场景: 5.6.5 扶手带外缘与障碍物距离小于400mm未装设防护挡板：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
      | escalator.unguarded_clearance | false |
    当进行判定
    那么 "special-equipment-2024.5.6.5" 的判定为 "未发现"

  场景: 5.6.5 扶手带外缘与障碍物距离小于400mm未装设防护挡板：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
    当进行判定
    那么 "special-equipment-2024.5.6.5" 的判定为 "待补充"
    而且 "special-equipment-2024.5.6.5" 待补充的事实包括 "escalator.unguarded_clearance"
