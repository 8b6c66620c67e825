"""Corpus -> ``networkx.MultiDiGraph``, and its node-link JSON file (graph.json).

The graph is a projection of the :class:`~kg.model.Corpus`: one node per
corpus entity, one edge per distinct fact, aggregated over articles.

Node attributes (:data:`NODE_ATTRS`)
------------------------------------
``name``      canonical name (str)
``types``     entity types, :class:`~kg.model.EntityType` order (list of str)
``type``      primary type = ``types[0]`` (str)
``aliases``   other surface forms, sorted (list of str)
``articles``  ids of the articles naming the entity, sorted (list of str)
``mentions``  number of mentions (int)
``titles``    titles held without an organisation, e.g. 记者 (sorted list of str)
``honors``    honors held, e.g. 全国劳动模范 (sorted list of str)

Edges (:data:`EDGE_KINDS`; every edge has ``kind``, ``weight``, ``articles``)
-----------------------------------------------------------------------------
``role``        person -> org, key ``"role:<title>"`` (one person may hold several
                posts in one org); ``title``
``located_in``  entity -> place, key ``"located_in"``
``part_of``     org -> parent org, key ``"part_of"``
``union_of``    union -> its company/organisation, key ``"union_of"``
``comention``   a -> b with ``a < b`` by id (the relation is symmetric), key
                ``"comention"``; ``weight`` = number of sentences naming both

``weight`` of role and link edges is the number of statements supporting them.
Every edge also carries its first evidence (article/sentence order):
``article``, ``sentence`` (index) and ``quote``.

Nodes and edges are inserted in sorted order, so :func:`save_graph` writes the
same bytes for the same corpus; :func:`load_graph` reads them back.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from ._io import atomic_write_text, indented_json
from .errors import KgError
from .model import Corpus, Evidence

__all__ = ["NODE_ATTRS", "EDGE_ATTRS", "EDGE_KINDS", "ROLE", "COMENTION", "LINK_KINDS",
           "GRAPH_FORMAT", "edge_key", "to_networkx", "corpus_graph", "StoredGraph", "graph_to_json", "write_graph_json", "save_graph",
           "load_graph"]

NODE_ATTRS = ("name", "types", "type", "aliases", "articles", "mentions", "titles", "honors")
EDGE_ATTRS = ("kind", "weight", "articles", "article", "sentence", "quote", "title")
ROLE = "role"
COMENTION = "comention"
LINK_KINDS = ("located_in", "part_of", "union_of")
EDGE_KINDS = (ROLE, *LINK_KINDS, COMENTION)
#: Stored as ``G.graph["format"]`` so readers can check what they load.
GRAPH_FORMAT = "kg-graph/1"


def edge_key(kind: str, title: str | None = None) -> str:
    """Key of an edge in the MultiDiGraph: the kind, plus the title for roles.

    >>> edge_key("role", "副主席"), edge_key("part_of")
    ('role:副主席', 'part_of')
    """
    return f"{kind}:{title}" if kind == ROLE else kind


def _first_evidence(evidence: list[Evidence]) -> dict:
    ev = min(evidence)
    return {"article": ev.article_id, "sentence": ev.sentence_index, "quote": ev.quote}


def _node_attrs(e, titles: set, honors: set) -> dict:
    types = [str(t) for t in e.types]
    return {"name": e.name, "types": types, "type": types[0] if types else "",
            "aliases": list(e.aliases), "articles": list(e.article_ids),
            "mentions": e.mention_count, "titles": sorted(titles), "honors": sorted(honors)}


def _fact_attrs(attrs: dict, evidence: list) -> dict:
    """The attributes of a role or link edge from its statements' evidence."""
    slot = dict(attrs)
    slot.setdefault("weight", len(evidence))
    slot.setdefault("articles", sorted({ev.article_id for ev in evidence}))
    if evidence:
        slot.update(_first_evidence(evidence))
    return slot


def _comention_attrs(cm) -> dict:
    slot = {"kind": COMENTION, "weight": cm.weight, "articles": list(cm.article_ids)}
    if cm.evidence:
        slot.update(_first_evidence(list(cm.evidence)))
    return slot


