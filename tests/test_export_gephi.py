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


# ------------------------------------------------- the streaming writers vs networkx
def _networkx_graphml(G) -> str:
    from kg.export.gephi import flat_graph
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(G), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8").rstrip("\n") + "\n"


def _networkx_gexf(G) -> str:
    import re

    from kg.export.gephi import CREATOR, gexf_graph
    buf = io.BytesIO()
    nx.write_gexf(gexf_graph(G), buf, encoding="utf-8", prettyprint=True)
    text = re.sub(r'\s+lastmodifieddate="[^"]*"', "", buf.getvalue().decode("utf-8"), count=1)
    return text.replace(f"<creator>NetworkX {nx.__version__}</creator>", f"<creator>{CREATOR}</creator>").rstrip("\n") + "\n"


def _hostile_graph():
    G = nx.MultiDiGraph()
    G.add_node("a&<b>", name='He said "hi"\n<script>alert(1)</script>', types=["union"], mentions=2)
    G.add_node("c", name="", types=[], mentions=0, honors=["x\ty", "\r"])
    G.add_node("lonely")       # no attributes at all
    G.add_edge("a&<b>", "c", key="role:主席&副主席", kind="role", title="<主席>", weight=2, articles=["p#1", "p#0"])
    G.add_edge("a&<b>", "c", key="comention", kind="comention", weight=1, articles=["p#0"], quote='"q"\n&')
    G.add_edge("c", "lonely", key="part_of")   # an edge without attributes
    return G


@pytest.mark.parametrize("make", [lambda: to_networkx(make_corpus()), _hostile_graph, nx.MultiDiGraph],
                         ids=["corpus", "hostile", "empty"])
def test_gephi_streaming_writers_write_what_networkx_writes(make):
    G = make()
    assert render_graphml(G) == _networkx_graphml(G)
    assert render_gexf(G) == _networkx_gexf(G)


def test_gephi_hostile_text_round_trips_through_both_formats():
    G = _hostile_graph()
    H = nx.read_graphml(io.BytesIO(render_graphml(G).encode("utf-8")))
    assert H.nodes["a&<b>"]["label"] == 'He said "hi"\n<script>alert(1)</script>'
    assert H.edges["a&<b>", "c", "comention"]["quote"] == '"q"\n&'
    X = nx.read_gexf(io.BytesIO(render_gexf(G).encode("utf-8")))
    assert X.nodes["a&<b>"]["label"] == 'He said "hi"\n<script>alert(1)</script>'
    assert X.edges["a&<b>", "c"]["titles"] == "<主席>" and X.edges["a&<b>", "c"]["weight"] == 3
