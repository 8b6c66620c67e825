"""Benchmark: `kg metrics` on a synthetic co-mention graph, igraph vs networkx side by side.

Builds (fixed seed) a co-mention graph of ~1M edges on ~140k entities with
community structure and heavy-tailed degrees, writes it as a kg graph.json,
then

1. times the whole ``kg metrics DIR`` run (load graph.json, every metric,
   metrics.json + CSV + report.html) in a subprocess;
2. times each heavy metric on igraph (what kg.metrics runs) and on networkx
   (the reference users know), printing both and their ratio in one table.

networkx's k=256 sampled betweenness takes ~11 minutes at 1M edges; by default
it runs with ``--nx-betweenness-k`` sources (16) and is scaled linearly to 256
(its cost is linear in k; the row says "extrapolated"). ``--full-nx`` runs the
real thing.

    python bench/metrics_bench.py [--edges 1000000] [--nodes 140000] [--full-nx] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ("union", "company", "official", "organization", "government", "worker", "journalist",
         "district")


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1):
    """``(nodes, edges)``: ids and ``(u, v, weight)`` with u < v, ~n_edges distinct pairs."""
    import numpy as np

    rng = np.random.default_rng(seed)
    size = 200
    n_comm = max(1, n_nodes // size)
    # heavy-tailed popularity inside each community (Zipf-like ranks)
    pop = 1.0 / np.arange(1, size + 1) ** 0.8
    pop /= pop.sum()
    pairs: set = set()
    batch = n_edges // 4 + 1
    while len(pairs) < n_edges:
        comm = rng.integers(0, n_comm, batch)
        a = comm * size + rng.choice(size, batch, p=pop)
        cross = rng.random(batch) < 0.15
        comm_b = np.where(cross, rng.integers(0, n_comm, batch), comm)
        b = comm_b * size + rng.choice(size, batch, p=pop)
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        keep = (lo != hi) & (hi < n_nodes)
        for u, v in zip(lo[keep].tolist(), hi[keep].tolist()):
            pairs.add((u, v))
            if len(pairs) >= n_edges:
                break
    weights = rng.geometric(0.6, len(pairs)).tolist()
    nodes = [f"e{i:07d}" for i in range(n_nodes)]
    edges = [(nodes[u], nodes[v], w) for (u, v), w in zip(sorted(pairs), weights)]
    return nodes, edges


def write_graph_json(folder: Path, nodes, edges) -> None:
    """A kg-graph/1 node-link graph.json (what `kg build` writes), co-mention edges only."""
    from kg.graph import GRAPH_FORMAT

    rnd = random.Random(3)
    data = {"directed": True, "multigraph": True, "graph": {"format": GRAPH_FORMAT},
            "nodes": [{"id": n, "name": f"实体{i}", "type": (t := TYPES[rnd.randrange(len(TYPES))]),
                       "types": [t], "aliases": [], "articles": [f"a{i % 5000:05d}"], "mentions": 1,
                       "titles": [], "honors": []} for i, n in enumerate(nodes)],
            "edges": [{"source": u, "target": v, "key": "comention", "kind": "comention",
                       "weight": w, "articles": [f"a{i % 5000:05d}"], "article": f"a{i % 5000:05d}",
                       "sentence": 0, "quote": "句子"} for i, (u, v, w) in enumerate(edges)]}
    (folder / "graph.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=140_000)
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--nx-betweenness-k", type=int, default=16)
    ap.add_argument("--full-nx", action="store_true", help="run networkx betweenness with k=256")
    ap.add_argument("--skip-nx", action="store_true", help="only time kg metrics and igraph")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()

    import igraph as ig
    import networkx as nx

    import kg.metrics as M

    def log(msg):
        print(f"bench: {msg}", file=sys.stderr, flush=True)

    t_gen, (nodes, edges) = timed(lambda: synthetic_graph(args.nodes, args.edges, args.seed))
    log(f"{len(nodes)} nodes, {len(edges)} edges generated in {t_gen:.1f} s")
    result: dict = {"nodes": len(nodes), "edges": len(edges), "seed": args.seed,
                    "igraph": ig.__version__, "networkx": nx.__version__, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_graph_json(folder, nodes, edges)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"}
        t_cli, proc = timed(lambda: subprocess.run(
            [sys.executable, "-m", "kg", "metrics", str(folder)], env=env, capture_output=True, text=True))
        if proc.returncode:
            sys.exit(proc.stderr)
        result["kg_metrics_s"] = round(t_cli, 1)
        log(f"kg metrics: {t_cli:.1f} s\n{proc.stdout}")

    # --- side by side on the same co-mention projection
    P = nx.Graph()
    P.add_nodes_from(nodes)
    P.add_weighted_edges_from(edges)
    G = nx.MultiDiGraph()
    G.add_nodes_from(nodes)
    for u, v, w in edges:
        G.add_edge(u, v, key="comention", kind="comention", weight=w)
    cg = M.CoGraph(G)
    k = M.BETWEENNESS_SAMPLES
    rows = []

    def row(name, ig_fn, nx_fn, nx_scale=1.0, note=""):
        t_ig, _ = timed(ig_fn)
        log(f"{name}: igraph {t_ig:.2f} s")
        t_nx = None
        if not args.skip_nx:
            t_nx, _ = timed(nx_fn)
            t_nx *= nx_scale
            log(f"{name}: networkx {t_nx:.2f} s {note}")
        rows.append({"metric": name, "igraph_s": round(t_ig, 2),
                     "networkx_s": None if t_nx is None else round(t_nx, 2),
                     "ratio": None if t_nx is None else round(t_nx / t_ig, 1), "note": note})

    row("pagerank", lambda: M.pagerank_scores(G, cg), lambda: nx.pagerank(P, weight="weight"))
    nk = k if args.full_nx else min(k, args.nx_betweenness_k)
    row(f"betweenness k={k}", lambda: M.betweenness_scores(G, 42, cg),
        lambda: nx.betweenness_centrality(P, k=nk, seed=42), k / nk,
        "" if nk == k else f"networkx run with k={nk}, x{k // nk} extrapolated")
    row("communities", lambda: M.community_membership(G, 42, cg),
        lambda: nx.community.louvain_communities(P, weight="weight", seed=42),
        note="igraph Leiden vs networkx Louvain")
    row("k-core", lambda: cg.g.coreness(), lambda: nx.core_number(P))
    row("articulation points", lambda: cg.g.articulation_points(), lambda: list(nx.articulation_points(P)))
    row("eigenvector (largest comp.)", lambda: M.eigenvector_scores(G, cg),
        lambda: nx.eigenvector_centrality_numpy(P.subgraph(max(nx.connected_components(P), key=len)),
                                                weight="weight"))
    result["metrics"] = rows

    print(f"{result['nodes']} nodes, {result['edges']} edges; full `kg metrics` run: "
          f"{result['kg_metrics_s']:.1f} s (igraph {result['igraph']}, networkx {result['networkx']}, "
          f"{result['cpus']} CPUs)")
    print(f"{'metric':<28} {'igraph s':>9} {'networkx s':>11} {'ratio':>7}  note")
    for r in rows:
        nxs = "-" if r["networkx_s"] is None else f"{r['networkx_s']:.2f}"
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.0f}x"
        print(f"{r['metric']:<28} {r['igraph_s']:>9.2f} {nxs:>11} {ratio:>7}  {r['note']}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
