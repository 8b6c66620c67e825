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
