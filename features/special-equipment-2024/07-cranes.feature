# language: zh-CN
功能: GB 45067-2024 5.7 起重机械

  场景: 5.7.1 未经监督检验仍继续使用的起重机械：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.not_inspected | true |
    当进行判定
    那么 "special-equipment-2024.5.7.1" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.7.1" 的证据包括 "crane.not_inspected"

  场景: 5.7.1 未经监督检验仍继续使用的起重机械：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.not_inspected | false |
    当进行判定
    那么 "special-equipment-2024.5.7.1" 的判定为 "未发现"

  场景: 5.7.1 未经监督检验仍继续使用的起重机械：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
    当进行判定
    那么 "special-equipment-2024.5.7.1" 的判定为 "待补充"
    而且 "special-equipment-2024.5.7.1" 待补充的事实包括 "crane.not_inspected"

  场景: 5.7.2 定期检验结论为不合格：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.inspection_failed | true |
    当进行判定
    那么 "special-equipment-2024.5.7.2" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.7.2" 的证据包括 "crane.inspection_failed"

  场景: 5.7.2 定期检验结论为不合格：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.inspection_failed | false |
    当进行判定
    那么 "special-equipment-2024.5.7.2" 的判定为 "未发现"

  场景: 5.7.2 定期检验结论为不合格：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
    当进行判定
    那么 "special-equipment-2024.5.7.2" 的判定为 "待补充"
    而且 "special-equipment-2024.5.7.2" 待补充的事实包括 "crane.inspection_failed"

  场景: 5.7.3 急停开关失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.emergency_stop | 失效 |
    当进行判定
    那么 "special-equipment-2024.5.7.3" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.7.3" 的证据包括 "crane.emergency_stop"

  场景: 5.7.3 急停开关失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.emergency_stop | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.7.3" 的判定为 "未发现"

  场景: 5.7.3 急停开关失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
    当进行判定
    那么 "special-equipment-2024.5.7.3" 的判定为 "待补充"
    而且 "special-equipment-2024.5.7.3" 待补充的事实包括 "crane.emergency_stop"

  场景: 5.7.4 起重力矩限制器缺失：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.limiters_missing | true |
    当进行判定
    那么 "special-equipment-2024.5.7.4" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.7.4" 的证据包括 "crane.limiters_missing"

  场景: 5.7.4 起重力矩限制器缺失：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.limiters_missing | false |
    当进行判定
    那么 "special-equipment-2024.5.7.4" 的判定为 "未发现"

  场景: 5.7.4 起重力矩限制器缺失：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
    当进行判定
    那么 "special-equipment-2024.5.7.4" 的判定为 "待补充"
    而且 "special-equipment-2024.5.7.4" 待补充的事实包括 "crane.limiters_missing"

  场景: 5.7.5 超载检测装置失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.limiters_failed | true |
    当进行判定
    那么 "special-equipment-2024.5.7.5" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.7.5" 的证据包括 "crane.limiters_failed"

  场景: 5.7.5 超载检测装置失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
      | crane.limiters_failed | false |
    当进行判定
    那么 "special-equipment-2024.5.7.5" 的判定为 "未发现"

  场景: 5.7.5 超载检测装置失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [起重机械] |
    当进行判定
    那么 "special-equipment-2024.5.7.5" 的判定为 "待补充"
    而且 "special-equipment-2024.5.7.5" 待补充的事实包括 "crane.limiters_failed"
