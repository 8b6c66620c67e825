"""The shipped statistical NER tagger (kg.ner) and its training helpers (kg.train).

Sentences here are invented. The held-out floor test needs the CLUENER2020
training file next to the repository (``../shared/data/cluener/train.json``) and
is skipped without it; the data is never copied into the repository.
"""
from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pytest

from kg import ner
from kg import train as kgtrain

ROOT = Path(__file__).resolve().parents[1]
CLUENER = ROOT.parent / "shared" / "data" / "cluener" / "train.json"
MODEL = ROOT / "kg" / "models" / ner.DEFAULT_MODEL

# floors ~0.01 below the held-out F1 of the shipped model (see its metadata)
FLOORS = {"name": 0.78, "org_any": 0.797, "position": 0.717, "address": 0.545, "micro6": 0.721}


@pytest.fixture(scope="module")
def tagger():
    real = socket.socket

    class NoNet(real):  # loading must not touch the network
        def connect(self, *a, **k):
            raise AssertionError("network access while loading the NER model")

    socket.socket = NoNet
    try:
        return ner.load_tagger()
    finally:
        socket.socket = real


def test_model_shipped_and_small():
    assert MODEL.is_file()
    assert MODEL.stat().st_size < 15_000_000


def test_metadata_records_data_and_scores(tagger):
    meta = tagger.meta
    assert len(meta["data"]["sha256"]) == 64
    assert meta["data"]["split_seed"] == kgtrain.SPLIT_SEED
    assert meta["data"]["n_test"] == 1075
    scores = meta["scores"]["heldout_test"]
    for k in kgtrain.REPORT:
        assert 0.0 < scores[k]["f1"] <= 1.0
    assert meta["numpy_torch_tag_agreement"] >= 0.995
    assert meta["tags"][0] == "O"
    # the lexicons the features were built from are recorded (a later lexicon
    # edit shifts the features a little; the held-out floor test catches harm)
    assert len(meta["lexicon_sha256"]) == 64


def test_tags_invented_sentences(tagger):
    texts = [
        "记者从江苏省南京市鼓楼区获悉，宏达机械有限公司总经理王振华出席了会议。",
        "国务院办公厅发布通知，要求各地做好安全生产工作。",
    ]
    out = tagger.tag(texts)
    got0 = {texts[0][a:b]: lab for a, b, lab in out[0]}
    assert got0.get("王振华") == "name"
    assert got0.get("总经理") == "position"
    assert got0.get("宏达机械有限公司") == "company"
    assert any(lab == "address" and "南京" in s for s, lab in got0.items())
    got1 = {texts[1][a:b]: lab for a, b, lab in out[1]}
    assert any(lab == "government" and "国务院" in s for s, lab in got1.items())
    for spans, t in zip(out, texts):
        for a, b, lab in spans:
            assert 0 <= a < b <= len(t)
            assert lab in kgtrain.ALL_LABELS


def test_empty_and_odd_input(tagger):
    assert tagger.tag([]) == []
    assert tagger.tag(["", " ", "。"]) == [[], [], []]
    with pytest.raises(TypeError):
        tagger.tag("一句话")
    # full-width letters/digits, emoji, rare chars: no crash, offsets in range
    t = "ＡＢＣ公司１２３号😀𠀀"
    for a, b, _ in tagger.tag([t])[0]:
        assert 0 <= a < b <= len(t)


def test_deterministic_and_order_independent(tagger):
    texts = ["李明阳在上海市浦东新区工作。", "华夏银行行长张建国表示。", "今天天气很好。"] * 3
    a = tagger.tag(texts)
    b = tagger.tag(list(reversed(texts)))[::-1]
    c = [tagger.tag([t])[0] for t in texts]
    assert a == b == c


def test_long_text_chunked(tagger):
    unit = "宏达机械有限公司总经理王振华在北京市朝阳区开会"
    long_text = unit * 220                       # ~5,000 chars, no punctuation at all
    assert len(long_text) > 5000
    pieces = ner.chunk_text(long_text)
    assert all(b - a <= ner.MAX_CHUNK for a, b in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(long_text)
    assert all(p[1] == q[0] for p, q in zip(pieces, pieces[1:]))
    spans = tagger.tag([long_text])[0]
    assert all(0 <= a < b <= len(long_text) for a, b, _ in spans)
    names = [long_text[a:b] for a, b, lab in spans if lab == "name"]
    assert names.count("王振华") >= 150


def test_chunk_prefers_punctuation():
    text = "甲" * 200 + "。" + "乙" * 200
    pieces = ner.chunk_text(text)
    assert pieces[0] == (0, 201)


def test_tag_spans_decoding():
    tags = "O B-name M-name E-name S-address O B-x I-x".split()
    assert ner.tag_spans(tags) == [(1, 4, "name"), (4, 5, "address"), (6, 8, "x")]


def test_split_is_deterministic():
    recs = [{"text": f"句子{i}", "label": {}} for i in range(200)]
    tr, te = kgtrain.cluener_split(recs)
    assert len(te) == 20 and len(tr) == 180
    tr2, te2 = kgtrain.cluener_split(list(reversed(recs)))
    assert sorted(r["text"] for r in te) == sorted(r["text"] for r in te2)
    assert not {r["text"] for r in te} & {r["text"] for r in tr}


def test_score_org_any():
    gold = [[(0, 2, "company"), (3, 5, "name")]]
    pred = [[(0, 2, "government"), (3, 5, "name")]]
    t = kgtrain.score(gold, pred)
    assert t["company"]["f1"] == 0.0
    assert t["org_any"]["f1"] == 1.0
    assert t["name"]["f1"] == 1.0


@pytest.mark.skipif(not CLUENER.is_file(), reason="CLUENER2020 train.json not available")
def test_heldout_floor(tagger):
    records = kgtrain.read_records(CLUENER)
    assert kgtrain.file_sha256(CLUENER) == tagger.meta["data"]["sha256"]
    _, test = kgtrain.cluener_split(records)
    table = kgtrain.evaluate(tagger, test)
    stored = tagger.meta["scores"]["heldout_test"]
    for k, floor in FLOORS.items():
        assert table[k]["f1"] >= floor, (k, table[k], floor)
        assert abs(table[k]["f1"] - stored[k]["f1"]) < 0.005, (k, table[k], stored[k])


def test_read_pku_merges_person_tokens(tmp_path):
    # invented line in the People's Daily 1998 format (word/tag, two spaces)
    p = tmp_path / "pku.txt"
    p.write_text("１２月/t  ，/w  宏达/nz  公司/n  经理/n  王/nr  振华/nr  在/p  南京/ns  会见/v  "
                 "新华社/nt  记者/n  。/w  他/r  说/v\n", encoding="utf-8")
    out = kgtrain.read_pku(p)
    assert len(out) == 2
    text, spans = out[0]
    assert text.startswith("12月，")               # full-width digits -> ASCII, CJK punctuation kept
    got = {text[a:b]: lab for a, b, lab in spans}
    assert got == {"王振华": "PER", "南京": "LOC", "新华社": "ORG"}
    assert out[1] == ("他说", [])


def test_lac_weight_override_roundtrip():
    lac = ner._lac()
    again = ner._Lac(lac.raw_params())
    texts = ["王振华在南京市鼓楼区工作。"]
    lay = ner._Layout(np.array([0]), np.array([len(texts[0])]))
    a = lac.features(lac.ids(texts), lay, "both")
    b = again.features(again.ids(texts), lay, "both")
    assert a.shape == (len(texts[0]), ner.lac_dim("both"))
    assert np.allclose(a, b, atol=1e-5)
