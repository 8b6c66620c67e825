"""Scale: synthetic pages, parallel builds, incremental (cached) builds -- same bytes every way."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import pipeline
from kg.cache import PageCache, pipeline_version
from kg.cli import cli
from kg.errors import InputError
from kg.export import write_all
from kg.settings import Settings
from kg.synth import generate_page, write_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"


def tree(d: Path) -> dict[str, str]:
    return {p.relative_to(d).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(d.rglob("*"))
            if p.is_file() and not any(s.startswith(".") for s in p.relative_to(d).parts)}


def built(paths, out: Path, **options) -> dict:
    stats: dict = {}
    corpus = pipeline.build([str(p) for p in paths], Settings(), stats=stats, **options)
    write_all(corpus, out)
    return stats


@pytest.fixture(scope="module")
def synth(tmp_path_factory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("synth"), pages=6, seed=11)


# ------------------------------------------------------------------ synth
def test_synth_is_deterministic_prefix_stable_and_page_sized(tmp_path):
    a = write_corpus(tmp_path / "a", pages=3, seed=5)
    b = write_corpus(tmp_path / "b", pages=5, seed=5)
    assert [p.name for p in a] == [p.name for p in b[:3]]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b[:3]]
    assert generate_page(6, 0) != generate_page(5, 0)
    for p in b:
        assert 8_000 <= p.stat().st_size <= 14_000
        text = p.read_text(encoding="utf-8")
        assert "本报讯（记者 " in text and "总工会" in text and "有限" in text


def test_synth_never_uses_names_of_the_seeds_or_the_gold():
    known = set()
    folders = [ROOT / "output" / "pages"] + ([GOLD] if GOLD.is_dir() else [])
    for f in (p for d in folders for p in sorted(d.glob("*.json"))):
        for art in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            for e in art["entities"]:
                if {"official", "worker", "journalist"} & set(e["types"]):
                    known |= {e["name"], *e.get("aliases", [])}
    assert len(known) > 20
    names: list[str] = []
    for i in range(60):
        generate_page(0, i, names=names)
    assert len(set(names)) > 1000 and not set(names) & known


# ------------------------------------------------------------------ parallel
def test_parallel_build_is_byte_identical_to_serial(synth, tmp_path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:3]
    pages = seeds + synth
    s1 = built(pages, tmp_path / "j1", jobs=1)
    s2 = built(pages, tmp_path / "j2", jobs=2)
    assert (s1["jobs"], s2["jobs"]) == (1, 2) and s2["extracted"] == len(pages)
    assert tree(tmp_path / "j1") == tree(tmp_path / "j2")
    assert len(tree(tmp_path / "j1")) > 15


def test_parallel_build_skips_and_strict_like_serial(synth, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02 binary")
    c1 = pipeline.build([str(bad), *map(str, synth[:2])], Settings(), jobs=1)
    c2 = pipeline.build([str(bad), *map(str, synth[:2])], Settings(), jobs=2)
    assert c1 == c2 and len(c1.skipped) == 1 and len(c1.pages) == 2
    with pytest.raises(InputError, match="bad.txt"):
        pipeline.build([str(bad), *map(str, synth[:2])], Settings(strict=True), jobs=2)


def test_a_title_without_org_beside_the_same_title_with_org_extracts(tmp_path):
    # synthetic page 2022 of seed 0 holds one person with the same title with and
    # without an organisation in one article; sorting those roles once crashed
    (path,) = write_corpus(tmp_path, pages=1, seed=0, start=2022)
    result = pipeline.extract_page(pipeline.read_page(path, Settings()), Settings())
    assert any(r.org is None for ar in result.articles for r in ar.roles)
    for ar in result.articles:
        assert list(ar.roles) == sorted(ar.roles, key=lambda r: (r.person, r.title, r.org is not None,
                                                                   r.org or "", r.evidence))


def test_a_page_that_breaks_the_extractor_is_skipped_by_name_not_the_build(synth, tmp_path, monkeypatch):
    real = pipeline.extract_article

    def broken(article, *args, **kwargs):
        if article.id.startswith(synth[1].stem):
            raise TypeError("'<' not supported between instances of 'str' and 'NoneType'")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_article", broken)
    for jobs in (1, 2):   # forked workers inherit the patch
        corpus = pipeline.build([str(p) for p in synth[:3]], Settings(), jobs=jobs)
        assert [p.page.id for p in corpus.pages] == [synth[0].stem, synth[2].stem]
        (skip,) = corpus.skipped
        assert skip.path == str(synth[1]) and "extraction failed (TypeError" in skip.reason
    with pytest.raises(InputError, match=synth[1].name):
        pipeline.build([str(p) for p in synth[:3]], Settings(strict=True), jobs=1)


# ------------------------------------------------------------------ incremental
def test_incremental_build_equals_clean_build_and_extracts_only_new_pages(synth, tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    a, b, c = (src / p.name for p in synth[:3])
    out, cache, clean = tmp_path / "out", tmp_path / "out" / ".cache", tmp_path / "clean"

    def clean_build():
        shutil.rmtree(clean, ignore_errors=True)
        assert built([src], clean)["extracted"] == len(list(src.glob("*.txt")))
        return tree(clean)

    shutil.copy(synth[0], a), shutil.copy(synth[1], b)
    assert built([src], out, cache_dir=cache)["extracted"] == 2           # A+B

    shutil.copy(synth[2], c)                                                # + C
    stats = built([src], out, cache_dir=cache, jobs=2)
    assert (stats["extracted"], stats["cached"]) == (1, 2)
    assert tree(out) == clean_build()

    b.unlink()                                                              # - B
    stats = built([src], out, cache_dir=cache)
    assert (stats["extracted"], stats["cached"], stats["pages"]) == (0, 2, 2)
    assert tree(out) == clean_build()
    assert not (out / "pages" / f"{b.stem}.json").exists()

    c.write_text(c.read_text(encoding="utf-8") + "\n补充一段。\n", encoding="utf-8")  # edit C
    assert built([src], out, cache_dir=cache)["extracted"] == 1
    assert tree(out) == clean_build()


def test_cache_key_follows_pipeline_settings_and_survives_bad_entries(synth, tmp_path):
    assert pipeline_version(Settings()) == pipeline_version(Settings(top_n=3, html_max_nodes=9))
    assert pipeline_version(Settings()) != pipeline_version(Settings(home_region="北京市"))
    cache = tmp_path / "cache"
    assert built(synth[:2], tmp_path / "o", cache_dir=cache)["extracted"] == 2
    stats: dict = {}
    pipeline.build([str(p) for p in synth[:2]], Settings(home_region="北京市"), cache_dir=cache, stats=stats)
    assert stats["extracted"] == 2                      # another pipeline version: a clean slate
    assert len(list(cache.glob("pages-*"))) == 1 and (cache / "CACHEDIR.TAG").is_file()
    for entry in cache.rglob("*.pickle"):
        entry.write_bytes(b"torn")                      # unreadable entries are misses
    pipeline.build([str(p) for p in synth[:2]], Settings(home_region="北京市"), cache_dir=cache, stats=stats)
    assert stats["extracted"] == 2
    assert PageCache(cache).get("0" * 64) is None


# ------------------------------------------------------------------ CLI
def test_cli_build_jobs_and_cache(synth, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    args = ["build", *map(str, synth[:3]), "-o", str(out), "--jobs", "2"]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "extracted 3 pages (jobs 2), 0 from the cache" in first.stderr
    assert (out / ".cache" / "CACHEDIR.TAG").is_file()
    again = runner.invoke(cli, args)
    assert "extracted 0 pages (jobs 1), 3 from the cache" in again.stderr
    plain = runner.invoke(cli, ["build", *map(str, synth[:3]), "-o", str(tmp_path / "plain"),
                                "--jobs", "1", "--no-cache", "-q"])
    assert plain.exit_code == 0 and "extracted" not in plain.stderr
    assert not (tmp_path / "plain" / ".cache").exists()
    assert tree(out) == tree(tmp_path / "plain")


# ------------------------------------------------------------------ the benchmark
def test_throughput_bench_prints_the_promised_json_for_a_tiny_corpus():
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "throughput.py"), "--pages", "2", "--json"],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    r = json.loads(proc.stdout)
    for key in ("jieba_lcut_cps", "jieba_posseg_cps", "kg_cps", "peak_rss_mb"):
        assert r[key] > 0, key
    assert r["ratio_vs_lcut"] == pytest.approx(r["kg_cps"] / r["jieba_lcut_cps"], rel=0.01, abs=1e-4)  # 4 decimals
    assert 0 < r["parallel_efficiency"] < 4 and r["jobs1_equals_jobs2"] is True


def test_throughput_bench_repeats_interleaved_and_keeps_the_best_time():
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "throughput.py"), "--pages", "2", "--json",
                           "--repeat", "2", "--jobs", "2"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    r = json.loads(proc.stdout)
    each = r["kg_seconds_each"]
    assert r["repeat"] == 2 and sorted(each) == ["jobs1", "jobs2"] and all(len(v) == 2 for v in each.values())
    assert r["seconds"]["kg_jobs1"] == min(each["jobs1"]) and r["seconds"]["kg_jobs2"] == min(each["jobs2"])
    assert r["parallel_efficiency"] == pytest.approx(min(each["jobs1"]) / min(each["jobs2"]), rel=0.01)


def test_parallel_extraction_keeps_few_chunks_in_flight(tmp_path, monkeypatch):
    """The pool gets a few chunks per worker ahead of the results read back, and
    lets a result go once read: a long build's results do not pile up in memory."""
    import concurrent.futures as cf

    paths = write_corpus(tmp_path / "pages", 40, seed=3)
    submitted = []
    real_submit = cf.ProcessPoolExecutor.submit
    monkeypatch.setattr(cf.ProcessPoolExecutor, "submit",
                        lambda self, fn, *a, **k: (submitted.append(len(a[0])), real_submit(self, fn, *a, **k))[1])
    workers, read = 2, 0
    todo = list(range(len(paths)))
    seen = []
    for i, result in pipeline._extract_parallel(paths, todo, Settings(), workers, None, 0, len(paths)):
        seen.append(i)
        read += 1
        in_flight = sum(submitted) - read   # pages submitted but not yet read back
        assert in_flight <= (workers * pipeline.IN_FLIGHT + 1) * max(submitted)
    assert sorted(seen) == todo and len(submitted) > workers * pipeline.IN_FLIGHT
    # the pool's chunks are pipeline.chunked's: shrinking to single pages at the end
    assert submitted == [len(c) for c in pipeline.chunked(todo, workers)] and submitted[-1] == 1


