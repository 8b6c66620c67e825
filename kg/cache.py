"""Per-page extraction cache for incremental builds.

Extraction (:func:`kg.pipeline.extract_page`) is a pure function of a page file
and of the pipeline that reads it, so its :class:`~kg.model.PageResult` can be
kept between builds. An entry is keyed by

* the page: its path as given (page and article ids, evidence and ``build.json``
  carry it) and the sha256 of its raw bytes;
* the pipeline version (:func:`pipeline_version`): a hash of every file of the
  ``kg`` package (sources, lexicons, the shipped model), the jieba and Python
  versions and the settings that can change extraction (a ``ner_model`` given
  as a path adds that file's hash).

Assembly (entity merging, co-mentions) and exports always rerun over all pages,
so a build that reuses entries writes the same bytes as a clean build; a page
removed from the inputs simply contributes nothing.

Layout: ``ROOT/CACHEDIR.TAG`` and ``ROOT/pages-<version>/<k[:2]>/<k>.pickle``.
Entries of other pipeline versions are removed when a build opens the cache.
The folder is always safe to delete. An entry is a line naming :data:`FORMAT` and
then a pickle: only point a build at a cache folder you (or your builds) wrote.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import shutil
import sys
from pathlib import Path

from ._io import atomic_write_bytes
from .settings import Settings

__all__ = ["PageCache", "pipeline_version", "EXPORT_ONLY_SETTINGS", "FORMAT"]

FORMAT = "kg-page-cache/2"
#: What every entry starts with: FORMAT and a newline, then the pickled PageResult.
_HEADER = FORMAT.encode("ascii") + b"\n"
#: settings that cannot change a PageResult (assembly / export / error handling only)
EXPORT_ONLY_SETTINGS = frozenset({"strict", "comention_evidence", "html_max_nodes", "top_n",
                                  "seed", "base_iri", "rdf_formats"})
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file marks kg's per-page extraction cache (safe to delete).\n")
_PACKAGE_SUFFIXES = (".py", ".tsv", ".json", ".npz", ".txt", ".md", ".ttl", ".rq")


@functools.lru_cache(maxsize=1)
def _package_digest() -> str:
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256(FORMAT.encode())
    for p in sorted(pkg.rglob("*")):
        if p.is_file() and p.suffix in _PACKAGE_SUFFIXES and "__pycache__" not in p.parts:
            h.update(p.relative_to(pkg).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(p.read_bytes()).digest())
    try:
        from importlib import metadata
        jieba = metadata.version("jieba") + " rjieba " + metadata.version("rjieba")
    except Exception:  # pragma: no cover - both are dependencies
        jieba = "unknown"
    h.update(f"\0jieba {jieba}\0python {sys.version_info.major}.{sys.version_info.minor}".encode())
    return h.hexdigest()


@functools.lru_cache(maxsize=8)
def _file_digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "missing"


def pipeline_version(settings: Settings = Settings()) -> str:
    """Hash of everything but the page that an extraction result depends on."""
    relevant = {k: v for k, v in settings.as_dict().items() if k not in EXPORT_ONLY_SETTINGS}
    extra = _file_digest(settings.ner_model) if settings.ner_model.endswith(".npz") else ""
    text = json.dumps([_package_digest(), relevant, extra], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write(path: Path, data: bytes) -> None:
    """Temp file + rename, without fsync: a torn entry only fails to unpickle (a miss)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class PageCache:
    """Pickled PageResults under ``root``, for one pipeline version."""

    def __init__(self, root, settings: Settings = Settings()):
        self.root = Path(root)
        self.version = pipeline_version(settings)
        self.dir = self.root / f"pages-{self.version[:20]}"
        self.hits = 0
        self.stores = 0
        self._opened = False

    @staticmethod
    def key(path, raw_sha256: str) -> str:
        return hashlib.sha256(f"{path}\0{raw_sha256}".encode("utf-8")).hexdigest()

    def _file(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        """The cached PageResult, or None (a missing or unreadable entry is a miss)."""
        try:
            data = self._file(key).read_bytes()
        except OSError:
            return None
        if not data.startswith(_HEADER):
            return None
        try:
            result = pickle.loads(memoryview(data)[len(_HEADER):])
        except Exception:
            return None
        self.hits += 1
        return result

    def put(self, key: str, result) -> None:
        self.put_pickled(key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, key: str, data: bytes) -> None:
        """Store a PageResult pickled already (by a worker process)."""
        self._open()
        _write(self._file(key), _HEADER + data)
        self.stores += 1

    def _open(self) -> None:
        """Create the folder (with CACHEDIR.TAG) and drop other versions' entries."""
        if self._opened:
            return
        self._opened = True
        self.dir.mkdir(parents=True, exist_ok=True)
        tag = self.root / "CACHEDIR.TAG"
        if not tag.exists():
            atomic_write_bytes(tag, _TAG.encode())
        for other in self.root.glob("pages-*"):
            if other.is_dir() and other != self.dir:
                shutil.rmtree(other, ignore_errors=True)
