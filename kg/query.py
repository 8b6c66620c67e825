"""SPARQL over the built RDF, and result formatting for the CLI.

Queries run on pyoxigraph (an in-memory store loaded from ``kg.nt``, or ``kg.ttl``
when there is no ``kg.nt``); :func:`load_rdf` gives the same graph as an
``rdflib.Graph`` for Python users. The prefixes of :data:`kg.vocab.PREFIXES`
(kg, org, skos, schema, prov, dcterms, rdf, rdfs, xsd) are predeclared, so a
query can start right at ``SELECT``::

    SELECT ?name WHERE { ?p a kg:Official ; skos:prefLabel ?name } ORDER BY ?name

A query is SPARQL text, a ``.rq`` file, or the name of a canned query of
``kg/queries/`` (see :func:`canned_queries`). A query may declare parameters in
its header comment (``# param org: ...``, ``# param org?: ...`` for an optional
one); :func:`run_query` binds them as RDF terms (names as ``"..."@zh`` labels)
in a ``VALUES`` block inserted at the start of the query's WHERE group, so user
text never becomes query syntax. ``endpoint=URL`` sends the same query to any
SPARQL 1.1 Protocol endpoint (results read as SPARQL JSON).

Results are ``(vars, rows)``: the variable names and a list of tuples whose
values are plain Python values -- IRIs and strings as ``str``, xsd numbers and
booleans as ``int``/``float``/``bool``, unbound as ``None``. Errors (a query that
does not parse, a missing graph) raise :class:`~kg.errors.QueryError`.

>>> format_table(["name", "n"], [("青禾", 2), ("ab", None)])
'name  n\\n----  -\\n青禾  2\\nab\\n'
"""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import QueryError

__all__ = ["run_query", "read_query", "load_rdf", "graph_file", "FORMATS", "format_results",
           "format_table", "format_csv", "format_tsv", "format_json", "display_width",
           "QUERIES_DIR", "Param", "CannedQuery", "canned_queries", "resolve_query",
           "parse_header", "bind_params", "open_store", "format_canned_list", "with_values",
           "with_prefixes", "parse_results"]

FORMATS = ("table", "csv", "tsv", "json")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                            "positiveInteger", "negativeInteger", "nonPositiveInteger",
                            "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + t for t in ("decimal", "double", "float")}
_MAX_CELL = 80
#: Folder of the canned queries (``<name>.rq``).
QUERIES_DIR = Path(__file__).parent / "queries"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


# ------------------------------------------------------------------- inputs
def graph_file(graph_dir_or_file) -> Path:
    """The RDF file to query: ``kg.nt`` (else ``kg.ttl``) in a folder, or the file itself."""
    p = Path(graph_dir_or_file)
    if p.is_dir():
        for name in ("kg.nt", "kg.ttl"):
            if (p / name).is_file():
                return p / name
        raise QueryError(f"{p}: no kg.nt or kg.ttl here; run `kg build PATHS -o {p}` first")
    if p.is_file():
        if p.suffix not in (".nt", ".ttl"):
            raise QueryError(f"{p}: expected an N-Triples (.nt) or Turtle (.ttl) file")
        return p
    raise QueryError(f"{p}: no such folder or file; run `kg build PATHS -o {p}` first")


def read_query(query_text_or_path: str) -> str:
    """The query text: the content of the file it names, or the argument itself."""
    text = str(query_text_or_path)
    if "\n" not in text and len(text) < 1024:
        p = Path(text)
        try:
            if p.is_file():
                return p.read_text(encoding="utf-8")
        except OSError:
            pass
        if p.suffix in (".rq", ".sparql") and not p.exists():
            raise QueryError(f"{p}: no such query file")
    if not text.strip():
        raise QueryError("empty query: pass SPARQL text or a .rq file")
    return text


def load_rdf(out_dir):
    """The built RDF (``kg.nt`` or ``kg.ttl`` of ``out_dir``, or that file) as an ``rdflib.Graph``."""
    from rdflib import Graph

    from .vocab import PREFIXES

    path = graph_file(out_dir)
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    try:
        g.parse(path, format="nt" if path.suffix == ".nt" else "turtle")
    except Exception as exc:  # rdflib raises many parser-specific types
        raise QueryError(f"{path}: cannot parse the RDF ({exc}); rebuild it with `kg build`") from None
    return g


