"""Evaluation: kg's page facts against gold annotations, kg's mentions against CLUENER2020.

Two scorers, plain functions over plain data (the CLI only formats them):

**Page facts** (``score_pages``, ``format_table``) re-implement the shared scorer
(``shared/eval/score.py``, schema in ``shared/eval/GUIDELINES.md``) so that kg
needs nothing outside its package; the output is the same, byte for byte:

- names are normalised (NFKC; whitespace, ``#``, ``*``, quotes and 《》「」 removed);
- articles of a page are aligned greedily, gold order: a predicted article with
  the same headline, else the most similar one (``difflib`` ratio >= 0.8);
- entities are scored per type; a predicted entity matches a gold one when any
  name or alias of one equals any of the other; a predicted entity whose name
  occurs in the gold article's ``uncertain`` notes is not a false positive;
  ``entities`` sums the types (an entity with two types counts twice);
- roles, honors and links are compared as tuples of gold canonical names
  (each name resolved through its own article's aliases, then the gold
  article's); titles, honors and relations are compared normalised;
- every facet is micro P/R/F1 over all gold pages (predicted pages without
  gold are ignored).

**CLUENER spans** (``score_spans``, ``evaluate_cluener``): exact
``(start, end_exclusive, label)`` matches per label, ``org_any`` (company,
government and organization as one label on both sides) and ``micro`` over the
six labels kg predicts. A boundary or label error is one false positive and one
false negative.

>>> score_spans([{(0, 2, "name"), (3, 7, "company")}], [{(0, 2, "name"), (3, 7, "government")}])["org_any"]
{'p': 1.0, 'r': 1.0, 'f1': 1.0}
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .errors import InputError, KgError

__all__ = [
    "ENTITY_TYPES", "FACETS", "norm", "entity_names", "entity_types", "EvalArticle", "Tally",
    "load_pages", "align", "tally_pages", "score_pages", "format_table", "format_misses",
    "CLUENER_LABELS", "SPAN_KEYS", "read_cluener", "cluener_gold", "count_spans", "score_spans",
    "span_scores", "split_records", "evaluate_cluener", "format_span_table",
]

# ================================================================ page facts
ENTITY_TYPES = ("union", "official", "worker", "journalist", "company", "district",
                "government", "organization")
FACETS = ("articles", "entities", *ENTITY_TYPES, "roles", "honors", "links")
RELATION_FIELDS = {"roles": ("person", "title", "org"), "honors": ("holder", "honor"),
                   "links": ("from", "rel", "to")}
#: fields compared as normalised strings; the other fields name entities
_PLAIN_FIELDS = frozenset({"title", "honor", "rel"})
_NORM_DROP = re.compile(r"[\s#*“”\"'《》「」]")
#: articles whose headlines are less similar than this are not aligned
HEADLINE_MIN_RATIO = 0.8


def norm(s):
    """Normalised form of a name: NFKC, no whitespace, ``#*``, quotes or book brackets.

    >>> norm("《青禾 工会》"), norm(None)
    ('青禾工会', None)
    """
    if s is None:
        return None
    return _NORM_DROP.sub("", unicodedata.normalize("NFKC", str(s)))


def entity_types(ent: dict) -> list[str]:
    """An entity's types as a list (a bare string is one type)."""
    t = ent.get("types") or []
    return [t] if isinstance(t, str) else list(t)


def entity_names(ent: dict) -> set:
    """Normalised name and aliases of an entity."""
    return {norm(ent["name"])} | {norm(a) for a in ent.get("aliases", []) or []}


