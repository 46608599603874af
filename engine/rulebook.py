"""Load, validate and link a rules folder into a Rulebook; every problem is collected with its location."""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from engine.errors import Problem, ProblemsError
from engine.loader import LoadedDocument, load_file
from engine.messages import pydantic_message
from engine.models import (
    ActionDef,
    ActionFile,
    ActionRef,
    AllOf,
    Alternatives,
    AnyOf,
    ArticleDef,
    AtLeast,
    Condition,
    CriterionDef,
    CriterionRef,
    FactDef,
    FactFile,
    FactRef,
    FactTest,
    KnownStandard,
    KnownStandardsFile,
    NotObtainedDef,
    NotOf,
    StandardDef,
)


def _provinces(layer: FactTest) -> str:
    return "、".join(map(str, layer.operand))


def cite(article: str, item: str | None) -> str:
    """条 and 项 as cited: "第十二条（二）"; a section cited by its own number alone ("5.2.1", not "5.25.2.1")."""
    if not item:
        return article
    return item if item.startswith(article) or item in article else article + item


def scope_layers(standard: StandardDef, article: ArticleDef, own: CriterionDef | NotObtainedDef) -> list[
        tuple[Condition, str]]:
    """Scope layers (standard, article, item; a `provinces` declaration at each level first) with their reasons."""
    layers: list[tuple[Condition, str]] = []
    if standard.province_layer is not None:
        layers.append((standard.province_layer, f"本标准仅适用于：{_provinces(standard.province_layer)}"))
    if standard.applies_when is not None:
        layers.append((standard.applies_when, f"不属于本标准适用范围：{standard.scope}"))
    if article.province_layer is not None:
        layers.append((article.province_layer, f"{article.article}仅适用于：{_provinces(article.province_layer)}"))
    if article.applies_when is not None:
        layers.append((article.applies_when, f"{article.article}适用范围不满足：{article.scope or article.heading or ''}"))
    if isinstance(own, CriterionDef) and own.province_layer is not None:
        layers.append((own.province_layer, f"本项仅适用于：{_provinces(own.province_layer)}"))
    if own.applies_when is not None:
        layers.append((own.applies_when, f"本项适用条件不满足：{own.scope or article.scope or ''}"))
    return layers


D = TypeVar("D", CriterionDef, NotObtainedDef)


@dataclass(frozen=True)
class _Placed(Generic[D]):
    """An item of a criteria file: its definition plus the edition and article it belongs to, and where it is."""

    definition: D
    standard: StandardDef
    article: ArticleDef
    file: str
    line: int

    @property
    def id(self) -> str:
        """Stable id."""
        return self.definition.id

    def applicability(self) -> list[tuple[Condition, str]]:
        """Scope layers (standard, article, item) with the sentence said when one does not hold."""
        return scope_layers(self.standard, self.article, self.definition)


class Criterion(_Placed[CriterionDef]):
    """A linked criterion."""


class Gap(_Placed[NotObtainedDef]):
    """An item of a partly obtained standard whose text is not had (`not_obtained`): listed, never judged."""


@dataclass(frozen=True)
class Coverage:
    """How much of one edition is encoded: computed once per rulebook, said with every use of the edition."""

    encoded: int  # criteria (not counting elements of a comprehensive determination)
    total: int | None  # items the standard has (`items_total`), when known
    gaps: tuple[str, ...]  # ids of the items whose text is not obtained
    listed: int = 0  # items accounted for: the criteria and what each not-obtained item stands for (its count, or 1)

    @property
    def partial(self) -> bool:
        """True when some items are not encoded: they are listed as not judged wherever their scope may hold."""
        return bool(self.gaps) or (self.total is not None and self.total > self.encoded)

    @property
    def unlisted(self) -> bool:
        """True when the standard has more items than are encoded or listed as not obtained.

        Their scope is unknown, so the edition can never clear an inspection on its own; items that are listed are
        judged "not judged" only where their own scope may hold.
        """
        return self.total is not None and self.total > self.listed


@dataclass(frozen=True)
class Action:
    """A linked follow-up action rule with the file it came from."""

    definition: ActionDef
    group: str
    file: str
    line: int

    @property
    def id(self) -> str:
        """Stable action id (e.g. A4, A4.shandong)."""
        return self.definition.id


