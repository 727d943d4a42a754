"""Stage 1 — load: read the plan's YAML files into plain data, keeping line numbers.

PyYAML's composer gives nodes with positions; we turn them into dicts, lists and
scalars ourselves so that we can (a) remember where every value and key stands,
(b) catch what PyYAML lets pass silently: duplicate keys, and (c) refuse anchors
and aliases outright, which makes a 'billion laughs' file fail at once instead of
expanding. Dates stay text: periods are parsed later, with their own messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from .fastyaml import NOT_SURE, fast_parse
from .forked import run_jobs
from .problems import Problem, Report

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"

try:  # the C parser is several times faster; positions are the same
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# A plain scalar can only be a number, bool, null, date or merge key when it starts
# with one of these; everything else is text, decided without PyYAML's regexes.
_MAYBE_NOT_TEXT = frozenset("yYnNtTfFoO~.+-0123456789<=")


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    def resolve(self, kind, value, implicit):  # type: ignore[no-untyped-def]
        # Called from C for every node: a fast path for the common cases.
        if kind is yaml.ScalarNode:
            if implicit[0] and value and value[0] not in _MAYBE_NOT_TEXT:
                return _STR
        elif kind is yaml.MappingNode:
            return _MAP
        elif kind is yaml.SequenceNode:
            return _SEQ
        return super().resolve(kind, value, implicit)


PathKey = tuple[str | int, ...]


_constructor = yaml.SafeLoader("")  # only its scalar constructors are used


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


@dataclass
class YamlDocument:
    """One YAML file as plain data, with the position of every value and key."""

    file: str  # display path relative to the plan folder
    data: Any
    # PyYAML's own marks (0-based), kept as they are: turning every one into a
    # Position up front costs more than the few messages that need one.
    values: dict[PathKey, Any] = field(default_factory=dict)
    keys: dict[PathKey, Any] = field(default_factory=dict)
    # Set when the fast path read the file: positions are found on first use.
    unlocated_text: str | None = field(default=None, repr=False)

    def position(self, path: PathKey, *, key: bool = False) -> Position:
        """Where the value (or with key=True the key) at ``path`` stands.

        Falls back to the nearest enclosing value, so a message always has a line.
        """
        if self.unlocated_text is not None:
            self._locate()
        if key and path in self.keys:
            return _position(self.keys[path])
        probe = tuple(path)
        while probe:
            if probe in self.values:
                return _position(self.values[probe])
            probe = probe[:-1]
        mark = self.values.get(())
        return _position(mark) if mark is not None else Position(1, 1)

    def _locate(self) -> None:
        # The fast path already vouched for the data; PyYAML adds the positions.
        text, self.unlocated_text = self.unlocated_text, None
        root = yaml.compose(text, Loader=_Loader)
        if root is not None:
            _Converter(self, Report()).convert(root, ())


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def read_text(path: Path, file: str, report: Report) -> str | None:
    """The file's text, or None after reporting why it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        report.error(file, 0, 0, f"Het bestand kan niet gelezen worden: {exc.strerror}.")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        report.error(
            file,
            line,
            column,
            "Het bestand is geen geldige UTF-8-tekst (een teken kan niet gelezen worden).",
            "Bewaar het bestand opnieuw met de codering UTF-8 (in VS Code: rechtsonder "
            "op de codering klikken, 'Save with Encoding', UTF-8).",
        )
        return None


def _tab_problems(text: str, file: str, report: Report) -> bool:
    if "\t" not in text:
        return False
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            report.error(
                file,
                number,
                indent.index("\t") + 1,
                "Deze regel springt in met een tab; YAML laat alleen spaties toe.",
                "Vervang de tab door spaties (bijvoorbeeld twee per niveau).",
            )
            found = True
    return found


_SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "Er staat een dubbelpunt op een plaats waar dat niet kan.",
        "Staat er een ':' in een tekst? Zet de hele tekst dan tussen aanhalingstekens.",
    ),
    "could not find expected ':'": (
        "Na een veldnaam ontbreekt een dubbelpunt.",
        "Schrijf 'naam: waarde', met een spatie na de dubbelpunt.",
    ),
    "expected <block end>, but found": (
        "De inspringing klopt hier niet.",
        "Lijn deze regel uit met de andere velden van hetzelfde element.",
    ),
    "found character that cannot start any token": (
        "Hier staat een teken waarmee een waarde niet kan beginnen.",
        "Zet de waarde tussen aanhalingstekens.",
    ),
    "found undefined alias": (
        "Verwijzingen met * zijn niet toegestaan.",
        "Schrijf de waarde voluit.",
    ),
    "expected a single document": (
        "Het bestand bevat meer dan één YAML-document (een regel '---').",
        "Verwijder de extra '---' en voeg de inhoud samen.",
    ),
    "found unexpected end of stream": (
        "Een tekst tussen aanhalingstekens wordt niet gesloten.",
        "Sluit de tekst af met hetzelfde aanhalingsteken waarmee ze begon.",
    ),
    "did not find expected ',' or ']'": (
        "Een lijst tussen [ en ] wordt niet (juist) gesloten.",
        "Sluit de lijst met ] en scheid de elementen met komma's.",
    ),
    "did not find expected ',' or '}'": (
        "Velden tussen { en } worden niet (juist) gesloten.",
        "Sluit met } en scheid de velden met komma's.",
    ),
}

# For these, the editor's mistake is where the structure opened (context_mark),
# not where the parser gave up, which can be many lines further.
_OPENED_AT = (
    "while scanning a quoted scalar",
    "while parsing a flow",
    "while scanning a simple key",
)


def _syntax_problem(exc: yaml.MarkedYAMLError, file: str, report: Report) -> None:
    mark = exc.problem_mark or exc.context_mark
    noticed = ""
    if exc.context_mark and exc.context and exc.context.startswith(_OPENED_AT):
        if exc.problem_mark and exc.problem_mark.line != exc.context_mark.line:
            noticed = f" (de fout valt pas op bij regel {exc.problem_mark.line + 1})"
        mark = exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    problem = exc.problem or str(exc)
    for needle, (message, hint) in _SYNTAX_HINTS.items():
        if needle in problem:
            report.error(file, line, column, f"YAML-fout: {message.rstrip('.')}{noticed}.", hint)
            return
    report.error(
        file,
        line,
        column,
        f"YAML-fout: het bestand kan hier niet gelezen worden ({problem}).",
        "Kijk na of inspringing, dubbelpunten en aanhalingstekens kloppen rond deze regel.",
    )


