"""GraphML and GEXF files for Gephi, yEd, Cytoscape ... (via networkx).

Both formats only hold scalar attributes, so list attributes are flattened to
``'|'``-joined strings (``types = "official|worker"``) and ``None`` becomes ``""``.

* ``graph.graphml`` keeps the MultiDiGraph as is (edge ids = the edge keys,
  e.g. ``role:主席``).
* ``graph.gexf`` is a DiGraph, because Gephi merges or rejects parallel edges:
  all edges from ``u`` to ``v`` become one edge whose ``kind`` lists the kinds
  (``"comention|located_in"``), ``weight`` is the sum of weights and ``titles``
  lists the role titles. Nodes get ``label`` = name. networkx's GEXF writer
  stamps today's date in ``<meta lastmodifieddate>``; we remove it so the file
  is the same on every run.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from .._io import atomic_write_text

__all__ = ["flatten", "flat_graph", "gexf_graph", "render_graphml", "render_gexf", "stream_gephi", "write_gephi",
           "SEP"]

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
    for n, attrs in G.nodes(data=True):
        H.add_node(n, label=attrs.get("name", str(n)), **_flat_attrs(attrs))
    for u, v, k, attrs in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **_flat_attrs(attrs))
    return H


def gexf_graph(G):
    """A DiGraph merging parallel edges of ``G`` (see the module docstring)."""
    import networkx as nx

    H = nx.DiGraph()
    for n, attrs in G.nodes(data=True):
        H.add_node(n, label=attrs.get("name", str(n)), **_flat_attrs(attrs))
    merged: dict[tuple, dict] = {}
    for u, v, _k, attrs in G.edges(keys=True, data=True):
        slot = merged.setdefault((u, v), {"kinds": set(), "titles": set(), "articles": set(),
                                          "weight": 0})
        slot["kinds"].add(attrs.get("kind", ""))
        if attrs.get("title"):
            slot["titles"].add(attrs["title"])
        slot["articles"].update(attrs.get("articles", ()))
        slot["weight"] += int(attrs.get("weight", 1))
    for (u, v), slot in sorted(merged.items()):
        H.add_edge(u, v, kind=flatten(slot["kinds"]), titles=flatten(slot["titles"]),
                   articles=flatten(slot["articles"]), weight=slot["weight"])
    return H


def _write(writer, H) -> str:
    buf = io.BytesIO()
    writer(H, buf, encoding="utf-8", prettyprint=True)
    text = buf.getvalue().decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def render_graphml(G) -> str:
    import networkx as nx

    return _write(nx.write_graphml, flat_graph(G))


_META_DATE = re.compile(r'\s+lastmodifieddate="[^"]*"')


def render_gexf(G) -> str:
    import networkx as nx

    return _META_DATE.sub("", _write(nx.write_gexf, gexf_graph(G)), count=1)


def stream_gephi(G, sink) -> None:
    """Write graph.gexf, then graph.graphml, through a :mod:`kg.export._sink` sink:
    one file's XML tree is alive at a time (networkx still builds each whole)."""
    for name, render in (("graph.gexf", render_gexf), ("graph.graphml", render_graphml)):
        text = render(G)
        with sink.open(name) as out:
            out.write(text)
        del text


def write_gephi(G, out_dir) -> dict[str, str]:
    """Write graph.graphml and graph.gexf into ``out_dir`` (atomically)."""
    files = {"graph.graphml": render_graphml(G), "graph.gexf": render_gexf(G)}
    for name, text in files.items():
        atomic_write_text(Path(out_dir) / name, text)
    return files
