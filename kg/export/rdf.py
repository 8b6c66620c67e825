"""Corpus -> RDF: ``kg.ttl`` (Turtle), ``kg.nt`` (sorted N-Triples), ``kg.jsonld``
(JSON-LD with a prefix @context) and ``kg.nq`` (sorted N-Quads, one named graph
per article plus one for the corpus-level aggregates).

Standards first: schema.org types, W3C ORG for posts, SKOS for names, PROV-O for
provenance, W3C Web Annotation for text spans. The ``kg:`` vocabulary adds only
what they lack; it is closed (:class:`kg.vocab.KG`) and every term is declared,
in English and Chinese, in the OWL ontology ``kg/ontology/kg.ttl``. The output
satisfies the SHACL shapes of ``kg/ontology/shapes.ttl`` (tested on the seeds).

The model, with ``<b>`` the base IRI (setting ``base_iri``, default
``https://kg.example.org/``) and ``h(...)`` a 16-hex-digit BLAKE2b hash of its
arguments:

* **entity** ``<b>entity/<id>``: ``a`` one schema.org class and one ``kg:`` class
  per type (union -> schema:WorkersUnion + kg:Union, official/worker/journalist ->
  schema:Person, company -> schema:Corporation, district -> schema:AdministrativeArea,
  government -> schema:GovernmentOrganization, organization -> schema:Organization),
  plus ``org:Organization`` for unions, companies, government bodies and other
  organisations; ``skos:prefLabel "name"@zh`` (exactly one), ``skos:altLabel``
  per alias, ``kg:mentionCount``.
* **article** ``<b>article/<page id>-<index:02d>``: ``a schema:NewsArticle``,
  ``schema:headline "..."@zh``, ``dcterms:source "page file name"``,
  ``dcterms:identifier "page#01"``, ``schema:mentions`` each entity it names.
* **role** ``<b>membership/h(person, title, org)`` ``a org:Membership``:
  ``org:member``, ``org:organization`` (when the role has one), ``org:role``
  ``<b>role/h(title)`` (``a org:Role; skos:prefLabel "副主席"@zh``),
  ``prov:wasDerivedFrom`` each article, ``kg:evidence`` each evidence. One
  membership per distinct (person, title, organisation) statement: the same post
  stated in two articles is one membership with two evidence nodes. Shortcuts:
  ``person org:memberOf org`` and, when the title is a head-of-body title
  (:data:`HEAD_TITLES`: 主席, 董事长, 院长 ... never 副主席), ``person org:headOf org``.
* **evidence** ``<b>evidence/h(article, sentence, start, end, quote, source)``
  ``a kg:Evidence, oa:SpecificResource``: ``kg:start``/``kg:end`` (character
  offsets of the span that states the fact -- a name, a title chain -- end
  exclusive, into the article's text: headline + decks + body as kg reads it),
  ``kg:sentence`` (index, from 0, of the sentence holding the span),
  ``kg:quote "..."@zh`` (that whole sentence), ``kg:extractedBy
  "rule:title_chain.v1"`` (the rule or model id) and ``prov:wasAttributedTo
  <b>extractor/<id>`` (``a prov:SoftwareAgent``), ``prov:wasDerivedFrom`` and
  ``oa:hasSource`` the article, and ``oa:hasSelector`` two selectors of the same
  span: ``<b>evidence/<h>/position`` ``a oa:TextPositionSelector; oa:start;
  oa:end`` and ``<b>evidence/<h>/quote`` ``a oa:TextQuoteSelector; oa:exact`` (the
  span's text), ``oa:prefix``/``oa:suffix`` (the rest of its sentence, so
  prefix + exact + suffix = ``kg:quote``). Evidence whose offsets are unknown
  (negative) is left out; the fact keeps ``prov:wasDerivedFrom`` its article.
* **honor** -- award nodes, so every honor keeps its provenance:
  ``<b>honor-award/h(holder, honor)`` ``a kg:HonorAward``: ``kg:awardee`` entity,
  ``kg:honor`` ``<b>honor/h(honor)`` (``a kg:Honor; skos:prefLabel``),
  ``prov:wasDerivedFrom``, ``kg:evidence``; plus the shortcut ``entity kg:hasHonor honor``.
* **link** -- the direct triple (``kg:locatedIn``, plus ``schema:containedInPlace``
  when the source is itself a place; ``org:subOrganizationOf`` for part_of;
  ``kg:unionOf``), reified for provenance as ``<b>statement/h(s, p, o)``
  ``a rdf:Statement`` with ``rdf:subject/predicate/object``, ``prov:wasDerivedFrom``
  and ``kg:evidence``.
* **co-mention** ``<b>comention/h(a, b)`` ``a kg:CoMention``: ``kg:participant``
  ×2, ``kg:weight`` (xsd:integer, the number of sentences naming both),
  ``prov:wasDerivedFrom`` each article, ``kg:evidence`` (the first few sentences);
  plus the symmetric shortcut ``a kg:coMentionedWith b`` and ``b ... a``.

**Why Web Annotation, not NIF.** Web Annotation is a W3C Recommendation with a
selector for exactly what we have (a quote and its character offsets), understood
by annotation tools; it needs no copy of the article text in the graph.
NIF 2.0 is a community specification whose offsets only make sense against a
``nif:Context`` holding the whole text (``nif:isString``), and it mints IRIs from
offsets, tying identity to one segmentation. The older ``kg:start/end/quote``
stay for existing queries (``kg:start``/``kg:end`` equal ``oa:start``/``oa:end``).

**Identity.** Instance IRIs are ASCII, never blank nodes, and depend only on
what they name, never on the rest of the corpus, the input order or the build:
an entity IRI is ``<b>entity/`` + :func:`kg.model.entity_id` -- its coarse class
(``person``, ``org``, ``place``) and a hash of its canonical name -- so the same
union gets the same IRI when more pages are added. Names live in labels. Two
persons with the same name therefore share one IRI in this version; the merge is
not silent: every person node keeps, per article, the article that names it
(``schema:mentions``) and each membership keeps its own evidence, so a homonym
shows as memberships with unrelated organisations and can be split by article.
A later version that separates homonyms keeps ``person-h(name)`` for the first
and mints new IRIs only for the others. Page ids are percent-encoded.

**Named graphs (kg.nq).** ``<b>graph/article/<page id>-<index>`` holds what one
article says: the article node, its entities' types and labels as that article
gives them, and every membership, honor, link and evidence taken from it;
``<b>graph/corpus`` holds what depends on the whole corpus: the merged entities
(types, labels, ``kg:mentionCount``) and the co-mentions. The union of all graphs
is exactly ``kg.nt``. To update a store incrementally, drop and reload the graphs
of the articles that changed and replace the corpus graph. N-Quads (not TriG),
because one statement per line, sorted by graph, is what bulk loaders stream
fastest and what ``diff``, ``grep`` and ``split`` handle.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections import defaultdict
from contextlib import nullcontext
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from .._io import atomic_write_text, indented_json
from ._sink import ExternalSort, MemorySink
from ..spool import ItemSpool
from ..corpus import honors_of, links_of, name_index, roles_of
from ..errors import ExportError
from ..model import Corpus, Evidence

__all__ = ["to_rdf", "to_dataset", "serialize_turtle", "serialize_ntriples",
           "serialize_nquads", "serialize_jsonld", "jsonld_context", "render_rdf",
           "write_rdf", "stream_rdf", "Minter", "HEAD_TITLES", "RDF_FILES"]

LANG = "zh"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_INTEGER = _XSD + "integer"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
#: The files :func:`render_rdf` returns.
RDF_FILES = ("kg.jsonld", "kg.nq", "kg.nt", "kg.ttl")

#: Titles whose holder heads the organisation itself (exact match): a membership
#: with one of these adds the shortcut ``person org:headOf org``.
HEAD_TITLES = frozenset({
    "主席", "书记", "主任", "董事长", "总裁", "总经理", "院长", "校长", "所长", "局长",
    "厅长", "处长", "科长", "部长", "会长", "理事长", "社长", "馆长", "站长", "行长",
    "省长", "市长", "区长", "县长", "镇长", "乡长", "队长", "组长", "班长", "委员长",
})


@functools.lru_cache(maxsize=1 << 16)
def _quoted(text: str) -> str:
    return quote(text, safe="")


def _hash(*parts) -> str:
    data = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(data.encode("utf-8"), digest_size=8).hexdigest()


def _evidence_hash(ev: Evidence) -> str:
    return _hash(ev.article_id, ev.sentence_index, ev.start, ev.end, ev.quote, ev.source)


class _PlainNS:
    """A namespace whose terms are plain ``str``, looked up once (rdflib's term
    lookup costs a microsecond per triple); unknown terms still raise."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._ns, name))
        setattr(self, name, value)
        return value


