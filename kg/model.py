"""The records that flow between kg's stages, in one direction only.

    path -ingest-> Page -articles-> Article -segment-> Sentence
      -mentions-> Mention -resolve-> ArticleEntity -relations-> Role | Honor | Link
      -pipeline-> PageResult -> Corpus (Entity, CoMention) -> graph -> exports

Every record is a frozen dataclass: no I/O, no behaviour beyond small helpers
and validation. Offsets are character offsets into ``Article.text`` (end
exclusive) unless a field says otherwise.
"""
from __future__ import annotations

import bisect
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "EntityType", "LinkRel", "PERSON_TYPES", "ORG_TYPES",
    "Line", "Page", "Byline", "Article", "Sentence", "Mention",
    "Evidence", "ArticleEntity", "Role", "Honor", "Link",
    "ArticleResult", "PageResult", "Entity", "CoMention", "SkippedFile", "Corpus",
    "entity_id", "coarse_class",
]


class EntityType(str, Enum):
    """Entity types of the evaluation vocabulary (shared/eval/GUIDELINES.md)."""

    UNION = "union"
    OFFICIAL = "official"
    WORKER = "worker"
    JOURNALIST = "journalist"
    COMPANY = "company"
    DISTRICT = "district"
    GOVERNMENT = "government"
    ORGANIZATION = "organization"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


PERSON_TYPES = frozenset({EntityType.OFFICIAL, EntityType.WORKER, EntityType.JOURNALIST})
ORG_TYPES = frozenset({EntityType.UNION, EntityType.COMPANY, EntityType.GOVERNMENT,
                       EntityType.ORGANIZATION})


class LinkRel(str, Enum):
    LOCATED_IN = "located_in"
    PART_OF = "part_of"
    UNION_OF = "union_of"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


def coarse_class(types) -> str:
    """``person``, ``place`` or ``org`` for a collection of EntityType values."""
    ts = {EntityType(t) for t in types}
    if ts & PERSON_TYPES:
        return "person"
    if EntityType.DISTRICT in ts:
        return "place"
    return "org"


def entity_id(name: str, types) -> str:
    """Stable ASCII id of an entity: coarse class + hash of its canonical name.

    The same canonical name of the same coarse class gets the same id in every
    build and every corpus (persons with the same name share an id: see README,
    "Identity").

    >>> entity_id("北京市总工会", ["union"])
    'org-dbfe315130e99f0b'
    """
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).hexdigest()
    return f"{coarse_class(types)}-{digest}"


# --------------------------------------------------------------------- ingest
@dataclass(frozen=True)
class Line:
    """One source line after decoding and normalisation.

    ``number`` is 1-based in the source file; ``heading`` is the Markdown heading
    level (0 for plain text) that was stripped from ``text``; ``block`` marks a
    list item or a whole-line bold heading, which is never joined to a neighbour.
    """

    number: int
    text: str
    heading: int = 0
    block: bool = False


@dataclass(frozen=True)
class Page:
    id: str            # file stem, e.g. "000_53917cadd8d777eb"
    path: str          # as given by the user (relative paths stay relative)
    name: str          # file name, e.g. "000_53917cadd8d777eb.txt"
    sha256: str        # of the raw bytes
    encoding: str      # "utf-8", "utf-8-sig" or "gb18030"
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


# ------------------------------------------------------------------- articles
@dataclass(frozen=True)
class Byline:
    title: str         # 记者 / 实习记者 / 通讯员 / 摄影 ...; "" for a comment's signature (□ 某某)
    name: str
    start: int         # offset of the name in Article.text, -1 if outside the body
    end: int


@dataclass(frozen=True)
class Article:
    id: str                      # "{page_id}#{index:02d}"
    page_id: str
    index: int
    headline: str
    decks: tuple[str, ...]       # sub-headlines / decks, in order
    bylines: tuple[Byline, ...]
    text: str                    # headline + decks + body, column breaks repaired
    line_map: tuple[tuple[int, int], ...]  # (offset in text, source line) breakpoints, sorted

    def source_line(self, offset: int) -> int:
        """Source line number (1-based) of a character offset in ``text``."""
        starts = [o for o, _ in self.line_map]
        i = bisect.bisect_right(starts, offset) - 1
        return self.line_map[max(i, 0)][1] if self.line_map else 0


@dataclass(frozen=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str


# ------------------------------------------------------------------- mentions
@dataclass(frozen=True, order=True)
class Mention:
    """A typed span of an article: a view, like a spaCy ``Span``."""

    article_id: str
    start: int
    end: int
    text: str
    type: EntityType | str       # EntityType, or "person" before a role decides it
    source: str                  # rule or model id, e.g. "rule:org_suffix.v1"
    sentence_index: int = -1


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact was said: article, sentence and character span."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    quote: str
    source: str = ""


@dataclass(frozen=True)
class ArticleEntity:
    """An entity as it appears in one article (the gold schema's unit)."""

    name: str                       # canonical name in this article
    types: tuple[EntityType, ...]
    aliases: tuple[str, ...]        # other surface forms used in this article
    mentions: tuple[Mention, ...] = field(default=(), compare=False, repr=False)

    @property
    def id(self) -> str:
        return entity_id(self.name, self.types)


@dataclass(frozen=True, order=True)
class Role:
    person: str          # canonical names (article level)
    title: str
    org: str | None
    evidence: Evidence


@dataclass(frozen=True, order=True)
class Honor:
    holder: str
    honor: str
    evidence: Evidence


@dataclass(frozen=True, order=True)
class Link:
    source: str
    rel: LinkRel
    target: str
    evidence: Evidence


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[ArticleEntity, ...]
    roles: tuple[Role, ...]
    honors: tuple[Honor, ...]
    links: tuple[Link, ...]
    uncertain: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageResult:
    page: Page
    articles: tuple[ArticleResult, ...]


# --------------------------------------------------------------------- corpus
@dataclass(frozen=True)
class Entity:
    """A corpus-level entity: article entities merged by canonical name."""

    id: str
    name: str
    types: tuple[EntityType, ...]
    aliases: tuple[str, ...]
    article_ids: tuple[str, ...]
    mention_count: int


@dataclass(frozen=True)
class CoMention:
    """Two entities named in the same sentence (``a`` < ``b`` by id)."""

    a: str
    b: str
    weight: int                          # number of sentences naming both
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]       # first few sentences, for provenance


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    pages: Sequence[PageResult]          # a tuple, or a kg.spool.PageSpool (on disk)
    entities: Sequence[Entity]           # sorted by id; a tuple, or a kg.spool.ItemSpool (on disk)
    comentions: Sequence[CoMention]      # sorted by (a, b); likewise
    skipped: tuple[SkippedFile, ...] = ()

    def entity(self, entity_id_: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id_:
                return e
        raise KeyError(entity_id_)

    @property
    def articles(self) -> tuple[ArticleResult, ...]:
        """Every article, page after page (all in memory: prefer :meth:`iter_articles`)."""
        return tuple(self.iter_articles())

    def iter_articles(self):
        """Every article, page after page, one page in memory at a time."""
        for p in self.pages:
            yield from p.articles
