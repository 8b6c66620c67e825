"""kg.export.pages_json: per-page files in the evaluation schema, accepted by score.py."""
from __future__ import annotations

import json
import subprocess
from dataclasses import replace
import sys
from pathlib import Path

import pytest

from _corpus_fixture import make_article, make_corpus, make_page
from kg.corpus import assemble
from kg.export.pages_json import article_record, render_pages, write_pages

SCORER = Path("/work/shared/eval/score.py")


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


def test_pages_json_one_file_per_page(corpus):
    assert sorted(render_pages(corpus)) == ["pages/p01_alpha.json", "pages/p02_beta.json"]


def test_pages_json_exact_record(corpus):
    data = json.loads(render_pages(corpus)["pages/p02_beta.json"])
    assert data == {"file": "p02_beta.txt", "articles": [{
        "headline": "送温暖到一线",
        "entities": [
            {"name": "青禾市总工会", "types": ["union"], "aliases": []},
            {"name": "林晓岚", "types": ["official"], "aliases": []},
            {"name": "青禾职工医院", "types": ["organization"], "aliases": []},
            {"name": "白芷", "types": ["worker"], "aliases": []},
            {"name": "孟川", "types": ["journalist"], "aliases": []},
        ],
        "roles": [{"person": "孟川", "title": "通讯员", "org": None},
                  {"person": "白芷", "title": "护士长", "org": "青禾职工医院"}],
        "honors": [], "links": [], "uncertain": []}]}


def test_pages_json_articles_in_page_order_and_entities_as_given(corpus):
    data = json.loads(render_pages(corpus)["pages/p01_alpha.json"])
    assert [a["headline"] for a in data["articles"]] == ["青禾市总工会召开全委会", "星河精工举办技能比武"]
    first = data["articles"][0]
    assert [e["name"] for e in first["entities"]][:3] == ["青禾市总工会", "青禾市", "林晓岚"]
    assert first["uncertain"] == ["会议期数待核实"]
    assert first["links"][0] == {"from": "云杉区总工会", "rel": "located_in", "to": "云杉区"}


def test_pages_json_rows_sorted_and_deduplicated():
    ents = [("林晓岚", ["official"], []), ("甲工会", ["union"], [])]
    ar = make_article("p", 0, "题", "甲工会主席林晓岚。林晓岚再次当选甲工会主席。", ents,
                      roles=[("林晓岚", "主席", "甲工会"), ("林晓岚", "委员", None)])
    again = replace(ar.roles[0], evidence=replace(ar.roles[0].evidence, sentence_index=2))
    ar = replace(ar, roles=(ar.roles[0], ar.roles[1], again))  # same row, other evidence
    assert article_record(ar)["roles"] == [  # sorted by (person, title, org)
        {"person": "林晓岚", "title": "主席", "org": "甲工会"},
        {"person": "林晓岚", "title": "委员", "org": None}]


def test_pages_json_written_files_are_stable(tmp_path, corpus):
    write_pages(corpus, tmp_path)
    first = {p.name: p.read_bytes() for p in (tmp_path / "pages").iterdir()}
    write_pages(assemble(list(reversed(list(corpus.pages)))), tmp_path)
    assert {p.name: p.read_bytes() for p in (tmp_path / "pages").iterdir()} == first
    assert all(b.endswith(b"\n") for b in first.values())


@pytest.mark.skipif(not SCORER.exists(), reason="shared/eval/score.py is not available")
def test_pages_json_scorer_accepts_files_with_perfect_self_score(tmp_path, corpus):
    write_pages(corpus, tmp_path)
    out = subprocess.run([sys.executable, str(SCORER), str(tmp_path / "pages"),
                          str(tmp_path / "pages"), "--json"],
                         capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert set(scores) >= {"articles", "entities", "roles", "honors", "links", "union",
                           "official", "worker", "journalist", "company", "district",
                           "government", "organization"}
    assert {facet: s["f1"] for facet, s in scores.items()} == dict.fromkeys(scores, 1.0)
    assert scores["roles"]["tp"] == 8 and scores["links"]["tp"] == 4 and scores["honors"]["tp"] == 2


def test_pages_json_single_article_page(tmp_path):
    ar = make_article("solo", 0, "单篇", "甲工会成立。", [("甲工会", ["union"], [])])
    files = render_pages(assemble([make_page("solo", [ar])]))
    assert json.loads(files["pages/solo.json"])["articles"][0]["entities"] == [
        {"name": "甲工会", "types": ["union"], "aliases": []}]
