# language: zh-CN
功能: GB 45067-2024 5.9 大型游乐设施

  场景: 5.9.1 检验结论为不合格仍继续使用的大型游乐设施：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.inspection_failed | true |
    当进行判定
    那么 "special-equipment-2024.5.9.1" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.9.1" 的证据包括 "ride.inspection_failed"

  场景: 5.9.1 检验结论为不合格仍继续使用的大型游乐设施：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.inspection_failed | false |
    当进行判定
    那么 "special-equipment-2024.5.9.1" 的判定为 "未发现"

  场景: 5.9.1 检验结论为不合格仍继续使用的大型游乐设施：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
    当进行判定
    那么 "special-equipment-2024.5.9.1" 的判定为 "待补充"
    而且 "special-equipment-2024.5.9.1" 待补充的事实包括 "ride.inspection_failed"

  场景: 5.9.2 安全压杠缺失：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.restraints_missing | true |
    当进行判定
    那么 "special-equipment-2024.5.9.2" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.9.2" 的证据包括 "ride.restraints_missing"

  场景: 5.9.2 安全压杠缺失：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.restraints_missing | false |
    当进行判定
    那么 "special-equipment-2024.5.9.2" 的判定为 "未发现"

  场景: 5.9.2 安全压杠缺失：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
    当进行判定
    那么 "special-equipment-2024.5.9.2" 的判定为 "待补充"
    而且 "special-equipment-2024.5.9.2" 待补充的事实包括 "ride.restraints_missing"

  场景: 5.9.3 座舱舱门锁紧装置缺失：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.cabin_lock_missing | true |
    当进行判定
    那么 "special-equipment-2024.5.9.3" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.9.3" 的证据包括 "ride.cabin_lock_missing"

  场景: 5.9.3 座舱舱门锁紧装置缺失：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.cabin_lock_missing | false |
    当进行判定
    那么 "special-equipment-2024.5.9.3" 的判定为 "未发现"

  场景: 5.9.3 座舱舱门锁紧装置缺失：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
    当进行判定
    那么 "special-equipment-2024.5.9.3" 的判定为 "待补充"
    而且 "special-equipment-2024.5.9.3" 待补充的事实包括 "ride.cabin_lock_missing"

  场景: 5.9.4 乘客束缚装置失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.protective_devices | 有效 |
      | ride.restraints_failed | true |
    当进行判定
    那么 "special-equipment-2024.5.9.4" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.9.4" 的证据包括 "ride.restraints_failed"

  场景: 5.9.4 乘客束缚装置失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.protective_devices | 有效 |
      | ride.restraints_failed | false |
    当进行判定
    那么 "special-equipment-2024.5.9.4" 的判定为 "未发现"

  场景: 5.9.4 乘客束缚装置失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.protective_devices | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.9.4" 的判定为 "待补充"
    而且 "special-equipment-2024.5.9.4" 待补充的事实包括 "ride.restraints_failed"

  场景: 5.9.4 限速装置失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.protective_devices | 失效 |
    当进行判定
    那么 "special-equipment-2024.5.9.4" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.9.4" 的证据包括 "ride.protective_devices"

  场景: 5.9.5 重要焊缝出现裂纹：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.structural_defects | true |
    当进行判定
    那么 "special-equipment-2024.5.9.5" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.9.5" 的证据包括 "ride.structural_defects"

  场景: 5.9.5 重要焊缝出现裂纹：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
      | ride.structural_defects | false |
    当进行判定
    那么 "special-equipment-2024.5.9.5" 的判定为 "未发现"

  场景: 5.9.5 重要焊缝出现裂纹：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [大型游乐设施] |
    当进行判定
    那么 "special-equipment-2024.5.9.5" 的判定为 "待补充"
    而且 "special-equipment-2024.5.9.5" 待补充的事实包括 "ride.structural_defects"
