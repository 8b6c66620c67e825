"""Where exporters write: streamed, atomic, hashed files -- or strings in memory.

An exporter that streams takes a *sink* and writes each output file through
``with sink.open("kg.nt") as out: out.write(text) ...``:

* :class:`FileSink` writes into a folder: each file goes to a temp file in its
  final folder (written in ~1 MB pieces, hashed on the way) and is moved into
  place with ``os.replace`` when its ``with`` block ends without an error, so a
  reader never sees a half-written file and memory never holds a whole file;
* :class:`MemorySink` collects the texts (``render_*`` functions, tests).

:class:`ExternalSort` sorts more items than memory should hold: sorted runs of a
bounded size are pickled to anonymous temp files (unlinked at once, so nothing
is left behind even on a crash) and merged lazily.
"""
from __future__ import annotations

import hashlib
import heapq
import io
import pickle
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .._io import atomic_open
from ..errors import ExportError

__all__ = ["FileSink", "MemorySink", "ExternalSort"]

#: Characters buffered before a write to disk.
_FLUSH_CHARS = 1 << 20


class _Buffered:
    """A text writer that encodes, hashes and writes in large pieces."""

    def __init__(self, raw):
        self._raw, self._buf, self._size = raw, [], 0
        self.sha256 = hashlib.sha256()

    def write(self, text: str) -> None:
        self._buf.append(text)
        self._size += len(text)
        if self._size >= _FLUSH_CHARS:
            self.flush()

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self._buf:
            data = "".join(self._buf).encode("utf-8")
            self._buf, self._size = [], 0
            self.sha256.update(data)
            self._raw.write(data)


class _Sink:
    def __init__(self):
        self._opened: set[str] = set()

    def _claim(self, rel: str) -> None:
        if rel in self._opened:
            raise ExportError(f"{rel} is written a second time")
        self._opened.add(rel)

    def write_text(self, rel: str, text: str) -> None:
        with self.open(rel) as out:
            out.write(text)

    def write_files(self, files: dict) -> None:
        for rel in sorted(files):
            self.write_text(rel, files[rel])


class MemorySink(_Sink):
    """``files``: ``{relative path: text}`` of everything written."""

    tmp_dir = None

    def __init__(self):
        super().__init__()
        self.files: dict[str, str] = {}

    @contextmanager
    def open(self, rel: str):
        self._claim(rel)
        buf = io.StringIO()
        yield buf
        self.files[rel] = buf.getvalue()


class FileSink(_Sink):
    """Atomic files under ``out_dir``; ``hashes``: ``{relative path: sha256}``.

    ``tmp_dir`` (the folder itself) is where :class:`ExternalSort` spills runs.
    """

    def __init__(self, out_dir):
        super().__init__()
        self.out = Path(out_dir)
        self.tmp_dir = str(self.out)
        self.hashes: dict[str, str] = {}

    @contextmanager
    def open(self, rel: str):
        self._claim(rel)
        with atomic_open(self.out / rel) as raw:
            out = _Buffered(raw)
            yield out
            out.flush()
        self.hashes[rel] = out.sha256.hexdigest()


#: Characters (roughly) an :class:`ExternalSort` keeps in memory before spilling a run.
RUN_CHARS = 24_000_000
_BATCH = 4096


class ExternalSort:
    """Sorted iteration over many items (str, or tuples of comparable fields).

    ``add(item, size)`` buffers an item (``size``: its weight in characters,
    ``len(item)`` by default); when the buffer passes ``run_chars`` it is sorted
    and pickled to an anonymous temp file in ``tmp_dir``. Iterating merges the
    runs; with ``unique`` equal neighbours are dropped. Iterate once.
    """

    def __init__(self, tmp_dir=None, unique: bool = False, run_chars: int | None = None):
        self.tmp_dir, self.unique = tmp_dir, unique
        self.run_chars = RUN_CHARS if run_chars is None else run_chars
        self._items: list = []
        self._size = 0
        self._runs: list = []

    def add(self, item, size: int | None = None) -> None:
        self._items.append(item)
        self._size += len(item) if size is None else size
        if self._size >= self.run_chars:
            self._spill()

    def _sorted_buffer(self) -> list:
        items = self._items
        self._items, self._size = [], 0
        items.sort()
        if self.unique:
            items = [x for x, prev in zip(items, [object()] + items) if x != prev]
        return items

    def _spill(self) -> None:
        items = self._sorted_buffer()
        fh = tempfile.TemporaryFile(dir=self.tmp_dir, prefix=".kg-sort-")
        for i in range(0, len(items), _BATCH):
            pickle.dump(items[i:i + _BATCH], fh, protocol=pickle.HIGHEST_PROTOCOL)
        del items
        fh.seek(0)
        self._runs.append(fh)

    @staticmethod
    def _read(fh):
        try:
            while True:
                try:
                    batch = pickle.load(fh)
                except EOFError:
                    return
                yield from batch
        finally:
            fh.close()

    def __iter__(self):
        last = self._sorted_buffer()
        if not self._runs:
            yield from last
            return
        runs, self._runs = self._runs, []
        merged = heapq.merge(*(self._read(fh) for fh in runs), last)
        if not self.unique:
            yield from merged
            return
        prev = sentinel = object()
        for x in merged:
            if prev is sentinel or x != prev:
                yield x
            prev = x

    def reopen(self) -> None:
        """Own read positions on the spilled runs for this process (after a fork the
        runs' file offsets are shared with the parent; Linux: via /proc/self/fd)."""
        fresh = []
        for fh in self._runs:
            fresh.append(open(f"/proc/self/fd/{fh.fileno()}", "rb"))
            fh.close()
        self._runs = fresh

    def close(self) -> None:
        for fh in self._runs:
            fh.close()
        self._runs, self._items = [], []
