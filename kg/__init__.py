"""kg: a knowledge-graph builder for Chinese trade-union news.

Importing kg reads no files and configures nothing; heavy libraries (jieba,
rdflib, pyvis) are imported inside the functions that need them.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["build", "load_graph", "load_rdf", "Settings", "__version__"]

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
    """The networkx MultiDiGraph saved by ``kg build`` (``graph.json`` or its folder)."""
    from pathlib import Path

    from .graph import load_graph as _load

    p = Path(path)
    return _load(p / "graph.json" if p.is_dir() else p)


def load_rdf(path):
    """The built RDF as an ``rdflib.Graph`` (``kg.nt`` or its folder)."""
    from .query import load_rdf as _load

    return _load(path)