@dataclass
class Rulebook:
    """Everything the engine needs: facts, editions and criteria, with a content hash."""

    facts: dict[str, FactDef] = field(default_factory=dict)
    standards: dict[str, StandardDef] = field(default_factory=dict)
    criteria: dict[str, Criterion] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    gaps: dict[str, Gap] = field(default_factory=dict)
    known: dict[str, KnownStandard] = field(default_factory=dict)  # national standards known, not encoded
    aliases: dict[str, str] = field(default_factory=dict)  # old fact code -> its new code (`replaces`)
    known_notes: list[str] = field(default_factory=list)  # said under the list of known standards
    content_hash: str = ""
    _coverage: dict[str, Coverage] = field(default_factory=dict)

    def editions_of(self, family: str) -> list[StandardDef]:
        """Editions of one standard family, oldest first."""
        return sorted((s for s in self.standards.values() if s.family == family), key=lambda s: s.starts)

    def industry_label(self, family: str) -> str:
        """The industry's name in lists and statistics: its newest edition's `industry`, a known standard's, or the id."""
        return self._industry_labels.get(family, family)  # called per exported row: the names are gathered once

    @cached_property
    def _industry_labels(self) -> dict[str, str]:
        labels = {k.family: k.industry for k in self.known.values() if k.industry}
        for std in sorted(self.standards.values(), key=lambda s: s.starts):  # the newest edition names it
            if std.industry:
                labels[std.family] = std.industry
        return labels

    def families(self) -> list[str]:
        """Standard families in a stable order."""
        return sorted({s.family for s in self.standards.values()})

    def criteria_of(self, standard_id: str) -> list[Criterion]:
        """Criteria of one edition, in file order."""
        return [c for c in self.criteria.values() if c.standard.id == standard_id]

    def gaps_of(self, standard_id: str) -> list[Gap]:
        """Items of one edition whose text is not obtained, in file order."""
        return [g for g in self.gaps.values() if g.standard.id == standard_id]

    def entries_of(self, standard_id: str) -> list[Criterion | Gap]:
        """Criteria and not-obtained items of one edition, in file order (each article's gaps after its criteria)."""
        entries: list[Criterion | Gap] = [*self.criteria_of(standard_id), *self.gaps_of(standard_id)]
        return sorted(entries, key=lambda e: (e.file, isinstance(e, Gap), e.line))

    def coverage(self, standard_id: str) -> Coverage:
        """How much of one edition is encoded (N of M, the items not judged), computed once."""
        if standard_id not in self._coverage:
            std = self.standards[standard_id]
            encoded = sum(1 for c in self.criteria_of(standard_id) if c.definition.role == "criterion")
            gaps = self.gaps_of(standard_id)
            listed = encoded + sum(g.definition.count or 1 for g in gaps)
            self._coverage[standard_id] = Coverage(encoded, std.items_total, tuple(g.id for g in gaps), listed)
        return self._coverage[standard_id]


def iter_conditions(node: Condition) -> Iterator[Condition]:
    """Yield a condition node and all nodes below it."""
    yield node
    if isinstance(node, AllOf | AnyOf | Alternatives):
        for child in children(node):
            yield from iter_conditions(child)
    elif isinstance(node, NotOf):
        yield from iter_conditions(node.not_)
    elif isinstance(node, AtLeast):
        for child in node.of:
            yield from iter_conditions(child)


def children(node: AllOf | AnyOf | Alternatives) -> list[Condition]:
    """The children of a conjunction, a disjunction or a set of alternatives."""
    return node.all if isinstance(node, AllOf) else node.any if isinstance(node, AnyOf) else node.alternatives


def action_refs(node: Condition) -> list[str]:
    """Ids of the actions a condition refers to."""
    return [sub.action for sub in iter_conditions(node) if isinstance(sub, ActionRef)]


def criterion_refs(node: Condition) -> list[str]:
    """Ids of the criteria a condition refers to."""
    return [sub.criterion for sub in iter_conditions(node) if isinstance(sub, CriterionRef)]


def facts_used(node: Condition) -> list[str]:
    """Fact codes a condition reads, in order of first use."""
    seen: dict[str, None] = {}
    for sub in iter_conditions(node):
        if isinstance(sub, FactTest):
            seen.setdefault(sub.fact)
            if isinstance(sub.operand, FactRef):
                seen.setdefault(sub.operand.fact)
    return list(seen)


def facts_read(book: Rulebook, crit: Criterion) -> list[str]:
    """Fact codes a criterion's scope layers and condition read, through the criteria it refers to, in order."""
    codes: dict[str, None] = {}
    pending, seen = [crit.id], {crit.id}
    while pending:
        current = book.criteria[pending.pop(0)]
        for cond in [cond for cond, _ in current.applicability()] + [current.definition.when]:
            codes.update(dict.fromkeys(facts_used(cond)))
            for ref in criterion_refs(cond):
                if ref not in seen:
                    seen.add(ref)
                    pending.append(ref)
    return list(codes)


