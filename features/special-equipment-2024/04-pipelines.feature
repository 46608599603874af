# language: zh-CN
功能: GB 45067-2024 5.4 压力管道

  场景: 5.4.1 定期检验结论为不允许使用仍继续使用的压力管道：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [压力管道] |
      | pressure_pipe.inspection_nonconforming | true |
    当进行判定
    那么 "special-equipment-2024.5.4.1" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.4.1" 的证据包括 "pressure_pipe.inspection_nonconforming"

  场景: 5.4.1 定期检验结论为不允许使用仍继续使用的压力管道：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [压力管道] |
      | pressure_pipe.inspection_nonconforming | false |
    当进行判定
    那么 "special-equipment-2024.5.4.1" 的判定为 "未发现"

  场景: 5.4.1 定期检验结论为不允许使用仍继续使用的压力管道：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [压力管道] |
    当进行判定
    那么 "special-equipment-2024.5.4.1" 的判定为 "待补充"
    而且 "special-equipment-2024.5.4.1" 待补充的事实包括 "pressure_pipe.inspection_nonconforming"

  场景: 5.4.2 紧急切断装置失效：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [压力管道] |
      | pressure_pipe.valves_shutoff | 失效 |
    当进行判定
    那么 "special-equipment-2024.5.4.2" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.4.2" 的证据包括 "pressure_pipe.valves_shutoff"

  场景: 5.4.2 紧急切断装置失效：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [压力管道] |
      | pressure_pipe.valves_shutoff | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.4.2" 的判定为 "未发现"

  场景: 5.4.2 紧急切断装置失效：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [压力管道] |
    当进行判定
    那么 "special-equipment-2024.5.4.2" 的判定为 "待补充"
    而且 "special-equipment-2024.5.4.2" 待补充的事实包括 "pressure_pipe.valves_shutoff"
