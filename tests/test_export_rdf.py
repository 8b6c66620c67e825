"""kg.export.rdf + kg.vocab + kg/ontology/kg.ttl: the RDF model, the four
serialisations (Turtle, N-Triples, JSON-LD, N-Quads), round trips, escaping,
named graphs, IRI stability and the closed, declared vocabulary."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from _corpus_fixture import (NASTY_HEADLINE, NASTY_NAME, entity_id_of, make_article, make_corpus,
                             make_page, nasty_corpus)
from kg.corpus import assemble
from kg.errors import ExportError
from kg.export.rdf import (HEAD_TITLES, RDF_FILES, Minter, render_rdf, to_dataset, to_rdf,
                           write_rdf)
from kg.settings import Settings
from kg.vocab import KG, KG_NS, OA, ONTOLOGY, PREFIXES, SHAPES

B = "https://kg.example.org/"
ROOT = Path(__file__).resolve().parent.parent
RDFLIB_FORMATS = {"kg.ttl": "turtle", "kg.nt": "nt", "kg.jsonld": "json-ld", "kg.nq": "nquads"}
OX_FORMATS = {"kg.ttl": pyoxigraph.RdfFormat.TURTLE, "kg.nt": pyoxigraph.RdfFormat.N_TRIPLES,
              "kg.jsonld": pyoxigraph.RdfFormat.JSON_LD, "kg.nq": pyoxigraph.RdfFormat.N_QUADS}


def _parse(data: str, fmt: str) -> Graph:
    """One rdflib Graph of a serialisation; for N-Quads the union of its graphs."""
    if fmt != "nquads":
        return Graph().parse(data=data, format=fmt)
    ds, g = Dataset().parse(data=data, format="nquads"), Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


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
    assert set(g.objects(union, RDF.type)) == {SDO.WorkersUnion, KG.Union, ORG.Organization}
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
    for name, fmt in RDFLIB_FORMATS.items():
        g = _parse(files[name], fmt)
        (a,) = g.subjects(RDF.type, SDO.NewsArticle)
        assert str(g.value(a, SDO.headline)) == NASTY_HEADLINE
        labels = {str(o) for o in g.objects(None, SKOS.prefLabel)}
        assert {NASTY_NAME, 'a\\b "c" <d>\n第二行'} <= labels
        assert '"引号"机构\\' in {str(o) for o in g.objects(None, SKOS.altLabel)}
    for name, oxfmt in OX_FORMATS.items():
        oxi = {q.object.value for q in pyoxigraph.parse(files[name].encode(), format=oxfmt)
               if isinstance(q.object, pyoxigraph.Literal)}
        assert NASTY_HEADLINE in oxi and NASTY_NAME in oxi, name
        assert '"引号"机构\\' in oxi and 'a\\b "c" <d>\n第二行' in oxi, name


@pytest.mark.parametrize("text", [
    "a\r\tb\u2028c\x85d\x0ce", '三个引号 """ 和 "结尾"', "\U0001F600 \\u0041 not an escape",
    '两行\n"引号"结尾"', 'x\n""""y\\"', "反斜杠\n结尾\\",
])
def test_rdf_control_and_separator_characters_round_trip(text):
    ar = make_article("p", 0, text, "甲工会成立。", [("甲工会", ["union"], [])])
    files = render_rdf(assemble([make_page("p", [ar])]))
    for name, fmt in RDFLIB_FORMATS.items():
        g = _parse(files[name], fmt)
        assert [str(o) for o in g.objects(None, SDO.headline)] == [text], name
        ox = [q.object.value for q in pyoxigraph.parse(files[name].encode("utf-8"),
                                                       format=OX_FORMATS[name])
              if q.predicate.value == str(SDO.headline)]
        assert ox == [text], name


def test_rdf_public_serializers_match_render_rdf(corpus, files):
    """serialize_* take rdflib graphs and write exactly what render_rdf writes."""
    from kg.export.rdf import (serialize_jsonld, serialize_nquads, serialize_ntriples,
                               serialize_turtle)
    g = to_rdf(corpus)
    assert serialize_turtle(g) == files["kg.ttl"] and serialize_ntriples(g) == files["kg.nt"]
    assert serialize_jsonld(g) == files["kg.jsonld"]
    assert serialize_nquads(to_dataset(corpus)) == files["kg.nq"]
    g.add((BNode(), RDF.type, KG.Union))
    with pytest.raises(ExportError, match="blank node"):
        serialize_turtle(g)


