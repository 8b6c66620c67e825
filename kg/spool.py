"""What a build keeps on disk: page results (PageSpool), corpus-level items
(ItemSpool) and sorts larger than memory (ExternalSort).

A big corpus does not fit in memory as Python objects (a 10 KB page becomes
about 400 KB of :class:`~kg.model.PageResult`), so :func:`kg.pipeline.build`
appends each result to a spool as it arrives and the later stages (assembly,
exports) stream over it: only one page is alive at a time.

The spool is one anonymous temp file (unlinked at once, so nothing is left
behind, even on a crash) of pickled results, read with positional reads
(``os.pread``), so forked export processes can read it at the same time.
It is a read-only :class:`~collections.abc.Sequence`: ``len``, iteration, indexing
and :meth:`PageSpool.ordered` (a reordered view of the same file). A spool pickles
as a plain tuple of its results.

:class:`ExternalSort` sorts more items than memory should hold: sorted runs of a
bounded size are pickled to anonymous temp files and merged lazily.

>>> from kg.model import Page, PageResult
>>> spool = PageSpool()
>>> for name in ("b", "a"):
...     spool.append(PageResult(Page(name, name + ".txt", name + ".txt", "0", "utf-8", ()), ()))
>>> [p.page.id for p in spool], [p.page.id for p in spool.ordered(sorted(spool.keys))]
(['b', 'a'], ['a', 'b'])
"""
from __future__ import annotations

import heapq
import os
import pickle
import tempfile
import zlib
from collections.abc import Sequence

__all__ = ["PageSpool", "ItemSpool", "ExternalSort"]


class _File:
    """The shared temp file of a spool and its views."""

    def __init__(self, tmp_dir=None):
        self.fh = tempfile.TemporaryFile(dir=tmp_dir, prefix=".kg-pages-")
        self.tmp_dir = tmp_dir
        self.end = 0

    def write(self, data: bytes) -> int:
        at = self.end
        view = memoryview(data)
        while view:
            n = os.pwrite(self.fh.fileno(), view, self.end)
            view = view[n:]
            self.end += n
        return at

    def read(self, at: int, size: int) -> bytes:
        chunks = []
        while size > 0:
            chunk = os.pread(self.fh.fileno(), size, at)
            if not chunk:
                raise OSError(f"page spool truncated at byte {at}")
            chunks.append(chunk)
            at += len(chunk)
            size -= len(chunk)
        return b"".join(chunks)


