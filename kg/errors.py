"""One exception hierarchy. Every message says where (file:line), what, and what to do."""
from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KgError):
    """A page that cannot be read: bad encoding, empty, binary, absurd line."""

    def __init__(self, path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class LexiconError(KgError):
    """A malformed lexicon row."""

    def __init__(self, path, line: int, message: str):
        self.path = str(path)
        self.line = line
        super().__init__(f"{self.path}:{line}: {message}")


class ExportError(KgError):
    """An output that could not be written."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run, or a missing graph."""