@functools.lru_cache(maxsize=None)
def _ns(name: str) -> _PlainNS:
    """The vocabulary namespace ``name`` (RDF, ORG, KG ...) with plain-str terms, loaded once."""
    from .. import vocab
    return _PlainNS(getattr(vocab, name))


class Minter:
    """Mints the instance IRIs of one export under ``base``.

    >>> m = Minter("https://ex.org/kg/")
    >>> str(m.entity("org-0123"))
    'https://ex.org/kg/entity/org-0123'
    >>> str(m.article_id("第1版#02"))
    'https://ex.org/kg/article/%E7%AC%AC1%E7%89%88-02'
    >>> str(m.article_graph("第1版#02"))
    'https://ex.org/kg/graph/article/%E7%AC%AC1%E7%89%88-02'
    """

    def __init__(self, base: str):
        if not isinstance(base, str) or not base.isascii() \
                or not base.startswith(("http://", "https://")) \
                or not base.endswith(("/", "#")) or any(c in base for c in ' <>"{}|\\^`'):
            raise ExportError(f"RDF base IRI {base!r} must be an ASCII http(s) IRI ending in '/' or '#'")
        self.base = base

    def _iri(self, kind: str, local: str):
        from rdflib import URIRef
        return URIRef(f"{self.base}{kind}/{local}")

    def entity(self, eid: str) -> str:
        return self._iri("entity", _quoted(eid))

    @staticmethod
    def _article_local(article_id: str) -> str:
        page_id, _, index = article_id.rpartition("#")
        return f"{quote(page_id, safe='')}-{quote(index, safe='')}"

    def article_id(self, article_id: str):
        return self._iri("article", self._article_local(article_id))

    def article(self, ar):
        return self.article_id(ar.article.id)

    def article_graph(self, article_id: str):
        return self._iri("graph/article", self._article_local(article_id))

    def corpus_graph(self):
        return self._iri("graph", "corpus")

    def membership(self, person: str, title: str, org: str | None):
        return self._iri("membership", _hash(person, title, org))

    def role(self, title: str):
        return self._iri("role", _hash(title))

    def evidence(self, ev: Evidence):
        return self.evidence_node(_evidence_hash(ev))

    def selector(self, ev: Evidence, kind: str):
        """``<evidence IRI>/position`` or ``/quote``: the Web Annotation selectors."""
        return self.evidence_node(_evidence_hash(ev), kind)

    def evidence_node(self, digest: str, selector: str = ""):
        """The evidence IRI of an :func:`_evidence_hash` (or one of its selectors'):
        for a caller that has the hash already."""
        return self._iri("evidence", f"{digest}/{selector}" if selector else digest)

    def extractor(self, source: str):
        return self._iri("extractor", quote(source, safe=""))

    def honor(self, honor: str):
        return self._iri("honor", _hash(honor))

    def honor_award(self, holder: str, honor: str):
        return self._iri("honor-award", _hash(holder, honor))

    def statement(self, s, p, o):
        return self._iri("statement", _hash(s, p, o))

    def comention(self, a: str, b: str):
        return self._iri("comention", _hash(a, b))


class _PlainMinter(Minter):
    """The export's own minter: the same IRIs as plain ``str`` (no rdflib terms per triple)."""

    def _iri(self, kind: str, local: str) -> str:
        return f"{self.base}{kind}/{local}"


# ----------------------------------------------------------------- the graph
class _Lit(NamedTuple):
    """A literal as the export holds it: lexical form, language tag, datatype IRI
    ("" when absent). Plain tuples hash and compare in C, unlike rdflib terms."""

    value: str
    lang: str = ""
    datatype: str = ""


class _Quads:
    """Triples per named graph (sets: adding twice is harmless). IRIs are plain
    ``str``, literals :class:`_Lit`."""

    def __init__(self):
        self.graphs: dict = defaultdict(set)

    def add(self, graph, s, p, o) -> None:
        self.graphs[str(graph)].add((str(s), str(p), o if type(o) is _Lit else str(o)))

    def end_graph(self, graph=None) -> None:
        """Nothing to do: the graphs are sets already."""

    def union(self) -> set:
        out: set = set()
        for triples in self.graphs.values():
            out |= triples
        return out


