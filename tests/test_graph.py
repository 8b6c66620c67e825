"""kg.graph: the MultiDiGraph projection and its node-link JSON round trip."""
from __future__ import annotations

import json
from collections import Counter

import pytest

import kg
from _corpus_fixture import entity_id_of, make_article, make_corpus, make_page
from kg.corpus import assemble
from kg.errors import KgError
from kg.graph import EDGE_KINDS, NODE_ATTRS, load_graph, save_graph, to_networkx


def test_graph_nodes_are_entities_with_schema_attributes(corpus, G):
    assert list(G.nodes) == [e.id for e in corpus.entities]
    for _, attrs in G.nodes(data=True):
        assert tuple(attrs) == NODE_ATTRS
    zhou = G.nodes[entity_id_of(corpus, "周木森")]
    assert zhou["types"] == ["official", "worker"] and zhou["type"] == "official"
    assert zhou["honors"] == ["全国劳动模范"]
    assert zhou["articles"] == ["p01_alpha#00", "p01_alpha#01"] and zhou["mentions"] == 4


def test_graph_edge_counts_by_kind(G):
    kinds = Counter(k for _, _, k in G.edges(data="kind"))
    assert kinds == {"comention": 15, "role": 6, "located_in": 2, "part_of": 1, "union_of": 1}
    assert set(kinds) <= set(EDGE_KINDS)


def test_graph_role_edge_attributes(corpus, G):
    lin, union = entity_id_of(corpus, "林晓岚"), entity_id_of(corpus, "青禾市总工会")
    assert sorted(G[lin][union]) == ["role:主席", "role:党组书记"]
    assert G.edges[lin, union, "role:主席"] == {
        "kind": "role", "title": "主席", "weight": 1, "articles": ["p01_alpha#00"],
        "article": "p01_alpha#00", "sentence": 2,
        "quote": "市总工会党组书记、主席林晓岚出席会议并讲话。"}


def test_graph_roles_without_org_are_node_titles(corpus, G):
    meng = entity_id_of(corpus, "孟川")
    assert G.nodes[meng]["titles"] == ["记者", "通讯员"]
    assert G.degree(meng) == 0


def test_graph_link_and_comention_edges(corpus, G):
    district_union, city_union = entity_id_of(corpus, "云杉区总工会"), entity_id_of(corpus, "青禾市总工会")
    assert G.has_edge(district_union, city_union, "part_of")
    assert G.has_edge(district_union, entity_id_of(corpus, "云杉区"), "located_in")
    a, b = sorted([district_union, entity_id_of(corpus, "周木森")])
    assert G.edges[a, b, "comention"]["weight"] == 2


def test_graph_aggregates_a_role_stated_in_two_articles():
    ents = [("林晓岚", ["official"], []), ("甲工会", ["union"], [])]
    arts = [make_article("p", i, f"题{i}", "甲工会主席林晓岚讲话。", ents,
                         roles=[("林晓岚", "主席", "甲工会")]) for i in range(2)]
    G = to_networkx(assemble([make_page("p", arts)]))
    (edge,) = [d for _, _, k, d in G.edges(keys=True, data=True) if k == "role:主席"]
    assert edge["weight"] == 2 and edge["articles"] == ["p#00", "p#01"]
    assert edge["article"] == "p#00"


def test_graph_edges_inserted_in_sorted_order(G):
    keys = [(u, v, k) for u, v, k in G.edges(keys=True)]
    assert keys == sorted(keys)