@dataclass
class EvalArticle:
    """One article of the evaluation schema, with its alias table."""

    headline: str
    entities: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    honors: list = field(default_factory=list)
    links: list = field(default_factory=list)
    uncertain: str = ""
    alias: dict = field(default_factory=dict)  # normalised surface -> index of its entity

    @classmethod
    def from_json(cls, a: dict) -> "EvalArticle":
        art = cls(headline=norm(a.get("headline", "")),
                  entities=a.get("entities", []) or [],
                  roles=a.get("roles", []) or [],
                  honors=a.get("honors", []) or [],
                  links=a.get("links", []) or [],
                  uncertain=norm(" ".join(a.get("uncertain", []) or [])))
        for i, e in enumerate(art.entities):
            for n in entity_names(e):
                art.alias.setdefault(n, i)
        return art


class Tally:
    """tp/fp/fn per facet, and the missed items for ``--verbose``."""

    def __init__(self):
        self.counts = defaultdict(lambda: [0, 0, 0])
        self.misses = defaultdict(list)

    def add(self, facet: str, tp: int, fp: int, fn: int, fps=(), fns=()) -> None:
        c = self.counts[facet]
        c[0] += tp
        c[1] += fp
        c[2] += fn
        self.misses[facet] += [("FP", x) for x in fps] + [("FN", x) for x in fns]

    def prf(self, facet: str) -> dict:
        tp, fp, fn = self.counts[facet]
        return {**_prf(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}

    def scores(self) -> dict:
        return {f: self.prf(f) for f in FACETS}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def load_pages(folder) -> dict[str, list[EvalArticle]]:
    """``{page stem: [EvalArticle]}`` of every ``*.json`` file in ``folder``."""
    out = {}
    for f in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError(f, f"not UTF-8 ({exc.reason})") from None
        except json.JSONDecodeError as exc:
            raise InputError(f, f"not valid JSON: {exc.msg}", line=exc.lineno) from None
        if not isinstance(data, dict):
            raise InputError(f, "expected a JSON object with an 'articles' list")
        out[f.stem] = [EvalArticle.from_json(a) for a in data.get("articles", [])]
    return out


def align(gold: list, pred: list) -> list[tuple]:
    """Pairs ``(gold, pred)`` of aligned articles; ``None`` on the side that has none.

    Each gold article, in order, takes the unused predicted article with the same
    headline, else the most similar one (first on ties) if its ratio is at least
    HEADLINE_MIN_RATIO. Unaligned predicted articles come last.
    """
    pairs, used = [], set()
    for g in gold:
        best, score = None, 0.0
        for j, p in enumerate(pred):
            if j in used:
                continue
            r = 1.0 if p.headline == g.headline else difflib.SequenceMatcher(
                None, g.headline, p.headline).ratio()
            if r > score:
                best, score = j, r
        if best is not None and score >= HEADLINE_MIN_RATIO:
            used.add(best)
            pairs.append((g, pred[best]))
        else:
            pairs.append((g, None))
    pairs += [(None, p) for j, p in enumerate(pred) if j not in used]
    return pairs


def _score_entities(g, p, etype: str, tally: Tally) -> None:
    gold = [e for e in (g.entities if g else []) if etype in entity_types(e)]
    pred = [e for e in (p.entities if p else []) if etype in entity_types(e)]
    matched, tp, fns = set(), 0, []
    for ge in gold:
        gn = entity_names(ge)
        hit = next((j for j, pe in enumerate(pred) if j not in matched and entity_names(pe) & gn), None)
        if hit is None:
            fns.append(ge["name"])
        else:
            matched.add(hit)
            tp += 1
    fps = [pe["name"] for j, pe in enumerate(pred) if j not in matched
           and not (g and any(n and n in g.uncertain for n in entity_names(pe)))]
    tally.add(etype, tp, len(fps), len(fns), fps, fns)
    tally.add("entities", tp, len(fps), len(fns))


def _canonical_tuples(art, rows: list, fields: tuple, gold) -> set[tuple]:
    """Rows as tuples of gold canonical names; ``'?' + name`` for a name gold lacks."""
    out = set()
    for row in rows:
        tup = []
        for f in fields:
            n = norm(row.get(f))
            if f in _PLAIN_FIELDS or n is None:
                tup.append(n)
                continue
            cands = {n}
            if art is not None and n in art.alias:
                cands |= entity_names(art.entities[art.alias[n]])
            k = None
            if gold is not None:
                k = next((gold.alias[c] for c in sorted(c for c in cands if c is not None)
                          if c in gold.alias), None)
            tup.append(gold.entities[k]["name"] if k is not None else "?" + n)
        out.add(tuple(tup))
    return out


def _score_relations(g, p, facet: str, tally: Tally) -> None:
    fields = RELATION_FIELDS[facet]
    gset = _canonical_tuples(g, getattr(g, facet) if g else [], fields, g)
    pset = _canonical_tuples(p, getattr(p, facet) if p else [], fields, g)
    tally.add(facet, len(gset & pset), len(pset - gset), len(gset - pset),
              sorted(map(str, pset - gset)), sorted(map(str, gset - pset)))


def tally_pages(gold: dict, pred: dict) -> Tally:
    """Tally every facet over the gold pages (``load_pages`` dicts)."""
    tally = Tally()
    for page, gold_articles in gold.items():
        for g, p in align(gold_articles, pred.get(page, [])):
            tally.add("articles", int(g is not None and p is not None), int(g is None), int(p is None))
            for t in ENTITY_TYPES:
                _score_entities(g, p, t, tally)
            for facet in RELATION_FIELDS:
                _score_relations(g, p, facet, tally)
    return tally


def score_pages(gold_dir, pred_dir) -> dict:
    """``{facet: {"p", "r", "f1", "tp", "fp", "fn"}}`` of the pages in ``pred_dir`` against ``gold_dir``.

    The same object as ``shared/eval/score.py --json``; facets in FACETS order.
    """
    return tally_pages(load_pages(gold_dir), load_pages(pred_dir)).scores()


def format_table(scores: dict) -> str:
    """The scorer's table: one line per facet, P/R/F1 to 3 decimals, then tp fp fn."""
    lines = [f"{'facet':14s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp   fp   fn"]
    for f, r in scores.items():
        lines.append(f"{f:14s} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f} "
                     f"{r['tp']:4d} {r['fp']:4d} {r['fn']:4d}")
    return "\n".join(lines) + "\n"


def format_misses(tally: Tally) -> str:
    """``facet<TAB>FP|FN<TAB>item`` lines, as the scorer's ``--verbose`` prints them."""
    return "".join(f"{f}\t{kind}\t{x}\n" for f in FACETS for kind, x in tally.misses[f])


# ============================================================ CLUENER spans
#: CLUENER labels kg predicts; game, book, movie and scene are ignored on both sides
CLUENER_LABELS = ("name", "company", "government", "organization", "position", "address")
ORG_LABELS = frozenset({"company", "government", "organization"})
#: keys of score_spans, in print order
SPAN_KEYS = ("name", "company", "government", "organization", "org_any", "position", "address", "micro")

Span = tuple[int, int, str]


def read_cluener(path) -> list[dict]:
    """CLUENER2020 JSON lines: ``{"text": ..., "label": {type: {surface: [[start, end_incl], ...]}}}``."""
    records = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    with handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"not a JSON line: {exc.msg}", line=lineno) from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise InputError(path, 'expected {"text": ..., "label": {...}}', line=lineno)
            records.append(rec)
    return records


