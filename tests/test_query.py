"""kg.query: SPARQL over the built RDF, errors, and result formatting."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, Literal, URIRef

import kg
from _corpus_fixture import entity_id_of, make_corpus, write_built
from kg.errors import QueryError
from kg.query import (display_width, format_csv, format_json, format_results, format_table,
                      format_tsv, graph_file, load_rdf, run_query)

ROLES = """
SELECT ?name ?title ?org WHERE {
  ?m a org:Membership ; org:member/skos:prefLabel ?name ; org:role/skos:prefLabel ?title .
  OPTIONAL { ?m org:organization/skos:prefLabel ?org }
} ORDER BY ?name ?title
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("out")
    write_built(folder)
    return folder


def test_query_select_with_predeclared_prefixes(out):
    names, rows = run_query(ROLES, out)
    assert names == ["name", "title", "org"]
    assert sorted(rows) == sorted([
        ("周木森", "主席", "云杉区总工会"), ("周木森", "副区长", "云杉区人民政府"),
        ("周木森", "钳工", "星河精工有限公司"), ("孟川", "记者", None), ("孟川", "通讯员", None),
        ("林晓岚", "主席", "青禾市总工会"), ("林晓岚", "党组书记", "青禾市总工会"),
        ("白芷", "护士长", "青禾职工医院")])


def test_query_typed_values(out):
    names, rows = run_query("SELECT ?w WHERE { ?c a kg:CoMention ; kg:weight ?w } ORDER BY DESC(?w) LIMIT 1", out)
    assert rows == [(2,)]


def test_query_ask_and_construct(out):
    assert run_query("ASK { ?x a kg:Union }", out) == (["ask"], [(True,)])
    names, rows = run_query("CONSTRUCT { ?x a kg:Union } WHERE { ?x a kg:Union }", out)
    assert names == ["subject", "predicate", "object"] and len(rows) == 3


def test_query_bindings_even_for_unprojected_variables(out):
    corpus = make_corpus()
    names, rows = run_query("SELECT ?p WHERE { ?p skos:prefLabel ?label }", out,
                            bindings={"label": Literal("林晓岚", lang="zh")})
    assert rows == [(f"https://kg.example.org/entity/{entity_id_of(corpus, '林晓岚')}",)]
    _, rows = run_query("SELECT ?label WHERE { ?p skos:prefLabel ?label }", out,
                        bindings={"?p": URIRef(f"https://kg.example.org/entity/{entity_id_of(corpus, '白芷')}")})
    assert rows == [("白芷",)]


def test_query_from_file_and_turtle(out, tmp_path):
    q = tmp_path / "roles.rq"
    q.write_text(ROLES, encoding="utf-8")
    assert run_query(str(q), out) == run_query(ROLES, out / "kg.ttl")


@pytest.mark.parametrize("query, where, message", [
    ("SELEC ?x", None, "SPARQL syntax error"),
    ("SELECT ?x WHERE { ?x a nope:Thing }", None, "SPARQL syntax error"),
    ("missing.rq", None, "no such query file"),
    ("   ", None, "empty query"),
    ("SELECT * {}", "nowhere", "no such folder or file"),
    ("SELECT * {}", "empty", "no kg.nt or kg.ttl"),
])
def test_query_errors_are_query_errors(out, tmp_path, query, where, message):
    target = out
    if where == "nowhere":
        target = tmp_path / "nowhere"
    elif where == "empty":
        target = tmp_path
    with pytest.raises(QueryError, match=message):
        run_query(query, target)


def test_query_load_rdf(out):
    g = load_rdf(out)
    assert isinstance(g, Graph)
    assert len(g) == len((out / "kg.nt").read_text(encoding="utf-8").splitlines())
    assert len(kg.load_rdf(out)) == len(g)
    assert graph_file(out).name == "kg.nt"


def test_query_display_width():
    assert display_width("abc") == 3 and display_width("工会") == 4 and display_width("Ａ") == 2


def test_query_format_table_aligns_cjk():
    text = format_table(["name", "n"], [("青禾市总工会", 1), ("ab", None), ("x\ny", 22)])
    lines = text.splitlines()
    assert lines[0] == "name          n"
    assert lines[1] == "------------  --"
    assert lines[2] == "青禾市总工会  1"
    assert lines[3] == "ab"
    assert lines[4] == "x y           22"


