"""Assemble page results into a :class:`~kg.model.Corpus`.

Two things happen here, both pure functions of the page results:

* **entity merging** -- every :class:`~kg.model.ArticleEntity` with the same
  :func:`~kg.model.entity_id` (coarse class + canonical name) becomes one
  corpus-level :class:`~kg.model.Entity` (types, aliases and articles are unions);
* **co-mentions** -- two different entities with a mention in the same sentence
  are linked by a :class:`~kg.model.CoMention` weighted by the number of such
  sentences.

It also owns the one way facts (roles, honors, links), which name entities by
their article-level canonical name or alias, are resolved to entity ids:
:func:`name_index`, :func:`resolve_name` and the ``resolved_*`` iterators used by
the graph and RDF exporters.

Everything returned is sorted: pages by id, entities by id, co-mentions by
``(a, b)``, article ids and aliases lexicographically, types by
:class:`~kg.model.EntityType` declaration order.
"""
from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from itertools import groupby
from operator import itemgetter
from typing import Iterable, Iterator, NamedTuple

from .model import (ArticleResult, CoMention, Corpus, Entity, EntityType, Evidence, Honor,
                    Link, PageResult, Role, SkippedFile)
from .settings import Settings
from .spool import ExternalSort, ItemSpool, PageSpool

__all__ = [
    "assemble", "merge_entities", "comentions", "DiskAggregates", "sort_types", "fact_key",
    "name_index", "resolve_name",
    "ResolvedRole", "ResolvedHonor", "ResolvedLink", "Unresolved",
    "resolved_roles", "resolved_honors", "resolved_links", "roles_of", "honors_of", "links_of",
    "unresolved_references", "unresolved_of",
]

_TYPE_ORDER = {t: i for i, t in enumerate(EntityType)}

#: ``Evidence.source`` of the evidence kept on co-mention edges.
COMENTION_SOURCE = "corpus:comention.v1"


def sort_types(types: Iterable) -> tuple[EntityType, ...]:
    """Unique :class:`EntityType` values in declaration order.

    >>> sort_types(["worker", "official", "worker"])
    (<EntityType.OFFICIAL: 'official'>, <EntityType.WORKER: 'worker'>)
    """
    return tuple(sorted({EntityType(t) for t in types}, key=_TYPE_ORDER.__getitem__))


# ----------------------------------------------------------------- assembling
def assemble(page_results: Iterable[PageResult], skipped: Iterable[SkippedFile] = (),
             settings: Settings = Settings(), aggregates: "DiskAggregates | None" = None) -> Corpus:
    """Build the corpus: pages sorted by id, merged entities, weighted co-mentions.

    Parameters
    ----------
    page_results : iterable of PageResult
        One per input page, in any order.
    skipped : iterable of SkippedFile
        Inputs the pipeline could not read; kept (sorted by path) for reporting.
    settings : Settings
        ``comention_evidence`` bounds the evidence kept per co-mention.
    aggregates : DiskAggregates, optional
        Already fed every page of a :class:`~kg.spool.PageSpool` (a build does it
        while the pages are extracted): the entities and co-mentions come from it.
    """
    spooled = isinstance(page_results, PageSpool)
    if spooled:   # stays on disk: sorted by id without loading
        ids = page_results.keys
        pages = page_results.ordered(sorted(ids)) if ids != sorted(ids) else page_results
    else:
        pages = tuple(sorted(page_results, key=lambda p: p.page.id))
        ids = [p.page.id for p in pages]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i, n in Counter(ids).items() if n > 1})
        raise ValueError(f"duplicate page ids {dup}: two input files share a file stem")
    if spooled:   # a corpus of any size: the aggregates are sorted and kept on disk too
        if aggregates is None:
            aggregates = DiskAggregates(settings.comention_evidence, page_results.tmp_dir)
            for p in pages:
                aggregates.add_page(p)
        entities, pairs = aggregates.finish()
    else:
        entities = merge_entities(_articles_of(pages))
        pairs = comentions(_articles_of(pages), settings.comention_evidence)
    return Corpus(
        pages=pages, entities=entities, comentions=pairs,
        skipped=tuple(sorted(skipped, key=lambda s: (s.path, s.reason))),
    )