def _new_graph(g=None):
    """An empty rdflib Graph (or ``g``) with exactly kg's prefixes bound."""
    from rdflib import Graph

    from ..vocab import PREFIXES

    g = Graph(bind_namespaces="none") if g is None else g
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def _quads(corpus: Corpus, base: str | None) -> _Quads:
    return _fill(_Quads(), corpus, base)


def _fill(q, corpus: Corpus, base: str | None):
    """Add every quad of the corpus to ``q`` (a :class:`_Quads` or :class:`_Lines`)."""
    from ..vocab import DEFAULT_BASE

    m = _PlainMinter(base or DEFAULT_BASE)
    _add_entities(q, m, corpus)
    # article by article: each article's named graph is complete when its turn ends
    # an assembled corpus on disk names every article entity at corpus level (no set of
    # a million ids needed); a corpus made by hand may not
    known = _Everything() if isinstance(corpus.entities, ItemSpool) else {e.id for e in corpus.entities}
    places = {e.id for e in corpus.entities if any(str(t) == "district" for t in e.types)}
    for page in corpus.pages:
        for ar in page.articles:
            graph, index = m.article_graph(ar.article.id), name_index(ar)
            _add_article(q, m, page, ar, known)
            for rr in roles_of(ar, index):
                _add_role(q, m, rr)
            for rh in honors_of(ar, index):
                _add_honor(q, m, rh)
            for rl in links_of(ar, index):
                _add_link(q, m, rl, places)
            q.end_graph(graph)
    _add_comentions(q, m, corpus)
    return q


class _Everything:
    def __contains__(self, item) -> bool:
        return True


def _rdflib_term(t):
    from rdflib import Literal, URIRef

    if type(t) is _Lit:
        return Literal(t.value, lang=t.lang or None, datatype=URIRef(t.datatype) if t.datatype else None)
    return URIRef(t)


def _union_graph(q: _Quads):
    g = _new_graph()
    for triple in q.union():
        g.add(tuple(_rdflib_term(t) for t in triple))
    return g


def _dataset(q: _Quads):
    from rdflib import Dataset, URIRef

    ds = _new_graph(Dataset())
    for name, triples in q.graphs.items():
        g = ds.graph(URIRef(name))
        for triple in triples:
            g.add(tuple(_rdflib_term(t) for t in triple))
    return ds


def to_rdf(corpus: Corpus, base: str | None = None):
    """The corpus as an ``rdflib.Graph``: the union of every named graph (see the module docstring)."""
    return _union_graph(_quads(corpus, base))


def to_dataset(corpus: Corpus, base: str | None = None):
    """The corpus as an ``rdflib.Dataset``: one named graph per article plus the corpus graph."""
    return _dataset(_quads(corpus, base))


def _zh(text: str) -> _Lit:
    return _Lit(str(text), LANG)


def _int(n: int) -> _Lit:
    return _Lit(str(int(n)), "", _XSD_INTEGER)


def _str(text: str) -> _Lit:
    return _Lit(str(text))


def _add_entity_node(q: _Quads, graph, node, name: str, types, aliases) -> None:
    ORG, RDF, SKOS = _ns("ORG"), _ns("RDF"), _ns("SKOS")

    from ..vocab import ORG_TYPES, SCHEMA_CLASSES, TYPE_CLASSES

    for t in types:
        q.add(graph, node, RDF.type, SCHEMA_CLASSES[str(t)])
        q.add(graph, node, RDF.type, TYPE_CLASSES[str(t)])
        if str(t) in ORG_TYPES:
            q.add(graph, node, RDF.type, ORG.Organization)
    q.add(graph, node, SKOS.prefLabel, _zh(name))
    for alias in aliases:
        if alias != name:
            q.add(graph, node, SKOS.altLabel, _zh(alias))


def _add_entities(q: _Quads, m: Minter, corpus: Corpus) -> None:
    KG = _ns("KG")

    cg = m.corpus_graph()
    for e in corpus.entities:
        node = m.entity(e.id)
        _add_entity_node(q, cg, node, e.name, e.types, e.aliases)
        q.add(cg, node, KG.mentionCount, _int(e.mention_count))


def _add_article(q: _Quads, m: Minter, page, ar, known: set) -> None:
    DCTERMS, RDF, SDO = _ns("DCTERMS"), _ns("RDF"), _ns("SDO")

    node, graph = m.article(ar), m.article_graph(ar.article.id)
    q.add(graph, node, RDF.type, SDO.NewsArticle)
    q.add(graph, node, SDO.headline, _zh(ar.article.headline))
    q.add(graph, node, DCTERMS.source, _str(page.page.name))
    q.add(graph, node, DCTERMS.identifier, _str(ar.article.id))
    for ae in ar.entities:
        q.add(graph, node, SDO.mentions, m.entity(ae.id))
        if ae.id in known:  # the corpus graph labels it too
            _add_entity_node(q, graph, m.entity(ae.id), ae.name, ae.types, ae.aliases)


def _quote_selector_parts(ar, ev: Evidence) -> tuple[str, str, str] | None:
    """``(prefix, exact, suffix)`` of the span: ``exact`` is the article text from
    ``ev.start`` to ``ev.end``, prefix and suffix the rest of its sentence (empty
    when the span is not inside one sentence); None when the text is unknown."""
    if ar is None or ev.end > len(ar.article.text):
        return None
    text = ar.article.text
    exact = text[ev.start:ev.end]
    if 0 <= ev.sentence_index < len(ar.sentences):
        s = ar.sentences[ev.sentence_index]
        if s.start <= ev.start and ev.end <= s.end:
            return text[s.start:ev.start], exact, text[ev.end:s.end]
    return "", exact, ""


