"""Generate a large register on PostgreSQL in SQL (for the statistics benchmark): enterprises, inspections, hazards."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

ENTERPRISES = 20_000
CITATION = {"standard": "gongmao-2023", "standard_title": "工贸企业重大事故隐患判定标准",
            "document_number": "应急管理部令第10号", "article": "第十二条", "item": "（二）",
            "text": "快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人的。",
            "confidence": "confirmed", "unconfirmed": False}
EVIDENCE = [{"code": "ammonia.quick_freeze.present", "question": "企业是否有快速冻结装置（速冻机、速冻隧道等）？",
             "value": True},
            {"code": "ammonia.quick_freeze.headcount", "question": "快速冻结装置作业间内同时作业的人员有多少？",
             "value": 10}]

# enterprise n: 17 cities × 30 counties of 山东 (37cc..)
REGION = "'37' || lpad(((n % 17) + 1)::text, 2, '0') || lpad((((n / 17) % 30) + 1)::text, 2, '0')"

ENTERPRISES_SQL = f"""
INSERT INTO enterprises (uscc, name, region_code, industries, high_risk, updated_at)
SELECT 'B' || lpad(n::text, 17, '0'), '企业' || n, {REGION}, '["gongmao"]', n % 10 = 0, now()
FROM generate_series(0, {ENTERPRISES - 1}) AS n;
INSERT INTO users (name, role, region_code, organ, disabled, created_at)
VALUES ('bench-generator', 'department', '370000', '山东省应急管理厅', false, now()) ON CONFLICT DO NOTHING;
INSERT INTO inspections (id, uscc, region_code, date, channel, level, organ, inspectors, led_by_principal,
                         major_hazard_found, document, assessment, rulebook, engine_version, submitted_by,
                         request_digest, recorded_at)
SELECT 'bench' || lpad(n::text, 27, '0'), 'B' || lpad(n::text, 17, '0'), {REGION}, date '2022-01-01', '执法检查', '市',
       '市应急管理局', '[]', false, true, '{{}}', '{{"findings": []}}', 'bench', '0', u.id, '', now()
FROM generate_series(0, {ENTERPRISES - 1}) AS n, (SELECT id FROM users WHERE name = 'bench-generator') AS u;
"""

HAZARDS_SQL = f"""
WITH g AS (
  SELECT n, (n % {ENTERPRISES})::int AS e, date '2022-01-01' + ((n * 7919) % 1790)::int AS found,
         (n * 31) % 10 < 7 AS closing, (n % 60)::int AS m
  FROM generate_series(CAST(:start AS bigint), CAST(:stop AS bigint) - 1) AS n
), d AS (
  SELECT g.*, CASE WHEN closing AND found + 5 + m <= date '2026-11-30' THEN found + 5 + m END AS closed
  FROM g
)
INSERT INTO hazards (uscc, criterion, standard, industry, region_code, citation, evidence, rulebook, engine_version,
                     channel, level, organ, found_on, first_inspection_id, registered_at, state, listed, listed_on,
                     listing, suspended, order_deadline, deadline, deadline_since, closed_on, days_to_close, sightings,
                     version, state_since)
SELECT 'B' || lpad(e::text, 17, '0'), 'bench.' || ((n / {ENTERPRISES}) % 64), 'gongmao-2023',
       (ARRAY['gongmao', 'chemical', 'fireworks', 'city-gas', 'construction'])[n % 5 + 1],
       '37' || lpad(((e % 17) + 1)::text, 2, '0') || lpad((((e / 17) % 30) + 1)::text, 2, '0'),
       CAST(:citation AS jsonb), CAST(:evidence AS jsonb), 'bench', '0',
       (ARRAY['企业自查', '监督检查', '执法检查', '举报核查'])[n % 4 + 1], '市', '市应急管理局', found,
       'bench' || lpad(e::text, 27, '0'), now(),
       CASE WHEN closed IS NOT NULL THEN 'closed'
            ELSE (ARRAY['registered', 'notified', 'plan_submitted', 'rectifying'])[n % 4 + 1] END,
       n % 5 = 0 AND closed IS NULL, CASE WHEN n % 5 = 0 THEN found END, NULL, false,
       found + 30 + m, found + 30 + m, CASE WHEN n % 10 = 3 THEN found + 20 ELSE found END, closed, closed - found, 1,
       1, CASE WHEN closed IS NOT NULL THEN closed WHEN n % 4 > 0 THEN found + 1 + m % 20 END
FROM d;
"""

# state_since: the generated entries moved on from 已登记 on some day after their finding, but have no events, so a
# past day's state is looked up and found missing (read as registered): the lookup's cost is real, its counts are not

# one deadline change at the finding; one entry in ten was given a shorter deadline first and extended 20 days later,
# so that "overdue as of" a date before the extension reads the history
DEADLINES_SQL = """
INSERT INTO deadline_changes (hazard_id, "on", deadline, recorded_at)
SELECT id, found_on, CASE WHEN deadline_since > found_on THEN found_on + 15 ELSE deadline END, now()
FROM hazards WHERE id > :after
UNION ALL
SELECT id, deadline_since, deadline, now() FROM hazards WHERE id > :after AND deadline_since > found_on;
"""


def generate_hazards(url: str, have: int, size: int) -> None:
    """Grow the generated register from `have` to `size` hazards (enterprises and inspections on the first call)."""
    engine = create_engine(url)
    with engine.begin() as connection:
        if have == 0:
            for statement in ENTERPRISES_SQL.split(";"):
                if statement.strip():
                    connection.execute(text(statement))
        step = 200_000
        for start in range(have, size, step):
            after = connection.execute(text("SELECT coalesce(max(id), 0) FROM hazards")).scalar_one()
            connection.execute(text(HAZARDS_SQL), {"start": start, "stop": min(size, start + step),
                                                   "citation": json.dumps(CITATION, ensure_ascii=False),
                                                   "evidence": json.dumps(EVIDENCE, ensure_ascii=False)})
            connection.execute(text(DEADLINES_SQL), {"after": after})
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE hazards")
        connection.exec_driver_sql("VACUUM ANALYZE deadline_changes")
    engine.dispose()