def test_query_format_csv_tsv_json():
    names, rows = ["a", "b"], [("逗,号", None), ('引"号', True), ("tab\there", 3)]
    assert list(csv.reader(io.StringIO(format_csv(names, rows)))) == [
        ["a", "b"], ["逗,号", ""], ['引"号', "true"], ["tab\there", "3"]]
    assert format_tsv(names, rows).splitlines() == ["a\tb", "逗,号\t", '引"号\ttrue', "tab\\there\t3"]
    assert json.loads(format_json(names, rows)) == [
        {"a": "逗,号", "b": None}, {"a": '引"号', "b": True}, {"a": "tab\there", "b": 3}]
    assert format_results(names, rows, "csv") == format_csv(names, rows)
    with pytest.raises(QueryError, match="unknown format"):
        format_results(names, rows, "xml")


# ------------------------------------------------------------ canned queries
from click.testing import CliRunner  # noqa: E402

from kg.cli import cli  # noqa: E402
from kg.query import (bind_params, canned_queries, format_canned_list, parse_header,  # noqa: E402
                      resolve_query, with_prefixes, with_values)

CANNED = {
    ("officials-of", (("org", "青禾市总工会"),)): [("林晓岚", "主席"), ("林晓岚", "党组书记")],
    ("officials-of", (("org", "区总工会"),)): [("周木森", "主席")],  # an altLabel
    ("posts-of", (("person", "周木森"),)): [
        ("副区长", "云杉区人民政府"), ("主席", "云杉区总工会"), ("钳工", "星河精工有限公司")],
    ("posts-of", (("person", "孟川"),)): [("记者", None), ("通讯员", None)],
    ("unions-in", (("district", "云杉区"),)): [("云杉区总工会", "云杉区")],
    ("unions-in", (("district", "青禾市"),)): [("青禾市总工会", "青禾市")],
    ("multi-post", ()): [
        ("周木森", 3, "云杉区人民政府", "副区长"), ("周木森", 3, "云杉区总工会", "主席"),
        ("周木森", 3, "星河精工有限公司", "钳工")],
    ("companies-with", (("union", "云杉区总工会"),)): [("星河精工有限公司", 1)],
    ("companies-with", (("union", "星河精工有限公司工会"),)): [],
    ("evidence-of", (("person", "周木森"), ("org", "云杉区总工会"))): [
        ("主席 @ 云杉区总工会", "p01_alpha#00", "青禾市总工会召开全委会",
         "云杉区人民政府副区长、区总工会主席周木森作报告。", 3, 54, 78, "test:fixture.v1")],
    ("evidence-of", (("person", "周木森"),)): [
        ("honor: 全国劳动模范", "p01_alpha#00", "青禾市总工会召开全委会",
         "云杉区人民政府副区长、区总工会主席周木森作报告。", 3, 54, 78, "test:fixture.v1"),
        ("主席 @ 云杉区总工会", "p01_alpha#00", "青禾市总工会召开全委会",
         "云杉区人民政府副区长、区总工会主席周木森作报告。", 3, 54, 78, "test:fixture.v1"),
        ("副区长 @ 云杉区人民政府", "p01_alpha#00", "青禾市总工会召开全委会",
         "云杉区人民政府副区长、区总工会主席周木森作报告。", 3, 54, 78, "test:fixture.v1"),
        ("钳工 @ 星河精工有限公司", "p01_alpha#01", "星河精工举办技能比武",
         "星河精工有限公司钳工周木森获得一等奖。", 2, 24, 43, "test:fixture.v1")],
    ("evidence-of", (("person", "孟川"),)): [
        ("记者", "p01_alpha#00", "青禾市总工会召开全委会", "记者 孟川", 7, 158, 163, "test:fixture.v1"),
        ("通讯员", "p02_beta#00", "送温暖到一线", "通讯员 孟川", 3, 41, 47, "test:fixture.v1")],
    ("evidence-of", (("person", "孟川"), ("org", "青禾市总工会"))): [],
}
COLUMNS = {"officials-of": ["person", "title"], "posts-of": ["title", "organization"],
           "unions-in": ["union", "place"], "multi-post": ["person", "orgs", "organization", "title"],
           "companies-with": ["company", "weight"],
           "evidence-of": ["fact", "article", "headline", "quote", "sentence", "start", "end", "rule"]}


