"""How fast graph.html becomes still and interactive in headless Chromium.

    python bench/html_bench.py                 # 5k/20k and 20k/80k, full pages
    python bench/html_bench.py --sizes 1000:4000 --keep /tmp/pages

For each size a synthetic graph of the kg shape (entity types, aliases, roles,
links, co-mentions with weights and quotes; fixed seed) is rendered by
``kg.export.html.render_html`` with every node drawn (``html_max_nodes`` lifted),
and also with the default cap, then opened from file:// in Debian's Chromium
(playwright, no network) on this machine. Printed per page:

* ``render``: Python time to lay out and write the page; ``MB``: its size
* ``drawn``: ms from navigation start to the first complete drawing
* ``interactive``: ms until the main thread is free: max(drawn, end of the last
  long task, >50 ms, in a 1 s quiet window after it)
* ``redraws``: drawings in the 1.5 s after that (0 = the page is still)
* ``search``/``zoom``/``filter``: ms for a search + select + redraw, a wheel
  zoom to its redraw, unticking one entity type to its redraw
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TYPES = [("union", 0.22), ("official", 0.18), ("worker", 0.08), ("journalist", 0.07),
         ("company", 0.17), ("district", 0.05), ("government", 0.11), ("organization", 0.12)]
KINDS = [("comention", 0.66), ("role", 0.12), ("located_in", 0.11), ("part_of", 0.05),
         ("union_of", 0.06)]
SYL = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新华中东西南北海山河湖江"
SUFFIX = {"union": "总工会", "official": "", "worker": "", "journalist": "", "company": "有限公司",
          "district": "区", "government": "人民政府", "organization": "中心"}
SURNAME = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"

LONGTASK_INIT = """
window.__lt = [];
try {
  new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) {
    window.__lt.push([e.startTime, e.startTime + e.duration]); }); })
    .observe({type: "longtask", buffered: true});
} catch (e) {}
"""


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 7):
    """A MultiDiGraph shaped like kg's: preferential attachment within communities."""
    import networkx as nx

    rng = random.Random(seed)
    G = nx.MultiDiGraph(format="kg-graph/1")
    types = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES], k=n_nodes)
    n_comm = max(1, n_nodes // 150)
    comm = [rng.randrange(n_comm) for _ in range(n_nodes)]
    members: dict[int, list] = {}
    for i, t in enumerate(types):
        nid = f"e{i:06d}"
        stem = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 4)))
        name = (rng.choice(SURNAME) + stem[:2]) if t in ("official", "worker", "journalist") \
            else stem + SUFFIX[t]
        G.add_node(nid, name=f"{name}{i}", types=[t], type=t,
                   aliases=[stem[:2] + SUFFIX[t] + str(i)] if rng.random() < 0.3 else [],
                   articles=sorted({f"p{rng.randrange(n_nodes // 10 + 1):05d}#{rng.randrange(8):02d}"
                                    for _ in range(rng.randint(1, 4))}),
                   mentions=rng.randint(1, 9), titles=[],
                   honors=["全国劳动模范"] if t == "worker" and rng.random() < 0.2 else [])
        members.setdefault(comm[i], []).append(i)
    degree = [1] * n_nodes
    made = 0
    while made < n_edges:
        u = rng.randrange(n_nodes)
        pool = members[comm[u]] if rng.random() < 0.85 else range(n_nodes)
        cand = rng.sample(list(pool), min(4, len(pool)))
        v = max(cand, key=lambda x: degree[x])
        if u == v:
            continue
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        a, b = (min(u, v), max(u, v)) if kind == "comention" else (u, v)
        key = "role:主席" if kind == "role" else kind
        uid, vid = f"e{a:06d}", f"e{b:06d}"
        if G.has_edge(uid, vid, key):
            continue
        art = G.nodes[uid]["articles"][0]
        G.add_edge(uid, vid, key=key, kind=kind, weight=rng.choice([1, 1, 1, 2, 2, 3, 5]),
                   articles=[art], article=art, sentence=rng.randrange(20),
                   quote=f"{G.nodes[uid]['name']}与{G.nodes[vid]['name']}共同举办职工技能竞赛。",
                   **({"title": "主席"} if kind == "role" else {}))
        degree[u] += 1
        degree[v] += 1
        made += 1
    return G


