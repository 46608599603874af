"""`POST /v1/rules:lint`: lint uploaded rule files with the same entry point as `hazard lint`."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Annotated

from fastapi import APIRouter, File, UploadFile
from starlette.concurrency import run_in_threadpool

from api.body import StrictRoute
from api.deps import SettingsDep
from api.errors import ApiError, responses
from api.schemas import LintProblem, LintReport
from engine.check import lint_rules as lint_rulebook
from engine.errors import Problem
from engine.loader import alias_problem, refusal
from engine.rulebook import rule_files

router = APIRouter(prefix="/v1", tags=["rules"], route_class=StrictRoute)
FACTS_FOLDER = "_facts"
MAX_NAME = 200

LINT_DESCRIPTION = """\
上传规则文件（multipart/form-data，字段名 `files`，可多次出现），返回与 `hazard lint` 相同的问题列表。

* 每个文件的 **filename** 是它在规则文件夹中的相对路径，例如 `my-std-2025/standard.yaml`、
  `my-std-2025/01-room.yaml`；只认 `.yaml`。判定项文件须与其 `standard.yaml` 在同一文件夹。
* 未上传 `_facts/` 下的文件时，与服务器的共享事实目录（rules/_facts）一起检查；上传了则只用上传的事实目录。
  `routes_to` 指向的标准族只在上传的文件中查找：需要时一并上传该族的 `standard.yaml`。
* 这是一份报告：无论有无问题都返回 **200**，`ok` 表示没有问题，`problems` 按位置排序，
  每条含 code、file、line、col、message、suggestion；不合法或重复的文件名（invalid_file_name）和使用 YAML 别名
  的文件（yaml_alias，不展开、不检查）也作为问题列出。
  请求本身有误（没有 `files` 字段、超过文件数上限）时返回 422，请求体过大时返回 413。

```sh
curl -s localhost:8000/v1/rules:lint \\
  -F 'files=@rules/chemical-2017/standard.yaml;filename=chemical-2017/standard.yaml' \\
  -F 'files=@rules/chemical-2017/01-items.yaml;filename=chemical-2017/01-items.yaml'
```
"""


def _relative_name(raw: str | None) -> tuple[PurePosixPath | None, str]:
    """A safe relative path from an upload's filename, or why it cannot be one."""
    name = (raw or "").replace("\\", "/").strip()
    path = PurePosixPath(name)
    if not name:
        return None, "缺少文件名（filename）"
    if len(name) > MAX_NAME or "\x00" in name:
        return None, f"文件名过长或含非法字符（最多 {MAX_NAME} 个字符）"
    if path.is_absolute() or any(part in ("", ".", "..") for part in name.split("/")):
        return None, f"文件名 '{name}' 应为相对路径，不含 .. 或空的路径段"
    if path.suffix != ".yaml":
        return None, f"文件名 '{name}' 不以 .yaml 结尾，未检查"
    return path, ""


def _refusal(data: bytes, file: str) -> Problem | None:
    """The loader's up-front checks (aliases, nesting), on an upload's bytes (undecodable files: the linter says)."""
    try:
        text = data.decode("utf-8")
        return refusal(text, file) or alias_problem(text, file)
    except UnicodeDecodeError:
        return None


def _write(root: Path, name: PurePosixPath, data: bytes) -> bool:
    target = root.joinpath(*name.parts)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError:
        return False
    return True


def _display(file: str, root: Path) -> str:
    """The upload's own name for a linted file (the loader reports temp paths)."""
    path = Path(file)
    if not path.is_absolute():
        path = Path.cwd() / path
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return file


def _upload_problem(index: int, name: str, message: str) -> Problem:
    return Problem(name or f"files[{index}]", 1, 1, "invalid_file_name", message,
                   "filename 写规则文件夹内的相对路径，例如 my-std-2025/01-room.yaml")


def _place(root: Path, uploads: list[tuple[str | None, bytes]]) -> tuple[list[PurePosixPath], list[Problem]]:
    """Write each acceptable upload under `root`; the others become problems (bad name, duplicate, aliases)."""
    written: list[PurePosixPath] = []
    problems: list[Problem] = []
    for index, (raw, data) in enumerate(uploads):
        path, why = _relative_name(raw)
        if path is None:
            problems.append(_upload_problem(index, raw or "", why))
        elif (refused := _refusal(data, str(path))) is not None:
            problems.append(refused)  # not written: the linter would report the folder's missing files too
        elif path in written:
            problems.append(_upload_problem(index, str(path), f"文件名 '{path}' 重复，只检查第一个"))
        elif not _write(root, path, data):
            problems.append(_upload_problem(index, str(path), f"无法按文件名 '{path}' 保存（与其他文件的路径冲突）"))
        else:
            written.append(path)
    return written, problems


def lint_upload(uploads: list[tuple[str | None, bytes]], shared_facts: Path) -> LintReport:
    """Write the uploads into a temporary rules folder (with the shared facts unless given) and lint it.

    Args:
        uploads: (filename as sent, content) pairs; the filename is the path inside the rules folder.
        shared_facts: the server's fact catalog folder, used when no `_facts/` file is uploaded.

    Returns:
        The report: problems with the uploaded names (not the temporary paths), sorted by location.
    """
    own_facts = any((_relative_name(raw)[0] or PurePosixPath("-")).parts[0] == FACTS_FOLDER for raw, _ in uploads)
    use_shared = not own_facts and shared_facts.is_dir()
    with tempfile.TemporaryDirectory(prefix="hazard-lint-") as tmp:
        root = Path(tmp) / "rules"
        root.mkdir()
        if use_shared:
            shutil.copytree(shared_facts, root / FACTS_FOLDER, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))
        written, upload_problems = _place(root, uploads)
        _, problems = lint_rulebook(root)  # the same entry point as `hazard lint`: load, link, compile, run
        read = {p.relative_to(root).as_posix() for p in rule_files(root)}
        linted = sorted(str(p) for p in written if str(p) in read)
        found = [replace(p, file=_display(p.file, root)) for p in problems]
    out = [LintProblem(code=p.code, file=p.file, line=p.line, col=p.col, location=f"{p.file}:{p.line}:{p.col}",
                       message=p.message, suggestion=p.suggestion) for p in sorted(upload_problems + found)]
    return LintReport(ok=not out, count=len(out), files=linted, shared_facts=use_shared, problems=out)


@router.post("/rules:lint", response_model=LintReport, responses=responses(413, 422), summary="Lint rule files",
             description=LINT_DESCRIPTION)
async def lint_rules(
        files: Annotated[list[UploadFile], File(description="规则 YAML 文件；filename 为相对路径", min_length=1)],
        settings: SettingsDep) -> LintReport:
    """Lint uploaded rule files."""
    if len(files) > settings.max_lint_files:
        raise ApiError(422, "too_many_files", f"一次最多上传 {settings.max_lint_files} 个文件",
                       [{"loc": ["body", "files"], "msg": f"收到 {len(files)} 个文件"}])
    uploads = [(upload.filename, await upload.read()) for upload in files]
    return await run_in_threadpool(lint_upload, uploads, settings.rules / FACTS_FOLDER)