_STORES: dict = {}
_STORES_LOCK = threading.Lock()


def open_store(path):
    """A pyoxigraph in-memory ``Store`` holding the RDF file ``path``.

    Cached per process by (path, size, mtime), so repeated queries on the same
    build load it once; a rebuilt file is reloaded.
    """
    import pyoxigraph as ox

    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise QueryError(f"{path}: cannot read the RDF ({exc.strerror})") from None
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    with _STORES_LOCK:
        if key in _STORES:
            return _STORES[key]
        fmt = ox.RdfFormat.N_TRIPLES if path.suffix == ".nt" else ox.RdfFormat.TURTLE
        store = ox.Store()
        try:
            store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"{path}: cannot load the RDF ({exc}); rebuild it with `kg build`") from None
        _STORES.clear()  # keep one graph: outputs can be large
        _STORES[key] = store
        return store


_store = open_store  # older name


# ------------------------------------------------------- canned queries, params
@dataclass(frozen=True)
class Param:
    """A query parameter declared in a header line ``# param NAME[?]: help``.

    ``kind`` says how a value is bound: ``name`` (default: a ``"..."@zh`` label,
    as skos:prefLabel/altLabel are), ``string`` (plain literal), ``int``
    (xsd:integer) or ``iri``; written ``# param NAME (iri): help``.
    """

    name: str
    help: str = ""
    required: bool = True
    kind: str = "name"

    def usage(self) -> str:
        metavar = {"name": "NAME", "string": "TEXT", "int": "N", "iri": "IRI"}[self.kind]
        text = f"--{self.name} {metavar}"
        return text if self.required else f"[{text}]"