def _facts_and_labels(corpus: Corpus, add_fact) -> tuple[dict, dict]:
    """One pass over the articles: every role (with an organisation) and link goes to
    ``add_fact(u, v, key, attrs, evidence)``; titles without an organisation and honors
    are returned per entity id."""
    from .corpus import honors_of, links_of, name_index, roles_of

    titles: dict[str, set] = defaultdict(set)
    honors: dict[str, set] = defaultdict(set)
    for ar in corpus.iter_articles():
        index = name_index(ar)
        for rr in roles_of(ar, index):
            if rr.org_id is None:
                titles[rr.person_id].add(rr.role.title)
            else:
                add_fact(rr.person_id, rr.org_id, edge_key(ROLE, rr.role.title),
                         {"kind": ROLE, "title": rr.role.title}, rr.role.evidence)
        for rh in honors_of(ar, index):
            honors[rh.holder_id].add(rh.honor.honor)
        for rl in links_of(ar, index):
            kind = str(rl.link.rel)
            add_fact(rl.source_id, rl.target_id, edge_key(kind), {"kind": kind}, rl.link.evidence)
    return titles, honors


def to_networkx(corpus: Corpus):
    """The corpus as a ``networkx.MultiDiGraph`` (see the module docstring)."""
    import networkx as nx

    G = nx.MultiDiGraph(format=GRAPH_FORMAT)
    facts: dict[tuple[str, str, str], list] = {}

    def add_fact(u, v, key, attrs, evidence):
        facts.setdefault((u, v, key), [attrs, []])[1].append(evidence)

    titles, honors = _facts_and_labels(corpus, add_fact)
    for e in corpus.entities:  # already sorted by id
        G.add_node(e.id, **_node_attrs(e, titles.get(e.id, ()), honors.get(e.id, ())))
    edges = {key: _fact_attrs(attrs, evidence) for key, (attrs, evidence) in facts.items()}
    for cm in corpus.comentions:
        edges[(cm.a, cm.b, COMENTION)] = _comention_attrs(cm)
    for (u, v, key), attrs in sorted(edges.items()):
        G.add_edge(u, v, key=key, **attrs)
    return G


def corpus_graph(corpus: Corpus, tmp_dir=None):
    """The graph the exporters and metrics read: a :class:`StoredGraph` (on disk) for a
    corpus whose entities are on disk (a build's), else :func:`to_networkx`."""
    from .spool import ItemSpool

    if isinstance(corpus.entities, ItemSpool):
        G = StoredGraph.from_corpus(corpus, tmp_dir)
        if G is not None:
            return G
    return to_networkx(corpus)


class _NodeAttrs(Mapping):
    """``G.nodes[n]`` of a StoredGraph: name, type and types from memory, the rest
    read from disk when asked."""

    __slots__ = ("_g", "_i", "_full")

    def __init__(self, g: "StoredGraph", i: int):
        self._g, self._i, self._full = g, i, None

    def _all(self) -> dict:
        if self._full is None:
            self._full = self._g._node_record(self._i)
        return self._full

    def __getitem__(self, key):
        if key == "name":
            return self._g._names[self._i]
        if key == "types":
            return list(self._g._types[self._i])
        if key == "type":
            t = self._g._types[self._i]
            return t[0] if t else ""
        return self._all()[key]

    def __iter__(self):
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


class _NodeView:
    """``G.nodes`` of a StoredGraph (the subset of networkx's NodeView kg uses)."""

    def __init__(self, g: "StoredGraph"):
        self._g = g

    def __iter__(self):
        return iter(self._g._ids)

    def __len__(self) -> int:
        return len(self._g._ids)

    def __contains__(self, n) -> bool:
        return n in self._g._index

    def __getitem__(self, n) -> _NodeAttrs:
        return _NodeAttrs(self._g, self._g._index[n])

    def __call__(self, data=False, default=None):
        if data is False:
            return iter(self._g._ids)
        rows = iter(self._g._node_rows)
        if data is True:
            return rows
        return ((n, a.get(data, default)) for n, a in rows)