def _add_evidence(q: _Quads, graph, m: Minter, fact, evidence: Evidence, ar=None,
                  written: set | None = None) -> None:
    """The evidence node of ``fact``; ``ar``: the article it quotes (None: a whole
    sentence quoted by a co-mention, which needs no article text). ``written``: the
    evidence hashes whose nodes are in ``graph`` already (their triples are not added again)."""
    PROV, RDF, RDFS = _ns("PROV"), _ns("RDF"), _ns("RDFS")
    KG, OA = _ns("KG"), _ns("OA")

    article = m.article_id(evidence.article_id)
    q.add(graph, fact, PROV.wasDerivedFrom, article)
    if evidence.start < 0 or evidence.end < evidence.start:
        return  # offsets unknown: the article alone is the provenance
    digest = _evidence_hash(evidence)
    node = m.evidence_node(digest)
    q.add(graph, fact, KG.evidence, node)
    if written is not None:
        if digest in written:
            return
        written.add(digest)
    q.add(graph, node, RDF.type, KG.Evidence)
    q.add(graph, node, RDF.type, OA.SpecificResource)
    q.add(graph, node, KG.quote, _zh(evidence.quote))
    q.add(graph, node, KG.start, _int(evidence.start))
    q.add(graph, node, KG.end, _int(evidence.end))
    q.add(graph, node, KG.sentence, _int(evidence.sentence_index))
    q.add(graph, node, PROV.wasDerivedFrom, article)
    q.add(graph, node, OA.hasSource, article)
    position = m.evidence_node(digest, "position")
    q.add(graph, node, OA.hasSelector, position)
    q.add(graph, position, RDF.type, OA.TextPositionSelector)
    q.add(graph, position, OA.start, _int(evidence.start))
    q.add(graph, position, OA.end, _int(evidence.end))
    if ar is None:
        parts = ("", evidence.quote, "")   # the span is its whole sentence
    else:
        parts = _quote_selector_parts(ar if ar.article.id == evidence.article_id else None, evidence)
    if parts is not None:
        prefix, exact, suffix = parts
        quote_ = m.evidence_node(digest, "quote")
        q.add(graph, node, OA.hasSelector, quote_)
        q.add(graph, quote_, RDF.type, OA.TextQuoteSelector)
        q.add(graph, quote_, OA.exact, _zh(exact))
        if prefix:
            q.add(graph, quote_, OA.prefix, _zh(prefix))
        if suffix:
            q.add(graph, quote_, OA.suffix, _zh(suffix))
    if evidence.source:
        agent = m.extractor(evidence.source)
        q.add(graph, node, KG.extractedBy, _str(evidence.source))
        q.add(graph, node, PROV.wasAttributedTo, agent)
        q.add(graph, agent, RDF.type, PROV.SoftwareAgent)
        q.add(graph, agent, RDFS.label, _str(evidence.source))


def _add_role(q: _Quads, m: Minter, rr) -> None:
    ORG, RDF, SKOS = _ns("ORG"), _ns("RDF"), _ns("SKOS")

    graph = m.article_graph(rr.article.article.id)
    person, title = rr.person_id, rr.role.title
    node = m.membership(person, title, rr.org_id)
    role = m.role(title)
    q.add(graph, node, RDF.type, ORG.Membership)
    q.add(graph, node, ORG.member, m.entity(person))
    q.add(graph, node, ORG.role, role)
    q.add(graph, role, RDF.type, ORG.Role)
    q.add(graph, role, SKOS.prefLabel, _zh(title))
    if rr.org_id is not None:
        q.add(graph, node, ORG.organization, m.entity(rr.org_id))
        q.add(graph, m.entity(person), ORG.memberOf, m.entity(rr.org_id))
        if title in HEAD_TITLES:
            q.add(graph, m.entity(person), ORG.headOf, m.entity(rr.org_id))
    _add_evidence(q, graph, m, node, rr.role.evidence, rr.article)


def _add_honor(q: _Quads, m: Minter, rh) -> None:
    RDF, SKOS = _ns("RDF"), _ns("SKOS")
    KG = _ns("KG")

    graph = m.article_graph(rh.article.article.id)
    name = rh.honor.honor
    node, honor = m.honor_award(rh.holder_id, name), m.honor(name)
    q.add(graph, node, RDF.type, KG.HonorAward)
    q.add(graph, node, KG.awardee, m.entity(rh.holder_id))
    q.add(graph, node, KG.honor, honor)
    q.add(graph, honor, RDF.type, KG.Honor)
    q.add(graph, honor, SKOS.prefLabel, _zh(name))
    q.add(graph, m.entity(rh.holder_id), KG.hasHonor, honor)
    _add_evidence(q, graph, m, node, rh.honor.evidence, rh.article)


def _link_predicate(rel: str):
    ORG = _ns("ORG")
    KG = _ns("KG")

    return {"located_in": KG.locatedIn, "part_of": ORG.subOrganizationOf,
            "union_of": KG.unionOf}[rel]


def _add_link(q: _Quads, m: Minter, rl, places: set) -> None:
    RDF, SDO = _ns("RDF"), _ns("SDO")

    graph = m.article_graph(rl.article.article.id)
    rel = str(rl.link.rel)
    s, p, o = m.entity(rl.source_id), _link_predicate(rel), m.entity(rl.target_id)
    q.add(graph, s, p, o)
    if rel == "located_in" and rl.source_id in places:
        q.add(graph, s, SDO.containedInPlace, o)
    node = m.statement(s, p, o)
    q.add(graph, node, RDF.type, RDF.Statement)
    q.add(graph, node, RDF.subject, s)
    q.add(graph, node, RDF.predicate, p)
    q.add(graph, node, RDF.object, o)
    _add_evidence(q, graph, m, node, rl.link.evidence, rl.article)


def _add_comentions(q: _Quads, m: Minter, corpus: Corpus) -> None:
    PROV, RDF = _ns("PROV"), _ns("RDF")
    KG = _ns("KG")

    cg = m.corpus_graph()
    # a sentence naming n entities is the evidence of up to n(n-1)/2 pairs: its node's
    # triples go out once (the set holds 16-hex-digit hashes: ~100 bytes per sentence)
    written: set = set()
    for cm in corpus.comentions:
        node, a, b = m.comention(cm.a, cm.b), m.entity(cm.a), m.entity(cm.b)
        q.add(cg, node, RDF.type, KG.CoMention)
        q.add(cg, node, KG.participant, a)
        q.add(cg, node, KG.participant, b)
        q.add(cg, node, KG.weight, _int(cm.weight))
        for aid in cm.article_ids:
            q.add(cg, node, PROV.wasDerivedFrom, m.article_id(aid))
        for ev in cm.evidence:
            _add_evidence(q, cg, m, node, ev, written=written)
        q.add(cg, a, KG.coMentionedWith, b)
        q.add(cg, b, KG.coMentionedWith, a)


