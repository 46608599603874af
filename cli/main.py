"""Composition root of the `hazard` command: the engine's commands plus the layers above it (api, register).

`engine/` knows nothing of the register or HTTP, so the commands that need them are added here, at the top of the
dependency chain (engine ← ledger ← api/web). The register's commands (`ledger`, `users`) bring SQLAlchemy and
Alembic (about half a second of imports), so `hazard lint` and the other engine commands start without them: lint on
save stays fast. `from cli.main import app` always gives every command.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Annotated

import typer

from engine import cli as engine_cli
from engine import clock

IN_USE = "端口已被占用"
INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug, never bad input (2) or a bad rulebook (3)
REGISTER_COMMANDS = ("ledger", "users")
_composed: set[str] = set()


def serve(host: Annotated[str, typer.Option(help="监听地址")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="端口（1–65535）", min=1, max=65535)] = 8000,
          workers: Annotated[int, typer.Option(help="工作进程数（≥2 时由 uvicorn 监管，进程退出后重启）",
                                               min=1)] = 1) -> None:
    """启动 HTTP API（uvicorn）。"""
    import uvicorn

    from ledger.store.db import database_url

    database_url()  # a HAZARD_DATABASE_URL that cannot be used stops the start here (said by main(), exit 2)
    taken = _port_taken(host, port)
    if taken:
        hint = (f"换一个端口，如 hazard serve --port {port + 1}，或先停止占用它的程序" if taken == IN_USE
                else "检查 --host（本机的地址；0.0.0.0 监听所有地址）和 --port")
        sys.stderr.write(f"port_unavailable: 无法在 {host}:{port} 上监听（{taken}） — {hint}\n")
        raise typer.Exit(2)
    uvicorn.run("api.main:app", host=host, port=port, workers=workers, http="api.serving:NoDelayHTTPProtocol")


def _port_taken(host: str, port: int) -> str | None:
    """Why the address cannot be listened on (in use, not this machine's, no permission), or None.

    Checked before uvicorn starts: it would load the rules and then exit with its own English error and code 3, which
    the CLI keeps for a bad rules folder.
    """
    import errno
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: TIME_WAIT is no obstacle
            probe.bind((host, port))
    except OSError as error:
        return {errno.EADDRINUSE: IN_USE, errno.EADDRNOTAVAIL: "该地址不属于本机",
                errno.EACCES: "没有权限使用该端口"}.get(error.errno or 0, error.strerror or str(error))
    return None


def engine_app() -> typer.Typer:
    """The engine's commands with documents, authoring and `serve` (no register)."""
    app = engine_cli.app
    if "engine" not in _composed:
        from authoring import cli as authoring
        from cli import documents

        documents.register(app)
        authoring.register(app)
        app.command(epilog="例：hazard serve --host 0.0.0.0 --port 8000 --workers 2（文档见 /docs）")(serve)
        _composed.add("engine")
    return app


def full_app() -> typer.Typer:
    """Every command: the engine's and the register's (`ledger`, `users`)."""
    app = engine_app()
    if "register" not in _composed:
        from cli import register_documents
        from ledger import cli as ledger_cli
        from ledger import cli_users

        register_documents.register(ledger_cli.app)
        app.add_typer(ledger_cli.app, name="ledger")
        app.add_typer(cli_users.app, name="users")
        _composed.add("register")
    return app


def _needs_register(args: list[str]) -> bool:
    """Help, completion and the register's commands list or run every command; the others do without them.

    `hazard --version` answers before any command is read: it needs neither (the register's imports are ~0.8 s).
    """
    command = next((a for a in args if not a.startswith("-")), None)
    completing = any(key.startswith("_HAZARD_COMPLETE") for key in os.environ)
    if command is None and "--version" in args and not completing:
        return False
    return command is None or command in REGISTER_COMMANDS or completing


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # `from cli.main import app` (tests, docs): every command
        return full_app()
    raise AttributeError(name)


def main() -> None:
    """The installed `hazard` command: no traceback ever reaches the user; a bug is one line and exit code 70."""
    try:
        clock.zone()  # a misconfigured HAZARD_TIMEZONE (or date window) is said before any command runs
        clock.date_window_settings()
        application = full_app() if _needs_register(sys.argv[1:]) else engine_app()
        application()
    except clock.SettingError as error:  # configuration, not a bug
        sys.stderr.write(f"{error.code}: {error}\n")
        sys.exit(2)
    except Exception as error:  # a bug: everything expected is reported as located problems before this
        register_errors = sys.modules.get("ledger.errors")  # imported only if a register command ran
        if register_errors is not None and isinstance(error, register_errors.RegisterError):
            from ledger.cli import describe  # a refusal, e.g. the database unreachable (503), no bug
            describe(error)
            sys.exit(2)
        logging.getLogger("hazard").debug("internal error", exc_info=error)
        sys.stderr.write(f"内部错误（{type(error).__name__}），结果不可用。请带上命令和输入文件报告此问题。\n")
        sys.exit(INTERNAL_ERROR)


__all__ = ["app", "main"]  # noqa: F822 - `app` is made on first access (module __getattr__)

if __name__ == "__main__":
    main()