@dataclass(frozen=True)
class CannedQuery:
    """A query with its header: ``name`` (the file stem), one-line description, params."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path | None = None

    def usage(self) -> str:
        return " ".join([self.name, *(p.usage() for p in self.params)])


_PARAM_LINE = re.compile(r"#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)(\?)?\s*(?:\((name|string|int|iri)\))?\s*:?\s*(.*)$")


def parse_header(text: str, name: str = "", path=None) -> CannedQuery:
    """The description and parameters from the leading ``#`` comment lines of a query.

    >>> q = parse_header("# Posts of a person.\\n# param person: a name\\n# param org?: a union\\nSELECT * {}")
    >>> q.description, [(p.name, p.required) for p in q.params]
    ('Posts of a person.', [('person', True), ('org', False)])
    """
    description, params = "", []
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        m = _PARAM_LINE.match(line)
        if m:
            pname, optional, kind, help_ = m.groups()
            if any(p.name == pname for p in params):
                raise QueryError(f"{path or name or 'query'}: parameter {pname!r} declared twice")
            params.append(Param(pname, help_.strip(), optional is None, kind or "name"))
        elif not description:
            description = line.lstrip("#").strip()
    return CannedQuery(name, description, tuple(params), text, Path(path) if path else None)


def canned_queries() -> dict[str, CannedQuery]:
    """The canned queries of ``kg/queries/``, by name (sorted)."""
    out = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        out[path.stem] = parse_header(path.read_text(encoding="utf-8"), path.stem, path)
    return out


def format_canned_list(queries: dict[str, CannedQuery] | None = None) -> str:
    """One line per canned query: usage, then its description (for ``kg query --list``)."""
    queries = canned_queries() if queries is None else queries
    usages = {n: q.usage() for n, q in queries.items()}
    width = max((display_width(u) for u in usages.values()), default=0)
    lines = [f"{_pad(usages[n], width)}  {q.description}".rstrip() for n, q in queries.items()]
    return "\n".join(lines) + "\n"


def resolve_query(query: str) -> CannedQuery:
    """The query named by ``query``: a canned query name, a ``.rq`` file, or SPARQL text."""
    text = str(query)
    if _NAME.fullmatch(text) and not Path(text).is_file():
        known = canned_queries()
        if text in known:
            return known[text]
        raise QueryError(f"unknown canned query {text!r}; known: {', '.join(known)} "
                         "(`kg query --list` shows their parameters)")
    body = read_query(text)
    path = None
    if "\n" not in text and len(text) < 1024:
        try:
            path = Path(text) if Path(text).is_file() else None
        except OSError:
            path = None
    return parse_header(body, path.stem if path else "", path)


def _term_for(param: Param, value):
    """The RDF term (pyoxigraph) a parameter value is bound to."""
    import pyoxigraph as ox

    if not isinstance(value, str):
        return _to_term(value)
    if param.kind == "name":
        return ox.Literal(value, language="zh")
    if param.kind == "string":
        return ox.Literal(value)
    if param.kind == "int":
        try:
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(_XSD + "integer"))
        except ValueError:
            raise QueryError(f"--{param.name} expects an integer, not {value!r}") from None
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise QueryError(f"--{param.name} expects an IRI, not {value!r} ({exc})") from None


def bind_params(query: CannedQuery, values: dict | None) -> dict:
    """Check ``values`` against the declared parameters; ``{variable: RDF term}``."""
    values = {str(k).lstrip("-").replace("-", "_"): v for k, v in (values or {}).items()
              if v is not None}
    declared = {p.name: p for p in query.params}
    where = f"{query.path}: " if query.path else (f"{query.name}: " if query.name else "")
    unknown = sorted(set(values) - set(declared))
    if unknown:
        known = ", ".join(p.usage() for p in query.params) or "none"
        raise QueryError(f"{where}unknown parameter {', '.join('--' + u for u in unknown)}; "
                         f"this query takes: {known}")
    missing = [p for p in query.params if p.required and p.name not in values]
    if missing:
        raise QueryError(f"{where}missing {', '.join(p.usage() for p in missing)} "
                         f"(usage: kg query {query.usage()})")
    return {name: _term_for(declared[name], v) for name, v in values.items()}


# ------------------------------------------------------------- VALUES insertion
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(?::[A-Za-z0-9_.\-]*)?")


def _skip_string(text: str, i: int) -> int:
    q = text[i]
    long_ = text.startswith(q * 3, i)
    close, j = (q * 3, i + 3) if long_ else (q, i + 1)
    while j < len(text):
        if text[j] == "\\":
            j += 2
        elif text.startswith(close, j):
            return j + len(close)
        elif not long_ and text[j] in "\r\n":
            return j
        else:
            j += 1
    return j


def _where_group(text: str) -> int | None:
    """Index of the ``{`` opening the query's WHERE group (first ``{`` after the
    keyword WHERE, else the first ``{``), skipping comments, strings and IRIs."""
    i, n, first, where = 0, len(text), None, False
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif c in "\"'":
            i = _skip_string(text, i)
        elif c == "<" and (m := _IRIREF.match(text, i)):
            i = m.end()
        elif c in "?$":
            m = re.compile(r"[?$]\w*").match(text, i)
            i = m.end()
        elif c == "{":
            if where:
                return i
            if first is None:
                first = i
            i += 1
        elif (m := _WORD.match(text, i)) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_:")):
            if m.group().upper() == "WHERE":
                where = True
            i = m.end()
        else:
            i += 1
    return first


def with_values(text: str, bindings: dict | None) -> str:
    """``text`` with ``bindings`` (``{variable: value}``) as a one-row ``VALUES``
    block at the start of its WHERE group: the values are serialised RDF terms,
    never pasted text, and unprojected variables can be bound too."""
    if not bindings:
        return text
    names, terms = [], []
    for name, value in sorted(bindings.items()):
        var = str(name).lstrip("?$")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", var):
            raise QueryError(f"binding name {name!r} is not a SPARQL variable name")
        names.append("?" + var)
        terms.append(str(_to_term(value)))
    block = f"VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"
    pos = _where_group(text)
    if pos is None:
        return f"{text.rstrip()}\n{block}\n"
    return f"{text[:pos + 1]}\n  {block}\n{text[pos + 1:]}"


_with_values = with_values  # older name


def with_prefixes(text: str) -> str:
    """``text`` with PREFIX lines for the predeclared prefixes it uses but does not declare
    (for endpoints, which know none of them)."""
    from .vocab import PREFIXES

    declared = {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", text)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()
             if p not in declared and re.search(rf"(?<![\w?$]){re.escape(p)}:", text)]
    return "\n".join(lines + [text]) if lines else text


# ------------------------------------------------------------------ running
def _to_term(value):
    """A pyoxigraph term for a binding value (rdflib terms, Python scalars, ox terms)."""
    import pyoxigraph as ox

    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    from rdflib import BNode, Literal, URIRef

    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        raise QueryError("blank nodes cannot be bound in a query")
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    return ox.Literal(str(value))


_CONVERT = None


def _converter():
    """The term -> Python value function (built once: pyoxigraph is imported lazily,
    and binding its classes as locals makes converting a row ~2x faster)."""
    global _CONVERT
    if _CONVERT is None:
        import pyoxigraph as ox

        named, literal, blank, triple = ox.NamedNode, ox.Literal, ox.BlankNode, ox.Triple
        ints, floats, boolean = frozenset(_INTS), frozenset(_FLOATS), _XSD + "boolean"
        typed = ints | floats | {boolean}

        def convert(term):
            cls = type(term)
            if cls is named:
                return term.value
            if cls is literal:
                if term.language is not None:
                    return term.value
                dt = term.datatype.value
                if dt in typed:
                    try:
                        if dt in ints:
                            return int(term.value)
                        if dt in floats:
                            return float(term.value)
                        return term.value in ("true", "1")
                    except ValueError:
                        pass
                return term.value
            if term is None:
                return None
            if cls is blank:
                return f"_:{term.value}"
            if cls is triple:
                return f"<< {convert(term.subject)} {convert(term.predicate)} {convert(term.object)} >>"
            return term.value

        _CONVERT = convert
    return _CONVERT


def _value(term):
    """A plain Python value for a pyoxigraph term."""
    return _converter()(term)


def _rows(solutions) -> tuple[list[str], list[tuple]]:
    """``(vars, rows)`` of pyoxigraph ``QuerySolutions`` (rows of plain Python values)."""
    convert = _converter()
    names = [v.value for v in solutions.variables]
    return names, [tuple(map(convert, sol)) for sol in solutions]


def run_query(query_text_or_path: str, graph_dir_or_ttl="output", bindings: dict | None = None,
              *, params: dict | None = None, endpoint: str | None = None,
              timeout: float = 60.0) -> tuple[list[str], list[tuple]]:
    """Run a SPARQL query over a built graph (or an endpoint); returns ``(vars, rows)``.

    Parameters
    ----------
    query_text_or_path : str
        SPARQL text, the path of a ``.rq`` file holding it, or the name of a
        canned query (``officials-of``; see ``kg query --list``).
    graph_dir_or_ttl : path
        An output folder of ``kg build`` or a ``.nt``/``.ttl`` file (ignored
        with ``endpoint``).
    bindings : dict, optional
        ``{variable name: value}``, bound in a ``VALUES`` block at the start of
        the WHERE group (so unprojected variables can be bound too). Values may
        be rdflib or pyoxigraph terms or Python scalars (a ``str`` becomes a
        plain string literal; use ``rdflib.Literal(s, lang="zh")`` for Chinese
        labels and ``rdflib.URIRef`` for IRIs).
    params : dict, optional
        ``{parameter: value}`` for the parameters the query declares in its
        header (``# param org: ...``); a name-kind value ``"西城区总工会"`` is bound
        as the label ``"西城区总工会"@zh``. Unknown or missing ones raise QueryError.
    endpoint : str, optional
        URL of a SPARQL 1.1 Protocol endpoint to send the query to instead
        (POST, results as SPARQL JSON / N-Triples); the predeclared prefixes
        are added as PREFIX lines.
    timeout : float
        Seconds to wait for the endpoint.

    SELECT gives its variables; ASK gives ``(["ask"], [(bool,)])``; CONSTRUCT and
    DESCRIBE give ``(["subject", "predicate", "object"], triples)``.
    """
    import pyoxigraph as ox

    from .vocab import PREFIXES

    q = resolve_query(query_text_or_path)
    where = f"{q.path}: " if q.path else (f"{q.name}: " if q.name else "")
    terms = dict(bindings or {})
    terms.update(bind_params(q, params))
    text = with_values(q.text, terms)
    if endpoint:
        return _remote(with_prefixes(text), endpoint, timeout, where)
    store = open_store(graph_file(graph_dir_or_ttl))
    try:
        result = store.query(text, prefixes=dict(PREFIXES))
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [(bool(result),)]
        if isinstance(result, ox.QuerySolutions):
            return _rows(result)
        return (["subject", "predicate", "object"],
                [(_value(t.subject), _value(t.predicate), _value(t.object)) for t in result])
    except SyntaxError as exc:
        raise QueryError(f"{where}SPARQL syntax error: {exc}") from None
    except (ValueError, OSError, TypeError, RuntimeError) as exc:
        raise QueryError(f"{where}SPARQL query failed: {exc}") from None


_ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, "
           "text/turtle;q=0.8, application/sparql-results+xml;q=0.5")


def _remote(text: str, endpoint: str, timeout: float, where: str = ""):
    """POST ``text`` to a SPARQL 1.1 Protocol endpoint; ``(vars, rows)`` like :func:`run_query`."""
    import urllib.error
    import urllib.parse
    import urllib.request

    if not endpoint.startswith(("http://", "https://")):
        raise QueryError(f"--endpoint {endpoint!r}: expected an http(s) URL of a SPARQL endpoint")
    data = urllib.parse.urlencode({"query": text}).encode("utf-8")
    req = urllib.request.Request(endpoint, data=data, method="POST", headers={
        "Accept": _ACCEPT, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        "User-Agent": "kg-query"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            ctype = resp.headers.get_content_type()
            body = resp.read()
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read(2000).decode("utf-8", "replace").split())
        raise QueryError(f"{where}{endpoint}: HTTP {exc.code} {exc.reason}: {detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise QueryError(f"{endpoint}: cannot reach the SPARQL endpoint ({reason})") from None
    return parse_results(body, ctype, where=f"{where}{endpoint}: ")


def parse_results(body: bytes, content_type: str, where: str = "") -> tuple[list[str], list[tuple]]:
    """``(vars, rows)`` of a SPARQL results document (JSON, XML, CSV, TSV) or an RDF
    graph (N-Triples, Turtle), by media type."""
    import pyoxigraph as ox

    rdf = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
           "text/plain": ox.RdfFormat.N_TRIPLES}
    try:
        if content_type in rdf:
            triples = list(ox.parse(body, format=rdf[content_type]))
            return (["subject", "predicate", "object"],
                    [(_value(t.subject), _value(t.predicate), _value(t.object)) for t in triples])
        fmt = ox.QueryResultsFormat.from_media_type(content_type)
        if fmt is None:
            raise QueryError(f"{where}unexpected response type {content_type!r}")
        result = ox.parse_query_results(body, format=fmt)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [(bool(result),)]
        return _rows(result)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"{where}cannot read the {content_type} response ({exc})") from None


# --------------------------------------------------------------- formatting
def display_width(text: str) -> int:
    """Terminal columns of a string: wide/full-width (CJK) characters count 2.

    >>> display_width("abc"), display_width("工会")
    (3, 4)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
               for ch in text if not unicodedata.combining(ch))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = " ".join(str(value).splitlines()).replace("\t", " ")  # one line per row
    if display_width(text) <= _MAX_CELL:
        return text
    out, width = [], 0
    for ch in text:
        width += display_width(ch)
        if width > _MAX_CELL - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_table(names: list[str], rows: list[tuple]) -> str:
    """Aligned columns (CJK-width aware), a dashed rule under the header."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([display_width(n)] + [display_width(r[i]) for r in cells])
              for i, n in enumerate(names)]
    lines = ["  ".join(_pad(n, w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths).rstrip()]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def format_csv(names: list[str], rows: list[tuple]) -> str:
    """RFC 4180 CSV with a header row (unbound = empty)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(names)
    for row in rows:
        w.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v)
                    for v in row])
    return buf.getvalue()


def format_tsv(names: list[str], rows: list[tuple]) -> str:
    """Tab-separated values; tabs, newlines and backslashes in values are escaped."""
    def esc(v) -> str:
        if v is None:
            return ""
        s = "true" if v is True else "false" if v is False else str(v)
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return "".join("\t".join(esc(v) for v in r) + "\n" for r in [tuple(names), *rows])


def format_json(names: list[str], rows: list[tuple]) -> str:
    """A JSON list of ``{variable: value}`` objects (variables in query order)."""
    return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=1) + "\n"


def format_results(names: list[str], rows: list[tuple], fmt: str = "table") -> str:
    """Format results as ``table``, ``csv``, ``tsv`` or ``json``."""
    try:
        return {"table": format_table, "csv": format_csv, "tsv": format_tsv,
                "json": format_json}[fmt](names, rows)
    except KeyError:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
