"""The register's documents: 隐患清单 of any filter (xlsx, csv), 指令书 of a stored inspection, 督办通知书, 月调度/季报."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from register_fixtures import COLD_STORE, USCC, cold_store
from typer.testing import CliRunner, Result

from cli.main import app
from documents.errors import DocumentError
from documents.from_register import hazard_list, listing_notice
from documents.pdf import listing_pdf
from documents.tables import to_csv
from engine.assess import Engine
from ledger.errors import RegisterError
from ledger.events import ListNotice
from ledger.filters import HazardFilter
from ledger.identity import Actor
from ledger.service import Register
from ledger.vocab import EventType

HEADERS = ["序号", "企业名称", "统一社会信用代码", "所在地区", "行业", "隐患描述", "判定依据", "证据", "发现方式",
           "发现日期", "检查单位", "文书编号", "整改责任人", "整改措施", "整改期限", "整改状态", "是否挂牌督办", "督办单位",
           "督办文号", "销号日期"]


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_export_rows_carry_the_register_columns_on_both_databases(register: Register, people: dict[str, Actor],
                                                                  engine: Engine) -> None:
    register.submit(cold_store(), people["city"], "k1")
    entries = register.export(HazardFilter(region="3710"), people["city"])
    assert [e.criterion for e in entries] == ["gongmao-2023.12.2"]
    row = hazard_list(entries, engine.book).rows[0]
    assert row.uscc == USCC and row.listed is True and row.status == "已登记" and row.closed_on is None
    assert row.industry == "工贸"  # the standard's industry name, not the family id
    assert row.description == "快速冻结装置作业间内作业人员数量超过9人"  # the branch that held, from the stored evidence
    assert row.document_number == "（威）应急执法〔2025〕017号" and row.inspecting_unit == "威海市应急管理局"
    assert register.export(HazardFilter(region="3710"), people["other_county"]) == []  # not its region
    assert [e.uscc for e in register.export(HazardFilter(), people["enterprise"])] == [USCC]
    assert register.export(HazardFilter(), people["other_enterprise"]) == []


def test_an_export_too_large_is_refused(register: Register, people: dict[str, Actor]) -> None:
    register.submit(cold_store(), people["city"], "k1")
    register.submit(cold_store(date="2025-06-02", document_number="（威）应急执法〔2025〕018号",
                               enterprise={**cold_store()["inspection"]["enterprise"], "uscc": "91371003MA3D5L7P2G",
                                           "region_code": "371003"}), people["city"], "k2")
    with pytest.raises(RegisterError, match="超过 1 条"):
        register.export(HazardFilter(), people["city"], limit=1)


def test_a_listing_notice_needs_its_number_and_deadline(register: Register, people: dict[str, Actor], engine: Engine,
                                                        tmp_path: Path) -> None:
    record, _ = register.submit(cold_store(), people["city"], "k1")
    hazard_id = record.hazards[0].hazard_id
    entry = register.hazard(hazard_id, people["city"])
    enterprise = register.enterprise(USCC, people["city"])
    with pytest.raises(DocumentError, match="no_listing_deadline"):
        listing_notice(entry, enterprise, engine.book)  # the automatic P1 listing has no 文号 and no deadline yet
    with pytest.raises(RegisterError, match="挂牌单位"):  # only the listing organ or one above it
        register.apply_event(hazard_id, ListNotice(type=EventType.list_notice, reason="督办", on=dt.date(2025, 6, 5),
                                                   document_number="威安督〔2025〕3号", deadline=dt.date(2025, 9, 30)),
                             people["county"])
    register.apply_event(hazard_id, ListNotice(type=EventType.list_notice, reason="下达督办通知", on=dt.date(2025, 6, 5),
                                               document_number="威安督〔2025〕3号", deadline=dt.date(2025, 9, 30)),
                         people["city"])
    entry = register.hazard(hazard_id, people["city"])
    assert entry.listing is not None and entry.listing.document_number == "威安督〔2025〕3号"
    assert entry.deadline == dt.date(2025, 9, 30)
    text = "".join(pdf_text(listing_pdf(listing_notice(entry, enterprise, engine.book)), tmp_path).split())
    for expected in ("重大事故隐患挂牌督办通知书", "威安督〔2025〕3号", "2025年9月30日", "荣成海润水产食品有限公司",
                     "第十二条", "摘牌条件", "原文未经核实", "工贸企业重大事故隐患判定标准"):
        assert expected in text, expected


def _run(args: list[str]) -> Result:
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def test_the_cli_writes_every_register_document(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/register.sqlite"
    db = ["--database", url]
    assert _run(["users", "add", "市局", "--role", "department", "--region", "371000", "--organ", "威海市应急管理局",
                 *db]).exit_code == 0
    assert _run(["ledger", "submit", str(COLD_STORE), "--user", "市局", *db]).exit_code == 0

    listed = _run(["ledger", "export", "-o", str(tmp_path / "清单.xlsx"), "--listed", *db])
    assert listed.exit_code == 0, listed.output
    sheet = load_workbook(tmp_path / "清单.xlsx")["重大事故隐患清单"]
    header = [cell.value for cell in sheet[1]]
    assert header[:len(HEADERS)] == HEADERS
    values = dict(zip(header, [cell.value for cell in sheet[2]], strict=False))
    assert values["是否挂牌督办"] == "是" and values["整改状态"] == "已登记" and values["统一社会信用代码"] == USCC
    assert isinstance(values["发现日期"], dt.datetime | dt.date)
    unlisted = _run(["ledger", "export", "--format", "csv", "-o", str(tmp_path / "清单.csv"), "--not-listed", *db])
    assert unlisted.exit_code == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "清单.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][:len(HEADERS)] == HEADERS and len(rows) == 1  # nothing unlisted: the header alone

    inspection = _run(["ledger", "show", "1", "--format", "json", *db]).output
    inspection_id = json.loads(inspection)["sighting_list"][0]["inspection_id"]
    notice = _run(["ledger", "notice", inspection_id, "-o", str(tmp_path / "指令书.pdf"), "--deadline", "2025-07-15", *db])
    assert notice.exit_code == 0, notice.output
    text = "".join(pdf_text((tmp_path / "指令书.pdf").read_bytes(), tmp_path).split())
    assert "责令限期整改指令书" in text and "（威）应急执法〔2025〕017号" in text and "2025年7月15日" in text

    refused = _run(["ledger", "listing", "1", "-o", str(tmp_path / "督办.pdf"), *db])
    assert refused.exit_code == 2 and "no_listing_deadline" in refused.output
    noticed = _run(["ledger", "event", "1", "--type", "list_notice", "--reason", "下达督办通知", "--on", "2025-06-05",
                    "--data", '{"document_number": "威安督〔2025〕3号", "deadline": "2025-09-30"}', "--user", "市局", *db])
    assert noticed.exit_code == 0, noticed.output
    assert _run(["ledger", "listing", "1", "-o", str(tmp_path / "督办.pdf"), *db]).exit_code == 0
    assert "威安督〔2025〕3号" in pdf_text((tmp_path / "督办.pdf").read_bytes(), tmp_path)

    workbook = _run(["ledger", "stats", "--format", "xlsx", "--month", "2025-06", "--quarter", "2025Q2", "--user", "市局",
                     "-o", str(tmp_path / "月调度.xlsx"), *db])
    assert workbook.exit_code == 0, workbook.output
    book = load_workbook(tmp_path / "月调度.xlsx")
    assert len(book.sheetnames) >= 2
    cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("月调度" in c for c in cells) and any("季报" in c for c in cells) and any("合计" in c for c in cells)
    assert "工贸" in cells and "gongmao" not in cells  # industries by name
    assert _run(["ledger", "stats", "--format", "xlsx", *db]).exit_code == 2  # a workbook needs -o


def test_an_export_of_the_demo_matches_the_assessment_list(register: Register, people: dict[str, Actor],
                                                           engine: Engine) -> None:
    """The register's row says what the inspection's own 隐患清单 says, plus the register's columns."""
    from documents.from_assessment import hazard_list as inspection_list
    from engine.inspection import parse_inspection

    register.submit(cold_store(), people["city"], "k1")
    ours = hazard_list(register.export(HazardFilter(), people["city"]), engine.book).rows[0]
    inspection = parse_inspection(COLD_STORE.read_text(encoding="utf-8"), COLD_STORE.name, engine.book)
    theirs = inspection_list(engine.assess(inspection), engine.book, inspection.facts).rows[0]
    for field in ("enterprise", "uscc", "region", "description", "citation", "channel", "found_on", "inspecting_unit",
                  "document_number"):
        assert getattr(ours, field) == getattr(theirs, field), field
    assert to_csv(hazard_list(register.export(HazardFilter(), people["city"]), engine.book)).startswith(b"\xef\xbb\xbf")
