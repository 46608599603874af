"""PostgreSQL: the stored inspection document and assessment compressed with lz4 instead of pglz.

A submission stores its assessment whole (~67 kB of JSON for the cold-store example). PostgreSQL compresses it into
TOAST with pglz by default; with lz4 the INSERT of an inspection took 1.3–1.4 ms instead of 2.5 ms (same rows,
measured in a submission's transaction), at about the same size. Only new rows are affected; old ones stay readable.
SQLite, and a PostgreSQL server built without lz4 (or older than 14), are left as they are.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("document", "assessment")


def _lz4_available() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or (bind.dialect.server_version_info or (0,)) < (14,):
        return False  # column compression came with PostgreSQL 14
    methods = bind.execute(sa.text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")).scalar()
    return "lz4" in (methods or [])


def _compress(method: str) -> None:
    if _lz4_available():
        op.execute(f"ALTER TABLE inspections {', '.join(f'ALTER COLUMN {c} SET COMPRESSION {method}' for c in COLUMNS)}")


def upgrade() -> None:
    """Compress the two large columns of `inspections` with lz4 (PostgreSQL with lz4 only)."""
    _compress("lz4")


def downgrade() -> None:
    """Back to the server's default compression."""
    _compress("default")