def cluener_gold(record: dict) -> set[Span]:
    """Gold spans of a CLUENER record, end exclusive, CLUENER_LABELS only.

    >>> sorted(cluener_gold({"text": "甲乙在丙丁公司", "label": {"name": {"甲乙": [[0, 1]]},
    ...     "company": {"丙丁公司": [[3, 6]]}, "game": {"丙丁": [[3, 4]]}}}))
    [(0, 2, 'name'), (3, 7, 'company')]
    """
    out = set()
    for label, surfaces in (record.get("label") or {}).items():
        if label not in CLUENER_LABELS:
            continue
        for spans in surfaces.values():
            out.update((int(s), int(e) + 1, label) for s, e in spans)
    return out


def _relabel_org(spans: set) -> set:
    return {(s, e, "org") for s, e, lab in spans if lab in ORG_LABELS}


def count_spans(gold: list[set], pred: list[set]) -> dict[str, tuple[int, int, int]]:
    """``{key: (tp, fp, fn)}`` for every key of SPAN_KEYS; texts pair up by index."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold span sets but {len(pred)} predicted ones")
    counts = {k: [0, 0, 0] for k in SPAN_KEYS}
    for g, p in zip(gold, pred):
        g = {x for x in g if x[2] in CLUENER_LABELS}
        p = {x for x in p if x[2] in CLUENER_LABELS}
        for i, spans in enumerate((g & p, p - g, g - p)):
            for _, _, label in spans:
                counts[label][i] += 1
                counts["micro"][i] += 1
        for i, n in enumerate(_counts_of(_relabel_org(g), _relabel_org(p))):
            counts["org_any"][i] += n
    return {k: tuple(v) for k, v in counts.items()}


def _counts_of(g: set, p: set) -> tuple[int, int, int]:
    return len(g & p), len(p - g), len(g - p)


def score_spans(gold: list[set], pred: list[set]) -> dict[str, dict]:
    """Exact-match P/R/F1 (rounded to 4 places) per key of SPAN_KEYS.

    ``gold[i]`` and ``pred[i]`` are the ``(start, end_exclusive, label)`` spans of
    text i. Labels outside CLUENER_LABELS are ignored; ``micro`` sums the six
    labels (not ``org_any``).
    """
    return span_scores(count_spans(gold, pred))


def span_scores(counts: dict[str, Iterable[int]]) -> dict[str, dict]:
    """``{key: {"p", "r", "f1"}}`` from count_spans' ``{key: (tp, fp, fn)}``, in SPAN_KEYS order."""
    return {k: _prf(*counts[k]) for k in SPAN_KEYS}


