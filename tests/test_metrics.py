"""kg.metrics: exact counts, hand-computed values on small graphs, agreement with the
networkx reference, deterministic rankings, rounding, doctests."""
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
    top = metrics["degree"]["overall"][:2]
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
    assert c["graph"] == "comention" and c["method"].startswith("leiden")
    assert c["count"] == 3 and c["singletons"] == 1 and 0 < c["modularity"] < 1
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
    assert len(m["degree"]["overall"]) == len(m["pagerank"]["overall"]) == 2
    assert all(len(v) <= 2 for v in m["pagerank"]["by_type"].values())
    assert m["parameters"]["top_n"] == 2 and m["parameters"]["seed"] == 42


def test_metrics_empty_graph():
    m = M.compute_metrics(nx.MultiDiGraph())
    assert m["counts"]["nodes"] == 0
    assert (m["communities"]["count"], m["communities"]["singletons"], m["communities"]["top"]) == (0, 0, [])
    from kg.report import metric_files
    assert "report.html" in metric_files(m)
    assert "0 entities" in M.summary_text(m)


def test_metrics_summary_text(metrics):
    text = M.summary_text(metrics)
    assert text.startswith("12 entities, 25 edges, 2 components")
    assert "officials in several organisations: 周木森 (3)" in text


# ------------------------------------------------ small hand-computed graphs
def comention_graph(edges, types=None):
    """A kg-shaped MultiDiGraph whose only edges are co-mentions ``(u, v[, weight])``."""
    G = nx.MultiDiGraph()
    nodes = sorted({n for e in edges for n in e[:2]} | set(types or {}))
    for n in nodes:
        t = (types or {}).get(n, "organization")
        G.add_node(n, name=f"名{n}", type=t, types=[t], aliases=[])
    for e in edges:
        u, v = sorted(e[:2])
        G.add_edge(u, v, key="comention", kind="comention", weight=e[2] if len(e) > 2 else 1,
                   articles=["a1"], article="a1", sentence=0, quote="句")
    return G


def test_metrics_star_by_hand():
    # star c + 4 leaves, damping d=.85, n=5: PR_c = .15/5 + .85*4*PR_l, PR_l = .15/5 + .85*PR_c/4
    # => PR_c = .132/.2775 = 0.475676, PR_l = (1 - PR_c)/4 = 0.131081
    G = comention_graph([("c", l) for l in "wxyz"])
    pr = M.pagerank_scores(G)
    assert M._r(pr["c"]) == 0.475676 and M._r(pr["w"]) == 0.131081
    bt, exact, k = M.betweenness_scores(G)
    assert exact and k is None and bt["c"] == pytest.approx(1.0) and bt["w"] == 0
    cl = M.closeness_scores(G)
    assert cl["c"] == pytest.approx(1.0) and cl["w"] == pytest.approx(4 / 7)  # 4/(1+2+2+2)
    ev = M.eigenvector_scores(G)  # centre 1/sqrt(2), each leaf 1/(2 sqrt(2))
    assert ev["c"] == pytest.approx(2 ** -0.5, abs=1e-6) and ev["x"] == pytest.approx(8 ** -0.5, abs=1e-6)
    kc = M.kcore(G)
    assert kc["max_k"] == 1 and kc["distribution"] == [[1, 5]]
    ap = M.articulation_points(G)
    assert ap["count"] == 1 and ap["top"][0]["id"] == "c"


def test_metrics_path_by_hand():
    # a-b-c-d: b lies on (a,c), (a,d): 2 of the 3 pairs not involving b
    G = comention_graph([("a", "b"), ("b", "c"), ("c", "d")])
    bt = M.betweenness_scores(G)[0]
    assert bt == pytest.approx({"a": 0, "b": 2 / 3, "c": 2 / 3, "d": 0})
    cl = M.closeness_scores(G)
    assert cl == pytest.approx({"a": 3 / 6, "b": 3 / 4, "c": 3 / 4, "d": 3 / 6})
    assert sorted(r["id"] for r in M.articulation_points(G)["top"]) == ["b", "c"]


