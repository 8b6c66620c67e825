"""Lexicons: the generalisable knowledge kg ships, read from ``kg/lexicons/*.tsv``.

Tables (README in ``kg/lexicons/`` documents every column and source):

==================== ========================================= ========
file                 columns                                   required
==================== ========================================= ========
divisions.tsv        code, name, level, parent_code, short     yes
surnames.tsv         surname, kind                             yes
titles.tsv           title, kind                               no
org_suffixes.tsv     suffix, type                              no
national_bodies.tsv  name, type, aliases                       no
honors.tsv           honor, aliases                            no
division_aliases.tsv alias, code, name                         no
==================== ========================================= ========

Format: UTF-8 (a BOM is tolerated), ``#`` comment lines and blank lines
anywhere, one header row naming exactly the columns above, then one entry per
line, fields separated by one TAB. A malformed row raises
:class:`kg.errors.LexiconError` with the file and 1-based line number; line 0
means the file or directory as a whole.

User directories passed to :func:`load_lexicons` EXTEND the shipped tables:
a key that is already defined (a division code, a surname, a title ...) is an
error, never a silent replacement.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import re
import types
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping, Union

from kg.errors import LexiconError
from kg.model import EntityType

__all__ = [
    "Division", "Lexicons", "load_lexicons", "read_lexicons", "TABLES",
    "LEVELS", "TITLE_KINDS", "SURNAME_KINDS",
]

LEVELS = ("province", "city", "county", "town")
TITLE_KINDS = ("leader", "member", "staff", "worker", "journalist")
SURNAME_KINDS = ("single", "compound", "framed")
_ENTITY_TYPES = tuple(t.value for t in EntityType)
_LEVEL_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}

_CODE_RE = re.compile(r"\d{6}(?:\d{3}|\d{6})?")
# whitespace other than TAB / line ends, which must never pad a field
_WS = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\t\n\r")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


@contextlib.contextmanager
def _no_gc():
    """Tens of thousands of small acyclic objects: the cyclic GC would only rescan them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division: adcode, full name, level, parent's adcode, short form."""

    code: str
    name: str
    level: str         # province | city | county | town
    parent_code: str   # '' for a province-level unit
    short: str         # '' when there is no safe short form


@dataclass(frozen=True)
class _Table:
    file: str
    columns: tuple[str, ...]
    required: bool


TABLES: Mapping[str, _Table] = types.MappingProxyType({
    "divisions": _Table("divisions.tsv", ("code", "name", "level", "parent_code", "short"), True),
    "surnames": _Table("surnames.tsv", ("surname", "kind"), True),
    "titles": _Table("titles.tsv", ("title", "kind"), False),
    "org_suffixes": _Table("org_suffixes.tsv", ("suffix", "type"), False),
    "national_bodies": _Table("national_bodies.tsv", ("name", "type", "aliases"), False),
    "honors": _Table("honors.tsv", ("honor", "aliases"), False),
    "division_aliases": _Table("division_aliases.tsv", ("alias", "code", "name"), False),
})
_BY_FILE = {t.file: name for name, t in TABLES.items()}

DivisionRef = Union[Division, str]