def _articles_of(pages) -> Iterator[ArticleResult]:
    for p in pages:
        yield from sorted(p.articles, key=lambda a: a.article.index)


def merge_entities(articles: Iterable[ArticleResult]) -> tuple[Entity, ...]:
    """Merge article entities by id; sorted by id.

    ``name`` is the canonical name (the id hashes it, so all merged records share
    it), ``types`` and ``aliases`` are unions, ``mention_count`` sums the mentions.
    """
    acc: dict[str, dict] = {}
    for ar in articles:
        for ae in ar.entities:
            slot = acc.setdefault(ae.id, {"name": ae.name, "types": set(), "aliases": set(),
                                          "articles": set(), "mentions": 0})
            slot["types"].update(ae.types)
            slot["aliases"].update(ae.aliases)
            slot["articles"].add(ar.article.id)
            slot["mentions"] += len(ae.mentions)
    return tuple(_entity(eid, s["name"], s["types"], s["aliases"], s["articles"], s["mentions"])
                 for eid, s in sorted(acc.items()))


def comentions(articles: Iterable[ArticleResult], max_evidence: int = 3) -> tuple[CoMention, ...]:
    """Pairs of different entities mentioned in the same sentence; sorted by ``(a, b)``.

    ``weight`` counts distinct (article, sentence) pairs; ``evidence`` holds the
    first ``max_evidence`` of those sentences in (article id, sentence index) order,
    quoting the whole sentence. Mentions without a sentence (index < 0) are ignored.
    One pass; memory: per pair its weight, article ids and kept evidence (a mention
    names a sentence of its own article).
    """
    # per pair: [weight, article ids, up to max_evidence (where, Evidence), smallest first]
    pairs: dict[tuple[str, str], list] = {}
    for ar in articles:
        own = {s.index: s for s in ar.sentences}
        for where, ids in _sentence_entities(ar).items():
            evidence = None
            ordered = sorted(ids)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    slot = pairs.get((a, b))
                    if slot is None:
                        slot = pairs[(a, b)] = [0, set(), []]
                    slot[0] += 1
                    slot[1].add(where[0])
                    kept = slot[2]
                    if len(kept) < max_evidence or where < kept[-1][0]:
                        if evidence is None:
                            sentence = own.get(where[1]) if where[0] == ar.article.id else None
                            evidence = _sentence_evidence(sentence, where)
                        bisect.insort(kept, (where, evidence), key=lambda x: x[0])
                        del kept[max_evidence:]
    return tuple(_comention(a, b, weight, arts, [ev for _, ev in kept])
                 for (a, b), (weight, arts, kept) in sorted(pairs.items()))