def test_rdf_custom_base_and_percent_encoded_page_ids(tmp_path):
    ar = make_article("第1版", 0, "题", "甲工会成立。", [("甲工会", ["union"], [])])
    files = write_rdf(assemble([make_page("第1版", [ar])]), tmp_path, base="https://ex.org/kg/")
    assert "<https://ex.org/kg/article/%E7%AC%AC1%E7%89%88-00>" in files["kg.nt"]
    assert "kg.example.org/entity" not in files["kg.nt"]
    assert (tmp_path / "kg.ttl").read_text(encoding="utf-8") == files["kg.ttl"]


@pytest.mark.parametrize("base", ["ftp://x/", "https://x", "https://例子/", "https://x/a b/",
                                  "https://x/<y>/"])
def test_rdf_rejects_bad_base(base):
    with pytest.raises(ExportError):
        Minter(base)


def test_vocab_is_closed():
    assert str(KG.Union) == "https://kg.example.org/ns#Union"
    with pytest.raises(AttributeError):
        KG.Unoin  # noqa: B018


# ------------------------------------------------------------- every format
def test_rdf_writes_four_formats(files):
    assert sorted(files) == sorted(RDF_FILES) == ["kg.jsonld", "kg.nq", "kg.nt", "kg.ttl"]


@pytest.mark.parametrize("name", RDF_FILES)
def test_rdf_every_format_is_the_same_graph(files, name):
    nt = Graph().parse(data=files["kg.nt"], format="nt")
    other = _parse(files[name], RDFLIB_FORMATS[name])
    assert len(other) == len(nt) and isomorphic(other, nt)


@pytest.mark.parametrize("corpus_fn", [make_corpus, nasty_corpus], ids=["fixture", "nasty"])
@pytest.mark.parametrize("name", RDF_FILES)
def test_rdf_round_trip_parse_serialize_parse(corpus_fn, name):
    fmt = RDFLIB_FORMATS[name]
    data = render_rdf(corpus_fn())[name]
    if fmt == "nquads":
        ds = Dataset().parse(data=data, format=fmt)
        again = Dataset().parse(data=ds.serialize(format=fmt), format=fmt)
        names = {c.identifier for c in ds.graphs() if len(c)}
        assert names == {c.identifier for c in again.graphs() if len(c)}
        for gname in names:
            assert isomorphic(ds.graph(gname), again.graph(gname)), gname
        return
    g = Graph().parse(data=data, format=fmt)
    again = Graph().parse(data=g.serialize(format=fmt), format=fmt)
    assert len(g) == len(again) and isomorphic(g, again)


@pytest.mark.parametrize("name", RDF_FILES)
def test_rdf_every_format_loads_into_oxigraph(files, name):
    store = pyoxigraph.Store()
    store.load(files[name].encode("utf-8"), format=OX_FORMATS[name])
    n = files["kg.nt"].count("\n")
    if name == "kg.nq":
        assert len(store) == files["kg.nq"].count("\n") > n
        assert len(set(store.named_graphs())) == 4  # three articles + the corpus graph
        rows = list(store.query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o "
                                "{ GRAPH ?g { ?s ?p ?o } } }"))
        assert int(rows[0]["n"].value) == n
    else:
        assert len(store) == n


# ------------------------------------------------------------------ JSON-LD
def test_rdf_jsonld_has_a_readable_prefix_context(files):
    doc = json.loads(files["kg.jsonld"])
    ctx = doc["@context"]
    assert ctx["@language"] == "zh" and ctx["kgr"] == B
    for prefix, ns in PREFIXES.items():
        assert ctx[prefix] == ns
    ids = [n["@id"] for n in doc["@graph"]]
    assert ids == sorted(ids, key=lambda i: B + i.removeprefix("kgr:")) and len(ids) == len(set(ids))
    (union,) = [n for n in doc["@graph"] if n.get("skos:prefLabel") == "青禾市总工会"]
    assert union["@id"].startswith("kgr:entity/org-")
    assert sorted(union["@type"]) == ["kg:Union", "org:Organization", "schema:WorkersUnion"]
    assert union["kg:mentionCount"] == 4 and union["skos:altLabel"] == "市总工会"


