"""kg.cli: build / query / metrics through click's CliRunner."""
from __future__ import annotations

import json
import types

import pytest
from click.testing import CliRunner

from _corpus_fixture import make_corpus, write_built
from kg.cli import cli, make_settings, parse_setting
from kg.errors import InputError
from kg.settings import Settings


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Replace kg.pipeline with a module whose build() records its arguments."""
    calls = {}

    def build(paths, settings=Settings(), progress=None, **options):
        calls.update(paths=paths, settings=settings, options=options)
        if progress:
            progress(0, 1, paths[0])
            progress(1, 1, "")
        if calls.get("fail"):
            raise InputError(paths[0], "not UTF-8 or GB18030 text", line=3)
        return make_corpus(settings)

    module = types.ModuleType("kg.pipeline")
    module.build = build
    monkeypatch.setitem(__import__("sys").modules, "kg.pipeline", module)
    return calls


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("out")
    write_built(folder)
    return folder


def test_cli_help_teaches_with_examples(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for text in ("kg build seeds/ -o output", "kg query", "kg metrics output", "graph.html"):
        assert text in result.output
    for cmd in ("build", "query", "metrics"):
        sub = runner.invoke(cli, [cmd, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output


def test_cli_build_writes_outputs_and_reports(runner, fake_pipeline, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("x", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(page), "-o", str(out), "--home-region", "青禾市",
                                 "--setting", "top_n", "5", "--setting", "html-max-nodes", "4"])
    assert result.exit_code == 0, result.output
    s = fake_pipeline["settings"]
    assert (s.home_region, s.top_n, s.html_max_nodes, s.strict) == ("青禾市", 5, 4, False)
    assert fake_pipeline["paths"] == [str(page)]
    assert (out / "kg.ttl").is_file() and (out / "pages" / "p01_alpha.json").is_file()
    assert json.loads((out / "build.json").read_text(encoding="utf-8"))["settings"]["top_n"] == 5
    assert "kg: [0/1]" in result.stderr
    assert "warning: skipped pages_in/broken.txt: not UTF-8 or GB18030 text" in result.stderr
    assert "2 pages, 3 articles" in result.stderr and "12 entities" in result.stderr
    assert result.stdout == ""


def test_cli_build_quiet_and_strict(runner, fake_pipeline, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("x", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(page), "-o", str(tmp_path / "o"), "--strict", "-q"])
    assert result.exit_code == 0
    assert fake_pipeline["settings"].strict is True
    assert "[0/1]" not in result.stderr and "12 entities" in result.stderr


def test_cli_build_kg_error_exits_1(runner, fake_pipeline, tmp_path):
    page = tmp_path / "bad.txt"
    page.write_text("x", encoding="utf-8")
    fake_pipeline["fail"] = True
    result = runner.invoke(cli, ["build", str(page), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert f"Error: {page}:3: not UTF-8 or GB18030 text" in result.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("args, message", [
    (["--setting", "nope", "1"], "unknown setting 'nope'"),
    (["--setting", "top_n", "many"], "top_n expects an integer"),
    (["--setting", "strict", "maybe"], "strict expects true/false"),
])
def test_cli_build_bad_settings_are_usage_errors(runner, fake_pipeline, tmp_path, args, message):
    page = tmp_path / "p.txt"
    page.write_text("x", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(page), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_cli_build_missing_path_is_usage_error(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_cli_settings_helpers():
    assert parse_setting("seed", "7") == ("seed", 7)
    assert parse_setting("home_region", "青禾市") == ("home_region", "青禾市")
    s = make_settings([("top_n", "3")], strict=None, home_region="甲市")
    assert (s.top_n, s.strict, s.home_region) == (3, False, "甲市")


@pytest.mark.parametrize("fmt, check", [
    ("table", lambda t: t.splitlines()[0].split() == ["n"] and "青禾市总工会" in t),
    ("csv", lambda t: t.splitlines() == ["n", "云杉区总工会", "星河精工有限公司工会", "青禾市总工会"]),
    ("tsv", lambda t: t.splitlines()[0] == "n"),
    ("json", lambda t: len(json.loads(t)) == 3),
])
def test_cli_query_formats(runner, out, fmt, check):
    q = "SELECT ?n WHERE { ?u a kg:Union ; skos:prefLabel ?n } ORDER BY ?n"
    result = runner.invoke(cli, ["query", q, "-d", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert check(result.stdout)


@pytest.mark.parametrize("args, message", [
    (["SELEC ?x"], "SPARQL syntax error"),
    (["SELECT * {}", "-d", "/nonexistent/kg-out"], "no such folder or file"),
])
def test_cli_query_errors_exit_1(runner, out, args, message):
    if "-d" not in args:
        args = [*args, "-d", str(out)]
    result = runner.invoke(cli, ["query", *args])
    assert result.exit_code == 1 and message in result.stderr


def test_cli_metrics_recomputes_the_same_file(runner, out):
    before = (out / "metrics.json").read_bytes()
    (out / "metrics.json").unlink()
    result = runner.invoke(cli, ["metrics", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("12 entities, 25 edges")
    assert (out / "metrics.json").read_bytes() == before


def test_cli_metrics_without_graph_exits_1(runner, tmp_path):
    result = runner.invoke(cli, ["metrics", str(tmp_path)])
    assert result.exit_code == 1 and "no graph here" in result.stderr


def test_cli_build_end_to_end_with_the_real_pipeline(runner, tmp_path):
    pytest.importorskip("kg.pipeline", reason="kg.pipeline is not written yet")
    page = tmp_path / "p01.txt"
    page.write_text("青禾市总工会召开全委会\n\n本报讯（记者 孟川）青禾市总工会主席林晓岚出席会议并讲话。\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(page), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    for name in ("kg.ttl", "kg.nt", "graph.json", "graph.html", "metrics.json", "build.json",
                 "pages/p01.json"):
        assert (out / name).is_file(), name
    assert json.loads((out / "build.json").read_text(encoding="utf-8"))["counts"]["pages"] == 1


def test_cli_python_dash_m_kg(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parent.parent
    result = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True,
                            text=True, cwd=root)
    assert result.returncode == 0 and "Usage: kg" in result.stdout