# ------------------------------------------------------------- serialisation
# The writers work on the export's own terms (IRIs as str, literals as _Lit); no
# rdflib Graph is built for them, and no format is ever held whole in memory:
#
# 1. every quad becomes an N-Triples line, fed to two bounded-memory sorts
#    (kg._sink.ExternalSort: sorted runs spill to anonymous temp files and are
#    merged): the unique lines (kg.nt) and the unique ``graph \0 line`` (kg.nq);
# 2. kg.nq is written from its sort; kg.nt from the other, and as its lines
#    stream by, grouped by subject, each subject becomes one Turtle block and one
#    JSON-LD node object; JSON-LD's are sorted again by IRI, Turtle's by how often
#    the subject is an object (a third sort, of the object IRIs, in the lines'
#    subject order, so the counts join the blocks as they come), then IRI.
#
# kg.nt and kg.nq are the lines rdflib's N-Triples serializer writes, sorted;
# kg.ttl has the layout of rdflib's Turtle serializer (subjects by how often they
# are referenced, then IRI; rdf:type as ``a`` first, then rdfs:label, then the
# other predicates by IRI; objects sorted; prefixed names for the vocabulary,
# full IRIs for instances). Memory: the sort buffers (kg.spool.RUN_CHARS each),
# the largest subject and the open spill files, whatever the corpus size. The
# public serialize_* functions still take rdflib graphs.

def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")


def _nt_term(t) -> str:
    """The N-Triples form of a term (escaping as rdflib's N-Triples serializer)."""
    if type(t) is _Lit:
        if t.lang:
            return f'"{_escape(t.value)}"@{t.lang}'
        if t.datatype:
            return f'"{_escape(t.value)}"^^<{t.datatype}>'
        return f'"{_escape(t.value)}"'
    return f"<{t}>"