# ------------------------------------------------------- N-Quads, named graphs
def test_rdf_nquads_one_graph_per_article_plus_corpus(corpus, files):
    lines = files["kg.nq"].split("\n")
    assert lines.pop() == ""
    graphs = [line.rsplit(" ", 2)[1] for line in lines]
    # each graph is one block, blocks sorted by name, lines sorted inside a block
    blocks = [g for i, g in enumerate(graphs) if i == 0 or graphs[i - 1] != g]
    assert blocks == sorted(set(graphs))
    assert set(blocks) == {f"<{B}graph/corpus>"} | {
        f"<{B}graph/article/{a}>" for a in ("p01_alpha-00", "p01_alpha-01", "p02_beta-00")}
    for g in blocks:
        block = [line for line in lines if line.rsplit(" ", 2)[1] == g]
        assert block == sorted(block)
    ds = to_dataset(corpus)
    art = ds.graph(URIRef(B + "graph/article/p02_beta-00"))
    core = ds.graph(URIRef(B + "graph/corpus"))
    bai = ent(corpus, "白芷")
    (m,) = art.subjects(ORG.member, bai)
    assert art.value(m, KG.evidence) is not None
    assert art.value(bai, SKOS.prefLabel) == zh("白芷")  # each article graph labels its entities
    assert not list(art.triples((None, RDF.type, KG.CoMention)))
    assert len(list(core.subjects(RDF.type, KG.CoMention))) == len(corpus.comentions)
    assert (bai, KG.mentionCount, None) in core and (bai, KG.mentionCount, None) not in art


def test_rdf_adding_a_page_leaves_other_article_graphs_and_iris_unchanged():
    """Incremental updates: a new page adds graphs; the old articles' graphs are byte-identical."""
    from _corpus_fixture import make_page_results

    p2, p1 = make_page_results()
    small, big = render_rdf(assemble([p1])), render_rdf(assemble([p1, p2]))

    def blocks(nq):
        out = {}
        for line in nq.split("\n")[:-1]:
            out.setdefault(line.rsplit(" ", 2)[1], []).append(line)
        return out

    bs, bb = blocks(small["kg.nq"]), blocks(big["kg.nq"])
    for name, block in bs.items():
        if not name.endswith("graph/corpus>"):
            assert bb[name] == block, name
    assert set(bb) - set(bs) == {f"<{B}graph/article/p02_beta-00>"}
    # every IRI of the smaller corpus names the same thing in the larger one
    iris = lambda t: {w for line in t.split("\n") for w in line.split(" ") if w.startswith("<")}  # noqa: E731
    assert iris(small["kg.nt"]) <= iris(big["kg.nt"])


def test_rdf_iris_do_not_depend_on_input_order_or_other_pages():
    from _corpus_fixture import make_page_results

    p2, p1 = make_page_results()
    assert render_rdf(assemble([p1, p2])) == render_rdf(assemble([p2, p1]))
    lin = [e.id for e in assemble([p2]).entities if e.name == "林晓岚"]
    assert lin == [e.id for e in assemble([p1, p2]).entities if e.name == "林晓岚"]


# ---------------------------------------------------- Web Annotation evidence
def test_rdf_evidence_has_web_annotation_selectors(corpus, g):
    texts = {a.article.id: a.article.text for a in corpus.articles}
    evs = set(g.subjects(RDF.type, KG.Evidence))
    assert evs and evs == set(g.subjects(RDF.type, OA.SpecificResource))
    for ev in evs:
        article = g.value(ev, OA.hasSource)
        assert article == g.value(ev, PROV.wasDerivedFrom)
        assert (article, RDF.type, SDO.NewsArticle) in g
        sels = set(g.objects(ev, OA.hasSelector))
        (pos,) = [s for s in sels if (s, RDF.type, OA.TextPositionSelector) in g]
        (quo,) = [s for s in sels if (s, RDF.type, OA.TextQuoteSelector) in g]
        start, end = g.value(pos, OA.start).toPython(), g.value(pos, OA.end).toPython()
        assert (start, end) == (g.value(ev, KG.start).toPython(), g.value(ev, KG.end).toPython())
        text = texts[str(g.value(article, DCTERMS.identifier))]
        assert text[start:end] == str(g.value(quo, OA.exact))
        parts = [g.value(quo, p) for p in (OA.prefix, OA.exact, OA.suffix)]
        assert "".join(str(x) for x in parts if x is not None) == str(g.value(ev, KG.quote))
        agent = g.value(ev, PROV.wasAttributedTo)
        assert (agent, RDF.type, PROV.SoftwareAgent) in g
        assert g.value(agent, RDFS.label) == Literal(str(g.value(ev, KG.extractedBy)))
        assert str(pos).isascii() and str(agent).isascii()