def test_graph_json_round_trip(tmp_path, G):
    path = tmp_path / "graph.json"
    save_graph(G, path)
    H = load_graph(path)
    assert list(H.nodes(data=True)) == list(G.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))
    assert H.is_directed() and H.is_multigraph()
    save_graph(H, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def test_graph_public_load_graph_accepts_a_folder(tmp_path, G):
    save_graph(G, tmp_path / "graph.json")
    assert kg.load_graph(tmp_path).number_of_edges() == G.number_of_edges()


@pytest.mark.parametrize("content, message", [
    (None, "no graph here"),
    ("{not json", "not a readable graph.json"),
    (json.dumps({"graph": {}, "nodes": [], "edges": []}), "not a kg graph"),
])
def test_graph_load_errors_are_kg_errors(tmp_path, content, message):
    path = tmp_path / "graph.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError, match=message):
        load_graph(path)


@pytest.mark.parametrize("kind", ["corpus", "hostile", "empty", "digraph"])
def test_graph_json_streams_the_text_of_networkx_node_link_data(kind):
    import networkx as nx

    from kg._io import stable_json
    from kg.graph import graph_to_json, to_networkx
    if kind == "corpus":
        G = to_networkx(make_corpus())
    elif kind == "hostile":
        G = nx.MultiDiGraph(format="kg-graph/1", note='"<x>"\n')
        G.add_node('a"\n</script>', names=("t", "u"), n=1.5, flag=True, none=None, empty=[], nested={"z": [1], "a": {}})
        G.add_edge('a"\n</script>', "b", key="role:主席", weight=2, articles=["p#1"])
        G.add_edge("b", "b", key="self")
    else:
        G = nx.MultiDiGraph() if kind == "empty" else nx.DiGraph([(1, 2)])
    assert graph_to_json(G) == stable_json(nx.node_link_data(G, edges="edges"))


# ------------------------------------------------------------ the graph on disk
@pytest.fixture(scope="module")
def seeds_corpus(tmp_path_factory):
    """The seeds as a build makes them: pages, entities and co-mentions on disk."""
    from pathlib import Path

    from kg import pipeline
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    return pipeline.build([seeds], spool_dir=tmp_path_factory.mktemp("spool"))


def test_stored_graph_reads_like_the_networkx_graph(seeds_corpus, monkeypatch, tmp_path):
    from kg import spool
    from kg.graph import StoredGraph, corpus_graph

    monkeypatch.setattr(spool, "RUN_CHARS", 800)         # the facts spill and merge
    monkeypatch.setattr(spool.ItemSpool, "BATCH", 16)     # nodes and edges span many batches
    G, H = StoredGraph.from_corpus(seeds_corpus, tmp_path), to_networkx(seeds_corpus)
    assert isinstance(corpus_graph(seeds_corpus), StoredGraph)
    assert G.number_of_nodes() == H.number_of_nodes() > 150
    assert G.number_of_edges() == H.number_of_edges() > 300
    assert list(G) == list(H) and list(G.nodes) == list(H.nodes) and len(G.nodes) == len(H)
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.nodes(data="name")) == list(H.nodes(data="name"))
    for keys in (False, True):
        for data in (False, True, "kind", "weight", "quote"):
            assert list(G.edges(keys=keys, data=data)) == list(H.edges(keys=keys, data=data)), (keys, data)
    assert list(G.degree()) == list(H.degree())
    for n in list(H)[::7]:
        assert dict(G.nodes[n]) == H.nodes[n] and G.degree(n) == H.degree(n)
        assert G.nodes[n]["types"] == H.nodes[n]["types"] and G.nodes[n].get("honors") == H.nodes[n]["honors"]
    assert ("nobody" in G) is False and G.graph == H.graph
    assert sorted(p.name for p in tmp_path.iterdir()) == []   # spill files are unlinked


def test_stored_graph_files_and_metrics_equal_the_networkx_ones(seeds_corpus):
    from kg.export.gephi import render_gexf, render_graphml
    from kg.export.html import render_html
    from kg.graph import StoredGraph, graph_to_json
    from kg.metrics import compute_metrics
    from kg.report import metric_files

    G, H = StoredGraph.from_corpus(seeds_corpus), to_networkx(seeds_corpus)
    assert graph_to_json(G) == graph_to_json(H)
    assert render_graphml(G) == render_graphml(H)
    assert render_gexf(G) == render_gexf(H)
    mg, mh = compute_metrics(G), compute_metrics(H)
    assert mg == mh and metric_files(mg) == metric_files(mh)
    assert render_html(G) == render_html(H)


def test_corpus_graph_of_a_hand_made_corpus_is_networkx(corpus):
    import networkx as nx

    from kg.graph import corpus_graph
    assert isinstance(corpus_graph(corpus), nx.MultiDiGraph)