class StoredGraph:
    """The corpus graph of :func:`to_networkx` kept on disk, for corpora too big for a
    networkx graph in memory; it reads like one where kg's exporters and metrics use it.

    Nodes and edges, with every attribute, sit in :class:`~kg.spool.ItemSpool` files in
    the order networkx gives them (nodes by id, edges by ``(u, v, key)``), and
    ``nodes(data=True)`` / ``edges(..., data=True)`` stream them. In memory: the ids,
    names and types of the nodes and the edges as index arrays, so ``G.nodes[n]["name"]``,
    ``G.degree()`` and ``G.edges(data="kind")`` need no disk. The files and the writers
    that read them give the same bytes as for the networkx graph (tested).
    """

    #: ``edges()`` come sorted by (u, v, key) with nodes sorted by id (what the GEXF
    #: writer needs to merge parallel edges in one pass).
    edges_sorted = True

    def __init__(self):
        self.graph = {"format": GRAPH_FORMAT}
        self._ids: list[str] = []
        self._index: dict[str, int] = {}
        self._names: list[str] = []
        self._types: list[tuple] = []
        self._node_rows = None
        self._edge_rows = None
        self._batch = (-1, None)

    @classmethod
    def from_corpus(cls, corpus: Corpus, tmp_dir=None) -> "StoredGraph | None":
        """The graph of ``corpus``; None if a fact names an entity the corpus lacks
        (only a corpus made by hand can: then use :func:`to_networkx`)."""
        import heapq
        from array import array
        from itertools import groupby
        from operator import itemgetter

        from .spool import ExternalSort, ItemSpool

        g = cls()
        facts = ExternalSort(tmp_dir)    # (u, v, key, attrs, evidence)
        titles, honors = _facts_and_labels(
            corpus, lambda u, v, key, attrs, ev: facts.add((u, v, key, attrs["kind"], attrs.get("title", ""), ev),
                                                           len(u) + len(v) + len(key) + len(ev.quote) + 32))
        g._node_rows = ItemSpool(tmp_dir)
        interned: dict = {}
        for e in corpus.entities:
            attrs = _node_attrs(e, titles.get(e.id, ()), honors.get(e.id, ()))
            g._index[e.id] = len(g._ids)
            g._ids.append(e.id)
            g._names.append(e.name)
            t = tuple(attrs["types"])
            g._types.append(interned.setdefault(t, t))
            g._node_rows.append((e.id, attrs))
        g._node_rows.seal()
        del titles, honors

        def fact_edges():
            for key, records in groupby(facts, key=itemgetter(0, 1, 2)):
                records = list(records)
                kind, title = records[0][3], records[0][4]
                attrs = {"kind": kind, "title": title} if kind == ROLE else {"kind": kind}
                yield (*key, _fact_attrs(attrs, [r[5] for r in records]))

        comentions = ((cm.a, cm.b, COMENTION, _comention_attrs(cm)) for cm in corpus.comentions)
        g._edge_rows = ItemSpool(tmp_dir)
        g._u, g._v, g._kind, g._weight = array("i"), array("i"), array("b"), array("q")
        g._keys: list[str] = []
        kinds = {k: i for i, k in enumerate(EDGE_KINDS)}
        for u, v, k, attrs in heapq.merge(fact_edges(), comentions, key=lambda e: e[:3]):
            if u not in g._index or v not in g._index:
                return None
            g._edge_rows.append((u, v, k, attrs))
            g._u.append(g._index[u])
            g._v.append(g._index[v])
            g._kind.append(kinds.get(attrs["kind"], -1))
            g._weight.append(int(attrs.get("weight", 1) or 1))
            g._keys.append(interned.setdefault(k, k))
        g._edge_rows.seal()
        return g

    # -- the networkx surface kg uses
    @staticmethod
    def is_directed() -> bool:
        return True

    @staticmethod
    def is_multigraph() -> bool:
        return True

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self):
        return iter(self._ids)

    def __contains__(self, n) -> bool:
        return n in self._index

    @property
    def nodes(self) -> _NodeView:
        return _NodeView(self)

    def number_of_nodes(self) -> int:
        return len(self._ids)

    def number_of_edges(self) -> int:
        return len(self._u)

    def edges(self, keys: bool = False, data=False, default=None):
        """Like networkx: ``(u, v[, key][, data])``; ``data=True`` reads the attributes from disk."""
        ids = self._ids
        if data is False:
            if keys:
                return ((ids[u], ids[v], k) for u, v, k in zip(self._u, self._v, self._keys))
            return ((ids[u], ids[v]) for u, v in zip(self._u, self._v))
        if data == "kind":
            kinds = EDGE_KINDS
            rows = ((ids[u], ids[v], k, kinds[c]) for u, v, k, c in zip(self._u, self._v, self._keys, self._kind))
        elif data is True:
            rows = iter(self._edge_rows)
        else:
            rows = ((u, v, k, a.get(data, default)) for u, v, k, a in self._edge_rows)
        return rows if keys else ((u, v, d) for u, v, _, d in rows)

    def degree(self, n=None):
        """Edges at a node, both directions (``G.degree(n)``), or ``(node, degree)`` pairs."""
        if n is not None:
            return int(self._degrees()[self._index[n]])
        return zip(self._ids, map(int, self._degrees()))

    def _degrees(self):
        import numpy as np

        if getattr(self, "_deg", None) is None:
            n = len(self._ids)
            self._deg = (np.bincount(np.frombuffer(self._u, dtype=np.int32), minlength=n)
                         + np.bincount(np.frombuffer(self._v, dtype=np.int32), minlength=n))
        return self._deg

    def _node_record(self, i: int) -> dict:
        k, batch = self._batch
        size = self._node_rows.BATCH
        if k != i // size:
            k = i // size
            batch = self._node_rows.batch(k)
            self._batch = (k, batch)
        return batch[i % size][1]


