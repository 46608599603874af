# language: zh-CN
功能: GB 45067-2024 5.10 场（厂）内专用机动车辆（原文未取得）

  场景: 使用叉车等场（厂）内专用机动车辆的单位 5.10 列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [场（厂）内专用机动车辆] |
    当进行判定
    那么 "special-equipment-2024.5.10" 的判定为 "未判定（未编码）"

  场景: 不使用场（厂）内专用机动车辆的单位 5.10 不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
    当进行判定
    那么 "special-equipment-2024.5.10" 的判定为 "不适用"
