# language: zh-CN
功能: 第五条以后 其他经营业务（原文未取得）

  场景: 道路货物运输企业的专门条款列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
    当进行判定
    那么 "road-transport-2023.5.rest" 的判定为 "未判定（未编码）"

  场景: 只经营道路旅客运输的企业，第五条以后不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
    当进行判定
    那么 "road-transport-2023.5.rest" 的判定为 "不适用"

  场景: 经营业务未答时第五条以后列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
    当进行判定
    那么 "road-transport-2023.5.rest" 的判定为 "未判定（未编码）"
