"""graph.html: an offline, self-contained interactive view of the graph (pyvis 0.3.2).

How it stays self-contained and safe (see STYLE.md, "A practical note on pyvis"):

* ``Network(cdn_resources="in_line")`` inlines vis-network's JS and CSS, and we
  render with our own trimmed template (:data:`TEMPLATE`, loaded next to pyvis'
  template folder for the inlined files) instead of pyvis' ``template.html``,
  which links bootstrap from a CDN. The page loads no URL at all.
* We call ``generate_html()`` and write the string ourselves (UTF-8, atomic).
* Node ids are the ASCII entity ids. Names are data: labels are drawn on the
  canvas as plain text, and node/edge data reach the page through Jinja's
  ``tojson`` filter, which escapes ``< > & '``. Tooltips are HTML fragments in
  which every corpus string went through :func:`html.escape`; a small script
  turns them into DOM elements (vis-network 9 shows string titles as raw text).
  pyvis' ``href``-tooltip mode, which sets ``innerHTML`` from unescaped titles,
  does not exist in our template.
* Colours and shapes follow the entity type (:data:`TYPE_STYLE`, shown in a fixed
  legend); node size follows degree; barnes-hut physics runs until the layout is
  stable and is then switched off, so the page is still after loading; the
  layout seed is fixed.
* Above ``settings.html_max_nodes`` nodes only the most connected ones are drawn
  (by degree, ties by id) and a note says how many are hidden.
"""
from __future__ import annotations

import html
from pathlib import Path

from .._io import atomic_write_text
from ..settings import Settings

__all__ = ["TYPE_STYLE", "EDGE_STYLE", "TEMPLATE", "select_nodes", "node_tooltip",
           "render_html", "write_html", "legend_html"]

#: entity type -> (colour, vis-network shape)
TYPE_STYLE = {
    "union": ("#e15759", "hexagon"),
    "official": ("#4e79a7", "dot"),
    "worker": ("#59a14f", "dot"),
    "journalist": ("#b07aa1", "triangleDown"),
    "company": ("#f28e2b", "square"),
    "district": ("#76b7b2", "triangle"),
    "government": ("#9c755f", "diamond"),
    "organization": ("#edc948", "star"),
}
_DEFAULT_STYLE = ("#bab0ac", "dot")

#: edge kind -> (colour, dashed)
EDGE_STYLE = {
    "role": ("#4e79a7", False),
    "located_in": ("#76b7b2", False),
    "part_of": ("#e15759", False),
    "union_of": ("#f28e2b", False),
    "comention": ("#c8c8c8", True),
}

_LIST_CAP = 12
_QUOTE_CAP = 160
_TEMPLATE_NAME = "kg_graph.html"

TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><!--kg:title--></title>
<style>{% include 'lib/vis-9.1.2/vis-network.css' %}</style>
<script>{% include 'lib/vis-9.1.2/vis-network.min.js' %}</script>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; }
header { padding: 8px 12px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 0 0 4px 0; }
.kg-note { color: #8a5a00; margin: 4px 0; font-size: 13px; }
.kg-legend { font-size: 12px; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.kg-legend span { white-space: nowrap; }
.kg-swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }
.kg-line { display: inline-block; width: 18px; height: 0; border-top: 2px solid; vertical-align: middle; margin-right: 4px; }
#mynetwork { width: {{width}}; height: {{height}}; background-color: {{bgcolor}}; }
div.vis-tooltip { white-space: normal; max-width: 420px; font-size: 13px; line-height: 1.4; }
</style>
</head>
<body>
<!--kg:header-->
<div id="mynetwork"></div>
<script type="text/javascript">
function kgTitle(item) {
  // titles are HTML fragments whose corpus strings were escaped by kg.export.html
  if (typeof item.title === "string") {
    var div = document.createElement("div");
    div.innerHTML = item.title;
    item.title = div;
  }
  return item;
}
var nodes = new vis.DataSet({{nodes|tojson}}.map(kgTitle));
var edges = new vis.DataSet({{edges|tojson}}.map(kgTitle));
var options = {{options|safe}};
var network = new vis.Network(document.getElementById("mynetwork"), {nodes: nodes, edges: edges}, options);
network.once("stabilizationIterationsDone", function () {
  network.setOptions({physics: {enabled: false}});
});
</script>
</body>
</html>
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _capped(items: list[str]) -> str:
    shown = ", ".join(_e(i) for i in items[:_LIST_CAP])
    return shown + (f", … (+{len(items) - _LIST_CAP})" if len(items) > _LIST_CAP else "")


def select_nodes(G, max_nodes: int) -> list:
    """The nodes to draw: all, or the ``max_nodes`` of highest degree (ties by id); sorted."""
    nodes = sorted(G.nodes)
    if len(nodes) <= max_nodes:
        return nodes
    ranked = sorted(nodes, key=lambda n: (-G.degree(n), n))
    return sorted(ranked[:max(max_nodes, 0)])


def node_tooltip(G, node) -> str:
    """HTML tooltip of a node; every corpus string is escaped."""
    a = G.nodes[node]
    roles = sorted(f"{d.get('title', '')} · {G.nodes[v].get('name', v)}"
                   for _, v, d in G.out_edges(node, data=True) if d.get("kind") == "role")
    roles += list(a.get("titles") or [])
    rows = [f"<b>{_e(a.get('name', node))}</b>",
            f"types: {_capped(list(a.get('types') or []))}"]
    if a.get("aliases"):
        rows.append(f"aliases: {_capped(list(a['aliases']))}")
    if roles:
        rows.append(f"roles: {_capped(roles)}")
    if a.get("honors"):
        rows.append(f"honors: {_capped(list(a['honors']))}")
    rows.append(f"articles: {len(a.get('articles') or [])}, mentions: {_e(a.get('mentions', 0))}")
    rows.append(f"id: {_e(node)}")
    return "<br>".join(rows)


def _edge_tooltip(G, u, v, d) -> str:
    kind = d.get("kind", "")
    head = _e(kind) + (f" {_e(d['title'])}" if d.get("title") else "")
    rows = [f"<b>{head}</b>: {_e(G.nodes[u].get('name', u))} → {_e(G.nodes[v].get('name', v))}",
            f"weight: {_e(d.get('weight', 1))}, articles: {_capped(list(d.get('articles') or []))}"]
    quote = str(d.get("quote") or "")
    if quote:
        rows.append("“" + _e(quote[:_QUOTE_CAP]) + ("…" if len(quote) > _QUOTE_CAP else "") + "”")
    return "<br>".join(rows)


def legend_html() -> str:
    """The fixed legend block (no corpus strings)."""
    items = [f'<span><i class="kg-swatch" style="background:{c}"></i>{_e(t)} ({_e(s)})</span>'
             for t, (c, s) in TYPE_STYLE.items()]
    items += [f'<span><i class="kg-line" style="border-color:{c};'
              f'border-top-style:{"dashed" if dashed else "solid"}"></i>{_e(k)}</span>'
              for k, (c, dashed) in EDGE_STYLE.items()]
    return '<div class="kg-legend">' + "".join(items) + "</div>"


def _header(total: int, shown: int, edges: int) -> str:
    parts = [f"<header><h1>kg · {shown} entities, {edges} edges</h1>"]
    if shown < total:
        parts.append(f'<p class="kg-note">Showing the {shown} most connected of {total} entities; '
                     f"{total - shown} are hidden here (all of them are in kg.ttl and graph.json).</p>")
    parts.append(legend_html())
    parts.append("</header>")
    return "\n".join(parts)


def _options(n_nodes: int, seed: int) -> dict:
    return {
        "physics": {
            "enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.25,
                          "springLength": 140, "springConstant": 0.04, "damping": 0.12,
                          "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 1000, "updateInterval": 50,
                              "fit": True},
        },
        "layout": {"randomSeed": seed, "improvedLayout": n_nodes <= 150},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "nodes": {"scaling": {"min": 8, "max": 40}, "font": {"size": 14}},
        "edges": {"smooth": {"enabled": True, "type": "continuous"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
    }


def _network(G, nodes: list, seed: int):
    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader
    from pyvis.network import Network

    net = Network(height="calc(100vh - 90px)", width="100%", directed=True,
                  cdn_resources="in_line")
    # our trimmed template; pyvis' own folder still serves the inlined vis files
    net.templateEnv = Environment(loader=ChoiceLoader([
        DictLoader({_TEMPLATE_NAME: TEMPLATE}), FileSystemLoader(net.template_dir)]))
    net.path = _TEMPLATE_NAME
    keep = set(nodes)
    for n in nodes:
        a = G.nodes[n]
        color, shape = TYPE_STYLE.get(a.get("type", ""), _DEFAULT_STYLE)
        net.add_node(n, label=str(a.get("name", n)), title=node_tooltip(G, n), color=color,
                     shape=shape, value=G.degree(n) + 1)
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3]):
        if u in keep and v in keep:
            color, dashed = EDGE_STYLE.get(d.get("kind", ""), ("#999999", False))
            net.add_edge(u, v, title=_edge_tooltip(G, u, v, d), color=color, dashes=dashed,
                         width=1 + min(int(d.get("weight", 1)), 8) * 0.5)
    net.options = _options(len(nodes), seed)
    return net


def render_html(G, settings: Settings = Settings()) -> str:
    """The HTML text of graph.html for ``G``."""
    nodes = select_nodes(G, settings.html_max_nodes)
    net = _network(G, nodes, settings.seed)
    text = net.generate_html()
    text = text.replace("<!--kg:title-->", "kg knowledge graph", 1)
    return text.replace("<!--kg:header-->", _header(len(G), len(nodes), len(net.edges)), 1)


def write_html(G, out_dir, settings: Settings = Settings()) -> str:
    """Write ``out_dir/graph.html`` (UTF-8, atomically); returns the text."""
    text = render_html(G, settings)
    atomic_write_text(Path(out_dir) / "graph.html", text)
    return text
