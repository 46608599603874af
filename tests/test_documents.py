"""Documents: every xlsx opened with openpyxl, every PDF's text extracted (pdftotext) and its first page rendered."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from documents.errors import DocumentError
from documents.from_assessment import engine_version, hazard_list, hazard_report, hazards, order_notice
from documents.models import ListingNotice, Party, StatsRow, StatsTable, StatsTables
from documents.pdf import listing_pdf, order_pdf, report_pdf
from documents.tables import HEADERS, to_csv
from documents.xlsx import STATS_HEADERS, hazard_list_xlsx, stats_xlsx
from engine.assess import Assessment, Engine
from engine.inspection import Inspection, parse_inspection

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "snapshots" / "documents"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
COLD_STORE = ROOT / "examples" / "cold-store-ammonia.yaml"


@pytest.fixture(scope="module")
def assessed(engine: Engine) -> dict[str, tuple[Inspection, Assessment]]:
    result = {}
    for path in EXAMPLES:
        inspection = parse_inspection(path.read_text(encoding="utf-8"), str(path), engine.book)
        result[path.stem] = (inspection, engine.assess(inspection))
    return result


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def ink_ratio(pdf: bytes, tmp_path: Path) -> float:
    """Share of dark pixels on the first page rendered at 40 dpi in grey (a PGM from pdftoppm)."""
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    pgm = subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", "-singlefile", str(path)],
                         check=True, capture_output=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    assert header, "pdftoppm did not give a grey PGM"
    pixels = pgm[header.end():]
    assert len(pixels) == int(header[1]) * int(header[2])
    return sum(1 for value in pixels if value < 128) / len(pixels)


def fonts_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout


def check_snapshot(name: str, text: str, assessment_hash: str) -> None:
    actual = text.replace(assessment_hash, "<rulebook>").replace(engine_version(), "<version>")
    actual = "\n".join(line.rstrip() for line in actual.splitlines()) + "\n"
    path = SNAPSHOTS / name
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"snapshot {name} was missing and has been written; review and commit it")
    expected = path.read_text(encoding="utf-8")
    if name.endswith(".txt"):  # a PDF's text, compared without whitespace: where a line wraps depends on the glyph
        # widths of the rulebook hash and engine version printed in it (replaced only after extraction)
        unspaced = _unspaced(text).replace(assessment_hash, "<rulebook>").replace(engine_version(), "<version>")
        if unspaced == _unspaced(expected):
            return
    assert actual == expected, f"{name} changed; rerun with UPDATE_SNAPSHOTS=1 if intended"


def _unspaced(text: str) -> str:
    # pdftotext joins a word hyphenated at a line end ("hazard-" + "engine" -> "hazardengine"): where a line wraps
    # moves with the hash's glyph widths, so a hyphen between two Latin letters is not compared either
    return re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", "", re.sub(r"\s+", "", text))


# ---------------------------------------------------------------- 隐患清单 xlsx / csv

def test_hazard_list_workbook_has_header_types_widths_and_criteria(engine: Engine, assessed: Any) -> None:
    inspection, assessment = assessed["cold-store-ammonia"]
    book = load_workbook(io.BytesIO(hazard_list_xlsx(hazard_list(assessment, engine.book, inspection.facts))))
    assert book.sheetnames == ["重大事故隐患清单", "判定项原文", "版本说明"]
    sheet = book["重大事故隐患清单"]
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.freeze_panes == "B2"
    row = {h: c for h, c in zip(HEADERS, sheet[2], strict=True)}
    assert row["序号"].value == 1
    assert row["企业名称"].value == "荣成海润水产食品有限公司"
    assert row["统一社会信用代码"].value == "91371082MA3C8K2Q1W"
    assert row["隐患描述"].value == "快速冻结装置作业间内作业人员数量超过9人"  # the branch that held, not both halves
    assert row["判定依据"].value == "《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（二）项"
    assert "作业的人员有10人" in row["证据"].value
    assert isinstance(row["发现日期"].value, dt.datetime) and row["发现日期"].value.date() == dt.date(2025, 6, 1)
    assert row["发现日期"].number_format == "yyyy-mm-dd"
    assert row["整改期限"].value is None and row["销号日期"].value is None  # the register fills these
    assert sheet.max_row == 2
    widths = {h: sheet.column_dimensions[c.column_letter].width for h, c in zip(HEADERS, sheet[1], strict=True)}
    assert widths["企业名称"] >= 2 * len("荣成海润水产食品有限公司")  # CJK characters count double
    assert widths["序号"] < widths["隐患描述"] <= 52
    criteria = book["判定项原文"]
    assert [c.value for c in criteria[2]][:3] == ["gongmao-2023.12.2", "工贸企业重大事故隐患判定标准", "应急管理部令第10号"]
    assert criteria.cell(row=2, column=6).value.startswith("快速冻结装置未设置在单独的作业间内，或者")
    versions = [[c.value for c in r] for r in book["版本说明"].iter_rows(min_row=2)]
    assert ["规则库版本", assessment.rulebook] in versions
    assert any(name.startswith("判定标准：《工贸企业重大事故隐患判定标准》") for name, _ in versions)


def test_unconfirmed_wording_is_said_in_the_list(engine: Engine, assessed: Any) -> None:
    inspection, assessment = assessed["confined-space-plant"]
    listed = hazard_list(assessment, engine.book, inspection.facts)
    book = load_workbook(io.BytesIO(hazard_list_xlsx(listed)))
    bases = [row[6].value for row in book["重大事故隐患清单"].iter_rows(min_row=2)]
    assert any(b.endswith("（原文未经核实）") for b in bases)
    assert "原文未经核实" in [r[0].value for r in book["版本说明"].iter_rows(min_row=2)]
    assert "原文未经核实" in [r[6].value for r in book["判定项原文"].iter_rows(min_row=2)]


def test_an_inferred_article_number_is_said_wherever_the_criterion_is_cited(engine: Engine, assessed: Any) -> None:
    # 煤矿 2021 第五条–第十八条: the numbers follow the order of the 15 方面 (no source shows their heading lines)
    inspection, assessment = assessed["coal-underground-gassy"]
    found = {f.criterion: f for f in assessment.findings if f.status == "hazard"}
    assert (found["coal-2021.4.6"].article_unconfirmed, found["coal-2021.7.2"].article_unconfirmed) == (False, True)
    judged = [f for f in assessment.findings if f.criterion in engine.book.criteria]  # not the one not obtained
    for finding in judged:  # every finding says its article's mark (only 煤矿 2021 has any)
        article = engine.book.criteria[finding.criterion].article
        assert finding.article_unconfirmed == (article.confidence is not None and article.confidence.flagged)
    inferred = {c.article.article for c in engine.book.criteria.values()
                if c.article.confidence is not None and c.article.confidence.flagged}
    assert len(inferred) == 14 and "第四条" not in inferred
    listed = hazard_list(assessment, engine.book, inspection.facts)
    bases = {row.citation.criterion: row.citation.marked for row in listed.rows}
    assert bases["coal-2021.7.2"].endswith("第七条第（二）项（条号未经核实）")
    assert not bases["coal-2021.4.6"].endswith("未经核实）")
    seventh = "《煤矿重大事故隐患判定标准》（应急管理部令第4号）第七条第（二）项"
    assert f"{seventh}的条号（为推定）" in listed.provenance.unconfirmed
    book = load_workbook(io.BytesIO(hazard_list_xlsx(listed)))
    checked = {r[0].value: r[6].value for r in book["判定项原文"].iter_rows(min_row=2)}
    assert checked["coal-2021.7.2"] == "已核实；条号为推定，未经核实" and checked["coal-2021.4.6"] == "已核实"
    both = listed.rows[0].citation.model_copy(update={"unconfirmed": True, "article_unconfirmed": True})
    assert both.marked.endswith("（条号和原文未经核实）") and len(both.doubts) == 2


def _example_changed(engine: Engine, name: str, *changes: tuple[str, str]) -> tuple[Inspection, Assessment]:
    """An example inspection with some answers replaced in its text, parsed and assessed."""
    path = ROOT / "examples" / f"{name}.yaml"
    document = path.read_text(encoding="utf-8")
    for old, new in changes:
        document = document.replace(old, new)
    inspection = parse_inspection(document, path.name, engine.book)
    return inspection, engine.assess(inspection)


@pytest.mark.parametrize(("state", "reading"), [("失效", True), ("未设置", False)])
def test_a_hazard_decided_through_a_reading_says_so(engine: Engine, state: str, reading: bool) -> None:
    # 城镇燃气 第五条（三） says 未设置; the rule file reads a failed interlock the same way, and a document must say so
    inspection, assessment = _example_changed(engine, "city-gas-lpg-station", (
        "loading_pullaway_interlock: 失效", f"loading_pullaway_interlock: {state}"))
    finding = next(f for f in assessment.findings if f.criterion == "city-gas-2023.5.3")
    said = "联锁保护装置失效按未设置处理（原文只写“未设置”）"
    assert finding.status == "hazard" and finding.readings == ([said] if reading else [])
    assert all(not f.readings for f in assessment.findings if f is not finding)
    notice = order_notice(assessment, engine.book, inspection.facts)
    item = next(i for i in notice.items if i.citation.criterion == "city-gas-2023.5.3")
    assert item.citation.marked.endswith("（按解读判定，见文末）") == reading
    assert any(said in line for line in notice.provenance.unconfirmed) == reading


@pytest.mark.parametrize(("structures", "reading"), [("[其他地下构筑物]", True), ("[电缆沟, 其他地下构筑物]", False)])
def test_a_reading_of_a_list_answer_is_said_only_when_the_hazard_rests_on_it(engine: Engine, structures: str,
                                                                             reading: bool) -> None:
    # 城镇燃气 第六条（二） lists structures "等": one not listed is the rule file's reading; with a listed one too, the
    # hazard stands on the text alone
    _, assessment = _example_changed(engine, "city-gas-pipeline-operator",
                                     ("laid_in_structures: [排水管（沟）]", f"laid_in_structures: {structures}"),
                                     ("crossing_protection: true", "crossing_protection: false"))
    finding = next(f for f in assessment.findings if f.criterion == "city-gas-2023.6.2")
    assert finding.status == "hazard" and bool(finding.readings) == reading


def test_csv_has_a_bom_the_same_columns_and_iso_dates(engine: Engine, assessed: Any) -> None:
    inspection, assessment = assessed["chemical-fine-chemical-plant"]
    data = to_csv(hazard_list(assessment, engine.book, inspection.facts))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [*HEADERS, "规则库版本"]
    assert len(rows) == 1 + len(hazards(assessment)) == 4
    assert {r[9] for r in rows[1:]} == {assessment.inspection.date.isoformat()}
    assert {r[-1] for r in rows[1:]} == {assessment.rulebook}


def test_an_inspection_without_hazards_gives_a_list_with_its_header_only(engine: Engine, assessed: Any) -> None:
    inspection, assessment = assessed["machinery-clean"]
    book = load_workbook(io.BytesIO(hazard_list_xlsx(hazard_list(assessment, engine.book, inspection.facts))))
    assert book["重大事故隐患清单"].max_row == 1


@pytest.mark.parametrize("stem", [p.stem for p in EXAMPLES])
def test_hazard_list_snapshot(engine: Engine, assessed: Any, stem: str) -> None:
    inspection, assessment = assessed[stem]
    if not hazards(assessment):  # the list of an inspection without major hazards is its header alone
        assert to_csv(hazard_list(assessment, engine.book, inspection.facts)).decode("utf-8-sig").count("\n") == 1
        return
    text = to_csv(hazard_list(assessment, engine.book, inspection.facts)).decode("utf-8-sig")
    check_snapshot(f"{stem}.隐患清单.csv", text, assessment.rulebook)


# ---------------------------------------------------------------- statistics workbook (constructed input)

def stats_input() -> StatsTables:
    rows = [StatsRow(region="荣成市", industry="轻工", found=4, listed=1, reported=4, rectified=3, closed=2, overdue=1,
                     stock_open=2),
            StatsRow(region="定陶区", industry="机械", found=2, listed=0, reported=2, rectified=2, closed=2, overdue=0,
                     stock_open=0),
            StatsRow(region="定陶区", industry="化工", found=0, listed=0, reported=0, rectified=0, closed=0, overdue=0,
                     stock_open=0)]
    return StatsTables(organ="山东省应急管理厅", provenance=_provenance(), tables=[
        StatsTable(kind="月调度", period="2025年6月", start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), rows=rows),
        StatsTable(kind="季报", period="2025年第二季度", start=dt.date(2025, 4, 1), end=dt.date(2025, 6, 30), rows=rows)])


def _provenance() -> Any:
    from documents.models import Edition, Provenance
    return Provenance(editions=[Edition(title="工贸企业重大事故隐患判定标准", document_number="应急管理部令第10号",
                                        effective_from=dt.date(2023, 5, 15))], rulebook="0123abcd", engine_version="0.1.0")


def test_statistics_workbook_has_a_sheet_per_table_with_totals_and_rates() -> None:
    book = load_workbook(io.BytesIO(stats_xlsx(stats_input())))
    assert book.sheetnames == ["月调度 2025年6月", "季报 2025年第二季度", "版本说明"]
    sheet = book["月调度 2025年6月"]
    assert sheet["A1"].value == "重大事故隐患排查治理月调度表（2025年6月）"
    assert [c.value for c in sheet[3]] == list(STATS_HEADERS)
    assert [c.value for c in sheet[4]][:9] == ["定陶区", "化工", 0, 0, 0, 0, 0, 0, 0]  # sorted by region, industry
    assert [c.value for c in sheet[6]][:9] == ["荣成市", "轻工", 4, 1, 4, 3, 2, 1, 2]
    assert all(isinstance(c.value, int) for c in sheet[6][2:9])
    assert [c.value for c in sheet[7]][:4] == ["合计", None, "=SUM(C4:C6)", "=SUM(D4:D6)"]
    assert sheet["J6"].value == '=IF(C6=0,"",F6/C6)' and sheet["J6"].number_format == "0.0%"  # 已整改 ÷ 排查发现
    assert sheet.freeze_panes == "C4"
    assert "官方计算口径未取得" in sheet["A9"].value


# ---------------------------------------------------------------- PDFs

def test_order_notice_pdf_text_font_and_first_page(engine: Engine, assessed: Any, tmp_path: Path) -> None:
    inspection, assessment = assessed["cold-store-ammonia"]
    pdf = order_pdf(order_notice(assessment, engine.book, inspection.facts, dt.date(2025, 7, 1)))
    text = re.sub(r"\s+", "", pdf_text(pdf, tmp_path))
    for expected in ("责令限期整改指令书", "（威）应急执法〔2025〕017号", "荣成海润水产食品有限公司", "91371082MA3C8K2Q1W",
                     "李明、张伟", "快速冻结装置作业间内作业人员数量超过9人", "第十二条第（二）项",
                     "《安全生产法》第六十五条第一款第（三）项", "2025年7月1日前消除上述重大事故隐患", "行政复议",
                     "行政诉讼",
                     "（印章）", "执法证号", "规则库版本" + assessment.rulebook, "应急管理部令第10号，2023-05-15起施行",
                     "原文未经核实"):
        assert expected in text, expected
    assert "NotoSerifCJK" in fonts_of(pdf, tmp_path)
    assert ink_ratio(pdf, tmp_path) > 0.005


def test_hazard_report_pdf_a5_lists_the_three_contents(engine: Engine, assessed: Any, tmp_path: Path) -> None:
    inspection, assessment = assessed["wood-dust-dry-collector"]
    report = hazard_report(assessment, engine.book, inspection.facts, addressee="菏泽市定陶区应急管理局")
    pdf = report_pdf(report, "a5")
    text = re.sub(r"\s+", "", pdf_text(pdf, tmp_path))
    for expected in ("重大事故隐患报告", "菏泽市定陶区应急管理局", "隐患的现状及其产生原因", "危害程度和整改难易程度分析",
                     "隐患的治理方案", "治理的目标和任务", "安全措施和应急预案", "第十一条第（八）项", "主要负责人（签字）"):
        assert expected in text, expected
    assert ink_ratio(pdf, tmp_path) > 0.005
    size = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "419.528 x 595.276" in size  # A5 in points


def listing_input(engine: Engine, assessed: Any) -> ListingNotice:
    inspection, assessment = assessed["steel-works-gas"]
    row = hazard_list(assessment, engine.book, inspection.facts).rows[0].model_copy(update={
        "hazard_id": "H-2025-000123", "listed": True, "listing_organ": "山东省安全生产委员会",
        "listing_number": "鲁安督〔2025〕3号", "deadline": dt.date(2025, 9, 30), "status": "整改中"})
    enterprise = assessment.inspection.enterprise
    assert enterprise is not None
    return ListingNotice(
        number="鲁安督〔2025〕3号", organ="山东省安全生产委员会", addressee="某市人民政府",
        party=Party(name=enterprise.name, uscc=enterprise.uscc, address=enterprise.address), hazard=row,
        listed_on=dt.date(2025, 6, 10), deadline=dt.date(2025, 9, 30),
        requirements=["落实整改责任、措施、资金、时限和应急预案（五落实）", "整改期间采取有效的安全防范和监控措施"],
        delisting=["企业整改完成并经评估后提出书面申请", "督办单位组织核查验收合格后摘牌销号"],
        basis=[], provenance=hazard_list(assessment, engine.book, inspection.facts).provenance)


def test_listing_notice_pdf_from_constructed_input(engine: Engine, assessed: Any, tmp_path: Path) -> None:
    pdf = listing_pdf(listing_input(engine, assessed))
    text = re.sub(r"\s+", "", pdf_text(pdf, tmp_path))
    for expected in ("重大事故隐患挂牌督办通知书", "鲁安督〔2025〕3号", "山东省安全生产委员会", "某市人民政府",
                     "2025年9月30日", "督办要求", "摘牌条件", "五落实", "第四条第（六）项（原文未经核实）"):
        assert expected in text, expected
    assert ink_ratio(pdf, tmp_path) > 0.005


@pytest.mark.parametrize("stem", [p.stem for p in EXAMPLES])
def test_pdf_snapshots(engine: Engine, assessed: Any, stem: str, tmp_path: Path) -> None:
    inspection, assessment = assessed[stem]
    if not hazards(assessment):  # no major hazard: neither a 隐患报告 nor a 指令书 is made
        with pytest.raises(DocumentError, match=r"no_major_hazard|重大事故隐患"):
            hazard_report(assessment, engine.book, inspection.facts)
        return
    report = report_pdf(hazard_report(assessment, engine.book, inspection.facts))
    check_snapshot(f"{stem}.隐患报告.txt", pdf_text(report, tmp_path), assessment.rulebook)
    try:
        notice = order_notice(assessment, engine.book, inspection.facts)
    except DocumentError as error:
        assert error.code == "no_order"
        return
    check_snapshot(f"{stem}.指令书.txt", pdf_text(order_pdf(notice), tmp_path), assessment.rulebook)


def test_listing_snapshot(engine: Engine, assessed: Any, tmp_path: Path) -> None:
    _, assessment = assessed["steel-works-gas"]
    check_snapshot("steel-works-gas.督办通知书.txt", pdf_text(listing_pdf(listing_input(engine, assessed)), tmp_path),
                   assessment.rulebook)


def test_documents_refuse_what_they_cannot_say(engine: Engine, assessed: Any) -> None:
    inspection, assessment = assessed["machinery-clean"]
    with pytest.raises(DocumentError) as caught:
        order_notice(assessment, engine.book, inspection.facts)
    assert caught.value.code == "no_major_hazard"
    self_check = assessment.model_copy(deep=True)
    inspection, assessment = assessed["cold-store-ammonia"]
    self_check = assessment.model_copy(update={"inspection": assessment.inspection.model_copy(
        update={"channel": "企业自查"}), "actions": [a for a in assessment.actions if "A8" not in a.rules]})
    with pytest.raises(DocumentError) as caught:
        order_notice(self_check, engine.book, inspection.facts)
    assert caught.value.code == "no_order"
    with pytest.raises(DocumentError) as caught:
        order_notice(assessment, engine.book, inspection.facts, dt.date(2025, 5, 1))
    assert caught.value.code == "deadline_before_inspection"


def test_a_missing_font_is_a_coded_error_not_tofu(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, engine: Engine,
                                                  assessed: Any) -> None:
    import documents.pdf as pdf_module
    monkeypatch.setattr(pdf_module, "FONT_DIRS", ())
    monkeypatch.setenv("HAZARD_FONT_DIR", str(tmp_path))
    inspection, assessment = assessed["cold-store-ammonia"]
    with pytest.raises(DocumentError) as caught:
        order_pdf(order_notice(assessment, engine.book, inspection.facts))
    assert caught.value.code == "cjk_font_missing"
    assert "fonts-noto-cjk" in caught.value.suggestion
