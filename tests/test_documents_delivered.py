"""Delivered documents as their recipients read them: plain Chinese, addressed consistently, dated and laid out right.

Each document goes to an enterprise or a government department: it names no file of this repository and uses none of
the source-confidence marks of the rule files (✅ ◐ ⚠ ✗). The 督办通知书 speaks to its addressee, describes the hazard
in the standard's words, and is dated the day the notice was issued; the 隐患报告's signature block never stands alone
on a page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Literal

import pytest
import yaml
from openpyxl import load_workbook
from typer.testing import CliRunner, Result

from cli.main import app
from documents import xlsx
from documents.errors import DocumentError
from documents.from_assessment import hazard_list, hazard_report, hazards, order_notice
from documents.pdf import order_pdf, report_pdf
from documents.tables import to_csv
from documents.xlsx import hazard_list_xlsx
from engine.assess import Engine
from engine.inspection import parse_inspection
from ledger.vocab import EventType

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
ALUMINIUM = ROOT / "examples" / "aluminium-plant.yaml"
ENTERPRISE = "威海鑫铝业有限公司"
# a repository file (hazard-register-procedures.md, rules/…, docs/…), a section sign, or a source-confidence mark
INTERNAL = re.compile(r"\.md(?![A-Za-z0-9])|§|(?<![A-Za-z])(?:rules|docs)/|procedures|[✅◐⚠✗]")


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page (pdftotext separates pages by a form feed)."""
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, check=True, capture_output=True).stdout.decode()
    return text.split("\f")[:-1]


def unspaced(text: str) -> str:
    return re.sub(r"\s+", "", text)


def workbook_text(data: bytes) -> list[str]:
    book = load_workbook(io.BytesIO(data))
    return [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]


