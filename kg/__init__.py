"""kg: a knowledge-graph builder for Chinese trade-union news.

Importing kg reads no files and configures nothing; heavy libraries (jieba,
rdflib, pyvis) are imported inside the functions that need them.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["build", "load_graph", "load_rdf", "projections", "Settings", "__version__"]

from . import projections
from .settings import Settings


def build(paths, out_dir=None, settings: Settings | None = None, progress=None):
    """Build the knowledge graph of ``paths``; write every output to ``out_dir`` if given.

    Returns the :class:`kg.model.Corpus`.
    """
    from .pipeline import build as _build

    settings = settings or Settings()
    corpus = _build(paths if isinstance(paths, (list, tuple)) else [paths], settings, progress)
    if out_dir is not None:
        from .export import write_all

        write_all(corpus, out_dir, settings)
    return corpus


def load_graph(path):
    """The networkx MultiDiGraph saved by ``kg build`` (``graph.json`` or its folder).

    Nodes are entity ids with attributes ``name``, ``type`` (primary), ``types``,
    ``aliases``, ``articles``, ``mentions``, ``titles``, ``honors``. Edges are keyed
    by kind (``"role:<title>"`` for posts) with ``kind`` (role, located_in, part_of,
    union_of, comention), ``weight`` (supporting statements; sentences for a
    co-mention), ``articles`` and the first evidence ``article``, ``sentence``,
    ``quote``; a role edge also has ``title``. See :mod:`kg.graph`.

    ``kg.projections.comention(G)`` and ``kg.projections.roles(G)`` give the
    undirected weighted co-mention graph and the persons--organisations graph.

    >>> import kg
    >>> G = kg.load_graph("output")                                  # doctest: +SKIP
    >>> P = kg.projections.comention(G)                              # doctest: +SKIP
    """
    from pathlib import Path

    from .graph import load_graph as _load

    p = Path(path)
    return _load(p / "graph.json" if p.is_dir() else p)


def load_rdf(path):
    """The built RDF as an ``rdflib.Graph`` (``kg.nt`` or its folder)."""
    from .query import load_rdf as _load

    return _load(path)