def test_metrics_two_triangles_by_hand():
    # two triangles joined by the bridge c-d; an isolated node z
    G = comention_graph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "d"), ("d", "e"), ("d", "f"),
                         ("e", "f")], types={"z": "union"})
    parts, q = M.community_membership(G, seed=1)
    assert parts == [["a", "b", "c"], ["d", "e", "f"], ["z"]]
    # modularity: m=7, each triangle has 3 internal edges, degrees sum 7: 2*(3/7 - (7/14)^2)
    assert q == pytest.approx(2 * (3 / 7 - 0.25), abs=1e-6)
    brokers = M.brokers(G, parts)
    assert [(b["id"], b["other_communities"], b["reaches"]) for b in brokers] == [("c", 1, [1]), ("d", 1, [0])]
    kc = M.kcore(G)
    assert kc["max_k"] == 2 and kc["main_core"]["size"] == 6 and kc["distribution"] == [[0, 1], [2, 6]]
    # betweenness of c: the 9 pairs {a,b} x {d,e,f} and... c-d bridge: c on a-d,a-e,a-f,b-d,b-e,b-f
    # = 6 pairs out of C(6,2)=15 pairs not involving c (n=7 incl. z) -> 6/15
    assert M.betweenness_scores(G)[0]["c"] == pytest.approx(6 / 15)
    ev = M.eigenvector_scores(G)
    assert set(ev) == set("abcdef") and ev["c"] == pytest.approx(ev["d"])
    stats = M.compute_metrics(G)["graphs"]["comention"]
    assert stats == {"nodes": 7, "edges": 7, "weight": 7, "isolated": 1, "components": 1,
                     "largest": 6, "density": M._r(7 / 21)}


def test_metrics_weighted_pagerank_by_hand():
    # a-b weight 3, b-c weight 1: PR_a = .05 + .85 PR_b*3/4, PR_c = .05 + .85 PR_b/4,
    # PR_b = .05 + .85 (PR_a + PR_c)
    G = comention_graph([("a", "b", 3), ("b", "c", 1)])
    pr = M.pagerank_scores(G)
    import numpy as np
    A = np.array([[1, -.85 * .75, 0], [-.85, 1, -.85], [0, -.85 * .25, 1]])
    expected = np.linalg.solve(A, [.05, .05, .05])
    assert [pr[x] for x in "abc"] == pytest.approx(list(expected), abs=1e-9)


# -------------------------------------------------- the networkx reference
def random_graph(n=300, m=900, seed=5):
    R = nx.gnm_random_graph(n, m, seed=seed)
    rng = __import__("random").Random(seed)
    return comention_graph([(f"n{u:04d}", f"n{v:04d}", rng.randint(1, 4)) for u, v in R.edges()],
                           types={f"n{i:04d}": ("union", "company", "official")[i % 3] for i in range(n)})


@pytest.fixture(scope="module")
def rand():
    G = random_graph()
    P = nx.Graph()
    P.add_nodes_from(sorted(G))
    for u, v, w in G.edges(data="weight"):
        P.add_edge(u, v, weight=w)
    return G, P


def test_metrics_match_networkx_pagerank_closeness_eigenvector(rand):
    G, P = rand
    assert M.pagerank_scores(G) == pytest.approx(nx.pagerank(P, weight="weight", tol=1e-12), abs=1e-9)
    assert M.closeness_scores(G) == pytest.approx(nx.closeness_centrality(P), abs=1e-12)
    lcc = P.subgraph(max(nx.connected_components(P), key=len))
    assert M.eigenvector_scores(G) == pytest.approx(
        nx.eigenvector_centrality_numpy(lcc, weight="weight"), abs=1e-6)


def test_eigenvector_on_a_component_with_a_long_tail_is_quiet_and_matches_networkx():
    # a clique with a long path hanging off it: the tail's scores are nearly 0 and
    # igraph warns as if the graph were disconnected; it is connected, so kg says nothing
    import warnings

    edges = [(f"c{i:02d}", f"c{j:02d}", 1) for i in range(12) for j in range(i + 1, 12)]
    edges += [("c11" if k == 0 else f"t{k - 1:02d}", f"t{k:02d}", 1) for k in range(40)]
    G = comention_graph(edges)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scores = M.eigenvector_scores(G)
    P = nx.Graph((u, v) for u, v, _ in edges)
    assert scores == pytest.approx(nx.eigenvector_centrality_numpy(P), abs=1e-6)


