"""Composition root of the `hazard` command: the engine's commands plus the layers above it (api, register).

`engine/` knows nothing of the register or HTTP, so the commands that need them are added here, at the top of the
dependency chain (engine ← ledger ← api/web).
"""

from __future__ import annotations

from typing import Annotated

import typer

from engine.cli import app
from ledger import cli as ledger_cli
from ledger import cli_users


@app.command()
def serve(host: str = "127.0.0.1", port: int = 8000,
          workers: Annotated[int, typer.Option(help="worker processes; each owns its durable-rules state")] = 1) -> None:
    """启动 HTTP API（uvicorn）。"""
    import uvicorn

    uvicorn.run("api.main:app", host=host, port=port, workers=workers, http="api.serving:NoDelayHTTPProtocol")


app.add_typer(ledger_cli.app, name="ledger")
app.add_typer(cli_users.app, name="users")

__all__ = ["app"]

if __name__ == "__main__":
    app()
