"""The 重大事故隐患 register: inspections, hazard entries, lifecycle events, listings and statistics."""