# ------------------------------------------------------------------- Lexicons
@dataclass(frozen=True, eq=False)
class Lexicons:
    """All tables, immutable. Lookups are built once, on first use."""

    divisions: tuple[Division, ...]                                   # sorted by code
    surnames: frozenset[str]                                          # single and compound
    titles: Mapping[str, str]                                         # title -> kind
    org_suffixes: tuple[tuple[str, str], ...]                         # (suffix, type), longest first
    national_bodies: tuple[tuple[str, str, tuple[str, ...]], ...]     # (name, type, aliases)
    honors: tuple[tuple[str, tuple[str, ...]], ...]                   # (honor, aliases)
    surname_kinds: Mapping[str, str] = field(default_factory=lambda: types.MappingProxyType({}))  # surname -> kind
    division_aliases: tuple[tuple[str, str], ...] = ()                # (alias, code): 赣 360000, 椰城 460100
    sources: tuple[str, ...] = ()                                     # files read, in order

    # -- indexes: one pass over the divisions, on first use
    @functools.cached_property
    def _index(self) -> tuple[Mapping[str, Division], Mapping[str, tuple[Division, ...]],
                              Mapping[str, tuple[Division, ...]], Mapping[str, tuple[Division, ...]]]:
        with _no_gc():
            return self._build_index()

    def _build_index(self):
        by_code: dict[str, Division] = {}
        by_name: dict[str, list[Division]] = {}
        by_short: dict[str, list[Division]] = {}
        children: dict[str, list[Division]] = {}
        for d in self.divisions:               # sorted by code
            by_code[d.code] = d
            lst = by_name.get(d.name)
            if lst is None:
                by_name[d.name] = [d]
            else:
                lst.append(d)
            if d.short:
                lst = by_short.get(d.short)
                if lst is None:
                    by_short[d.short] = [d]
                else:
                    lst.append(d)
            if d.parent_code:
                lst = children.get(d.parent_code)
                if lst is None:
                    children[d.parent_code] = [d]
                else:
                    lst.append(d)
        return (types.MappingProxyType(by_code), _freeze_groups(by_name),
                _freeze_groups(by_short), _freeze_groups(children, rank_first=False))

    @property
    def _by_code(self) -> Mapping[str, Division]:
        return self._index[0]

    @property
    def _by_name(self) -> Mapping[str, tuple[Division, ...]]:
        return self._index[1]

    @property
    def _by_short(self) -> Mapping[str, tuple[Division, ...]]:
        return self._index[2]

    @property
    def _children(self) -> Mapping[str, tuple[Division, ...]]:
        return self._index[3]

    @functools.cached_property
    def compound_surnames(self) -> frozenset[str]:
        return frozenset(s for s in self.surnames if len(s) > 1)

    @functools.cached_property
    def framed_surnames(self) -> frozenset[str]:
        """Surnames that are also common words (把, 火): read only where a post frames the name."""
        return frozenset(s for s, k in self.surname_kinds.items() if k == "framed")

    @functools.cached_property
    def _body_names(self) -> Mapping[str, tuple[str, str, tuple[str, ...]]]:
        return types.MappingProxyType(
            {n: row for row in self.national_bodies for n in (row[0], *row[2])})

    @functools.cached_property
    def _honor_names(self) -> Mapping[str, str]:
        return types.MappingProxyType({n: row[0] for row in self.honors for n in (row[0], *row[1])})

    # -- divisions
    def division(self, code: str) -> Division | None:
        """The division with this adcode, or None."""
        return self._by_code.get(code)

    def divisions_by_name(self, name: str) -> tuple[Division, ...]:
        """Every division with this full name (朝阳区: Beijing's and Changchun's), higher level first."""
        return self._by_name.get(name, ())

    def division_by_name(self, name: str, within: DivisionRef | None = None) -> Division | None:
        """The division with this full name.

        Names repeat (朝阳区, 鼓楼区, 城关镇): with ``within`` only divisions
        under it (or it itself) count; of several candidates the highest level,
        then the lowest code wins. ``divisions_by_name`` gives them all.
        """
        cands = self._by_name.get(name, ())
        if within is not None:
            top = self._ref(within)
            cands = tuple(d for d in cands if d is top or top in self.ancestors(d))
        return cands[0] if cands else None

    def divisions_by_short(self, short: str) -> tuple[Division, ...]:
        """Every division whose short form is ``short`` (吉林: the province and the city), higher level first."""
        return self._by_short.get(short, ())

    def divisions_by_alias(self, alias: str) -> tuple[Division, ...]:
        """Every division a one-character abbreviation or an epithet names (宁: 宁夏回族自治区,
        南京市, 西宁市), in table order."""
        return self._by_alias.get(alias, ())

    @functools.cached_property
    def _by_alias(self) -> Mapping[str, tuple[Division, ...]]:
        groups: dict[str, list[Division]] = {}
        for alias, code in self.division_aliases:
            groups.setdefault(alias, []).append(self._by_code[code])
        return types.MappingProxyType({k: tuple(v) for k, v in groups.items()})

    def children(self, division: DivisionRef) -> tuple[Division, ...]:
        """Direct children, by code ('' or an unknown code: none)."""
        code = division.code if isinstance(division, Division) else division
        return self._children.get(code, ())

    def parent(self, division: DivisionRef) -> Division | None:
        d = self._ref(division)
        return self._by_code.get(d.parent_code) if d.parent_code else None

    def descendants(self, division: DivisionRef, level: str | None = None) -> tuple[Division, ...]:
        """Every division below ``division`` (children, grandchildren …), by code;
        with ``level`` only those of that level ("city", "county", "town")."""
        key = (self._ref(division).code, level)
        memo = self._descendants_memo
        if key not in memo:
            out, todo = [], [key[0]]
            while todo:
                kids = self._children.get(todo.pop(), ())
                out += kids
                todo += [k.code for k in kids]
            memo[key] = tuple(sorted((d for d in out if level is None or d.level == level), key=lambda d: d.code))
        return memo[key]

    @functools.cached_property
    def _descendants_memo(self) -> dict[str, tuple[Division, ...]]:
        return {}

    def ancestors(self, division: DivisionRef) -> tuple[Division, ...]:
        """Parent, grandparent ... up to the province-level unit."""
        out = []
        d = self.parent(division)
        while d is not None:
            out.append(d)
            d = self.parent(d)
        return tuple(out)

    def province_of(self, division: DivisionRef) -> Division:
        """The province-level unit a division belongs to (itself for a province)."""
        d = self._ref(division)
        chain = (d, *self.ancestors(d))
        if chain[-1].level != "province":
            raise KeyError(f"{d.code} {d.name}: no province-level ancestor in the lexicon")
        return chain[-1]

    def _ref(self, division: DivisionRef) -> Division:
        code = division.code if isinstance(division, Division) else division
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"unknown division code {code!r}") from None

    # -- other tables
    def national_body(self, name_or_alias: str) -> tuple[str, str, tuple[str, ...]] | None:
        """(name, type, aliases) of the national body called ``name_or_alias``, or None."""
        return self._body_names.get(name_or_alias)

    def honor(self, name_or_alias: str) -> str | None:
        """Canonical name of the honor called ``name_or_alias``, or None."""
        return self._honor_names.get(name_or_alias)


