"""Corpus -> RDF (rdflib.Graph), written as kg.ttl (Turtle) and kg.nt (sorted N-Triples).

The model, with ``<b>`` the base IRI (default ``https://kg.example.org/``) and
``h(...)`` a 16-hex-digit BLAKE2b hash of its arguments:

* **entity** ``<b>entity/<id>``: ``a`` one schema.org class and one ``kg:`` class
  per type (union -> schema:WorkersUnion + kg:Union, official/worker/journalist ->
  schema:Person, company -> schema:Corporation, district -> schema:AdministrativeArea,
  government -> schema:GovernmentOrganization, organization -> schema:Organization);
  ``skos:prefLabel "name"@zh``, ``skos:altLabel`` per alias, ``kg:mentionCount``.
* **article** ``<b>article/<page id>-<index:02d>``: ``a schema:NewsArticle``,
  ``schema:headline "..."@zh``, ``dcterms:source "page file name"``,
  ``dcterms:identifier "page#01"``, ``schema:mentions`` each entity it names.
* **role** ``<b>membership/h(person, title, org)`` ``a org:Membership``:
  ``org:member``, ``org:organization`` (when the role has one), ``org:role``
  ``<b>role/h(title)`` (``a org:Role; skos:prefLabel "副主席"@zh``),
  ``prov:wasDerivedFrom`` each article, ``kg:evidence`` each evidence; plus the
  shortcut ``person org:memberOf org``.
* **evidence** ``<b>evidence/h(article, sentence, start, end, quote, source)``
  ``a kg:Evidence``: ``kg:quote "..."@zh``, ``kg:start``/``kg:end``/``kg:sentence``
  (xsd:integer), ``kg:extractedBy`` (rule id, when known), ``prov:wasDerivedFrom``
  the article.
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
  ×2, ``kg:weight`` (xsd:integer), ``prov:wasDerivedFrom`` each article,
  ``kg:evidence``; plus symmetric ``a kg:coMentionedWith b`` and ``b ... a``.

No blank nodes; every IRI is ASCII (page ids are percent-encoded).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote

from .._io import atomic_write_text
from ..corpus import resolved_honors, resolved_links, resolved_roles
from ..errors import ExportError
from ..model import ArticleResult, Corpus, Evidence

__all__ = ["to_rdf", "serialize_turtle", "serialize_ntriples", "render_rdf", "write_rdf",
           "Minter"]

LANG = "zh"


def _hash(*parts) -> str:
    data = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(data.encode("utf-8"), digest_size=8).hexdigest()


class Minter:
    """Mints the instance IRIs of one export under ``base``.

    >>> m = Minter("https://ex.org/kg/")
    >>> str(m.entity("org-0123"))
    'https://ex.org/kg/entity/org-0123'
    >>> str(m.article_id("第1版#02"))
    'https://ex.org/kg/article/%E7%AC%AC1%E7%89%88-02'
    """

    def __init__(self, base: str):
        if not base.isascii() or not base.startswith(("http://", "https://")) \
                or not base.endswith(("/", "#")):
            raise ExportError(f"RDF base IRI {base!r} must be an ASCII http(s) IRI ending in '/' or '#'")
        self.base = base

    def _iri(self, kind: str, local: str):
        from rdflib import URIRef
        return URIRef(f"{self.base}{kind}/{local}")

    def entity(self, eid: str):
        return self._iri("entity", quote(eid, safe=""))

    def article_id(self, article_id: str):
        page_id, _, index = article_id.rpartition("#")
        return self._iri("article", f"{quote(page_id, safe='')}-{quote(index, safe='')}")

    def article(self, ar: ArticleResult):
        return self.article_id(ar.article.id)

    def membership(self, person: str, title: str, org: str | None):
        return self._iri("membership", _hash(person, title, org))

    def role(self, title: str):
        return self._iri("role", _hash(title))

    def evidence(self, ev: Evidence):
        return self._iri("evidence", _hash(ev.article_id, ev.sentence_index, ev.start, ev.end,
                                           ev.quote, ev.source))

    def honor(self, honor: str):
        return self._iri("honor", _hash(honor))

    def honor_award(self, holder: str, honor: str):
        return self._iri("honor-award", _hash(holder, honor))

    def statement(self, s, p, o):
        return self._iri("statement", _hash(s, p, o))

    def comention(self, a: str, b: str):
        return self._iri("comention", _hash(a, b))


# ----------------------------------------------------------------- the graph
def to_rdf(corpus: Corpus, base: str | None = None):
    """The corpus as an ``rdflib.Graph`` (see the module docstring for the model)."""
    from rdflib import Graph

    from ..vocab import DEFAULT_BASE, PREFIXES

    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    m = Minter(base or DEFAULT_BASE)
    _add_entities(g, m, corpus)
    _add_articles(g, m, corpus)
    _add_roles(g, m, corpus)
    _add_honors(g, m, corpus)
    _add_links(g, m, corpus)
    _add_comentions(g, m, corpus)
    return g


def _zh(text: str):
    from rdflib import Literal
    return Literal(text, lang=LANG)


def _int(n: int):
    from rdflib import Literal
    from rdflib.namespace import XSD
    return Literal(int(n), datatype=XSD.integer)


def _add_entities(g, m: Minter, corpus: Corpus) -> None:
    from rdflib.namespace import RDF, SKOS

    from ..vocab import KG, SCHEMA_CLASSES, TYPE_CLASSES

    for e in corpus.entities:
        node = m.entity(e.id)
        for t in e.types:
            g.add((node, RDF.type, SCHEMA_CLASSES[str(t)]))
            g.add((node, RDF.type, TYPE_CLASSES[str(t)]))
        g.add((node, SKOS.prefLabel, _zh(e.name)))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, _zh(alias)))
        g.add((node, KG.mentionCount, _int(e.mention_count)))


def _add_articles(g, m: Minter, corpus: Corpus) -> None:
    from rdflib import Literal
    from rdflib.namespace import DCTERMS, RDF, SDO

    for page in corpus.pages:
        for ar in page.articles:
            node = m.article(ar)
            g.add((node, RDF.type, SDO.NewsArticle))
            g.add((node, SDO.headline, _zh(ar.article.headline)))
            g.add((node, DCTERMS.source, Literal(page.page.name)))
            g.add((node, DCTERMS.identifier, Literal(ar.article.id)))
            for ae in ar.entities:
                g.add((node, SDO.mentions, m.entity(ae.id)))


def _add_evidence(g, m: Minter, fact, evidence: Evidence) -> None:
    from rdflib import Literal
    from rdflib.namespace import PROV, RDF

    from ..vocab import KG

    node = m.evidence(evidence)
    g.add((fact, KG.evidence, node))
    g.add((fact, PROV.wasDerivedFrom, m.article_id(evidence.article_id)))
    g.add((node, RDF.type, KG.Evidence))
    g.add((node, KG.quote, _zh(evidence.quote)))
    g.add((node, KG.start, _int(evidence.start)))
    g.add((node, KG.end, _int(evidence.end)))
    g.add((node, KG.sentence, _int(evidence.sentence_index)))
    g.add((node, PROV.wasDerivedFrom, m.article_id(evidence.article_id)))
    if evidence.source:
        g.add((node, KG.extractedBy, Literal(evidence.source)))


def _add_roles(g, m: Minter, corpus: Corpus) -> None:
    from rdflib.namespace import ORG, RDF, SKOS

    for rr in resolved_roles(corpus):
        person, title = rr.person_id, rr.role.title
        node = m.membership(person, title, rr.org_id)
        role = m.role(title)
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, m.entity(person)))
        g.add((node, ORG.role, role))
        g.add((role, RDF.type, ORG.Role))
        g.add((role, SKOS.prefLabel, _zh(title)))
        if rr.org_id is not None:
            g.add((node, ORG.organization, m.entity(rr.org_id)))
            g.add((m.entity(person), ORG.memberOf, m.entity(rr.org_id)))
        _add_evidence(g, m, node, rr.role.evidence)


def _add_honors(g, m: Minter, corpus: Corpus) -> None:
    from rdflib.namespace import RDF, SKOS

    from ..vocab import KG

    for rh in resolved_honors(corpus):
        name = rh.honor.honor
        node, honor = m.honor_award(rh.holder_id, name), m.honor(name)
        g.add((node, RDF.type, KG.HonorAward))
        g.add((node, KG.awardee, m.entity(rh.holder_id)))
        g.add((node, KG.honor, honor))
        g.add((honor, RDF.type, KG.Honor))
        g.add((honor, SKOS.prefLabel, _zh(name)))
        g.add((m.entity(rh.holder_id), KG.hasHonor, honor))
        _add_evidence(g, m, node, rh.honor.evidence)


def _link_predicate(rel: str):
    from rdflib.namespace import ORG

    from ..vocab import KG

    return {"located_in": KG.locatedIn, "part_of": ORG.subOrganizationOf,
            "union_of": KG.unionOf}[rel]


def _add_links(g, m: Minter, corpus: Corpus) -> None:
    from rdflib.namespace import RDF, SDO

    places = {e.id for e in corpus.entities if any(str(t) == "district" for t in e.types)}
    for rl in resolved_links(corpus):
        rel = str(rl.link.rel)
        s, p, o = m.entity(rl.source_id), _link_predicate(rel), m.entity(rl.target_id)
        g.add((s, p, o))
        if rel == "located_in" and rl.source_id in places:
            g.add((s, SDO.containedInPlace, o))
        node = m.statement(s, p, o)
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        _add_evidence(g, m, node, rl.link.evidence)


def _add_comentions(g, m: Minter, corpus: Corpus) -> None:
    from rdflib.namespace import PROV, RDF

    from ..vocab import KG

    for cm in corpus.comentions:
        node, a, b = m.comention(cm.a, cm.b), m.entity(cm.a), m.entity(cm.b)
        g.add((node, RDF.type, KG.CoMention))
        g.add((node, KG.participant, a))
        g.add((node, KG.participant, b))
        g.add((node, KG.weight, _int(cm.weight)))
        for aid in cm.article_ids:
            g.add((node, PROV.wasDerivedFrom, m.article_id(aid)))
        for ev in cm.evidence:
            _add_evidence(g, m, node, ev)
        g.add((a, KG.coMentionedWith, b))
        g.add((b, KG.coMentionedWith, a))


# ------------------------------------------------------------- serialisation
def serialize_turtle(g) -> str:
    """Turtle text (rdflib sorts subjects and predicates; we mint no blank nodes)."""
    return g.serialize(format="turtle")


def serialize_ntriples(g) -> str:
    """N-Triples text with the lines sorted (byte order of their UTF-8 text)."""
    text = g.serialize(format="nt")
    # split on "\n" only: str.splitlines() would also cut at U+2028, \x1c, \x85 ...
    # which N-Triples leaves unescaped inside literals
    lines = sorted({line for line in text.split("\n") if line.strip()})
    return "".join(line + "\n" for line in lines)


def render_rdf(corpus: Corpus, base: str | None = None) -> dict[str, str]:
    """``{"kg.ttl": turtle, "kg.nt": ntriples}`` for one corpus."""
    g = to_rdf(corpus, base)
    return {"kg.ttl": serialize_turtle(g), "kg.nt": serialize_ntriples(g)}


def write_rdf(corpus: Corpus, out_dir, base: str | None = None) -> dict[str, str]:
    """Write kg.ttl and kg.nt into ``out_dir`` (atomically); returns the texts."""
    files = render_rdf(corpus, base)
    for name, text in files.items():
        atomic_write_text(Path(out_dir) / name, text)
    return files
