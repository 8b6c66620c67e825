"""Write every output of a build into one folder.

``write_all(corpus, out_dir, settings)`` runs the exporters one after the other,
each writing its files atomically (temp file + ``os.replace``) and hashed on the
way, then writes ``build.json``. Exporters that stream (RDF, GraphML/GEXF) never
hold a whole file in memory; only one exporter's data is alive at a time:

==================  =========================================================
``pages/<id>.json``  per-page facts in the evaluation schema (pages_json.py)
``kg.ttl``           RDF, Turtle (rdf.py)
``kg.nt``            RDF, N-Triples with sorted lines (rdf.py)
``kg.jsonld``        RDF, JSON-LD with a prefix @context (rdf.py)
``kg.nq``            RDF, N-Quads: one named graph per article + the corpus graph (rdf.py)
``graph.json``       node-link JSON of the MultiDiGraph (kg.graph)
``graph.graphml``    GraphML (gephi.py)
``graph.gexf``       GEXF for Gephi (gephi.py)
``graph.html``       offline interactive view (html.py)
``metrics.json``     graph metrics (kg.metrics)
``metrics_*.csv``    metric tables: per entity, communities, roles, ... (kg.report)
``report.html``      the metrics as a readable page with charts (kg.report)
``build.json``       inputs, skipped files, counts, versions, settings, output hashes
==================  =========================================================

Every file is a pure function of the corpus, the settings and the library
versions: no timestamps, no absolute paths, no blank nodes. Page files left
over from an earlier build in ``pages/`` are removed, so the folder always
describes one build.

The exporters are named in :data:`EXPORTERS` and imported lazily (rdflib and
pyvis load only when a build writes). An exporter either returns
``{relative path: text}`` or, named in :data:`STREAMING`, takes a ``sink`` and
writes through ``with sink.open(rel) as out: out.write(...)``
(:class:`kg.export._sink.FileSink` for ``write_all``, ``MemorySink`` for
``render_all``: the same bytes either way).
"""
from __future__ import annotations

import hashlib
import importlib
import os
import sys
from collections import Counter
from pathlib import Path

from .._io import atomic_write_bytes, stable_json
from ._sink import FileSink, MemorySink
from ..corpus import unresolved_references
from ..errors import ExportError
from ..model import Corpus
from ..settings import Settings

__all__ = ["EXPORTERS", "STREAMING", "render_all", "write_all", "build_manifest", "write_manifest",
           "stage_counts", "versions", "MANIFEST"]

MANIFEST = "build.json"
MANIFEST_FORMAT = "kg-build/1"
#: name -> "module:function"; each function takes (corpus, G, metrics, settings)
#: and returns {relative path: text}.
EXPORTERS = {
    "pages": "kg.export:_render_pages",
    "rdf": "kg.export:_render_rdf",
    "graph": "kg.export:_render_graph",
    "gephi": "kg.export:_render_gephi",
    "html": "kg.export:_render_html",
    "metrics": "kg.export:_render_metrics",
}
#: Exporters whose function takes a fifth argument, the sink, and returns nothing.
STREAMING = frozenset({"rdf", "gephi"})


# ---------------------------------------------------------------- exporters
def _render_pages(corpus, G, metrics, settings):
    from .pages_json import render_pages
    return render_pages(corpus)


def _render_rdf(corpus, G, metrics, settings, sink):
    from .rdf import stream_rdf
    stream_rdf(corpus, sink, settings.base_iri)


def _render_graph(corpus, G, metrics, settings):
    from ..graph import graph_to_json
    return {"graph.json": graph_to_json(G)}


def _render_gephi(corpus, G, metrics, settings, sink):
    from .gephi import stream_gephi
    stream_gephi(G, sink)


def _render_html(corpus, G, metrics, settings):
    from .html import article_index, render_html
    return {"graph.html": render_html(G, settings, articles=article_index(corpus))}


def _render_metrics(corpus, G, metrics, settings):
    from ..report import metric_files
    return metric_files(metrics)


def _load(spec: str):
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func)


def _export(corpus: Corpus, settings: Settings, sink) -> None:
    """Run every exporter, one at a time, writing through ``sink``."""
    from ..graph import to_networkx
    from ..metrics import compute_metrics

    G = to_networkx(corpus)
    metrics = compute_metrics(G, settings)
    for name, spec in EXPORTERS.items():
        func = _load(spec)
        try:
            if name in STREAMING:
                func(corpus, G, metrics, settings, sink)
            else:
                sink.write_files(func(corpus, G, metrics, settings))
        except ExportError as exc:
            if "a second time" in str(exc):
                raise ExportError(f"exporter {name!r}: {exc}") from None
            raise