def _freeze_groups(groups: dict[str, list[Division]], rank_first: bool = True
                   ) -> Mapping[str, tuple[Division, ...]]:
    """Read-only groups; with ``rank_first`` each group higher level first, then by code
    (lists arrive sorted by code)."""
    rank = _LEVEL_RANK

    def order(v: list[Division]) -> tuple[Division, ...]:
        if len(v) == 1 or not rank_first:
            return tuple(v)
        return tuple(sorted(v, key=lambda d: rank[d.level]))   # stable: code order kept

    return types.MappingProxyType({k: order(v) for k, v in groups.items()})


# ------------------------------------------------------------------- loading
def load_lexicons(extra_dirs: tuple[str | Path, ...] | str | Path = ()) -> Lexicons:
    """The shipped tables extended by the tables in ``extra_dirs`` (in order). Cached.

    Every file of an extra directory is optional; an unknown ``*.tsv`` there is
    an error (a misspelt table would otherwise be ignored silently).
    """
    if isinstance(extra_dirs, (str, Path)):
        extra_dirs = (extra_dirs,)
    return _load_cached(tuple(str(Path(d).expanduser().resolve()) for d in extra_dirs))


@functools.lru_cache(maxsize=8)
def _load_cached(extra_dirs: tuple[str, ...]) -> Lexicons:
    return read_lexicons(resources.files("kg").joinpath("lexicons"), extra_dirs)


load_lexicons.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]


def read_lexicons(base, extra_dirs: Iterable[str | Path] = ()) -> Lexicons:
    """Uncached loader: ``base`` (a directory or importlib Traversable) holds the
    required tables; ``extra_dirs`` extend it. :func:`load_lexicons` is this with
    the package's own ``kg/lexicons``."""
    with _no_gc():
        return _read_lexicons(base, extra_dirs)