def test_rdf_evidence_span_inside_its_sentence_gets_prefix_and_suffix():
    """As in the pipeline: the offsets are the fact's span, the quote its whole sentence."""
    from dataclasses import replace

    from kg.model import Evidence
    ar = make_article("p", 0, "题", "会上，甲工会主席林晓岚讲话。散会。",
                      [("甲工会", ["union"], []), ("林晓岚", ["official"], [])],
                      roles=[("林晓岚", "主席", "甲工会")])
    text, sent = ar.article.text, ar.sentences[1]
    start = text.index("甲工会主席林晓岚")
    ev = Evidence(ar.article.id, 1, start, start + 8, sent.text, "rule:title_chain.v1")
    ar = replace(ar, roles=(replace(ar.roles[0], evidence=ev),))
    g = Graph().parse(data=render_rdf(assemble([make_page("p", [ar])]))["kg.ttl"], format="turtle")
    (membership,) = g.subjects(RDF.type, ORG.Membership)
    node = g.value(membership, KG.evidence)
    (quo,) = [s for s in g.objects(node, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in g]
    assert g.value(quo, OA.prefix) == zh("会上，")
    assert g.value(quo, OA.exact) == zh("甲工会主席林晓岚")
    assert g.value(quo, OA.suffix) == zh("讲话。")
    assert g.value(node, KG.quote) == zh(sent.text) == zh("会上，甲工会主席林晓岚讲话。")
    assert (g.value(node, KG.start).toPython(), g.value(node, KG.end).toPython()) == (start, start + 8)
    assert g.value(node, KG.sentence).toPython() == 1


def test_rdf_head_of_only_for_head_titles(corpus, g):
    lin, union = ent(corpus, "林晓岚"), ent(corpus, "青禾市总工会")
    assert (lin, ORG.headOf, union) in g  # 主席
    assert (ent(corpus, "周木森"), ORG.headOf, ent(corpus, "云杉区总工会")) in g
    assert (ent(corpus, "周木森"), ORG.headOf, ent(corpus, "云杉区人民政府")) not in g  # 副区长
    assert (ent(corpus, "白芷"), ORG.headOf, None) not in g  # 护士长
    assert "主席" in HEAD_TITLES and not any(t.startswith(("副", "常务副")) for t in HEAD_TITLES)


def test_rdf_organisations_are_org_organizations(corpus, g):
    orgs = set(g.subjects(RDF.type, ORG.Organization))
    assert ent(corpus, "青禾市总工会") in orgs and ent(corpus, "星河精工有限公司") in orgs
    assert ent(corpus, "云杉区") not in orgs and ent(corpus, "林晓岚") not in orgs
    assert set(g.objects(None, ORG.organization)) <= orgs


def test_rdf_evidence_without_offsets_is_left_out():
    from dataclasses import replace

    from kg.model import Evidence
    c = make_corpus()
    bad = Evidence(c.comentions[0].evidence[0].article_id, 99, -1, -1, "", "corpus:comention.v1")
    c = replace(c, comentions=(replace(c.comentions[0], evidence=(bad,)), *c.comentions[1:]))
    g2 = to_rdf(c)
    node = Minter(B).comention(c.comentions[0].a, c.comentions[0].b)
    assert g2.value(node, KG.evidence) is None and g2.value(node, PROV.wasDerivedFrom) is not None
    assert not list(g2.triples((None, KG.start, Literal(-1, datatype=XSD.integer))))


# ---------------------------------------------------------------- base IRI
def test_rdf_base_iri_setting_reaches_every_file(tmp_path):
    from kg.export import write_all

    base = "https://data.example.net/unions#"
    write_all(make_corpus(), tmp_path, Settings(base_iri=base))
    for name in RDF_FILES:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "kg.example.org/entity" not in text and "kg.example.org/graph" not in text, name
        assert base in text and KG_NS in text, name  # the vocabulary keeps its namespace
    g = Graph().parse(tmp_path / "kg.jsonld", format="json-ld")
    assert (URIRef(base + "article/p01_alpha-00"), RDF.type, SDO.NewsArticle) in g
    assert json.loads((tmp_path / "build.json").read_text())["settings"]["base_iri"] == base


def test_rdf_default_base_iri_is_the_settings_default():
    from kg.vocab import DEFAULT_BASE
    assert Settings().base_iri == DEFAULT_BASE == B


# ------------------------------------------------------------ the ontology
def _declared(onto: Graph) -> set[URIRef]:
    return {s for s in onto.subjects(RDFS.isDefinedBy, None)
            if isinstance(s, URIRef) and str(s).startswith(KG_NS)}


@pytest.fixture(scope="module")
def onto():
    return Graph().parse(ONTOLOGY, format="turtle")


def _kg_terms_used(text: str) -> set[URIRef]:
    g = Graph().parse(data=text, format="nt")
    return {t for triple in g for t in triple
            if isinstance(t, URIRef) and str(t).startswith(KG_NS)}


def test_ontology_declares_exactly_the_closed_namespace(onto):
    vocab = {URIRef(KG_NS + name) for name in KG.__annotations__}
    assert _declared(onto) == vocab
    # nothing in the kg: namespace appears in kg.ttl without being declared
    mentioned = {t for triple in onto for t in triple
                 if isinstance(t, URIRef) and str(t).startswith(KG_NS)}
    assert mentioned == vocab


def test_ontology_terms_are_used_and_used_terms_are_declared(onto, files):
    """Every kg: term in the output is declared in kg.ttl, and every declared term is used."""
    used = _kg_terms_used(files["kg.nt"])
    seeds = ROOT / "output" / "kg.nt"
    if seeds.exists():
        used |= _kg_terms_used(seeds.read_text(encoding="utf-8"))
    assert used == _declared(onto)


def test_ontology_every_term_is_labelled_and_typed_in_english_and_chinese(onto):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for term in _declared(onto):
        assert len(set(onto.objects(term, RDF.type)) & kinds) == 1, term
        for prop in (RDFS.label, RDFS.comment):
            langs = sorted(o.language for o in onto.objects(term, prop))
            assert langs == ["en", "zh"], (term, prop)
        assert onto.value(term, RDFS.isDefinedBy) == URIRef(KG_NS.rstrip("#"))
        for prop in (RDFS.domain, RDFS.range):
            for o in onto.objects(term, prop):  # every class used is declared
                assert (o, RDF.type, OWL.Class) in onto or str(o).startswith(str(XSD)) \
                    or o == RDF.langString, (term, prop, o)
    header = URIRef(KG_NS.rstrip("#"))
    assert (header, RDF.type, OWL.Ontology) in onto
    assert {o.language for o in onto.objects(header, RDFS.comment)} == {"en", "zh"}
    assert not any(isinstance(t, BNode) for triple in onto for t in triple)


def test_ontology_and_shapes_parse_with_oxigraph_and_ship_as_package_data():
    for path in (ONTOLOGY, SHAPES):
        assert list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"ontology/*.ttl"' in pyproject


# ------------------------------------------------------------- bounded memory
def test_rdf_spilled_external_sort_writes_the_same_bytes(corpus, files, monkeypatch, tmp_path):
    """With tiny sort runs (many spill files) every format is byte-identical."""
    from kg import spool
    from kg.export import _sink
    from kg.export.rdf import stream_rdf

    monkeypatch.setattr(spool, "RUN_CHARS", 2000)
    assert render_rdf(corpus) == files
    sink = _sink.FileSink(tmp_path)
    stream_rdf(corpus, sink)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(RDF_FILES)  # no spill/temp files
    for name in RDF_FILES:
        assert (tmp_path / name).read_text(encoding="utf-8") == files[name]


def test_external_sort_merges_runs_and_drops_duplicates(monkeypatch):
    import random

    from kg import spool
    from kg.spool import ExternalSort

    FAN_IN = 16   # small, so ~400 spills make several levels
    monkeypatch.setattr(spool, "FAN_IN", FAN_IN)
    rnd = random.Random(3)
    items = [f"{rnd.randrange(500):03d}-{'长' * rnd.randrange(4)}" for _ in range(3000)]
    for unique in (False, True):
        srt = ExternalSort(unique=unique, run_chars=30)
        for x in items:
            srt.add(x)
        levels = [level for level, _ in srt._runs]
        # ~400 spills were merged level by level: few files stay open, per level < FAN_IN
        assert max(levels) >= 2 and len(levels) < FAN_IN * (max(levels) + 1)
        assert all(levels.count(lv) < FAN_IN for lv in set(levels))
        assert list(srt) == (sorted(set(items)) if unique else sorted(items))


def test_external_sort_batches_are_bounded_by_characters(monkeypatch):
    """A run of large items (a whole article graph each) is read back a few items at a
    time: merging many runs must not hold every run whole."""
    import pickle
    import zlib

    from kg import spool

    monkeypatch.setattr(spool, "_BATCH_CHARS", 50_000)
    srt = spool.ExternalSort(run_chars=2_000_000)
    for i in range(60):
        text = f"{i:03d}" + "图" * 20_000
        srt.add(("g", i, text), len(text))
    srt._spill()
    (_, fh), = srt._runs
    batches = []
    while head := fh.read(8):   # each batch: its length, then the compressed pickle
        batches.append(pickle.loads(zlib.decompress(fh.read(int.from_bytes(head, "little")))))
    assert fh.tell() < 60 * 20_000   # compressed: far less than the 60 x 20k characters
    assert sum(len(b) for b in batches) == 60
    assert max(len(b) for b in batches) == 3    # 3 x 20k chars passes 50k
    fh.seek(0)
    assert [x[1] for x in srt] == list(range(60))


def test_file_sink_is_atomic_and_hashes(tmp_path):
    import hashlib

    from kg.export._sink import FileSink

    sink = FileSink(tmp_path)
    (tmp_path / "a.txt").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with sink.open("a.txt") as out:
            out.write("new, half")
            raise RuntimeError
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "old"
    with sink.open("sub/b.txt") as out:
        out.write("乙" * 600_000)
        out.write("\n")
    data = (tmp_path / "sub" / "b.txt").read_bytes()
    assert data == ("乙" * 600_000 + "\n").encode("utf-8")
    assert sink.hashes["sub/b.txt"] == hashlib.sha256(data).hexdigest()
    with pytest.raises(ExportError, match="second time"):
        sink.open("sub/b.txt").__enter__()


# ------------------------------------------------- forked writers (write_all with jobs > 1)
def test_rdf_parallel_writers_give_the_same_files_and_hashes(tmp_path):
    import hashlib

    from kg.export._sink import FileSink
    from kg.export.rdf import stream_rdf
    corpus = make_corpus()
    expected = render_rdf(corpus)
    sink = FileSink(tmp_path)
    stream_rdf(corpus, sink, parallel=True)
    assert sorted(sink.hashes) == sorted(RDF_FILES)
    for name, text in expected.items():
        data = (tmp_path / name).read_bytes()
        assert data == text.encode("utf-8") and sink.hashes[name] == hashlib.sha256(data).hexdigest()


def test_rdf_parallel_writers_read_the_lines_merged_once_through_pipes(tmp_path, monkeypatch):
    # tiny sort runs and tee batches: every sort spills, and the stream to the forked
    # writers is many batches, more than a pipe's buffer holds at once
    import kg.spool as spool_mod
    from kg.export import rdf
    from kg.export._sink import FileSink
    monkeypatch.setattr(spool_mod, "RUN_CHARS", 2000)
    monkeypatch.setattr(rdf, "_TEE_BATCH", 64)
    # every external sort records the process that made it and each process that merges it
    log = tmp_path / "merges.log"
    real_init, real_iter = spool_mod.ExternalSort.__init__, spool_mod.ExternalSort.__iter__

    def init(self, *a, **k):
        real_init(self, *a, **k)
        self.made_in = os.getpid()

    def merge(self):
        with open(log, "a") as fh:
            fh.write(f"{self.made_in} {os.getpid()}\n")
        return real_iter(self)

    monkeypatch.setattr(spool_mod.ExternalSort, "__init__", init)
    monkeypatch.setattr(spool_mod.ExternalSort, "__iter__", merge)
    corpus = make_corpus()
    out = tmp_path / "out"
    out.mkdir()
    rdf.stream_rdf(corpus, FileSink(out), parallel=True)
    merges = [tuple(map(int, line.split())) for line in log.read_text().splitlines()]
    assert {n: (out / n).read_text(encoding="utf-8") for n in RDF_FILES} == render_rdf(corpus)
    here = os.getpid()
    # this process merges its three sorts (N-Triples lines, the corpus graph's quads,
    # the per-article blocks) once each; the forked writers merge only sorts of their own
    assert sorted(m for m in merges if m[1] == here) == [(here, here)] * 3
    children = [m for m in merges if m[1] != here]
    assert children and all(made == merged for made, merged in children)


def test_rdf_a_parent_failing_mid_stream_leaves_no_forked_file(tmp_path, monkeypatch):
    from kg.export import rdf
    from kg.export._sink import FileSink
    monkeypatch.setattr(rdf, "_TEE_BATCH", 64)
    real_tee = rdf._tee

    def tee_then_fail(lines, out, pipes):
        for k, line in enumerate(real_tee(lines, out, pipes)):
            if k == 40 and pipes:
                raise RuntimeError("out of disk")
            yield line

    monkeypatch.setattr(rdf, "_tee", tee_then_fail)
    with pytest.raises((RuntimeError, ExportError)):
        rdf.stream_rdf(make_corpus(), FileSink(tmp_path), parallel=True)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == []


def test_rdf_a_forked_writer_failing_early_does_not_hang_the_feed(tmp_path, monkeypatch):
    from kg.export import rdf
    from kg.export._sink import FileSink
    monkeypatch.setattr(rdf, "_TEE_BATCH", 64)

    def broken(self, s, pos):
        raise RuntimeError("bad subject")

    monkeypatch.setattr(rdf._JsonLd, "add_subject", broken)
    with pytest.raises(ExportError, match="kg.jsonld: RuntimeError: bad subject"):
        rdf.stream_rdf(make_corpus(), FileSink(tmp_path), parallel=True)
    assert not (tmp_path / "kg.jsonld").exists()
    assert (tmp_path / "kg.ttl").exists()   # the other writer finished its file


def test_rdf_a_failing_forked_writer_is_an_export_error(tmp_path, monkeypatch):
    from kg.export import rdf
    from kg.export._sink import FileSink

    def broken(self, out):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rdf._Turtle, "write", broken)
    with pytest.raises(ExportError, match="kg.ttl: RuntimeError: disk on fire"):
        rdf.stream_rdf(make_corpus(), FileSink(tmp_path), parallel=True)
    assert not (tmp_path / "kg.ttl").exists()


