"""kg serve: the SPARQL 1.1 Protocol endpoint over real HTTP on loopback, and
the canned queries against a standalone Oxigraph server (`oxigraph` CLI)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from _corpus_fixture import write_built
from kg.errors import QueryError
from kg.query import run_query
from kg.serve import make_server, negotiate, RESULT_TYPES
from test_query import CANNED

pytestmark = pytest.mark.server

UNIONS = "SELECT ?n WHERE { ?u a kg:Union ; skos:prefLabel ?n } ORDER BY ?n"
UNION_NAMES = ["云杉区总工会", "星河精工有限公司工会", "青禾市总工会"]
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
           "FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l))) > 100000) }")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("out")
    write_built(folder)
    return folder


def _start(out, **kw):
    server = make_server(out, port=0, quiet=True, **kw)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def endpoint(out):
    server, base = _start(out, timeout=20, workers=2)
    yield base
    server.shutdown()
    server.close()


def _http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type"), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read()


def _get(base, query, accept=None, **extra):
    qs = urllib.parse.urlencode({"query": query, **extra})
    return _http(f"{base}/sparql?{qs}", headers={"Accept": accept} if accept else {})


def test_serve_select_get_json(endpoint):
    status, ctype, body = _get(endpoint, UNIONS)
    assert status == 200 and ctype == "application/sparql-results+json"
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["n"]
    assert [b["n"]["value"] for b in doc["results"]["bindings"]] == UNION_NAMES
    assert doc["results"]["bindings"][0]["n"]["xml:lang"] == "zh"


@pytest.mark.parametrize("accept, ctype", [
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/json", "application/sparql-results+json"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv; charset=utf-8"),
])
def test_serve_content_negotiation(endpoint, accept, ctype):
    status, got, body = _get(endpoint, UNIONS, accept)
    assert status == 200 and got == ctype
    if got.startswith("text/csv"):
        assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == [["n"]] + [[n] for n in UNION_NAMES]
    if got.startswith("text/tab"):
        assert body.decode("utf-8").splitlines()[1] == '"云杉区总工会"@zh'


def test_serve_post_form_and_sparql_query(endpoint):
    form = urllib.parse.urlencode({"query": UNIONS}).encode("utf-8")
    s1 = _http(f"{endpoint}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded",
                                            "Accept": "text/csv"})
    s2 = _http(f"{endpoint}/sparql", UNIONS.encode("utf-8"),
               {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert s1 == s2 and s1[0] == 200 and s1[2].decode("utf-8").split() == ["n", *UNION_NAMES]


def test_serve_ask_and_construct(endpoint):
    status, ctype, body = _get(endpoint, "ASK { ?x a kg:Union }")
    assert (status, ctype, json.loads(body)["boolean"]) == (200, "application/sparql-results+json", True)
    q = "CONSTRUCT { ?u a kg:Union } WHERE { ?u a kg:Union }"
    status, ctype, body = _get(endpoint, q)
    assert status == 200 and ctype == "text/turtle" and b"kg:Union" in body
    status, ctype, body = _get(endpoint, q, "application/n-triples")
    assert status == 200 and ctype == "application/n-triples"
    assert len(body.decode().splitlines()) == 3
    status, _, _ = _get(endpoint, q, "application/sparql-results+json")
    assert status == 406


def test_serve_with_sparqlwrapper(endpoint):
    from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(f"{endpoint}/sparql")
    sw.setQuery("PREFIX kg: <https://kg.example.org/ns#>\n"
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" + UNIONS)
    sw.setReturnFormat(JSON)
    res = sw.query().convert()
    assert [b["n"]["value"] for b in res["results"]["bindings"]] == UNION_NAMES
    sw.setMethod(POST)
    assert sw.query().convert() == res
    sw.setQuery("ASK { ?x a <https://kg.example.org/ns#Union> }")
    assert sw.query().convert()["boolean"] is True
    sw.setQuery("CONSTRUCT { ?u a <https://kg.example.org/ns#Union> } "
                "WHERE { ?u a <https://kg.example.org/ns#Union> }")
    sw.setReturnFormat(TURTLE)
    from rdflib import Graph
    g = Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) == 3


def test_serve_rejects_updates(endpoint):
    upd = "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"
    status, _, body = _http(f"{endpoint}/sparql", upd.encode(), {"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body
    form = urllib.parse.urlencode({"update": upd}).encode()
    status, _, _ = _http(f"{endpoint}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _, _ = _http(f"{endpoint}/sparql?" + urllib.parse.urlencode({"update": upd}))
    assert status == 403
    status, _, body = _get(endpoint, upd)  # an update sent as a query does not parse
    assert status == 400 and body.startswith(b"SPARQL syntax error")
    assert _get(endpoint, "ASK { <http://e/a> ?p ?o }")[2] == b'{"head":{},"boolean":false}'


@pytest.mark.parametrize("raw", [
    "query=%FF%FE%FD",                        # not UTF-8
    "query=SELECT%00*%20{}",                  # NUL
    "query=SELECT%20*%20WHERE%20{%20?s",      # does not parse
    "query=a&query=b",                        # two queries
    "query=",                                 # empty
    "qery=SELECT%20*%20{}",                   # missing
    "%%%%&&==",                               # garbage
    "query=" + "%7B" * 5000,                  # deep nesting
])
def test_serve_hostile_query_strings_get_clean_400(endpoint, raw):
    status, ctype, body = _http(f"{endpoint}/sparql?{raw}")
    assert status == 400 and ctype == "text/plain; charset=utf-8"
    assert body.endswith(b"\n") and b"Traceback" not in body
    assert _get(endpoint, "ASK {}")[0] == 200  # still up


def test_serve_files_and_404s(endpoint, out):
    status, ctype, body = _http(f"{endpoint}/")
    assert status == 200 and ctype.startswith("text/html")
    assert body == (out / "graph.html").read_bytes()
    status, ctype, body = _http(f"{endpoint}/kg.ttl")
    assert (status, ctype) == (200, "text/turtle") and body == (out / "kg.ttl").read_bytes()
    for path in ("/nope.html", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/pages/",
                 "/sparqlx", "/%FF"):
        assert _http(f"{endpoint}{path}")[0] == 404, path
    assert _http(f"{endpoint}/kg.ttl", b"x", method="PUT")[0] == 405
    assert _http(f"{endpoint}/kg.ttl", b"x", method="DELETE")[0] == 405


def test_serve_negotiate():
    assert negotiate("*/*", RESULT_TYPES) == RESULT_TYPES[0]
    assert negotiate("text/*", RESULT_TYPES) == "text/csv"
    assert negotiate("text/csv;q=0, */*;q=0.1", RESULT_TYPES) == RESULT_TYPES[0]


def test_serve_timeout_stops_runaway_query_and_stays_up(out):
    server, base = _start(out, timeout=1, workers=1)
    try:
        t0 = time.monotonic()
        status, _, body = _get(base, RUNAWAY)
        assert status == 503 and b"timed out after 1 s" in body
        assert time.monotonic() - t0 < 10
        for _ in range(50):  # the replacement worker starts in the background
            status, _, body = _get(base, UNIONS, "text/csv")
            if status == 200:
                break
            time.sleep(0.2)
        assert status == 200 and body.decode().split() == ["n", *UNION_NAMES]
    finally:
        server.shutdown()
        server.close()


@pytest.mark.parametrize("name, params", list(CANNED), ids=lambda x: str(x))
def test_canned_queries_same_over_kg_serve(out, endpoint, name, params):
    local = run_query(name, out, params=dict(params))
    assert run_query(name, params=dict(params), endpoint=f"{endpoint}/sparql") == local


def test_endpoint_errors(endpoint):
    with pytest.raises(QueryError, match="HTTP 400"):
        run_query("SELECT ?x WHERE {", endpoint=f"{endpoint}/sparql")
    with pytest.raises(QueryError, match="cannot reach"):
        run_query("ASK {}", endpoint="http://127.0.0.1:9/sparql", timeout=2)


# --------------------------------------------------- standalone Oxigraph server
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(out, tmp_path_factory):
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph CLI is not installed (pip install oxigraph)")
    db = tmp_path_factory.mktemp("oxdb")
    subprocess.run([exe, "load", "--location", str(db), "--file", str(out / "kg.nt")],
                   check=True, capture_output=True, timeout=120)
    port = _free_port()
    proc = subprocess.Popen([exe, "serve-read-only", "--location", str(db), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(100):
            try:
                run_query("ASK {}", endpoint=url, timeout=2)
                break
            except QueryError:
                if proc.poll() is not None:
                    pytest.skip("oxigraph serve-read-only did not start")
                time.sleep(0.1)
        yield url
    finally:
        proc.kill()
        proc.wait(10)


@pytest.mark.parametrize("name, params", list(CANNED), ids=lambda x: str(x))
def test_canned_queries_same_on_standalone_oxigraph(out, oxigraph_server, name, params):
    local = run_query(name, out, params=dict(params))
    assert run_query(name, params=dict(params), endpoint=oxigraph_server) == local


def test_cli_query_endpoint_on_standalone_oxigraph(out, oxigraph_server):
    from click.testing import CliRunner

    from kg.cli import cli

    runner = CliRunner()
    args = ["query", "officials-of", "--org", "青禾市总工会", "--format", "csv"]
    local = runner.invoke(cli, args + ["-d", str(out)])
    remote = runner.invoke(cli, args + ["--endpoint", oxigraph_server])
    assert local.exit_code == remote.exit_code == 0
    assert remote.output == local.output == "person,title\n林晓岚,主席\n林晓岚,党组书记\n"