def _read_lexicons(base, extra_dirs: Iterable[str | Path]) -> Lexicons:
    rows: dict[str, list[tuple[str, int, list[str]]]] = {name: [] for name in TABLES}
    sources: list[str] = []
    # the shipped dir: required tables must exist, unknown files are someone else's business
    for name, table in TABLES.items():
        res = base.joinpath(table.file) if not isinstance(base, (str, Path)) else Path(base) / table.file
        if not res.is_file():
            if table.required:
                raise LexiconError(res, 0, f"required lexicon table {table.file} is missing")
            continue
        rows[name].extend(_read_table(str(res), res.read_bytes(), table))
        sources.append(str(res))
    for d in extra_dirs:
        path = Path(d)
        if not path.is_dir():
            raise LexiconError(path, 0, "lexicon directory does not exist or is not a directory")
        for f in sorted(path.glob("*.tsv")):
            if f.name not in _BY_FILE:
                raise LexiconError(f, 0, f"unknown lexicon table {f.name!r}; expected one of "
                                         f"{', '.join(t.file for t in TABLES.values())}")
            name = _BY_FILE[f.name]
            rows[name].extend(_read_table(str(f), f.read_bytes(), TABLES[name]))
            sources.append(str(f))
    return _build(rows, tuple(sources))


