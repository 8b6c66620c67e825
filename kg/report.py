"""The metrics as files: metrics.json, metrics_*.csv tables and report.html.

:func:`metric_files` returns ``{relative path: text}`` for a :class:`kg.metrics.Metrics`
(what ``kg build`` and ``kg metrics`` write). ``report.html`` is one self-contained
page (inline CSS and hand-written SVG charts, no script, no network), every
name HTML-escaped, numbers formatted with fixed precision: the same metrics
give the same bytes.

==============================  ===========================================
``metrics.json``                every metric (kg.metrics)
``metrics_nodes.csv``           one row per entity: degree, weighted degree,
                                co-mention degree, PageRank, betweenness,
                                eigenvector, closeness, core number, community
``metrics_communities.csv``     communities: index, size, label, types, members
``metrics_roles.csv``           who speaks for which union: union, title, person
``metrics_multi_post.csv``      officials with posts in several organisations
``metrics_unions_by_district.csv``  district, union, direct
``metrics_union_companies.csv``     union, company, co-mention weight
``report.html``                 the readable report with charts
==============================  ===========================================
"""
from __future__ import annotations

import csv
import io
import math
from html import escape

from ._io import stable_json

__all__ = ["metric_files", "render_csvs", "render_report", "svg_bars", "svg_loglog"]

NODE_COLUMNS = ("id", "name", "type", "degree", "weighted_degree", "comention_degree", "pagerank",
                "betweenness", "eigenvector", "closeness", "core", "community")
TYPE_COLORS = {"union": "#c0392b", "official": "#2e86c1", "worker": "#17a589", "journalist": "#7d3c98",
               "company": "#d68910", "organization": "#5d6d7e", "government": "#1e8449",
               "district": "#a04000"}


