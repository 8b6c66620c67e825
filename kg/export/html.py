"""graph.html: an offline, self-contained, explorable view of the graph (pyvis 0.3.2).

What the page offers
--------------------
* Colour and shape per entity type, node size by PageRank (the centrality of
  :mod:`kg.metrics`), edge style per kind: role, located_in, part_of, union_of,
  co-mention (width grows with the sentence count) and honor (honors are drawn
  as their own star-shaped nodes). The type and kind checkboxes are the legend.
* Search by name or alias (Chinese input methods work: the search waits for the
  end of a composition), filter by entity type and edge kind, a minimum
  co-mention weight, and focus on one node's neighbourhood (depth 1-3).
* A hover tooltip and a side panel per node: canonical name, types, aliases,
  roles held (title @ org) and office holders, honors, links, co-mentions, and
  the articles it appears in (headline, page file) with an evidence sentence.
  ``#node=<entity id>`` in the URL opens a node.
* The layout is computed in Python (igraph Fruchterman-Reingold per connected
  component, fixed seed, components packed in rows; networkx spring layout if
  igraph is missing) and physics is off: the page is still as soon as it is drawn.
* Above ``settings.html_max_nodes`` nodes only the most central ones are drawn
  (PageRank, ties by id) and the header says how many are hidden and how to
  see them (``kg view``).

How it stays self-contained and safe
------------------------------------
* ``Network(cdn_resources="in_line")`` inlines vis-network's JS and CSS and we
  render our own trimmed template (:data:`TEMPLATE`, next to pyvis' template
  folder for the inlined files) instead of pyvis' ``template.html``, which links
  bootstrap from a CDN. The page loads no URL at all.
* Corpus strings reach the page only as JSON inside
  ``<script type="application/json">`` blocks, with ``<``, ``>``, ``&`` and
  ``'`` written as ``\\u003c`` etc., and the page's script puts them into the
  DOM with ``textContent`` only (never ``innerHTML``); vis-network draws labels
  on the canvas. Header text from the command line is :func:`html.escape`-d.
* Node and edge lists are built directly (pyvis' ``add_edge`` is quadratic in
  the number of edges); nodes are keyed by their index in id order.
* Same graph and settings -> byte-identical page (sorted data, fixed seed,
  integer coordinates).
"""
from __future__ import annotations

import html
import json
import math
import random
from collections import defaultdict
from pathlib import Path

from .._io import atomic_write_text
from ..settings import Settings

__all__ = ["TYPE_STYLE", "EDGE_STYLE", "TYPE_LABELS", "KIND_LABELS", "HONOR", "TEMPLATE",
           "centrality", "select_nodes", "neighbourhood", "find_nodes", "focus_nodes",
           "layout_positions", "page_data", "article_index", "article_index_from_pages",
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
    "organization": ("#edc948", "dot"),
    "honor": ("#ff9da7", "star"),
}
_DEFAULT_STYLE = ("#bab0ac", "dot")
#: the pseudo-type of honor nodes (honors are node attributes in the graph)
HONOR = "honor"

#: edge kind -> (colour, dashes, arrow)
EDGE_STYLE = {
    "role": ("#4e79a7", False, True),
    "located_in": ("#76b7b2", True, True),
    "part_of": ("#e15759", False, True),
    "union_of": ("#f28e2b", False, True),
    "comention": ("#b8b8b8", False, False),
    "honor": ("#ff9da7", True, True),
}
_DEFAULT_EDGE = ("#999999", False, True)

TYPE_LABELS = {"union": "工会 union", "official": "干部 official", "worker": "职工 worker",
               "journalist": "记者 journalist", "company": "企业 company",
               "district": "地区 district", "government": "政府机关 government",
               "organization": "单位 organization", "honor": "荣誉 honor"}
KIND_LABELS = {"role": "职务 role", "located_in": "位于 located_in", "part_of": "隶属 part_of",
               "union_of": "单位工会 union_of", "comention": "同句共现 co-mention",
               "honor": "荣誉 honor"}
_SHAPE_GLYPH = {"hexagon": "⬢", "dot": "●", "triangleDown": "▼", "square": "■",
                "triangle": "▲", "diamond": "◆", "star": "★"}

#: above this many drawn edges, edges are hidden while dragging/zooming
_BIG_EDGES = 4000
_EDGE_LEN = 150.0        # median edge length of a laid-out component, px
_KK_MAX = 400         # components up to this size use Kamada-Kawai
_GAP = 90.0              # space between packed components, px
_TEMPLATE_NAME = "kg_graph.html"
_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'

