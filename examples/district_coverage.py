"""District coverage: how many unions and articles each district has.

Counts unions located in the district (directly or via a town/street inside
it, as in metrics.json's "unions_by_district") and articles naming it.

    python examples/district_coverage.py [OUTPUT_DIR]
"""
import sys

import kg
from kg.metrics import unions_by_district

out = sys.argv[1] if len(sys.argv) > 1 else "output"

G = kg.load_graph(out)
unions = {row["id"]: row["count"] for row in unions_by_district(G)}
districts = [n for n, d in G.nodes(data=True) if d["type"] == "district"]

print("district\tunions\tarticles")
for n in sorted(districts, key=lambda n: (-unions.get(n, 0), -len(G.nodes[n]["articles"]), n)):
    print(f"{G.nodes[n]['name']}\t{unions.get(n, 0)}\t{len(G.nodes[n]['articles'])}")