def _run(args: list[str]) -> Result:
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def delivered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A register with a listed aluminium plant in 威海 (督办通知 issued 2025-06-05) and the cold store; its documents."""
    folder = tmp_path_factory.mktemp("delivered")
    inspection: dict[str, Any] = yaml.safe_load(ALUMINIUM.read_text(encoding="utf-8"))
    inspection["inspection"].update({
        "document_number": "（威）应急执法〔2025〕031号", "province": "山东", "organ": "威海市应急管理局",
        "inspectors": ["李明", "张伟"], "channel": "执法检查", "level": "市",
        "enterprise": {"name": ENTERPRISE, "uscc": "91371002MA3EXAMP1J", "region_code": "371002",
                       "region": "山东省威海市环翠区", "address": "威海市环翠区张村镇工业园 8 号",
                       "industries": ["gongmao"], "principal": "刘建国"}})
    source = folder / "aluminium.yaml"
    source.write_text(yaml.safe_dump(inspection, allow_unicode=True, sort_keys=False), encoding="utf-8")
    db = ["--database", f"sqlite:///{folder}/register.sqlite"]
    _run(["users", "add", "市局", "--role", "department", "--region", "371000", "--organ", "威海市应急管理局", *db])
    _run(["ledger", "submit", str(source), "--user", "市局", *db])
    _run(["ledger", "submit", str(ROOT / "examples" / "cold-store-ammonia.yaml"), "--user", "市局", *db])
    _run(["ledger", "event", "1", "--type", "list_notice", "--reason", "下达督办通知", "--on", "2025-06-05",
          "--data", '{"document_number": "威安督〔2025〕3号", "deadline": "2025-09-30"}', "--user", "市局", *db])
    files = {name: folder / name for name in ("督办.pdf", "督办-政府.pdf", "月调度.xlsx", "清单.xlsx", "清单.csv")}
    _run(["ledger", "listing", "1", "-o", str(files["督办.pdf"]), *db])
    _run(["ledger", "listing", "1", "--addressee", "威海市环翠区人民政府", "-o", str(files["督办-政府.pdf"]), *db])
    _run(["ledger", "stats", "--format", "xlsx", "--month", "2025-06", "--quarter", "2025Q2", "--user", "市局",
          "-o", str(files["月调度.xlsx"]), *db])
    _run(["ledger", "export", "-o", str(files["清单.xlsx"]), *db])
    _run(["ledger", "export", "--format", "csv", "-o", str(files["清单.csv"]), *db])
    return files


# ---------------------------------------------------------------- no repository file, no internal mark

def test_the_register_documents_name_no_repository_file_and_no_confidence_mark(delivered: dict[str, Path]) -> None:
    texts = {
        "督办.pdf": "".join(pdf_pages(delivered["督办.pdf"].read_bytes())),
        "督办-政府.pdf": "".join(pdf_pages(delivered["督办-政府.pdf"].read_bytes())),
        "月调度.xlsx": "\n".join(workbook_text(delivered["月调度.xlsx"].read_bytes())),
        "清单.xlsx": "\n".join(workbook_text(delivered["清单.xlsx"].read_bytes())),
        "清单.csv": delivered["清单.csv"].read_text(encoding="utf-8-sig"),
    }
    found = {name: INTERNAL.findall(text) for name, text in texts.items()}
    assert found == {name: [] for name in texts}


def test_the_inspection_documents_name_no_repository_file_and_no_confidence_mark(engine: Engine) -> None:
    """Every example's 隐患报告, 指令书 and 隐患清单: the engine's "（⚠未核实）" on a basis is said in words."""
    leaks = {}
    for path in EXAMPLES:
        inspection = parse_inspection(path.read_text(encoding="utf-8"), str(path), engine.book)
        assessment = engine.assess(inspection)
        if not hazards(assessment):
            continue
        listed = hazard_list(assessment, engine.book, inspection.facts)
        texts = ["".join(pdf_pages(report_pdf(hazard_report(assessment, engine.book, inspection.facts)))),
                 "\n".join(workbook_text(hazard_list_xlsx(listed))), to_csv(listed).decode("utf-8-sig")]
        with contextlib.suppress(DocumentError):  # no 指令书 for a self-check
            texts.append("".join(pdf_pages(order_pdf(order_notice(assessment, engine.book, inspection.facts)))))
        marks = [mark for text in texts for mark in INTERNAL.findall(text)]
        if marks:
            leaks[path.stem] = marks
    assert leaks == {}


def test_the_cold_store_report_says_an_unconfirmed_basis_in_words(engine: Engine) -> None:
    inspection = parse_inspection(
        (ROOT / "examples" / "cold-store-ammonia.yaml").read_text(encoding="utf-8"), "cold-store", engine.book)
    report = hazard_report(engine.assess(inspection), engine.book, inspection.facts)
    text = unspaced("".join(pdf_pages(report_pdf(report))))
    assert "《山东省生产安全事故隐患排查治理办法（2022）》（原文未经核实）" in text
    assert "原文未经核实：《山东省生产安全事故隐患排查治理办法（2022）》" in text  # at the foot, not marked twice
    assert "（原文未经核实）（原文未经核实）" not in text and "未核实）（原文" not in text


# ---------------------------------------------------------------- 月调度 / 季报 workbook

def test_the_statistics_workbook_explains_its_definitions_in_plain_chinese(delivered: dict[str, Path]) -> None:
    book = load_workbook(delivered["月调度.xlsx"])
    for sheet in book.worksheets[:2]:
        notes = [str(c.value) for row in sheet.iter_rows() for c in row if str(c.value or "").startswith("注：")]
        assert notes == [xlsx.RATE_NOTE] and "已整改指期内发现且已经核查销号的" in xlsx.RATE_NOTE
    versions = [(row[0].value, row[1].value) for row in book["版本说明"].iter_rows(min_row=2)]
    labels = {label for label, _ in versions}
    assert "原文未经核实" not in labels  # the tool's own definitions are not unverified law
    explained = [text for label, text in versions if label == "统计口径说明"]
    assert any(text.startswith("整改率：已整改 ÷ 排查发现") for text in explained)
    assert any(text.startswith("期末存量（未销号）：") for text in explained)
    assert not any("期内发现且期末前已销号" in text for text in explained)  # the API's rate, not this workbook's


# ---------------------------------------------------------------- 挂牌督办通知书

def test_the_listing_notice_speaks_to_the_enterprise_it_is_addressed_to(delivered: dict[str, Path]) -> None:
    text = unspaced("".join(pdf_pages(delivered["督办.pdf"].read_bytes())))
    assert f"{ENTERPRISE}：你单位存在下列重大事故隐患" in text
    assert "威海市应急管理局决定对你单位的该重大事故隐患实行挂牌督办" in text
    assert "请你单位于2025年9月30日前完成整改" in text
    assert "督促企业" not in text and "该企业" not in text


def test_a_listing_notice_to_a_government_asks_it_to_see_to_the_enterprise(delivered: dict[str, Path]) -> None:
    text = unspaced("".join(pdf_pages(delivered["督办-政府.pdf"].read_bytes())))
    assert f"威海市环翠区人民政府：{ENTERPRISE}存在下列重大事故隐患" in text
    assert f"请你单位督促{ENTERPRISE}于2025年9月30日前完成整改" in text


def test_the_listing_notice_describes_the_hazard_by_the_criterion_and_the_findings_as_sentences(
        delivered: dict[str, Path]) -> None:
    text = unspaced("".join(pdf_pages(delivered["督办.pdf"].read_bytes())))
    description = text.split("隐患描述")[1].split("判定依据")[0]
    assert description.startswith("铝加工深井铸造工艺的固定式浇铸炉的铝液流槽未设置紧急排放阀")  # the standard's words
    assert "第五条第（八）项" in text.split("判定依据")[1].split("检查发现")[0]
    findings = text.split("检查发现")[1].split("发现2025年6月1日")[0]
    assert findings == ("企业有铝加工深井铸造工艺；深井铸造使用固定式浇铸炉；"
                        "固定式浇铸炉入口连接处的液位监测报警装置与紧急排放阀的联锁未设置。")
    assert "经查" not in text and "是否" not in text and "：是" not in text


def test_the_listing_notice_is_dated_the_day_the_notice_was_issued(delivered: dict[str, Path]) -> None:
    pages = pdf_pages(delivered["督办.pdf"].read_bytes())
    text = unspaced("".join(pages))
    assert "挂牌日期2025年6月1日" in text  # the automatic listing at registration
    seal = text.split("（印章）")[1]
    assert seal.startswith("2025年6月5日")  # the list_notice event's own date
    assert len(pages) == 1


def test_the_notice_date_is_the_last_notice_of_the_current_listing() -> None:
    from documents.from_register import notice_date

    def entry(*events: tuple[EventType, str]) -> Any:
        return SimpleNamespace(timeline=[SimpleNamespace(seq=seq, type=kind, on=dt.date.fromisoformat(on))
                                         for seq, (kind, on) in enumerate(events, start=1)])

    auto = (EventType.list_, "2025-06-01")
    assert notice_date(entry((EventType.register, "2025-06-01"), auto)) is None  # the listing date stands
    assert notice_date(entry(auto, (EventType.list_notice, "2025-06-05"))) == dt.date(2025, 6, 5)
    assert notice_date(entry(auto, (EventType.list_notice, "2025-06-05"), (EventType.list_notice, "2025-06-09"))) \
        == dt.date(2025, 6, 9)
    # 提级督办: a later listing by a higher organ is a new listing, dated itself
    assert notice_date(entry(auto, (EventType.list_notice, "2025-06-05"), (EventType.list_, "2025-06-20"))) is None


def test_answers_are_said_as_statements_or_not_at_all() -> None:
    from documents.wording import finding_sentence, findings

    said = [
        (("企业是否有铝加工深井铸造工艺？", True, "是", "bool"), "企业有铝加工深井铸造工艺"),
        (("是否已设置独立的安全出口或疏散楼梯？", False, "否", "bool"), "未设置独立的安全出口或疏散楼梯"),
        (("采场边坡是否进行了在线监测？", False, "否", "bool"), "采场边坡未进行在线监测"),
        (("危险性较大的分部分项工程是否均已编制专项施工方案？", False, "否", "bool"),
         "危险性较大的分部分项工程并非均已编制专项施工方案"),
        (("燃气总管压力监测报警装置与紧急自动切断装置的联锁状态如何？", "失效", "失效", "device"),
         "燃气总管压力监测报警装置与紧急自动切断装置的联锁失效"),
        (("快速冻结装置作业间内同时作业的人员有多少？", 10, "10 人", "integer"), "快速冻结装置作业间内同时作业的人员有10人"),
        (("该吊篮的额定载重量是多少？", 800, "800 kg", "number"), "该吊篮的额定载重量为800 kg"),
        (("深井铸造使用哪些浇铸炉？", ["固定式浇铸炉"], "固定式浇铸炉", "list"), "深井铸造使用固定式浇铸炉"),
        # 否 to "A, and B" is not "not A, and B"; a double negative is left as asked; other forms are not turned
        (("该火灾隐患是否已依法进行了消防设计专家评审，并已采取相应技术措施？", False, "否", "bool"), None),
        (("现状图纸中的地面建构筑物是否与实际不符？", False, "否", "bool"), None),
        (("第6.5条：是否已逐项检查且未发现该情形？", "是", "是", "enum"), None),
    ]
    assert [finding_sentence(*answer) for answer, _ in said] == [sentence for _, sentence in said]
    assert findings([("企业是否有铝加工深井铸造工艺？", True, "是", "bool"),
                     ("第6.5条：是否已逐项检查且未发现该情形？", "是", "是", "enum")]) == []  # half would mislead


# ---------------------------------------------------------------- 重大事故隐患报告: the signature block

@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_the_report_signature_block_stays_with_the_end_of_the_body(engine: Engine, paper: Literal["a4", "a5"]) -> None:
    alone = []
    for path in EXAMPLES:
        inspection = parse_inspection(path.read_text(encoding="utf-8"), str(path), engine.book)
        assessment = engine.assess(inspection)
        if not hazards(assessment):
            continue
        pages = pdf_pages(report_pdf(hazard_report(assessment, engine.book, inspection.facts), paper))
        signed = next(page for page in pages if "主要负责人（签字）" in page)
        if "报告依据" not in signed.split("主要负责人（签字）")[0]:
            alone.append(path.stem)
    assert alone == []