def test_turtle_orders_subjects_by_references_then_iri_when_iris_share_prefixes():
    """Subjects reach the Turtle writer in N-Triples line order (``<x/a-c>`` before
    ``<x/a>``, since "-" < ">"); the reference counts must still join the right subjects."""
    import re

    from rdflib import Graph, Literal, URIRef
    from rdflib.compare import isomorphic

    from kg.export.rdf import serialize_turtle

    base = "https://ex.org/x/"
    subjects = ["a", "a/b", "a-c", "a0", "b", "ab"]
    refs = {"a": 3, "a/b": 1, "a-c": 2, "a0": 0, "b": 1, "ab": 2}
    g = Graph()
    for s in subjects:
        g.add((URIRef(base + s), URIRef("https://ex.org/p"), Literal(s)))
    k = 0
    for s, n in refs.items():
        for _ in range(n):   # n distinct referrers of s
            g.add((URIRef(f"{base}r{k}"), URIRef("https://ex.org/q"), URIRef(base + s)))
            k += 1
    text = serialize_turtle(g)
    order = [m for m in re.findall(r"^<https://ex\.org/x/([^>]+)>", text, re.M) if not m.startswith("r")]
    assert order == sorted(subjects, key=lambda s: (refs[s], base + s))
    assert isomorphic(Graph().parse(data=text, format="turtle"), g)