def measure(ctx, path: Path, type_to_hide: str = "company") -> dict:
    page = ctx.new_page()
    errors, requests = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: r.url.startswith("file:") or requests.append(r.url))
    page.add_init_script(LONGTASK_INIT)
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("window.kgReady !== undefined", timeout=120_000, polling=50)
    drawn = page.evaluate("window.kgReady.t")
    # quiet window: wait until no long task has ended in the last 1000 ms
    page.wait_for_function("""() => { var lt = window.__lt, now = performance.now();
        var last = lt.length ? Math.max.apply(null, lt.map(function (x) { return x[1]; })) : 0;
        return now - Math.max(last, window.kgReady.t) > 1000; }""", timeout=120_000, polling=100)
    lt = page.evaluate("window.__lt")
    interactive = max([drawn] + [end for _, end in lt])
    draws0 = page.evaluate("window.kgDraws")
    page.wait_for_timeout(1500)
    redraws = page.evaluate("window.kgDraws") - draws0
    probe = page.evaluate("""() => new Promise(function (res) {
        var t = performance.now(); setTimeout(function () { res(performance.now() - t); }, 0); })""")
    name = page.evaluate("window.kg.network.body.data.nodes.get(0).label")
    search = page.evaluate("""(q) => new Promise(function (res) {
        var t = performance.now(), box = document.getElementById("kg-search");
        box.value = q; box.dispatchEvent(new Event("input"));
        box.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter"}));
        window.kg.network.once("afterDrawing", function () { res(performance.now() - t); });
        window.kg.network.redraw(); })""", name)
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.evaluate("""() => { window.__zoomed = 0;
        window.kg.network.once("afterDrawing", function () { window.__zoomed = performance.now(); }); }""")
    start = page.evaluate("performance.now()")
    page.mouse.wheel(0, -300)
    page.wait_for_function("window.__zoomed > 0", timeout=60_000, polling=10)
    zoom = page.evaluate("window.__zoomed") - start
    filt = page.evaluate("""(t) => new Promise(function (res) {
        var cb = document.querySelector('#kg-types input[data-key="' + t + '"]'), s = performance.now();
        window.kg.network.once("afterDrawing", function () { res(performance.now() - s); });
        cb.click(); })""", type_to_hide)
    counts = page.evaluate("[window.kgReady.nodes, window.kgReady.edges]")
    page.close()
    return {"drawn": drawn, "interactive": interactive, "redraws": redraws, "probe": probe,
            "search": search, "zoom": zoom, "filter": filt, "nodes": counts[0], "edges": counts[1],
            "errors": errors, "requests": requests}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="5000:20000,20000:80000",
                    help="comma-separated NODES:EDGES (default: %(default)s)")
    ap.add_argument("--keep", default=None, help="folder to keep the pages in")
    ap.add_argument("--no-capped", action="store_true", help="skip the default-cap pages")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from kg.export.html import render_html
    from kg.settings import Settings

    out = Path(args.keep or tempfile.mkdtemp(prefix="kg-html-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for spec in args.sizes.split(","):
        n, m = (int(x) for x in spec.split(":"))
        t = time.perf_counter()
        G = synthetic_graph(n, m)
        gen = time.perf_counter() - t
        variants = [("full", Settings(html_max_nodes=n))]
        if not args.no_capped:
            variants.append(("capped", Settings()))
        for label, settings in variants:
            t = time.perf_counter()
            text = render_html(G, settings)
            render = time.perf_counter() - t
            path = out / f"graph-{n}-{m}-{label}.html"
            path.write_text(text, encoding="utf-8")
            pages.append((f"{n}/{m} {label}", path, render, gen))
    print(f"{'page':<20} {'nodes':>6} {'edges':>6} {'MB':>5} {'render s':>8} "
          f"{'drawn ms':>8} {'interactive ms':>14} {'redraws':>7} {'search ms':>9} "
          f"{'zoom ms':>7} {'filter ms':>9}")
    ok = True
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="kg-chromium-"), executable_path=CHROMIUM, args=ARGS,
            headless=True, viewport={"width": 1600, "height": 1000}, offline=True)
        for label, path, render, _ in pages:
            r = measure(ctx, path)
            ok &= not r["errors"] and not r["requests"] and r["redraws"] == 0
            print(f"{label:<20} {r['nodes']:>6} {r['edges']:>6} "
                  f"{path.stat().st_size / 1e6:>5.1f} {render:>8.1f} {r['drawn']:>8.0f} "
                  f"{r['interactive']:>14.0f} {r['redraws']:>7} {r['search']:>9.0f} "
                  f"{r['zoom']:>7.0f} {r['filter']:>9.0f}", flush=True)
            for e in r["errors"] + r["requests"]:
                print(f"  ! {e}")
        ctx.close()
    print(f"pages in {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
