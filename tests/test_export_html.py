"""kg.export.html: offline, escaped, deterministic pyvis page."""
from __future__ import annotations

import json
import re

import pytest

from _corpus_fixture import NASTY_NAME, entity_id_of, make_corpus, nasty_corpus
from kg.export.html import TYPE_STYLE, render_html, select_nodes, write_html
from kg.graph import to_networkx
from kg.settings import Settings


@pytest.fixture(scope="module")
def page(G):
    return render_html(G)


def dataset(page: str, name: str) -> list[dict]:
    m = re.search(r"var %s = new vis\.DataSet\((\[.*?\])\.map\(kgTitle\)\);" % name, page)
    return json.loads(m.group(1))


def test_html_loads_nothing_from_the_network(page):
    assert 'src="http' not in page and "href=\"http" not in page and "//cdn" not in page
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert "bootstrap" not in page.lower()


def test_html_inlines_vis_network(page):
    assert "vis.Network" in page and len(page) > 400_000  # the inlined library
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_html_nodes_are_ascii_ids_with_names_styles_and_sizes(corpus, G, page):
    nodes = dataset(page, "nodes")
    assert [n["id"] for n in nodes] == [e.id for e in corpus.entities]
    assert all(n["id"].isascii() for n in nodes)
    zhou = next(n for n in nodes if n["id"] == entity_id_of(corpus, "周木森"))
    assert zhou["label"] == "周木森"
    assert (zhou["color"], zhou["shape"]) == TYPE_STYLE["official"]
    assert zhou["value"] == G.degree(zhou["id"]) + 1
    for part in ("<b>周木森</b>", "official, worker", "全国劳动模范", "主席 · 云杉区总工会"):
        assert part in zhou["title"]


def test_html_edges(G, page):
    edges = dataset(page, "edges")
    assert len(edges) == G.number_of_edges()
    assert {e["arrows"] for e in edges} == {"to"}
    assert sum(e["dashes"] for e in edges) == 15  # the co-mentions


def test_html_legend_and_physics(page):
    for t in TYPE_STYLE:
        assert f"</i>{t} (" in page
    options = json.loads(re.search(r"var options = (\{.*?\});\n", page).group(1))
    assert options["physics"]["solver"] == "barnesHut"
    assert options["physics"]["stabilization"]["enabled"] is True
    assert options["layout"]["randomSeed"] == 42
    assert "network.setOptions({physics: {enabled: false}})" in page


def test_html_escapes_corpus_strings():
    page = render_html(to_networkx(nasty_corpus()))
    assert NASTY_NAME not in page
    assert "<img" not in page and "<script>alert" not in page
    nodes = dataset(page, "nodes")
    (bad,) = [n for n in nodes if n["label"] == NASTY_NAME]  # canvas label: plain text
    assert "&lt;img src=x onerror=alert(1)&gt;" in bad["title"]
    assert NASTY_NAME not in bad["title"]
    assert "a\\b &quot;c&quot; &lt;d&gt;" in bad["title"]


def test_html_is_deterministic(G, page):
    assert render_html(G) == page


def test_html_caps_nodes_and_says_how_many_are_hidden(corpus, G):
    page = render_html(G, Settings(html_max_nodes=3))
    nodes = dataset(page, "nodes")
    assert len(nodes) == 3
    assert {n["id"] for n in nodes} == set(select_nodes(G, 3))
    assert "Showing the 3 most connected of 12 entities; 9 are hidden" in page
    kept = {n["id"] for n in nodes}
    assert all(e["from"] in kept and e["to"] in kept for e in dataset(page, "edges"))


def test_html_select_nodes_by_degree_then_id(corpus, G):
    top = select_nodes(G, 2)
    assert set(top) == {entity_id_of(corpus, "云杉区总工会"), entity_id_of(corpus, "周木森")}
    assert select_nodes(G, 100) == sorted(G.nodes)


def test_html_write_is_utf8(tmp_path, G):
    text = write_html(G, tmp_path)
    assert (tmp_path / "graph.html").read_bytes() == text.encode("utf-8")
