"""Benchmark: the canned queries on Oxigraph (pyoxigraph) vs rdflib, on a synthetic graph.

    python bench/rdf_bench.py                      # ~1M triples, a table
    python bench/rdf_bench.py --triples 200000 --json

Generates a graph of the shape ``kg build`` writes (see kg/export/rdf.py):
persons, unions, companies, districts (in a place hierarchy), news articles
that mention them, W3C ORG memberships with kg:Evidence, reified links
(kg:locatedIn) with evidence, co-mention nodes with weights and evidence,
SKOS labels (unions share altLabels such as 区总工会). Fixed seed, so two runs
build the same graph. Then, for every canned query of kg/queries/ with the
parameters bound exactly as ``kg query`` binds them, it prints the median time
on an in-memory pyoxigraph Store (what ``kg query`` and ``kg serve`` use) and on
an in-memory rdflib Graph (what ``kg.load_rdf`` returns), and the ratio. Each
rdflib query runs in a forked child process and is killed at ``--timeout``
seconds (reported as ">30 s"). Times include turning every row into Python
values (Oxigraph: with ``kg.query``'s own converter, as ``kg query`` does).
This is a script, not a test: run it by hand.

The graph is deliberately heavier than the seeds in one respect: persons are
drawn uniformly for ~1.3 posts each and every post has an organisation, so 43%
of the persons with a post hold posts in several organisations and multi-post
returns 62% of all memberships (11.5k rows at 1M triples); in the seeds' output
it is 28% (9 of 32) and 27% (20 of 74 memberships). Read multi-post as a
worst case for a corpus-wide query that returns many rows.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.query import _rows, bind_params, canned_queries, with_values  # noqa: E402
from kg.vocab import DEFAULT_BASE, KG_NS, PREFIXES  # noqa: E402

RDF = PREFIXES["rdf"]
SKOS = PREFIXES["skos"]
SDO = PREFIXES["schema"]
ORG = PREFIXES["org"]
PROV = PREFIXES["prov"]
DCT = PREFIXES["dcterms"]
XSD_INT = PREFIXES["xsd"] + "integer"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文玉春海林振荣劲松福德新鹏辉"
TITLES = ["主席", "副主席", "常务副主席", "党组书记", "党组成员", "经审会主任", "女职工委员会主任",
          "秘书长", "委员", "副区长", "主任", "副主任", "部长", "厂长", "总经理", "党委书记"]
RULES = ["rule:title_chain.v1", "rule:role_after_org.v1", "rule:comention.v1", "rule:located_in.v1"]
CO_SUFFIX = ["有限公司", "股份有限公司", "集团有限公司", "科技有限公司"]
CO_STEM = "星河宏达华润金鼎新城远航恒通中科天成盛世京港长城东方九州瑞丰"


class _Writer:
    def __init__(self, fh):
        self.fh, self.n = fh, 0

    def t(self, s: str, p: str, o: str) -> None:
        self.fh.write(f"<{s}> <{p}> {o} .\n")
        self.n += 1


def _iri(x: str) -> str:
    return f"<{x}>"


def _zh(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"@zh'


def _int(n: int) -> str:
    return f'"{n}"^^<{XSD_INT}>'


def _str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(path: Path, triples: int, seed: int = 7) -> dict:
    """Write a synthetic graph of about ``triples`` triples to ``path`` (N-Triples);
    returns the names the benchmark looks up."""
    rnd = random.Random(seed)
    k = max(1, triples // 1180)          # ~1180 triples per unit (calibrated)
    n_cities, n_districts = max(2, k // 40), max(4, k // 2)
    n_unions, n_companies, n_persons = 7 * k, 6 * k, 17 * k
    n_articles, n_members, n_comentions = 22 * k, 22 * k, 24 * k
    base = DEFAULT_BASE
    ent = lambda kind, i: f"{base}entity/{kind}-{i:07d}"  # noqa: E731
    art = lambda i: f"{base}article/p{i // 8:06d}-{i % 8:02d}"  # noqa: E731
    ev_n = [0]
    with open(path, "w", encoding="utf-8") as fh:
        w = _Writer(fh)

        def entity(node, classes, name, aliases=(), count=1):
            for c in classes:
                w.t(node, RDF + "type", _iri(c))
            w.t(node, SKOS + "prefLabel", _zh(name))
            for a in aliases:
                w.t(node, SKOS + "altLabel", _zh(a))
            w.t(node, KG_NS + "mentionCount", _int(count))

        def evidence(fact, article, quote):
            ev_n[0] += 1
            node = f"{base}evidence/{ev_n[0]:016x}"
            start = rnd.randrange(0, 2000)
            w.t(fact, KG_NS + "evidence", _iri(node))
            w.t(fact, PROV + "wasDerivedFrom", _iri(article))
            w.t(node, RDF + "type", _iri(KG_NS + "Evidence"))
            w.t(node, KG_NS + "quote", _zh(quote))
            w.t(node, KG_NS + "start", _int(start))
            w.t(node, KG_NS + "end", _int(start + len(quote)))
            w.t(node, KG_NS + "sentence", _int(rnd.randrange(0, 40)))
            w.t(node, PROV + "wasDerivedFrom", _iri(article))
            w.t(node, KG_NS + "extractedBy", _str(rnd.choice(RULES)))

        # places: cities contain districts
        cities = [f"青{SURNAMES[i % len(SURNAMES)]}{i}市" for i in range(n_cities)]
        for i, name in enumerate(cities):
            entity(ent("place", i), [SDO + "AdministrativeArea", KG_NS + "District"], name)
        districts = []
        for i in range(n_districts):
            node, city = ent("place", n_cities + i), rnd.randrange(n_cities)
            name = f"{GIVEN[i % len(GIVEN)]}{SURNAMES[(i * 7) % len(SURNAMES)]}{i}区"
            entity(node, [SDO + "AdministrativeArea", KG_NS + "District"], name)
            w.t(node, SDO + "containedInPlace", _iri(ent("place", city)))
            districts.append((node, name, city))
        # unions, located in a district (or a city), some part of another
        unions = []
        for i in range(n_unions):
            node = ent("union", i)
            if i < n_cities:
                place, pname = ent("place", i), cities[i]
            else:
                place, pname, _c = districts[rnd.randrange(n_districts)]
            name = f"{pname}总工会" if i < n_cities + n_districts and i % 3 == 0 \
                else f"{pname}{CO_STEM[i % len(CO_STEM)]}{i}工会"
            alias = ["区总工会"] if name.endswith("区总工会") else []
            entity(node, [SDO + "WorkersUnion", KG_NS + "Union"], name, alias, rnd.randint(1, 30))
            unions.append((node, name, place))
        companies = []
        for i in range(n_companies):
            node = ent("company", i)
            stem = CO_STEM[(2 * i) % len(CO_STEM)] + CO_STEM[(2 * i + 1) % len(CO_STEM)]
            name = f"{stem}{i}{CO_SUFFIX[i % len(CO_SUFFIX)]}"
            entity(node, [SDO + "Corporation", KG_NS + "Company"], name, [f"{stem}{i}"],
                   rnd.randint(1, 20))
            companies.append((node, name))
        persons = []
        for i in range(n_persons):
            node = ent("person", i)
            name = SURNAMES[rnd.randrange(len(SURNAMES))] + GIVEN[rnd.randrange(len(GIVEN))] \
                + GIVEN[rnd.randrange(len(GIVEN))]
            entity(node, [SDO + "Person", KG_NS + "Official"], name, count=rnd.randint(1, 10))
            persons.append((node, name))
        # articles mention a handful of entities
        for i in range(n_articles):
            node = art(i)
            w.t(node, RDF + "type", _iri(SDO + "NewsArticle"))
            w.t(node, SDO + "headline", _zh(f"{rnd.choice(unions)[1]}召开第{i}次会议"))
            w.t(node, DCT + "source", _str(f"p{i // 8:06d}.txt"))
            w.t(node, DCT + "identifier", _str(f"p{i // 8:06d}#{i % 8:02d}"))
            for _ in range(6):
                pick = rnd.random()
                e = (rnd.choice(persons) if pick < .5 else rnd.choice(unions) if pick < .8
                     else rnd.choice(companies))[0]
                w.t(node, SDO + "mentions", _iri(e))
        # roles
        for t, title in enumerate(TITLES):
            w.t(f"{base}role/{t:016x}", RDF + "type", _iri(ORG + "Role"))
            w.t(f"{base}role/{t:016x}", SKOS + "prefLabel", _zh(title))
        big_union = unions[n_cities + 1]      # a union with many officials
        busy = persons[3]                     # a person with posts in several unions
        seen = set()
        for i in range(n_members):
            if i < 40:
                pidx, org = (i % 25 + 10, big_union) if i < 25 else (3, unions[(i * 37) % n_unions])
            else:
                pidx, org = rnd.randrange(n_persons), unions[int(rnd.paretovariate(1.2)) % n_unions] \
                    if rnd.random() < .8 else companies[rnd.randrange(n_companies)] + ("",)
            t = rnd.randrange(len(TITLES))
            if (pidx, t, org[0]) in seen:
                continue
            seen.add((pidx, t, org[0]))
            person, title = persons[pidx], TITLES[t]
            node = f"{base}membership/{i:016x}"
            w.t(node, RDF + "type", _iri(ORG + "Membership"))
            w.t(node, ORG + "member", _iri(person[0]))
            w.t(node, ORG + "role", _iri(f"{base}role/{t:016x}"))
            w.t(node, ORG + "organization", _iri(org[0]))
            w.t(person[0], ORG + "memberOf", _iri(org[0]))
            for _ in range(rnd.choice((1, 1, 2))):
                evidence(node, art(rnd.randrange(n_articles)), f"{org[1]}{title}{person[1]}出席会议并讲话。")
        # links: union located in its place (reified, with evidence)
        for i, (node, name, place) in enumerate(unions):
            w.t(node, KG_NS + "locatedIn", _iri(place))
            st = f"{base}statement/{i:016x}"
            w.t(st, RDF + "type", _iri(RDF + "Statement"))
            w.t(st, RDF + "subject", _iri(node))
            w.t(st, RDF + "predicate", _iri(KG_NS + "locatedIn"))
            w.t(st, RDF + "object", _iri(place))
            evidence(st, art(rnd.randrange(n_articles)), f"{name}在{place[-8:]}召开会议。")
        # co-mentions, union-company ones concentrated on the busy union
        pairs = set()
        for i in range(n_comentions):
            if i < 60:
                a, b = big_union[0], companies[(i * 13) % n_companies][0]
            else:
                a = rnd.choice(unions)[0] if rnd.random() < .6 else rnd.choice(persons)[0]
                b = rnd.choice(companies)[0] if rnd.random() < .5 else rnd.choice(persons)[0]
            if a == b or (a, b) in pairs:
                continue
            pairs.add((a, b))
            node = f"{base}comention/{i:016x}"
            w.t(node, RDF + "type", _iri(KG_NS + "CoMention"))
            w.t(node, KG_NS + "participant", _iri(a))
            w.t(node, KG_NS + "participant", _iri(b))
            w.t(node, KG_NS + "weight", _int(rnd.choice((1, 1, 1, 2, 2, 3, 5))))
            evidence(node, art(rnd.randrange(n_articles)), "双方代表参加会议。")
            w.t(a, KG_NS + "coMentionedWith", _iri(b))
            w.t(b, KG_NS + "coMentionedWith", _iri(a))
    big_city = max(range(n_cities), key=lambda c: sum(1 for d in districts if d[2] == c))
    return {"triples": w.n, "params": {
        "officials-of": {"org": big_union[1]},
        "posts-of": {"person": busy[1]},
        "unions-in": {"district": cities[big_city]},
        "multi-post": {},
        "companies-with": {"union": big_union[1]},
        "evidence-of": {"person": busy[1]},
    }}


def _queries(params: dict) -> list[tuple[str, str, str]]:
    """(name, kind, text) per canned query, parameters bound as `kg query` binds them."""
    out = []
    for name, q in canned_queries().items():
        given = params.get(name, {})
        text = with_values(q.text, bind_params(q, given))
        kind = "lookup" if q.params else "corpus-wide"
        out.append((name, kind, text))
    return out


def _rows_ox(store, text):
    import pyoxigraph as ox

    r = store.query(text, prefixes=dict(PREFIXES))
    if isinstance(r, ox.QueryBoolean):
        return [(bool(r),)]
    return _rows(r)[1]  # as `kg query` converts them


def _rows_rdflib(g, text):
    return [tuple(None if v is None else v.toPython() for v in row)
            for row in g.query(text, initNs=PREFIXES)]


def _time(fn, reps: int) -> tuple[float, int]:
    fn()  # warm-up (parsing caches, page faults)
    times, n = [], 0
    for _ in range(reps):
        t0 = time.perf_counter()
        n = len(fn())
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), n


_G = None  # the rdflib graph, inherited by forked children


def _rdflib_child(text: str, reps: int, conn) -> None:
    t0 = time.perf_counter()
    rows = _rows_rdflib(_G, text)
    conn.send(("first", (time.perf_counter() - t0) * 1000, len(rows)))
    for _ in range(reps):
        t0 = time.perf_counter()
        rows = _rows_rdflib(_G, text)
        conn.send(("rep", (time.perf_counter() - t0) * 1000, len(rows)))
    conn.send(("done", 0, 0))


def _time_rdflib(text: str, reps: int, timeout: float) -> tuple[float | None, int | None]:
    """Median ms of rdflib in a forked child, None when a run exceeds ``timeout`` s."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_child, args=(text, reps, child), daemon=True)
    proc.start()
    child.close()
    times, first, n = [], None, None
    try:
        while True:
            if not parent.poll(timeout):
                return None, None
            kind, ms, rows = parent.recv()
            if kind == "done":
                break
            n = rows
            if kind == "first":
                first = ms
            else:
                times.append(ms)
            if first is not None and first > timeout * 1000 / 2 and not times:
                times.append(first)  # slow query: one timed run is enough
                break
    except EOFError:
        return None, None
    finally:
        proc.kill()
        proc.join()
    return statistics.median(times), n


