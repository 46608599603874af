"""Chinese for the parts of `hazard --help` that typer and click write themselves (panel titles, --help, completion)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import typer.completion
import typer.rich_utils as rich_utils

from engine.messages import pydantic_message

try:  # typer 0.2x carries its own copy of click
    from typer._click.core import Command
except ImportError:  # pragma: no cover - older typer on click itself
    from click import Command  # type: ignore[assignment]

_PANELS = {"ARGUMENTS_PANEL_TITLE": "参数", "OPTIONS_PANEL_TITLE": "选项", "COMMANDS_PANEL_TITLE": "命令",
           "ERRORS_PANEL_TITLE": "错误", "DEFAULT_STRING": "[默认：{}]", "REQUIRED_LONG_STRING": "[必填]",
           "ENVVAR_STRING": "[环境变量：{}]", "ABORTED_TEXT": "已中止。",
           "RICH_HELP": "运行 [blue]'{command_path} {help_option}'[/] 查看帮助。"}
_COMPLETION = {"install_completion": "为当前 shell 安装命令补全（之后重开终端）",
               "show_completion": "显示当前 shell 的补全脚本（可复制或自行安装）"}
HELP_TEXT = "显示帮助并退出"
_ERRORS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (  # click's usage errors, specific first
    (re.compile(r"Invalid value for '([^']+)': (?:Value error, )?'([^']*)' is not one of (.+)\.$", re.S),
     lambda m: f"选项 {m[1]} 的值 '{m[2]}' 无效，可选：{m[3].replace(', ', '、')}"),
    (re.compile(r"Invalid value for '([^']+)': (.+)$", re.S), lambda m: f"{m[1]} 的值无效：{_value_error(m[2])}"),
    (re.compile(r"Missing argument '([^']+)'\.$"), lambda m: f"缺少参数 {m[1]}"),
    (re.compile(r"Missing option '([^']+)'\.$"), lambda m: f"缺少选项 {m[1]}"),
    (re.compile(r"No such option: (\S+)(?: \(Possible options: (.+)\)| Did you mean (\S+)\?)?$"),
     lambda m: f"没有选项 {m[1]}" + (f"（是否应为 {m[2] or m[3]}？）" if m[2] or m[3] else "")),
    (re.compile(r"Option '([^']+)' requires an argument\.$"), lambda m: f"选项 {m[1]} 需要一个值"),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)$"), lambda m: f"多余的参数：{m[1]}"),
    (re.compile(r"No such command '([^']+)'\.(?: Did you mean (.+)\?)?$"),
     lambda m: f"没有命令 '{m[1]}'" + (f"（是否应为 {m[2].replace(', ', '、')}？）" if m[2]
                                      else "（hazard --help 列出全部命令）")),
)
_VALUE_ERRORS = (  # the parser's words for a value of the wrong type -> the pydantic error kind (engine/messages.py)
    ("Input should be a valid integer", "int_parsing"), ("Input should be a valid number", "float_parsing"),
    ("Input should be a valid date", "date_parsing"), ("Input should be a valid boolean", "bool_parsing"),
    ("is not a valid integer", "int_parsing"), ("is not a valid float", "float_parsing"),
)


_BOUNDS = (  # a value outside an option's range: the bound said by pydantic's kind and its context
    (re.compile(r"Input should be less than or equal to (\S+?)\.?$"), "less_than_equal", "le"),
    (re.compile(r"Input should be greater than or equal to (\S+?)\.?$"), "greater_than_equal", "ge"),
)
_RANGE = re.compile(r"(\S+) is not in the range (\S+?)<=x<=(\S+?)\.?$")


def _value_error(said: str) -> str:
    for pattern, bound_kind, bound in _BOUNDS:
        found = pattern.search(said)
        if found:
            return pydantic_message({"type": bound_kind, "ctx": {bound: found[1]}})
    ranged = _RANGE.search(said)
    if ranged:
        return f"应在 {ranged[2]} 至 {ranged[3]} 之间，收到 {ranged[1]}"
    kind = next((kind for english, kind in _VALUE_ERRORS if english in said), None)
    return pydantic_message({"type": kind}) if kind else said


def chinese_error(message: str) -> str:
    """A click usage error in Chinese (unknown messages are left as they are)."""
    for pattern, say in _ERRORS:
        found = pattern.match(message.strip())
        if found:
            return say(found)
    return message


def _chinese_errors(original: Any) -> Any:
    def rich_format_error(error: Any) -> None:
        english = error.format_message()
        error.format_message = lambda: chinese_error(english)
        original(error)
    return rich_format_error


def _help_option(original: Any) -> Any:
    def get_help_option(self: Any, ctx: Any) -> Any:
        option = original(self, ctx)
        if option is not None:
            option.help = HELP_TEXT
        return option
    return get_help_option


def localise() -> None:
    """Put the Chinese texts in place (once; typer and click read them when they print help)."""
    if getattr(Command.get_help_option, "_hazard_chinese", False):
        return
    for name, text in _PANELS.items():
        setattr(rich_utils, name, text)
    for placeholder in (typer.completion._install_completion_placeholder_function,
                        typer.completion._install_completion_no_auto_placeholder_function):
        for default, name in zip(placeholder.__defaults__ or (), _COMPLETION, strict=False):
            default.help = _COMPLETION[name]  # install, then show: the order of the placeholders' parameters
    rich_utils.rich_format_error = _chinese_errors(rich_utils.rich_format_error)
    patched = _help_option(Command.get_help_option)
    patched._hazard_chinese = True
    Command.get_help_option = patched  # type: ignore[method-assign]