_UNESCAPE = re.compile(r"\\(.)", re.S)
_UNESCAPES = {"\\": "\\", "n": "\n", '"': '"', "r": "\r"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _UNESCAPE.sub(lambda m: _UNESCAPES[m.group(1)], text)


def _parse_nt(line: str):
    """``(s, p, o)`` of an N-Triples line written by :func:`_nt_term` (the inverse)."""
    i = line.index("> <", 1)
    j = line.index("> ", i + 3)
    s, p, rest = line[1:i], line[i + 3:j], line[j + 2:-2]
    if rest[0] == "<":
        return s, p, rest[1:-1]
    k = rest.rindex('"')
    value, tail = _unescape(rest[1:k]), rest[k + 1:]
    if tail.startswith("@"):
        return s, p, _Lit(value, tail[1:])
    if tail:
        return s, p, _Lit(value, "", tail[3:-1])
    return s, p, _Lit(value)


class _Lines:
    """Where the export's quads go (the streaming counterpart of :class:`_Quads`):
    N-Triples lines into ``nt`` (sorted, unique) and the N-Quads of each graph.

    A graph's quads arrive together (:func:`_fill` goes article by article and
    calls :meth:`end_graph`; a change of graph also ends one): its lines are
    sorted in memory and kept as one block in ``blocks`` (sorted by graph name).
    Only ``big_graph`` (the corpus graph, as large as the corpus) is sorted
    externally line by line."""

    def __init__(self, tmp_dir=None, quads: bool = True, big_graph: str | None = None):
        self.nt = ExternalSort(tmp_dir, unique=True)
        self.quads, self.big_graph = quads, big_graph
        self.big = ExternalSort(tmp_dir, unique=True) if quads else None
        self.blocks = ExternalSort(tmp_dir) if quads else None   # (graph, seq, nquads text)
        self._graph, self._block, self._seq = None, set(), 0
        self._iris: dict = {}   # vocabulary IRI -> "<iri>" (a small, fixed set)

    def add(self, graph, s, p, o) -> None:
        pt = self._iris.get(p)
        if pt is None:
            pt = self._iris[p] = f"<{str(p)}>"
        line = f"<{s}> {pt} {_nt_term(o) if type(o) is _Lit else f'<{o}>'} ."
        if graph == self.big_graph:
            self.nt.add(line)
            if self.quads:
                self.big.add(line)
            return
        if graph != self._graph:
            self.end_graph(self._graph)
            self._graph = str(graph)
        if line not in self._block:   # an article repeats some triples: sort each line once
            self._block.add(line)
            self.nt.add(line)

    def end_graph(self, graph=None) -> None:
        """The current graph's quads are complete: keep them as one sorted block."""
        if self._block and self.quads:
            text = "".join(f"{line[:-1]}<{self._graph}> .\n" for line in sorted(self._block))
            self.blocks.add((self._graph, self._seq, text), len(text))
            self._seq += 1
        self._graph, self._block = None, set()

    def nquads(self):
        """N-Quads text pieces: graph after graph (sorted by name), each graph's lines sorted."""
        self.end_graph()
        big = self.big_graph
        big_done = big is None

        def big_graph_text():
            for line in self.big:
                yield f"{line[:-1]}<{big}> .\n"

        pending: list = []   # blocks of one graph
        for graph, _, text in self.blocks:
            if pending and graph != pending[0][0]:
                yield from _merged_blocks(pending)
                pending = []
            if not big_done and graph > big:
                yield from big_graph_text()
                big_done = True
            pending.append((graph, text))
        if pending:
            yield from _merged_blocks(pending)
        if not big_done:
            yield from big_graph_text()

    def close(self) -> None:
        self.nt.close()
        if self.quads:
            self.big.close()
            self.blocks.close()


def _merged_blocks(blocks: list) -> list[str]:
    """The text of one graph written as several blocks (rare): lines merged, unique."""
    if len(blocks) == 1:
        return [blocks[0][1]]
    lines = sorted({line for _, text in blocks for line in text.splitlines(keepends=True)})
    return ["".join(lines)]


def _write_nquads(lines: _Lines, out) -> None:
    """Graph after graph (sorted by name), each graph's lines sorted."""
    for text in lines.nquads():
        out.write(text)


def _subjects(lines):
    """``(s, [(p, o), ...])`` per subject of sorted N-Triples lines."""
    current, group = None, []
    for line in lines:
        s, p, o = _parse_nt(line)
        if s != current:
            if group:
                yield current, group
            current, group = s, []
        group.append((p, o))
    if group:
        yield current, group


#: Local names written as prefixed names in Turtle (a safe subset of PN_LOCAL).
_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_LONG_QUOTE = re.compile(r'"(?="|\Z)')


def _by_head(pairs) -> tuple[int, dict]:
    """``(k, {first k characters: [(namespace, prefix), ...]})`` for ``(namespace, prefix)``
    pairs, k the shortest namespace's length, each list longest namespace first: an IRI
    need only be tried against the namespaces that share its first k characters."""
    pairs = sorted(pairs, key=lambda x: (-len(x[0]), x[1]))
    k = min((len(ns) for ns, _ in pairs), default=0)
    heads: dict = defaultdict(list)
    for ns, p in pairs:
        heads[ns[:k]].append((ns, p))
    return k, dict(heads)


def _prefixer():
    """``compact(iri) -> (prefix, "prefix:local") | None`` for the kg prefixes."""
    from ..vocab import PREFIXES

    head, candidates = _by_head((ns, p) for p, ns in PREFIXES.items())
    memo: dict = {}

    def compact(iri: str):
        if iri in memo:
            return memo[iri]
        out = None
        for ns, prefix in candidates.get(iri[:head], ()):
            if iri.startswith(ns) and _PN_LOCAL.match(iri, len(ns)):
                out = (prefix, f"{prefix}:{iri[len(ns):]}")
                break
        if out is not None or len(memo) < 100_000:   # vocabulary and recurring IRIs; bounded
            memo[iri] = out
        return out

    return compact


def _ttl_string(text: str) -> str:
    if "\n" in text:  # a long string keeps its line breaks; a quote is escaped only
        # when another quote or the closing """ follows it
        body = _LONG_QUOTE.sub('\\\\"', text.replace("\\", "\\\\").replace("\r", "\\r"))
        return f'"""{body}"""'
    return f'"{_escape(text)}"'


class _Turtle:
    """kg.ttl: one block per subject, sorted by (times referenced as an object, IRI).

    Subjects must arrive in the order of the sorted N-Triples lines, i.e. sorted by
    ``IRI + ">"``: the blocks are kept in that order (not sorted again), and the object
    references are sorted by the same key, so one merge-join counts each subject's."""

    def __init__(self, tmp_dir=None):
        self.tmp_dir = tmp_dir
        self.compact = _prefixer()
        self.used: set = set()
        self.blocks = ItemSpool(tmp_dir)      # (subject, block), as the subjects arrive
        self.refs = ExternalSort(tmp_dir)     # every IRI object + ">", once per triple

    def iri(self, t: str) -> str:
        c = self.compact(t)
        if c is None:
            return f"<{t}>"
        self.used.add(c[0])
        return c[1]

    def term(self, t) -> str:
        if type(t) is not _Lit:
            return self.iri(t)
        if t.lang:
            return f"{_ttl_string(t.value)}@{t.lang}"
        if t.datatype == _XSD_INTEGER and t.value.lstrip("-").isdigit() and t.value.isascii():
            self.iri(t.datatype)  # declares xsd:, as rdflib does
            return str(int(t.value))
        if t.datatype:
            return f"{_ttl_string(t.value)}^^{self.iri(t.datatype)}"
        return _ttl_string(t.value)

    @staticmethod
    def object_key(t):
        if type(t) is not _Lit:
            return (0, t, 0, "", "")
        if t.datatype == _XSD_INTEGER and t.value.lstrip("-").isdigit():
            return (1, "", int(t.value), t.lang, t.datatype)
        return (1, t.value, 0, t.lang, t.datatype)

    def add_subject(self, s: str, pos: list) -> None:
        props: dict = defaultdict(list)
        refs = self.refs
        for p, o in pos:
            props[p].append(o)
            if type(o) is not _Lit:
                refs.add(o + ">")
        order = [p for p in (_RDF_TYPE, _RDFS_LABEL) if p in props]
        order += sorted(p for p in props if p not in (_RDF_TYPE, _RDFS_LABEL))
        parts = []
        for p in order:
            verb = "a" if p == _RDF_TYPE else self.iri(p)
            objs = ",\n        ".join(self.term(o) for o in sorted(props[p], key=self.object_key))
            parts.append(f"{verb} {objs}")
        block = f"\n{self.iri(s)} " + " ;\n    ".join(parts) + " .\n"
        self.blocks.append((s, block))

    def write(self, out) -> None:
        from ..vocab import PREFIXES

        ranked = ExternalSort(self.tmp_dir)   # (references, subject, block)
        refs = iter(self.refs)
        nxt = next(refs, None)
        for s, block in self.blocks:   # in the order of s + ">", as the references
            key = s + ">"
            while nxt is not None and nxt < key:
                nxt = next(refs, None)
            n = 0
            while nxt == key:
                n += 1
                nxt = next(refs, None)
            ranked.add((n, s, block), len(block))
        out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())
                          if p in self.used))
        for _, _, block in ranked:
            out.write(block)
        out.write("\n")


def _rdflib_triples(g):
    """The triples of an rdflib graph as the writers' terms."""
    from rdflib import Literal, URIRef

    def conv(t):
        if isinstance(t, Literal):
            return _Lit(str(t), t.language or "", str(t.datatype) if t.datatype else "")
        if isinstance(t, URIRef):
            return str(t)
        raise ExportError(f"cannot write {t!r} (blank node?): kg mints no blank nodes")

    for s, p, o in g:
        yield conv(s), conv(p), conv(o)


#: Prefix under which kg.jsonld's @context compacts instance IRIs (``kgr:entity/...``).
INSTANCE_PREFIX = "kgr"


def jsonld_context(base: str | None = None) -> dict:
    """The @context of kg.jsonld: the vocabulary prefixes, the instance base and ``@language: zh``."""
    from ..vocab import DEFAULT_BASE, PREFIXES

    ctx = {"@language": LANG, **PREFIXES, INSTANCE_PREFIX: base or DEFAULT_BASE}
    return dict(sorted(ctx.items()))


_encode_str = json.encoder.encode_basestring   # json.dumps(str, ensure_ascii=False)


