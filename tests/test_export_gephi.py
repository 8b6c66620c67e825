"""kg.export.gephi: GraphML (MultiDiGraph) and GEXF (merged DiGraph)."""
from __future__ import annotations

import io

import networkx as nx
import pytest

from _corpus_fixture import entity_id_of, make_corpus
from kg.export.gephi import flatten, render_gexf, render_graphml, write_gephi
from kg.graph import to_networkx


@pytest.mark.parametrize("value, flat", [
    (["a", "b"], "a|b"), ([], ""), (None, ""), (3, 3), ({"b": [1, 2], "a": 0}, "a=0|b=1|2"),
    (True, "true"), ({"y", "x"}, "x|y"),
])
def test_gephi_flatten(value, flat):
    assert flatten(value) == flat


def test_gephi_graphml_round_trip(corpus, G):
    H = nx.read_graphml(io.BytesIO(render_graphml(G).encode("utf-8")))
    assert H.is_multigraph() and H.is_directed()
    assert (H.number_of_nodes(), H.number_of_edges()) == (12, 25)
    zhou = H.nodes[entity_id_of(corpus, "周木森")]
    assert zhou["types"] == "official|worker" and zhou["label"] == "周木森"
    assert zhou["mentions"] == 4


def test_gephi_gexf_merges_parallel_edges(corpus, G):
    text = render_gexf(G)
    assert "lastmodifieddate" not in text
    H = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert not H.is_multigraph()
    lin, union = entity_id_of(corpus, "林晓岚"), entity_id_of(corpus, "青禾市总工会")
    edge = H.edges[lin, union]
    assert edge["kind"] == "role" and edge["titles"] == "主席|党组书记" and edge["weight"] == 2
    du, place = entity_id_of(corpus, "云杉区总工会"), entity_id_of(corpus, "云杉区")
    assert H.edges[du, place]["kind"] == "comention|located_in"
    assert H.nodes[lin]["label"] == "林晓岚"


def test_gephi_files_are_deterministic(tmp_path, G):
    files = write_gephi(G, tmp_path)
    assert files == {"graph.graphml": render_graphml(G), "graph.gexf": render_gexf(G)}
    assert (tmp_path / "graph.gexf").read_text(encoding="utf-8") == files["graph.gexf"]
