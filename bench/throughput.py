"""Throughput of `kg build` against jieba on a synthetic corpus (kg.synth).

    python bench/throughput.py --pages 200 [--seed 0] [--jobs N] [--repeat N] [--json]
    python bench/throughput.py --sizes 1000,5000,25000 [--json]

Measures, on N synthetic pages (about 10 KB each, fixed seed):

* ``jieba_lcut_cps`` / ``jieba_posseg_cps``: characters per second of
  ``jieba.lcut`` / ``jieba.posseg.lcut`` over every page, in this process,
  dictionary already loaded (the floor of any jieba-based reader);
* ``kg_cps``: characters per second of a whole ``kg build DIR -o OUT --no-cache``
  in a fresh process with ``--jobs`` all CPUs (default), start-up, extraction,
  assembly and every export included;
* ``ratio_vs_lcut``: ``kg_cps / jieba_lcut_cps``;
* ``parallel_efficiency``: time of ``--jobs 1`` / time of ``--jobs 2`` (2.0 is perfect);
* ``peak_rss_mb``: peak memory of the ``kg_cps`` build: the summed PSS of its
  process tree (forked workers' shared pages counted once), sampled every 0.2 s;
  ``peak_rss_mb_jobs1`` the same for ``--jobs 1``.

``--repeat N`` times everything N times, interleaved (jieba, ``--jobs 1``, ``--jobs 2``,
then again), and reports the best time of each: on a shared machine whose speed
varies from minute to minute, a single pair of builds can put a slow spell on one
side of the ratio. ``kg_seconds_each`` lists every build's time.

``--sizes 1000,5000,25000`` instead builds corpora of those sizes once each
(``--jobs`` all CPUs, no jieba runs) and prints how time and memory grow.

Quality is never measured on synthetic pages.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tree_pss_mb(pid: int) -> float:
    """Proportional set size (MB) of a process and its descendants: shared
    copy-on-write pages of forked workers are counted once, not once per process."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            continue
    return total / 1024


