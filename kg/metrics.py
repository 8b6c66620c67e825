"""Graph metrics: plain functions ``f(G, ...) -> dict | list`` and :func:`compute_metrics`.

``G`` is the MultiDiGraph of :func:`kg.graph.to_networkx` / :func:`kg.load_graph`.
Each metric runs on one named graph (``metrics.json["graph_of"]``, see
:mod:`kg.projections`): ``full`` (G: counts, components, degree, unions per
district/company), ``undirected`` (every kind collapsed: density),
``comention`` (undirected, weighted: PageRank, betweenness, eigenvector,
closeness, communities, k-core, articulation points, brokers, companies
co-mentioned with a union) or ``roles`` (bipartite persons -- organisations:
officials with several posts, who speaks for which union).

The heavy metrics run on igraph (C; see README "Why igraph" for the benchmark),
on the co-mention projection with vertices in ``sorted(G)`` order; results are
the networkx ones (``nx.pagerank``, ``nx.betweenness_centrality`` with the same
sampled sources, ``nx.closeness_centrality``, ``nx.eigenvector_centrality``)
up to float rounding (tests/test_metrics.py checks this). Communities are Leiden
(modularity, igraph, fixed seed). Every float is rounded to 6 decimals and every
list is sorted deterministically, ties broken by node id, so ``metrics.json``
has the same bytes for the same graph and seed.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, name, t in [("p1", "甲", "official"), ("o1", "乙工会", "union"), ("o2", "丙公司", "company")]:
...     G.add_node(n, name=name, type=t, types=[t])
>>> G.add_edge("p1", "o1", key="role:主席", kind="role", title="主席", weight=1)
'role:主席'
>>> G.add_edge("p1", "o2", key="role:董事长", kind="role", title="董事长", weight=1)
'role:董事长'
>>> counts(G)["edges_by_kind"]
{'role': 2}
>>> [row["id"] for row in top_degree(G, 1)]
['p1']
>>> [(r["name"], len(r["organizations"])) for r in multi_org_officials(G)]
[('甲', 2)]
"""
from __future__ import annotations

import heapq
import math
import random
import warnings
from collections import Counter, defaultdict

from .projections import ORG_TYPES, PERSON_TYPES, comention_arrays
from .projections import undirected as projection
from .settings import Settings

__all__ = [
    "Metrics", "CoGraph", "cograph", "projection", "counts", "component_stats", "density",
    "degree_scores", "weighted_degree_scores", "pagerank_scores", "betweenness_scores",
    "eigenvector_scores", "closeness_scores", "ranked", "by_type", "top_degree",
    "top_weighted_degree", "top_pagerank", "pagerank_by_type", "top_betweenness",
    "community_membership", "communities", "kcore", "articulation_points", "brokers",
    "multi_org_officials", "union_roles", "unions_by_district", "unions_by_company",
    "union_companies", "degree_distribution", "compute_metrics", "summary_text",
    "GRAPH_OF", "EXACT_BETWEENNESS_MAX_NODES", "BETWEENNESS_SAMPLES",
    "EXACT_CLOSENESS_MAX_NODES", "COMMUNITY_TOP_MEMBERS", "COMMUNITY_METHOD", "LEIDEN_ITERATIONS",
    "TITLE_ORDER",
]

#: Up to this many nodes betweenness is exact; above, it samples BETWEENNESS_SAMPLES sources.
EXACT_BETWEENNESS_MAX_NODES = 2000
BETWEENNESS_SAMPLES = 256
#: Closeness (all-pairs BFS) is computed up to this many nodes, else skipped.
EXACT_CLOSENESS_MAX_NODES = 5000
#: Members listed per community.
COMMUNITY_TOP_MEMBERS = 5
COMMUNITY_METHOD = "leiden-modularity (igraph)"
#: Leiden iterations (a fixed number, not "until stable": on 177,601 nodes iterating to
#: convergence took 8.7 s for a modularity of 0.77376, 5 iterations 1.5 s for 0.77330).
LEIDEN_ITERATIONS = 5
#: Posts listed first, in this order, in "who speaks for which union"; others by code point.
TITLE_ORDER = ("党组书记", "主席", "党组副书记", "常务副主席", "副主席", "党组成员",
               "经审会主任", "女职委主任", "秘书长", "副秘书长", "委员")

