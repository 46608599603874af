# language: zh-CN
功能: GB 45067-2024 第1–4章与5.1（原文未取得）

  场景: 特种设备使用单位的第1–4章与5.1列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | true |
      | profile.equipment_types | [电梯] |
    当进行判定
    那么 "special-equipment-2024.1-4" 的判定为 "未判定（未编码）"
    而且 "special-equipment-2024.5.1" 的判定为 "未判定（未编码）"
    而且 "special-equipment-2024.5.1" 的未判定原因包含 "原文未取得"

  场景: 不使用特种设备的企业不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.special_equipment | false |
    当进行判定
    那么 "special-equipment-2024.5.1" 的判定为 "不适用"
    而且 "special-equipment-2024.5.2.1" 的判定为 "不适用"
