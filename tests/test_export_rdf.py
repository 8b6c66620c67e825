"""kg.export.rdf + kg.vocab: the RDF model, both serialisations, escaping."""
from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, SDO, SKOS, XSD

from _corpus_fixture import (NASTY_HEADLINE, NASTY_NAME, entity_id_of, make_article, make_corpus,
                             make_page, nasty_corpus)
from kg.corpus import assemble
from kg.errors import ExportError
from kg.export.rdf import Minter, render_rdf, to_rdf, write_rdf
from kg.vocab import KG

B = "https://kg.example.org/"


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


@pytest.fixture(scope="module")
def files(corpus):
    return render_rdf(corpus)


@pytest.fixture(scope="module")
def g(files):
    return Graph().parse(data=files["kg.ttl"], format="turtle")


def ent(corpus, name):
    return URIRef(B + "entity/" + entity_id_of(corpus, name))


def zh(text):
    return Literal(text, lang="zh")


def test_rdf_turtle_and_ntriples_are_isomorphic(files):
    ttl = Graph().parse(data=files["kg.ttl"], format="turtle")
    nt = Graph().parse(data=files["kg.nt"], format="nt")
    assert len(ttl) == len(nt) == files["kg.nt"].count("\n")
    assert isomorphic(ttl, nt)


@pytest.mark.parametrize("name, fmt", [("kg.ttl", pyoxigraph.RdfFormat.TURTLE),
                                       ("kg.nt", pyoxigraph.RdfFormat.N_TRIPLES)])
def test_rdf_parses_with_pyoxigraph(files, name, fmt):
    quads = list(pyoxigraph.parse(files[name].encode("utf-8"), format=fmt))
    assert len(quads) == files["kg.nt"].count("\n")


def test_rdf_ntriples_lines_sorted_and_stable(corpus, files):
    lines = files["kg.nt"].split("\n")
    assert lines.pop() == ""
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    assert render_rdf(corpus) == files


def test_rdf_no_blank_nodes_and_ascii_iris(g):
    for triple in g:
        for term in triple:
            assert not isinstance(term, BNode)
            if isinstance(term, URIRef):
                assert str(term).isascii(), term


def test_rdf_entity_types_and_labels(corpus, g):
    zhou = ent(corpus, "周木森")
    assert set(g.objects(zhou, RDF.type)) == {SDO.Person, KG.Official, KG.Worker}
    union = ent(corpus, "青禾市总工会")
    assert set(g.objects(union, RDF.type)) == {SDO.WorkersUnion, KG.Union}
    assert g.value(union, SKOS.prefLabel) == zh("青禾市总工会")
    assert set(g.objects(union, SKOS.altLabel)) == {zh("市总工会")}
    assert set(g.objects(ent(corpus, "云杉区"), RDF.type)) == {SDO.AdministrativeArea, KG.District}
    assert g.value(union, KG.mentionCount) == Literal(4, datatype=XSD.integer)


def test_rdf_membership_with_role_provenance_and_evidence(corpus, g):
    lin, union = ent(corpus, "林晓岚"), ent(corpus, "青禾市总工会")
    article = URIRef(B + "article/p01_alpha-00")
    ms = [m for m in g.subjects(ORG.member, lin)
          if g.value(g.value(m, ORG.role), SKOS.prefLabel) == zh("主席")]
    assert len(ms) == 1
    m = ms[0]
    assert (m, RDF.type, ORG.Membership) in g
    assert g.value(m, ORG.organization) == union
    assert (g.value(m, ORG.role), RDF.type, ORG.Role) in g
    assert g.value(m, PROV.wasDerivedFrom) == article
    ev = g.value(m, KG.evidence)
    assert g.value(ev, KG.quote) == zh("市总工会党组书记、主席林晓岚出席会议并讲话。")
    assert g.value(ev, KG.sentence) == Literal(2, datatype=XSD.integer)
    start, end = g.value(ev, KG.start).toPython(), g.value(ev, KG.end).toPython()
    assert corpus.articles[0].article.text[start:end] == str(g.value(ev, KG.quote))
    assert g.value(ev, PROV.wasDerivedFrom) == article
    assert (lin, ORG.memberOf, union) in g


def test_rdf_role_without_org_has_no_organization(corpus, g):
    meng = ent(corpus, "孟川")
    ms = list(g.subjects(ORG.member, meng))
    assert len(ms) == 2
    assert all(g.value(m, ORG.organization) is None for m in ms)
    assert {g.value(g.value(m, ORG.role), SKOS.prefLabel) for m in ms} == {zh("记者"), zh("通讯员")}


def test_rdf_articles(g):
    a = URIRef(B + "article/p01_alpha-01")
    assert (a, RDF.type, SDO.NewsArticle) in g
    assert g.value(a, SDO.headline) == zh("星河精工举办技能比武")
    assert g.value(a, DCTERMS.source) == Literal("p01_alpha.txt")
    assert len(set(g.objects(a, SDO.mentions))) == 2