class DiskAggregates:
    """:func:`merge_entities` and :func:`comentions` in bounded memory, fed one article
    at a time in any order (a build feeds pages as they come back from the workers):
    one record per article entity and per (pair, sentence) goes to an
    :class:`~kg.spool.ExternalSort`; :meth:`finish` folds the sorted records into
    :class:`~kg.model.Entity` and :class:`~kg.model.CoMention` items kept in
    :class:`~kg.spool.ItemSpool` files in ``tmp_dir``. Equal to the in-memory results."""

    def __init__(self, max_evidence: int = 3, tmp_dir=None):
        self.max_evidence, self.tmp_dir = max_evidence, tmp_dir
        self._entities = ExternalSort(tmp_dir)   # (id, name, types, aliases, article id, mentions)
        self._pairs = ExternalSort(tmp_dir)      # (a, b, article id, sentence, start, end, quote)

    def add_page(self, page: PageResult) -> None:
        self.add_records(*page_records(page))

    def add_records(self, entities, pairs) -> None:
        """Add a page's :func:`page_records` (made where the page was extracted)."""
        for record in entities:
            self._entities.add(record, len(record[0]) + len(record[1]) + len(record[4]) + 16)
        for record in pairs:
            self._pairs.add(record, len(record[0]) + len(record[1]) + len(record[2]) + len(record[6]) + 16)

    def finish(self) -> tuple[ItemSpool, ItemSpool]:
        """``(entities sorted by id, co-mentions sorted by (a, b))``; call once."""
        entities = ItemSpool(self.tmp_dir)
        for eid, records in groupby(self._entities, key=itemgetter(0)):
            types, aliases, articles, mentions, name = set(), set(), set(), 0, None
            for _, name, t, a, aid, n in records:
                types.update(t)
                aliases.update(a)
                articles.add(aid)
                mentions += n
            entities.append(_entity(eid, name, types, aliases, articles, mentions))
        pairs = ItemSpool(self.tmp_dir)
        for (a, b), records in groupby(self._pairs, key=itemgetter(0, 1)):
            weight, articles, evidence = 0, set(), []
            for _, _, aid, sidx, start, end, quote in records:
                weight += 1
                articles.add(aid)
                if len(evidence) < self.max_evidence:
                    evidence.append(Evidence(aid, sidx, start, end, quote, COMENTION_SOURCE))
            pairs.append(_comention(a, b, weight, articles, evidence))
        return entities.seal(), pairs.seal()


def _entity(eid, name, types, aliases, articles, mentions) -> Entity:
    return Entity(id=eid, name=name, types=sort_types(types), aliases=tuple(sorted(aliases - {name})),
                  article_ids=tuple(sorted(articles)), mention_count=mentions)


def _comention(a, b, weight, articles, evidence) -> CoMention:
    return CoMention(a=a, b=b, weight=weight, article_ids=tuple(sorted(articles)), evidence=tuple(evidence))


def page_records(page: PageResult) -> tuple[list[tuple], list[tuple]]:
    """What :class:`DiskAggregates` keeps of a page: one record per article entity
    ``(id, name, types, aliases, article id, mentions)`` and one per co-mentioned pair
    and sentence ``(a, b, article id, sentence, start, end, quote)``. Plain tuples, so
    a worker process can make them and send them back with the page."""
    entities, pairs = [], []
    for ar in page.articles:
        aid = ar.article.id
        for ae in ar.entities:
            entities.append((ae.id, ae.name, tuple(str(t) for t in ae.types), ae.aliases, aid, len(ae.mentions)))
        own = {s.index: s for s in ar.sentences}
        for where, ids in _sentence_entities(ar).items():
            ev = _sentence_evidence(own.get(where[1]) if where[0] == aid else None, where)
            ordered = sorted(ids)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    pairs.append((a, b, where[0], where[1], ev.start, ev.end, ev.quote))
    return entities, pairs


def _sentence_entities(ar: ArticleResult) -> dict[tuple[str, int], set[str]]:
    """``{(article id, sentence index): ids of the entities mentioned there}``."""
    by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    for ae in ar.entities:
        for m in ae.mentions:
            if m.sentence_index >= 0:
                by_sentence[(m.article_id or ar.article.id, m.sentence_index)].add(ae.id)
    return by_sentence


def _sentence_evidence(sentence, where: tuple[str, int]) -> Evidence:
    if sentence is None:  # a mention pointing at a sentence the article lacks
        return Evidence(where[0], where[1], -1, -1, "", COMENTION_SOURCE)
    return Evidence(where[0], where[1], sentence.start, sentence.end, sentence.text, COMENTION_SOURCE)


# ------------------------------------------------------------ name resolution
def name_index(article: ArticleResult) -> dict[str, str]:
    """Map every canonical name and alias of an article to its entity id.

    Canonical names win over aliases; among aliases the first entity (in
    article order) wins.
    """
    index: dict[str, str] = {}
    for ae in article.entities:
        index.setdefault(ae.name, ae.id)
    for ae in article.entities:
        for alias in ae.aliases:
            index.setdefault(alias, ae.id)
    return index


