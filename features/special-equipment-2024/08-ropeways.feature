# language: zh-CN
功能: GB 45067-2024 5.8 客运索道

  场景: 5.8.1 检验结论为不合格仍继续运营的客运索道：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.inspection_failed | true |
    当进行判定
    那么 "special-equipment-2024.5.8.1" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.8.1" 的证据包括 "ropeway.inspection_failed"

  场景: 5.8.1 检验结论为不合格仍继续运营的客运索道：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.inspection_failed | false |
    当进行判定
    那么 "special-equipment-2024.5.8.1" 的判定为 "未发现"

  场景: 5.8.1 检验结论为不合格仍继续运营的客运索道：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
    当进行判定
    那么 "special-equipment-2024.5.8.1" 的判定为 "待补充"
    而且 "special-equipment-2024.5.8.1" 待补充的事实包括 "ropeway.inspection_failed"

  场景: 5.8.2 站台紧急停车开关缺失：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.emergency_stop_missing | true |
    当进行判定
    那么 "special-equipment-2024.5.8.2" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.8.2" 的证据包括 "ropeway.emergency_stop_missing"

  场景: 5.8.2 站台紧急停车开关缺失：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.emergency_stop_missing | false |
    当进行判定
    那么 "special-equipment-2024.5.8.2" 的判定为 "未发现"

  场景: 5.8.2 站台紧急停车开关缺失：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
    当进行判定
    那么 "special-equipment-2024.5.8.2" 的判定为 "待补充"
    而且 "special-equipment-2024.5.8.2" 待补充的事实包括 "ropeway.emergency_stop_missing"

  场景: 5.8.3 吊厢门不能锁闭且未停用：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.doors_unlockable | true |
    当进行判定
    那么 "special-equipment-2024.5.8.3" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.8.3" 的证据包括 "ropeway.doors_unlockable"

  场景: 5.8.3 吊厢门不能锁闭且未停用：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.doors_unlockable | false |
    当进行判定
    那么 "special-equipment-2024.5.8.3" 的判定为 "未发现"

  场景: 5.8.3 吊厢门不能锁闭且未停用：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
    当进行判定
    那么 "special-equipment-2024.5.8.3" 的判定为 "待补充"
    而且 "special-equipment-2024.5.8.3" 待补充的事实包括 "ropeway.doors_unlockable"

  场景: 5.8.4 备用电源不能正常工作：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.auxiliary_power | false |
    当进行判定
    那么 "special-equipment-2024.5.8.4" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.8.4" 的证据包括 "ropeway.auxiliary_power"

  场景: 5.8.4 备用电源不能正常工作：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.auxiliary_power | true |
    当进行判定
    那么 "special-equipment-2024.5.8.4" 的判定为 "未发现"

  场景: 5.8.4 备用电源不能正常工作：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
    当进行判定
    那么 "special-equipment-2024.5.8.4" 的判定为 "待补充"
    而且 "special-equipment-2024.5.8.4" 待补充的事实包括 "ropeway.auxiliary_power"

  场景: 5.8.5 电气系统回路故障后短接继续运行：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.circuit_bypassed | true |
    当进行判定
    那么 "special-equipment-2024.5.8.5" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.8.5" 的证据包括 "ropeway.circuit_bypassed"

  场景: 5.8.5 电气系统回路故障后短接继续运行：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
      | ropeway.circuit_bypassed | false |
    当进行判定
    那么 "special-equipment-2024.5.8.5" 的判定为 "未发现"

  场景: 5.8.5 电气系统回路故障后短接继续运行：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [客运索道] |
    当进行判定
    那么 "special-equipment-2024.5.8.5" 的判定为 "待补充"
    而且 "special-equipment-2024.5.8.5" 待补充的事实包括 "ropeway.circuit_bypassed"