def _read_table(path: str, data: bytes, table: _Table) -> list[tuple[str, int, list[str]]]:
    """(path, line, fields) of every entry; checks encoding, header, field count and whitespace."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise LexiconError(path, line, f"not UTF-8 ({e.reason} at byte {e.start})") from None
    ncols = len(table.columns)
    check_pad = _may_have_padding(text)   # a cheap whole-file test first
    header_seen = False
    out = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.endswith("\r"):
            line = line[:-1]
        if not line or line[0] == "#" or (line.isspace() and "\t" not in line):
            continue                           # blank or comment (a line of TABs is a row)
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != table.columns:
                raise LexiconError(path, lineno, "header must be "
                                   f"{'<TAB>'.join(table.columns)!r}, got {line!r}")
            header_seen = True
            continue
        if len(fields) != ncols:
            raise LexiconError(path, lineno, f"expected {ncols} tab-separated fields "
                               f"({', '.join(table.columns)}), got {len(fields)}: {line!r}")
        if check_pad:
            for col, value in zip(table.columns, fields):
                if value != value.strip():
                    raise LexiconError(path, lineno,
                                       f"{col} {value!r} has leading or trailing whitespace")
        out.append((path, lineno, fields))
    if not header_seen:
        raise LexiconError(path, 1, f"no header row ({'<TAB>'.join(table.columns)})")
    return out


def _may_have_padding(text: str) -> bool:
    """False when no field of ``text`` can start or end with whitespace (fast substring tests)."""
    if text[:1].isspace():
        return True
    for c in _WS:
        if c in text and any(p in text for p in ("\t" + c, c + "\t", c + "\n", "\n" + c, c + "\r")):
            return True
    return text[-1:].isspace() and text[-1:] not in "\n\r"


def _require(path: str, line: int, col: str, value: str) -> None:
    if not value:
        raise LexiconError(path, line, f"empty {col}")


def _enum(path: str, line: int, col: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise LexiconError(path, line, f"unknown {col} {value!r}; expected one of {', '.join(allowed)}")


def _aliases(path: str, line: int, value: str) -> tuple[str, ...]:
    if not value:
        return ()
    parts = tuple(value.split("|"))
    for a in parts:
        if not a or a != a.strip():
            raise LexiconError(path, line, f"bad alias list {value!r}: empty or padded alias")
    return parts


class _Keys:
    """Rejects a key defined twice, pointing at both places."""

    def __init__(self, what: str):
        self.what = what
        self.seen: dict[str, tuple[str, int]] = {}

    def add(self, key: str, path: str, line: int) -> None:
        if key in self.seen:
            p, n = self.seen[key]
            raise LexiconError(path, line, f"duplicate {self.what} {key!r} (already defined at {p}:{n})")
        self.seen[key] = (path, line)


@functools.lru_cache(maxsize=None)
def _PREFIX6(code: str) -> str:
    """The significant prefix of a 6-digit adcode: 110000 -> 11, 130100 -> 1301."""
    while len(code) > 2 and code.endswith("00"):
        code = code[:-2]
    return code


def _build(rows: Mapping[str, list[tuple[str, int, list[str]]]], sources: tuple[str, ...]) -> Lexicons:
    # divisions (the hot loop: ~42,000 rows, kept lean)
    divisions: dict[str, Division] = {}
    origin: dict[str, tuple[str, int]] = {}
    code_ok = _CODE_RE.fullmatch
    for path, line, (code, name, level, parent, short) in rows["divisions"]:
        if not code_ok(code):
            raise LexiconError(path, line, f"code {code!r} is not an adcode of 6, 9 or 12 digits")
        if not name:
            raise LexiconError(path, line, "empty name")
        if level not in _LEVEL_RANK:
            _enum(path, line, "level", level, LEVELS)
        if (level == "town") != (len(code) > 6):
            raise LexiconError(path, line, f"code {code!r}: level {level} needs a "
                               f"{'9 or 12' if level == 'town' else '6'}-digit code")
        if level == "province":
            if parent:
                raise LexiconError(path, line, f"province-level {name} must have an empty parent_code")
            if not code.endswith("0000"):
                raise LexiconError(path, line, f"province-level code {code!r} must end in 0000")
        elif not parent:
            raise LexiconError(path, line, "empty parent_code")
        if short and len(short) < 2:
            raise LexiconError(path, line, f"short {short!r} is a single character: leave it empty")
        if code in origin:
            p, n = origin[code]
            raise LexiconError(path, line, f"duplicate division code {code!r} (already defined at {p}:{n})")
        divisions[code] = Division(code, name, level, parent, short)
        origin[code] = (path, line)
    rank = _LEVEL_RANK
    for code, d in divisions.items():
        if not d.parent_code:
            continue
        p = divisions.get(d.parent_code)
        if p is None:
            path, line = origin[code]
            raise LexiconError(path, line, f"{code} {d.name}: unknown parent_code {d.parent_code!r}")
        prefix = p.code if len(p.code) > 6 else _PREFIX6(p.code)
        if rank[p.level] >= rank[d.level] or not code.startswith(prefix):
            path, line = origin[code]
            if rank[p.level] >= rank[d.level]:
                raise LexiconError(path, line, f"{code} {d.name} ({d.level}) cannot be under "
                                   f"{p.code} {p.name} ({p.level})")
            raise LexiconError(path, line, f"code {code} does not lie under its parent's code {p.code}")
    if not any(d.level == "province" for d in divisions.values()):
        raise LexiconError(rows["divisions"][0][0] if rows["divisions"] else "divisions.tsv", 0,
                           "no province-level division")

    # surnames
    keys = _Keys("surname")
    kinds: dict[str, str] = {}
    for path, line, (surname, kind) in rows["surnames"]:
        _require(path, line, "surname", surname)
        _enum(path, line, "kind", kind, SURNAME_KINDS)
        if not _HAN_RE.fullmatch(surname):
            raise LexiconError(path, line, f"surname {surname!r} must be Chinese characters only")
        if (kind in ("single", "framed")) != (len(surname) == 1):
            raise LexiconError(path, line, f"surname {surname!r} has {len(surname)} characters "
                               f"but kind {kind!r}")
        keys.add(surname, path, line)
        kinds[surname] = kind

    # titles
    keys = _Keys("title")
    titles: dict[str, str] = {}
    for path, line, (title, kind) in rows["titles"]:
        _require(path, line, "title", title)
        _enum(path, line, "kind", kind, TITLE_KINDS)
        keys.add(title, path, line)
        titles[title] = kind

    # organization suffixes
    keys = _Keys("suffix")
    suffixes = []
    for path, line, (suffix, typ) in rows["org_suffixes"]:
        _require(path, line, "suffix", suffix)
        _enum(path, line, "type", typ, _ENTITY_TYPES)
        keys.add(suffix, path, line)
        suffixes.append((suffix, typ))
    suffixes.sort(key=lambda st: -len(st[0]))   # stable: file order among equal lengths

    # national bodies: names and aliases share one namespace
    keys = _Keys("national body name or alias")
    bodies = []
    for path, line, (name, typ, aliases) in rows["national_bodies"]:
        _require(path, line, "name", name)
        _enum(path, line, "type", typ, _ENTITY_TYPES)
        al = _aliases(path, line, aliases)
        for n in (name, *al):
            keys.add(n, path, line)
        bodies.append((name, typ, al))

    # honors: names and aliases share one namespace
    keys = _Keys("honor name or alias")
    honors = []
    for path, line, (honor, aliases) in rows["honors"]:
        _require(path, line, "honor", honor)
        al = _aliases(path, line, aliases)
        for n in (honor, *al):
            keys.add(n, path, line)
        honors.append((honor, al))

    # division aliases: abbreviations and epithets of provinces and cities
    keys = _Keys("division alias")
    division_aliases = []
    for path, line, (alias, code, name) in rows["division_aliases"]:
        _require(path, line, "alias", alias)
        if not _HAN_RE.fullmatch(alias):
            raise LexiconError(path, line, f"alias {alias!r} must be Chinese characters only")
        d = divisions.get(code)
        if d is None:
            raise LexiconError(path, line, f"unknown division code {code!r}")
        if d.name != name:
            raise LexiconError(path, line, f"code {code} is {d.name}, not {name!r}")
        if d.level not in ("province", "city"):
            raise LexiconError(path, line, f"{name} is a {d.level}: only provinces and cities take aliases")
        keys.add(f"{alias} {code}", path, line)
        division_aliases.append((alias, code))

    return Lexicons(
        divisions=tuple(divisions[c] for c in sorted(divisions)),
        surnames=frozenset(s for s, k in kinds.items() if k != "framed"),
        titles=types.MappingProxyType(titles),
        org_suffixes=tuple(suffixes),
        national_bodies=tuple(bodies),
        honors=tuple(honors),
        surname_kinds=types.MappingProxyType(kinds),
        division_aliases=tuple(division_aliases),
        sources=sources,
    )


class PhraseIndex:
    """Exact phrase lookup at a text position, by first (or last) character.

    Checking only the lengths that occur for that character keeps a scan over
    41k division names to a few dictionary probes per position.
    """

    def __init__(self, phrases):
        heads: dict[str, set[int]] = {}
        tails: dict[str, set[int]] = {}
        self.phrases = frozenset(p for p in phrases if p)
        for p in self.phrases:
            heads.setdefault(p[0], set()).add(len(p))
            tails.setdefault(p[-1], set()).add(len(p))
        self._heads = {k: tuple(sorted(v, reverse=True)) for k, v in heads.items()}
        self._tails = {k: tuple(sorted(v, reverse=True)) for k, v in tails.items()}

    def ends_a_phrase(self, char: str) -> bool:
        """True when some phrase ends with ``char`` (a cheap pre-check)."""
        return char in self._tails

    def __contains__(self, phrase: str) -> bool:
        return phrase in self.phrases

    def longest_at(self, text: str, i: int, limit: int | None = None) -> str | None:
        """The longest phrase starting at ``i`` (ending before ``limit``)."""
        if i >= len(text):
            return None
        stop = len(text) if limit is None else limit
        for L in self._heads.get(text[i], ()):
            if i + L <= stop and text[i:i + L] in self.phrases:
                return text[i:i + L]
        return None

    def longest_ending_at(self, text: str, end: int, start: int = 0) -> str | None:
        """The longest phrase ending at ``end`` (starting at or after ``start``)."""
        if end <= 0 or end > len(text):
            return None
        for L in self._tails.get(text[end - 1], ()):
            if end - L >= start and text[end - L:end] in self.phrases:
                return text[end - L:end]
        return None

    def all_ending_at(self, text: str, end: int, start: int = 0) -> list[str]:
        """Every phrase ending at ``end``, longest first."""
        if end <= 0 or end > len(text):
            return []
        return [text[end - L:end] for L in self._tails.get(text[end - 1], ())
                if end - L >= start and text[end - L:end] in self.phrases]

