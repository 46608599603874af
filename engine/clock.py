"""Today's date and the local time of a recorded moment, in China Standard Time unless `HAZARD_TIMEZONE` says otherwise.

A server usually runs in UTC. Between 00:00 and 08:00 Beijing time its local date is still yesterday: an inspection
dated today would be refused as lying in the future, an act done today could not be recorded, and "overdue as of
today" would count a day late. Recorded moments are stored in UTC (JSON answers say so with a `Z`); what people read
(the CLI, the web pages, file names) is shown in this zone.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TIMEZONE_ENV = "HAZARD_TIMEZONE"
DEFAULT_TIMEZONE = "Asia/Shanghai"
CHINA_STANDARD_TIME = dt.timezone(dt.timedelta(hours=8), "CST")  # no daylight saving since 1991


class SettingError(ValueError):
    """An environment setting that cannot be used: said before any command runs or the server starts."""

    code = "invalid_setting"


class UnknownTimezone(SettingError):
    """`HAZARD_TIMEZONE` names no zone this machine knows."""

    code = "invalid_timezone"


EARLIEST_ENV, AHEAD_ENV = "HAZARD_EARLIEST_DATE", "HAZARD_DAYS_AHEAD"
MAX_DAYS_AHEAD = 36_500


def iso_date(text: str) -> dt.date | None:
    """A date written YYYY-MM-DD, or None (fromisoformat alone also takes 20250601 and week dates like 2025-W23-1)."""
    if len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def date_window_settings() -> tuple[dt.date | None, int | None]:
    """`HAZARD_EARLIEST_DATE` and `HAZARD_DAYS_AHEAD` as given (None when not set), or SettingError saying why not."""
    earliest_text, ahead_text = os.environ.get(EARLIEST_ENV), os.environ.get(AHEAD_ENV)
    earliest = ahead = None
    if earliest_text:
        earliest = iso_date(earliest_text)
        if earliest is None:
            raise SettingError(f"{EARLIEST_ENV}={earliest_text!r} 应为日期 YYYY-MM-DD，如 2000-01-01")
    if ahead_text:
        if not ahead_text.strip().isdigit() or int(ahead_text) > MAX_DAYS_AHEAD:
            raise SettingError(f"{AHEAD_ENV}={ahead_text!r} 应为 0 至 {MAX_DAYS_AHEAD} 的整数（今天之后可接受的天数）")
        ahead = int(ahead_text)
    if earliest is not None and earliest > today() + dt.timedelta(days=ahead if ahead is not None else 0):
        raise SettingError(f"{EARLIEST_ENV}={earliest_text} 晚于可接受的最晚日期：没有任何检查日期可以接受")
    return earliest, ahead


@functools.cache
def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        if name == DEFAULT_TIMEZONE:  # a machine without the tz database: China's offset is fixed anyway
            return CHINA_STANDARD_TIME
        if name in ("UTC", "Etc/UTC"):
            return dt.UTC
        raise UnknownTimezone(f"{TIMEZONE_ENV}={name!r} 不是已知的时区；请写 IANA 时区名，如 {DEFAULT_TIMEZONE}") from None


def zone() -> dt.tzinfo:
    """The zone dates and times are read in (`HAZARD_TIMEZONE`, default Asia/Shanghai)."""
    return _zone(os.environ.get(TIMEZONE_ENV) or DEFAULT_TIMEZONE)


def now() -> dt.datetime:
    """The current moment (UTC)."""
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """Today's date in that zone."""
    return now().astimezone(zone()).date()


def local(moment: dt.datetime) -> dt.datetime:
    """A recorded moment in that zone (a naive one is taken as UTC, as the register stores it)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(zone())


def stamp(moment: dt.datetime) -> str:
    """A recorded moment as people read it: `2025-06-01 14:05` in that zone."""
    return local(moment).strftime("%Y-%m-%d %H:%M")
