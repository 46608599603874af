"""Users and enterprises of the web tests (and of a local demo: `python tests/webapp/seed.py DIR` then serve)."""

from __future__ import annotations

import sys
from pathlib import Path

from ledger import auth
from ledger.store.db import Database
from ledger.vocab import Role

PASSWORD = "correct horse 42"
WOOD_USCC = "91371082MA3F7W2K55"  # a furniture factory with wood dust in 荣成市 (371082)
OTHER_USCC = "91371003MA3G4H8N6U"  # another enterprise, in 文登区 (371003)
USERS = {
    "荣成市应急局-张三": dict(role=Role.department, region_code="371082", organ="荣成市应急管理局"),
    "威海市应急局-李四": dict(role=Role.department, region_code="371000", organ="威海市应急管理局"),
    "鲁林家具-安全员": dict(role=Role.enterprise, uscc=WOOD_USCC),
    "文登某企业-安全员": dict(role=Role.enterprise, uscc=OTHER_USCC),
}


def seed(db: Database) -> None:
    """Create the schema and the users (each with PASSWORD)."""
    db.ensure_schema()
    for name, binding in USERS.items():
        auth.add_user(db, name, password=PASSWORD, **binding)  # type: ignore[arg-type]


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    database = Database(f"sqlite:///{folder / 'register.sqlite'}")
    seed(database)
    database.dispose()
