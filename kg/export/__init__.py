"""Write every output of a build into one folder.

``write_all(corpus, out_dir, settings, jobs)`` runs the exporters one after the
other (with ``jobs`` > 1: RDF in one forked process, the rest in another), each
writing its files atomically (temp file + ``os.replace``) and hashed on the
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
from ..corpus import unresolved_of
from ..errors import ExportError
from ..model import Corpus
from ..settings import Settings

__all__ = ["EXPORTERS", "STREAMING", "render_all", "write_all", "build_manifest", "write_manifest",
           "stage_counts", "scan_corpus", "versions", "MANIFEST"]

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
STREAMING = frozenset({"pages", "rdf", "graph", "gephi", "metrics"})


# ---------------------------------------------------------------- exporters
def _render_pages(corpus, G, metrics, settings, sink):
    from .pages_json import stream_pages
    stream_pages(corpus, sink)


def _render_rdf(corpus, G, metrics, settings, sink, jobs: int = 1):
    from .rdf import stream_rdf
    # JSON-LD and Turtle are each written by a forked process of their own while this one
    # writes kg.nq and kg.nt: at 25,000 pages on 2 CPUs, Turtle written here after kg.nt
    # was the last 6 minutes of the build with one CPU idle
    stream_rdf(corpus, sink, settings.base_iri, settings.rdf_files, parallel=0 if jobs <= 1 else 2)


def _render_graph(corpus, G, metrics, settings, sink):
    from ..graph import write_graph_json
    with sink.open("graph.json") as out:
        write_graph_json(G, out)


def _render_gephi(corpus, G, metrics, settings, sink):
    from .gephi import stream_gephi
    stream_gephi(G, sink)


def _render_html(corpus, G, metrics, settings):
    from .html import article_index, render_html
    return {"graph.html": render_html(G, settings, articles=article_index(corpus),
                                      pagerank=getattr(metrics, "pagerank", None) or None)}


def _render_metrics(corpus, G, metrics, settings, sink):
    from ..report import stream_metric_files
    stream_metric_files(metrics, sink)


def _load(spec: str):
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func)


#: Exporters that run together in one process of a parallel export (``jobs`` > 1):
#: RDF (the largest) alone, everything else (most need the graph) in the other.
EXPORT_GROUPS = (("rdf",), tuple(name for name in EXPORTERS if name != "rdf"))


def _export(corpus: Corpus, settings: Settings, sink, names=None, progress=None, jobs: int = 1) -> None:
    """Run the exporters ``names`` (default: all), one at a time, writing through ``sink``.

    The graph (:func:`kg.graph.corpus_graph`) and the metrics are computed only if an
    exporter needs them.
    """
    import time

    from ..graph import corpus_graph
    from ..metrics import compute_metrics

    G = metrics = None
    for name, spec in EXPORTERS.items():
        if names is not None and name not in names:
            continue
        t0 = time.monotonic()
        if name != "rdf" and G is None:
            G = corpus_graph(corpus, getattr(sink, "tmp_dir", None))
            metrics = compute_metrics(G, settings)
            if progress:
                progress(f"graph and metrics {time.monotonic() - t0:.1f} s")
            t0 = time.monotonic()
        func = _load(spec)
        try:
            if name == "rdf":   # the one exporter that can use more processes itself
                func(corpus, G, metrics, settings, sink, jobs=jobs)
            elif name in STREAMING:
                func(corpus, G, metrics, settings, sink)
            else:
                sink.write_files(func(corpus, G, metrics, settings))
        except ExportError as exc:
            if "a second time" in str(exc):
                raise ExportError(f"exporter {name!r}: {exc}") from None
            raise
        if progress:
            progress(f"wrote {name} {time.monotonic() - t0:.1f} s")


#: What a forked export process works on (set just before the fork, inherited).
_FORK_STATE: tuple | None = None


def _export_group(names) -> dict[str, str]:
    """A forked export process: write the exporters ``names``; their file hashes."""
    corpus, settings, out, progress, jobs = _FORK_STATE
    sink = FileSink(out)
    _export(corpus, settings, sink, names, progress, jobs=jobs)
    return sink.hashes


def _export_parallel(corpus: Corpus, settings: Settings, out: Path, progress, jobs: int = 2,
                     while_waiting=None) -> dict[str, str]:
    """The groups of :data:`EXPORT_GROUPS` in forked processes at once (each file
    still written atomically); the merged ``{relative path: sha256}``.
    ``while_waiting()``, if given, runs in this process while the children write."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    import gc

    global _FORK_STATE
    _FORK_STATE = (corpus, settings, out, progress, jobs)
    gc.freeze()   # the children's collections leave the shared objects' pages alone (fewer copies)
    try:
        with ProcessPoolExecutor(len(EXPORT_GROUPS), mp_context=mp.get_context("fork")) as pool:
            futures = [pool.submit(_export_group, g) for g in EXPORT_GROUPS]
            if while_waiting is not None:
                while_waiting()
            parts = [f.result() for f in futures]
    finally:
        _FORK_STATE = None
        gc.unfreeze()
    hashes: dict[str, str] = {}
    for part in parts:
        for rel, digest in part.items():
            if rel in hashes:
                raise ExportError(f"{rel} is written a second time")
            hashes[rel] = digest
    return hashes


