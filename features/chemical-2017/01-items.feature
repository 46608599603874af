# language: zh-CN
功能: 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第一项至第二十项

  场景: 危险化学品生产单位安全生产管理人员未经考核合格判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.hazchem_producer_or_trader | true |
      | mgmt.principal_assessed | true |
      | mgmt.safety_managers_assessed | false |
    当进行判定
    那么 "chemical-2017.1" 的判定为 "重大事故隐患"
    而且 "chemical-2017.1" 的证据包括 "mgmt.safety_managers_assessed"

  场景: 主要负责人和安全生产管理人员均经考核合格时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.hazchem_producer_or_trader | true |
      | mgmt.principal_assessed | true |
      | mgmt.safety_managers_assessed | true |
    当进行判定
    那么 "chemical-2017.1" 的判定为 "未发现"

  场景: 主要负责人考核合格但未核对安全生产管理人员时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.hazchem_producer_or_trader | true |
      | mgmt.principal_assessed | true |
    当进行判定
    那么 "chemical-2017.1" 的判定为 "待补充"
    而且 "chemical-2017.1" 待补充的事实包括 "mgmt.safety_managers_assessed"

  场景: 未核实是否为危险化学品生产经营单位时第一项待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | mgmt.principal_assessed | false |
    当进行判定
    那么 "chemical-2017.1" 的判定为 "待补充"
    而且 "chemical-2017.1" 待补充的事实包括 "chemical.hazchem_producer_or_trader"

  场景: 仅使用危险化学品的化工企业不适用第一项
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.hazchem_producer_or_trader | false |
      | mgmt.principal_assessed | false |
    当进行判定
    那么 "chemical-2017.1" 的判定为 "不适用"
    而且 "chemical-2017.1" 的不适用原因包含 "危险化学品生产、经营单位"

  场景: 特种作业人员未持证上岗判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | false |
    当进行判定
    那么 "chemical-2017.2" 的判定为 "重大事故隐患"
    而且 "chemical-2017.2" 的证据包括 "mgmt.special_workers_certified"

  场景: 特种作业人员均持证上岗时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | mgmt.special_work.present | true |
      | mgmt.special_workers_certified | true |
    当进行判定
    那么 "chemical-2017.2" 的判定为 "未发现"

  场景: 有特种作业但未核对持证情况时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | mgmt.special_work.present | true |
    当进行判定
    那么 "chemical-2017.2" 的判定为 "待补充"
    而且 "chemical-2017.2" 待补充的事实包括 "mgmt.special_workers_certified"

  场景: 两重点一重大装置外部安全防护距离不足判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.key_facility.present | true |
      | chemical.key_facility.external_distance_compliant | false |
    当进行判定
    那么 "chemical-2017.3" 的判定为 "重大事故隐患"
    而且 "chemical-2017.3" 的证据包括 "chemical.key_facility.external_distance_compliant"

  场景: 两重点一重大装置外部安全防护距离符合要求时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.key_facility.present | true |
      | chemical.key_facility.external_distance_compliant | true |
    当进行判定
    那么 "chemical-2017.3" 的判定为 "未发现"

  场景: 不涉及两重点一重大时第三项未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.key_facility.present | false |
    当进行判定
    那么 "chemical-2017.3" 的判定为 "未发现"

  场景: 涉及两重点一重大但未核对外部安全防护距离时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.key_facility.present | true |
    当进行判定
    那么 "chemical-2017.3" 的判定为 "待补充"
    而且 "chemical-2017.3" 待补充的事实包括 "chemical.key_facility.external_distance_compliant"

  场景: 重点监管危险化工工艺装置紧急停车系统未投入使用判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.key_process.present | true |
      | chemical.key_process.automation | 有效 |
      | chemical.key_process.esd | 失效 |
    当进行判定
    那么 "chemical-2017.4" 的判定为 "重大事故隐患"
    而且 "chemical-2017.4" 的证据包括 "chemical.key_process.esd"

  场景: 重点监管危险化工工艺装置未实现自动化控制判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.key_process.present | true |
      | chemical.key_process.automation | 未设置 |
    当进行判定
    那么 "chemical-2017.4" 的判定为 "重大事故隐患"
    而且 "chemical-2017.4" 的证据包括 "chemical.key_process.automation"

  场景: 自动化控制系统和紧急停车系统均有效投用时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.key_process.present | true |
      | chemical.key_process.automation | 有效 |
      | chemical.key_process.esd | 有效 |
    当进行判定
    那么 "chemical-2017.4" 的判定为 "未发现"

  场景: 自动化控制有效但未检查紧急停车系统时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.key_process.present | true |
      | chemical.key_process.automation | 有效 |
    当进行判定
    那么 "chemical-2017.4" 的判定为 "待补充"
    而且 "chemical-2017.4" 待补充的事实包括 "chemical.key_process.esd"

  场景: 一级重大危险源罐区未实现紧急切断功能判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.tank_farm.major_hazard_grades | [一级] |
      | chemical.tank_farm.emergency_cutoff | 未设置 |
    当进行判定
    那么 "chemical-2017.5" 的判定为 "重大事故隐患"
    而且 "chemical-2017.5" 的证据包括 "chemical.tank_farm.emergency_cutoff"

  场景: 储存液化气体的二级重大危险源罐区未配备独立安全仪表系统判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.tank_farm.major_hazard_grades | [二级, 四级] |
      | chemical.tank_farm.emergency_cutoff | 有效 |
      | chemical.tank_farm.toxic_or_liquefied_media | true |
      | chemical.tank_farm.independent_sis | 未设置 |
    当进行判定
    那么 "chemical-2017.5" 的判定为 "重大事故隐患"
    而且 "chemical-2017.5" 的证据包括 "chemical.tank_farm.independent_sis"

  场景: 储存普通易燃液体的二级罐区有紧急切断功能时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.tank_farm.major_hazard_grades | [二级] |
      | chemical.tank_farm.emergency_cutoff | 有效 |
      | chemical.tank_farm.toxic_or_liquefied_media | false |
    当进行判定
    那么 "chemical-2017.5" 的判定为 "未发现"

  场景: 罐区仅构成三级重大危险源时第五项未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.tank_farm.major_hazard_grades | [三级] |
    当进行判定
    那么 "chemical-2017.5" 的判定为 "未发现"

  场景: 涉及毒性气体的一级罐区未检查独立安全仪表系统时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.tank_farm.major_hazard_grades | [一级] |
      | chemical.tank_farm.emergency_cutoff | 有效 |
      | chemical.tank_farm.toxic_or_liquefied_media | true |
    当进行判定
    那么 "chemical-2017.5" 的判定为 "待补充"
    而且 "chemical-2017.5" 待补充的事实包括 "chemical.tank_farm.independent_sis"

  场景: 全压力式液化烃储罐未设置注水措施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.lpg_pressure_tank.present | true |
      | chemical.lpg_pressure_tank.water_injection | 未设置 |
    当进行判定
    那么 "chemical-2017.6" 的判定为 "重大事故隐患"
    而且 "chemical-2017.6" 的证据包括 "chemical.lpg_pressure_tank.water_injection"

  场景: 全压力式液化烃储罐注水措施有效时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.lpg_pressure_tank.present | true |
      | chemical.lpg_pressure_tank.water_injection | 有效 |
    当进行判定
    那么 "chemical-2017.6" 的判定为 "未发现"

  场景: 有全压力式液化烃储罐但未检查注水措施时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.lpg_pressure_tank.present | true |
    当进行判定
    那么 "chemical-2017.6" 的判定为 "待补充"
    而且 "chemical-2017.6" 待补充的事实包括 "chemical.lpg_pressure_tank.water_injection"

  场景: 液氨充装使用软管判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.liquefied_gas_loading.present | true |
      | chemical.liquefied_gas_loading.articulated_arm | false |
    当进行判定
    那么 "chemical-2017.7" 的判定为 "重大事故隐患"
    而且 "chemical-2017.7" 的证据包括 "chemical.liquefied_gas_loading.articulated_arm"

  场景: 液化气体充装全部使用万向管道充装系统时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.liquefied_gas_loading.present | true |
      | chemical.liquefied_gas_loading.articulated_arm | true |
    当进行判定
    那么 "chemical-2017.7" 的判定为 "未发现"

  场景: 有液化气体充装但未核对充装方式时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.liquefied_gas_loading.present | true |
    当进行判定
    那么 "chemical-2017.7" 的判定为 "待补充"
    而且 "chemical-2017.7" 待补充的事实包括 "chemical.liquefied_gas_loading.articulated_arm"

  场景: 氯气管道穿越园区外公共区域判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.toxic_pipeline.present | true |
      | chemical.toxic_pipeline.crosses_public_area | true |
    当进行判定
    那么 "chemical-2017.8" 的判定为 "重大事故隐患"
    而且 "chemical-2017.8" 的证据包括 "chemical.toxic_pipeline.crosses_public_area"

  场景: 剧毒气体管道仅在厂区和园区内敷设时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.toxic_pipeline.present | true |
      | chemical.toxic_pipeline.crosses_public_area | false |
    当进行判定
    那么 "chemical-2017.8" 的判定为 "未发现"

  场景: 有硫化氢管道但未核对走向时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.toxic_pipeline.present | true |
    当进行判定
    那么 "chemical-2017.8" 的判定为 "待补充"
    而且 "chemical-2017.8" 待补充的事实包括 "chemical.toxic_pipeline.crosses_public_area"

  场景: 地区架空电力线路穿越生产区且不符合国家标准判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.overhead_line.crosses_production_area | true |
      | chemical.overhead_line.crossing_compliant | false |
    当进行判定
    那么 "chemical-2017.9" 的判定为 "重大事故隐患"
    而且 "chemical-2017.9" 的证据包括 "chemical.overhead_line.crossing_compliant"

  场景: 没有地区架空电力线路穿越生产区时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.overhead_line.crosses_production_area | false |
    当进行判定
    那么 "chemical-2017.9" 的判定为 "未发现"

  场景: 地区架空电力线路穿越生产区但未核对是否符合标准时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.overhead_line.crosses_production_area | true |
    当进行判定
    那么 "chemical-2017.9" 的判定为 "待补充"
    而且 "chemical-2017.9" 待补充的事实包括 "chemical.overhead_line.crossing_compliant"

  场景: 在役装置未经正规设计且未进行安全设计诊断判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.installation.in_service | true |
      | chemical.installation.formally_designed | false |
      | chemical.installation.design_diagnosis_done | false |
    当进行判定
    那么 "chemical-2017.10" 的判定为 "重大事故隐患"
    而且 "chemical-2017.10" 的证据包括 "chemical.installation.design_diagnosis_done"

  场景: 未经正规设计但已进行安全设计诊断时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.installation.in_service | true |
      | chemical.installation.formally_designed | false |
      | chemical.installation.design_diagnosis_done | true |
    当进行判定
    那么 "chemical-2017.10" 的判定为 "未发现"

  场景: 在役装置均经正规设计时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.installation.in_service | true |
      | chemical.installation.formally_designed | true |
    当进行判定
    那么 "chemical-2017.10" 的判定为 "未发现"

  场景: 在役装置未经正规设计但未核对安全设计诊断时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.installation.in_service | true |
      | chemical.installation.formally_designed | false |
    当进行判定
    那么 "chemical-2017.10" 的判定为 "待补充"
    而且 "chemical-2017.10" 待补充的事实包括 "chemical.installation.design_diagnosis_done"

  场景: 使用淘汰目录所列设备判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.obsolete_tech.in_use | true |
    当进行判定
    那么 "chemical-2017.11" 的判定为 "重大事故隐患"
    而且 "chemical-2017.11" 的证据包括 "chemical.obsolete_tech.in_use"

  场景: 未使用淘汰目录所列工艺设备时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.obsolete_tech.in_use | false |
    当进行判定
    那么 "chemical-2017.11" 的判定为 "未发现"

  场景: 未核对淘汰目录时第十一项待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
    当进行判定
    那么 "chemical-2017.11" 的判定为 "待补充"
    而且 "chemical-2017.11" 待补充的事实包括 "chemical.obsolete_tech.in_use"

  场景: 可燃气体泄漏场所检测报警装置失效判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.gas_leak_site.present | true |
      | chemical.gas_leak_site.detection_alarm | 失效 |
    当进行判定
    那么 "chemical-2017.12" 的判定为 "重大事故隐患"
    而且 "chemical-2017.12" 的证据包括 "chemical.gas_leak_site.detection_alarm"

  场景: 爆炸危险场所使用非防爆电气设备判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.explosion_zone.present | true |
      | chemical.explosion_zone.ex_equipment_compliant | false |
    当进行判定
    那么 "chemical-2017.12" 的判定为 "重大事故隐患"
    而且 "chemical-2017.12" 的证据包括 "chemical.explosion_zone.ex_equipment_compliant"

  场景: 检测报警装置有效且防爆电气符合标准时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.gas_leak_site.present | true |
      | chemical.gas_leak_site.detection_alarm | 有效 |
      | chemical.explosion_zone.present | true |
      | chemical.explosion_zone.ex_equipment_compliant | true |
    当进行判定
    那么 "chemical-2017.12" 的判定为 "未发现"

  场景: 检测报警装置有效但未检查防爆电气时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.gas_leak_site.present | true |
      | chemical.gas_leak_site.detection_alarm | 有效 |
      | chemical.explosion_zone.present | true |
    当进行判定
    那么 "chemical-2017.12" 的判定为 "待补充"
    而且 "chemical-2017.12" 待补充的事实包括 "chemical.explosion_zone.ex_equipment_compliant"

  场景: 控制室面向装置一侧不满足防火防爆要求判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.control_room.faces_hazard_installation | true |
      | chemical.control_room.facing_side_compliant | false |
    当进行判定
    那么 "chemical-2017.13" 的判定为 "重大事故隐患"
    而且 "chemical-2017.13" 的证据包括 "chemical.control_room.facing_side_compliant"

  场景: 控制室面向装置一侧满足防火防爆要求时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.control_room.faces_hazard_installation | true |
      | chemical.control_room.facing_side_compliant | true |
    当进行判定
    那么 "chemical-2017.13" 的判定为 "未发现"

  场景: 控制室面向危险装置但未核对防火防爆措施时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.control_room.faces_hazard_installation | true |
    当进行判定
    那么 "chemical-2017.13" 的判定为 "待补充"
    而且 "chemical-2017.13" 待补充的事实包括 "chemical.control_room.facing_side_compliant"

  场景: 自动化控制系统未设置不间断电源判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.dual_power.required | true |
      | chemical.dual_power.provided | true |
      | chemical.automation.present | true |
      | chemical.automation.ups | 未设置 |
    当进行判定
    那么 "chemical-2017.14" 的判定为 "重大事故隐患"
    而且 "chemical-2017.14" 的证据包括 "chemical.automation.ups"

  场景: 应设双重电源而未设置判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.dual_power.required | true |
      | chemical.dual_power.provided | false |
    当进行判定
    那么 "chemical-2017.14" 的判定为 "重大事故隐患"
    而且 "chemical-2017.14" 的证据包括 "chemical.dual_power.provided"

  场景: 双重电源和不间断电源均符合要求时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.dual_power.required | true |
      | chemical.dual_power.provided | true |
      | chemical.automation.present | true |
      | chemical.automation.ups | 有效 |
    当进行判定
    那么 "chemical-2017.14" 的判定为 "未发现"

  场景: 已设双重电源但未检查不间断电源时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.dual_power.required | true |
      | chemical.dual_power.provided | true |
      | chemical.automation.present | true |
    当进行判定
    那么 "chemical-2017.14" 的判定为 "待补充"
    而且 "chemical-2017.14" 待补充的事实包括 "chemical.automation.ups"

  场景: 安全阀前切断阀关闭未正常投用判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.safety_accessories.present | true |
      | chemical.safety_accessories.status | 失效 |
    当进行判定
    那么 "chemical-2017.15" 的判定为 "重大事故隐患"
    而且 "chemical-2017.15" 的证据包括 "chemical.safety_accessories.status"

  场景: 安全附件均正常投用时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.safety_accessories.present | true |
      | chemical.safety_accessories.status | 有效 |
    当进行判定
    那么 "chemical-2017.15" 的判定为 "未发现"

  场景: 有安全附件但未检查投用状态时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.safety_accessories.present | true |
    当进行判定
    那么 "chemical-2017.15" 的判定为 "待补充"
    而且 "chemical-2017.15" 待补充的事实包括 "chemical.safety_accessories.status"

  场景: 制定了隐患排查治理制度但未实施判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | mgmt.responsibility_system.all_staff | true |
      | mgmt.hazard_inspection.system_formulated | true |
      | mgmt.hazard_inspection.system_implemented | false |
    当进行判定
    那么 "chemical-2017.16" 的判定为 "重大事故隐患"
    而且 "chemical-2017.16" 的证据包括 "mgmt.hazard_inspection.system_implemented"

  场景: 全员安全生产责任制和隐患排查治理制度均建立并实施时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | mgmt.responsibility_system.all_staff | true |
      | mgmt.hazard_inspection.system_formulated | true |
      | mgmt.hazard_inspection.system_implemented | true |
    当进行判定
    那么 "chemical-2017.16" 的判定为 "未发现"

  场景: 未核对隐患排查治理制度实施情况时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | mgmt.responsibility_system.all_staff | true |
      | mgmt.hazard_inspection.system_formulated | true |
    当进行判定
    那么 "chemical-2017.16" 的判定为 "待补充"
    而且 "chemical-2017.16" 待补充的事实包括 "mgmt.hazard_inspection.system_implemented"

  场景: 未制定工艺控制指标判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.operating_procedures.established | true |
      | chemical.process_control_indices.established | false |
    当进行判定
    那么 "chemical-2017.17" 的判定为 "重大事故隐患"
    而且 "chemical-2017.17" 的证据包括 "chemical.process_control_indices.established"

  场景: 操作规程和工艺控制指标均已制定时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.operating_procedures.established | true |
      | chemical.process_control_indices.established | true |
    当进行判定
    那么 "chemical-2017.17" 的判定为 "未发现"

  场景: 已制定操作规程但未核对工艺控制指标时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.operating_procedures.established | true |
    当进行判定
    那么 "chemical-2017.17" 的判定为 "待补充"
    而且 "chemical-2017.17" 待补充的事实包括 "chemical.process_control_indices.established"

  场景: 动火作业制度未有效执行判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.special_work.system_per_standard | true |
      | chemical.special_work.system_executed | false |
    当进行判定
    那么 "chemical-2017.18" 的判定为 "重大事故隐患"
    而且 "chemical-2017.18" 的证据包括 "chemical.special_work.system_executed"

  场景: 特殊作业管理制度按标准制定并有效执行时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.special_work.system_per_standard | true |
      | chemical.special_work.system_executed | true |
    当进行判定
    那么 "chemical-2017.18" 的判定为 "未发现"

  场景: 已制定特殊作业制度但未抽查执行情况时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.special_work.system_per_standard | true |
    当进行判定
    那么 "chemical-2017.18" 的判定为 "待补充"
    而且 "chemical-2017.18" 待补充的事实包括 "chemical.special_work.system_executed"

  场景: 精细化工企业未开展反应安全风险评估判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.fine_chemical.enterprise | true |
      | chemical.fine_chemical.reaction_risk_assessed | false |
    当进行判定
    那么 "chemical-2017.19" 的判定为 "重大事故隐患"
    而且 "chemical-2017.19" 的证据包括 "chemical.fine_chemical.reaction_risk_assessed"

  场景: 新建装置未制定试生产方案投料开车判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.new_installation.started | true |
      | chemical.new_installation.trial_plan | false |
    当进行判定
    那么 "chemical-2017.19" 的判定为 "重大事故隐患"
    而且 "chemical-2017.19" 的证据包括 "chemical.new_installation.trial_plan"

  场景: 四种情形均不存在时第十九项未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.new_process.industrialized | false |
      | chemical.first_domestic_process.used | false |
      | chemical.new_installation.started | true |
      | chemical.new_installation.trial_plan | true |
      | chemical.fine_chemical.enterprise | true |
      | chemical.fine_chemical.reaction_risk_assessed | true |
    当进行判定
    那么 "chemical-2017.19" 的判定为 "未发现"

  场景: 未核对是否使用国内首次使用的化工工艺时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.new_process.industrialized | false |
      | chemical.new_installation.started | false |
      | chemical.fine_chemical.enterprise | false |
    当进行判定
    那么 "chemical-2017.19" 的判定为 "待补充"
    而且 "chemical-2017.19" 待补充的事实包括 "chemical.first_domestic_process.used"

  场景: 相互禁配物质混放混存判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.storage.present | true |
      | chemical.storage.incompatible_mixed | true |
    当进行判定
    那么 "chemical-2017.20" 的判定为 "重大事故隐患"
    而且 "chemical-2017.20" 的证据包括 "chemical.storage.incompatible_mixed"

  场景: 储存危险化学品超过设计储存量判定为重大事故隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.storage.present | true |
      | chemical.storage.actual_quantity | 120 |
      | chemical.storage.max_quantity | 100 |
    当进行判定
    那么 "chemical-2017.20" 的判定为 "重大事故隐患"
    而且 "chemical-2017.20" 的证据包括 "chemical.storage.actual_quantity"

  场景: 分区分类储存且未超量超品种无混存时未发现隐患
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.storage.present | true |
      | chemical.storage.zoned_classified | true |
      | chemical.storage.actual_quantity | 80 |
      | chemical.storage.max_quantity | 100 |
      | chemical.storage.varieties_within_design | true |
      | chemical.storage.incompatible_mixed | false |
    当进行判定
    那么 "chemical-2017.20" 的判定为 "未发现"

  场景: 未核对实际储存量时待补充
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.storage.present | true |
      | chemical.storage.zoned_classified | true |
      | chemical.storage.max_quantity | 100 |
      | chemical.storage.varieties_within_design | true |
      | chemical.storage.incompatible_mixed | false |
    当进行判定
    那么 "chemical-2017.20" 的判定为 "待补充"
    而且 "chemical-2017.20" 待补充的事实包括 "chemical.storage.actual_quantity"

  场景大纲: 储存量等于设计储存量不算超量，超过即成立
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.storage.present | true |
      | chemical.storage.zoned_classified | true |
      | chemical.storage.max_quantity | 100 |
      | chemical.storage.varieties_within_design | true |
      | chemical.storage.incompatible_mixed | false |
      | chemical.storage.actual_quantity | <实际储存量> |
    当进行判定
    那么 "chemical-2017.20" 的判定为 "<判定>"

    例子:
      | 实际储存量 | 判定 |
      | 100 | 未发现 |
      | 100.5 | 重大事故隐患 |

  场景: 涉及危险化学品的工贸企业适用本标准
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [机械] |
      | profile.hazardous_chemicals | true |
      | chemical.storage.present | true |
      | chemical.storage.incompatible_mixed | true |
    当进行判定
    那么 "chemical-2017.20" 的判定为 "重大事故隐患"

  场景: 不涉及化工和危险化学品的企业不适用本标准
    假如检查日期为 "2025-06-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [纺织] |
      | profile.hazardous_chemicals | false |
      | chemical.storage.present | true |
      | chemical.storage.incompatible_mixed | true |
    当进行判定
    那么 "chemical-2017.20" 的判定为 "不适用"
    而且 "chemical-2017.20" 的不适用原因包含 "不属于本标准适用范围"

  场景: 标准印发前的检查日期不适用本标准
    假如检查日期为 "2017-10-01"
    而且事实如下:
      | 事实 | 值 |
      | profile.sectors | [化工] |
      | profile.hazardous_chemicals | true |
      | chemical.obsolete_tech.in_use | true |
    当进行判定
    那么 "chemical-2017.11" 的判定为 "不适用"
