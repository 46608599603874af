"""Composition root of the `hazard` command: the engine's commands plus the layers above it (api, register).

`engine/` knows nothing of the register or HTTP, so the commands that need them are added here, at the top of the
dependency chain (engine ← ledger ← api/web).
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

from authoring import cli as authoring
from cli import documents, register_documents
from engine.cli import app
from ledger import cli as ledger_cli
from ledger import cli_users

INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug, never bad input (2) or a bad rulebook (3)
documents.register(app)
authoring.register(app)


@app.command(epilog="例：hazard serve --host 0.0.0.0 --port 8000 --workers 2（文档见 /docs）")
def serve(host: Annotated[str, typer.Option(help="监听地址")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="端口")] = 8000,
          workers: Annotated[int, typer.Option(help="工作进程数（≥2 时由 uvicorn 监管，进程退出后重启）")] = 1) -> None:
    """启动 HTTP API（uvicorn）。"""
    import uvicorn

    uvicorn.run("api.main:app", host=host, port=port, workers=workers, http="api.serving:NoDelayHTTPProtocol")


register_documents.register(ledger_cli.app)
app.add_typer(ledger_cli.app, name="ledger")
app.add_typer(cli_users.app, name="users")


def main() -> None:
    """The installed `hazard` command: no traceback ever reaches the user; a bug is one line and exit code 70."""
    try:
        app()
    except Exception as error:  # a bug: everything expected is reported as located problems before this
        logging.getLogger("hazard").debug("internal error", exc_info=error)
        sys.stderr.write(f"内部错误（{type(error).__name__}），结果不可用。请带上命令和输入文件报告此问题。\n")
        sys.exit(INTERNAL_ERROR)


__all__ = ["app", "main"]

if __name__ == "__main__":
    main()