class _JsonLd:
    """kg.jsonld: one node object per subject (sorted by IRI) in ``@graph``."""

    def __init__(self, base: str | None = None, tmp_dir=None):
        self.ctx = jsonld_context(base)
        self.by_head = _by_head((ns, p) for p, ns in self.ctx.items() if not p.startswith("@"))
        self.memo: dict = {}
        self.nodes = ExternalSort(tmp_dir)   # (subject, node text)

    def compact(self, iri: str) -> str:
        out = self.memo.get(iri)
        if out is None:
            out = iri
            head, candidates = self.by_head
            for ns, p in candidates.get(iri[:head], ()):
                if iri.startswith(ns):
                    rest = iri[len(ns):]
                    if rest and not rest.startswith("//"):
                        out = f"{p}:{rest}"
                        break
            if len(self.memo) < 100_000:   # vocabulary and recurring IRIs; bounded
                self.memo[iri] = out
        return out

    def value(self, o):
        if type(o) is not _Lit:
            return {"@id": self.compact(o)}
        if o.lang == LANG:
            return o.value
        if o.lang:
            return {"@language": o.lang, "@value": o.value}
        if o.datatype == _XSD_INTEGER:
            try:
                if str(int(o.value)) == o.value:
                    return int(o.value)
            except ValueError:
                pass
        if o.datatype in ("", _XSD + "string"):
            return {"@value": o.value}
        return {"@type": self.compact(o.datatype), "@value": o.value}

    @staticmethod
    def key(v):
        """``json.dumps(v, ensure_ascii=False, sort_keys=True)``: values sort by their
        compact JSON text (the common shapes without the encoder's overhead)."""
        t = type(v)
        if t is str:
            return _encode_str(v)
        if t is int:
            return str(v)
        if t is dict and len(v) == 1 and "@id" in v:
            return '{"@id": ' + _encode_str(v["@id"]) + "}"
        return json.dumps(v, ensure_ascii=False, sort_keys=True)

    def add_subject(self, s: str, pos: list) -> None:
        props: dict = defaultdict(list)
        memo, compact, value = self.memo, self.compact, self.value
        for p, o in pos:
            if p == _RDF_TYPE and type(o) is not _Lit:
                props["@type"].append(memo.get(o) or compact(o))
            else:
                props[memo.get(p) or compact(p)].append(value(o))
        # the text of indented_json(node, "  "), node = {"@id": ..., prop: value or [values]}
        items = [("@id", _encode_str(compact(s)))]
        for prop, vals in props.items():
            if len(vals) == 1:
                items.append((prop, _json_value(vals[0], "   ")))
            else:
                vals.sort(key=self.key)
                items.append((prop, "[\n    " + ",\n    ".join(_json_value(v, "    ") for v in vals)
                               + "\n   ]"))
        items.sort()
        text = "{\n   " + ",\n   ".join(f"{_encode_str(k)}: {v}" for k, v in items) + "\n  }"
        self.nodes.add((s, text), len(text))

    def write(self, out) -> None:
        # the text of indented_json({"@context": ctx, "@graph": [node, ...]}) + "\n"
        out.write('{\n "@context": ' + indented_json(self.ctx, " ") + ',\n "@graph": [')
        n = 0
        for _, text in self.nodes:
            out.write((",\n  " if n else "\n  ") + text)
            n += 1
        out.write("\n ]\n}\n" if n else "]\n}\n")


def _json_value(v, indent: str) -> str:
    """``indented_json(v, indent)`` for a value of a JSON-LD node, with a short cut for
    the commonest dict, ``{"@id": ...}``."""
    if type(v) is dict and len(v) == 1 and "@id" in v:
        return '{\n' + indent + ' "@id": ' + _encode_str(v["@id"]) + "\n" + indent + "}"
    return indented_json(v, indent)


def _emit(lines: _Lines, sink, names, base: str | None = None, nt=None, pipes=()) -> None:
    """Write the files ``names`` (of :data:`RDF_FILES`) of ``lines`` through ``sink``.

    ``nt``: the sorted N-Triples lines to read (default: ``lines.nt``, merged here);
    ``pipes``: binary files of forked writers, each sent a copy of them (:func:`_tee`)."""
    tmp_dir = getattr(sink, "tmp_dir", None)
    try:
        ttl = _Turtle(tmp_dir) if "kg.ttl" in names else None
        jsonld = _JsonLd(base, tmp_dir) if "kg.jsonld" in names else None
        if "kg.nt" in names or ttl is not None or jsonld is not None or pipes:
            with (sink.open("kg.nt") if "kg.nt" in names else nullcontext()) as out:
                stream = _tee(lines.nt if nt is None else nt, out, pipes)
                if ttl is None and jsonld is None:
                    for _ in stream:
                        pass
                else:
                    for s, pos in _subjects(stream):
                        if ttl is not None:
                            ttl.add_subject(s, pos)
                        if jsonld is not None:
                            jsonld.add_subject(s, pos)
        if "kg.nq" in names:
            with sink.open("kg.nq") as out:
                _write_nquads(lines, out)
        if jsonld is not None:
            with sink.open("kg.jsonld") as out:
                jsonld.write(out)
        if ttl is not None:
            with sink.open("kg.ttl") as out:
                ttl.write(out)
    finally:
        lines.close()


#: Characters of N-Triples text written (to kg.nt and the pipes) at a time.
_TEE_BATCH = 1 << 16


def _tee(lines, out, pipes):
    """Yield ``lines`` (sorted N-Triples, no newline) and write them, a batch at a time,
    to ``out`` (kg.nt, or None) and to ``pipes`` (forked writers' binary files, each
    closed after an empty line that ends the stream). A writer that died is let go:
    it reports its own error."""
    pipes = list(pipes)
    batch: list[str] = []
    size = 0

    def flush(end: bool = False) -> None:
        text = "\n".join(batch) + "\n" if batch else ""
        if out is not None and text:
            out.write(text)
        if pipes:
            data = (text + ("\n" if end else "")).encode("utf-8")
            for fh in list(pipes):
                try:
                    fh.write(data)
                    if end:
                        fh.close()
                except BrokenPipeError:
                    pipes.remove(fh)

    for line in lines:
        yield line
        batch.append(line)
        size += len(line)
        if size >= _TEE_BATCH:
            flush()
            batch, size = [], 0
    flush(end=True)


def _teed_lines(fh):
    """The lines :func:`_tee` sent through the text file ``fh``; an error if the stream
    stops before its end mark (its writer failed: no file is written from a part)."""
    for line in fh:
        if line == "\n":
            return
        yield line[:-1]
    raise ExportError("the sorted N-Triples stream ended early (the process writing it failed)")


def _can_fork_writers() -> bool:
    return hasattr(os, "fork")


