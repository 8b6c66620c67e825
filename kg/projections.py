"""The three graphs metrics run on, as plain networkx graphs.

``G`` is the ``networkx.MultiDiGraph`` of :func:`kg.load_graph` (see
:mod:`kg.graph` for its node and edge attributes). Each metric in
:mod:`kg.metrics` names the graph it runs on (``metrics.json["graph_of"]``):

``full``       ``G`` itself, directed multigraph of every edge kind (counts,
               components, degree, unions per district/company).
``comention``  :func:`comention`: undirected, weighted; one edge per pair of
               entities named in the same sentence, ``weight`` = number of such
               sentences (PageRank, betweenness, eigenvector, closeness,
               communities, k-core, articulation points, brokers).
``roles``      :func:`roles`: bipartite persons -- organisations, one edge per
               (person, organisation) pair holding at least one post (officials
               with several posts, who speaks for which union).

:func:`undirected` collapses every edge kind into one undirected weighted
graph (used only for ``density``).

Every function copies node attributes (``name``, ``type``, ``types``,
``aliases``) and inserts nodes and edges in sorted order, so iteration order
and results are deterministic.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, name, t in [("p1", "甲", "official"), ("u1", "乙工会", "union"), ("c1", "丙公司", "company")]:
...     G.add_node(n, name=name, type=t, types=[t], aliases=[])
>>> _ = G.add_edge("p1", "u1", key="role:主席", kind="role", title="主席", weight=2, articles=["a1"])
>>> _ = G.add_edge("p1", "u1", key="role:党组书记", kind="role", title="党组书记", weight=1, articles=["a2"])
>>> _ = G.add_edge("c1", "u1", key="comention", kind="comention", weight=3, articles=["a1"])
>>> C = comention(G)
>>> sorted(C.edges(data="weight"))
[('c1', 'u1', 3)]
>>> R = roles(G)
>>> R.edges["p1", "u1"]["titles"], R.edges["p1", "u1"]["weight"], R.nodes["p1"]["bipartite"]
(['主席', '党组书记'], 3, 0)
"""
from __future__ import annotations

from collections import defaultdict

__all__ = ["comention", "roles", "undirected", "comention_arrays", "PERSON_TYPES",
           "ORG_TYPES", "NODE_KEYS"]

PERSON_TYPES = ("official", "worker", "journalist")
ORG_TYPES = ("union", "company", "organization", "government")
#: Node attributes copied into every projection.
NODE_KEYS = ("name", "type", "types", "aliases")


def _w(attrs: dict):
    return attrs.get("weight", 1) or 1


def _num(x):
    return int(x) if float(x).is_integer() else x


def _copy_nodes(G, H, nodes=None) -> None:
    for n in sorted(G.nodes if nodes is None else nodes):
        attrs = G.nodes[n]
        H.add_node(n, **{k: attrs[k] for k in NODE_KEYS if k in attrs})


def comention(G, isolated: bool = True):
    """Undirected weighted co-mention graph of ``G`` (``nx.Graph``).

    Edge attributes: ``weight`` (sentences naming both), ``articles`` (sorted
    ids), ``evidence`` (``{"article", "sentence", "quote"}`` of the first one).
    With ``isolated=False`` only entities with a co-mention are kept.
    """
    import networkx as nx

    H = nx.Graph(projection="comention")
    edges = {}
    for u, v, attrs in G.edges(data=True):
        if attrs.get("kind") != "comention" or u == v:
            continue
        a, b = (u, v) if u < v else (v, u)
        slot = edges.setdefault((a, b), {"weight": 0, "articles": set(), "evidence": None})
        slot["weight"] += _w(attrs)
        slot["articles"].update(attrs.get("articles") or [])
        if "article" in attrs:
            ev = {"article": attrs["article"], "sentence": attrs.get("sentence"),
                  "quote": attrs.get("quote", "")}
            if slot["evidence"] is None or (ev["article"], ev["sentence"]) < (
                    slot["evidence"]["article"], slot["evidence"]["sentence"]):
                slot["evidence"] = ev
    _copy_nodes(G, H, None if isolated else {n for e in edges for n in e})
    for (a, b), slot in sorted(edges.items()):
        H.add_edge(a, b, weight=_num(slot["weight"]), articles=sorted(slot["articles"]),
                   evidence=slot["evidence"])
    return H


def roles(G):
    """Bipartite persons -- organisations graph of the ``role`` edges (``nx.Graph``).

    Node attribute ``bipartite``: 0 for persons, 1 for organisations. Edge
    attributes: ``titles`` (sorted), ``weight`` (statements supporting any of
    the posts), ``articles`` (sorted ids).
    """
    import networkx as nx

    H = nx.Graph(projection="roles")
    edges: dict[tuple, dict] = {}
    for u, v, attrs in G.edges(data=True):
        if attrs.get("kind") != "role":
            continue
        slot = edges.setdefault((u, v), {"titles": set(), "weight": 0, "articles": set()})
        if attrs.get("title"):
            slot["titles"].add(attrs["title"])
        slot["weight"] += _w(attrs)
        slot["articles"].update(attrs.get("articles") or [])
    persons = sorted({u for u, _ in edges})
    orgs = sorted({v for _, v in edges} - set(persons))
    _copy_nodes(G, H, persons)
    _copy_nodes(G, H, orgs)
    for p in persons:
        H.nodes[p]["bipartite"] = 0
    for o in orgs:
        H.nodes[o]["bipartite"] = 1
    for (u, v), slot in sorted(edges.items()):
        H.add_edge(u, v, titles=sorted(slot["titles"]), weight=_num(slot["weight"]),
                   articles=sorted(slot["articles"]))
    return H


def undirected(G):
    """Every edge kind collapsed into an undirected simple graph; ``weight`` = sum of weights.

    >>> import networkx as nx
    >>> sorted(undirected(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "b")])).edges(data="weight"))
    [('a', 'b', 3)]
    """
    import networkx as nx

    P = nx.Graph(projection="undirected")
    _copy_nodes(G, P)
    acc: dict[tuple, float] = defaultdict(float)
    for u, v, attrs in G.edges(data=True):
        if u != v:
            acc[(u, v) if u < v else (v, u)] += _w(attrs)
    for (u, v), w in sorted(acc.items()):
        P.add_edge(u, v, weight=_num(w))
    return P


def comention_arrays(G, kind: str | None = "comention"):
    """``(nodes, edges, weights)``: the co-mention projection as index arrays.

    ``nodes`` is ``sorted(G)``; ``edges`` a list of ``(i, j)`` with ``i < j``
    (sorted); ``weights`` the summed weights. Fast path for the metrics (no
    networkx graph is built). ``kind=None`` takes every edge kind.
    """
    nodes = sorted(G.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    acc: dict[tuple, float] = defaultdict(float)
    for u, v, attrs in G.edges(data=True):
        if (kind is None or attrs.get("kind") == kind) and u != v:
            i, j = index[u], index[v]
            acc[(i, j) if i < j else (j, i)] += _w(attrs)
    edges = sorted(acc)
    return nodes, edges, [_num(acc[e]) for e in edges]
