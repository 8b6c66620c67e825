"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph.

A small app on pyoxigraph and the standard library (``http.server``):

* ``/sparql`` -- ``GET ?query=...``, ``POST`` as a form (``query=...``) or as
  ``application/sparql-query``. Results by content negotiation (``Accept``):
  ``application/sparql-results+json`` (default), ``application/sparql-results+xml``,
  ``text/csv``, ``text/tab-separated-values``; CONSTRUCT/DESCRIBE as
  ``text/turtle`` (default), ``application/n-triples`` or ``application/rdf+xml``.
  The prefixes of :data:`kg.vocab.PREFIXES` are predeclared, as in ``kg query``.
  SPARQL Update is refused (403); a query that does not parse, a bad request
  or undecodable text gets a 400 with a one-line message; nothing acceptable,
  406.
* ``/`` -- ``graph.html`` of the output folder; ``/<file>`` -- the other
  output files, read-only (no listing, nothing outside the folder).

Queries run in worker processes that share one on-disk Oxigraph store (loaded
once at start from ``kg.nt``/``kg.ttl`` into a temporary folder and opened
read-only by each worker). A query still running after ``timeout`` seconds gets
a 503 and its worker is killed and replaced: Oxigraph cannot interrupt a query
from Python, and a killed process frees its core at once, so a runaway query
never outlives its deadline and the server stays up.
"""
from __future__ import annotations

import mimetypes
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import QueryError
from .query import graph_file

__all__ = ["SparqlApp", "make_server", "negotiate", "RESULT_TYPES", "GRAPH_TYPES",
           "MAX_QUERY_BYTES"]

#: Media types offered for SELECT/ASK results, the default first.
RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values")
#: Media types offered for CONSTRUCT/DESCRIBE graphs, the default first.
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml")
_ALIASES = {"application/json": "application/sparql-results+json",
            "application/xml": "application/sparql-results+xml",
            "text/xml": "application/sparql-results+xml",
            "text/plain": "application/n-triples", "application/turtle": "text/turtle",
            "application/x-turtle": "text/turtle"}
#: Largest query text (or POST body) accepted, in bytes.
MAX_QUERY_BYTES = 1 << 20
_FILE_TYPES = {".nt": "application/n-triples", ".ttl": "text/turtle", ".json": "application/json",
               ".graphml": "application/xml", ".gexf": "application/xml",
               ".html": "text/html; charset=utf-8"}


# ------------------------------------------------------------ negotiation
def _parse_accept(header: str | None) -> list[tuple[str, float]]:
    ranges = []
    for part in (header or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            k, _, v = f.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(v)))
                except ValueError:
                    q = 0.0
        ranges.append((_ALIASES.get(media, media), q))
    return ranges or [("*/*", 1.0)]


def negotiate(accept: str | None, offered) -> str | None:
    """The offered media type the ``Accept`` header prefers (server order breaks
    ties), or None when none is acceptable.

    >>> negotiate("text/csv, */*;q=0.1", RESULT_TYPES)
    'text/csv'
    >>> negotiate(None, GRAPH_TYPES), negotiate("image/png", RESULT_TYPES)
    ('text/turtle', None)
    """
    ranges = _parse_accept(accept)
    best, best_q = None, 0.0
    for media in offered:
        top, spec = -1, 0.0
        for rng, q in ranges:
            if rng == media:
                s = 3
            elif rng.endswith("/*") and media.startswith(rng[:-1]):
                s = 2
            elif rng == "*/*":
                s = 1
            else:
                continue
            if s > top:
                top, spec = s, q
        if top >= 0 and spec > best_q:
            best, best_q = media, spec
    return best


# ---------------------------------------------------------------- workers
def _worker_main(db_path: str, read_fd: int, write_fd: int) -> None:  # pragma: no cover - child
    """Answer ``(query, accept)`` messages with ``(status, content type, body)``."""
    from multiprocessing.connection import Connection

    import pyoxigraph as ox

    rx, tx = Connection(read_fd, writable=False), Connection(write_fd, readable=False)

    from .vocab import PREFIXES

    results = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
               "application/sparql-results+xml": ox.QueryResultsFormat.XML,
               "text/csv": ox.QueryResultsFormat.CSV,
               "text/tab-separated-values": ox.QueryResultsFormat.TSV}
    graphs = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
              "application/rdf+xml": ox.RdfFormat.RDF_XML}
    try:
        store = ox.Store.read_only(db_path)
    except OSError as exc:
        tx.send(("error", str(exc)))
        return
    tx.send(("ready", len(store)))
    prefixes = dict(PREFIXES)
    while True:
        try:
            text, accept = rx.recv()
        except (EOFError, OSError):
            return
        try:
            result = store.query(text, prefixes=prefixes)
            if isinstance(result, ox.QueryTriples):
                media = negotiate(accept, GRAPH_TYPES)
                if media is None:
                    reply = (406, "text/plain; charset=utf-8",
                             f"CONSTRUCT/DESCRIBE results are offered as {', '.join(GRAPH_TYPES)}")
                elif media == "text/turtle":
                    reply = (200, media, ox.serialize(result, format=graphs[media], prefixes=prefixes))
                else:
                    reply = (200, media, result.serialize(format=graphs[media]))
            else:
                media = negotiate(accept, RESULT_TYPES)
                if media is None:
                    reply = (406, "text/plain; charset=utf-8",
                             f"SELECT/ASK results are offered as {', '.join(RESULT_TYPES)}")
                else:
                    ctype = media + ("; charset=utf-8" if media.startswith("text/") else "")
                    reply = (200, ctype, result.serialize(format=results[media]))
        except SyntaxError as exc:
            reply = (400, "text/plain; charset=utf-8", f"SPARQL syntax error: {exc}")
        except Exception as exc:  # noqa: BLE001 - any evaluation failure is the query's
            reply = (500, "text/plain; charset=utf-8", f"SPARQL query failed: {exc}")
        try:
            tx.send(reply)
        except (OSError, ValueError):
            return


class _Worker:
    """A query worker: a ``python`` child process talking over two pipes."""

    def __init__(self, db_path: str):
        from multiprocessing.connection import Connection

        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)  # so the child imports this kg
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", "import sys; from kg.serve import _worker_main; "
                 "_worker_main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))",
                 db_path, str(down_r), str(up_w)],
                pass_fds=(down_r, up_w), env=env, stdin=subprocess.DEVNULL)
        finally:
            os.close(down_r)
            os.close(up_w)
        self.tx = Connection(down_w, readable=False)
        self.rx = Connection(up_r, writable=False)

    def wait_ready(self, timeout: float = 120.0) -> int:
        try:
            if not self.rx.poll(timeout):
                raise QueryError("a query worker did not start")
            kind, detail = self.rx.recv()
        except (EOFError, OSError):
            self.kill()
            raise QueryError("a query worker exited at start") from None
        except QueryError:
            self.kill()
            raise
        if kind != "ready":
            self.kill()
            raise QueryError(f"a query worker cannot open the store: {detail}")
        return detail

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            pass
        for conn in (self.tx, self.rx):
            try:
                conn.close()
            except OSError:
                pass


class SparqlApp:
    """The graph of ``out_dir`` behind a pool of query worker processes."""

    def __init__(self, out_dir, timeout: float = 30.0, workers: int | None = None):
        import pyoxigraph as ox

        self.root = Path(out_dir).resolve()
        if not self.root.is_dir():
            self.root = self.root.parent
        self.timeout = float(timeout)
        source = graph_file(out_dir)
        self._tmp = tempfile.mkdtemp(prefix="kg-serve-")
        self.db_path = os.path.join(self._tmp, "store")
        try:
            store = ox.Store(self.db_path)
            fmt = ox.RdfFormat.N_TRIPLES if source.suffix == ".nt" else ox.RdfFormat.TURTLE
            store.bulk_load(path=str(source), format=fmt)
            store.flush()
            self.triples = len(store)
            del store
        except (SyntaxError, ValueError, OSError) as exc:
            shutil.rmtree(self._tmp, ignore_errors=True)
            raise QueryError(f"{source}: cannot load the RDF ({exc}); rebuild it with `kg build`") from None
        self._idle: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._closed = False
        n = workers or max(1, min(4, os.cpu_count() or 1))
        started = [_Worker(self.db_path) for _ in range(n)]
        try:
            for w in started:
                w.wait_ready()
                self._idle.put(w)
        except Exception:
            for w in started:
                w.kill()
            shutil.rmtree(self._tmp, ignore_errors=True)
            raise
        self.workers = n

    def query(self, text: str, accept: str | None) -> tuple[int, str, bytes]:
        """``(status, content type, body)`` for one query, within the timeout."""
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return 503, "text/plain; charset=utf-8", b"all query workers are busy; try again\n"
        try:
            worker.tx.send((text, accept))
            if worker.rx.poll(max(0.0, deadline - time.monotonic())):
                status, ctype, body = worker.rx.recv()
                self._idle.put(worker)
                worker = None
                return status, ctype, body if isinstance(body, bytes) else (body + "\n").encode("utf-8")
            return (503, "text/plain; charset=utf-8",
                    f"query timed out after {self.timeout:g} s and was stopped\n".encode("utf-8"))
        except (EOFError, OSError):
            return 500, "text/plain; charset=utf-8", b"the query worker failed; try again\n"
        finally:
            if worker is not None:  # timed out or broken: kill it, start another
                worker.kill()
                threading.Thread(target=self._replace, daemon=True).start()

    def _replace(self) -> None:
        with self._lock:
            if self._closed:
                return
            w = _Worker(self.db_path)
        try:
            w.wait_ready()
            self._idle.put(w)
        except QueryError as exc:
            print(f"kg: warning: {exc}", file=sys.stderr)

    def close(self) -> None:
        with self._lock:
            self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break
        shutil.rmtree(self._tmp, ignore_errors=True)

    # ------------------------------------------------------------- files
    def file(self, url_path: str) -> Path | None:
        """The output file a URL path names (``/`` is graph.html), or None."""
        rel = urllib.parse.unquote(url_path, errors="strict").lstrip("/") or "graph.html"
        if "\x00" in rel or "\\" in rel:
            return None
        parts = rel.split("/")
        if any(p in ("", ".", "..") or p.startswith(".") for p in parts):
            return None
        path = (self.root / rel).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        return path


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"
    app: SparqlApp
    quiet = False

    def log_message(self, format, *args):  # noqa: A002 - BaseHTTPRequestHandler's name
        if not self.quiet:
            super().log_message(format, *args)

    # -- replies
    def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None,
              head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), extra)

    # -- SPARQL
    def _sparql(self, fields: dict[str, list[str]]) -> None:
        if "update" in fields:
            return self._error(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if "default-graph-uri" in fields or "named-graph-uri" in fields:
            return self._error(400, "default-graph-uri / named-graph-uri are not supported "
                                    "(the graph has only its default graph)")
        queries = fields.get("query", [])
        if len(queries) != 1:
            return self._error(400, "give exactly one 'query' parameter" if queries else
                               "missing 'query' parameter: GET /sparql?query=... or POST a query")
        self._run(queries[0])

    def _run(self, text: str) -> None:
        if not text.strip():
            return self._error(400, "empty query")
        if "\x00" in text:
            return self._error(400, "the query contains a NUL character")
        status, ctype, body = self.app.query(text, self.headers.get("Accept"))
        extra = {"Vary": "Accept"}
        if status == 200:
            extra["Cache-Control"] = "no-store"
        self._send(status, ctype, body, extra)

    def _parse_form(self, raw: str) -> dict[str, list[str]] | None:
        try:
            return urllib.parse.parse_qs(raw, keep_blank_values=True, strict_parsing=False,
                                         encoding="utf-8", errors="strict",
                                         max_num_fields=20)
        except (UnicodeDecodeError, ValueError):
            return None

    def _split(self) -> tuple[str, str]:
        path, _, qs = self.path.partition("?")
        return path, qs

    def do_GET(self, head: bool = False):  # noqa: N802 - http.server's name
        path, qs = self._split()
        if path == "/sparql":
            if len(qs) > 3 * MAX_QUERY_BYTES:
                return self._error(414, "query string too long")
            fields = self._parse_form(qs)
            if fields is None:
                return self._error(400, "the query string is not valid UTF-8 form data")
            if head:
                return self._send(200, "text/plain; charset=utf-8", b"", head=True)
            return self._sparql(fields)
        try:
            target = self.app.file(path)
        except UnicodeDecodeError:
            target = None
        if target is None:
            return self._error(404, f"not found: {path[:200]}")
        ctype = _FILE_TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] \
            or "application/octet-stream"
        self._send(200, ctype, target.read_bytes(), head=head)

    def do_HEAD(self):  # noqa: N802
        self.do_GET(head=True)

    def do_POST(self):  # noqa: N802
        path, qs = self._split()
        if path != "/sparql":
            return self._error(405, "only /sparql takes POST", {"Allow": "GET, HEAD"})
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return self._error(411, "POST needs a Content-Length")
        if length < 0 or length > MAX_QUERY_BYTES:
            self.close_connection = True
            return self._error(413, f"request body larger than {MAX_QUERY_BYTES} bytes")
        body = self.rfile.read(length)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._error(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if ctype == "application/x-www-form-urlencoded":
            try:
                fields = self._parse_form(body.decode("utf-8"))
            except UnicodeDecodeError:
                fields = None
            if fields is None:
                return self._error(400, "the form body is not valid UTF-8 form data")
            return self._sparql(fields)
        if ctype == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return self._error(400, "the query is not valid UTF-8")
            fields = self._parse_form(qs) or {}
            if "update" in fields:
                return self._error(403, "SPARQL Update is not allowed: this endpoint is read-only")
            return self._run(text)
        return self._error(415, "POST a form (application/x-www-form-urlencoded) or "
                                "application/sparql-query")

    def _not_allowed(self):
        self._error(405, "read-only: GET, HEAD and POST /sparql only", {"Allow": "GET, HEAD, POST"})

    do_PUT = do_DELETE = do_PATCH = _not_allowed  # noqa: N815


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    app: SparqlApp

    def close(self) -> None:
        self.server_close()
        self.app.close()


def make_server(out_dir="output", host: str = "127.0.0.1", port: int = 7878,
                timeout: float = 30.0, workers: int | None = None, quiet: bool = False) -> _Server:
    """A ready (bound, not yet serving) HTTP server for ``out_dir``; call
    ``serve_forever()`` (e.g. in a thread), then ``shutdown()`` and ``close()``."""
    app = SparqlApp(out_dir, timeout=timeout, workers=workers)
    handler = type("Handler", (_Handler,), {"app": app, "quiet": quiet})
    try:
        server = _Server((host, port), handler)
    except OSError as exc:
        app.close()
        raise QueryError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    server.app = app
    return server