def _kg_build(src: Path, out: Path, jobs: int | None) -> tuple[float, float]:
    """(seconds, peak memory MB) of one `kg build` subprocess; memory: the peak of
    the process tree's summed PSS, sampled every 0.2 s (Linux), else the largest
    process's peak RSS."""
    import threading

    cmd = [sys.executable, "-m", "kg", "build", str(src), "-o", str(out), "--no-cache", "-q"]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.wait(0.2):
            peak[0] = max(peak[0], _tree_pss_mb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc/self/smaps_rollup").exists():
        sampler.start()
    err = proc.stderr.read().decode("utf-8", "replace")   # drained while it runs
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    done.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode:
        raise SystemExit(f"kg build failed ({proc.returncode}):\n{err}")
    return seconds, peak[0] or usage.ru_maxrss / 1024


def run(pages: int, seed: int = 0, jobs: int | None = None, repeat: int = 1) -> dict:
    sys.path.insert(0, str(ROOT))
    import jieba
    import jieba.posseg

    from kg.pipeline import default_jobs
    from kg.synth import write_corpus

    jieba.setLogLevel(60)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        src = Path(tmp) / "pages"
        t0 = time.perf_counter()
        paths = write_corpus(src, pages, seed)
        synth_s = time.perf_counter() - t0
        texts = [p.read_text(encoding="utf-8") for p in paths]
        chars = sum(len(t) for t in texts)

        jieba.initialize()
        jieba.posseg.lcut("初始化")
        lcut_s = posseg_s = float("inf")
        runs: dict[int, list] = {}
        n = jobs or default_jobs()
        for r in range(repeat):   # interleaved, best of each: a slow spell of a shared machine hits all
            t0 = time.perf_counter()
            for t in texts:
                jieba.lcut(t)
            lcut_s = min(lcut_s, time.perf_counter() - t0)
            t0 = time.perf_counter()
            for t in texts:
                jieba.posseg.lcut(t)
            posseg_s = min(posseg_s, time.perf_counter() - t0)
            for j in sorted({1, 2, n}):
                runs.setdefault(j, []).append(_kg_build(src, Path(tmp) / f"out{j}", j))
        t1, t2, tn = (min(t for t, _ in runs[j]) for j in (1, 2, n))
        rss1, rssn = (max(m for _, m in runs[j]) for j in (1, n))
        t_1, t_2 = _tree(Path(tmp) / "out1"), _tree(Path(tmp) / "out2")
        differ = sorted(k for k in t_1.keys() | t_2.keys() if t_1.get(k) != t_2.get(k))
    return {
        "pages": pages, "seed": seed, "chars": chars, "megabytes": round(sum(len(t.encode()) for t in texts) / 1e6, 2),
        "cpus": default_jobs(), "jobs": n,
        "jieba_lcut_cps": round(chars / lcut_s),
        "jieba_posseg_cps": round(chars / posseg_s),
        "kg_cps": round(chars / tn),
        "kg_cps_jobs1": round(chars / t1),
        "ratio_vs_lcut": round(chars / tn / (chars / lcut_s), 4),
        "parallel_efficiency": round(t1 / t2, 3),
        "seconds": {"synth": round(synth_s, 2), "jieba_lcut": round(lcut_s, 2), "jieba_posseg": round(posseg_s, 2),
                    "kg_jobs1": round(t1, 2), "kg_jobs2": round(t2, 2), f"kg_jobs{n}": round(tn, 2)},
        "peak_rss_mb": round(rssn, 1),
        "peak_rss_mb_jobs1": round(rss1, 1),
        "jobs1_equals_jobs2": not differ,
        "jobs1_vs_jobs2_differ": differ,
        "repeat": repeat,
        "kg_seconds_each": {f"jobs{j}": [round(t, 2) for t, _ in runs[j]] for j in sorted(runs)},
    }


def growth(sizes: list[int], seed: int = 0, jobs: int | None = None) -> list[dict]:
    """Time and peak memory of one `kg build` per corpus size."""
    sys.path.insert(0, str(ROOT))
    from kg.synth import write_corpus

    rows = []
    for pages in sizes:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            src = Path(tmp) / "pages"
            paths = write_corpus(src, pages, seed)
            size = sum(p.stat().st_size for p in paths)
            chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
            seconds, rss = _kg_build(src, Path(tmp) / "out", jobs)
            out_mb = sum(p.stat().st_size for p in (Path(tmp) / "out").rglob("*") if p.is_file()) / 1e6
        rows.append({"pages": pages, "megabytes": round(size / 1e6, 1), "chars": chars,
                     "seconds": round(seconds, 1), "kg_cps": round(chars / seconds),
                     "peak_rss_mb": round(rss), "output_mb": round(out_mb)})
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


def _tree(d: Path) -> dict:
    import hashlib
    return {p.relative_to(d).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(d.rglob("*")) if p.is_file()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=None, help="jobs of the kg_cps build (default: all CPUs)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="time everything N times, interleaved, and keep the best of each "
                         "(for a shared machine whose speed varies; peak memory: the largest)")
    ap.add_argument("--sizes", default=None, metavar="N,N,...",
                    help="build corpora of these page counts and print how time and memory grow")
    args = ap.parse_args(argv)
    if args.sizes:
        rows = growth([int(x) for x in args.sizes.split(",")], args.seed, args.jobs)
        if args.json:
            print(json.dumps(rows))
            return 0
        print(f"{'pages':>7}{'MB':>7}{'seconds':>9}{'chars/s':>10}{'peak MB':>9}{'output MB':>11}")
        for r in rows:
            print(f"{r['pages']:>7}{r['megabytes']:>7}{r['seconds']:>9}{r['kg_cps']:>10,}"
                  f"{r['peak_rss_mb']:>9}{r['output_mb']:>11}")
        return 0
    r = run(args.pages, args.seed, args.jobs, max(1, args.repeat))
    if args.json:
        print(json.dumps(r, ensure_ascii=False, sort_keys=True))
        return 0
    print(f"{r['pages']} synthetic pages (seed {r['seed']}), {r['chars']:,} chars, {r['megabytes']} MB; "
          f"{r['cpus']} CPUs")
    rows = [("jieba.lcut", r["jieba_lcut_cps"], r["seconds"]["jieba_lcut"]),
            ("jieba.posseg.lcut", r["jieba_posseg_cps"], r["seconds"]["jieba_posseg"]),
            ("kg build --jobs 1", r["kg_cps_jobs1"], r["seconds"]["kg_jobs1"]),
            (f"kg build --jobs {r['jobs']}", r["kg_cps"], r["seconds"][f"kg_jobs{r['jobs']}"])]
    print(f"{'reader':<22}{'chars/s':>12}{'seconds':>10}")
    for name, cps, s in rows:
        print(f"{name:<22}{cps:>12,}{s:>10.2f}")
    print(f"kg / jieba.lcut: {r['ratio_vs_lcut']:.4f}; parallel efficiency (t1/t2): "
          f"{r['parallel_efficiency']:.2f}; peak memory: {r['peak_rss_mb']:.0f} MB "
          f"(--jobs 1: {r['peak_rss_mb_jobs1']:.0f} MB); "
          f"--jobs 1 == --jobs 2 bytes: {r['jobs1_equals_jobs2']} {' '.join(r['jobs1_vs_jobs2_differ'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