def test_metrics_match_networkx_betweenness_exact_and_sampled(rand, monkeypatch):
    G, P = rand
    assert M.betweenness_scores(G)[0] == pytest.approx(nx.betweenness_centrality(P), abs=1e-12)
    monkeypatch.setattr(M, "EXACT_BETWEENNESS_MAX_NODES", 100)
    monkeypatch.setattr(M, "BETWEENNESS_SAMPLES", 150)
    scores, exact, k = M.betweenness_scores(G, seed=7)
    assert not exact and k == 150
    major, minor = (int(x) for x in nx.__version__.split(".")[:2])
    if (major, minor) >= (3, 5):  # same sources, same rescaling as networkx
        assert scores == pytest.approx(nx.betweenness_centrality(P, k=150, seed=7), abs=1e-12)
    # and the sampled ranking finds the exact top nodes (sampling tolerance)
    exact = nx.betweenness_centrality(P)
    exact_top = {n for n, _ in sorted(exact.items(), key=lambda x: -x[1])[:5]}
    sampled_top = {n for n, _ in sorted(scores.items(), key=lambda x: -x[1])[:15]}
    assert exact_top <= sampled_top
    assert sum(abs(scores[n] - exact[n]) for n in exact) / sum(exact.values()) < 0.2


def test_metrics_communities_match_networkx_louvain():
    # four 6-cliques in a ring of single edges: both find exactly the cliques
    edges = [(f"{c}{i}", f"{c}{j}") for c in "pqrs" for i in range(6) for j in range(i + 1, 6)]
    edges += [("p0", "q0"), ("q1", "r1"), ("r2", "s2"), ("s3", "p3")]
    G = comention_graph(edges)
    P = nx.Graph([e[:2] for e in edges])
    ours = M.community_membership(G, seed=3)[0]
    ref = sorted((sorted(c) for c in nx.community.louvain_communities(P, seed=3)),
                 key=lambda c: (-len(c), c[0]))
    assert ours == ref
    # karate club: Leiden's modularity is at least networkx Louvain's (up to 0.01)
    K = nx.karate_club_graph()
    GK = comention_graph([(f"k{u:02d}", f"k{v:02d}") for u, v in K.edges()])
    q_ref = nx.community.modularity(K, nx.community.louvain_communities(K, seed=42))
    assert M.community_membership(GK, seed=42)[1] >= q_ref - 0.01


def test_metrics_same_seed_same_everything(rand):
    G, _ = rand
    a, b = M.compute_metrics(G), M.compute_metrics(G)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert a.node_rows == b.node_rows


# ----------------------------------------------- labour-specific questions
def test_metrics_every_section_names_its_graph(metrics):
    for key, graph in M.GRAPH_OF.items():
        assert key in metrics, key
        assert graph.split(",")[0] in ("full", "comention", "roles", "undirected")
        if isinstance(metrics[key], dict) and "graph" in metrics[key]:
            assert metrics[key]["graph"].startswith(graph.split(",")[0])
    for key in ("degree", "weighted_degree", "pagerank", "betweenness", "eigenvector", "closeness"):
        assert set(metrics[key]) >= {"graph", "overall", "by_type"}


def test_metrics_union_roles(metrics):
    rows = {r["name"]: [(p["title"], [x["name"] for x in p["persons"]]) for p in r["posts"]]
            for r in metrics["union_roles"]}
    # 党组书记 ranks before 主席 (TITLE_ORDER); 白芷 holds a post at a hospital, not a union
    assert rows == {"青禾市总工会": [("党组书记", ["林晓岚"]), ("主席", ["林晓岚"])],
                    "云杉区总工会": [("主席", ["周木森"])]}


def test_metrics_unions_by_district_company_and_comentions(metrics):
    assert [(d["name"], [u["name"] for u in d["unions"]]) for d in metrics["unions_by_district"]] \
        == sorted([("云杉区", ["云杉区总工会"]), ("青禾市", ["青禾市总工会"])],
                  key=lambda x: [d["id"] for d in metrics["unions_by_district"] if d["name"] == x[0]])
    assert [(c["name"], [u["name"] for u in c["unions"]]) for c in metrics["unions_by_company"]] \
        == [("星河精工有限公司", ["星河精工有限公司工会"])]
    assert [(u["name"], [(c["name"], c["weight"]) for c in u["top"]])
            for u in metrics["union_companies"]] == [("云杉区总工会", [("星河精工有限公司", 1)])]


