# language: zh-CN
功能: GB 45067-2024 5.10 以后（原文未取得）

  场景: 5.10 以后各条列为未判定（未编码），即使所有已编码条款均未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [锅炉] |
      | boiler.inspection_nonconforming | false |
    当进行判定
    那么 "special-equipment-2024.after-5.10" 的判定为 "未判定（未编码）"
    而且 "special-equipment-2024.5.2.1" 的判定为 "未发现"
