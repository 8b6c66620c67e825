"""The dask engine: pages extracted on a dask.distributed cluster give the same bytes as a local build."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed", reason="the dask engine needs dask[distributed]")

from kg import pipeline  # noqa: E402
from kg.cli import cli  # noqa: E402
from kg.errors import InputError, KgError  # noqa: E402
from kg.export import write_all  # noqa: E402
from kg.settings import Settings  # noqa: E402
from kg.synth import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def tree(d: Path) -> dict[str, str]:
    return {p.relative_to(d).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(d.rglob("*"))
            if p.is_file() and not any(s.startswith(".") for s in p.relative_to(d).parts)}


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[Path]:
    """The seeds and a few synthetic pages (``python -m kg.synth DIR --pages 6 --seed 1``)."""
    synth = write_corpus(tmp_path_factory.mktemp("synth"), pages=6, seed=1)
    return sorted((ROOT / "seeds").glob("*.txt")) + synth[:4]


@pytest.fixture(scope="module")
def cluster():
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def local_build(pages, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    write_all(pipeline.build([str(p) for p in pages], Settings(), jobs=1), out)
    return out


def test_dask_build_is_byte_identical_to_local(pages, cluster, local_build, tmp_path):
    calls: list[tuple[int, int]] = []
    stats: dict = {}
    corpus = pipeline.build([str(p) for p in pages], Settings(), engine="dask",
                            scheduler=cluster.scheduler_address, stats=stats,
                            progress=lambda d, t, _: calls.append((d, t)))
    write_all(corpus, tmp_path / "dask")
    assert stats["engine"] == "dask" and stats["jobs"] == 2 and stats["extracted"] == len(pages)
    assert calls[0] == (0, len(pages)) and calls[-1] == (len(pages), len(pages))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    local, remote = tree(local_build), tree(tmp_path / "dask")
    assert len(local) > 15 and sorted(local) == sorted(remote)
    assert [f for f in local if local[f] != remote[f]] == []


def test_dask_workers_reading_paths_and_skipping_like_local(pages, cluster, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02 binary")
    paths = [str(bad), *map(str, pages[-2:])]
    local = pipeline.build(paths, Settings(), jobs=1)
    for ship in (True, False):
        with distributed.Client(cluster, set_as_default=False) as client:
            remote = pipeline.build(paths, Settings(), engine="dask", scheduler=client, ship_pages=ship)
            # every worker process loaded the lexicons and tagger once, before or with its first chunk
            loaded = client.run(lambda: sorted(__import__("kg.engines").engines._prepared))
        assert remote == local and len(remote.skipped) == 1
        assert all(v == [Settings().ner_model] for v in loaded.values()) and len(loaded) == 2
    with pytest.raises(InputError, match="bad.txt"):
        pipeline.build(paths, Settings(strict=True), engine="dask", scheduler=cluster.scheduler_address)
    with pytest.raises(KgError, match="engine"):
        pipeline.build(paths, Settings(), engine="spark")


def test_cli_build_engine_dask(pages, cluster, local_build, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    args = ["build", *map(str, pages), "-o", str(out), "--engine", "dask",
            "--scheduler", cluster.scheduler_address]
    res = runner.invoke(cli, args)
    assert res.exit_code == 0, res.output
    assert f"extracted {len(pages)} pages (dask, 2 workers), 0 from the cache" in res.stderr
    assert tree(out) == tree(local_build)
    bad = runner.invoke(cli, ["build", str(pages[0]), "-o", str(tmp_path / "x"),
                              "--scheduler", cluster.scheduler_address])
    assert bad.exit_code != 0 and "--engine dask" in bad.output