def main(argv=None) -> int:
    global _G
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="graph size (default 1000000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reps", type=int, default=7, help="timed runs per query on Oxigraph")
    ap.add_argument("--rdflib-reps", type=int, default=3, help="timed runs per query on rdflib")
    ap.add_argument("--timeout", type=float, default=30.0, help="rdflib cap per run, seconds")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    ap.add_argument("--keep", metavar="FILE", help="also keep the generated N-Triples here")
    args = ap.parse_args(argv)

    import pyoxigraph as ox
    import rdflib

    log = (lambda *a: print(*a, file=sys.stderr, flush=True))
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        nt = Path(args.keep) if args.keep else Path(tmp) / "bench.nt"
        t0 = time.perf_counter()
        meta = generate(nt, args.triples, args.seed)
        log(f"bench: generated {meta['triples']} triples in {time.perf_counter() - t0:.1f} s")
        queries = _queries(meta["params"])

        t0 = time.perf_counter()
        store = ox.Store()
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        ox_load = time.perf_counter() - t0
        log(f"bench: Oxigraph loaded {len(store)} triples in {ox_load:.1f} s")
        ox_results = {}
        for name, kind, text in queries:
            ox_results[name] = _time(lambda: _rows_ox(store, text), args.reps)
            log(f"bench: Oxigraph {name}: {ox_results[name][0]:.2f} ms, {ox_results[name][1]} rows")
        del store

        t0 = time.perf_counter()
        _G = rdflib.Graph()
        _G.parse(nt, format="nt")
        rd_load = time.perf_counter() - t0
        log(f"bench: rdflib loaded {len(_G)} triples in {rd_load:.1f} s")
        rows = []
        for name, kind, text in queries:
            rd_ms, rd_n = _time_rdflib(text, args.rdflib_reps, args.timeout)
            ox_ms, ox_n = ox_results[name]
            log(f"bench: rdflib {name}: " + (f"{rd_ms:.1f} ms, {rd_n} rows" if rd_ms is not None
                                              else f">{args.timeout:g} s"))
            rows.append({"query": name, "kind": kind, "params": meta["params"].get(name, {}),
                         "rows": ox_n, "oxigraph_ms": round(ox_ms, 3),
                         "rdflib_ms": None if rd_ms is None else round(rd_ms, 1),
                         "rdflib_rows": rd_n,
                         "ratio": None if rd_ms is None else round(rd_ms / ox_ms, 1),
                         "ratio_at_least": round(args.timeout * 1000 / ox_ms, 1)})
    result = {"triples": meta["triples"], "seed": args.seed, "oxigraph_load_s": round(ox_load, 2),
              "rdflib_load_s": round(rd_load, 2), "rdflib_timeout_s": args.timeout,
              "pyoxigraph": ox.__version__, "rdflib": rdflib.__version__,
              "python": platform.python_version(), "cpus": os.cpu_count(), "queries": rows}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['triples']} triples (seed {args.seed}); load: Oxigraph {ox_load:.1f} s, "
          f"rdflib {rd_load:.1f} s; pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}")
    head = f"{'query':<15} {'kind':<12} {'rows':>5} {'Oxigraph ms':>12} {'rdflib ms':>10} {'ratio':>8}"
    print(head)
    print("-" * len(head))
    for r in rows:
        rd = f">{args.timeout:g} s" if r["rdflib_ms"] is None else f"{r['rdflib_ms']:.1f}"
        ratio = f">{r['ratio_at_least']:.0f}x" if r["ratio"] is None else f"{r['ratio']:.0f}x"
        flag = "" if r["rdflib_rows"] in (None, r["rows"]) else "  (row counts differ!)"
        print(f"{r['query']:<15} {r['kind']:<12} {r['rows']:>5} {r['oxigraph_ms']:>12.2f} "
              f"{rd:>10} {ratio:>8}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
