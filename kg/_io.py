"""Atomic, deterministic file writing shared by every exporter."""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_open(path):
    """A binary file that appears at ``path`` only when the block ends without error.

    It is written as a temp file in the same folder, fsynced, then moved into
    place with ``os.replace``: a reader never sees a half-written file, and a
    crash or an exception leaves the old file (and no temp file) behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_bytes(path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_open`)."""
    with atomic_open(path) as fh:
        fh.write(data)


def atomic_write_text(path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def stable_json(obj, indent: int | None = 1) -> str:
    """JSON with sorted keys, real UTF-8 and a trailing newline: same input, same bytes."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=indent) + "\n"


def indented_json(obj, indent: str = "") -> str:
    """``json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1)``, the same
    text, without the pure-Python encoder that ``indent`` selects (several times faster)."""
    t = type(obj)
    if t is str:
        return _encode_str(obj)
    if t is int:
        return int.__repr__(obj)
    if isinstance(obj, str):
        return _encode_str(obj)
    inner = indent + " "
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f"{_encode_str(k)}: {indented_json(obj[k], inner)}" for k in sorted(obj)]
    elif isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [indented_json(v, inner) for v in obj]
        return "[\n" + inner + f",\n{inner}".join(items) + "\n" + indent + "]"
    else:
        return json.dumps(obj)
    return "{\n" + inner + f",\n{inner}".join(items) + "\n" + indent + "}"


_encode_str = json.encoder.encode_basestring


def write_json(path, obj, indent: int | None = 1) -> None:
    atomic_write_text(path, stable_json(obj, indent))


def default_jobs() -> int:
    """Worker processes when none are asked for: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