#: Which graph each metrics.json section runs on (see kg.projections).
GRAPH_OF = {
    "counts": "full", "components": "full", "density": "undirected", "degree": "full",
    "weighted_degree": "full", "degree_distribution": "full, comention",
    "pagerank": "comention", "betweenness": "comention", "eigenvector": "comention",
    "closeness": "comention", "communities": "comention", "kcore": "comention",
    "articulation_points": "comention", "brokers": "comention",
    "union_companies": "comention", "multi_org_officials": "roles", "union_roles": "roles",
    "unions_by_district": "full", "unions_by_company": "full",
}


class Metrics(dict):
    """The metrics.json dict, plus ``node_rows``: every node's scores (metrics_nodes.csv)."""

    node_rows = ()   # a NodeRows after compute_metrics
    pagerank: dict = {}   # every node's PageRank (the graph view sizes nodes by it)


def _r(x) -> float:
    x = float(x)
    return 0.0 if math.isnan(x) else round(x, 6) + 0.0


def _weight(attrs: dict) -> float:
    return attrs.get("weight", 1) or 1


def _types(attrs: dict) -> list:
    return attrs.get("types") or ([attrs["type"]] if attrs.get("type") else [])


def _node(G, n) -> dict:
    attrs = G.nodes[n]
    return {"id": n, "name": attrs.get("name", n), "type": attrs.get("type", "")}


# ------------------------------------------------------------ the igraph side
class CoGraph:
    """The co-mention projection of ``G`` as an igraph ``Graph`` (vertex i = ``nodes[i]``)."""

    def __init__(self, G, kind: str | None = "comention"):
        import igraph as ig

        self.nodes, self.edges, self.weights = comention_arrays(G, kind)
        self.index = {n: i for i, n in enumerate(self.nodes)}
        self.g = ig.Graph(n=len(self.nodes), edges=self.edges, directed=False)
        self.g.es["weight"] = self.weights
        self._cache: dict = {}

    def scores(self, values) -> dict:
        return {n: values[i] for i, n in enumerate(self.nodes)}

    def components(self) -> list[list[int]]:
        if "components" not in self._cache:
            comps = [sorted(c) for c in self.g.connected_components()] if self.nodes else []
            self._cache["components"] = sorted(comps, key=lambda c: (-len(c), c[0]))
        return self._cache["components"]


def cograph(G) -> CoGraph:
    """:class:`CoGraph` of ``G`` (build once, pass to several metrics)."""
    return CoGraph(G)


def _seeded(seed: int):
    import contextlib

    import igraph as ig

    @contextlib.contextmanager
    def ctx():
        ig.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            ig.set_random_number_generator(random)
    return ctx()


# ------------------------------------------------------------------- counts
def counts(G) -> dict:
    """Number of nodes and edges, nodes by type (an entity counts once per type), edges by kind."""
    by_type = Counter(t for node in G for t in _types(G.nodes[node]))
    by_kind = Counter(k for _, _, k in G.edges(data="kind"))
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "nodes_by_type": dict(sorted(by_type.items())),
            "edges_by_kind": dict(sorted(by_kind.items()))}


