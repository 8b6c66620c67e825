"""examples/*.py run against a built folder and print what they promise."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from _corpus_fixture import write_built

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("examples_out")
    write_built(folder)
    return folder


def run(script: str, *args) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "OPENBLAS_NUM_THREADS": "1"}
    result = subprocess.run([sys.executable, str(EXAMPLES / script), *map(str, args)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_examples_are_three_short_scripts():
    scripts = sorted(p.name for p in EXAMPLES.glob("*.py"))
    assert scripts == ["district_coverage.py", "top_brokers.py", "union_leadership.py"]
    for name in scripts:
        code = [l for l in (EXAMPLES / name).read_text(encoding="utf-8").splitlines()
                if l.strip() and not l.startswith(("#", " ", '"""')) and "import" not in l]
        assert len(code) <= 12, name


def test_example_top_brokers(out):
    lines = run("top_brokers.py", out, 3).splitlines()
    assert len(lines) == 3
    assert lines[0].split()[1] == "青禾职工医院"  # the hospital bridges the two halves


def test_example_union_leadership(out):
    lines = run("union_leadership.py", out, "青禾市总工会").splitlines()
    assert [l.split()[1:] for l in lines] == [["主席", "林晓岚"], ["党组书记", "林晓岚"]]
    alias = run("union_leadership.py", out, "市总工会")  # an alias works too
    assert alias == "\n".join(lines) + "\n"


def test_example_district_coverage(out):
    lines = run("district_coverage.py", out).splitlines()
    assert lines[0] == "district\tunions\tarticles"
    rows = {l.split("\t")[0]: l.split("\t")[1:] for l in lines[1:]}
    assert rows["云杉区"][0] == "1" and rows["青禾市"][0] == "1"