class _Converter:
    """Turns composed nodes into plain data, recording positions and problems."""

    def __init__(self, doc: YamlDocument, report: Report) -> None:
        self.doc = doc
        self.report = report
        self.seen: set[int] = set()
        self.alias_reported = False

    def convert(self, node: yaml.Node, path: PathKey, used_at: Any = None) -> Any:
        # The composer hands out the same node object again for every alias, so a
        # second visit is an alias: refused, and never expanded.
        if id(node) in self.seen:
            if not self.alias_reported:
                where = _position(used_at) if used_at is not None else self.doc.position(path)
                self.report.error(
                    self.doc.file,
                    where.line,
                    where.column,
                    "Verwijzingen naar een anker (& en *) zijn niet toegestaan.",
                    "Schrijf de waarde voluit; zo blijft elk stuk van het plan op één plaats "
                    "leesbaar.",
                )
                self.alias_reported = True
            return None
        self.seen.add(id(node))
        self.doc.values[path] = node.start_mark
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: PathKey) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key is None:
                continue
            key_mark = key_node.start_mark
            if key in result:
                first = _position(self.doc.keys[(*path, key)])
                key_pos = _position(key_mark)
                self.report.error(
                    self.doc.file,
                    key_pos.line,
                    key_pos.column,
                    f"Het veld '{key}' staat twee keer in hetzelfde element "
                    f"(ook op regel {first.line}).",
                    "Houd één van beide over; anders gaat de eerste waarde stil verloren.",
                )
                continue
            self.doc.keys[(*path, key)] = key_mark
            result[key] = self.convert(value_node, (*path, key), key_mark)
        return result

    def _key(self, node: yaml.Node) -> str | None:
        if node.tag == "tag:yaml.org,2002:merge":
            self._error(
                node, "Samenvoegen met '<<' is niet toegestaan.", "Schrijf de velden voluit."
            )
            return None
        if isinstance(node, yaml.ScalarNode) and node.tag in _TEXT_KEY_TAGS:
            # A key like 'ja:' or '2021:' is kept as the text the editor wrote.
            return node.value
        self._error(node, "Een veldnaam moet een eenvoudig woord zijn.", "Bijvoorbeeld 'titel:'.")
        return None

    def _scalar(self, node: yaml.Node) -> Any:
        value = _typed(node)
        if value is _UNSUPPORTED:
            self._error(
                node,
                f"Het YAML-label '{node.tag}' wordt niet ondersteund.",
                "Verwijder het label (het woord dat met ! begint).",
            )
            return None
        return value

    def _error(self, node: yaml.Node, message: str, hint: str) -> None:
        mark = node.start_mark
        self.report.error(self.doc.file, mark.line + 1, mark.column + 1, message, hint)


_UNSUPPORTED = object()
_TEXT_KEY_TAGS = (_STR, _INT, _BOOL, _FLOAT)


def _typed(node: yaml.Node) -> Any:
    """A scalar node's value; dates stay text. _UNSUPPORTED for other tags."""
    tag = node.tag
    if tag in (_STR, _TIMESTAMP):
        return node.value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return _constructor.construct_yaml_bool(node)
    if tag == _INT:
        return _constructor.construct_yaml_int(node)
    if tag == _FLOAT:
        return _constructor.construct_yaml_float(node)
    if tag in (_MAP, _SEQ):  # an explicit !!map on a scalar: nonsense
        return node.value
    return _UNSUPPORTED


def _plain_tag(text: str) -> str:
    return _constructor.resolve(yaml.ScalarNode, text, (True, False))


def plain_scalar(text: str) -> Any:
    """What the exact path makes of ``text`` written without quotes."""
    return _typed(yaml.ScalarNode(_plain_tag(text), text))


def plain_key_is_text(text: str) -> bool:
    """Whether ``text``, written as a plain key, is text for the exact path."""
    return _plain_tag(text) == _STR


def parse_yaml(text: str, file: str, report: Report, *, exact: bool = False) -> YamlDocument | None:
    """Parse YAML text; None when it cannot be parsed at all (problems are in report).

    The fast path answers when it can vouch for the result; ``exact=True`` skips it.
    """
    if _tab_problems(text, file, report):
        return None
    data = NOT_SURE if exact else fast_parse(text, plain_scalar, plain_key_is_text)
    if data is not NOT_SURE:
        return YamlDocument(file=file, data=data, unlocated_text=text)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        _syntax_problem(exc, file, report)
        return None
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        report.error(file, 0, 0, f"YAML-fout: {exc}")
        return None
    doc = YamlDocument(file=file, data=None)
    if root is not None:
        doc.data = _Converter(doc, report).convert(root, ())
    return doc


def load_yaml(path: Path, file: str, report: Report) -> YamlDocument | None:
    """Read and parse one YAML file of the plan."""
    text = read_text(path, file, report)
    if text is None:
        return None
    return parse_yaml(text, file, report)


