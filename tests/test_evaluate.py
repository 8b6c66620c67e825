"""kg.evaluate and `kg eval`: page facts against gold, mentions against CLUENER spans.

Fixtures are invented (names of no real page); the shared scorer and CLUENER data
are used only when ``<repo>/../shared`` exists.
"""
from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import evaluate as E
from kg.cli import cli
from kg.errors import InputError, KgError

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CLUENER_TRAIN = SHARED / "data" / "cluener" / "train.json"
needs_scorer = pytest.mark.skipif(not (SCORER.is_file() and (SHARED / "gold").is_dir()),
                                  reason="needs ../shared/eval/score.py and ../shared/gold")


# ------------------------------------------------------------ page fixtures
def ent(name, types, aliases=()):
    return {"name": name, "types": list(types), "aliases": list(aliases)}


GOLD = {"file": "p1.txt", "articles": [
    {"headline": "青禾市总工会召开全委会议",
     "entities": [ent("青禾市总工会", ["union"], ["市总工会"]), ent("林晓岚", ["official"]),
                  ent("周启明", ["journalist"]), ent("柳岸科技有限公司", ["company"], ["柳岸科技"]),
                  ent("松石区", ["district"])],
     "roles": [{"person": "林晓岚", "title": "主席", "org": "青禾市总工会"},
               {"person": "周启明", "title": "记者", "org": None}],
     "honors": [{"holder": "林晓岚", "honor": "青禾工匠"}],
     "links": [{"from": "青禾市总工会", "rel": "located_in", "to": "松石区"}],
     "uncertain": ["不确定云杉协会是否算组织"]},
    {"headline": "柳岸科技职工技能大赛举行",
     "entities": [ent("柳岸科技有限公司", ["company"]), ent("何雨桐", ["worker"])],
     "roles": [{"person": "何雨桐", "title": "工程师", "org": "柳岸科技有限公司"}]},
    {"headline": "松石区开展送清凉活动",
     "entities": [ent("松石区", ["district"]), ent("松石区总工会", ["union"])],
     "links": [{"from": "松石区总工会", "rel": "located_in", "to": "松石区"}]},
]}

PRED = {"file": "p1.txt", "articles": [
    # exact headline of gold article 2
    {"headline": "柳岸科技职工技能大赛举行",
     "entities": [ent("柳岸科技有限公司", ["company"], ["柳岸科技"]), ent("何雨桐", ["worker"])],
     # org given by its alias: resolved through this article's aliases
     "roles": [{"person": "何雨桐", "title": "工程师", "org": "柳岸科技"}]},
    # similar headline (ratio 22/23) of gold article 1
    {"headline": "## 青禾市总工会召开全委会",
     "entities": [ent("市总工会", ["union"]),                     # = gold alias
                  ent("林晓岚", ["official", "worker"]),          # worker: false positive
                  ent("周启明", ["journalist"]),
                  ent("柳岸科技", ["company"]),                   # = gold alias
                  ent("云杉协会", ["organization"]),              # in gold's uncertain: not FP
                  ent("松石", ["district"])],                     # no name in common: FP + FN
     "roles": [{"person": "林晓岚", "title": "主席", "org": "市总工会"},
               {"person": "周启明", "title": "摄影", "org": None}],
     "honors": [{"holder": "林晓岚", "honor": "青禾 工匠"}],
     "links": [{"from": "市总工会", "rel": "located_in", "to": "松石"}]},
    # no gold counterpart (gold article 3 is missing from the prediction)
    {"headline": "云杉协会举办读书会",
     "entities": [ent("云杉协会", ["organization"])],
     "roles": [{"person": "赵一鸣", "title": "会长", "org": "云杉协会"}]},
]}

# hand-computed: (tp, fp, fn) per facet
EXPECTED = {
    "articles": (2, 1, 1),
    "entities": (6, 3, 3),
    "union": (1, 0, 1), "official": (1, 0, 0), "worker": (1, 1, 0), "journalist": (1, 0, 0),
    "company": (2, 0, 0), "district": (0, 1, 2), "government": (0, 0, 0), "organization": (0, 1, 0),
    "roles": (2, 2, 1), "honors": (1, 0, 0), "links": (0, 1, 2),
}
EXPECTED_PRF = {"articles": (0.6667, 0.6667, 0.6667), "union": (1.0, 0.5, 0.6667),
                "worker": (0.5, 1.0, 0.6667), "district": (0.0, 0.0, 0.0),
                "roles": (0.5, 0.6667, 0.5714), "entities": (0.6667, 0.6667, 0.6667)}