def render_all(corpus: Corpus, settings: Settings = Settings()) -> dict[str, str]:
    """Every output except build.json, as ``{relative path: text}`` (nothing written)."""
    sink = MemorySink()
    _export(corpus, settings, sink)
    return dict(sorted(sink.files.items()))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_all(corpus: Corpus, out_dir, settings: Settings = Settings()) -> dict[str, str]:
    """Write every output into ``out_dir``; returns ``{relative path: sha256}`` incl. build.json."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        sink = FileSink(out)
        _export(corpus, settings, sink)
        hashes = dict(sink.hashes)
        _remove_stale_pages(out, hashes)
        hashes[MANIFEST] = write_manifest(corpus, out, settings, outputs=hashes)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the outputs ({exc.strerror or exc}); "
                          "check the folder exists and is writable") from None
    return dict(sorted(hashes.items()))


def _remove_stale_pages(out: Path, files: dict) -> None:
    pages = out / "pages"
    if pages.is_dir():
        for p in sorted(pages.glob("*.json")):
            if f"pages/{p.name}" not in files:
                p.unlink()


# ----------------------------------------------------------------- manifest
def stage_counts(corpus: Corpus) -> dict:
    """Counts per stage, as reported in build.json and by ``kg build``."""
    arts = corpus.articles
    by_type = Counter(str(t) for e in corpus.entities for t in e.types)
    return {
        "pages": len(corpus.pages),
        "skipped": len(corpus.skipped),
        "articles": len(arts),
        "sentences": sum(len(a.sentences) for a in arts),
        "mentions": sum(len(ae.mentions) for a in arts for ae in a.entities),
        "article_entities": sum(len(a.entities) for a in arts),
        "entities": len(corpus.entities),
        "entities_by_type": dict(sorted(by_type.items())),
        "roles": sum(len(a.roles) for a in arts),
        "honors": sum(len(a.honors) for a in arts),
        "links": sum(len(a.links) for a in arts),
        "comentions": len(corpus.comentions),
        "uncertain": sum(len(a.uncertain) for a in arts),
        "unresolved_references": len(unresolved_references(corpus)),
    }


def _version(dist: str) -> str:
    from importlib import metadata
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def versions() -> dict:
    """Versions of kg, Python (major.minor) and the libraries that shape the outputs."""
    kg_version = _version("kg")
    if kg_version == "unknown":
        kg_version = getattr(sys.modules.get("kg"), "__version__", "unknown")
    out = {"kg": kg_version, "python": f"{sys.version_info.major}.{sys.version_info.minor}"}
    for dist in ("jieba", "networkx", "rdflib", "pyvis"):
        out[dist] = _version(dist)
    return out


def _portable(path: str) -> str:
    """A user path as given, unless absolute: then only its file name (no machine paths)."""
    return Path(path).name if os.path.isabs(path) else Path(path).as_posix()


def build_manifest(corpus: Corpus, settings: Settings = Settings(),
                   outputs: dict[str, str] | None = None) -> dict:
    """The build.json record (a dict; see the module docstring)."""
    return {
        "format": MANIFEST_FORMAT,
        "inputs": [{"path": _portable(p.page.path), "file": p.page.name, "page": p.page.id,
                    "sha256": p.page.sha256, "encoding": p.page.encoding,
                    "articles": len(p.articles)} for p in corpus.pages],
        "skipped": [{"path": _portable(s.path), "reason": s.reason} for s in corpus.skipped],
        "unresolved": [{"article": u.article_id, "kind": u.kind, "name": u.name}
                       for u in unresolved_references(corpus)],
        "counts": stage_counts(corpus),
        "versions": versions(),
        "settings": settings.as_dict(),
        "outputs": dict(sorted((outputs or {}).items())),
    }


def write_manifest(corpus: Corpus, out_dir, settings: Settings = Settings(),
                   outputs: dict[str, str] | None = None) -> str:
    """Write ``out_dir/build.json`` atomically; returns its sha256."""
    data = stable_json(build_manifest(corpus, settings, outputs)).encode("utf-8")
    atomic_write_bytes(Path(out_dir) / MANIFEST, data)
    return _sha256(data)