def test_metrics_unions_in_nested_places():
    G = nx.MultiDiGraph()
    for n, t in [("u1", "union"), ("u2", "union"), ("town", "district"), ("dist", "district"),
                 ("city", "district")]:
        G.add_node(n, name=n, type=t, types=[t])
    G.add_edge("u1", "town", key="located_in", kind="located_in", weight=1)
    G.add_edge("u2", "dist", key="located_in", kind="located_in", weight=1)
    G.add_edge("town", "dist", key="located_in", kind="located_in", weight=1)
    G.add_edge("dist", "city", key="located_in", kind="located_in", weight=1)
    rows = {d["id"]: [(u["id"], u["direct"]) for u in d["unions"]] for d in M.unions_by_district(G)}
    assert rows == {"dist": [("u1", False), ("u2", True)], "city": [("u1", False), ("u2", False)],
                    "town": [("u1", True)]}
    assert [d["id"] for d in M.unions_by_district(G)] == ["city", "dist", "town"]


# ----------------------------------------------------------- files, report
def test_metric_files_csv_and_report(metrics, G):
    from kg.report import metric_files

    files = metric_files(metrics)
    assert sorted(files) == ["metrics.json", "metrics_communities.csv", "metrics_multi_post.csv",
                             "metrics_nodes.csv", "metrics_roles.csv", "metrics_union_companies.csv",
                             "metrics_unions_by_district.csv", "report.html"]
    assert json.loads(files["metrics.json"]) == json.loads(json.dumps(metrics))
    nodes = files["metrics_nodes.csv"].splitlines()
    assert nodes[0].startswith("id,name,type,degree,weighted_degree,comention_degree,pagerank")
    assert len(nodes) == 1 + G.number_of_nodes() and "周木森" in nodes[1]
    assert "周木森,云杉区总工会" in files["metrics_multi_post.csv"] or "云杉区总工会" in files["metrics_multi_post.csv"]
    html = files["report.html"]
    for text in ("Degree distribution", "Top 20 by PageRank, per type", "Betweenness", "Eigenvector",
                 "Closeness", "Communities", "Brokers between communities", "Articulation points",
                 "k-core", "Officials holding posts in several organisations",
                 "Who speaks for which union", "Unions per district", "Unions per company",
                 "Companies co-mentioned with each union", "<svg", "graph: comention", "graph: roles"):
        assert text in html, text
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in html
    assert metric_files(M.compute_metrics(G)) == files  # byte-identical


def test_report_escapes_names():
    from kg.report import render_report

    G = comention_graph([("a", "b"), ("b", "c")])
    G.nodes["b"]["name"] = '<script>alert("x")</script>&工会'
    html = render_report(M.compute_metrics(G))
    assert "<script>" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;工会" in html


def test_projections_comention_and_roles(G, corpus):
    import kg

    C = kg.projections.comention(G)
    assert not C.is_directed() and C.number_of_edges() == 15 and len(C) == 12
    assert all(set(d) == {"weight", "articles", "evidence"} for _, _, d in C.edges(data=True))
    assert all(d["evidence"]["quote"] for _, _, d in C.edges(data=True))
    assert len(kg.projections.comention(G, isolated=False)) == 11
    R = kg.projections.roles(G)
    zhou, yun = entity_id_of(corpus, "周木森"), entity_id_of(corpus, "云杉区总工会")
    lin, qing = entity_id_of(corpus, "林晓岚"), entity_id_of(corpus, "青禾市总工会")
    assert R.nodes[zhou]["bipartite"] == 0 and R.nodes[yun]["bipartite"] == 1
    assert R.edges[lin, qing]["titles"] == ["主席", "党组书记"] and R.degree(zhou) == 3
    assert nx.is_bipartite(R) and R.number_of_edges() == 5


def test_projections_doctests():
    import kg.projections

    result = doctest.testmod(kg.projections)
    assert result.attempted > 0 and result.failed == 0
