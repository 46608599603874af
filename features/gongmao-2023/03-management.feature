# language: zh-CN
功能: 第三条 工贸企业管理类重大事故隐患

  场景: 未定期对承包单位进行安全检查判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | mgmt.contractors.present | true |
      | mgmt.contractors.coordinated | true |
      | mgmt.contractors.inspected_regularly | false |
    当进行判定
    那么 "gongmao-2023.3.1" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.3.1" 的证据包括 "mgmt.contractors.inspected_regularly"

  场景: 对承包承租单位统一协调管理并定期检查时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | mgmt.contractors.present | true |
      | mgmt.contractors.coordinated | true |
      | mgmt.contractors.inspected_regularly | true |
    当进行判定
    那么 "gongmao-2023.3.1" 的判定为 "未发现"

  场景: 没有承包单位和承租单位时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | mgmt.contractors.present | false |
    当进行判定
    那么 "gongmao-2023.3.1" 的判定为 "未发现"

  场景: 已统一协调管理但未记录是否定期检查时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | mgmt.contractors.present | true |
      | mgmt.contractors.coordinated | true |
    当进行判定
    那么 "gongmao-2023.3.1" 的判定为 "待补充"
    而且 "gongmao-2023.3.1" 待补充的事实包括 "mgmt.contractors.inspected_regularly"

  场景: 特种作业人员无证上岗判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | false |
    当进行判定
    那么 "gongmao-2023.3.2" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.3.2" 的证据包括 "mgmt.special_workers_certified"

  场景: 特种作业人员均持有效操作证时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | true |
    当进行判定
    那么 "gongmao-2023.3.2" 的判定为 "未发现"

  场景: 有特种作业但未核对持证情况时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [建材] |
      | mgmt.special_work.present | true |
    当进行判定
    那么 "gongmao-2023.3.2" 的判定为 "待补充"
    而且 "gongmao-2023.3.2" 待补充的事实包括 "mgmt.special_workers_certified"

  场景: 金属冶炼企业安全生产管理人员未经考核合格判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.metal_smelting | true |
      | mgmt.principal_assessed | true |
      | mgmt.safety_managers_assessed | false |
    当进行判定
    那么 "gongmao-2023.3.3" 的判定为 "重大事故隐患"
    而且 "gongmao-2023.3.3" 的证据包括 "mgmt.safety_managers_assessed"

  场景: 金属冶炼企业主要负责人和安全生产管理人员均考核合格时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [有色] |
      | profile.metal_smelting | true |
      | mgmt.principal_assessed | true |
      | mgmt.safety_managers_assessed | true |
    当进行判定
    那么 "gongmao-2023.3.3" 的判定为 "未发现"

  场景: 主要负责人考核合格但安全生产管理人员情况未记录时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [冶金] |
      | profile.metal_smelting | true |
      | mgmt.principal_assessed | true |
    当进行判定
    那么 "gongmao-2023.3.3" 的判定为 "待补充"
    而且 "gongmao-2023.3.3" 待补充的事实包括 "mgmt.safety_managers_assessed"

  场景: 非金属冶炼企业不适用第三条第三项
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | profile.metal_smelting | false |
      | mgmt.principal_assessed | false |
    当进行判定
    那么 "gongmao-2023.3.3" 的判定为 "不适用"

  场景: 化工企业不适用工贸企业判定标准
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | mgmt.contractors.present | true |
      | mgmt.contractors.coordinated | false |
    当进行判定
    那么 "gongmao-2023.3.1" 的判定为 "不适用"
    而且 "gongmao-2023.3.2" 的判定为 "不适用"

  场景: 涉及危险化学品的工贸企业提示适用危险化学品判定标准
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | profile.hazardous_chemicals | true |
    当进行判定
    那么判定说明包含 "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）"
    而且判定说明包含 "GB 35181"
