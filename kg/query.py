"""SPARQL over the built RDF, and result formatting for the CLI.

Queries run on pyoxigraph (an in-memory store loaded from ``kg.nt``, or ``kg.ttl``
when there is no ``kg.nt``); :func:`load_rdf` gives the same graph as an
``rdflib.Graph`` for Python users. The prefixes of :data:`kg.vocab.PREFIXES`
(kg, org, skos, schema, prov, dcterms, rdf, rdfs, xsd) are predeclared, so a
query can start right at ``SELECT``::

    SELECT ?name WHERE { ?p a kg:Official ; skos:prefLabel ?name } ORDER BY ?name

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
import unicodedata
from pathlib import Path

from .errors import QueryError

__all__ = ["run_query", "read_query", "load_rdf", "graph_file", "FORMATS", "format_results",
           "format_table", "format_csv", "format_tsv", "format_json", "display_width"]

FORMATS = ("table", "csv", "tsv", "json")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                            "positiveInteger", "negativeInteger", "nonPositiveInteger",
                            "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + t for t in ("decimal", "double", "float")}
_MAX_CELL = 80


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


def _store(path: Path):
    import pyoxigraph as ox

    fmt = ox.RdfFormat.N_TRIPLES if path.suffix == ".nt" else ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot load the RDF ({exc}); rebuild it with `kg build`") from None
    return store


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


def _with_values(text: str, bindings: dict | None) -> str:
    """Append the bindings as a trailing ``VALUES`` clause (joined before projection,
    so unprojected variables can be bound too)."""
    if not bindings:
        return text
    names, terms = [], []
    for name, value in sorted(bindings.items()):
        var = str(name).lstrip("?$")
        if not var.replace("_", "a").isalnum():
            raise QueryError(f"binding name {name!r} is not a SPARQL variable name")
        names.append("?" + var)
        terms.append(str(_to_term(value)))
    return f"{text.rstrip()}\nVALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}\n"


def _value(term):
    """A plain Python value for a pyoxigraph term."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        try:
            if dt in _INTS:
                return int(term.value)
            if dt in _FLOATS:
                return float(term.value)
            if dt == _XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            pass
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return f"<< {_value(term.subject)} {_value(term.predicate)} {_value(term.object)} >>"
    return term.value


def run_query(query_text_or_path: str, graph_dir_or_ttl="output", bindings: dict | None = None
              ) -> tuple[list[str], list[tuple]]:
    """Run a SPARQL query over a built graph; returns ``(vars, rows)``.

    Parameters
    ----------
    query_text_or_path : str
        SPARQL text, or the path of a file holding it.
    graph_dir_or_ttl : path
        An output folder of ``kg build`` or a ``.nt``/``.ttl`` file.
    bindings : dict, optional
        ``{variable name: value}``, appended as a trailing ``VALUES`` clause (so
        the query must not end with its own VALUES clause). Values may be
        rdflib or pyoxigraph terms or Python scalars (a ``str`` becomes a plain
        string literal; use ``rdflib.Literal(s, lang="zh")`` for Chinese labels
        and ``rdflib.URIRef`` for IRIs).

    SELECT gives its variables; ASK gives ``(["ask"], [(bool,)])``; CONSTRUCT and
    DESCRIBE give ``(["subject", "predicate", "object"], triples)``.
    """
    import pyoxigraph as ox

    from .vocab import PREFIXES

    text = _with_values(read_query(query_text_or_path), bindings)
    store = _store(graph_file(graph_dir_or_ttl))
    try:
        result = store.query(text, prefixes=dict(PREFIXES))
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except (ValueError, OSError, TypeError, RuntimeError) as exc:
        raise QueryError(f"SPARQL query failed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [(bool(result),)]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [tuple(_value(sol[n]) for n in names) for sol in result]
    return (["subject", "predicate", "object"],
            [(_value(t.subject), _value(t.predicate), _value(t.object)) for t in result])


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