@pytest.mark.parametrize("name, params", list(CANNED), ids=lambda x: str(x))
def test_canned_query_rows(out, name, params):
    names, rows = run_query(name, out, params=dict(params))
    assert names == COLUMNS[name]
    assert rows == CANNED[(name, params)]


def test_every_canned_query_is_tested_and_documented():
    queries = canned_queries()
    assert set(queries) == {n for n, _ in CANNED} == set(COLUMNS)
    for q in queries.values():
        assert q.description and q.path.suffix == ".rq"
    listing = format_canned_list()
    assert "officials-of --org NAME" in listing and "evidence-of --person NAME [--org NAME]" in listing
    assert all(q.description in listing for q in queries.values())


def test_canned_params_are_bound_not_pasted(out):
    hostile = '西城区总工会"@zh } } ; DROP ALL ; SELECT * { ?s ?p ?o } #'
    assert run_query("officials-of", out, params={"org": hostile}) == (["person", "title"], [])
    q = resolve_query("officials-of")
    text = with_values(q.text, bind_params(q, {"org": hostile}))
    assert '\\"@zh } } ; DROP ALL' in text  # escaped inside one literal


def test_canned_param_errors(out):
    with pytest.raises(QueryError, match=r"unknown canned query 'officials'; known: companies-with"):
        run_query("officials", out)
    with pytest.raises(QueryError, match=r"officials-of.rq: missing --org NAME"):
        run_query("officials-of", out)
    with pytest.raises(QueryError, match=r"unknown parameter --union; this query takes: --org NAME"):
        run_query("officials-of", out, params={"org": "x", "union": "y"})


def test_query_file_with_header_params_and_error_names_file(out, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("# Labels of one type.\n# param cls (iri): the class\n"
                  "SELECT ?n WHERE { ?x a ?cls ; skos:prefLabel ?n } ORDER BY ?n", encoding="utf-8")
    _, rows = run_query(str(rq), out, params={"cls": "https://kg.example.org/ns#Journalist"})
    assert rows == [("孟川",)]
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x a kg:Union ", encoding="utf-8")
    with pytest.raises(QueryError, match=r"bad.rq: SPARQL syntax error"):
        run_query(str(bad), out)


def test_header_parsing_and_values_placement():
    q = parse_header("# Desc.\n# param a: x\n# param b? (int): y\nSELECT * { ?s ?p ?o }")
    assert [(p.name, p.required, p.kind) for p in q.params] == [("a", True, "name"), ("b", False, "int")]
    assert q.usage().split() == ["--a", "NAME", "[--b", "N]"]
    text = with_values('PREFIX x: <http://e/#a{b}>\nSELECT ?s # WHERE {\nWHERE { ?s ?p "WHERE {" }',
                       {"s": URIRef("http://e/1")})
    assert text.endswith('WHERE {\n  VALUES (?s) { (<http://e/1>) }\n ?s ?p "WHERE {" }')
    text = with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": URIRef("http://e/1")})
    assert text.startswith("CONSTRUCT { ?s ?p ?o } WHERE {\n  VALUES")
    assert with_prefixes("SELECT * { ?s skos:prefLabel ?o }").startswith(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT")
    assert with_prefixes("PREFIX skos: <x:>\nSELECT * { ?s skos:y ?o }").startswith("PREFIX skos: <x:>")


def test_cli_query_canned_list_and_formats(out):
    runner = CliRunner()
    r = runner.invoke(cli, ["query", "--list"])
    assert r.exit_code == 0 and r.output == format_canned_list()
    r = runner.invoke(cli, ["query", "officials-of", "--org", "青禾市总工会", "-d", str(out)])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[2:] == ["林晓岚  主席", "林晓岚  党组书记"]
    r = runner.invoke(cli, ["query", "posts-of", "--person=孟川", "-d", str(out), "--format", "json"])
    assert json.loads(r.output) == [{"title": "记者", "organization": None},
                                    {"title": "通讯员", "organization": None}]
    r = runner.invoke(cli, ["query", "nope", "-d", str(out)])
    assert r.exit_code == 1 and "unknown canned query 'nope'; known: companies-with, evidence-of" in r.output
    r = runner.invoke(cli, ["query", "officials-of", "--org", "-d", str(out)])
    assert r.exit_code != 0
    r = runner.invoke(cli, ["query", "officials-of", "stray", "-d", str(out)])
    assert r.exit_code == 2 and "unexpected argument 'stray'" in r.output