def graph_to_json(G) -> str:
    """Node-link JSON text of a graph (sorted keys, UTF-8, trailing newline)."""
    import io

    buf = io.StringIO()
    write_graph_json(G, buf)
    return buf.getvalue()


def write_graph_json(G, out) -> None:
    """Write the node-link JSON of ``G`` to a text stream, one node or edge at a time.

    The text is ``stable_json(networkx.node_link_data(G, edges="edges"))``, without
    building that document (tests compare the two).
    """
    def items(rows):
        first = True
        for row in rows:
            out.write(("\n  " if first else ",\n  ") + indented_json(row, "  "))
            first = False
        out.write("]" if first else "\n ]")

    multi = G.is_multigraph()
    out.write('{\n "directed": ' + ("true" if G.is_directed() else "false") + ',\n "edges": [')
    if multi:
        items({**d, "source": u, "target": v, "key": k} for u, v, k, d in G.edges(keys=True, data=True))
    else:
        items({**d, "source": u, "target": v} for u, v, d in G.edges(data=True))
    out.write(',\n "graph": ' + indented_json(G.graph, " ") + ',\n "multigraph": '
              + ("true" if multi else "false") + ',\n "nodes": [')
    items({**d, "id": n} for n, d in G.nodes(data=True))
    out.write("\n}\n")


def save_graph(G, path) -> None:
    """Write ``G`` as node-link JSON (graph.json), atomically."""
    atomic_write_text(path, graph_to_json(G))


def load_graph(path):
    """Read a graph written by :func:`save_graph` (a file or an output folder).

    Raises :class:`~kg.errors.KgError` when the file is missing or not a kg graph.
    """
    import networkx as nx

    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KgError(f"{path}: no graph here; run `kg build PATHS -o {path.parent}` first") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KgError(f"{path}: not a readable graph.json ({exc}); rebuild it with `kg build`") from None
    if not isinstance(data, dict) or data.get("graph", {}).get("format") != GRAPH_FORMAT:
        raise KgError(f"{path}: not a kg graph (expected format {GRAPH_FORMAT}); rebuild it with `kg build`")
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
