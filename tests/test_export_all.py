"""kg.export.write_all / build.json: every output, hashed, deterministic, portable."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from _corpus_fixture import make_corpus, write_built
from kg.export import EXPORTERS, build_manifest, render_all, stage_counts, write_all
from kg.model import SkippedFile
from kg.settings import Settings

EXPECTED = ["build.json", "graph.gexf", "graph.graphml", "graph.html", "graph.json", "kg.jsonld",
            "kg.nq", "kg.nt", "kg.ttl", "metrics.json", "metrics_communities.csv",
            "metrics_multi_post.csv", "metrics_nodes.csv", "metrics_roles.csv",
            "metrics_union_companies.csv", "metrics_unions_by_district.csv", "pages/p01_alpha.json",
            "pages/p02_beta.json", "report.html"]
TESTS = Path(__file__).parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    return out, write_built(out)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_export_all_writes_every_output_with_hashes(built):
    out, hashes = built
    assert list(hashes) == EXPECTED
    files = tree(out)
    assert sorted(files) == EXPECTED  # and no temp files left behind
    for rel, digest in hashes.items():
        assert hashlib.sha256(files[rel]).hexdigest() == digest


def test_export_all_twice_is_byte_identical(built, tmp_path):
    out, hashes = built
    assert write_built(tmp_path) == hashes
    assert tree(tmp_path) == tree(out)


def test_export_all_in_parallel_processes_is_byte_identical(built, tmp_path):
    from kg.export import EXPORT_GROUPS
    out, hashes = built
    assert sorted(n for g in EXPORT_GROUPS for n in g) == sorted(EXPORTERS)  # every exporter runs once
    for jobs in (2, 3):   # 3: the RDF process forks its Turtle and JSON-LD writers too
        assert write_all(make_corpus(), tmp_path / f"parallel{jobs}", jobs=jobs) == hashes
        assert tree(tmp_path / f"parallel{jobs}") == tree(out)
    lines = []   # one process: each exporter reports once
    assert write_all(make_corpus(), tmp_path / "serial", jobs=1, progress=lines.append) == hashes
    assert sorted(line.split()[1] for line in lines if line.startswith("wrote ")) == sorted(EXPORTERS)


def test_export_all_is_identical_across_processes(built, tmp_path):
    out, _ = built
    code = ("import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]];"
            "from _corpus_fixture import write_built; write_built(sys.argv[3])")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", code, str(TESTS), str(TESTS.parent), str(tmp_path)],
                   check=True, env=env, cwd=TESTS.parent)
    assert tree(tmp_path) == tree(out)


def test_export_all_has_no_absolute_paths_or_timestamps(built):
    out, _ = built
    for rel, data in tree(out).items():
        text = data.decode("utf-8")
        assert str(out) not in text and "/tmp/" not in text, rel
        assert "lastmodifieddate" not in text, rel


def test_export_manifest_contents(built):
    out, hashes = built
    m = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert m["format"] == "kg-build/1"
    assert [(i["path"], i["encoding"]) for i in m["inputs"]] == [
        ("pages_in/p01_alpha.txt", "utf-8"), ("pages_in/p02_beta.txt", "gb18030")]
    assert all(len(i["sha256"]) == 64 for i in m["inputs"])
    assert m["skipped"] == [{"path": "pages_in/broken.txt", "reason": "not UTF-8 or GB18030 text"}]
    assert m["counts"] == {
        "pages": 2, "skipped": 1, "articles": 3, "sentences": 16, "mentions": 27,
        "article_entities": 18, "entities": 12,
        "entities_by_type": {"company": 1, "district": 2, "government": 1, "journalist": 1,
                             "official": 2, "organization": 1, "union": 3, "worker": 2},
        "roles": 8, "honors": 2, "links": 4, "comentions": 15, "uncertain": 1,
        "unresolved_references": 0}
    assert m["settings"] == Settings().as_dict()
    assert set(m["versions"]) == {"kg", "python", "jieba", "networkx", "rdflib", "pyvis"}
    assert m["versions"]["python"] == f"{sys.version_info.major}.{sys.version_info.minor}"
    assert m["outputs"] == {k: v for k, v in hashes.items() if k != "build.json"}


def test_export_manifest_strips_absolute_input_paths():
    corpus = make_corpus()
    first = corpus.pages[0]
    moved = replace(first, page=replace(first.page, path="/home/u/p.txt"))
    corpus = replace(corpus, pages=(moved,), skipped=(SkippedFile("/home/u/x.txt", "empty"),))
    m = build_manifest(corpus)
    assert (m["inputs"][0]["path"], m["skipped"][0]["path"]) == ("p.txt", "x.txt")


def test_export_all_removes_stale_page_files(built, tmp_path):
    stale = tmp_path / "pages" / "old_page.json"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}", encoding="utf-8")
    write_built(tmp_path)
    assert not stale.exists()


def test_export_render_all_matches_exporters():
    files = render_all(make_corpus())
    assert sorted(files) == [p for p in EXPECTED if p != "build.json"]
    assert set(EXPORTERS) == {"pages", "rdf", "graph", "gephi", "html", "metrics"}


def test_export_stage_counts_on_empty_corpus(tmp_path):
    from kg.corpus import assemble

    empty = assemble([])
    assert stage_counts(empty)["entities"] == 0
    hashes = write_all(empty, tmp_path)
    assert "graph.html" in hashes and "pages/" not in "".join(hashes)


@pytest.mark.parametrize("module", ["kg.corpus", "kg.graph", "kg.metrics", "kg.query", "kg.vocab",
                                    "kg.cli", "kg.export.rdf", "kg.export.gephi"])
def test_export_owned_modules_doctests(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_export_importing_kg_modules_loads_no_heavy_library():
    code = ("import sys, kg.cli, kg.export, kg.graph, kg.metrics, kg.query, kg.corpus;"
            "print(sorted(m for m in ('rdflib', 'pyvis', 'networkx', 'jieba', 'pyoxigraph')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=TESTS.parent)
    assert out.stdout.strip() == "[]"


def test_export_rdf_formats_writes_only_those_files_with_the_same_bytes(built, tmp_path):
    out, hashes = built
    write_all(make_corpus(), tmp_path)          # a full build first: its other RDF files must go
    subset = write_all(make_corpus(), tmp_path, Settings(rdf_formats="nt, nq"))
    rdf = sorted(name for name in subset if name.startswith("kg."))
    assert rdf == ["kg.nq", "kg.nt"] and not (tmp_path / "kg.ttl").exists() and not (tmp_path / "kg.jsonld").exists()
    assert all(subset[name] == hashes[name] for name in rdf)
    assert not [n for n in write_all(make_corpus(), tmp_path / "none", Settings(rdf_formats="")) if n.startswith("kg.")]


def test_export_rdf_formats_rejects_an_unknown_format():
    from kg.errors import KgError
    with pytest.raises(KgError, match="unknown format.*xml"):
        Settings(rdf_formats="nt,xml")