def component_stats(G) -> dict:
    """Weakly connected components of the full graph: how many, sizes (largest first), isolated."""
    index = {n: i for i, n in enumerate(G)}
    parent = list(range(len(index)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for u, v in G.edges():
        a, b = root(index[u]), root(index[v])
        if a != b:
            parent[max(a, b)] = min(a, b)
    sizes = sorted(Counter(root(i) for i in range(len(parent))).values(), reverse=True)
    return {"weakly_connected": len(sizes), "sizes": sizes,
            "isolated": sum(1 for _, d in G.degree() if d == 0)}


def density(G) -> float:
    """Density of the undirected projection of every edge kind (0 for fewer than two nodes)."""
    if len(G) < 2:
        return 0.0
    import numpy as np
    from array import array

    n = len(G)
    index = {node: i for i, node in enumerate(G)}
    codes = array("q")   # unordered pair (i, j), i < j, as i * n + j: 8 bytes an edge
    for u, v in G.edges():
        if u != v:
            i, j = index[u], index[v]
            codes.append(i * n + j if i < j else j * n + i)
    pairs = len(np.unique(np.frombuffer(codes, dtype=np.int64))) if codes else 0
    return _r(2 * pairs / (n * (n - 1)))


def _comention_stats(cg: CoGraph) -> dict:
    n, m = len(cg.nodes), len(cg.edges)
    comps = [c for c in cg.components() if len(c) > 1]
    return {"nodes": n, "edges": m, "weight": sum(cg.weights),
            "isolated": n - sum(len(c) for c in comps), "components": len(comps),
            "largest": len(comps[0]) if comps else 0,
            "density": _r(2 * m / (n * (n - 1))) if n > 1 else 0.0}


# ------------------------------------------------------------ centralities
def degree_scores(G) -> dict:
    """Number of edges at each node of the full graph (all kinds, both directions)."""
    return {n: d for n, d in G.degree()}


def weighted_degree_scores(G) -> dict:
    """Sum of edge weights at each node (a co-mention weighs its sentence count)."""
    out = dict.fromkeys(G.nodes, 0)
    for u, v, attrs in G.edges(data=True):
        out[u] += _weight(attrs)
        out[v] += _weight(attrs)
    return out


def pagerank_scores(G, cg: CoGraph | None = None) -> dict:
    """Weighted PageRank (damping 0.85) on the co-mention projection = ``nx.pagerank``."""
    cg = cg or CoGraph(G)
    if not cg.nodes:
        return {}
    return cg.scores(cg.g.pagerank(directed=False, weights="weight", damping=0.85))


def betweenness_scores(G, seed: int = 42, cg: CoGraph | None = None) -> tuple[dict, bool, int | None]:
    """Normalised (unweighted) betweenness on the co-mention projection: ``(scores, exact, k)``.

    Exact up to :data:`EXACT_BETWEENNESS_MAX_NODES` nodes, else estimated from
    :data:`BETWEENNESS_SAMPLES` sources drawn as networkx draws them
    (``random.Random(seed).sample(sorted(G), k)``) and rescaled as networkx
    rescales, so the numbers equal ``nx.betweenness_centrality(P, k, seed=seed)``.
    """
    cg = cg or CoGraph(G)
    n = len(cg.nodes)
    if n <= 2:
        return dict.fromkeys(cg.nodes, 0.0), True, None
    if n <= EXACT_BETWEENNESS_MAX_NODES:
        raw = cg.g.betweenness(directed=False)
        scale = 2 / ((n - 1) * (n - 2))
        return cg.scores([b * scale for b in raw]), True, None
    k = max(2, min(BETWEENNESS_SAMPLES, n))
    sources = random.Random(seed).sample(cg.nodes, k)
    raw = cg.g.betweenness(directed=False, sources=[cg.index[s] for s in sources])
    # raw counts each (source, target) path once; networkx counts both directions
    s_src, s_other = 2 / ((k - 1) * (n - 2)), 2 / (k * (n - 2))
    is_src = set(cg.index[s] for s in sources)
    return cg.scores([b * (s_src if i in is_src else s_other) for i, b in enumerate(raw)]), False, k


def eigenvector_scores(G, cg: CoGraph | None = None) -> dict:
    """Weighted eigenvector centrality on the largest co-mention component (unit L2 norm).

    Only that component's nodes get a score (it is meaningless across
    components); equals ``nx.eigenvector_centrality`` of that component.
    """
    cg = cg or CoGraph(G)
    comps = cg.components()
    if not comps or len(comps[0]) < 3:
        return {}
    members = comps[0]
    sub = cg.g.induced_subgraph(members)
    with warnings.catch_warnings():
        # igraph warns when peripheral nodes of a large component score nearly 0; the
        # component is connected by construction, so the scores are meaningful
        warnings.filterwarnings("ignore", message="Some eigenvector centralities are nearly zero",
                                category=RuntimeWarning)
        vals = sub.eigenvector_centrality(weights="weight")
    norm = math.sqrt(sum(v * v for v in vals)) or 1.0
    return {cg.nodes[m]: abs(v) / norm for m, v in zip(members, vals)}


def closeness_scores(G, cg: CoGraph | None = None) -> dict | None:
    """Closeness on the co-mention projection (Wasserman-Faust for disconnected graphs).

    Equals ``nx.closeness_centrality``; ``None`` above :data:`EXACT_CLOSENESS_MAX_NODES`.
    """
    cg = cg or CoGraph(G)
    n = len(cg.nodes)
    if n > EXACT_CLOSENESS_MAX_NODES:
        return None
    if n < 2:
        return dict.fromkeys(cg.nodes, 0.0)
    size = [1] * n
    for comp in cg.components():
        for i in comp:
            size[i] = len(comp)
    raw = cg.g.closeness(normalized=True)
    return cg.scores([0.0 if (c is None or math.isnan(c)) else c * (size[i] - 1) / (n - 1)
                      for i, c in enumerate(raw)])


def ranked(G, scores: dict, n: int, types=None, key: str = "score") -> list[dict]:
    """Top ``n`` nodes by score (ties: by id), optionally only those with a type in ``types``.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("b", name="乙", type="union"); G.add_node("a", name="甲", type="union")
    >>> ranked(G, {"a": 1.0, "b": 1.0}, 5)
    [{'id': 'a', 'name': '甲', 'type': 'union', 'score': 1.0}, {'id': 'b', 'name': '乙', 'type': 'union', 'score': 1.0}]
    """
    wanted = set(types) if types is not None else None
    keyed = [_rank_item(node, score) for node, score in scores.items()
             if wanted is None or wanted & set(_types(G.nodes[node]))]
    return [_ranked_row(G, node, key, -neg) for neg, node in heapq.nsmallest(n, keyed)]


def _rank_item(node, score) -> tuple:
    """``(-score, node)``: ascending order is the ranking (floats rounded, ties by id)."""
    return -(_r(score) if isinstance(score, float) else score), node


def _ranked_row(G, node, key: str, value) -> dict:
    attrs = G.nodes[node]
    return {"id": node, "name": attrs.get("name", node), "type": attrs.get("type", ""), key: value}


def by_type(G, scores: dict, n: int, key: str) -> dict[str, list[dict]]:
    """Top ``n`` per entity type present in the graph (one pass over the scores)."""
    types = sorted({t for node in G for t in _types(G.nodes[node])})
    groups: dict[str, list] = {t: [] for t in types}
    for node, score in scores.items():
        item = _rank_item(node, score)
        for t in set(_types(G.nodes[node])):
            groups[t].append(item)
    return {t: [_ranked_row(G, node, key, -neg) for neg, node in heapq.nsmallest(n, groups[t])]
            for t in types}


def _ranking(G, scores: dict, n: int, key: str, graph: str, **extra) -> dict:
    return {"graph": graph, **extra, "overall": ranked(G, scores, n, key=key),
            "by_type": by_type(G, scores, n, key)}


def top_degree(G, n: int = 20) -> list[dict]:
    """The ``n`` nodes with most edges."""
    return ranked(G, degree_scores(G), n, key="degree")


def top_weighted_degree(G, n: int = 20) -> list[dict]:
    """The ``n`` nodes with the largest sum of edge weights."""
    return ranked(G, weighted_degree_scores(G), n, key="weighted_degree")


def top_pagerank(G, n: int = 20, scores: dict | None = None) -> list[dict]:
    """The ``n`` nodes with the highest PageRank."""
    return ranked(G, pagerank_scores(G) if scores is None else scores, n, key="pagerank")


def pagerank_by_type(G, n: int = 20, scores: dict | None = None) -> dict[str, list[dict]]:
    """Top ``n`` PageRank per entity type present in the graph."""
    return by_type(G, pagerank_scores(G) if scores is None else scores, n, "pagerank")


def top_betweenness(G, n: int = 20, seed: int = 42) -> dict:
    """Top ``n`` betweenness, with whether it is exact and the sample size."""
    scores, exact, k = betweenness_scores(G, seed)
    return {"exact": exact, "k": k, "top": ranked(G, scores, n, key="betweenness")}


# ------------------------------------------------------------- communities
def community_membership(G, seed: int = 42, cg: CoGraph | None = None) -> tuple[list[list], float]:
    """Leiden communities (modularity, weighted) of the co-mention projection.

    Returns ``(parts, modularity)``: ``parts`` are sorted lists of node ids,
    largest first (ties: smallest member id); isolated nodes are singletons.
    """
    cg = cg or CoGraph(G)
    if not cg.nodes:
        return [], 0.0
    with _seeded(seed):
        clustering = cg.g.community_leiden(objective_function="modularity", weights="weight",
                                           n_iterations=LEIDEN_ITERATIONS)
    groups: dict[int, list] = defaultdict(list)
    for i, c in enumerate(clustering.membership):
        groups[c].append(cg.nodes[i])
    parts = sorted((sorted(c) for c in groups.values()), key=lambda c: (-len(c), c[0]))
    q = cg.g.modularity(clustering.membership, weights="weight") if cg.edges else 0.0
    return parts, _r(q)


def _describe_parts(G, parts, scores, n) -> list[dict]:
    top = []
    for members in (c for c in parts if len(c) > 1):
        if len(top) == n:
            break
        sub = {m: scores.get(m, 0.0) for m in members}
        best = ranked(G, sub, COMMUNITY_TOP_MEMBERS, key="pagerank")
        types = Counter(G.nodes[m].get("type", "") for m in members)
        top.append({"index": len(top), "size": len(members), "label": best[0]["name"],
                    "types": dict(sorted(types.items())), "members": best})
    return top


def communities(G, seed: int = 42, n: int = 20, scores: dict | None = None,
                cg: CoGraph | None = None, parts=None) -> dict:
    """Communities of the co-mention projection, described.

    Returns ``{"graph", "method", "modularity", "count", "singletons", "top"}``
    where ``top`` lists the ``n`` largest communities of two or more nodes,
    each with ``index``, ``size``, ``label`` (name of its highest-PageRank
    member), its ``types`` and its :data:`COMMUNITY_TOP_MEMBERS`
    highest-PageRank ``members``.
    """
    cg = cg or CoGraph(G)
    if parts is None:
        parts = community_membership(G, seed, cg)
    parts, q = parts
    scores = pagerank_scores(G, cg) if scores is None else scores
    return {"graph": "comention", "method": COMMUNITY_METHOD, "seed": seed, "modularity": q,
            "count": len(parts), "singletons": sum(1 for c in parts if len(c) == 1),
            "top": _describe_parts(G, parts, scores, n)}


def kcore(G, n: int = 20, scores: dict | None = None, cg: CoGraph | None = None,
          core: dict | None = None) -> dict:
    """k-core decomposition of the co-mention projection.

    ``max_k``, the main core (``size`` and its ``n`` highest-PageRank
    ``members``) and ``distribution``: ``[[k, nodes with core number k], ...]``.
    """
    cg = cg or CoGraph(G)
    core = core if core is not None else cg.scores(cg.g.coreness()) if cg.nodes else {}
    scores = pagerank_scores(G, cg) if scores is None else scores
    max_k = max(core.values(), default=0)
    main = {m: scores.get(m, 0.0) for m, k in core.items() if k == max_k}
    dist = sorted(Counter(core.values()).items())
    return {"graph": "comention", "max_k": max_k,
            "main_core": {"k": max_k, "size": len(main),
                          "members": ranked(G, main, n, key="pagerank")},
            "distribution": [[k, c] for k, c in dist]}


def articulation_points(G, n: int = 20, betweenness: dict | None = None,
                        cg: CoGraph | None = None) -> dict:
    """Cut vertices of the co-mention projection, ranked by betweenness."""
    cg = cg or CoGraph(G)
    points = [cg.nodes[i] for i in cg.g.articulation_points()] if cg.nodes else []
    bt = betweenness_scores(G, cg=cg)[0] if betweenness is None else betweenness
    return {"graph": "comention", "count": len(points),
            "top": ranked(G, {p: bt.get(p, 0.0) for p in points}, n, key="betweenness")}


def brokers(G, parts, n: int = 20, cg: CoGraph | None = None) -> list[dict]:
    """Nodes whose co-mentions reach other communities (brokers between communities).

    Ranked by the number of other communities reached, then the weight of the
    edges into them, then id. ``community`` is the node's own community index
    (position in ``parts``), ``reaches`` the indices of the others (at most 10).
    """
    cg = cg or CoGraph(G)
    of = {}
    for c, members in enumerate(parts):
        for m in members:
            of[cg.index[m]] = c
    reach: dict[int, set] = defaultdict(set)
    weight: dict[int, float] = defaultdict(float)
    for (i, j), w in zip(cg.edges, cg.weights):
        ci, cj = of[i], of[j]
        if ci != cj:
            reach[i].add(cj)
            reach[j].add(ci)
            weight[i] += w
            weight[j] += w
    order = sorted(reach, key=lambda i: (-len(reach[i]), -weight[i], cg.nodes[i]))[:n]
    return [{**_node(G, cg.nodes[i]), "community": of[i], "other_communities": len(reach[i]),
             "external_weight": _r(weight[i]) if isinstance(weight[i], float) and
             not float(weight[i]).is_integer() else int(weight[i]),
             "reaches": sorted(reach[i])[:10]} for i in order]


# ------------------------------------------------------- labour questions
def multi_org_officials(G) -> list[dict]:
    """Officials with role edges to two or more organisations (most first, then by id)."""
    posts: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for u, v, attrs in G.edges(data=True):
        if attrs.get("kind") == "role" and "official" in _types(G.nodes[u]):
            posts[u][v].add(attrs.get("title", ""))
    rows = []
    for person, orgs in posts.items():
        if len(orgs) < 2:
            continue
        rows.append({"id": person, "name": G.nodes[person].get("name", person),
                     "organizations": [{"id": o, "name": G.nodes[o].get("name", o),
                                        "titles": sorted(t)} for o, t in sorted(orgs.items())]})
    rows.sort(key=lambda r: (-len(r["organizations"]), r["id"]))
    return rows


def _title_key(title: str):
    return (TITLE_ORDER.index(title) if title in TITLE_ORDER else len(TITLE_ORDER), title)


def union_roles(G) -> list[dict]:
    """Who speaks for which union: each union's posts (senior first) and their holders.

    ``[{"id", "name", "posts": [{"title", "persons": [{"id", "name"}]}]}]``,
    unions with most holders first (then by id); ``TITLE_ORDER`` orders titles.
    """
    held: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for u, v, attrs in G.edges(data=True):
        if attrs.get("kind") == "role" and "union" in _types(G.nodes[v]):
            held[v][attrs.get("title", "")].add(u)
    rows = []
    for union, titles in held.items():
        posts = [{"title": t, "persons": [_pick(G, p) for p in sorted(ps)]}
                 for t, ps in sorted(titles.items(), key=lambda x: _title_key(x[0]))]
        rows.append({**_pick(G, union), "holders": len(set().union(*titles.values())),
                     "posts": posts})
    rows.sort(key=lambda r: (-r["holders"], r["id"]))
    return rows


def _pick(G, n) -> dict:
    return {"id": n, "name": G.nodes[n].get("name", n)}


def unions_by_district(G) -> list[dict]:
    """Unions located in each district, directly or through a place inside it.

    ``located_in`` edges are followed upwards (木林镇总工会 -> 木林镇 -> 顺义区),
    so a union counts in every district above it. Districts with most unions
    first (then by id); ``direct`` tells a union's own ``located_in`` edge.
    """
    up: dict[str, set] = defaultdict(set)
    for u, v, kind in G.edges(data="kind"):
        if kind == "located_in":
            up[u].add(v)
    out: dict[str, dict[str, bool]] = defaultdict(dict)
    for union in sorted(n for n in G if "union" in _types(G.nodes[n])):
        seen, frontier = set(), [(p, True) for p in sorted(up[union])]
        while frontier:
            place, direct = frontier.pop()
            if place in seen:
                continue
            seen.add(place)
            if "district" in _types(G.nodes[place]):
                out[place][union] = out[place].get(union, False) or direct
            frontier.extend((q, False) for q in sorted(up[place]))
    rows = [{**_pick(G, d), "count": len(us),
             "unions": [{**_pick(G, u), "direct": direct} for u, direct in sorted(us.items())]}
            for d, us in out.items()]
    rows.sort(key=lambda r: (-r["count"], r["id"]))
    return rows


def unions_by_company(G) -> list[dict]:
    """Unions of each company or organisation (``union_of`` edges), most first."""
    out: dict[str, set] = defaultdict(set)
    for u, v, kind in G.edges(data="kind"):
        if kind == "union_of":
            out[v].add(u)
    rows = [{**_node(G, c), "count": len(us), "unions": [_pick(G, u) for u in sorted(us)]}
            for c, us in out.items()]
    rows.sort(key=lambda r: (-r["count"], r["id"]))
    return rows


def union_companies(G, n: int = 20) -> list[dict]:
    """Companies co-mentioned with each union, by co-mention weight (top ``n`` per union).

    Unions with the largest total weight first (then by id).
    """
    acc: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for u, v, attrs in G.edges(data=True):
        if attrs.get("kind") != "comention":
            continue
        for a, b in ((u, v), (v, u)):
            if "union" in _types(G.nodes[a]) and "company" in _types(G.nodes[b]):
                acc[a][b] += _weight(attrs)
    rows = []
    for union, comps in acc.items():
        items = sorted(comps.items(), key=lambda x: (-x[1], x[0]))
        rows.append({**_pick(G, union), "companies": len(items),
                     "weight": _num(sum(comps.values())),
                     "top": [{**_pick(G, c), "weight": _num(w)} for c, w in items[:n]]})
    rows.sort(key=lambda r: (-r["weight"], r["id"]))
    return rows


def _num(x):
    return int(x) if float(x).is_integer() else _r(x)


def degree_distribution(G, cg: CoGraph | None = None) -> dict:
    """``{"full": [[degree, nodes], ...], "comention": [...]}`` (ascending degree)."""
    cg = cg or CoGraph(G)
    full = Counter(d for _, d in G.degree())
    co = Counter(cg.g.degree()) if cg.nodes else Counter()
    return {"full": [[d, c] for d, c in sorted(full.items())],
            "comention": [[d, c] for d, c in sorted(co.items())]}


# ---------------------------------------------------------------- together
def compute_metrics(G, settings: Settings = Settings()) -> Metrics:
    """Everything above in one JSON-ready dict (metrics.json); see :class:`Metrics`."""
    n, seed = settings.top_n, settings.seed
    cg = CoGraph(G)
    deg, wdeg = degree_scores(G), weighted_degree_scores(G)
    pr = pagerank_scores(G, cg)
    bt, exact, k = betweenness_scores(G, seed, cg)
    ev = eigenvector_scores(G, cg)
    cl = closeness_scores(G, cg)
    parts = community_membership(G, seed, cg)
    core = cg.scores(cg.g.coreness()) if cg.nodes else {}
    co_deg = cg.scores(cg.g.degree()) if cg.nodes else {}
    largest = cg.components()[0] if cg.components() else []
    out = Metrics({
        "graph_of": dict(sorted(GRAPH_OF.items())),
        "graphs": {"full": {"directed": True, "multigraph": True,
                            "nodes": G.number_of_nodes(), "edges": G.number_of_edges()},
                   "comention": _comention_stats(cg),
                   "roles": _roles_stats(G)},
        "counts": counts(G),
        "components": component_stats(G),
        "density": density(G),
        "degree": _ranking(G, deg, n, "degree", "full"),
        "weighted_degree": _ranking(G, wdeg, n, "weighted_degree", "full"),
        "degree_distribution": degree_distribution(G, cg),
        "pagerank": _ranking(G, pr, n, "pagerank", "comention", damping=0.85, weight="weight"),
        "betweenness": _ranking(G, bt, n, "betweenness", "comention", exact=exact, k=k,
                                normalized=True, weight=None),
        "eigenvector": _ranking(G, ev, n, "eigenvector", "comention (largest component)",
                                nodes=len(largest), weight="weight"),
        "closeness": ({"graph": "comention", "skipped": f"more than {EXACT_CLOSENESS_MAX_NODES} nodes"}
                      if cl is None else _ranking(G, cl, n, "closeness", "comention",
                                                  wf_improved=True, weight=None)),
        "communities": communities(G, seed, n, pr, cg, parts),
        "kcore": kcore(G, n, pr, cg, core),
        "articulation_points": articulation_points(G, n, bt, cg),
        "brokers": {"graph": "comention", "top": brokers(G, parts[0], n, cg)},
        "multi_org_officials": multi_org_officials(G),
        "union_roles": union_roles(G),
        "unions_by_district": unions_by_district(G),
        "unions_by_company": unions_by_company(G),
        "union_companies": union_companies(G, n),
        "parameters": {"top_n": n, "seed": seed, "backend": "igraph",
                       "exact_betweenness_max_nodes": EXACT_BETWEENNESS_MAX_NODES,
                       "betweenness_samples": BETWEENNESS_SAMPLES,
                       "exact_closeness_max_nodes": EXACT_CLOSENESS_MAX_NODES,
                       "community_method": COMMUNITY_METHOD,
                       "leiden_iterations": LEIDEN_ITERATIONS},
    })
    community_of = {m: c for c, members in enumerate(parts[0]) for m in members}
    order = sorted(G.nodes, key=lambda x: (-_r(pr.get(x, 0.0)), x))   # rounded: bit noise must not reorder
    out.node_rows = NodeRows(G, order, deg, wdeg, co_deg, pr, bt, ev, cl, core, community_of)
    out.pagerank = pr
    return out


class NodeRows:
    """Every node's scores (metrics_nodes.csv), by PageRank: made one row at a time
    as they are read (a big graph's rows would not fit in memory as dicts)."""

    def __init__(self, G, order, deg, wdeg, co_deg, pr, bt, ev, cl, core, community_of):
        self._G, self._order = G, order
        self._scores = (deg, wdeg, co_deg, pr, bt, ev, cl, core, community_of)

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self):
        deg, wdeg, co_deg, pr, bt, ev, cl, core, community_of = self._scores
        for node in self._order:
            yield {**_node(self._G, node), "degree": deg[node], "weighted_degree": _num(wdeg[node]),
                   "comention_degree": co_deg.get(node, 0), "pagerank": _r(pr.get(node, 0.0)),
                   "betweenness": _r(bt.get(node, 0.0)),
                   "eigenvector": _r(ev[node]) if node in ev else "",
                   "closeness": _r(cl[node]) if cl is not None else "",
                   "core": core.get(node, 0), "community": community_of.get(node, "")}

    def __eq__(self, other) -> bool:
        return list(self) == list(other)


def _roles_stats(G) -> dict:
    pairs = {(u, v) for u, v, kind in G.edges(data="kind") if kind == "role"}
    return {"persons": len({u for u, _ in pairs}), "organizations": len({v for _, v in pairs}),
            "edges": len(pairs),
            "posts": sum(1 for _, _, kind in G.edges(data="kind") if kind == "role")}


def _names(rows: list[dict], key: str, k: int = 5) -> str:
    return ", ".join(f"{r['name']} {r[key]:g}" for r in rows[:k]) or "-"


def summary_text(metrics: dict) -> str:
    """A few human-readable lines about a metrics dict (for the CLI)."""
    c, comp = metrics["counts"], metrics["components"]
    kinds = ", ".join(f"{k} {v}" for k, v in c["edges_by_kind"].items()) or "-"
    types = ", ".join(f"{k} {v}" for k, v in c["nodes_by_type"].items()) or "-"
    largest = comp["sizes"][0] if comp["sizes"] else 0
    co = metrics["graphs"]["comention"]
    comms = metrics["communities"]
    bt = metrics["betweenness"]
    lines = [
        f"{c['nodes']} entities, {c['edges']} edges, {comp['weakly_connected']} components "
        f"(largest {largest}, {comp['isolated']} isolated), density {metrics['density']:g}",
        f"entities by type: {types}",
        f"edges by kind: {kinds}",
        f"co-mention graph: {co['edges']} edges, {co['components']} components "
        f"(largest {co['largest']}, {co['isolated']} without co-mentions), density {co['density']:g}",
        f"top degree: {_names(metrics['degree']['overall'], 'degree')}",
        f"top PageRank: {_names(metrics['pagerank']['overall'], 'pagerank')}",
        f"top betweenness ({'exact' if bt['exact'] else 'k=%d sampled' % bt['k']}): "
        f"{_names(bt['overall'], 'betweenness')}",
        f"communities ({comms['method']}, modularity {comms['modularity']:g}): {comms['count']} "
        f"({comms['singletons']} singletons); largest: "
        + (", ".join(f"{t['label']} ({t['size']})" for t in comms["top"][:5]) or "-"),
        f"k-core: max k {metrics['kcore']['max_k']}, main core {metrics['kcore']['main_core']['size']} nodes; "
        f"articulation points: {metrics['articulation_points']['count']}",
        "brokers between communities: "
        + (", ".join(f"{r['name']} ({r['other_communities'] + 1})" for r in metrics["brokers"]["top"][:5]) or "-"),
    ]
    multi = metrics["multi_org_officials"]
    lines.append("officials in several organisations: "
                 + (", ".join(f"{r['name']} ({len(r['organizations'])})" for r in multi[:10]) or "-"))
    lines.append("unions per district: " + (", ".join(
        f"{r['name']} {r['count']}" for r in metrics["unions_by_district"][:5]) or "-"))
    return "\n".join(lines) + "\n"