def test_workers_send_each_page_pickled_once_with_its_aggregate_records(tmp_path):
    """A worker pickles its PageResult once; the build spools and caches those bytes as
    they are and aggregates the records that came with them (no unpickling in between)."""
    import pickle

    from kg.corpus import page_records
    paths = write_corpus(tmp_path / "pages", 6, seed=5)
    got = dict(pipeline._extract_parallel(paths, list(range(len(paths))), Settings(), 2, None, 0, len(paths)))
    assert sorted(got) == list(range(len(paths)))
    for i, result in got.items():
        assert isinstance(result, pipeline.Extracted)
        page = pickle.loads(result.data)
        assert page == pipeline._extract_one(paths[i], Settings())
        assert (result.page_id, result.page_sha256) == (page.page.id, page.page.sha256)
        assert (result.entities, result.pairs) == page_records(page)
        assert result.pairs   # the synthetic pages name several entities per sentence


@pytest.mark.parametrize("n, workers", [(0, 2), (1, 2), (5, 2), (1000, 2), (777, 3), (25000, 8)])
def test_chunks_shrink_towards_the_end_so_workers_finish_together(n, workers):
    chunks = list(pipeline.chunked(list(range(n)), workers))
    assert [i for c in chunks for i in c] == list(range(n))
    sizes = [len(c) for c in chunks]
    assert all(1 <= s <= pipeline.CHUNK_PAGES for s in sizes)
    assert sizes == sorted(sizes, reverse=True)
    if n >= 100:
        assert sizes[0] > 1 and sizes[-1] == 1
        # what is left when the last chunk of more than one page goes out: less than a chunk per worker
        assert sum(1 for s in sizes if s == 1) >= workers