def test_rdf_honor_award_nodes(corpus, g):
    zhou = ent(corpus, "周木森")
    (award,) = g.subjects(KG.awardee, zhou)
    honor = g.value(award, KG.honor)
    assert (award, RDF.type, KG.HonorAward) in g and (honor, RDF.type, KG.Honor) in g
    assert g.value(honor, SKOS.prefLabel) == zh("全国劳动模范")
    assert (zhou, KG.hasHonor, honor) in g
    assert g.value(award, PROV.wasDerivedFrom) == URIRef(B + "article/p01_alpha-00")


def test_rdf_links_direct_and_reified(corpus, g):
    du, cu = ent(corpus, "云杉区总工会"), ent(corpus, "青禾市总工会")
    assert (du, ORG.subOrganizationOf, cu) in g
    assert (du, KG.locatedIn, ent(corpus, "云杉区")) in g
    assert (ent(corpus, "星河精工有限公司工会"), KG.unionOf, ent(corpus, "星河精工有限公司")) in g
    (st,) = g.subjects(RDF.predicate, ORG.subOrganizationOf)
    assert (g.value(st, RDF.subject), g.value(st, RDF.object)) == (du, cu)
    assert g.value(st, KG.evidence) is not None
    # only places get schema:containedInPlace
    assert not list(g.triples((None, SDO.containedInPlace, None)))


def test_rdf_place_in_place_gets_contained_in_place():
    ents = [("云杉区", ["district"], []), ("青禾市", ["district"], [])]
    ar = make_article("p", 0, "题", "云杉区位于青禾市。", ents, links=[("云杉区", "located_in", "青禾市")])
    g = to_rdf(assemble([make_page("p", [ar])]))
    assert len(list(g.triples((None, SDO.containedInPlace, None)))) == 1


def test_rdf_comentions(corpus, g):
    a, b = ent(corpus, "云杉区总工会"), ent(corpus, "周木森")
    (cm,) = set(g.subjects(KG.participant, a)) & set(g.subjects(KG.participant, b))
    assert (cm, RDF.type, KG.CoMention) in g
    assert g.value(cm, KG.weight) == Literal(2, datatype=XSD.integer)
    assert len(set(g.objects(cm, KG.evidence))) == 2
    assert (a, KG.coMentionedWith, b) in g and (b, KG.coMentionedWith, a) in g
    assert len(list(g.subjects(RDF.type, KG.CoMention))) == len(corpus.comentions)


def test_rdf_nasty_literals_round_trip_exactly():
    files = render_rdf(nasty_corpus())
    for data, fmt in ((files["kg.ttl"], "turtle"), (files["kg.nt"], "nt")):
        g = Graph().parse(data=data, format=fmt)
        (a,) = g.subjects(RDF.type, SDO.NewsArticle)
        assert str(g.value(a, SDO.headline)) == NASTY_HEADLINE
        labels = {str(o) for o in g.objects(None, SKOS.prefLabel)}
        assert {NASTY_NAME, 'a\\b "c" <d>\n第二行'} <= labels
        assert '"引号"机构\\' in {str(o) for o in g.objects(None, SKOS.altLabel)}
    oxi = {q.object.value for q in pyoxigraph.parse(files["kg.ttl"].encode(),
                                                    format=pyoxigraph.RdfFormat.TURTLE)
           if isinstance(q.object, pyoxigraph.Literal)}
    assert NASTY_HEADLINE in oxi and NASTY_NAME in oxi


@pytest.mark.parametrize("text", [
    "a\r\tb\u2028c\x85d\x0ce", '三个引号 """ 和 "结尾"', "\U0001F600 \\u0041 not an escape",
])
def test_rdf_control_and_separator_characters_round_trip(text):
    ar = make_article("p", 0, text, "甲工会成立。", [("甲工会", ["union"], [])])
    files = render_rdf(assemble([make_page("p", [ar])]))
    for data, fmt, oxfmt in ((files["kg.ttl"], "turtle", pyoxigraph.RdfFormat.TURTLE),
                             (files["kg.nt"], "nt", pyoxigraph.RdfFormat.N_TRIPLES)):
        g = Graph().parse(data=data, format=fmt)
        assert [str(o) for o in g.objects(None, SDO.headline)] == [text]
        ox = [q.object.value for q in pyoxigraph.parse(data.encode("utf-8"), format=oxfmt)
              if q.predicate.value == str(SDO.headline)]
        assert ox == [text]


def test_rdf_custom_base_and_percent_encoded_page_ids(tmp_path):
    ar = make_article("第1版", 0, "题", "甲工会成立。", [("甲工会", ["union"], [])])
    files = write_rdf(assemble([make_page("第1版", [ar])]), tmp_path, base="https://ex.org/kg/")
    assert "<https://ex.org/kg/article/%E7%AC%AC1%E7%89%88-00>" in files["kg.nt"]
    assert "kg.example.org/entity" not in files["kg.nt"]
    assert (tmp_path / "kg.ttl").read_text(encoding="utf-8") == files["kg.ttl"]


@pytest.mark.parametrize("base", ["ftp://x/", "https://x", "https://例子/"])
def test_rdf_rejects_bad_base(base):
    with pytest.raises(ExportError):
        Minter(base)


def test_vocab_is_closed():
    assert str(KG.Union) == "https://kg.example.org/ns#Union"
    with pytest.raises(AttributeError):
        KG.Unoin  # noqa: B018
