"""GraphML and GEXF files for Gephi, yEd, Cytoscape ...

Both formats only hold scalar attributes, so list attributes are flattened to
``'|'``-joined strings (``types = "official|worker"``) and ``None`` becomes ``""``.

* ``graph.graphml`` keeps the MultiDiGraph as is (edge ids = the edge keys,
  e.g. ``role:主席``).
* ``graph.gexf`` is a DiGraph, because Gephi merges or rejects parallel edges:
  all edges from ``u`` to ``v`` become one edge whose ``kind`` lists the kinds
  (``"comention|located_in"``), ``weight`` is the sum of weights and ``titles``
  lists the role titles. Nodes get ``label`` = name. No date is stamped in
  ``<meta>``, so the file is the same on every run.
"""
from __future__ import annotations

import io
from pathlib import Path

from .._io import atomic_write_text

__all__ = ["flatten", "flat_graph", "gexf_graph", "render_graphml", "render_gexf", "stream_gephi", "write_gephi",
           "SEP", "write_graphml", "write_gexf"]

SEP = "|"


def flatten(value):
    """A GraphML/GEXF-safe scalar: lists joined by ``'|'``, dicts as ``k=v`` pairs.

    >>> flatten(["official", "worker"]), flatten(None), flatten(3), flatten({"b": 2, "a": 1})
    ('official|worker', '', 3, 'a=1|b=2')
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        items = value if not isinstance(value, (set, frozenset)) else sorted(value)
        return SEP.join(str(v) for v in items)
    if isinstance(value, dict):
        return SEP.join(f"{k}={flatten(v)}" for k, v in sorted(value.items()))
    if isinstance(value, bool):
        return str(value).lower()
    return value


def _flat_attrs(attrs: dict) -> dict:
    return {k: flatten(v) for k, v in sorted(attrs.items())}


def flat_graph(G):
    """A copy of the MultiDiGraph with every attribute flattened (GraphML)."""
    import networkx as nx

    H = nx.MultiDiGraph()
    for n, attrs in _graphml_nodes(G):
        H.add_node(n, **attrs)
    for u, v, k, attrs in _graphml_edges(G):
        H.add_edge(u, v, key=k, **attrs)
    return H


def gexf_graph(G):
    """A DiGraph merging parallel edges of ``G`` (see the module docstring)."""
    import networkx as nx

    H = nx.DiGraph()
    for n, attrs in G.nodes(data=True):
        H.add_node(n, label=attrs.get("name", str(n)), **_flat_attrs(attrs))
    for u, v, attrs, weight in _gexf_edges(G):
        H.add_edge(u, v, **attrs, weight=weight)
    return H


# ------------------------------------------------------------------ writers
# Streaming writers: the same XML networkx's write_graphml / write_gexf produce
# with prettyprint (the same escaping, key ids and layout; tests compare them),
# without building a flattened copy of the graph or an XML tree: one element
# at a time goes to the output.

_XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"
_GRAPHML_OPEN = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
_GEXF_OPEN = ('<gexf xmlns="http://www.gexf.net/1.2draft" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
              'version="1.2">\n')
#: GEXF's <creator>.
CREATOR = "kg"


def _xml_type(value) -> str:
    try:
        return _XML_TYPES[type(value)]
    except KeyError:
        raise TypeError(f"attribute value type is not allowed: {type(value)}") from None


def _graphml_nodes(G):
    """``(node, flattened attributes with label)`` of the GraphML graph."""
    for n, attrs in G.nodes(data=True):
        yield n, {"label": attrs.get("name", str(n)), **_flat_attrs(attrs)}


def _graphml_edges(G):
    """``(u, v, key, flattened attributes)`` of the GraphML graph."""
    for u, v, k, attrs in G.edges(keys=True, data=True):
        yield u, v, k, _flat_attrs(attrs)


def write_graphml(G, out, tmp_dir=None) -> None:
    """graph.graphml of ``G`` (its MultiDiGraph, attributes flattened) to a text stream.

    One pass over the graph: the key declarations come first in the file but are
    known only at the end, so the nodes and edges are written to a temporary file
    (in ``tmp_dir``) as the keys are met, and copied after the declarations."""
    import shutil
    import tempfile
    from xml.etree.ElementTree import _escape_attrib as attr, _escape_cdata as cdata

    keys: dict[tuple, str] = {}   # (name, type, scope) -> "dN", in the order first met

    def data(attrs, scope):
        parts = []
        for name, value in attrs.items():
            key = (name, _xml_type(value), scope)
            kid = keys.get(key)
            if kid is None:
                kid = keys[key] = f"d{len(keys)}"
            text = str(value)
            parts.append(f'      <data key="{kid}">{cdata(text)}</data>\n' if text
                         else f'      <data key="{kid}" />\n')
        return "".join(parts)

    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=tmp_dir,
                                prefix=".kg-graphml-") as graph:
        for n, attrs in _graphml_nodes(G):
            body = data(attrs, "node")
            graph.write(f'    <node id="{attr(str(n))}">\n{body}    </node>\n' if body
                        else f'    <node id="{attr(str(n))}" />\n')
        for u, v, k, attrs in _graphml_edges(G):
            head = f'    <edge source="{attr(str(u))}" target="{attr(str(v))}" id="{attr(str(k))}"'
            body = data(attrs, "edge")
            graph.write(f"{head}>\n{body}    </edge>\n" if body else f"{head} />\n")
        out.write(_DECLARATION + _GRAPHML_OPEN)
        for (name, typ, scope), kid in reversed(keys.items()):
            out.write(f'  <key id="{kid}" for="{scope}" attr.name="{attr(name)}" attr.type="{typ}" />\n')
        if G.number_of_nodes() == 0 and G.number_of_edges() == 0:
            out.write('  <graph edgedefault="directed" />\n</graphml>\n')
            return
        out.write('  <graph edgedefault="directed">\n')
        graph.seek(0)
        shutil.copyfileobj(graph, out, 1 << 20)
        out.write("  </graph>\n</graphml>\n")


def _gexf_merge(slot: dict, attrs: dict) -> None:
    slot["kinds"].add(attrs.get("kind", ""))
    if attrs.get("title"):
        slot["titles"].add(attrs["title"])
    slot["articles"].update(attrs.get("articles", ()))
    slot["weight"] += int(attrs.get("weight", 1))


def _gexf_row(u, v, slot: dict):
    return u, v, {"kind": flatten(slot["kinds"]), "titles": flatten(slot["titles"]),
                  "articles": flatten(slot["articles"])}, slot["weight"]


def _new_slot() -> dict:
    return {"kinds": set(), "titles": set(), "articles": set(), "weight": 0}


def _gexf_edges(G):
    """``(u, v, {kind, titles, articles}, weight)`` of the DiGraph merging parallel edges."""
    if getattr(G, "edges_sorted", False):   # parallel edges are neighbours: merge as they pass
        from itertools import groupby
        from operator import itemgetter

        for (u, v), edges in groupby(G.edges(keys=True, data=True), key=itemgetter(0, 1)):
            slot = _new_slot()
            for *_, attrs in edges:
                _gexf_merge(slot, attrs)
            yield _gexf_row(u, v, slot)
        return
    merged: dict[tuple, dict] = {}
    for u, v, _k, attrs in G.edges(keys=True, data=True):
        _gexf_merge(merged.setdefault((u, v), _new_slot()), attrs)
    rank = {n: i for i, n in enumerate(G)}   # a DiGraph lists edges by source node order
    for (u, v) in sorted(merged, key=lambda e: (rank[e[0]], e)):
        yield _gexf_row(u, v, merged.pop((u, v)))


def write_gexf(G, out) -> None:
    """graph.gexf of ``G`` (a DiGraph merging parallel edges; see the module docstring)
    to a text stream."""
    from xml.etree.ElementTree import _escape_attrib as attr

    def node_rows():   # read twice: the attribute declarations come first
        return ((str(n), str(a.get("name", str(n))), _flat_attrs(a)) for n, a in G.nodes(data=True))

    ids: dict[tuple, str] = {}    # (class, title) -> id, one counter, nodes first
    types: dict[tuple, str] = {}
    for _, _, attrs in node_rows():
        for name, value in attrs.items():
            if ("node", name) not in ids:
                ids[("node", name)], types[("node", name)] = str(len(ids)), _xml_type(value)
    edge_names = {}
    if G.number_of_edges():
        edge_names = {"kind": "string", "titles": "string", "articles": "string"}
    for name, typ in edge_names.items():
        ids[("edge", name)], types[("edge", name)] = str(len(ids)), typ
    out.write(_DECLARATION + _GEXF_OPEN)
    out.write(f"  <meta>\n    <creator>{CREATOR}</creator>\n  </meta>\n")
    out.write('  <graph defaultedgetype="directed" mode="static" name="">\n')
    for cls in ("edge", "node"):   # each block is inserted first when created: edges end up on top
        block = [(i, name) for (c, name), i in ids.items() if c == cls]
        if block:
            out.write(f'    <attributes mode="static" class="{cls}">\n')
            for i, name in block:
                out.write(f'      <attribute id="{i}" title="{attr(name)}" type="{types[(cls, name)]}" />\n')
            out.write("    </attributes>\n")

    def attvalues(cls, attrs):
        if not attrs:
            return ""
        rows = "".join(f'          <attvalue for="{ids[(cls, k)]}" value="{attr(str(v))}" />\n'
                       for k, v in attrs.items())
        return f"        <attvalues>\n{rows}        </attvalues>\n"

    if G.number_of_nodes():
        out.write("    <nodes>\n")
        for n, label, attrs in node_rows():
            head = f'      <node id="{attr(n)}" label="{attr(label)}"'
            body = attvalues("node", attrs)
            out.write(f"{head}>\n{body}      </node>\n" if body else f"{head} />\n")
        out.write("    </nodes>\n")
    else:
        out.write("    <nodes />\n")
    n_edges = 0
    for u, v, attrs, weight in _gexf_edges(G):
        if not n_edges:
            out.write("    <edges>\n")
        head = f'      <edge source="{attr(str(u))}" target="{attr(str(v))}" id="{n_edges}" weight="{weight}"'
        out.write(f"{head}>\n{attvalues('edge', attrs)}      </edge>\n")
        n_edges += 1
    out.write("    </edges>\n" if n_edges else "    <edges />\n")
    out.write("  </graph>\n</gexf>\n")


def render_graphml(G) -> str:
    buf = io.StringIO()
    write_graphml(G, buf)
    return buf.getvalue()


def render_gexf(G) -> str:
    buf = io.StringIO()
    write_gexf(G, buf)
    return buf.getvalue()


def stream_gephi(G, sink) -> None:
    """Write graph.gexf, then graph.graphml, through a :mod:`kg.export._sink` sink,
    element by element."""
    with sink.open("graph.gexf") as out:
        write_gexf(G, out)
    with sink.open("graph.graphml") as out:
        write_graphml(G, out, getattr(sink, "tmp_dir", None))


def write_gephi(G, out_dir) -> dict[str, str]:
    """Write graph.graphml and graph.gexf into ``out_dir`` (atomically)."""
    files = {"graph.graphml": render_graphml(G), "graph.gexf": render_gexf(G)}
    for name, text in files.items():
        atomic_write_text(Path(out_dir) / name, text)
    return files