TEMPLATE = r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><!--kg:title--></title>
<style>{% include 'lib/vis-9.1.2/vis-network.css' %}</style>
<script>{% include 'lib/vis-9.1.2/vis-network.min.js' %}</script>
<style>
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 13px; color: #222; }
#kg-app { display: grid; grid-template-columns: 250px 1fr 340px; grid-template-rows: auto 1fr; height: 100vh; }
#kg-header { grid-column: 1 / 4; padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fafafa; }
#kg-header h1 { font-size: 16px; margin: 0; font-weight: 600; }
.kg-note { color: #8a5a00; margin: 4px 0 0 0; }
.kg-note code { background: #f3eee2; padding: 0 3px; }
#kg-controls { overflow-y: auto; padding: 8px 10px; border-right: 1px solid #ddd; }
#kg-controls fieldset { border: 1px solid #e3e3e3; margin: 8px 0; padding: 4px 8px; }
#kg-controls legend { font-weight: 600; }
#kg-controls label.kg-check { display: block; white-space: nowrap; cursor: pointer; }
#kg-search { width: 100%; font-size: 14px; padding: 4px; }
#kg-results { list-style: none; margin: 4px 0; padding: 0; max-height: 240px; overflow-y: auto; }
#kg-results li button { width: 100%; text-align: left; border: 0; background: none; padding: 2px 4px; cursor: pointer; font: inherit; }
#kg-results li button:hover, #kg-results li button:focus { background: #eef3fa; }
.kg-glyph { display: inline-block; width: 16px; text-align: center; }
.kg-line { display: inline-block; width: 20px; height: 0; border-top: 2px solid; vertical-align: middle; }
.kg-count, .kg-muted { color: #888; }
#kg-network { position: relative; min-width: 0; min-height: 0; }
#mynetwork { position: absolute; inset: 0; }
#kg-panel { overflow-y: auto; padding: 8px 12px; border-left: 1px solid #ddd; }
#kg-panel h2 { font-size: 17px; margin: 4px 0; }
#kg-panel h3 { font-size: 13px; margin: 10px 0 2px 0; color: #555; }
#kg-panel ul { margin: 0; padding-left: 18px; }
#kg-panel li { margin: 2px 0; }
.kg-chip { display: inline-block; border-radius: 3px; padding: 0 5px; margin-right: 4px; color: #fff; }
.kg-link { border: 0; background: none; padding: 0; color: #1f5fa8; cursor: pointer; font: inherit; text-decoration: underline; }
.kg-quote { color: #555; margin: 2px 0 4px 0; }
#kg-tip { position: fixed; z-index: 10; max-width: 380px; background: #fffff4; border: 1px solid #bbb; padding: 4px 6px; pointer-events: none; white-space: pre-line; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
#kg-status { color: #555; }
button.kg-btn { margin: 2px 4px 2px 0; }
</style>
</head>
<body>
<div id="kg-app">
<header id="kg-header"><!--kg:header--></header>
<aside id="kg-controls">
<label for="kg-search"><b>搜索 Search</b> <span class="kg-muted">name or alias</span></label>
<input id="kg-search" type="search" autocomplete="off" spellcheck="false" placeholder="例如 北京市总工会 / 市总工会">
<ul id="kg-results" aria-live="polite"></ul>
<fieldset id="kg-types"><legend>实体类型 Entity types</legend></fieldset>
<fieldset id="kg-kinds"><legend>关系 Edge kinds</legend>
<label class="kg-check" for="kg-minweight">min co-mention weight <input id="kg-minweight" type="number" min="1" step="1" value="1" style="width:4em"></label>
</fieldset>
<fieldset id="kg-focus"><legend>聚焦 Focus</legend>
<div id="kg-focusinfo" class="kg-muted">none: click a node, then “focus”</div>
<label class="kg-check" for="kg-depth">depth <select id="kg-depth"><option>1</option><option>2</option><option>3</option></select></label>
<button type="button" class="kg-btn" id="kg-showall">show all</button>
<button type="button" class="kg-btn" id="kg-fit">fit view</button>
</fieldset>
<p id="kg-status"></p>
</aside>
<div id="kg-network"><div id="mynetwork"></div></div>
<aside id="kg-panel"><p class="kg-muted">Click a node (or search) to see its names, posts, honors and the articles it appears in.</p></aside>
</div>
<div id="kg-tip" hidden></div>
<script id="kg-nodes" type="application/json">{{nodes|tojson}}</script>
<script id="kg-edges" type="application/json">{{edges|tojson}}</script>
<script id="kg-options" type="application/json">{{options|safe}}</script>
<script id="kg-meta" type="application/json"><!--kg:meta--></script>
<script>
(function () {
"use strict";
function J(id) { return JSON.parse(document.getElementById(id).textContent); }
var META = J("kg-meta"), NODES = J("kg-nodes"), EDGES = J("kg-edges"), OPTIONS = J("kg-options");
var INFO = META.nodes, ARTS = META.articles, QUOTES = META.quotes;
var N = NODES.length, M = EDGES.length;
var BIG = M > META.big_edges;  // big pages: no arrowheads (a third of the drawing time)
var TSTYLE = {}, KSTYLE = {};
META.types.forEach(function (t) { TSTYLE[t[0]] = {color: t[1], shape: t[2], glyph: t[3], label: t[4]}; });
META.kinds.forEach(function (k) { KSTYLE[k[0]] = {color: k[1], dashes: k[2], arrow: k[3], label: k[4]}; });
window.kgDraws = 0;

// ---------------------------------------------------------------- helpers (text only)
function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function nodeLink(i, text) {
  var b = el("button", text === undefined ? INFO[i].n : text, "kg-link");
  b.type = "button"; b.setAttribute("data-node", String(i));
  b.addEventListener("click", function () { select(i, true); });
  return b;
}
function typeOf(i) { return NODES[i].group; }

// ---------------------------------------------------------------- adjacency
var adj = new Array(N);
for (var i = 0; i < N; i++) adj[i] = [];
for (var j = 0; j < M; j++) { adj[EDGES[j].from].push(j); adj[EDGES[j].to].push(j); }

// ---------------------------------------------------------------- filter state
var typeOn = {}, kindOn = {}, minWeight = 1, focus = null, depth = 1;
META.types.forEach(function (t) { typeOn[t[0]] = true; });
META.kinds.forEach(function (k) { kindOn[k[0]] = true; });
var nodeShow = new Uint8Array(N), edgeShow = new Uint8Array(M);
function typeVisible(i) {
  var ts = INFO[i].t;
  for (var k = 0; k < ts.length; k++) if (typeOn[ts[k]]) return true;
  return false;
}
function edgePasses(e) {
  return kindOn[e.kind] && (e.kind !== "comention" || e.w >= minWeight);
}
function computeVisibility() {
  var i, j, e;
  for (i = 0; i < N; i++) nodeShow[i] = typeVisible(i) ? 1 : 0;
  if (focus !== null) {
    var dist = new Int32Array(N).fill(-1), queue = [focus], head = 0;
    dist[focus] = 0;
    while (head < queue.length) {
      var u = queue[head++];
      if (dist[u] >= depth) continue;
      var list = adj[u];
      for (var k = 0; k < list.length; k++) {
        e = EDGES[list[k]];
        if (!edgePasses(e)) continue;
        var v = e.from === u ? e.to : e.from;
        if (dist[v] < 0 && nodeShow[v]) { dist[v] = dist[u] + 1; queue.push(v); }
      }
    }
    for (i = 0; i < N; i++) nodeShow[i] = (dist[i] >= 0) ? 1 : 0;
    nodeShow[focus] = 1;
  }
  var shownE = 0, shownN = 0;
  for (j = 0; j < M; j++) {
    e = EDGES[j];
    edgeShow[j] = (edgePasses(e) && nodeShow[e.from] && nodeShow[e.to]) ? 1 : 0;
    shownE += edgeShow[j];
  }
  for (i = 0; i < N; i++) shownN += nodeShow[i];
  var st = document.getElementById("kg-status");
  st.textContent = "Showing " + shownN + " of " + N + " nodes and " + shownE + " of " + M + " edges.";
  window.kgVisible = {nodes: shownN, edges: shownE};
}

// ---------------------------------------------------------------- vis data
var visNodes = new vis.DataSet(NODES.map(function (n) {
  return {id: n.id, label: n.label, group: n.group, x: n.x, y: n.y, size: n.size, font: {size: n.font || 14}};
}));
var visEdges = new vis.DataSet(EDGES.map(function (e) {
  var s = KSTYLE[e.kind] || {color: "#999", dashes: false, arrow: true};
  var o = {id: e.id, from: e.from, to: e.to, color: {color: s.color, highlight: "#222", hover: "#555"},
           dashes: s.dashes, width: e.kind === "comention" ? 0.6 + Math.log2(1 + e.w) * 1.1 : 1.4};
  if (s.arrow && !BIG) o.arrows = {to: {enabled: true, scaleFactor: 0.45}};
  return o;
}));
computeVisibility();
var nodeView = new vis.DataView(visNodes, {filter: function (n) { return nodeShow[n.id] === 1; }});
var edgeView = new vis.DataView(visEdges, {filter: function (e) { return edgeShow[e.id] === 1; }});
var container = document.getElementById("mynetwork");
var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, OPTIONS);
network.on("afterDrawing", function () { window.kgDraws++; });
network.once("afterDrawing", function () {
  window.kgReady = {t: performance.now(), nodes: N, edges: M};
  document.body.setAttribute("data-kg-ready", "1");
});
function refresh() {
  computeVisibility();
  nodeView.refresh(); edgeView.refresh();
}

// ---------------------------------------------------------------- legend + filters
function check(box, key, on, glyph, label, count, onchange) {
  var lab = el("label", null, "kg-check"), cb = el("input");
  cb.type = "checkbox"; cb.checked = on; cb.setAttribute("data-key", key);
  cb.addEventListener("change", function () { onchange(cb.checked); });
  lab.appendChild(cb); lab.appendChild(glyph); lab.appendChild(el("span", label + " "));
  lab.appendChild(el("span", "(" + count + ")", "kg-count"));
  box.appendChild(lab);
}
var typeCount = {}, kindCount = {};
INFO.forEach(function (d) { d.t.forEach(function (t) { typeCount[t] = (typeCount[t] || 0) + 1; }); });
EDGES.forEach(function (e) { kindCount[e.kind] = (kindCount[e.kind] || 0) + 1; });
var typesBox = document.getElementById("kg-types");
META.types.forEach(function (t) {
  if (!typeCount[t[0]]) return;
  var g = el("span", t[3], "kg-glyph"); g.style.color = t[1];
  check(typesBox, t[0], true, g, t[4], typeCount[t[0]], function (on) { typeOn[t[0]] = on; refresh(); });
});
var kindsBox = document.getElementById("kg-kinds"), mw = document.getElementById("kg-minweight");
META.kinds.forEach(function (k) {
  if (!kindCount[k[0]]) return;
  var g = el("span", null, "kg-glyph"), line = el("span", null, "kg-line");
  line.style.borderColor = k[1]; line.style.borderTopStyle = k[2] ? "dashed" : "solid";
  g.style.width = "34px"; g.style.color = k[1]; g.appendChild(line); g.appendChild(el("span", k[3] && !BIG ? "▸" : ""));
  check(kindsBox, k[0], true, g, k[4], kindCount[k[0]], function (on) { kindOn[k[0]] = on; refresh(); });
});
kindsBox.appendChild(mw.parentNode);
mw.addEventListener("change", function () {
  var v = parseInt(mw.value, 10); minWeight = isFinite(v) && v > 0 ? v : 1; refresh();
});

// ---------------------------------------------------------------- search
var names = INFO.map(function (d) { return [d.n.toLowerCase()].concat(d.a.map(function (a) { return a.toLowerCase(); })); });
var searchBox = document.getElementById("kg-search"), results = document.getElementById("kg-results");
var composing = false;
function search(q) {
  q = q.trim().toLowerCase();
  var hits = [];
  if (q) {
    for (var i = 0; i < N; i++) {
      var ns = names[i], best = 99, via = -1;
      for (var k = 0; k < ns.length; k++) {
        var p = ns[k].indexOf(q), s;
        if (p < 0) continue;
        s = (ns[k] === q ? 0 : p === 0 ? 2 : 4) + (k > 0 ? 1 : 0);
        if (s < best) { best = s; via = k; }
      }
      if (via >= 0) hits.push([best, -INFO[i].pr, INFO[i].n, i, via]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
  }
  return hits;
}
function showResults() {
  var hits = search(searchBox.value);
  results.textContent = "";
  hits.slice(0, 30).forEach(function (h) {
    var i = h[3], li = el("li"), b = el("button");
    b.type = "button"; b.setAttribute("data-node", String(i));
    var g = el("span", (TSTYLE[typeOf(i)] || {}).glyph || "●", "kg-glyph"); g.style.color = (TSTYLE[typeOf(i)] || {}).color || "#999";
    b.appendChild(g); b.appendChild(el("span", INFO[i].n));
    if (h[4] > 0) b.appendChild(el("span", " (" + INFO[i].a[h[4] - 1] + ")", "kg-muted"));
    if (!nodeShow[i]) b.appendChild(el("span", " · hidden", "kg-muted"));
    b.addEventListener("click", function () { select(i, true); });
    li.appendChild(b); results.appendChild(li);
  });
  if (searchBox.value.trim() && !hits.length) results.appendChild(el("li", "no match", "kg-muted"));
  if (hits.length > 30) results.appendChild(el("li", "… " + (hits.length - 30) + " more", "kg-muted"));
  window.kgSearchHits = hits.map(function (h) { return INFO[h[3]].id; });
}
searchBox.addEventListener("compositionstart", function () { composing = true; });
searchBox.addEventListener("compositionend", function () { composing = false; showResults(); });
searchBox.addEventListener("input", function (ev) { if (!composing && !ev.isComposing) showResults(); });
searchBox.addEventListener("keydown", function (ev) {
  if (ev.key === "Enter" && !ev.isComposing) { var h = search(searchBox.value); if (h.length) select(h[0][3], true); }
});

// ---------------------------------------------------------------- side panel
var panel = document.getElementById("kg-panel"), selected = null;
function section(title, items) {
  if (!items.length) return;
  panel.appendChild(el("h3", title));
  var ul = el("ul");
  items.forEach(function (it) { ul.appendChild(it); });
  panel.appendChild(ul);
}
function li() {
  var l = el("li");
  for (var k = 0; k < arguments.length; k++) {
    var a = arguments[k];
    l.appendChild(typeof a === "string" ? document.createTextNode(a) : a);
  }
  return l;
}
function showPanel(i) {
  var d = INFO[i], k, e;
  panel.textContent = "";
  panel.appendChild(el("h2", d.n));
  var chips = el("div");
  d.t.forEach(function (t) { var c = el("span", (TSTYLE[t] || {label: t}).label, "kg-chip"); c.style.background = (TSTYLE[t] || {}).color || "#999"; chips.appendChild(c); });
  panel.appendChild(chips);
  panel.appendChild(el("div", "PageRank " + d.pr + " · degree " + d.d + (nodeShow[i] ? "" : " · hidden by the current filters"), "kg-muted"));
  var bar = el("div"), fb = el("button", "focus: neighbourhood", "kg-btn");
  fb.type = "button"; fb.id = "kg-focusbtn";
  fb.addEventListener("click", function () { setFocus(i); });
  bar.appendChild(fb); panel.appendChild(bar);
  if (d.a.length) section("别名 Aliases", d.a.map(function (a) { return li(a); }));
  var roles = [], holders = [], links = [], comen = [], honors = [], quoteOf = {};
  adj[i].forEach(function (j) {
    e = EDGES[j];
    if (e.ar >= 0 && e.q >= 0 && !(e.ar in quoteOf)) quoteOf[e.ar] = e.q;
    var out = e.from === i, other = out ? e.to : e.from;
    if (e.kind === "role") (out ? roles : holders).push([e.ti, other]);
    else if (e.kind === "comention") comen.push([e.w, other]);
    else if (e.kind === "honor") honors.push(other);
    else links.push([e.kind, out, other]);
  });
  var rs = roles.map(function (r) { return li(r[0] + " @ ", nodeLink(r[1])); });
  d.ti.forEach(function (t) { rs.push(li(t)); });
  section("职务 Roles held (title @ org)", rs);
  section("任职者 Office holders", holders.map(function (r) { return li(nodeLink(r[1]), " · " + r[0]); }));
  var hs = d.h.map(function (h) { return li(h); });
  if (!hs.length) hs = honors.map(function (o) { return li(nodeLink(o)); });
  section("荣誉 Honors", hs);
  section("关系 Links", links.map(function (l) {
    return l[1] ? li((KSTYLE[l[0]] || {label: l[0]}).label + " → ", nodeLink(l[2]))
                : li("← " + (KSTYLE[l[0]] || {label: l[0]}).label + " ", nodeLink(l[2]));
  }));
  comen.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
  var cs = comen.slice(0, 15).map(function (c) { return li(nodeLink(c[1]), " ×" + c[0]); });
  if (comen.length > 15) cs.push(li("… " + (comen.length - 15) + " more"));
  section("同句共现 Co-mentioned with (sentences)", cs);
  var arts = d.ar.slice(0, 40).map(function (a) {
    var art = ARTS[a], l = li();
    l.appendChild(el("b", art[1] || art[0]));
    l.appendChild(el("span", " · " + art[2], "kg-muted"));
    if (a in quoteOf) l.appendChild(el("div", "“" + QUOTES[quoteOf[a]] + "”", "kg-quote"));
    return l;
  });
  if (d.ar.length > 40) arts.push(li("… " + (d.ar.length - 40) + " more"));
  section("报道 Articles (headline · page) and evidence", arts);
  panel.appendChild(el("div", "id: " + d.id, "kg-muted"));
}
function select(i, move) {
  selected = i;
  showPanel(i);
  if (nodeShow[i]) {
    network.selectNodes([i]);
    if (move) network.focus(i, {scale: Math.max(network.getScale(), 0.7), animation: false});
  } else network.unselectAll();
  window.kgSelected = INFO[i].id;
}
function setFocus(i) {
  focus = i; depth = parseInt(document.getElementById("kg-depth").value, 10) || 1;
  document.getElementById("kg-focusinfo").textContent = INFO[i].n + " (depth " + depth + ")";
  refresh();
  network.fit({nodes: nodeView.getIds(), animation: false});
  if (nodeShow[i]) network.selectNodes([i]);
}
document.getElementById("kg-depth").addEventListener("change", function () { if (focus !== null) setFocus(focus); });
document.getElementById("kg-showall").addEventListener("click", function () {
  focus = null; document.getElementById("kg-focusinfo").textContent = "none";
  refresh(); network.fit({animation: false});
});
document.getElementById("kg-fit").addEventListener("click", function () { network.fit({animation: false}); });
network.on("click", function (p) { if (p.nodes.length) select(p.nodes[0], false); });

// ---------------------------------------------------------------- hover tooltip
var tip = document.getElementById("kg-tip");
function showTip(p, lines) {
  tip.textContent = lines.join("\n");
  var r = container.getBoundingClientRect();
  tip.style.left = (r.left + p.pointer.DOM.x + 14) + "px";
  tip.style.top = (r.top + p.pointer.DOM.y + 14) + "px";
  tip.hidden = false;
}
function hideTip() { tip.hidden = true; }
network.on("hoverNode", function (p) {
  var d = INFO[p.node];
  var lines = [d.n, d.t.map(function (t) { return (TSTYLE[t] || {label: t}).label; }).join(", ")];
  if (d.a.length) lines.push("aka " + d.a.slice(0, 6).join(", ") + (d.a.length > 6 ? " …" : ""));
  lines.push(d.ar.length + " article(s) · degree " + d.d + " · click for details");
  showTip(p, lines);
});
network.on("hoverEdge", function (p) {
  var e = EDGES[p.edge], s = KSTYLE[e.kind] || {label: e.kind};
  var lines = [s.label + (e.ti ? " " + e.ti : "") + ": " + INFO[e.from].n + (s.arrow ? " → " : " — ") + INFO[e.to].n];
  if (e.kind !== "honor") lines.push("weight " + e.w + " · " + e.n + " article(s)");
  if (e.q >= 0) { var q = QUOTES[e.q]; lines.push("“" + (q.length > 160 ? q.slice(0, 160) + "…" : q) + "”"); }
  showTip(p, lines);
});
network.on("blurNode", hideTip); network.on("blurEdge", hideTip);
network.on("dragStart", hideTip); network.on("zoom", hideTip);

// ---------------------------------------------------------------- deep link
var byId = {};
INFO.forEach(function (d, i) { byId[d.id] = i; });
function fromHash() {
  var m = /^#node=(.+)$/.exec(location.hash);
  if (m) { var i = byId[decodeURIComponent(m[1])]; if (i !== undefined) select(i, true); }
}
window.addEventListener("hashchange", fromHash);
fromHash();
window.kg = {network: network, select: select, setFocus: setFocus, search: search, byId: byId};
})();
</script>
</body>
</html>
"""


# ------------------------------------------------------------------ ranking
def centrality(G) -> dict:
    """PageRank of every node (weighted, on the undirected projection), 6 decimals."""
    from ..metrics import pagerank_scores

    return {n: round(float(s), 6) for n, s in pagerank_scores(G).items()}


def _top(scores: dict, nodes, n: int) -> list:
    return sorted(nodes, key=lambda x: (-scores.get(x, 0.0), x))[:max(n, 0)]


def select_nodes(G, max_nodes: int, scores: dict | None = None) -> list:
    """The nodes to draw: all, or the ``max_nodes`` of highest PageRank (ties by id); sorted."""
    nodes = sorted(G.nodes)
    if len(nodes) <= max_nodes:
        return nodes
    return sorted(_top(centrality(G) if scores is None else scores, nodes, max_nodes))


def _edge_passes(d: dict, kinds, min_weight: int) -> bool:
    kind = d.get("kind", "")
    if kinds and kind not in kinds:
        return False
    return kind != "comention" or (d.get("weight", 1) or 1) >= min_weight


def neighbourhood(G, seeds, depth: int = 1, kinds=(), min_weight: int = 1) -> set:
    """Nodes within ``depth`` edges (either direction) of ``seeds``, over the edges
    of ``kinds`` (all when empty) and co-mentions of at least ``min_weight``."""
    seen = set(seeds)
    frontier = sorted(seen)
    for _ in range(max(depth, 0)):
        nxt = []
        for u in frontier:
            for _, v, d in list(G.out_edges(u, data=True)) + [(b, a, d) for a, b, d in G.in_edges(u, data=True)]:
                if v not in seen and _edge_passes(d, kinds, min_weight):
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
    return seen


def find_nodes(G, name: str) -> list:
    """Nodes called ``name``: by id, else canonical name, else alias (sorted ids)."""
    if name in G:
        return [name]
    exact = sorted(n for n, a in G.nodes(data=True) if a.get("name") == name)
    if exact:
        return exact
    return sorted(n for n, a in G.nodes(data=True) if name in (a.get("aliases") or []))


def focus_nodes(G, around=(), depth: int = 1, types=(), kinds=(), min_weight: int = 1,
                top: int | None = None, scores: dict | None = None, nodes=None) -> list:
    """The nodes of a focused view (sorted ids).

    Start from ``nodes`` (default: every node), keep those within ``depth`` of the
    ``around`` nodes (over ``kinds`` / ``min_weight``), then those with one of
    ``types``, then the ``top`` most central. The ``around`` nodes themselves are
    always kept.
    """
    keep = set(G.nodes) if nodes is None else set(nodes)
    if around:
        keep &= neighbourhood(G, around, depth, kinds, min_weight)
    if types:
        keep = {n for n in keep if set(G.nodes[n].get("types") or [G.nodes[n].get("type")]) & set(types)}
    keep |= set(around)
    if top is not None and len(keep) > top:
        scores = centrality(G) if scores is None else scores
        keep = set(_top(scores, keep, top)) | set(around)
    return sorted(keep)


# ------------------------------------------------------------------- layout
def _component_layout(n: int, edges: list, weights: list, rng: random.Random, use_igraph: bool):
    """Coordinates of one connected component (list of (x, y)), median edge ~ _EDGE_LEN."""
    if n == 1:
        return [(0.0, 0.0)]
    if n == 2:
        return [(0.0, 0.0), (_EDGE_LEN, 0.0)]
    if use_igraph:
        import igraph as ig

        g = ig.Graph(n=n, edges=edges)
        seed = [(rng.uniform(-1, 1) * math.sqrt(n), rng.uniform(-1, 1) * math.sqrt(n)) for _ in range(n)]
        if n <= _KK_MAX:  # even spacing for small components
            coords = [tuple(p) for p in g.layout_kamada_kawai(seed=seed, maxiter=50 * n).coords]
        else:
            coords = [tuple(p) for p in g.layout_fruchterman_reingold(
                weights=weights, niter=500 if n <= 5000 else 300, seed=seed, grid="auto").coords]
    else:
        import networkx as nx

        h = nx.Graph()
        h.add_nodes_from(range(n))
        h.add_weighted_edges_from((u, v, w) for (u, v), w in zip(edges, weights))
        iters = 50 if n <= 2000 else 15
        pos = nx.spring_layout(h, seed=rng.randrange(2 ** 31), iterations=iters)
        coords = [tuple(pos[i]) for i in range(n)]
    lengths = sorted(math.dist(coords[u], coords[v]) for u, v in edges) or [1.0]
    med = lengths[len(lengths) // 2] or 1.0
    scale = _EDGE_LEN / med
    return [(x * scale, y * scale) for x, y in coords]


def layout_positions(vertices: list, edges: list, seed: int = 42) -> dict:
    """Integer (x, y) per vertex: each connected component laid out on its own
    (igraph Fruchterman-Reingold, fixed seed), components packed in rows, largest
    first. ``edges`` are ``(u, v, weight)`` with u, v in ``vertices``."""
    try:
        import igraph  # noqa: F401
        use_igraph = True
    except ImportError:  # pragma: no cover - exercised only without igraph
        use_igraph = False
    index = {v: i for i, v in enumerate(vertices)}
    parent = list(range(len(vertices)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    wsum: dict[tuple, float] = defaultdict(float)
    for u, v, w in edges:
        a, b = index[u], index[v]
        if a == b:
            continue
        wsum[(min(a, b), max(a, b))] += w
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comps: dict[int, list] = defaultdict(list)
    for i in range(len(vertices)):
        comps[root(i)].append(i)
    comp_edges: dict[int, list] = defaultdict(list)
    for (a, b), w in sorted(wsum.items()):
        comp_edges[root(a)].append((a, b, w))
    order = sorted(comps, key=lambda r: (-len(comps[r]), r))

    rng = random.Random(seed)
    if use_igraph:
        import igraph as ig
        ig.set_random_number_generator(random.Random(seed))
    boxes = []
    try:
        for r in order:
            members = comps[r]
            local = {m: k for k, m in enumerate(members)}
            es = [(local[a], local[b]) for a, b, _ in comp_edges[r]]
            ws = [1.0 + math.log(w) for _, _, w in comp_edges[r]]
            coords = _component_layout(len(members), es, ws, rng, use_igraph)
            xs, ys = [c[0] for c in coords], [c[1] for c in coords]
            boxes.append((members, coords, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    finally:
        if use_igraph:
            ig.set_random_number_generator(random)
    # shelf packing: rows of components, a row no wider than ~ the square root of the area
    area = sum((w + _GAP) * (h + _GAP) for *_, w, h in boxes)
    row_width = max([math.sqrt(area) * 1.25] + [w + _GAP for *_, w, h in boxes])
    pos: dict = {}
    x = y = row_h = 0.0
    for members, coords, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + _GAP, 0.0
        for m, (cx, cy) in zip(members, coords):
            pos[vertices[m]] = (cx - x0 + x, cy - y0 + y)
        x += w + _GAP
        row_h = max(row_h, h)
    if pos:
        mx = (min(p[0] for p in pos.values()) + max(p[0] for p in pos.values())) / 2
        my = (min(p[1] for p in pos.values()) + max(p[1] for p in pos.values())) / 2
        pos = {v: (int(round(px - mx)), int(round(py - my))) for v, (px, py) in pos.items()}
    return pos


# --------------------------------------------------------------------- data
def article_index(corpus) -> dict:
    """``{article id: (headline, page file)}`` of a Corpus."""
    return {ar.article.id: (ar.article.headline, pr.page.name)
            for pr in corpus.pages for ar in pr.articles}


def article_index_from_pages(out_dir) -> dict:
    """The same from the ``pages/*.json`` files of a build folder (empty if absent)."""
    out: dict = {}
    for path in sorted(Path(out_dir, "pages").glob("*.json")):
        try:
            rec = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for i, art in enumerate(rec.get("articles") or []):
            out[f"{path.stem}#{i:02d}"] = (str(art.get("headline") or ""), str(rec.get("file") or ""))
    return out


def _size(score: float, top: float) -> int:
    return int(round(9 + 36 * math.sqrt(score / top))) if top > 0 else 12


def _font(score: float, top: float) -> int:
    """Label size: hubs get large labels, readable in the overview (like a map's cities)."""
    return int(round(13 + 17 * math.sqrt(score / top))) if top > 0 else 14


def page_data(G, nodes: list, scores: dict, articles: dict | None = None, seed: int = 42) -> dict:
    """Everything the page needs: ``nodes`` and ``edges`` (vis rows, keyed by index),
    ``meta`` (per-node details, articles, quotes, styles) and ``counts``."""
    articles = articles or {}
    keep = set(nodes)
    honors = sorted({h for n in nodes for h in (G.nodes[n].get("honors") or [])})
    ids = list(nodes) + [f"honor:{h}" for h in honors]
    index = {v: i for i, v in enumerate(ids)}
    art_rows: list = []
    art_index: dict = {}
    quotes: list = []
    quote_index: dict = {}

    def art(aid):
        if aid not in art_index:
            head, page = articles.get(aid, ("", ""))
            art_index[aid] = len(art_rows)
            art_rows.append([aid, head, page or aid.partition("#")[0]])
        return art_index[aid]

    def quote(q):
        if not q:
            return -1
        if q not in quote_index:
            quote_index[q] = len(quotes)
            quotes.append(q)
        return quote_index[q]

    edges, layout_edges = [], []
    drawn = (e for e in G.edges(keys=True, data=True) if e[0] in keep and e[1] in keep)
    for u, v, k, d in sorted(drawn, key=lambda e: (e[0], e[1], e[2])):
        w = d.get("weight", 1) or 1
        row = {"id": len(edges), "from": index[u], "to": index[v], "kind": d.get("kind", ""),
               "w": w, "n": len(d.get("articles") or []),
               "ar": art(d["article"]) if d.get("article") else -1, "q": quote(d.get("quote"))}
        if d.get("title"):
            row["ti"] = d["title"]
        edges.append(row)
        layout_edges.append((u, v, w))
    n_relations = len(edges)
    for n in nodes:
        for h in G.nodes[n].get("honors") or []:
            edges.append({"id": len(edges), "from": index[n], "to": index[f"honor:{h}"], "kind": HONOR,
                          "w": 1, "n": 0, "ar": -1, "q": -1})
            layout_edges.append((n, f"honor:{h}", 1))
    pos = layout_positions(ids, layout_edges, seed)
    top = max([scores.get(n, 0.0) for n in nodes] + [0.0])
    vis_nodes, info = [], []
    for i, n in enumerate(nodes):
        a = G.nodes[n]
        x, y = pos[n]
        vis_nodes.append({"id": i, "label": str(a.get("name", n)), "group": a.get("type") or "",
                          "x": x, "y": y, "size": _size(scores.get(n, 0.0), top),
                          "font": _font(scores.get(n, 0.0), top)})
        info.append({"id": n, "n": str(a.get("name", n)),
                     "t": list(a.get("types") or [a.get("type") or ""]),
                     "a": [str(s) for s in a.get("aliases") or []],
                     "ti": [str(s) for s in a.get("titles") or []],
                     "h": [str(s) for s in a.get("honors") or []],
                     "ar": [art(x_) for x_ in a.get("articles") or []],
                     "pr": scores.get(n, 0.0), "d": G.degree(n)})
    holders: dict = defaultdict(int)
    for n in nodes:
        for h in G.nodes[n].get("honors") or []:
            holders[h] += 1
    for h in honors:
        i = index[f"honor:{h}"]
        x, y = pos[f"honor:{h}"]
        vis_nodes.append({"id": i, "label": h, "group": HONOR, "x": x, "y": y, "size": 12})
        info.append({"id": f"honor:{h}", "n": h, "t": [HONOR], "a": [], "ti": [], "h": [], "ar": [],
                     "pr": 0.0, "d": holders[h]})
    meta = {
        "nodes": info, "articles": art_rows, "quotes": quotes, "big_edges": _BIG_EDGES,
        "types": [[t, c, s, _SHAPE_GLYPH.get(s, "●"), TYPE_LABELS.get(t, t)]
                  for t, (c, s) in TYPE_STYLE.items()],
        "kinds": [[k, c, dashed, arrow, KIND_LABELS.get(k, k)]
                  for k, (c, dashed, arrow) in EDGE_STYLE.items()],
    }
    counts = {"entities": len(nodes), "relations": n_relations, "honors": len(honors),
              "honor_edges": len(edges) - n_relations}
    return {"nodes": vis_nodes, "edges": edges, "meta": meta, "counts": counts}


# --------------------------------------------------------------------- page
def _script_json(obj) -> str:
    """JSON safe inside a <script> block: < > & ' and U+2028/9 escaped."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for a, b in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027"),
                 ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(a, b)
    return text


def legend_html() -> str:
    """A static legend (no corpus strings); the page's filter boxes repeat it live."""
    items = [f'<span style="color:{c}">{_SHAPE_GLYPH.get(s, "●")}</span> {html.escape(TYPE_LABELS.get(t, t))}'
             for t, (c, s) in TYPE_STYLE.items()]
    return '<div class="kg-legend kg-muted">' + " · ".join(items) + "</div>"


def _header(total: int, total_edges: int, counts: dict, hidden: int, note: str | None,
            title: str) -> str:
    parts = [f"<h1>{html.escape(title)} · {counts['entities']} entities, {counts['relations']} relations, "
             f"{counts['honors']} honors</h1>"]
    if note:
        parts.append(f'<p class="kg-note">{html.escape(note)}</p>')
    if hidden:
        parts.append(
            f'<p class="kg-note" id="kg-hidden">Showing the {counts["entities"]} most central entities '
            f"(PageRank) of {total}; {hidden} entities and {total_edges - counts['relations']} "
            f"relations are hidden here (all of them are in graph.json and kg.ttl). "
            f"See them with a focused view: <code>kg view output --around 北京市总工会</code>, "
            f"<code>--type union</code>, <code>--top {min(total, counts['entities'] * 2)}</code>.</p>")
    return "\n".join(parts)


def _options(n_edges: int, seed: int) -> dict:
    big = n_edges > _BIG_EDGES
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"randomSeed": seed, "improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "multiselect": False, "keyboard": False},
        "nodes": {"shape": "dot", "borderWidth": 1,
                  "font": {"size": 14, "face": _FONT, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"enabled": False, "drawThreshold": 7}}},
        "edges": {"smooth": False, "selectionWidth": 1.5, "hoverWidth": 0.5},
        "groups": {t: {"color": {"background": c, "border": "#555555",
                                 "highlight": {"background": c, "border": "#111111"},
                                 "hover": {"background": c, "border": "#111111"}},
                       "shape": s} for t, (c, s) in TYPE_STYLE.items()},
    }


def _network(data: dict, seed: int):
    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    # our trimmed template; pyvis' own folder still serves the inlined vis files
    env = Environment(loader=ChoiceLoader([DictLoader({_TEMPLATE_NAME: TEMPLATE}),
                                           FileSystemLoader(net.template_dir)]))
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False,
                                         "separators": (",", ":")}
    net.templateEnv = env
    net.path = _TEMPLATE_NAME
    # lists built directly: Network.add_edge is quadratic in the number of edges
    net.nodes = data["nodes"]
    net.node_ids = [n["id"] for n in data["nodes"]]
    net.edges = data["edges"]
    net.options = _options(len(data["edges"]), seed)
    return net


def render_html(G, settings: Settings = Settings(), *, nodes=None, articles: dict | None = None,
                title: str = "kg knowledge graph", note: str | None = None,
                pagerank: dict | None = None) -> str:
    """The HTML text of graph.html for ``G``.

    ``nodes``: the entities to draw (default: all, or the ``settings.html_max_nodes``
    most central); ``articles``: ``{article id: (headline, page file)}`` (see
    :func:`article_index`); ``note``: a line for the header (e.g. the query of a view);
    ``pagerank``: the scores of :func:`kg.metrics.pagerank_scores` if already computed.
    """
    scores = centrality(G) if pagerank is None else {n: round(float(x), 6) for n, x in pagerank.items()}
    if nodes is None:
        nodes = select_nodes(G, settings.html_max_nodes, scores)
        hidden = len(G) - len(nodes)
    else:
        nodes = sorted(nodes)
        hidden = 0
    data = page_data(G, nodes, scores, articles, settings.seed)
    net = _network(data, settings.seed)
    text = net.generate_html()
    text = text.replace("<!--kg:title-->", html.escape(title), 1)
    text = text.replace("<!--kg:header-->",
                        _header(len(G), G.number_of_edges(), data["counts"], hidden, note, title), 1)
    return text.replace("<!--kg:meta-->", _script_json(data["meta"]), 1)


def write_html(G, out_dir, settings: Settings = Settings(), *, name: str = "graph.html",
               **kwargs) -> str:
    """Write ``out_dir/name`` (UTF-8, atomically); returns the text."""
    text = render_html(G, settings, **kwargs)
    atomic_write_text(Path(out_dir) / name, text)
    return text
