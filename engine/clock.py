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


class UnknownTimezone(ValueError):
    """`HAZARD_TIMEZONE` names no zone this machine knows."""


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
