"""Where exporters write: streamed, atomic, hashed files -- or strings in memory.

An exporter that streams takes a *sink* and writes each output file through
``with sink.open("kg.nt") as out: out.write(text) ...``:

* :class:`FileSink` writes into a folder: each file goes to a temp file in its
  final folder (written in ~1 MB pieces, hashed on the way) and is moved into
  place with ``os.replace`` when its ``with`` block ends without an error, so a
  reader never sees a half-written file and memory never holds a whole file;
* :class:`MemorySink` collects the texts (``render_*`` functions, tests).

:class:`kg.spool.ExternalSort` sorts more items than memory should hold.
"""
from __future__ import annotations

import hashlib
import io
from contextlib import contextmanager
from pathlib import Path

from .._io import atomic_open
from ..errors import ExportError
from ..spool import ExternalSort  # noqa: F401 - re-exported: the exporters' sort

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
