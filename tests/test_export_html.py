"""kg.export.html: offline, escaped, deterministic pyvis page (no browser here;
tests/test_html_browser.py drives Chromium)."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from _corpus_fixture import NASTY_HEADLINE, NASTY_NAME, entity_id_of, nasty_corpus
from kg.cli import cli
from kg.export.html import (EDGE_STYLE, TEMPLATE, TYPE_STYLE, article_index, centrality,
                            find_nodes, focus_nodes, layout_positions, neighbourhood,
                            render_html, select_nodes, write_html)
from kg.graph import save_graph, to_networkx
from kg.settings import Settings


@pytest.fixture(scope="module")
def page(G):
    return render_html(G)


def block(page: str, name: str):
    m = re.search(r'<script id="kg-%s" type="application/json">(.*?)</script>' % name, page, re.S)
    return json.loads(m.group(1))


def entity_nodes(page):
    meta = block(page, "meta")
    return [(n, i) for n, i in zip(block(page, "nodes"), meta["nodes"]) if n["group"] != "honor"]


def test_html_loads_nothing_from_the_network(page):
    assert 'src="http' not in page and "href=\"http" not in page and "//cdn" not in page
    assert "<link" not in page and "@import" not in page
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert "bootstrap" not in page.lower()


def test_html_inlines_vis_network_and_is_wellformed(page):
    assert "vis.Network" in page and len(page) > 400_000  # the inlined library
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page

    class Check(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.ids, self.errors = [], [], []

        def handle_starttag(self, tag, attrs):
            if "id" in dict(attrs):
                self.ids.append(dict(attrs)["id"])
            if tag not in ("meta", "input", "br"):
                self.stack.append(tag)

        def handle_endtag(self, tag):
            if not self.stack or self.stack.pop() != tag:
                self.errors.append(tag)

    c = Check()
    c.feed(page)
    assert not c.errors and not c.stack
    assert len(c.ids) == len(set(c.ids))


def test_html_nodes_types_sizes_and_positions(corpus, G, page):
    nodes = entity_nodes(page)
    assert [i["id"] for _, i in nodes] == [e.id for e in corpus.entities]
    zhou_id = entity_id_of(corpus, "周木森")
    (zhou, info), = [(n, i) for n, i in nodes if i["id"] == zhou_id]
    assert zhou["label"] == "周木森" and zhou["group"] == "official"
    assert info["t"] == ["official", "worker"] and info["h"] == ["全国劳动模范"]
    assert info["d"] == G.degree(zhou_id)
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in block(page, "nodes"))
    # size follows PageRank
    pr = centrality(G)
    by_size = sorted(nodes, key=lambda t: -t[0]["size"])
    best = min(pr, key=lambda n: (-pr[n], n))
    assert next(n for n, i in nodes if i["id"] == best)["size"] == by_size[0][0]["size"]
    assert by_size[-1][0]["size"] < by_size[0][0]["size"]
    honors = [n for n in block(page, "nodes") if n["group"] == "honor"]
    assert [n["label"] for n in honors] == ["全国劳动模范", "全国工人先锋号"]


def test_html_edges_kinds_and_honors(G, page):
    edges = block(page, "edges")
    rel = [e for e in edges if e["kind"] != "honor"]
    assert len(rel) == G.number_of_edges()
    assert sum(e["kind"] == "comention" for e in edges) == 15
    assert sum(e["kind"] == "honor" for e in edges) == 2
    assert {e["kind"] for e in edges} <= set(EDGE_STYLE)
    role = next(e for e in edges if e["kind"] == "role" and e.get("ti") == "副区长")
    assert block(page, "meta")["quotes"][role["q"]].startswith("云杉区人民政府副区长")


def test_html_header_counts_legend_and_options(G, page):
    assert f"{len(G)} entities, {G.number_of_edges()} relations, 2 honors" in page
    meta = block(page, "meta")
    assert [t[0] for t in meta["types"]] == list(TYPE_STYLE)
    options = block(page, "options")
    assert options["physics"]["enabled"] is False  # layout precomputed: still after load
    assert options["layout"]["randomSeed"] == 42 and options["edges"]["smooth"] is False
    assert set(options["groups"]) == set(TYPE_STYLE)


def test_html_escapes_corpus_strings():
    corpus = nasty_corpus()
    page = render_html(to_networkx(corpus), articles=article_index(corpus))
    assert NASTY_NAME not in page and "<img" not in page and "<script>alert" not in page
    meta = block(page, "meta")
    assert NASTY_NAME in [n["n"] for n in meta["nodes"]]  # data, shown with textContent
    assert [NASTY_HEADLINE, "p09_nasty.txt"] == meta["articles"][0][1:]
    app = TEMPLATE.split("<script>\n(function () {", 1)[1]
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app


def test_html_is_deterministic(G, page):
    assert render_html(G) == page


def test_html_caps_nodes_and_says_how_many_are_hidden(corpus, G):
    page = render_html(G, Settings(html_max_nodes=3))
    nodes = entity_nodes(page)
    assert len(nodes) == 3
    assert {i["id"] for _, i in nodes} == set(select_nodes(G, 3))
    assert "Showing the 3 most central entities (PageRank) of 12; 9 entities" in page
    assert "kg view output --around" in page
    kept = {n["id"] for n in block(page, "nodes")}
    assert all(e["from"] in kept and e["to"] in kept for e in block(page, "edges"))


def test_html_select_nodes_by_pagerank_then_id(corpus, G):
    pr = centrality(G)
    top = select_nodes(G, 2)
    assert top == sorted(sorted(G, key=lambda n: (-pr[n], n))[:2])
    assert entity_id_of(corpus, "云杉区总工会") in top
    assert select_nodes(G, 100) == sorted(G.nodes)


def test_html_focus_helpers(corpus, G):
    union = entity_id_of(corpus, "云杉区总工会")
    assert find_nodes(G, "云杉区总工会") == [union] == find_nodes(G, union)
    assert find_nodes(G, "区总工会") == [union]  # alias
    near = neighbourhood(G, [union], 1)
    assert entity_id_of(corpus, "周木森") in near and union in near
    assert neighbourhood(G, [union], 0) == {union}
    unions = focus_nodes(G, types=["union"])
    assert all("union" in G.nodes[n]["types"] for n in unions) and len(unions) == 3
    assert focus_nodes(G, around=[union], types=["official"]) == sorted(
        {union} | {n for n in near if "official" in G.nodes[n]["types"]})
    assert len(focus_nodes(G, top=4)) == 4


def test_html_layout_separates_components_deterministically():
    verts = ["a", "b", "c", "d", "e"]
    edges = [("a", "b", 1), ("b", "c", 2)]
    pos = layout_positions(verts, edges, seed=1)
    assert set(pos) == set(verts) and pos == layout_positions(verts, edges, seed=1)
    assert len(set(pos.values())) == 5


def test_html_write_is_utf8(tmp_path, G):
    text = write_html(G, tmp_path)
    assert (tmp_path / "graph.html").read_bytes() == text.encode("utf-8")


def test_cli_view_writes_a_focused_page(tmp_path, corpus, G):
    save_graph(G, tmp_path / "graph.json")
    run = CliRunner().invoke(cli, ["view", str(tmp_path), "--around", "区总工会", "--type", "official"])
    assert run.exit_code == 0, run.output
    page = (tmp_path / "view.html").read_text(encoding="utf-8")
    ids = {i["id"] for _, i in entity_nodes(page)}
    union = entity_id_of(corpus, "云杉区总工会")
    assert union in ids and entity_id_of(corpus, "周木森") in ids
    assert all(n == union or "official" in G.nodes[n]["types"] for n in ids)
    assert "kg view: around 区总工会 (depth 1); type official" in page
    out = tmp_path / "top.html"
    run = CliRunner().invoke(cli, ["view", str(tmp_path), "--top", "2", "-o", str(out)])
    assert run.exit_code == 0 and len(entity_nodes(out.read_text(encoding="utf-8"))) == 2
    bad = CliRunner().invoke(cli, ["view", str(tmp_path), "--around", "没有这个"])
    assert bad.exit_code != 0 and "no entity" in bad.output
