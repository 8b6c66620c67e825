"""PageSpool: the page results of a build, kept on disk and read back one at a time.

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

>>> from kg.model import Page, PageResult
>>> spool = PageSpool()
>>> for name in ("b", "a"):
...     spool.append(PageResult(Page(name, name + ".txt", name + ".txt", "0", "utf-8", ()), ()))
>>> [p.page.id for p in spool], [p.page.id for p in spool.ordered(sorted(spool.keys))]
(['b', 'a'], ['a', 'b'])
"""
from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Sequence

__all__ = ["PageSpool"]


class _File:
    """The shared temp file of a spool and its views."""

    def __init__(self, tmp_dir=None):
        self.fh = tempfile.TemporaryFile(dir=tmp_dir, prefix=".kg-pages-")
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


class PageSpool(Sequence):
    """PageResults on disk; ``keys``: the page id of each, in spool order."""

    def __init__(self, tmp_dir=None, *, _file: _File | None = None, _spans=None, _keys=None):
        self._file = _file or _File(tmp_dir)
        self._spans: list[tuple[int, int]] = list(_spans or [])
        self.keys: list[str] = list(_keys or [])

    def append(self, result) -> None:
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        self._spans.append((self._file.write(data), len(data)))
        self.keys.append(result.page.id)

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

    def __eq__(self, other) -> bool:
        if isinstance(other, (PageSpool, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self) -> str:
        return f"PageSpool({len(self)} pages)"
