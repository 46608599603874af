"""The rule author's commands of `hazard`: feature lint (through `hazard lint`), `hazard test`, `hazard fmt`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from engine.cli import (
    DEFAULT_LINT_PATHS,
    DEFAULT_RULES,
    PATH_LINTERS,
    RulesOption,
    console,
    engine_or_exit,
    fail_input,
)
from engine.errors import Problem
from engine.rulebook import did_you_mean, load_rulebook

DEFAULT_FEATURES = DEFAULT_RULES.parent / "features"
DEFAULT_EXAMPLES = DEFAULT_RULES.parent / "examples"
DEFAULT_SNAPSHOTS = DEFAULT_RULES.parent / "tests" / "snapshots"
ACTIONS = "actions"


def lint_feature_path(path: Path, rules: Path) -> list[Problem] | None:
    """Lint feature files against the rulebook of `rules`; None for a path holding no feature file."""
    from authoring.features import feature_files, lint_features  # the Gherkin parser only when linting features

    if not feature_files(path):
        return None
    book, problems = load_rulebook(rules)
    if problems:
        return problems  # a broken rulebook would make every step look wrong: its own problems first
    return lint_features(path, book)


TEST_EPILOG = ("例：hazard test gongmao-2023（该版本的场景及涉及它的示例快照）；"
               "hazard test features/gongmao-2023/12-ammonia.feature；"
               "快照有意变化时：UPDATE_SNAPSHOTS=1 hazard test gongmao-2023（或加 --update-snapshots），"
               "审阅 git diff 后提交。")


TargetArgument = Annotated[str | None, typer.Argument(
    help="标准版本 id（如 gongmao-2023）、actions、某个 .feature 文件或文件夹；缺省为全部", show_default=False)]
UpdateOption = Annotated[bool, typer.Option("--update-snapshots", help="改写快照（同 UPDATE_SNAPSHOTS=1）")]


def _missing(paths: list[tuple[Path, str]]) -> list[Problem]:
    return [Problem(str(path), 1, 1, "missing_path", f"{what}不存在" if what == "路径" else f"{what} 指定的文件夹不存在",
                    "检查路径的拼写") for path, what in paths if not path.exists()]


def test(target: TargetArgument = None,
         rules: RulesOption = DEFAULT_RULES,
         features: Annotated[Path, typer.Option(help="场景（.feature）文件夹")] = DEFAULT_FEATURES,
         examples: Annotated[Path, typer.Option(help="示例检查文件夹")] = DEFAULT_EXAMPLES,
         snapshots: Annotated[Path, typer.Option(help="示例快照文件夹")] = DEFAULT_SNAPSHOTS,
         update_snapshots: UpdateOption = False) -> None:
    """运行某个标准版本的场景和示例快照（几秒内），用中文列出失败的步骤；全部测试仍以 make test 为准。"""
    from authoring import runner, selection

    missing = _missing([(features, "--features"), (examples, "--examples"), (snapshots, "--snapshots")])
    if missing:  # a mistyped folder ran nothing from it and said "全部通过"
        fail_input(missing, 2)
    engine = engine_or_exit(rules)
    try:
        chosen = selection.select(target, engine, features, examples, snapshots)
    except selection.SelectionError as error:
        fail_input([error.problem], 2)
        return
    out = console()
    out.print(f"[bold]hazard test {target or '（全部）'}[/bold]：{len(chosen.features)} 处场景，"
              f"{len(chosen.examples)} 个示例快照", highlight=False)
    reporter, seconds = runner.run(chosen, engine, rules, update_snapshots)
    for failure in reporter.failures:
        out.print(f"[red]✗ {escape(failure.where)}[/red] {escape(failure.title)}", highlight=False)
        for line in failure.detail:
            out.print(f"    {line}", highlight=False, markup=False)
    verdict = "[green]全部通过[/green]" if not reporter.failures else f"[red]失败 {len(reporter.failures)} 个[/red]"
    counts = f"通过 {reporter.passed} 个，失败 {len(reporter.failures)} 个（用时 {seconds:.1f} 秒）"
    out.print(f"{verdict}：{counts}")
    sys.stdout.flush()
    if reporter.failures:
        raise typer.Exit(1)
    if reporter.passed == 0:
        fail_input([Problem(target or str(features), 1, 1, "no_tests", "没有运行任何场景或快照",
                            "检查版本 id 或路径；场景写在 features/<版本>/ 下")], 2)


FMT_EPILOG = ("例：hazard fmt rules/gongmao-2023（就地改写）；"
              "hazard fmt --check rules（CI：不改写，有文件需格式化时退出码 1）；"
              "hazard fmt --diff rules/gongmao-2023/12-ammonia.yaml（显示将作的修改）")
PathsArgument = Annotated[list[Path] | None, typer.Argument(help="规则文件或文件夹；缺省为 rules", show_default=False)]


def fmt(paths: PathsArgument = None,
        check: Annotated[bool, typer.Option("--check", help="只检查，不改写；有文件需要格式化时退出码 1")] = False,
        diff: Annotated[bool, typer.Option("--diff", help="显示将作的修改（不改写）")] = False) -> None:
    """把规则文件改写为规范格式：键的顺序、条件叶子用流式写法、保留注释，首行加 JSON Schema 模式行。"""
    import difflib

    from authoring.fmt import format_file, rule_paths

    missing = _missing([(path, "路径") for path in paths or []])
    if missing:  # a mistyped path checked nothing and said "需要格式化 0 个"
        fail_input(missing, 2)
    results = [format_file(path) for path in rule_paths(paths or [DEFAULT_RULES])]
    problems = [r.problem for r in results if r.problem is not None]
    changed = [r for r in results if r.changed]
    for result in changed:
        if diff:
            before, after = result.before.splitlines(keepends=True), (result.after or "").splitlines(keepends=True)
            sys.stdout.writelines(difflib.unified_diff(before, after, str(result.path), str(result.path)))
        elif check:
            typer.echo(f"{result.path}: 格式不规范（运行 hazard fmt {result.path} 改写）")
        else:
            result.path.write_text(result.after or "", encoding="utf-8")
            typer.echo(f"已格式化 {result.path}")
    verb = "需要格式化" if check or diff else "已格式化"
    unread = f"，无法解析 {len(problems)} 个（未格式化，见下）" if problems else ""
    typer.echo(f"共 {len(results)} 个文件，{verb} {len(changed)} 个{unread}。")
    if problems:
        fail_input(problems, 2)
    if (check or diff) and changed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add feature lint to `hazard lint`, and the author commands to `hazard`."""
    PATH_LINTERS.append(lint_feature_path)
    DEFAULT_LINT_PATHS.append(DEFAULT_FEATURES)
    app.command(epilog=TEST_EPILOG)(test)
    app.command(epilog=FMT_EPILOG)(fmt)


__all__ = ["did_you_mean", "register"]