_KEY_SYNONYMS = {"equals": "eq", "equal": "eq", "is": "eq", "not_equals": "ne", "not_equal": "ne",
                 "greater_than": "gt", "greater_or_equal": "ge", "less_than": "lt", "less_or_equal": "le",
                 "one_of": "in", "and": "all", "or": "any", "at-least": "at_least", "atleast": "at_least",
                 "condition": "when", "if": "when", "applicable_when": "applies_when", "code_name": "code"}


def _rule_keys() -> list[str]:
    """Every key a rule file may use (field names and aliases of the rule models)."""
    from engine import models

    keys: dict[str, None] = {}
    for model in vars(models).values():
        if isinstance(model, type) and issubclass(model, models.Strict) and model is not models.Strict:
            keys.update(dict.fromkeys(field.alias or name for name, field in model.model_fields.items()))
    return sorted(keys)


def key_suggestion(key: str) -> str:
    """Did-you-mean for an unknown key of a rule file (`applies-when` → applies_when, `equals` → eq)."""
    known = _rule_keys()
    normalised = key.strip().lower().replace("-", "_").replace(" ", "_")
    guess = _KEY_SYNONYMS.get(normalised) or (normalised if normalised in known else None)
    if guess is None:
        close = difflib.get_close_matches(normalised, known, n=1, cutoff=0.6)
        guess = close[0] if close else None
    if guess is not None:
        return f"是否应为 '{guess}'？"
    return "删除该键或检查拼写；可用的键见 docs/rule-format.md 和 rules/_schema/ 中的 JSON Schema"


_GENERIC_KINDS = ("_type", "_parsing")  # "not a float", "not a str": one per member of a union, rarely the point


def _validation_problems(error: ValidationError, doc: LoadedDocument) -> list[Problem]:
    problems: list[Problem] = []
    invalid: dict[tuple[Any, ...], list[Any]] = {}  # data path -> the value errors found there
    for item in error.errors():
        path = tuple(p for p in item["loc"] if isinstance(p, int) or not str(p).startswith(("function-",)))
        data_path = _data_path(doc.data, path)
        line, col = doc.where(data_path)
        kind = item["type"]
        where = ".".join(str(p) for p in data_path) or "(文件)"
        if kind == "extra_forbidden":
            key = str(path[-1])
            problems.append(Problem(doc.file, line, col, "unknown_key", f"未知的键 '{key}'（位于 {where}）",
                                    key_suggestion(key)))
        elif kind == "missing":
            problems.append(Problem(doc.file, line, col, "missing_key", f"缺少必填键 '{path[-1]}'",
                                    f"在 {where} 补上 '{path[-1]}'"))
        else:
            invalid.setdefault(data_path, []).append(item)
    for data_path, items in invalid.items():  # a value failing every member of a union: one problem, not five
        specific = [item for item in items if not item["type"].endswith(_GENERIC_KINDS)]
        messages = dict.fromkeys(pydantic_message(item) for item in (specific or items))
        where = ".".join(str(p) for p in data_path) or "(文件)"
        problems.append(Problem(doc.file, *doc.where(data_path), "invalid_value", f"{where}：{'；'.join(messages)}",
                                "按 docs/rule-format.md 修改该值"))
    return problems


def _data_key(part: Any) -> Any:
    return "not" if part == "not_" else ("in" if part == "in_" else part)