@pytest.fixture
def page_dirs(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "p1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (pred / "p1.json").write_text(json.dumps(PRED, ensure_ascii=False), encoding="utf-8")
    # a gold page with no prediction at all, and a predicted page with no gold
    (gold / "p2.json").write_text(json.dumps({"articles": [
        {"headline": "丁香街道工会换届", "entities": [ent("丁香街道工会", ["union"])]}]},
        ensure_ascii=False), encoding="utf-8")
    (pred / "p3.json").write_text(json.dumps({"articles": [
        {"headline": "无金标页", "entities": [ent("某某公司", ["company"])]}]},
        ensure_ascii=False), encoding="utf-8")
    return gold, pred


def _only_p1(page_dirs):
    (page_dirs[0] / "p2.json").unlink()
    return page_dirs


def test_evaluate_score_pages_hand_computed(page_dirs):
    scores = E.score_pages(*_only_p1(page_dirs))
    assert list(scores) == list(E.FACETS)
    assert {f: (s["tp"], s["fp"], s["fn"]) for f, s in scores.items()} == EXPECTED
    for facet, prf in EXPECTED_PRF.items():
        assert (scores[facet]["p"], scores[facet]["r"], scores[facet]["f1"]) == prf, facet


def test_evaluate_missing_pred_page_is_all_false_negatives(page_dirs):
    scores = E.score_pages(*page_dirs)           # p2 has gold but no prediction
    assert (scores["articles"]["tp"], scores["articles"]["fn"]) == (2, 2)
    assert (scores["union"]["tp"], scores["union"]["fn"]) == (1, 2)
    assert scores["company"]["fp"] == 0          # p3 (no gold) is ignored


@pytest.mark.parametrize("pred_headlines, expected", [
    # exact beats an earlier similar headline; gold order is greedy
    (["青禾市总工会召开全委会", "青禾市总工会召开全委会议"], [(0, 1), (1, 0)]),
    # below the 0.8 ratio: not aligned
    (["青禾市工会开会"], [(0, None), (1, None), (None, 0)]),
])
def test_evaluate_align_by_headline_similarity(pred_headlines, expected):
    gold = [E.EvalArticle("青禾市总工会召开全委会议"), E.EvalArticle("青禾市总工会召开全委会")]
    pred = [E.EvalArticle(h) for h in pred_headlines]
    pairs = E.align(gold, pred)
    index = lambda side, a: None if a is None else next(i for i, x in enumerate(side) if x is a)
    assert [(index(gold, g), index(pred, p)) for g, p in pairs] == expected


def test_evaluate_norm_and_names():
    assert E.norm("“青禾” 《工会》\u3000#*") == "青禾工会"
    assert E.norm("ＡＢ１") == "AB1"                    # NFKC
    assert E.entity_names(ent("甲 乙", ["worker"], ["《丙》"])) == {"甲乙", "丙"}
    assert E.entity_types({"name": "x", "types": "union"}) == ["union"]


def test_evaluate_bad_json_names_file_and_line(tmp_path):
    (tmp_path / "bad.json").write_text('{"articles": [\n  oops\n]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json:2: not valid JSON"):
        E.load_pages(tmp_path)


def test_cli_eval_pages_table_json_and_default_pred(page_dirs, monkeypatch):
    gold, pred = _only_p1(page_dirs)
    runner = CliRunner()
    table = runner.invoke(cli, ["eval", str(gold), str(pred)])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["facet", "P", "R", "F1", "tp", "fp", "fn"]
    assert lines[1] == "articles        0.667  0.667  0.667    2    1    1"
    assert len(lines) == 1 + len(E.FACETS)
    as_json = runner.invoke(cli, ["eval", str(gold), str(pred), "--json"])
    assert json.loads(as_json.stdout) == E.score_pages(gold, pred)
    verbose = runner.invoke(cli, ["eval", str(gold), str(pred), "-v"])
    assert "district\tFP\t松石" in verbose.stdout and "organization\tFP\t云杉协会" in verbose.stdout
    # PRED_DIR defaults to output/pages
    (pred.parent / "output").mkdir()
    pred.rename(pred.parent / "output" / "pages")
    monkeypatch.chdir(pred.parent)
    assert runner.invoke(cli, ["eval", str(gold)]).stdout == table.stdout


def test_cli_eval_usage_errors(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["eval"]).exit_code == 2
    assert runner.invoke(cli, ["eval", str(tmp_path), "--limit", "3"]).exit_code == 2
    missing = tmp_path / "nowhere"
    assert runner.invoke(cli, ["eval", str(tmp_path), str(missing)]).exit_code == 2


# ----------------------------------------------- the shared scorer, if present
def _score_py(*args) -> bytes:
    return subprocess.run([sys.executable, str(SCORER), *map(str, args)], cwd=REPO,
                          capture_output=True, check=True).stdout


@needs_scorer
@pytest.mark.parametrize("extra", [[], ["--json"], ["--verbose"]])
def test_cli_eval_equals_shared_scorer_on_gold(extra, monkeypatch):
    monkeypatch.chdir(REPO)
    gold = Path("..") / "shared" / "gold"
    flags = ["-v" if x == "--verbose" else x for x in extra]
    result = CliRunner().invoke(cli, ["eval", str(gold), "output/pages", *flags])
    assert result.exit_code == 0, result.output
    expected = _score_py(gold, "output/pages", *extra)
    assert result.stdout_bytes == expected
    if extra == ["--json"]:
        assert json.loads(result.stdout) == json.loads(expected)


@needs_scorer
@pytest.mark.parametrize("swap", [False, True])
def test_evaluate_agrees_with_shared_scorer_on_fixtures(page_dirs, swap):
    gold, pred = page_dirs[::-1] if swap else page_dirs
    assert json.loads(_score_py(gold, pred, "--json")) == E.score_pages(gold, pred)
    assert _score_py(gold, pred).decode("utf-8") == E.format_table(E.score_pages(gold, pred))


# ------------------------------------------------------------ CLUENER spans
SPAN_GOLD = [{(0, 3, "name"), (5, 9, "company"), (10, 12, "address")},
             {(0, 4, "government"), (6, 8, "position")}]
SPAN_PRED = [{(0, 3, "name"), (5, 8, "company"), (10, 12, "address"), (13, 15, "game")},
             {(0, 4, "organization"), (6, 8, "position"), (9, 11, "name")}]


def test_evaluate_score_spans_hand_computed():
    assert E.count_spans(SPAN_GOLD, SPAN_PRED) == {
        "name": (1, 1, 0), "company": (0, 1, 1), "government": (0, 0, 1), "organization": (0, 1, 0),
        "org_any": (1, 1, 1), "position": (1, 0, 0), "address": (1, 0, 0), "micro": (3, 3, 2)}
    scores = E.score_spans(SPAN_GOLD, SPAN_PRED)
    assert list(scores) == list(E.SPAN_KEYS)
    assert scores["name"] == {"p": 0.5, "r": 1.0, "f1": 0.6667}
    assert scores["company"] == {"p": 0.0, "r": 0.0, "f1": 0.0}    # boundary error: FP and FN
    assert scores["org_any"] == {"p": 0.5, "r": 0.5, "f1": 0.5}     # government ~ organization
    assert scores["micro"] == {"p": 0.5, "r": 0.6, "f1": 0.5455}    # six labels, not org_any


def test_evaluate_score_spans_exact_and_empty():
    assert E.score_spans(SPAN_GOLD, SPAN_GOLD)["micro"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert E.score_spans([set()], [set()])["name"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    with pytest.raises(ValueError):
        E.score_spans([set()], [])


def test_evaluate_cluener_gold_end_inclusive_and_labels():
    rec = {"text": "林晓岚任柳岸科技总经理，游览云杉公园",
           "label": {"name": {"林晓岚": [[0, 2]]}, "company": {"柳岸科技": [[4, 7]]},
                     "position": {"总经理": [[8, 10]]}, "scene": {"云杉公园": [[14, 17]]}}}
    gold = E.cluener_gold(rec)
    assert gold == {(0, 3, "name"), (4, 8, "company"), (8, 11, "position")}
    assert all(rec["text"][s:e] in ("林晓岚", "柳岸科技", "总经理") for s, e, _ in gold)


CLUENER_RECORDS = [
    {"text": "林晓岚任柳岸科技总经理", "label": {"name": {"林晓岚": [[0, 2]]},
                                       "company": {"柳岸科技": [[4, 7]]}, "position": {"总经理": [[8, 10]]}}},
    {"text": "青禾市民政局发布通知", "label": {"government": {"青禾市民政局": [[0, 5]]}}},
    {"text": "松石区云杉路十号", "label": {"address": {"松石区云杉路十号": [[0, 7]]}}},
    {"text": "云杉棋社战胜对手", "label": {"organization": {"云杉棋社": [[0, 3]]}}},
]


def fake_spans(texts, settings=None):
    """A deterministic tagger: right on records 0 and 3, wrong label on 1, short span on 2."""
    table = {"林晓岚任柳岸科技总经理": [(0, 3, "name"), (4, 8, "company")],
             "青禾市民政局发布通知": [(0, 6, "organization")],
             "松石区云杉路十号": [(0, 3, "address")],
             "云杉棋社战胜对手": [(0, 4, "organization"), (4, 6, "movie")]}
    return [table[t] for t in texts]


@pytest.fixture
def cluener_file(tmp_path):
    path = tmp_path / "mini.json"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in CLUENER_RECORDS),
                    encoding="utf-8")
    return path


def test_evaluate_cluener_batches_and_progress():
    seen = []
    counts = E.evaluate_cluener(CLUENER_RECORDS, spans_fn=fake_spans, batch=3,
                                progress=lambda done, total: seen.append((done, total)))
    assert seen == [(3, 4), (4, 4)]
    assert counts["micro"] == (3, 2, 3)
    assert counts["org_any"] == (3, 0, 0) and counts["position"] == (0, 0, 1)


def test_cli_eval_cluener_json_table_and_limit(cluener_file, monkeypatch):
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "cluener_spans", fake_spans, raising=False)
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "--cluener", str(cluener_file), "--split", "all", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert list(scores) == list(E.SPAN_KEYS)
    assert scores["micro"] == {"p": 0.6, "r": 0.5, "f1": 0.5455}
    assert scores["org_any"] == {"p": 1.0, "r": 1.0, "f1": 1.0}     # government ~ organization
    assert "[" not in result.stderr                      # no progress when not a terminal
    table = runner.invoke(cli, ["eval", "--cluener", str(cluener_file)]).stdout.splitlines()
    assert [line.split()[0] for line in table] == ["label", *E.SPAN_KEYS]
    assert table[1].split() == ["name", "1.000", "1.000", "1.000", "1", "0", "0"]
    limited = json.loads(runner.invoke(cli, ["eval", "--cluener", str(cluener_file),
                                             "--limit", "1", "--json"]).stdout)
    assert limited["micro"] == {"p": 1.0, "r": 0.6667, "f1": 0.8}


def test_cli_eval_cluener_heldout_uses_kg_train_split(cluener_file, monkeypatch):
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "cluener_spans", fake_spans, raising=False)
    calls = []

    def cluener_split(records, seed=0):
        calls.append(len(records))
        return records[:3], records[3:]

    monkeypatch.setitem(sys.modules, "kg.train", types.SimpleNamespace(cluener_split=cluener_split))
    result = CliRunner().invoke(cli, ["eval", "--cluener", str(cluener_file), "--split", "heldout", "--json"])
    assert result.exit_code == 0, result.output
    assert calls == [4]
    assert json.loads(result.stdout)["micro"] == {"p": 1.0, "r": 1.0, "f1": 1.0}  # record 3 only
    monkeypatch.setitem(sys.modules, "kg.train", None)     # not importable
    with pytest.raises(KgError, match="use --split all"):
        E.split_records(CLUENER_RECORDS, "heldout")


def test_evaluate_read_cluener_reports_bad_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"text": "甲", "label": {}}\n\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json:3"):
        E.read_cluener(path)


def test_cli_eval_cluener_with_kg_tagger(cluener_file):
    """The real tagger (a black box here): well-formed scores."""
    result = CliRunner().invoke(cli, ["eval", "--cluener", str(cluener_file), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert list(scores) == list(E.SPAN_KEYS)
    assert all(set(v) == {"p", "r", "f1"} and all(0 <= x <= 1 for x in v.values()) for v in scores.values())


@pytest.mark.skipif(not CLUENER_TRAIN.is_file(), reason="needs ../shared/data/cluener/train.json")
def test_cli_eval_cluener_real_data_smoke():
    result = CliRunner().invoke(cli, ["eval", "--cluener", str(CLUENER_TRAIN), "--limit", "200", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert list(scores) == list(E.SPAN_KEYS)
    assert 0 < scores["micro"]["p"] <= 1 and 0 < scores["micro"]["r"] <= 1
