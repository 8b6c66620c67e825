"""Graph metrics, networkx style: plain functions ``f(G, ...) -> dict | list``.

``G`` is the MultiDiGraph of :func:`kg.graph.to_networkx` (node attributes
``name``, ``type``, ``types``; edge attributes ``kind``, ``weight``, ``title``).
Centralities and communities are computed on :func:`projection`, the undirected
weighted simple graph (co-mentions are symmetric and their stored direction is
only an id order). Every float is rounded to 6 decimals and every list is
sorted deterministically, ties broken by node id, so ``metrics.json`` has the
same bytes for the same graph and seed.

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

from collections import Counter, defaultdict

from .settings import Settings

__all__ = [
    "projection", "counts", "component_stats", "density", "degree_scores",
    "weighted_degree_scores", "pagerank_scores", "betweenness_scores", "ranked",
    "top_degree", "top_weighted_degree", "top_pagerank", "pagerank_by_type", "top_betweenness",
    "communities", "multi_org_officials", "compute_metrics", "summary_text",
    "EXACT_BETWEENNESS_MAX_NODES", "BETWEENNESS_SAMPLES", "COMMUNITY_TOP_MEMBERS",
]

#: Up to this many nodes betweenness is exact; above, it samples BETWEENNESS_SAMPLES sources.
EXACT_BETWEENNESS_MAX_NODES = 2000
BETWEENNESS_SAMPLES = 500
#: Members listed per community.
COMMUNITY_TOP_MEMBERS = 5
PERSON_TYPES = ("official", "worker", "journalist")


def _r(x) -> float:
    return round(float(x), 6)


def _weight(attrs: dict) -> float:
    return attrs.get("weight", 1) or 1


def projection(G):
    """Undirected simple graph of ``G``; edge ``weight`` = sum of the parallel weights.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "b")])
    >>> projection(G).edges(data=True)
    EdgeDataView([('a', 'b', {'weight': 3})])
    """
    import networkx as nx

    P = nx.Graph()
    P.add_nodes_from(sorted(G.nodes))
    acc: dict[tuple, float] = defaultdict(float)
    for u, v, attrs in G.edges(data=True):
        if u != v:
            acc[tuple(sorted((u, v)))] += _weight(attrs)
    for (u, v), w in sorted(acc.items()):
        P.add_edge(u, v, weight=int(w) if float(w).is_integer() else w)
    return P


def counts(G) -> dict:
    """Number of nodes and edges, nodes by type (an entity counts once per type), edges by kind."""
    by_type = Counter(t for _, ts in G.nodes(data="types") for t in (ts or []))
    by_kind = Counter(k for _, _, k in G.edges(data="kind"))
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "nodes_by_type": dict(sorted(by_type.items())),
            "edges_by_kind": dict(sorted(by_kind.items()))}


def component_stats(G) -> dict:
    """Weakly connected components: how many, and their sizes (largest first)."""
    import networkx as nx

    sizes = sorted((len(c) for c in nx.weakly_connected_components(G)), reverse=True) if len(G) else []
    return {"weakly_connected": len(sizes), "sizes": sizes,
            "isolated": sum(1 for n in G if G.degree(n) == 0)}


def density(G) -> float:
    """Density of the undirected projection (0 for fewer than two nodes)."""
    import networkx as nx

    return _r(nx.density(projection(G))) if len(G) > 1 else 0.0


def degree_scores(G) -> dict:
    """Number of edges at each node (all kinds, both directions)."""
    return {n: d for n, d in G.degree()}


def weighted_degree_scores(G) -> dict:
    """Sum of edge weights at each node (a co-mention weighs its sentence count)."""
    out = dict.fromkeys(G.nodes, 0)
    for u, v, attrs in G.edges(data=True):
        out[u] += _weight(attrs)
        out[v] += _weight(attrs)
    return out


def pagerank_scores(G) -> dict:
    """Weighted PageRank on the projection (empty dict for an empty graph)."""
    import networkx as nx

    if len(G) == 0:
        return {}
    return nx.pagerank(projection(G), weight="weight")


def betweenness_scores(G, seed: int = 42) -> tuple[dict, bool, int | None]:
    """Normalised betweenness on the projection: ``(scores, exact, k)``.

    Exact up to :data:`EXACT_BETWEENNESS_MAX_NODES` nodes, else estimated from
    :data:`BETWEENNESS_SAMPLES` sources drawn with ``seed``.
    """
    import networkx as nx

    P = projection(G)
    if len(P) <= EXACT_BETWEENNESS_MAX_NODES:
        return nx.betweenness_centrality(P), True, None
    k = min(BETWEENNESS_SAMPLES, len(P))
    return nx.betweenness_centrality(P, k=k, seed=seed), False, k


def ranked(G, scores: dict, n: int, types=None, key: str = "score") -> list[dict]:
    """Top ``n`` nodes by score (ties: by id), optionally only those with a type in ``types``.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("b", name="乙", type="union"); G.add_node("a", name="甲", type="union")
    >>> ranked(G, {"a": 1.0, "b": 1.0}, 5)
    [{'id': 'a', 'name': '甲', 'type': 'union', 'score': 1.0}, {'id': 'b', 'name': '乙', 'type': 'union', 'score': 1.0}]
    """
    rows = []
    for node, score in scores.items():
        attrs = G.nodes[node]
        if types is not None and not set(types) & set(attrs.get("types") or [attrs.get("type")]):
            continue
        value = _r(score) if isinstance(score, float) else score
        rows.append({"id": node, "name": attrs.get("name", node), "type": attrs.get("type", ""),
                     key: value})
    rows.sort(key=lambda r: (-r[key], r["id"]))
    return rows[:n]


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
    scores = pagerank_scores(G) if scores is None else scores
    types = sorted({t for _, ts in G.nodes(data="types") for t in (ts or [])})
    return {t: ranked(G, scores, n, types=[t], key="pagerank") for t in types}


def top_betweenness(G, n: int = 20, seed: int = 42) -> dict:
    """Top ``n`` betweenness, with whether it is exact and the sample size."""
    scores, exact, k = betweenness_scores(G, seed)
    return {"exact": exact, "k": k, "top": ranked(G, scores, n, key="betweenness")}


def communities(G, seed: int = 42, n: int = 20, scores: dict | None = None) -> dict:
    """Louvain communities of the weighted projection.

    Returns ``{"count", "singletons", "top"}`` where ``top`` lists the ``n``
    largest communities of two or more nodes (size desc, then smallest member id),
    each with ``size``, ``label`` (name of its highest-PageRank member), its
    ``types`` and its :data:`COMMUNITY_TOP_MEMBERS` highest-PageRank ``members``.
    """
    import networkx as nx

    if len(G) == 0:
        return {"count": 0, "singletons": 0, "top": []}
    scores = pagerank_scores(G) if scores is None else scores
    parts = nx.community.louvain_communities(projection(G), weight="weight", seed=seed)
    parts = sorted((sorted(c) for c in parts), key=lambda c: (-len(c), c[0]))
    top = []
    for members in (c for c in parts if len(c) > 1):
        if len(top) == n:
            break
        sub = {m: scores.get(m, 0.0) for m in members}
        best = ranked(G, sub, COMMUNITY_TOP_MEMBERS, key="pagerank")
        types = Counter(G.nodes[m].get("type", "") for m in members)
        top.append({"index": len(top), "size": len(members), "label": best[0]["name"],
                    "types": dict(sorted(types.items())), "members": best})
    return {"count": len(parts), "singletons": sum(1 for c in parts if len(c) == 1), "top": top}


def multi_org_officials(G) -> list[dict]:
    """Officials with role edges to two or more organisations (most first, then by id)."""
    posts: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for u, v, attrs in G.edges(data=True):
        if attrs.get("kind") == "role" and "official" in (G.nodes[u].get("types") or []):
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


def compute_metrics(G, settings: Settings = Settings()) -> dict:
    """Everything above in one JSON-ready dict (metrics.json)."""
    n, seed = settings.top_n, settings.seed
    pr = pagerank_scores(G)
    return {
        "counts": counts(G),
        "components": component_stats(G),
        "density": density(G),
        "degree": top_degree(G, n),
        "weighted_degree": top_weighted_degree(G, n),
        "pagerank": {"overall": top_pagerank(G, n, pr), "by_type": pagerank_by_type(G, n, pr)},
        "betweenness": top_betweenness(G, n, seed),
        "communities": communities(G, seed, n, pr),
        "multi_org_officials": multi_org_officials(G),
        "parameters": {"top_n": n, "seed": seed},
    }


def _names(rows: list[dict], key: str, k: int = 5) -> str:
    return ", ".join(f"{r['name']} {r[key]:g}" for r in rows[:k]) or "-"


def summary_text(metrics: dict) -> str:
    """A few human-readable lines about a metrics dict (for the CLI)."""
    c, comp = metrics["counts"], metrics["components"]
    kinds = ", ".join(f"{k} {v}" for k, v in c["edges_by_kind"].items()) or "-"
    types = ", ".join(f"{k} {v}" for k, v in c["nodes_by_type"].items()) or "-"
    largest = comp["sizes"][0] if comp["sizes"] else 0
    comms = metrics["communities"]
    lines = [
        f"{c['nodes']} entities, {c['edges']} edges, {comp['weakly_connected']} components "
        f"(largest {largest}, {comp['isolated']} isolated), density {metrics['density']:g}",
        f"entities by type: {types}",
        f"edges by kind: {kinds}",
        f"top degree: {_names(metrics['degree'], 'degree')}",
        f"top PageRank: {_names(metrics['pagerank']['overall'], 'pagerank')}",
        f"communities: {comms['count']} ({comms['singletons']} singletons); largest: "
        + (", ".join(f"{t['label']} ({t['size']})" for t in comms["top"][:5]) or "-"),
    ]
    multi = metrics["multi_org_officials"]
    lines.append("officials in several organisations: "
                 + (", ".join(f"{r['name']} ({len(r['organizations'])})" for r in multi[:10]) or "-"))
    return "\n".join(lines) + "\n"
