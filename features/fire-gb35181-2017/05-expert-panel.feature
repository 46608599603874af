# language: zh-CN
功能: 5.3.4 第7章以外的情形由技术论证专家组综合判定（人工判断）

  场景: 专家组依据5.3.4综合判定为重大火灾隐患
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.expert_panel.other_violation_major | true |
    当进行判定
    那么 "fire-gb35181-2017.5.3.4" 的判定为 "重大事故隐患"
    而且 "fire-gb35181-2017.5.3.4" 的证据包括 "fire.expert_panel.other_violation_major"

  场景: 专家组未作此判定时未发现
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [人员密集场所] |
      | fire.expert_panel.other_violation_major | false |
    当进行判定
    那么 "fire-gb35181-2017.5.3.4" 的判定为 "未发现"

  场景: 未记录专家组结论时待补充，不会由第7章要素自动判定
    假如检查日期为 "2025-05-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [易燃易爆危险品场所] |
    当进行判定
    那么 "fire-gb35181-2017.5.3.4" 的判定为 "待补充"
    而且 "fire-gb35181-2017.5.3.4" 待补充的事实包括 "fire.expert_panel.other_violation_major"

  场景: GB 35181-2025 施行后不再按2017版5.3.4判定（2025版尚未编码，未判定）
    假如检查日期为 "2025-12-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.fire_premises | [其他场所] |
      | fire.expert_panel.other_violation_major | true |
    当进行判定
    那么 "fire-gb35181-2017.5.3.4" 的判定为 "未判定（未编码）"
