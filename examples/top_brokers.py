"""Top brokers: who connects otherwise separate parts of the news?

Betweenness on the co-mention graph (undirected, weighted by sentences): an
entity scores high when many shortest paths between other entities pass
through it.

    python examples/top_brokers.py [OUTPUT_DIR] [N]
"""
import sys

import networkx as nx

import kg

out = sys.argv[1] if len(sys.argv) > 1 else "output"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10

G = kg.load_graph(out)                          # networkx.MultiDiGraph
P = kg.projections.comention(G)                 # undirected, weighted nx.Graph
scores = nx.betweenness_centrality(P, k=min(len(P), 500), seed=42)

for node, score in sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:n]:
    print(f"{score:.4f}  {G.nodes[node]['name']}  ({G.nodes[node]['type']})")
