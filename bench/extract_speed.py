#!/usr/bin/env python3
"""Extraction speed: kg against plain jieba on the same text, one core, best of 3.

Measures characters per second of

- ``jieba.lcut`` and ``jieba.posseg.lcut`` (their defaults, HMM on), the
  floor any jieba-based extractor stands on;
- ``kg.pipeline.extract_page`` over pages read beforehand with
  ``kg.ingest.read_page`` (kg's lexicons and segmenter are loaded and one
  untimed pass is run first; load times are reported on their own);
- ``kg.build`` plus every export (reading, extraction, corpus, graph, RDF,
  HTML, metrics), unless ``--no-build``.

The text is the pages of ``seeds/`` (or ``--files``); ``--repeat N`` makes each
page N copies of itself. Every measure is the best of ``--rounds`` runs
(time.perf_counter). The process is pinned to one CPU and numeric libraries to
one thread before kg is imported.

usage: python bench/extract_speed.py [--files PATH ...] [--repeat N] [--rounds 3] [--no-build] [--json]

This is a benchmark, not a test: numbers depend on the machine.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def pin_one_cpu() -> str:
    """Pin this process to one CPU; describe what was done."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"cpu {cpu}"


def best_of(rounds: int, fn) -> float:
    """Smallest wall time of ``rounds`` calls of ``fn``."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def prepare_pages(paths: list[str], repeat: int, tmp: Path) -> list[Path]:
    """The page files to measure: the originals, or copies holding each page ``repeat`` times."""
    from kg.ingest import decode, discover

    files = discover(paths)
    if not files:
        sys.exit(f"no .txt/.md pages under {' '.join(paths)}")
    if repeat == 1:
        return files
    out = []
    for f in files:
        text, _ = decode(f.read_bytes(), f)
        copy = tmp / "pages" / f.name
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text("\n\n".join([text.strip("\n")] * repeat) + "\n", encoding="utf-8")
        out.append(copy)
    return out


def run(args) -> dict:
    cpu = pin_one_cpu()
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))          # measure this checkout
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    import kg
    from kg.ingest import read_page
    from kg.pipeline import extract_page, get_context
    from kg.settings import Settings

    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmpdir:
        tmp = Path(tmpdir)
        files = prepare_pages(args.files or [str(REPO / "seeds")], args.repeat, tmp)
        pages, read_s = timed(lambda: [read_page(f, settings) for f in files])
        texts = [p.text for p in pages]
        chars = sum(map(len, texts))

        load = {}
        _, load["jieba_dictionary"] = timed(jieba.initialize)
        _, load["jieba_posseg_import"] = timed(lambda: __import__("jieba.posseg"))
        import jieba.posseg

        ctx, load["kg_context"] = timed(get_context)
        _, load["kg_first_pass"] = timed(lambda: [extract_page(p, settings, ctx) for p in pages])
        load["kg_read_pages"] = read_s
        for t in texts[:1]:                      # warm jieba's caches too
            jieba.lcut(t)
            jieba.posseg.lcut(t)

        stages = {
            "jieba_lcut": lambda: [jieba.lcut(t) for t in texts],
            "jieba_posseg_lcut": lambda: [jieba.posseg.lcut(t) for t in texts],
            "kg_extract_page": lambda: [extract_page(p, settings, ctx) for p in pages],
        }
        if not args.no_build:
            out_dir = tmp / "out"
            stages["kg_build_exports"] = lambda: kg.build([str(f) for f in files], out_dir=out_dir,
                                                          settings=settings)
        results = {}
        for name, fn in stages.items():
            s = best_of(args.rounds, fn)
            results[name] = {"seconds": round(s, 6), "chars_per_s": round(chars / s, 1)}

    speed = {k: v["chars_per_s"] for k, v in results.items()}
    return {
        "pages": len(pages), "chars": chars, "repeat": args.repeat, "rounds": args.rounds, "cpu": cpu,
        "python": sys.version.split()[0], "jieba": getattr(jieba, "__version__", "?"),
        "load_seconds": {k: round(v, 6) for k, v in load.items()},
        "stages": results,
        # speed ratios (kg chars/s over jieba chars/s); 1/ratio = how many times longer kg takes
        "ratio": {"kg_posseg": round(speed["kg_extract_page"] / speed["jieba_posseg_lcut"], 4),
                  "kg_lcut": round(speed["kg_extract_page"] / speed["jieba_lcut"], 4)},
    }


LABELS = {
    "jieba_dictionary": "jieba dictionary (initialize)",
    "jieba_posseg_import": "jieba.posseg import",
    "kg_context": "kg lexicons + segmenter",
    "kg_first_pass": "kg first extraction pass",
    "kg_read_pages": "kg read_page (all pages)",
    "jieba_lcut": "jieba.lcut",
    "jieba_posseg_lcut": "jieba.posseg.lcut",
    "kg_extract_page": "kg extract_page",
    "kg_build_exports": "kg.build + exports",
}


def format_report(r: dict) -> str:
    lines = [f"{r['pages']} pages, {r['chars']:,} chars (repeat {r['repeat']}), best of {r['rounds']}, "
             f"{r['cpu']}, Python {r['python']}, jieba {r['jieba']}",
             "",
             f"{'load (once)':32s} {'seconds':>9s}"]
    lines += [f"{LABELS[k]:32s} {v:9.3f}" for k, v in r["load_seconds"].items()]
    lines += ["", f"{'stage':32s} {'seconds':>9s} {'chars/s':>12s}"]
    lines += [f"{LABELS[k]:32s} {v['seconds']:9.3f} {v['chars_per_s']:12,.0f}" for k, v in r["stages"].items()]
    kp, kl = r["ratio"]["kg_posseg"], r["ratio"]["kg_lcut"]
    lines += ["", f"speed kg/posseg {kp:.3f} (kg takes {1 / kp:.1f}x as long), "
                  f"kg/lcut {kl:.3f} ({1 / kl:.1f}x as long)"]
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", nargs="+", metavar="PATH", help="pages or folders (default: seeds/)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N", help="make each page N copies of itself")
    ap.add_argument("--rounds", type=int, default=3, metavar="K", help="best of K runs (default 3)")
    ap.add_argument("--no-build", action="store_true", help="skip kg.build + exports")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.rounds < 1:
        ap.error("--repeat and --rounds must be at least 1")
    report = run(args)
    print(json.dumps(report, ensure_ascii=False) if args.json else format_report(report))


if __name__ == "__main__":
    main()
