"""Dates and times are read in China Standard Time (HAZARD_TIMEZONE), not in the server's UTC."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from engine import clock
from engine.assess import Engine
from ledger import auth
from ledger.errors import RegisterError
from ledger.service import Register
from ledger.store.db import Database
from ledger.vocab import Role

ROOT = Path(__file__).resolve().parent.parent
EVENING_UTC = dt.datetime(2025, 6, 1, 17, 30, tzinfo=dt.UTC)  # 2025-06-02 01:30 in Beijing


@pytest.fixture()
def evening(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "now", lambda: EVENING_UTC)
    monkeypatch.delenv(clock.TIMEZONE_ENV, raising=False)


def test_today_is_the_date_in_beijing_unless_another_zone_is_set(evening: None,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert clock.today() == dt.date(2025, 6, 2)
    assert clock.stamp(EVENING_UTC) == "2025-06-02 01:30"
    assert clock.stamp(EVENING_UTC.replace(tzinfo=None)) == "2025-06-02 01:30"  # naive: stored UTC
    monkeypatch.setenv(clock.TIMEZONE_ENV, "UTC")
    assert (clock.today(), clock.stamp(EVENING_UTC)) == (dt.date(2025, 6, 1), "2025-06-01 17:30")
    monkeypatch.setenv(clock.TIMEZONE_ENV, "Mars/Olympus")
    with pytest.raises(clock.UnknownTimezone, match="HAZARD_TIMEZONE='Mars/Olympus' 不是已知的时区"):
        clock.today()


def test_without_a_tz_database_beijing_is_still_utc_plus_8(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_database(name: str) -> dt.tzinfo:
        raise clock.ZoneInfoNotFoundError(name)

    monkeypatch.setattr(clock, "ZoneInfo", no_database)
    assert clock._zone.__wrapped__(clock.DEFAULT_TIMEZONE) is clock.CHINA_STANDARD_TIME
    assert clock._zone.__wrapped__("UTC") is dt.UTC


def test_an_inspection_dated_today_in_beijing_is_registered_while_utc_is_still_yesterday(
        evening: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, engine: Engine) -> None:
    db = Database(f"sqlite:///{tmp_path}/register.sqlite")
    db.ensure_schema()
    actor = auth.actor_of(auth.add_user(db, "市局", Role.department, region_code="371000", organ="威海市应急管理局"))
    document = yaml.safe_load((ROOT / "examples" / "cold-store-ammonia.yaml").read_text(encoding="utf-8"))
    document["inspection"]["date"] = "2025-06-02"
    register = Register(db, engine)  # the register's own clock
    record, _ = register.submit(document, actor)
    assert str(record.date) == "2025-06-02"
    monkeypatch.setenv(clock.TIMEZONE_ENV, "UTC")  # a server reading dates in UTC would have refused it
    document["inspection"]["id"] = "another"
    with pytest.raises(RegisterError) as refused:
        register.submit(document, actor)
    assert refused.value.code == "inspection_date_in_future"
    db.dispose()


def test_an_act_done_today_in_beijing_replays_in_the_integrity_check(evening: None, tmp_path: Path,
                                                                     engine: Engine) -> None:
    from pydantic import TypeAdapter

    from ledger.events import EventIn
    from ledger.integrity import check

    db = Database(f"sqlite:///{tmp_path}/register.sqlite")
    db.ensure_schema()
    actor = auth.actor_of(auth.add_user(db, "市局", Role.department, region_code="371000", organ="威海市应急管理局"))
    document = yaml.safe_load((ROOT / "examples" / "cold-store-ammonia.yaml").read_text(encoding="utf-8"))
    register = Register(db, engine)
    record, _ = register.submit(document, actor)
    event = TypeAdapter(EventIn).validate_python({"type": "notify", "reason": "当场告知", "on": "2025-06-02"})  # Beijing's
    register.apply_event(record.hazards[0].hazard_id, event, actor)  # recorded 2025-06-01 17:30 UTC
    assert check(db).problems == []
    db.dispose()


def test_an_unknown_zone_stops_the_command_with_its_name() -> None:
    import os
    import subprocess

    done = subprocess.run([str(ROOT / ".venv" / "bin" / "hazard"), "standards"], capture_output=True, text=True,
                          env={**os.environ, clock.TIMEZONE_ENV: "Mars/Olympus"}, check=False, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == ("invalid_timezone: HAZARD_TIMEZONE='Mars/Olympus' 不是已知的时区；请写 IANA 时区名，"
                           "如 Asia/Shanghai\n")


@pytest.mark.parametrize(("setting", "said"), [
    ({"HAZARD_EARLIEST_DATE": "bad"}, "HAZARD_EARLIEST_DATE='bad' 应为日期 YYYY-MM-DD"),
    ({"HAZARD_DAYS_AHEAD": "abc"}, "HAZARD_DAYS_AHEAD='abc' 应为 0 至 36500 的整数"),
    ({"HAZARD_DAYS_AHEAD": "99999999"}, "HAZARD_DAYS_AHEAD='99999999' 应为 0 至 36500 的整数"),
    ({"HAZARD_EARLIEST_DATE": "2999-01-01"}, "没有任何检查日期可以接受"),
])
def test_a_date_window_setting_that_cannot_be_used_stops_the_command_and_the_server(
        setting: dict[str, str], said: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # a bad HAZARD_EARLIEST_DATE or HAZARD_DAYS_AHEAD was an internal error (exit 70) and the server did not start
    import os
    import subprocess

    done = subprocess.run([str(ROOT / ".venv" / "bin" / "hazard"), "standards"], capture_output=True, text=True,
                          env={**os.environ, **setting}, check=False, timeout=60)
    assert done.returncode == 2 and done.stdout == "" and done.stderr.startswith("invalid_setting: ")
    assert said in done.stderr and "内部错误" not in done.stderr
    for name, value in setting.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(clock.SettingError, match=said.split("'")[0]):
        clock.date_window_settings()