class _OnDisk(Sequence):
    """What the spools share: equal to a tuple or list of the same items, and
    pickled as one (a spool's file does not travel)."""

    def __eq__(self, other) -> bool:
        if isinstance(other, (_OnDisk, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (tuple, (tuple(self),))


class PageSpool(_OnDisk):
    """PageResults on disk; ``keys``: the page id of each, in spool order."""

    def __init__(self, tmp_dir=None, *, _file: _File | None = None, _spans=None, _keys=None):
        self._file = _file or _File(tmp_dir)
        self.tmp_dir = self._file.tmp_dir
        self._spans: list[tuple[int, int]] = list(_spans or [])
        self.keys: list[str] = list(_keys or [])

    def append(self, result) -> None:
        self.append_pickled(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), result.page.id)

    def append_pickled(self, data: bytes, key: str) -> None:
        """Append a result pickled already (by a worker process), ``key`` its page id."""
        self._spans.append((self._file.write(data), len(data)))
        self.keys.append(key)

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        at, size = self._spans[i]
        return pickle.loads(self._file.read(at, size))

    def __iter__(self):
        for at, size in self._spans:
            yield pickle.loads(self._file.read(at, size))

    def ordered(self, keys) -> "PageSpool":
        """A view of the same results in the order of ``keys`` (page ids, each once)."""
        where = {k: i for i, k in enumerate(self.keys)}
        order = [where[k] for k in keys]
        return PageSpool(_file=self._file, _spans=[self._spans[i] for i in order],
                         _keys=[self.keys[i] for i in order])

    def __repr__(self) -> str:
        return f"PageSpool({len(self)} pages)"


class ItemSpool(_OnDisk):
    """A read-only sequence of many small picklable items on disk (corpus entities,
    co-mentions), written once by :meth:`append` and pickled in batches; iteration
    holds one batch. Compares equal to a tuple of the same items and pickles as one.
    """

    BATCH = 2048

    def __init__(self, tmp_dir=None):
        self._file = _File(tmp_dir)
        self._spans: list[tuple[int, int]] = []
        self._batch: list = []
        self._len = 0
        self._sealed = False

    def append(self, item) -> None:
        if self._sealed:
            raise ValueError("ItemSpool is sealed: it was read already")
        self._batch.append(item)
        self._len += 1
        if len(self._batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            data = pickle.dumps(self._batch, protocol=pickle.HIGHEST_PROTOCOL)
            self._spans.append((self._file.write(data), len(data)))
            self._batch = []

    def seal(self) -> "ItemSpool":
        """No more items: the last batch goes to disk (reading seals too). Seal before
        forking readers: the file is then only read."""
        self._flush()
        self._sealed = True
        return self

    def batch(self, k: int) -> list:
        """Items ``k * BATCH`` up to ``(k + 1) * BATCH`` (one read)."""
        self.seal()
        return self._load(k)

    def _load(self, k: int) -> list:
        at, size = self._spans[k]
        return pickle.loads(self._file.read(at, size))

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("ItemSpool index out of range")
        self.seal()
        return self._load(i // self.BATCH)[i % self.BATCH]

    def __iter__(self):
        self.seal()
        for k in range(len(self._spans)):
            yield from self._load(k)

    def __repr__(self) -> str:
        return f"ItemSpool({len(self)} items)"


#: Characters (roughly) an :class:`ExternalSort` keeps in memory before spilling a run.
RUN_CHARS = 48_000_000
#: A spilled run is pickled in batches of at most this many items and characters,
#: so a merge holds one small batch per run, however large the items are.
_BATCH = 4096
_BATCH_CHARS = 1 << 16
#: Runs merged at once: when this many runs of one level exist they are merged into
#: one run of the next level (a merge opens at most FAN_IN files per level). With
#: RUN_CHARS and FAN_IN as set, a sort of up to ~12 G characters (the N-Triples of
#: ~30,000 synthetic pages) is merged once, at the end: every intermediate level
#: would read, merge and write the whole data again. A merge holds FAN_IN batches.
FAN_IN = 256


def _dump(batch: list, fh) -> None:
    """One batch of a run: its length (8 bytes) and the zlib-compressed pickle (level 1:
    text shrinks ~8x for ~300 MB/s, so a big corpus's spill files stay small)."""
    blob = zlib.compress(pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL), 1)
    fh.write(len(blob).to_bytes(8, "little"))
    fh.write(blob)


def _weight(item) -> int:
    """Characters of an item: a str, or the str fields of a tuple."""
    if type(item) is str:
        return len(item)
    return sum(len(f) for f in item if type(f) is str) or 1


class ExternalSort:
    """Sorted iteration over many items (str, or tuples of comparable fields).

    ``add(item, size)`` buffers an item (``size``: its weight in characters,
    ``len(item)`` by default); when the buffer passes ``run_chars`` it is sorted
    and pickled (compressed) to an anonymous temp file in ``tmp_dir``. Runs are merged level
    by level (:data:`FAN_IN` at a time), so however many runs a corpus makes, the
    final merge reads a few dozen files, each one small batch at a time: memory is
    the buffer plus those batches. Iterating merges the runs; with ``unique``
    equal neighbours are dropped. Iterate once.
    """

    def __init__(self, tmp_dir=None, unique: bool = False, run_chars: int | None = None):
        self.tmp_dir, self.unique = tmp_dir, unique
        self.run_chars = RUN_CHARS if run_chars is None else run_chars
        self._items: list = []
        self._size = 0
        self._runs: list = []     # [level, file], in the order they were written

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

    def _write_run(self, items, level: int) -> None:
        """Pickle sorted ``items`` (any iterable) to a new run file of ``level``."""
        fh = tempfile.TemporaryFile(dir=self.tmp_dir, prefix=".kg-sort-")
        batch, chars = [], 0
        for x in items:
            batch.append(x)
            chars += len(x) if type(x) is str else _weight(x)
            if len(batch) >= _BATCH or chars >= _BATCH_CHARS:
                _dump(batch, fh)
                batch, chars = [], 0
        if batch:
            _dump(batch, fh)
        fh.seek(0)
        self._runs.append([level, fh])

    def _spill(self) -> None:
        self._write_run(self._sorted_buffer(), 0)
        level = 0
        while True:   # FAN_IN runs of one level become one run of the next
            same = [r for r in self._runs if r[0] == level]
            if len(same) < FAN_IN:
                return
            self._runs = [r for r in self._runs if r[0] != level]
            self._write_run(self._merge([fh for _, fh in same]), level + 1)
            level += 1

    @staticmethod
    def _read(fh):
        try:
            while True:
                head = fh.read(8)
                if not head:
                    return
                yield from pickle.loads(zlib.decompress(fh.read(int.from_bytes(head, "little"))))
        finally:
            fh.close()

    def _merge(self, files, last=()):
        merged = heapq.merge(*(self._read(fh) for fh in files), last)
        if not self.unique:
            yield from merged
            return
        prev = sentinel = object()
        for x in merged:
            if prev is sentinel or x != prev:
                yield x
            prev = x

    def __iter__(self):
        last = self._sorted_buffer()
        if not self._runs:
            yield from last
            return
        runs, self._runs = self._runs, []
        yield from self._merge([fh for _, fh in runs], last)

    def close(self) -> None:
        for _, fh in self._runs:
            fh.close()
        self._runs, self._items = [], []
