"""graph.html in a real browser: Debian's headless Chromium driven by playwright.

Skipped (with the reason) when /usr/bin/chromium or the playwright package is
missing; `.ci/run` installs both. Playwright's own browser downloads are never
used: the system Chromium is launched with a fresh profile and the context is
offline, and every request other than the page's own file:// URL is recorded.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from _corpus_fixture import NASTY_HEADLINE, NASTY_NAME, nasty_corpus

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser_ctx(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium fonts-noto-cjk)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[test]')")
    pw = sync_playwright().start()
    try:
        ctx = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM,
            args=ARGS, headless=True, offline=True, viewport={"width": 1400, "height": 900})
    except Exception as exc:  # pragma: no cover - broken browser install
        pw.stop()
        pytest.skip(f"cannot launch {CHROMIUM}: {exc}")
    yield ctx
    ctx.close()
    pw.stop()


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory):
    import kg

    out = tmp_path_factory.mktemp("seeds-out")
    kg.build([str(ROOT / "seeds")], out_dir=out)
    return out


@pytest.fixture(scope="module")
def seeds_graph(seeds_out):
    from kg.graph import load_graph

    return load_graph(seeds_out)


class Opened:
    """A page with its console errors, dialogs and outgoing requests recorded."""

    def __init__(self, ctx, path: Path):
        self.page = ctx.new_page()
        self.errors, self.requests, self.dialogs = [], [], []
        url = path.resolve().as_uri()
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: r.url != url and self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url)
        self.page.wait_for_function("window.kgReady !== undefined", timeout=30_000)

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def visible_ids(self) -> set:
        return set(self.js("window.kg.network.body.data.nodes.getIds()"))

    def info_ids(self, indices) -> set:
        return set(self.js("(ix) => ix.map(function (i) { return JSON.parse("
                           "document.getElementById('kg-meta').textContent).nodes[i].id; })",
                           sorted(indices)))


@pytest.fixture(scope="module")
def seeds_page(browser_ctx, seeds_out):
    opened = Opened(browser_ctx, seeds_out / "graph.html")
    yield opened
    opened.page.close()


def _id_of(G, name):
    (n,) = [n for n, a in G.nodes(data=True) if a["name"] == name]
    return n


def test_browser_seeds_page_loads_offline_without_errors(seeds_page):
    seeds_page.page.wait_for_timeout(300)
    assert seeds_page.errors == []
    assert seeds_page.requests == []
    assert seeds_page.js("typeof vis") == "object"


def test_browser_seeds_counts(seeds_page, seeds_graph):
    G = seeds_graph
    honors = {h for _, hs in G.nodes(data="honors") for h in hs}
    honor_edges = sum(len(hs) for _, hs in G.nodes(data="honors"))
    assert seeds_page.js("window.kgReady.nodes") == len(G) + len(honors)
    assert seeds_page.js("window.kgReady.edges") == G.number_of_edges() + honor_edges
    assert seeds_page.js("window.kgVisible") == {"nodes": len(G) + len(honors),
                                                 "edges": G.number_of_edges() + honor_edges}
    assert len(seeds_page.visible_ids()) == len(G) + len(honors)
    h1 = seeds_page.page.inner_text("#kg-header h1")
    assert f"{len(G)} entities, {G.number_of_edges()} relations, {len(honors)} honors" in h1
    # the canvas was drawn once and the page is still: no redraw without input
    draws = seeds_page.js("window.kgDraws")
    seeds_page.page.wait_for_timeout(500)
    assert seeds_page.js("window.kgDraws") == draws


def test_browser_search_finds_beijing_union_by_alias(seeds_page, seeds_graph):
    target = _id_of(seeds_graph, "北京市总工会")
    alias = "市总工会"
    assert alias in seeds_graph.nodes[target]["aliases"]
    p = seeds_page.page
    p.fill("#kg-search", alias)
    first = p.locator("#kg-results li button").first
    assert first.inner_text().startswith("⬢北京市总工会")
    assert seeds_page.js("window.kgSearchHits[0]") == target
    p.press("#kg-search", "Enter")
    assert seeds_page.js("window.kgSelected") == target
    assert p.inner_text("#kg-panel h2") == "北京市总工会"
    panel = p.inner_text("#kg-panel")
    assert "别名 Aliases" in panel and alias in panel
    assert seeds_page.js("window.kg.network.getSelectedNodes().length") == 1
    # roles of an official, read from the graph: "title @ org"
    person, title = next((u, d["title"]) for u, v, d in sorted(seeds_graph.edges(data=True), key=str)
                         if v == target and d["kind"] == "role")
    p.fill("#kg-search", seeds_graph.nodes[person]["name"])
    p.press("#kg-search", "Enter")
    assert seeds_page.js("window.kgSelected") == person
    assert f"{title} @ 北京市总工会" in p.inner_text("#kg-panel")


def test_browser_search_waits_for_chinese_ime_composition(seeds_page):
    out = seeds_page.js("""() => {
        var box = document.getElementById("kg-search"), res = document.getElementById("kg-results");
        box.value = ""; box.dispatchEvent(new Event("input"));
        box.dispatchEvent(new CompositionEvent("compositionstart"));
        box.value = "shi"; box.dispatchEvent(new InputEvent("input", {isComposing: true}));
        var during = res.children.length;
        box.value = "市总工会"; box.dispatchEvent(new CompositionEvent("compositionend", {data: "市总工会"}));
        return [during, res.querySelector("button").textContent];
    }""")
    assert out[0] == 0 and "北京市总工会" in out[1]


def test_browser_type_filter_hides_what_it_should(seeds_page, seeds_graph):
    G = seeds_graph
    p = seeds_page.page
    box = p.locator('#kg-types input[data-key="union"]')
    box.uncheck()
    try:
        shown = seeds_page.visible_ids()
        meta_ids = seeds_page.info_ids(shown)
        unions = {n for n, ts in G.nodes(data="types") if ts == ["union"]}
        assert unions and not unions & meta_ids
        kept = {n for n, ts in G.nodes(data="types") if set(ts) - {"union"}}
        assert kept <= meta_ids
        edges = seeds_page.js("window.kg.network.body.data.edges.get()")
        assert all(e["from"] in shown and e["to"] in shown for e in edges)
        assert seeds_page.js("window.kgVisible.nodes") == len(shown)
    finally:
        box.check()
    assert len(seeds_page.visible_ids()) == seeds_page.js("window.kgReady.nodes")


def test_browser_edge_kind_and_min_weight_filters(seeds_page, seeds_graph):
    G = seeds_graph
    p = seeds_page.page
    total = seeds_page.js("window.kgReady.edges")
    light = sum(1 for *_, d in G.edges(data=True) if d["kind"] == "comention" and d["weight"] < 2)
    p.fill("#kg-minweight", "2")
    p.dispatch_event("#kg-minweight", "change")
    assert seeds_page.js("window.kgVisible.edges") == total - light
    p.fill("#kg-minweight", "1")
    p.dispatch_event("#kg-minweight", "change")
    roles = sum(1 for *_, d in G.edges(data=True) if d["kind"] == "role")
    p.locator('#kg-kinds input[data-key="role"]').uncheck()
    assert seeds_page.js("window.kgVisible.edges") == total - roles
    p.locator('#kg-kinds input[data-key="role"]').check()
    assert seeds_page.js("window.kgVisible.edges") == total


def test_browser_focus_on_a_neighbourhood(seeds_page, seeds_graph):
    from kg.export.html import neighbourhood

    G = seeds_graph
    target = _id_of(G, "北京市总工会")
    p = seeds_page.page
    p.fill("#kg-search", "北京市总工会")
    p.press("#kg-search", "Enter")
    p.click("#kg-focusbtn")
    try:
        near = neighbourhood(G, [target], 1)
        shown = seeds_page.info_ids(seeds_page.visible_ids())
        assert shown == near | {f"honor:{h}" for h in G.nodes[target]["honors"]}
    finally:
        p.click("#kg-showall")
    assert len(seeds_page.visible_ids()) == seeds_page.js("window.kgReady.nodes")


def test_browser_xss_probe_stays_inert(browser_ctx, tmp_path):
    from kg.export.html import article_index, write_html
    from kg.graph import to_networkx

    corpus = nasty_corpus()
    write_html(to_networkx(corpus), tmp_path, articles=article_index(corpus))
    opened = Opened(browser_ctx, tmp_path / "graph.html")
    p = opened.page
    try:
        p.fill("#kg-search", "<img")
        assert p.locator("#kg-results li button").count() == 1
        p.press("#kg-search", "Enter")
        panel = p.inner_text("#kg-panel")
        assert NASTY_NAME in panel and NASTY_HEADLINE.split("\n")[1] in panel
        # hover tooltips of every node and edge go through textContent too
        opened.js("""() => { var n = window.kg.network;
            n.body.emitter.emit("hoverNode", {node: 0, pointer: {DOM: {x: 5, y: 5}}});
            n.body.emitter.emit("hoverEdge", {edge: 0, pointer: {DOM: {x: 5, y: 5}}}); }""")
        p.wait_for_timeout(300)
        assert opened.dialogs == [] and opened.errors == [] and opened.requests == []
        assert opened.js("document.querySelectorAll('img').length") == 0
        assert opened.js("document.querySelectorAll('script').length") == 6  # vis, 4 data, app
    finally:
        p.close()


def test_browser_cli_view_page(browser_ctx, seeds_out, seeds_graph, tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    out = tmp_path / "v.html"
    run = CliRunner().invoke(cli, ["view", str(seeds_out), "--around", "北京市总工会", "-o", str(out)])
    assert run.exit_code == 0, run.output
    opened = Opened(browser_ctx, out)
    try:
        target = _id_of(seeds_graph, "北京市总工会")
        from kg.export.html import neighbourhood

        near = neighbourhood(seeds_graph, [target], 1)
        assert {i for i in opened.info_ids(opened.visible_ids()) if not i.startswith("honor:")} == near
        assert opened.errors == [] and opened.requests == []
        assert "kg view: around 北京市总工会" in opened.page.inner_text("#kg-header")
    finally:
        opened.page.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
