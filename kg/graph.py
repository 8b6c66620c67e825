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
from pathlib import Path

from ._io import atomic_write_text, indented_json
from .corpus import resolved_honors, resolved_links, resolved_roles
from .errors import KgError
from .model import Corpus, Evidence

__all__ = ["NODE_ATTRS", "EDGE_ATTRS", "EDGE_KINDS", "ROLE", "COMENTION", "LINK_KINDS",
           "GRAPH_FORMAT", "edge_key", "to_networkx", "graph_to_json", "write_graph_json", "save_graph",
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


def to_networkx(corpus: Corpus):
    """The corpus as a ``networkx.MultiDiGraph`` (see the module docstring)."""
    import networkx as nx

    G = nx.MultiDiGraph(format=GRAPH_FORMAT)
    titles: dict[str, set] = defaultdict(set)
    honors: dict[str, set] = defaultdict(set)
    facts: dict[tuple[str, str, str], dict] = {}

    def add_fact(u, v, key, evidence, **attrs):
        slot = facts.setdefault((u, v, key), {"evidence": [], **attrs})
        slot["evidence"].append(evidence)

    for rr in resolved_roles(corpus):
        if rr.org_id is None:
            titles[rr.person_id].add(rr.role.title)
        else:
            add_fact(rr.person_id, rr.org_id, edge_key(ROLE, rr.role.title), rr.role.evidence,
                     kind=ROLE, title=rr.role.title)
    for rh in resolved_honors(corpus):
        honors[rh.holder_id].add(rh.honor.honor)
    for rl in resolved_links(corpus):
        kind = str(rl.link.rel)
        add_fact(rl.source_id, rl.target_id, edge_key(kind), rl.link.evidence, kind=kind)

    for e in corpus.entities:  # already sorted by id
        types = [str(t) for t in e.types]
        G.add_node(e.id, name=e.name, types=types, type=types[0] if types else "",
                   aliases=list(e.aliases), articles=list(e.article_ids),
                   mentions=e.mention_count, titles=sorted(titles[e.id]),
                   honors=sorted(honors[e.id]))
    for cm in corpus.comentions:
        facts[(cm.a, cm.b, COMENTION)] = {"kind": COMENTION, "evidence": list(cm.evidence),
                                          "weight": cm.weight, "articles": list(cm.article_ids)}
    for (u, v, key), slot in sorted(facts.items()):
        evidence = slot.pop("evidence")
        slot.setdefault("weight", len(evidence))
        slot.setdefault("articles", sorted({ev.article_id for ev in evidence}))
        if evidence:
            slot.update(_first_evidence(evidence))
        G.add_edge(u, v, key=key, **slot)
    return G


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