def resolve_name(article: ArticleResult, name: str | None, index: dict[str, str] | None = None
                 ) -> str | None:
    """Entity id of an article-level name (canonical or alias), or None."""
    if name is None:
        return None
    return (index if index is not None else name_index(article)).get(name)


class ResolvedRole(NamedTuple):
    article: ArticleResult
    role: Role
    person_id: str
    org_id: str | None   # None when the role has no organisation


class ResolvedHonor(NamedTuple):
    article: ArticleResult
    honor: Honor
    holder_id: str


class ResolvedLink(NamedTuple):
    article: ArticleResult
    link: Link
    source_id: str
    target_id: str


class Unresolved(NamedTuple):
    article_id: str
    kind: str       # "role", "honor" or "link"
    name: str


def fact_key(fact):
    """Sort key of a Role, Honor or Link (safe with ``org=None``)."""
    if isinstance(fact, Role):
        return (fact.person, fact.title, fact.org is not None, fact.org or "", fact.evidence)
    if isinstance(fact, Honor):
        return (fact.holder, fact.honor, fact.evidence)
    return (fact.source, str(fact.rel), fact.target, fact.evidence)


def roles_of(ar: ArticleResult, index: dict[str, str] | None = None) -> Iterator[ResolvedRole]:
    """The resolved roles of one article (see :func:`resolved_roles`)."""
    index = name_index(ar) if index is None else index
    for r in sorted(ar.roles, key=fact_key):
        pid, oid = index.get(r.person), index.get(r.org) if r.org is not None else None
        if pid is not None and (r.org is None or oid is not None):
            yield ResolvedRole(ar, r, pid, oid)


def honors_of(ar: ArticleResult, index: dict[str, str] | None = None) -> Iterator[ResolvedHonor]:
    """The resolved honors of one article (see :func:`resolved_honors`)."""
    index = name_index(ar) if index is None else index
    for h in sorted(ar.honors, key=fact_key):
        hid = index.get(h.holder)
        if hid is not None:
            yield ResolvedHonor(ar, h, hid)


def links_of(ar: ArticleResult, index: dict[str, str] | None = None) -> Iterator[ResolvedLink]:
    """The resolved links of one article (see :func:`resolved_links`)."""
    index = name_index(ar) if index is None else index
    for ln in sorted(ar.links, key=fact_key):
        sid, tid = index.get(ln.source), index.get(ln.target)
        if sid is not None and tid is not None:
            yield ResolvedLink(ar, ln, sid, tid)


def resolved_roles(corpus: Corpus) -> Iterator[ResolvedRole]:
    """Roles whose person (and org, if any) name an entity of their article."""
    for ar in corpus.iter_articles():
        yield from roles_of(ar)


def resolved_honors(corpus: Corpus) -> Iterator[ResolvedHonor]:
    """Honors whose holder names an entity of their article."""
    for ar in corpus.iter_articles():
        yield from honors_of(ar)


def resolved_links(corpus: Corpus) -> Iterator[ResolvedLink]:
    """Links whose both ends name entities of their article."""
    for ar in corpus.iter_articles():
        yield from links_of(ar)


def unresolved_of(ar: ArticleResult, index: dict[str, str] | None = None) -> set[Unresolved]:
    """The names of one article's facts that match no entity of it."""
    index = name_index(ar) if index is None else index
    out = set()
    for r in ar.roles:
        for name in (r.person, r.org):
            if name is not None and name not in index:
                out.add(Unresolved(ar.article.id, "role", name))
    for h in ar.honors:
        if h.holder not in index:
            out.add(Unresolved(ar.article.id, "honor", h.holder))
    for ln in ar.links:
        for name in (ln.source, ln.target):
            if name not in index:
                out.add(Unresolved(ar.article.id, "link", name))
    return out


def unresolved_references(corpus: Corpus) -> tuple[Unresolved, ...]:
    """Names used by facts that match no entity of their article (sorted, unique).

    The graph and RDF leave such facts out; ``build.json`` counts them so they
    are never dropped silently.
    """
    out = set()
    for ar in corpus.iter_articles():
        out |= unresolved_of(ar)
    return tuple(sorted(out))