def render_all(corpus: Corpus, settings: Settings = Settings()) -> dict[str, str]:
    """Every output except build.json, as ``{relative path: text}`` (nothing written)."""
    sink = MemorySink()
    _export(corpus, settings, sink)
    return dict(sorted(sink.files.items()))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_all(corpus: Corpus, out_dir, settings: Settings = Settings(), jobs: int = 1,
              progress=None) -> dict[str, str]:
    """Write every output into ``out_dir``; returns ``{relative path: sha256}`` incl. build.json.

    ``jobs`` > 1 (where processes can fork): the groups of :data:`EXPORT_GROUPS`
    are written by two processes at once, and the RDF process forks a writer each for
    kg.jsonld and kg.ttl; build.json's pass over the pages is
    made here meanwhile. The bytes are the same. ``progress``,
    if given, is called with a line of text as each exporter finishes.
    """
    import multiprocessing as mp

    out = Path(out_dir)
    scan: list[dict] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        if jobs > 1 and "fork" in mp.get_all_start_methods():
            hashes = _export_parallel(corpus, settings, out, progress, jobs,
                                      while_waiting=lambda: scan.append(scan_corpus(corpus)))
        else:
            sink = FileSink(out)
            _export(corpus, settings, sink, progress=progress)
            hashes = dict(sink.hashes)
        _remove_stale_outputs(out, hashes)
        hashes[MANIFEST] = write_manifest(corpus, out, settings, outputs=hashes,
                                          scan=scan[0] if scan else None)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the outputs ({exc.strerror or exc}); "
                          "check the folder exists and is writable") from None
    return dict(sorted(hashes.items()))


def _remove_stale_outputs(out: Path, files: dict) -> None:
    """Page files and RDF files an earlier build left that this one did not write."""
    from .rdf import RDF_FILES
    for name in RDF_FILES:
        if name not in files and (out / name).is_file():
            (out / name).unlink()
    pages = out / "pages"
    if pages.is_dir():
        for p in sorted(pages.glob("*.json")):
            if f"pages/{p.name}" not in files:
                p.unlink()


# ----------------------------------------------------------------- manifest
def scan_corpus(corpus: Corpus) -> dict:
    """What build.json says about a corpus, in one pass over its pages:
    ``{"inputs": [...], "unresolved": [...], "counts": {...}}`` (see :func:`build_manifest`)."""
    by_type = Counter(str(t) for e in corpus.entities for t in e.types)
    n = Counter()
    inputs, unresolved = [], set()
    for p in corpus.pages:   # one page in memory at a time
        inputs.append({"path": _portable(p.page.path), "file": p.page.name, "page": p.page.id,
                       "sha256": p.page.sha256, "encoding": p.page.encoding, "articles": len(p.articles)})
        for a in p.articles:
            n["articles"] += 1
            n["sentences"] += len(a.sentences)
            n["mentions"] += sum(len(ae.mentions) for ae in a.entities)
            n["article_entities"] += len(a.entities)
            n["roles"] += len(a.roles)
            n["honors"] += len(a.honors)
            n["links"] += len(a.links)
            n["uncertain"] += len(a.uncertain)
            unresolved |= unresolved_of(a)
    counts = {
        "pages": len(corpus.pages),
        "skipped": len(corpus.skipped),
        "articles": n["articles"],
        "sentences": n["sentences"],
        "mentions": n["mentions"],
        "article_entities": n["article_entities"],
        "entities": len(corpus.entities),
        "entities_by_type": dict(sorted(by_type.items())),
        "roles": n["roles"],
        "honors": n["honors"],
        "links": n["links"],
        "comentions": len(corpus.comentions),
        "uncertain": n["uncertain"],
        "unresolved_references": len(unresolved),
    }
    return {"inputs": inputs,
            "unresolved": [{"article": u.article_id, "kind": u.kind, "name": u.name} for u in sorted(unresolved)],
            "counts": counts}


def stage_counts(corpus: Corpus) -> dict:
    """Counts per stage, as reported in build.json and by ``kg build``."""
    return scan_corpus(corpus)["counts"]


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
                   outputs: dict[str, str] | None = None, scan: dict | None = None) -> dict:
    """The build.json record (a dict; see the module docstring); ``scan``: the
    corpus's :func:`scan_corpus`, if already made."""
    scan = scan_corpus(corpus) if scan is None else scan
    return {
        "format": MANIFEST_FORMAT,
        "inputs": scan["inputs"],
        "skipped": [{"path": _portable(s.path), "reason": s.reason} for s in corpus.skipped],
        "unresolved": scan["unresolved"],
        "counts": scan["counts"],
        "versions": versions(),
        "settings": settings.as_dict(),
        "outputs": dict(sorted((outputs or {}).items())),
    }


def write_manifest(corpus: Corpus, out_dir, settings: Settings = Settings(),
                   outputs: dict[str, str] | None = None, scan: dict | None = None) -> str:
    """Write ``out_dir/build.json`` atomically; returns its sha256."""
    data = stable_json(build_manifest(corpus, settings, outputs, scan)).encode("utf-8")
    atomic_write_bytes(Path(out_dir) / MANIFEST, data)
    return _sha256(data)
