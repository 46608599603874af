# language: zh-CN
功能: GB 45067-2024 5.3 压力容器（原文未取得）

  场景: 使用压力容器的单位 5.3 列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [压力容器] |
    当进行判定
    那么 "special-equipment-2024.5.3" 的判定为 "未判定（未编码）"

  场景: 使用气瓶的单位 5.3 列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [气瓶] |
    当进行判定
    那么 "special-equipment-2024.5.3" 的判定为 "未判定（未编码）"

  场景: 只使用电梯的单位 5.3 不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
    当进行判定
    那么 "special-equipment-2024.5.3" 的判定为 "不适用"
