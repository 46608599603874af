"""`hazard users …`: create users bound to a region or an enterprise, issue and revoke their API tokens."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ledger import auth
from ledger.cli import DatabaseOption, console, open_database, refusals
from ledger.errors import RegisterError
from ledger.store.repo import Tx
from ledger.vocab import Role

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="台账用户与令牌：监管部门（绑定行政区划）、企业（绑定统一社会信用代码）、规则编写者、管理员。")


@app.command()
def add(name: str, role: Annotated[Role, typer.Option(help="department、enterprise、rule_author 或 admin")],
        region: Annotated[str | None, typer.Option(help="监管部门的行政区划代码，如 371000")] = None,
        uscc: Annotated[str | None, typer.Option(help="企业用户的统一社会信用代码")] = None,
        organ: Annotated[str | None, typer.Option(help="监管部门的单位名称，如 威海市应急管理局")] = None,
        password_stdin: Annotated[bool, typer.Option("--password-stdin", help="从标准输入读取密码（网页登录用）")] = False,
        exist_ok: Annotated[bool, typer.Option("--exist-ok", help="已存在同名用户时不报错")] = False,
        database: DatabaseOption = None) -> None:
    """创建用户。"""
    db = open_database(database)
    password = sys.stdin.readline().rstrip("\n") if password_stdin else None
    try:
        user = auth.add_user(db, name, role, region, uscc, organ, password)
    except RegisterError as error:
        if exist_ok and error.code == "user_exists":
            typer.echo(f"用户 {name} 已存在。")
            return
        with refusals():
            raise
        return
    binding = user.region_code or user.uscc or ""
    details = "".join(f"，{part}" for part in (binding, user.organ) if part)
    typer.echo(f"已创建用户 {user.name}（{role.label}{details}）")


@app.command()
def token(name: str, label: Annotated[str, typer.Option(help="令牌用途说明")] = "",
          database: DatabaseOption = None) -> None:
    """为用户发放 API 令牌（只显示这一次；台账只保存其摘要）。"""
    db = open_database(database)
    with refusals():
        token_id, value = auth.issue_token(db, name, label)
    sys.stderr.write(f"令牌 #{token_id} 已发放给 {name}（只显示这一次，请妥善保存）：\n")
    typer.echo(value)


@app.command()
def revoke(token_id: int, database: DatabaseOption = None) -> None:
    """吊销令牌。"""
    if not auth.revoke_token(open_database(database), token_id):
        sys.stderr.write(f"not_found: 没有未吊销的令牌 #{token_id}\n")
        raise typer.Exit(2)
    typer.echo(f"令牌 #{token_id} 已吊销。")


@app.command("list")
def list_users(database: DatabaseOption = None) -> None:
    """列出用户及其令牌。"""
    db = open_database(database)
    out = console()
    with db.read() as session:
        tx = Tx(session)
        for user in tx.users():
            binding = user.region_code or user.uscc or ""
            tokens = tx.tokens(user.id)
            active = sum(1 for t in tokens if t[3] is None)
            out.print(f"{user.name}  {Role(user.role).label}  {binding}  {user.organ or ''}  令牌 {active}/{len(tokens)}"
                      f"{'  已停用' if user.disabled else ''}", highlight=False)


@app.command()
def passwd(name: str, database: DatabaseOption = None) -> None:
    """从标准输入设置用户密码（argon2id，供网页登录）。"""
    db = open_database(database)
    with refusals():
        auth.set_password(db, name, sys.stdin.readline().rstrip("\n"))
    typer.echo(f"已设置 {name} 的密码。")