def _holds(node: Any, key: Any) -> bool:
    return (isinstance(node, dict) and key in node) or (
        isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node))


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Keep only the parts of a pydantic location that exist in the data (drop union tags).

    A union tag can also be a key of the data (`fact` tags a fact test, whose `fact` key holds the code): it is a
    tag when the next part is found beside it rather than below it.
    """
    path: list[Any] = []
    node = data
    for index, part in enumerate(loc):
        key = _data_key(part)
        following = _data_key(loc[index + 1]) if index + 1 < len(loc) else None
        if _holds(node, key) and not (following is not None and _holds(node, following)
                                      and not _holds(node[key], following)):
            path.append(key)
            node = node[key]
        elif isinstance(node, dict) and part == loc[-1]:
            path.append(key)
    return tuple(path)


def _validate(model: type[BaseModel], doc: LoadedDocument) -> tuple[Any, list[Problem]]:
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        return None, _validation_problems(error, doc)


@dataclass
class _Parsed:
    facts: list[tuple[FactDef, LoadedDocument, int]] = field(default_factory=list)
    standards: list[tuple[StandardDef, LoadedDocument, Path]] = field(default_factory=list)
    articles: list[tuple[ArticleDef, LoadedDocument, Path]] = field(default_factory=list)
    actions: list[tuple[ActionFile, LoadedDocument]] = field(default_factory=list)
    known: list[tuple[KnownStandardsFile, LoadedDocument]] = field(default_factory=list)


def _kind(path: Path, data: Any) -> str:
    if isinstance(data, dict) and "facts" in data:
        return "facts"
    if isinstance(data, dict) and "actions" in data:
        return "actions"
    if isinstance(data, dict) and "known_standards" in data:
        return "known"
    if path.name == "standard.yaml":
        return "standard"
    return "article"


def _parse(root: Path, files: list[Path]) -> tuple[_Parsed, list[Problem], str]:
    parsed, problems = _Parsed(), []
    digest = hashlib.sha256()
    for path in files:
        display = _display(path, root)
        doc, load_problems = load_file(path, display)
        # the hash depends on the contents and the paths inside the rules folder only: same rules, same hash, from
        # any working directory (stored assessments keep it)
        digest.update(_relative_name(path, root).encode() + b"\0" + _read_bytes(path) + b"\0")
        problems += load_problems
        if load_problems:
            continue
        kind = _kind(path, doc.data)
        models: dict[str, type[BaseModel]] = {"facts": FactFile, "standard": StandardDef, "article": ArticleDef,
                                              "actions": ActionFile, "known": KnownStandardsFile}
        model = models[kind]
        value, found = _validate(model, doc)
        problems += found
        if value is None:
            continue
        if kind == "facts":
            parsed.facts += [(fact, doc, index) for index, fact in enumerate(value.facts)]
        elif kind == "standard":
            parsed.standards.append((value, doc, path))
        elif kind == "actions":
            parsed.actions.append((value, doc))
        elif kind == "known":
            parsed.known.append((value, doc))
        else:
            parsed.articles.append((value, doc, path))
    return parsed, problems, digest.hexdigest()[:12]


def _relative_name(path: Path, root: Path) -> str:
    """The file's path inside the rules folder, with forward slashes (the file's name when linting one file)."""
    if root.is_file():
        return path.name
    return path.relative_to(root).as_posix()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""  # load_file reports it as unreadable_file


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def rule_files(root: Path) -> list[Path]:
    """All rule files under a folder (or the file itself), in a stable order; `_schema` is generated."""
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.yaml") if p.is_file() and "_schema" not in p.relative_to(root).parts)


def load_rulebook(root: Path, files: list[Path] | None = None) -> tuple[Rulebook, list[Problem]]:
    """Load → validate → link. Returns the rulebook and every problem found (empty when clean).

    `files` (inside `root`) loads only those rule files, e.g. the shared facts and one edition to lint it alone.
    """
    from engine.crosscheck import link_known
    from engine.link import link  # local import keeps the stage table readable

    if not root.exists():
        return Rulebook(), [Problem(str(root), 1, 1, "missing_path", "规则路径不存在",
                                    "检查 --rules 或文件路径；规则文件夹形如 rules/（含 _facts/ 和各标准版本文件夹）")]
    files = rule_files(root) if files is None else files
    if not files:
        return Rulebook(), [Problem(str(root), 1, 1, "empty_rulebook", "规则文件夹中没有任何 .yaml 规则文件",
                                    "检查 --rules 是否指向 rules/ 文件夹")]
    parsed, problems, digest = _parse(root, files)
    book, link_problems = link(parsed.facts, parsed.standards, parsed.articles, parsed.actions)
    link_problems += link_known(book, parsed.known)
    book.content_hash = digest
    return book, sorted(problems + link_problems)


def require_rulebook(root: Path) -> Rulebook:
    """Load a rulebook that can judge (at least one standard edition) or raise with every problem."""
    book, problems = load_rulebook(root)
    if not problems and not book.standards:
        problems = [Problem(str(root), 1, 1, "no_editions", "规则中没有任何判定标准版本（standard.yaml），无法判定",
                            "--rules 应指向含有标准版本文件夹的 rules/ 目录")]
    if problems:
        raise ProblemsError(problems)
    return book


def did_you_mean(word: str, choices: list[str], otherwise: str = "先在 rules/_facts/ 中定义该事实") -> str:
    """A 'did you mean' suggestion, or the hint given for when nothing is close."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"是否应为 '{close[0]}'？" if close else otherwise