#: The files a forked writer takes first (the costliest first).
FORK_ORDER = ("kg.jsonld", "kg.ttl")


def _emit_parallel(lines: _Lines, sink, names, base: str | None = None, writers: int = 2) -> None:
    """:func:`_emit` with the first ``writers`` of kg.jsonld and kg.ttl each written
    by a forked child. The sorted N-Triples lines are merged once, here: each child
    reads a copy of them through a pipe while this process writes kg.nt (and then
    kg.nq). The files are the same; the children's hashes come back through pipes."""
    forked = [n for n in FORK_ORDER if n in names][:writers]
    children, feeds = [], []
    try:
        for name in forked:
            r, w = os.pipe()
            answer_r, answer_w = os.pipe()
            pid = os.fork()
            if pid == 0:   # the child: write one file, report its hash, never return
                status, msg = 1, {"error": "no answer"}
                try:
                    os.close(answer_r)
                    os.close(w)
                    for fh in feeds:   # the other children's pipes: only the parent writes them
                        fh.close()
                    with open(r, "r", encoding="utf-8", newline="\n") as fh:
                        _emit(lines, sink, {name}, base, nt=_teed_lines(fh))
                    status, msg = 0, {"sha256": sink.hashes[name]}
                except BaseException as exc:  # noqa: BLE001 - reported by the parent
                    msg = {"error": f"{type(exc).__name__}: {exc}"}
                finally:
                    try:
                        os.write(answer_w, json.dumps(msg).encode("utf-8"))
                    finally:
                        os._exit(status)
            os.close(r)
            os.close(answer_w)
            _grow_pipe(w)
            feeds.append(open(w, "wb", buffering=_TEE_BATCH * 2))
            children.append((name, pid, answer_r))
        _emit(lines, sink, set(names) - set(forked), base, pipes=feeds)
    finally:
        for fh in feeds:   # a child still reading sees the stream end early and fails
            try:
                fh.close()
            except BrokenPipeError:
                pass
        errors = []
        for name, pid, r in children:
            with os.fdopen(r, "rb") as fh:
                answer = fh.read()
            os.waitpid(pid, 0)
            msg = json.loads(answer or b'{"error": "the writer process died"}')
            if "sha256" in msg:
                sink.hashes[name] = msg["sha256"]
            else:
                errors.append(f"{name}: {msg['error']}")
        if errors:
            raise ExportError("; ".join(errors))


def _grow_pipe(fd: int) -> None:
    """A 1 MB pipe buffer where Linux allows it (fewer switches between the processes)."""
    import fcntl

    try:
        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except OSError:
        pass


def _serialize(graphs, name: str, base: str | None = None) -> str:
    """One format of ``graphs`` (``[(graph name, rdflib graph), ...]``)."""
    lines = _Lines(quads=name == "kg.nq")
    for graph, g in graphs:
        for s, p, o in _rdflib_triples(g):
            lines.add(graph, s, p, o)
    sink = MemorySink()
    _emit(lines, sink, {name}, base)
    return sink.files[name]


def serialize_turtle(g) -> str:
    """Turtle text of an rdflib graph (deterministic; see the layout above)."""
    return _serialize([("", g)], "kg.ttl")


def serialize_ntriples(g) -> str:
    """N-Triples text with the lines sorted (byte order of their UTF-8 text)."""
    return _serialize([("", g)], "kg.nt")


def serialize_nquads(ds) -> str:
    """N-Quads text: graph after graph (sorted by name), each graph's lines sorted.

    Every graph is one contiguous block, so a graph can be cut out with a text tool.
    """
    return _serialize([(str(ctx.identifier), ctx) for ctx in ds.graphs() if len(ctx)], "kg.nq")


def serialize_jsonld(g, base: str | None = None) -> str:
    """Compacted JSON-LD, written by hand so that it is deterministic.

    One node object per subject (sorted by IRI) in ``@graph``; properties sorted,
    values sorted; ``@zh`` strings are plain JSON strings (the context's
    ``@language``), xsd:integer a JSON number, other strings ``{"@value": ...}``.
    """
    return _serialize([("", g)], "kg.jsonld", base)


def stream_rdf(corpus: Corpus, sink, base: str | None = None, names=RDF_FILES,
               parallel: bool | int = False) -> None:
    """Write the files ``names`` (default: kg.nq, kg.nt, kg.jsonld and kg.ttl) of one
    corpus through ``sink`` (a :class:`kg.export._sink.FileSink` or ``MemorySink``), in
    bounded memory: the quads are generated once, article by article, and sorted externally.
    ``parallel`` (a FileSink, Linux): kg.jsonld and kg.ttl are written by forked
    processes while this one writes kg.nq and kg.nt (an int: fork that many writers,
    JSON-LD first, the costliest); the bytes are the same."""
    from ..vocab import DEFAULT_BASE

    names = set(names)
    if not names:
        return
    if names - set(RDF_FILES):
        raise ExportError(f"unknown RDF files {sorted(names - set(RDF_FILES))}: use {', '.join(RDF_FILES)}")
    lines = _Lines(getattr(sink, "tmp_dir", None), quads="kg.nq" in names,
                   big_graph=_PlainMinter(base or DEFAULT_BASE).corpus_graph())
    _fill(lines, corpus, base)
    from ._sink import FileSink
    if parallel and isinstance(sink, FileSink) and _can_fork_writers():
        _emit_parallel(lines, sink, names, base, writers=2 if parallel is True else int(parallel))
    else:
        _emit(lines, sink, names, base)


def render_rdf(corpus: Corpus, base: str | None = None) -> dict[str, str]:
    """``{"kg.jsonld": ..., "kg.nq": ..., "kg.nt": ..., "kg.ttl": ...}`` for one corpus
    (in memory; ``kg.export.write_all`` streams the same bytes to files)."""
    sink = MemorySink()
    stream_rdf(corpus, sink, base)
    return dict(sorted(sink.files.items()))


def write_rdf(corpus: Corpus, out_dir, base: str | None = None) -> dict[str, str]:
    """Write kg.ttl, kg.nt, kg.jsonld and kg.nq into ``out_dir`` (atomically); returns
    the texts (``stream_rdf(corpus, FileSink(out_dir))`` writes without holding them)."""
    files = render_rdf(corpus, base)
    for name, text in files.items():
        atomic_write_text(Path(out_dir) / name, text)
    return files
