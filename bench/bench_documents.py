"""Generation time per document: 隐患清单 xlsx / csv of 10,000 register-like rows, and each PDF (指令书, 报告, 督办通知书).

Peers in the same run: the xlsx against the csv of the same rows (stdlib), each PDF against `Engine.assess` of the
inspection it is made from. Prints a Markdown section for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from documents.from_assessment import hazard_list, hazard_report, order_notice  # noqa: E402
from documents.models import HazardList, ListingNotice, Party  # noqa: E402
from documents.pdf import listing_pdf, order_pdf, report_pdf  # noqa: E402
from documents.tables import to_csv  # noqa: E402
from documents.xlsx import hazard_list_xlsx  # noqa: E402
from engine.assess import Engine  # noqa: E402
from engine.inspection import parse_inspection  # noqa: E402

EXAMPLE = ROOT / "examples" / "cold-store-ammonia.yaml"


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float, int]:
    """Median and maximum seconds over `repeat` runs, and the size of what the last run made."""
    times, made = [], b""
    for _ in range(repeat):
        start = time.perf_counter()
        made = run()  # type: ignore[assignment]
        times.append(time.perf_counter() - start)
    size = len(made) if isinstance(made, bytes) else 0
    return statistics.median(times), max(times), size


def register_rows(base: HazardList, count: int) -> HazardList:
    """`count` rows shaped like the register's: distinct enterprises, dates, owners, deadlines, statuses."""
    row = base.rows[0]
    states = ("整改中", "已报告整改完成", "已销号", "已登记")
    rows = [row.model_copy(update={
        "seq": i + 1, "hazard_id": f"H-2025-{i:06d}", "enterprise": f"{row.enterprise}{i % 997}号分厂",
        "found_on": row.found_on + dt.timedelta(days=i % 180), "owner": f"责任人{i % 50}",
        "measures": "调整作业班次，作业间内作业人员不超过9人；设置人数监控并纳入交接班检查", "status": states[i % 4],
        "deadline": row.found_on + dt.timedelta(days=30 + i % 60), "listed": i % 10 == 0,
        "closed_on": row.found_on + dt.timedelta(days=40) if states[i % 4] == "已销号" else None})
        for i in range(count)]
    return base.model_copy(update={"rows": rows})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20, help="runs per PDF (the xlsx runs 3 times, the csv 5)")
    args = parser.parse_args()
    engine = Engine.from_path(ROOT / "rules")
    inspection = parse_inspection(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE), engine.book)
    assessment = engine.assess(inspection)
    big = register_rows(hazard_list(assessment, engine.book, inspection.facts), args.rows)
    notice = order_notice(assessment, engine.book, inspection.facts, dt.date(2025, 7, 1))
    report = hazard_report(assessment, engine.book, inspection.facts)
    enterprise = assessment.inspection.enterprise
    assert enterprise is not None
    listing = ListingNotice(number="鲁安督〔2025〕3号", organ="山东省安全生产委员会", party=Party(name=enterprise.name),
                            hazard=big.rows[0], listed_on=dt.date(2025, 6, 10), deadline=dt.date(2025, 9, 30),
                            requirements=["五落实"], delisting=["核查验收合格后摘牌销号"], provenance=big.provenance)
    serial = itertools.count(1000)
    cold_start = time.perf_counter()
    order_pdf(notice)  # loads the CJK font into the one typst compiler of the process
    cold = time.perf_counter() - cold_start
    assess_p50, _, _ = timed(lambda: engine.assess(inspection), args.runs * 5)
    rows = [("隐患清单 xlsx", f"{args.rows:,} 行", *timed(lambda: hazard_list_xlsx(big), 3)),
            ("隐患清单 csv", f"{args.rows:,} 行", *timed(lambda: to_csv(big), 5)),
            # a different 文书编号 each run: typst memoises a compile of the very same input
            ("责令限期整改指令书 pdf", "1 项隐患", *timed(lambda: order_pdf(notice.model_copy(
                update={"number": f"（威）应急执法〔2025〕{next(serial)}号"})), args.runs)),
            ("重大事故隐患报告 pdf", "1 项隐患", *timed(lambda: report_pdf(report.model_copy(
                update={"addressee": f"第{next(serial)}号报送单位"})), args.runs)),
            ("挂牌督办通知书 pdf", "1 项隐患", *timed(lambda: listing_pdf(listing.model_copy(
                update={"number": f"鲁安督〔2025〕{next(serial)}号"})), args.runs))]
    csv_p50 = rows[1][2]
    print("| document | input | p50 | max | size | ratio to its peer (same run) |")
    print("|---|---|--:|--:|--:|---|")
    for name, what, p50, worst, size in rows:
        peer = (f"{p50 / csv_p50:.1f}× the csv of the same rows" if "xlsx" in name else
                "" if "csv" in name else f"{p50 / assess_p50:.1f}× `Engine.assess` of the inspection")
        print(f"| {name} | {what} | {p50 * 1000:,.0f} ms | {worst * 1000:,.0f} ms | {size / 1024:,.0f} KiB | {peer} |")
    print(f"\n`Engine.assess` of the same inspection: p50 {assess_p50 * 1000:.1f} ms; the first PDF of a process "
          f"(typst loads the CJK font): {cold * 1000:.0f} ms.")


if __name__ == "__main__":
    main()
