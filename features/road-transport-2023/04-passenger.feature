# language: zh-CN
功能: 第四条 道路旅客运输企业（部分取得）

  场景: 第四条（一）800公里以上班线客车未执行凌晨2时至5时停车休息：情形存在时判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.routes.over_800km | true |
      | road.routes.risk_assessed | true |
      | road.routes.night_rest_observed | false |
    当进行判定
    那么 "road-transport-2023.4.1" 的判定为 "重大事故隐患"
    而且 "road-transport-2023.4.1" 的证据包括 "road.routes.night_rest_observed"

  场景: 第四条（一）800公里以上班线客车未执行凌晨2时至5时停车休息：情形不存在时未发现
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.routes.over_800km | false |
    当进行判定
    那么 "road-transport-2023.4.1" 的判定为 "未发现"

  场景: 第四条（一）800公里以上班线客车未执行凌晨2时至5时停车休息：缺少观察事实时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.routes.over_800km | true |
      | road.routes.risk_assessed | true |
    当进行判定
    那么 "road-transport-2023.4.1" 的判定为 "待补充"
    而且 "road-transport-2023.4.1" 待补充的事实包括 "road.routes.night_rest_observed"

  场景: 第四条 道路货物运输企业不适用
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路货物运输] |
    当进行判定
    那么 "road-transport-2023.4.1" 的判定为 "不适用"
    而且 "road-transport-2023.4.rest" 的判定为 "不适用"

  场景: 第四条（二）以后列为未判定（未编码）
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [道路运输] |
      | profile.road.business_types | [道路旅客运输] |
      | road.routes.over_800km | false |
    当进行判定
    那么 "road-transport-2023.4.1" 的判定为 "未发现"
    而且 "road-transport-2023.4.rest" 的判定为 "未判定（未编码）"
    而且 "road-transport-2023.4.rest" 的未判定原因包含 "原文未取得"
