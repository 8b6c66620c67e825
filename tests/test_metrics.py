"""kg.metrics: exact counts, deterministic rankings, rounding, doctests."""
from __future__ import annotations

import doctest
import json

import networkx as nx
import pytest

import kg.metrics as M
from _corpus_fixture import entity_id_of, make_corpus
from kg.graph import to_networkx
from kg.settings import Settings


@pytest.fixture(scope="module")
def metrics(G):
    return M.compute_metrics(G, Settings())


def test_metrics_doctests():
    result = doctest.testmod(M)
    assert result.attempted >= 5 and result.failed == 0


def test_metrics_counts_and_components(metrics):
    assert metrics["counts"] == {
        "nodes": 12, "edges": 25,
        "nodes_by_type": {"company": 1, "district": 2, "government": 1, "journalist": 1,
                          "official": 2, "organization": 1, "union": 3, "worker": 2},
        "edges_by_kind": {"comention": 15, "located_in": 2, "part_of": 1, "role": 6,
                          "union_of": 1}}
    assert metrics["components"] == {"weakly_connected": 2, "sizes": [11, 1], "isolated": 1}
    assert 0 < metrics["density"] < 1


def test_metrics_degree_ties_broken_by_id(corpus, metrics):
    top = metrics["degree"][:2]
    assert [r["degree"] for r in top] == [8, 8]
    assert [r["id"] for r in top] == sorted([entity_id_of(corpus, "云杉区总工会"),
                                              entity_id_of(corpus, "周木森")])


def test_metrics_weighted_degree_counts_comention_weight(corpus, G):
    scores = M.weighted_degree_scores(G)
    assert scores[entity_id_of(corpus, "周木森")] == G.degree(entity_id_of(corpus, "周木森")) + 1


def test_metrics_pagerank_overall_and_by_type(corpus, metrics):
    overall = metrics["pagerank"]["overall"]
    assert len(overall) == 12 and overall[0]["name"] == "周木森"
    assert abs(sum(r["pagerank"] for r in overall) - 1) < 1e-5
    by_type = metrics["pagerank"]["by_type"]
    assert set(by_type) == set(metrics["counts"]["nodes_by_type"])
    assert [r["name"] for r in by_type["union"]] == ["云杉区总工会", "青禾市总工会", "星河精工有限公司工会"]


def test_metrics_floats_are_rounded(metrics):
    def floats(x):
        if isinstance(x, float):
            yield x
        elif isinstance(x, dict):
            for v in x.values():
                yield from floats(v)
        elif isinstance(x, list):
            for v in x:
                yield from floats(v)
    values = list(floats(metrics))
    assert values and all(round(v, 6) == v for v in values)


def test_metrics_betweenness_exact_then_sampled(G, monkeypatch):
    exact = M.top_betweenness(G, 3, seed=1)
    assert exact["exact"] is True and exact["k"] is None
    monkeypatch.setattr(M, "EXACT_BETWEENNESS_MAX_NODES", 5)
    monkeypatch.setattr(M, "BETWEENNESS_SAMPLES", 6)
    sampled = M.top_betweenness(G, 3, seed=1)
    assert sampled["exact"] is False and sampled["k"] == 6
    assert M.top_betweenness(G, 3, seed=1) == sampled  # the seed makes it repeatable


def test_metrics_communities(corpus, metrics):
    c = metrics["communities"]
    assert c["count"] == 4 and c["singletons"] == 1
    sizes = [t["size"] for t in c["top"]]
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == 11
    for t in c["top"]:
        assert t["label"] == t["members"][0]["name"]
        assert sum(t["types"].values()) == t["size"]


def test_metrics_multi_org_officials(corpus, metrics):
    (row,) = metrics["multi_org_officials"]
    assert row["name"] == "周木森"
    assert [(o["name"], o["titles"]) for o in row["organizations"]] == sorted(
        [("星河精工有限公司", ["钳工"]), ("云杉区总工会", ["主席"]), ("云杉区人民政府", ["副区长"])],
        key=lambda x: entity_id_of(corpus, x[0]))


def test_metrics_deterministic_and_json_ready(G, metrics):
    again = M.compute_metrics(G, Settings())
    assert json.dumps(again, sort_keys=True) == json.dumps(metrics, sort_keys=True)


def test_metrics_top_n_limits_lists(G):
    m = M.compute_metrics(G, Settings(top_n=2))
    assert len(m["degree"]) == len(m["pagerank"]["overall"]) == 2
    assert all(len(v) <= 2 for v in m["pagerank"]["by_type"].values())
    assert m["parameters"] == {"top_n": 2, "seed": 42}


def test_metrics_empty_graph():
    m = M.compute_metrics(nx.MultiDiGraph())
    assert m["counts"]["nodes"] == 0 and m["communities"] == {"count": 0, "singletons": 0, "top": []}
    assert "0 entities" in M.summary_text(m)


def test_metrics_summary_text(metrics):
    text = M.summary_text(metrics)
    assert text.startswith("12 entities, 25 edges, 2 components")
    assert "officials in several organisations: 周木森 (3)" in text
