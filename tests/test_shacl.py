"""kg/ontology/shapes.ttl: the RDF output satisfies the SHACL shapes (pySHACL), and
deliberately broken graphs do not."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SDO, SH, SKOS, XSD

from _corpus_fixture import entity_id_of, make_corpus, nasty_corpus
from kg.export.rdf import to_rdf
from kg.vocab import KG, OA, SHAPES

pyshacl = pytest.importorskip("pyshacl", reason="pip install -e '.[test]' installs pySHACL")

ROOT = Path(__file__).resolve().parent.parent
B = "https://kg.example.org/"


@pytest.fixture(scope="module")
def shapes():
    return Graph().parse(SHAPES, format="turtle")


def validate(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                              allow_warnings=False)
    return conforms, report, text


@pytest.fixture(scope="module")
def good(corpus):
    return to_rdf(corpus)


def test_shacl_seeds_committed_output_conforms(shapes):
    path = ROOT / "output" / "kg.nt"
    if not path.exists():
        pytest.skip("output/ not built in this checkout")
    conforms, _, text = validate(Graph().parse(path, format="nt"), shapes)
    assert conforms, text[:4000]


@pytest.mark.parametrize("corpus_fn", [make_corpus, nasty_corpus], ids=["fixture", "nasty"])
def test_shacl_fixture_outputs_conform(shapes, corpus_fn):
    conforms, _, text = validate(to_rdf(corpus_fn()), shapes)
    assert conforms, text[:4000]


def test_shacl_shapes_cover_every_node_kind(shapes, good):
    targets = set(shapes.objects(None, SH.targetClass))
    for cls in (ORG.Membership, ORG.Role, KG.Evidence, KG.CoMention, KG.HonorAward, KG.Honor,
                RDF.Statement, SDO.NewsArticle, SDO.Person, OA.TextPositionSelector,
                OA.TextQuoteSelector, PROV.SoftwareAgent):
        assert cls in targets, cls
        assert list(good.subjects(RDF.type, cls)), cls  # and the fixture exercises it


# ---------------------------------------------------------------- breakages
def _ent(corpus, name):
    return URIRef(B + "entity/" + entity_id_of(corpus, name))


def _membership(g, corpus, person="林晓岚", title="主席"):
    (m,) = [m for m in g.subjects(ORG.member, _ent(corpus, person))
            if g.value(g.value(m, ORG.role), SKOS.prefLabel) == Literal(title, lang="zh")]
    return m


def _an_evidence(g, corpus):
    return g.value(_membership(g, corpus), KG.evidence)


def _a_comention(g):
    return sorted(g.subjects(RDF.type, KG.CoMention))[0]


def _set(g, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


def no_pref_label(g, c):
    g.remove((_ent(c, "青禾市总工会"), SKOS.prefLabel, None))


def two_pref_labels(g, c):
    g.add((_ent(c, "青禾市总工会"), SKOS.prefLabel, Literal("青禾总工会", lang="zh")))


def english_pref_label(g, c):
    _set(g, _ent(c, "青禾市总工会"), SKOS.prefLabel, Literal("Qinghe union", lang="en"))


def two_members(g, c):
    g.add((_membership(g, c), ORG.member, _ent(c, "周木森")))


def member_not_a_person(g, c):
    _set(g, _membership(g, c), ORG.member, _ent(c, "青禾市总工会"))


def membership_without_evidence(g, c):
    g.remove((_membership(g, c), KG.evidence, None))


def role_without_label(g, c):
    g.remove((g.value(_membership(g, c), ORG.role), SKOS.prefLabel, None))


def start_after_end(g, c):
    ev = _an_evidence(g, c)
    _set(g, ev, KG.start, Literal(g.value(ev, KG.end).toPython() + 1, datatype=XSD.integer))


def start_not_an_integer(g, c):
    ev = _an_evidence(g, c)
    _set(g, ev, KG.start, Literal(str(g.value(ev, KG.start))))


def evidence_without_quote(g, c):
    g.remove((_an_evidence(g, c), KG.quote, None))


def evidence_without_article(g, c):
    g.remove((_an_evidence(g, c), PROV.wasDerivedFrom, None))


def evidence_without_extractor(g, c):
    g.remove((_an_evidence(g, c), KG.extractedBy, None))


def selector_disagrees(g, c):
    ev = _an_evidence(g, c)
    (pos,) = [s for s in g.objects(ev, OA.hasSelector) if (s, OA.start, None) in g]
    _set(g, pos, OA.start, Literal(0, datatype=XSD.integer))


def three_participants(g, c):
    g.add((_a_comention(g), KG.participant, _ent(c, "孟川")))


def zero_weight(g, c):
    _set(g, _a_comention(g), KG.weight, Literal(0, datatype=XSD.integer))


def string_weight(g, c):
    _set(g, _a_comention(g), KG.weight, Literal("2"))


def one_way_comention(g, c):
    cm = _a_comention(g)
    a, b = sorted(g.objects(cm, KG.participant))
    g.remove((b, KG.coMentionedWith, a))


def reified_link_not_stated(g, c):
    g.remove((_ent(c, "云杉区总工会"), ORG.subOrganizationOf, _ent(c, "青禾市总工会")))


def blank_looking_entity_iri(g, c):
    bad = URIRef(B + "entity/林晓岚")
    g.add((bad, RDF.type, SDO.Person))
    g.add((bad, SKOS.prefLabel, Literal("林晓岚", lang="zh")))
    g.add((bad, KG.mentionCount, Literal(1, datatype=XSD.integer)))


def person_is_also_an_org(g, c):
    g.add((_ent(c, "林晓岚"), RDF.type, ORG.Organization))


BREAKAGES = [no_pref_label, two_pref_labels, english_pref_label, two_members,
             member_not_a_person, membership_without_evidence, role_without_label,
             start_after_end, start_not_an_integer, evidence_without_quote,
             evidence_without_article, evidence_without_extractor, selector_disagrees,
             three_participants, zero_weight, string_weight, one_way_comention,
             reified_link_not_stated, blank_looking_entity_iri, person_is_also_an_org]

EXPECTED_SHAPE = {
    "no_pref_label": "EntityShape", "two_pref_labels": "EntityShape",
    "english_pref_label": "EntityShape", "two_members": "MembershipShape",
    "member_not_a_person": "MembershipShape", "membership_without_evidence": "MembershipShape",
    "role_without_label": "RoleShape", "start_after_end": "EvidenceShape",
    "start_not_an_integer": "EvidenceShape", "evidence_without_quote": "EvidenceShape",
    "evidence_without_article": "EvidenceShape", "evidence_without_extractor": "EvidenceShape",
    "selector_disagrees": "EvidenceShape", "three_participants": "CoMentionShape",
    "zero_weight": "CoMentionShape", "string_weight": "CoMentionShape",
    "one_way_comention": "CoMentionedWithShape", "reified_link_not_stated": "ReifiedLinkIsStatedShape",
    "blank_looking_entity_iri": "EntityShape", "person_is_also_an_org": "PersonShape",
}


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__)
def test_shacl_broken_graph_fails_on_the_right_shape(shapes, corpus, good, breakage):
    g = Graph()
    for triple in good:
        g.add(triple)
    breakage(g, corpus)
    assert set(g) != set(good), "the breakage changed nothing"
    conforms, report, _ = validate(g, shapes)
    assert not conforms, f"{breakage.__name__} was not caught"
    shapes_hit = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        src = report.value(r, SH.sourceShape)
        while isinstance(src, URIRef) is False and src is not None:  # a property shape
            src = shapes.value(None, SH.property, src) or shapes.value(None, SH.sparql, src)
        if isinstance(src, URIRef):
            shapes_hit.add(str(src).rsplit("#", 1)[1])
    assert EXPECTED_SHAPE[breakage.__name__] in shapes_hit, shapes_hit


def test_shacl_shapes_are_valid_shacl(shapes):
    """The shapes graph itself passes SHACL-SHACL (the W3C shapes for shapes)."""
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text
