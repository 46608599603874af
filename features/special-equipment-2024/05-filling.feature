# language: zh-CN
功能: GB 45067-2024 5.5 移动式压力容器或者气瓶充装

  场景: 5.5.1 未经许可擅自从事气瓶充装：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
      | filling.licensed | false |
    当进行判定
    那么 "special-equipment-2024.5.5.1" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.5.1" 的证据包括 "filling.licensed"

  场景: 5.5.1 未经许可擅自从事气瓶充装：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
      | filling.licensed | true |
    当进行判定
    那么 "special-equipment-2024.5.5.1" 的判定为 "未发现"

  场景: 5.5.1 未经许可擅自从事气瓶充装：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
    当进行判定
    那么 "special-equipment-2024.5.5.1" 的判定为 "待补充"
    而且 "special-equipment-2024.5.5.1" 待补充的事实包括 "filling.licensed"

  场景: 5.5.2 气瓶错装介质：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
      | filling.wrong_medium | true |
    当进行判定
    那么 "special-equipment-2024.5.5.2" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.5.2" 的证据包括 "filling.wrong_medium"

  场景: 5.5.2 气瓶错装介质：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
      | filling.wrong_medium | false |
    当进行判定
    那么 "special-equipment-2024.5.5.2" 的判定为 "未发现"

  场景: 5.5.2 气瓶错装介质：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
    当进行判定
    那么 "special-equipment-2024.5.5.2" 的判定为 "待补充"
    而且 "special-equipment-2024.5.5.2" 待补充的事实包括 "filling.wrong_medium"

  场景: 5.5.3 充装设备设施紧急切断装置缺失：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
      | filling.emergency_shutoff | 未设置 |
    当进行判定
    那么 "special-equipment-2024.5.5.3" 的判定为 "重大事故隐患"
    而且 "special-equipment-2024.5.5.3" 的证据包括 "filling.emergency_shutoff"

  场景: 5.5.3 充装设备设施紧急切断装置缺失：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
      | filling.emergency_shutoff | 有效 |
    当进行判定
    那么 "special-equipment-2024.5.5.3" 的判定为 "未发现"

  场景: 5.5.3 充装设备设施紧急切断装置缺失：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | true |
    当进行判定
    那么 "special-equipment-2024.5.5.3" 的判定为 "待补充"
    而且 "special-equipment-2024.5.5.3" 待补充的事实包括 "filling.emergency_shutoff"

  场景: 5.5 不从事充装活动的单位不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
      | profile.cylinder_filling | false |
    当进行判定
    那么 "special-equipment-2024.5.5.1" 的判定为 "不适用"