def _csv(header, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def write_nodes_csv(metrics, out) -> None:
    """metrics_nodes.csv (one row per node, by PageRank) to a text stream, row by row."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(NODE_COLUMNS)
    for r in getattr(metrics, "node_rows", None) or ():
        w.writerow([r[c] for c in NODE_COLUMNS])


def render_csvs(metrics) -> dict[str, str]:
    """The metrics_*.csv tables (UTF-8, ``\\n`` line ends, header row)."""
    buf = io.StringIO()
    write_nodes_csv(metrics, buf)
    return {"metrics_nodes.csv": buf.getvalue(), **_small_csvs(metrics)}


def _small_csvs(metrics) -> dict[str, str]:
    out = {}
    comms = metrics["communities"]["top"]
    out["metrics_communities.csv"] = _csv(
        ("community", "size", "label", "types", "top_members"),
        ([c["index"], c["size"], c["label"], " ".join(f"{k}:{v}" for k, v in c["types"].items()),
          " ".join(m["name"] for m in c["members"])] for c in comms))
    out["metrics_roles.csv"] = _csv(
        ("union_id", "union", "title", "person_id", "person"),
        ([u["id"], u["name"], p["title"], h["id"], h["name"]]
         for u in metrics["union_roles"] for p in u["posts"] for h in p["persons"]))
    out["metrics_multi_post.csv"] = _csv(
        ("person_id", "person", "organization_id", "organization", "titles"),
        ([r["id"], r["name"], o["id"], o["name"], " ".join(o["titles"])]
         for r in metrics["multi_org_officials"] for o in r["organizations"]))
    out["metrics_unions_by_district.csv"] = _csv(
        ("district_id", "district", "union_id", "union", "direct"),
        ([d["id"], d["name"], u["id"], u["name"], int(u["direct"])]
         for d in metrics["unions_by_district"] for u in d["unions"]))
    out["metrics_union_companies.csv"] = _csv(
        ("union_id", "union", "company_id", "company", "weight"),
        ([u["id"], u["name"], c["id"], c["name"], c["weight"]]
         for u in metrics["union_companies"] for c in u["top"]))
    return out


# ------------------------------------------------------------------- charts
def _f(x: float) -> str:
    return f"{x:.1f}"


def svg_bars(rows: list[dict], key: str, color: str = "#2e86c1", title: str = "") -> str:
    """Horizontal bar chart of ``rows`` (``name`` and ``rows[i][key]``) as an SVG string."""
    if not rows:
        return "<p class=muted>(none)</p>"
    bar, gap, label_w, chart_w = 16, 4, 190, 360
    top = max(r[key] for r in rows) or 1
    h = len(rows) * (bar + gap) + 8
    parts = [f'<svg class=chart width="{label_w + chart_w + 90}" height="{h}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">']
    for i, r in enumerate(rows):
        y = 4 + i * (bar + gap)
        w = max(1.0, chart_w * r[key] / top)
        parts.append(f'<text x="{label_w - 6}" y="{y + bar - 4}" text-anchor="end">'
                     f'{escape(str(r["name"]))}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{_f(w)}" height="{bar}" fill="{color}">'
                     f'<title>{escape(str(r["name"]))}: {r[key]:.6g}</title></rect>'
                     f'<text x="{_f(label_w + w + 4)}" y="{y + bar - 4}">{r[key]:.4g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def svg_loglog(series: dict[str, list], title: str = "") -> str:
    """Degree distribution: ``{name: [[degree, count], ...]}`` on log-log axes (degree 0 dropped)."""
    colors = ("#c0392b", "#2e86c1", "#17a589")
    pts = {k: [(d, c) for d, c in v if d > 0 and c > 0] for k, v in series.items()}
    all_pts = [p for v in pts.values() for p in v]
    if not all_pts:
        return "<p class=muted>(no edges)</p>"
    W, H, L, B = 520, 300, 56, 40
    xmax = math.log10(max(d for d, _ in all_pts)) or 1
    ymax = math.log10(max(c for _, c in all_pts)) or 1

    def X(d):
        return L + (W - L - 16) * math.log10(d) / xmax

    def Y(c):
        return H - B - (H - B - 12) * math.log10(c) / ymax

    out = [f'<svg class=chart width="{W}" height="{H}" role="img" aria-label="{escape(title)}" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<line x1="{L}" y1="{H - B}" x2="{W - 8}" y2="{H - B}" stroke="#555"/>'
           f'<line x1="{L}" y1="8" x2="{L}" y2="{H - B}" stroke="#555"/>']
    for e in range(int(xmax) + 1):
        out.append(f'<text x="{_f(X(10 ** e))}" y="{H - B + 16}" text-anchor="middle">{10 ** e}</text>')
    for e in range(int(ymax) + 1):
        out.append(f'<text x="{L - 6}" y="{_f(Y(10 ** e) + 4)}" text-anchor="end">{10 ** e}</text>')
    out.append(f'<text x="{(W + L) // 2}" y="{H - 6}" text-anchor="middle">degree (log)</text>'
               f'<text x="14" y="{(H - B) // 2}" transform="rotate(-90 14 {(H - B) // 2})" '
               f'text-anchor="middle">entities (log)</text>')
    for i, (name, v) in enumerate(sorted(pts.items())):
        col = colors[i % len(colors)]
        for d, c in v:
            out.append(f'<circle cx="{_f(X(d))}" cy="{_f(Y(c))}" r="3.5" fill="{col}" fill-opacity="0.75">'
                       f'<title>{escape(name)}: degree {d}, {c} entities</title></circle>')
        out.append(f'<rect x="{W - 150}" y="{12 + 18 * i}" width="10" height="10" fill="{col}"/>'
                   f'<text x="{W - 134}" y="{21 + 18 * i}">{escape(name)}</text>')
    out.append("</svg>")
    return "".join(out)


# ------------------------------------------------------------------- report
CSS = """body{font:14px/1.45 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;
max-width:1100px;padding:1em 2em;color:#222}h1{margin-bottom:.2em}h2{border-bottom:2px solid #ddd;
margin-top:2em}h3{margin-bottom:.3em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;
padding:2px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}td.n{text-align:right;
font-variant-numeric:tabular-nums}.muted{color:#777}.graph{display:inline-block;background:#eef;
border-radius:3px;padding:0 5px;font-size:12px;color:#335}.grid{display:flex;flex-wrap:wrap;gap:1em 2em}
svg.chart text{font-size:12px;fill:#333}.cards{display:flex;flex-wrap:wrap;gap:.8em}.card{border:1px solid #ddd;
border-radius:6px;padding:.5em 1em;min-width:9em}.card b{font-size:20px;display:block}"""


def _e(x) -> str:
    return escape(str(x))


def _num(x) -> str:
    if isinstance(x, float):
        return f"{x:.6f}".rstrip("0").rstrip(".") if x else "0"
    return _e(x)


def _table(header, rows, numeric=()) -> str:
    if not rows:
        return "<p class=muted>(none)</p>"
    h = "".join(f"<th>{_e(c)}</th>" for c in header)
    body = "".join("<tr>" + "".join(
        f'<td class=n>{_num(v)}</td>' if i in numeric else f"<td>{_e(v)}</td>"
        for i, v in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><tr>{h}</tr>{body}</table>"


def _graph(m, key) -> str:
    return f' <span class=graph>graph: {_e(m["graph_of"][key])}</span>'


def _ranking_section(m, key, title, note="") -> str:
    sec = m[key]
    parts = [f"<h3>{_e(title)}{_graph(m, key)}</h3>"]
    if note:
        parts.append(f"<p class=muted>{_e(note)}</p>")
    if "skipped" in sec:
        return "".join(parts) + f"<p class=muted>skipped: {_e(sec['skipped'])}</p>"
    cols = ["overall", *sec["by_type"]]
    cells = []
    for c in cols:
        rows = sec["overall"] if c == "overall" else sec["by_type"][c]
        rows = rows[:10]
        cells.append(f"<div><b>{_e(c)}</b>" + _table(
            ("name", key), [(r["name"], r[key]) for r in rows], numeric=(1,)) + "</div>")
    return "".join(parts) + '<div class=grid>' + "".join(cells) + "</div>"


def render_report(metrics) -> str:
    """report.html: the metrics as a readable, self-contained page."""
    m = metrics
    c, comp, co = m["counts"], m["components"], m["graphs"]["comention"]
    roles = m["graphs"]["roles"]
    bt = m["betweenness"]
    out = ['<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
           '<meta name="viewport" content="width=device-width, initial-scale=1">'
           f"<title>kg metrics report</title><style>{CSS}</style></head><body>",
           "<h1>Knowledge-graph metrics</h1>",
           '<p class=muted>Every section names the graph it runs on: <b>full</b> = the directed '
           'multigraph of every fact; <b>comention</b> = undirected, weighted by the number of '
           'sentences naming both; <b>roles</b> = bipartite persons–organisations; <b>undirected</b> '
           '= every kind collapsed. Written by <code>kg metrics</code>; the numbers are in '
           '<code>metrics.json</code> and <code>metrics_*.csv</code>.</p>',
           '<div class=cards>']
    for label, value in (("entities", c["nodes"]), ("edges", c["edges"]),
                         ("components", comp["weakly_connected"]),
                         ("largest component", comp["sizes"][0] if comp["sizes"] else 0),
                         ("density", m["density"]), ("co-mention edges", co["edges"]),
                         ("communities", m["communities"]["count"]),
                         ("officials, several posts", len(m["multi_org_officials"]))):
        out.append(f"<div class=card><b>{_num(value)}</b>{_e(label)}</div>")
    out.append("</div>")

    out.append("<h2>Counts</h2><div class=grid><div>"
               f"<h3>Entities by type{_graph(m, 'counts')}</h3>"
               + _table(("type", "entities"), list(c["nodes_by_type"].items()), numeric=(1,))
               + "</div><div><h3>Edges by kind</h3>"
               + _table(("kind", "edges"), list(c["edges_by_kind"].items()), numeric=(1,))
               + "</div><div><h3>Graphs</h3>"
               + _table(("graph", "nodes", "edges", "components", "largest", "density"), [
                   ("full (weakly connected)", c["nodes"], c["edges"], comp["weakly_connected"],
                    comp["sizes"][0] if comp["sizes"] else 0, m["density"]),
                   ("comention", co["nodes"], co["edges"], co["components"], co["largest"],
                    co["density"]),
                   ("roles", roles["persons"] + roles["organizations"], roles["edges"], "", "", "")],
                   numeric=(1, 2, 3, 4, 5))
               + f"<p class=muted>{comp['isolated']} entities have no edge at all; "
               f"{co['isolated']} have no co-mention.</p></div></div>")

    out.append(f"<h2>Degree distribution{_graph(m, 'degree_distribution')}</h2>"
               + svg_loglog(m["degree_distribution"], "degree distribution"))

    out.append("<h2>Top 20 by PageRank, per type" + _graph(m, "pagerank") + "</h2><div class=grid>")
    for t, rows in m["pagerank"]["by_type"].items():
        out.append(f"<div><h3>{_e(t)}</h3>"
                   + svg_bars(rows[:20], "pagerank", TYPE_COLORS.get(t, "#2e86c1"), f"PageRank {t}")
                   + "</div>")
    out.append("</div>")

    out.append("<h2>Centralities</h2>")
    out.append(_ranking_section(m, "degree", "Degree (edges of every kind)"))
    out.append(_ranking_section(m, "weighted_degree", "Weighted degree"))
    out.append(_ranking_section(m, "pagerank", "PageRank", "weighted, damping 0.85"))
    out.append(_ranking_section(
        m, "betweenness", "Betweenness",
        "exact" if bt["exact"] else f"estimated from k={bt['k']} sources sampled with seed "
        f"{m['parameters']['seed']}"))
    out.append(_ranking_section(m, "eigenvector", "Eigenvector",
                                f"weighted; on the largest co-mention component "
                                f"({m['eigenvector'].get('nodes', 0)} entities)"))
    out.append(_ranking_section(m, "closeness", "Closeness", "Wasserman–Faust for disconnected graphs"))

    cm = m["communities"]
    out.append(f"<h2>Communities{_graph(m, 'communities')}</h2>"
               f"<p>{_e(cm['method'])}, seed {cm['seed']}: {cm['count']} communities "
               f"({cm['singletons']} single entities), modularity {_num(cm['modularity'])}. "
               "A community is labelled by its highest-PageRank member.</p>"
               + _table(("#", "label", "size", "types", "most central members"),
                        [(t["index"], t["label"], t["size"],
                          ", ".join(f"{k} {v}" for k, v in t["types"].items()),
                          "、".join(x["name"] for x in t["members"])) for t in cm["top"]],
                        numeric=(0, 2)))
    out.append(f"<h3>Brokers between communities{_graph(m, 'brokers')}</h3>"
               + _table(("name", "type", "community", "other communities reached", "weight to them"),
                        [(r["name"], r["type"], r["community"], r["other_communities"],
                          r["external_weight"]) for r in m["brokers"]["top"]], numeric=(2, 3, 4)))
    ap = m["articulation_points"]
    out.append(f"<h3>Articulation points{_graph(m, 'articulation_points')}</h3>"
               f"<p>{ap['count']} entities whose removal splits a co-mention component; "
               "by betweenness:</p>"
               + _table(("name", "type", "betweenness"),
                        [(r["name"], r["type"], r["betweenness"]) for r in ap["top"]], numeric=(2,)))
    kc = m["kcore"]
    out.append(f"<h3>k-core{_graph(m, 'kcore')}</h3>"
               f"<p>Main core: k = {kc['max_k']}, {kc['main_core']['size']} entities: "
               + _e("、".join(r["name"] for r in kc["main_core"]["members"])) + "</p>"
               + _table(("core number k", "entities"), kc["distribution"], numeric=(0, 1)))

    out.append("<h2>Labour questions</h2>")
    out.append(f"<h3>Officials holding posts in several organisations{_graph(m, 'multi_org_officials')}</h3>"
               + _table(("official", "organisations and posts"),
                        [(r["name"], "；".join(f"{o['name']}（{'、'.join(o['titles'])}）"
                                               for o in r["organizations"]))
                         for r in m["multi_org_officials"]]))
    out.append(f"<h3>Who speaks for which union{_graph(m, 'union_roles')}</h3>"
               + _table(("union", "posts"),
                        [(u["name"], "；".join(f"{p['title']}：{'、'.join(x['name'] for x in p['persons'])}"
                                              for p in u["posts"])) for u in m["union_roles"]]))
    out.append(f"<h3>Unions per district{_graph(m, 'unions_by_district')}</h3>"
               "<p class=muted>A union counts in every district above its place; * marks a "
               "union located in the district directly.</p>"
               + _table(("district", "unions", "which"),
                        [(d["name"], d["count"], "、".join(u["name"] + ("*" if u["direct"] else "")
                                                          for u in d["unions"]))
                         for d in m["unions_by_district"]], numeric=(1,)))
    out.append(f"<h3>Unions per company{_graph(m, 'unions_by_company')}</h3>"
               + _table(("company / organisation", "type", "unions"),
                        [(r["name"], r["type"], "、".join(u["name"] for u in r["unions"]))
                         for r in m["unions_by_company"]]))
    out.append(f"<h3>Companies co-mentioned with each union{_graph(m, 'union_companies')}</h3>"
               + _table(("union", "companies", "weight", "top companies (weight)"),
                        [(u["name"], u["companies"], u["weight"],
                          "、".join(f"{x['name']} ({x['weight']})" for x in u["top"][:10]))
                         for u in m["union_companies"]], numeric=(1, 2)))
    p = m["parameters"]
    out.append("<h2>Parameters</h2>" + _table(("parameter", "value"), sorted(p.items())))
    out.append("</body></html>\n")
    return "\n".join(out)


def metric_files(metrics) -> dict[str, str]:
    """``{path: text}``: metrics.json, the CSV tables and report.html."""
    return {"metrics.json": stable_json(dict(metrics)), **render_csvs(metrics),
            "report.html": render_report(metrics)}


def stream_metric_files(metrics, sink) -> None:
    """The files of :func:`metric_files` through a :mod:`kg.export._sink` sink, the
    per-node table row by row (it grows with the graph)."""
    files = {"metrics.json": stable_json(dict(metrics)), **_small_csvs(metrics),
             "report.html": render_report(metrics)}
    files["metrics_nodes.csv"] = None
    for rel in sorted(files):
        with sink.open(rel) as out:
            if files[rel] is None:
                write_nodes_csv(metrics, out)
            else:
                out.write(files[rel])
