"""A union's leadership over time: who held which post, article by article.

Article ids start with the page they come from, so sorting them follows the
order of the input pages (name the files by issue date to read it as a time line).

    python examples/union_leadership.py [OUTPUT_DIR] [UNION]
"""
import sys

import kg

out = sys.argv[1] if len(sys.argv) > 1 else "output"
union = sys.argv[2] if len(sys.argv) > 2 else "北京市总工会"

G = kg.load_graph(out)
R = kg.projections.roles(G)                     # persons -- organisations
org = next((n for n, d in R.nodes(data=True) if union in (d["name"], *d["aliases"])), None)
if org is None:
    sys.exit(f"no posts recorded for {union}")

rows = sorted((article, d["title"], G.nodes[person]["name"])
              for person, _, d in G.in_edges(org, data=True) if d["kind"] == "role"
              for article in d["articles"])
for article, title, person in rows:
    print(f"{article}  {title}  {person}")