class ParseCache:
    """Parsed files kept while their time and size stay the same.

    For the live preview, which checks the plan again after every edit: only the
    edited file is parsed again. Parsed documents are never changed downstream.
    """

    def __init__(self) -> None:
        self._files: dict[Path, tuple[tuple[int, int], YamlDocument | None, list]] = {}

    def load(self, path: Path, file: str, report: Report) -> YamlDocument | None:
        try:
            stat = path.stat()
        except OSError:
            return load_yaml(path, file, report)
        stamp = (stat.st_mtime_ns, stat.st_size)
        hit = self._files.get(path)
        if hit is not None and hit[0] == stamp:
            report.problems.extend(hit[2])
            return hit[1]
        doc, problems = load_alone(path, file)
        report.problems.extend(problems)
        self._files[path] = (stamp, doc, problems)
        return doc


@dataclass
class PlanSources:
    """The plan folder's YAML files, loaded but not yet validated."""

    root: Path
    plan: YamlDocument | None
    goals: YamlDocument | None
    actions: list[YamlDocument]
    partners: YamlDocument | None
    # False when an actions file could not be read: what the actions do is then unknown.
    actions_complete: bool = True


DATA_DIR = "data"
PLAN_FILE = "plan.yaml"
GOALS_FILE = "doelstellingen.yaml"
ACTIONS_FILE = "acties.yaml"
ACTIONS_DIR = "acties"
PARTNERS_FILE = "partners.yaml"
# Above this much YAML, every other file is parsed on a second core (see forked).
SPLIT_BYTES = 2_000_000


def action_files(root: Path) -> list[Path]:
    """data/acties.yaml first, then data/acties/*.yaml in name order (stable output)."""
    data = root / DATA_DIR
    files = [data / ACTIONS_FILE] if (data / ACTIONS_FILE).is_file() else []
    if (data / ACTIONS_DIR).is_dir():
        files += sorted(
            p
            for p in (data / ACTIONS_DIR).iterdir()
            if p.suffix in (".yaml", ".yml") and p.is_file()
        )
    return files


def display_path(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def load_plan_sources(root: Path, report: Report, cache: ParseCache | None = None) -> PlanSources:
    """Load every YAML file of a plan folder; missing required files are reported."""
    data = root / DATA_DIR
    paths = action_files(root)
    named = [data / PLAN_FILE, data / GOALS_FILE, data / PARTNERS_FILE]
    found = [p for p in (*named, *paths) if p.is_file()]
    for required in named[:2]:
        if required not in found:
            file = display_path(root, required)
            report.error(
                file,
                0,
                0,
                f"Het bestand {file} ontbreekt.",
                "Een planmap heeft data/plan.yaml, data/doelstellingen.yaml en acties "
                "(data/acties.yaml of data/acties/*.yaml). 'planwijzer init MAP' maakt een "
                "voorbeeld.",
            )
    if not paths:
        report.error(
            f"{DATA_DIR}/{ACTIONS_FILE}",
            0,
            0,
            "Er zijn geen acties: data/acties.yaml en de map data/acties/ ontbreken.",
            "Maak data/acties.yaml aan met een lijst 'acties:'.",
        )
    if cache is not None:
        docs = [cache.load(p, display_path(root, p), report) for p in found]
    else:
        docs = _load_files(root, found, report)
    by_path = dict(zip(found, docs, strict=True))
    return PlanSources(
        root=root,
        plan=by_path.get(named[0]),
        goals=by_path.get(named[1]),
        actions=[doc for p in paths if (doc := by_path.get(p)) is not None],
        partners=by_path.get(named[2]),
        actions_complete=all(by_path.get(p) is not None for p in paths),
    )


def _load_files(root: Path, paths: list[Path], report: Report) -> list[YamlDocument | None]:
    jobs = [partial(load_alone, p, display_path(root, p)) for p in paths]
    big = len(paths) > 1 and sum(p.stat().st_size for p in paths) >= SPLIT_BYTES
    docs = []
    for doc, problems in run_jobs(jobs, split=big):
        report.problems.extend(problems)
        docs.append(doc)
    return docs


def load_alone(path: Path, file: str) -> tuple[YamlDocument | None, list[Problem]]:
    """One file's document and its own problems."""
    own = Report()
    return load_yaml(path, file, own), own.problems