def split_records(records: list[dict], split: str) -> list[dict]:
    """``all`` records, or the ``heldout`` test part of ``kg.train.cluener_split``."""
    if split == "all":
        return list(records)
    if split != "heldout":
        raise KgError(f"unknown split {split!r}; use heldout or all")
    try:
        from .train import cluener_split
    except ImportError as exc:
        raise KgError(f"--split heldout needs kg.train.cluener_split ({exc}); use --split all") from None
    _train, test = cluener_split(records)
    return list(test)


def evaluate_cluener(records: list[dict], spans_fn: Callable[[list[str]], list] | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     batch: int = 256) -> dict[str, tuple[int, int, int]]:
    """Run ``spans_fn`` (default ``kg.pipeline.cluener_spans``) over the records' texts.

    Returns count_spans of gold against predicted spans (see score_spans for P/R/F1).
    ``progress(done, total)`` is called after each batch of texts.
    """
    if spans_fn is None:
        from .pipeline import cluener_spans as spans_fn
    gold = [cluener_gold(r) for r in records]
    pred: list[set] = []
    total = len(records)
    for start in range(0, total, batch):
        texts = [r["text"] for r in records[start:start + batch]]
        found = spans_fn(texts)
        if len(found) != len(texts):
            raise KgError(f"the span tagger returned {len(found)} results for {len(texts)} texts")
        pred.extend({(int(s), int(e), str(lab)) for s, e, lab in spans} for spans in found)
        if progress:
            progress(len(pred), total)
    return count_spans(gold, pred)


def format_span_table(counts: dict[str, Iterable[int]]) -> str:
    """P/R/F1 and tp/fp/fn per key of SPAN_KEYS."""
    lines = [f"{'label':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>6s} {'fp':>6s} {'fn':>6s}"]
    for key in SPAN_KEYS:
        tp, fp, fn = counts[key]
        r = _prf(tp, fp, fn)
        lines.append(f"{key:14s} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f} {tp:6d} {fp:6d} {fn:6d}")
    return "\n".join(lines) + "\n"
