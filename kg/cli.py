"""The ``kg`` command line: a thin click layer over the library.

Each command parses options, calls the library (``kg.pipeline.build``,
``kg.export.write_all``, ``kg.query.run_query``, ``kg.metrics``), formats the
result and maps :class:`~kg.errors.KgError` to ``click.ClickException`` (exit
code 1). Libraries are imported inside the commands, so ``kg --help`` is fast.
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import click

from .errors import KgError
from .settings import SETTINGS, Settings

__all__ = ["cli", "parse_setting", "make_settings"]

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def parse_setting(name: str, value: str) -> tuple[str, object]:
    """Validate a setting name against SETTINGS and convert the value to its default's type.

    >>> parse_setting("top-n", "5"), parse_setting("strict", "yes")
    (('top_n', 5), ('strict', True))
    """
    key = name.strip().replace("-", "_")
    defaults = {n: d for n, d, _ in SETTINGS}
    if key not in defaults:
        raise click.BadParameter(f"unknown setting {name!r}; known settings: {', '.join(defaults)}",
                                 param_hint="--setting")
    default = defaults[key]
    if isinstance(default, bool):
        v = value.strip().lower()
        if v not in _TRUE | _FALSE:
            raise click.BadParameter(f"{key} expects true/false, not {value!r}", param_hint="--setting")
        return key, v in _TRUE
    if isinstance(default, int):
        try:
            return key, int(value)
        except ValueError:
            raise click.BadParameter(f"{key} expects an integer, not {value!r}",
                                     param_hint="--setting") from None
    return key, value


def make_settings(pairs=(), **overrides) -> Settings:
    """Settings from ``--setting NAME VALUE`` pairs, then named-flag overrides (not None)."""
    changes = dict(parse_setting(n, v) for n, v in pairs)
    changes.update({k: v for k, v in overrides.items() if v is not None})
    return Settings().with_(**changes)


def _settings_help() -> str:
    return "; ".join(f"{n} (default {d!r})" for n, d, _ in SETTINGS)


class _KgGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_KgGroup, context_settings={"help_option_names": ["-h", "--help"],
                                             "max_content_width": 100})
def cli():
    """Build a knowledge graph from Chinese trade-union news pages, then query it.

    \b
    Build every output (RDF, graph files, HTML view, per-page JSON, metrics):
      kg build seeds/ -o output
      kg build page1.txt page2.md -o out --home-region 北京市 --setting top_n 30
    \b
    Ask the graph in SPARQL (prefixes kg, org, skos, schema, prov, dcterms,
    rdf, rdfs, xsd are predeclared):
      kg query 'SELECT ?name WHERE { ?p a kg:Official ; skos:prefLabel ?name }'
      kg query my-query.rq -d output --format csv
    \b
    Recompute and print the graph metrics:
      kg metrics output

    Open output/graph.html in a browser for an offline interactive view.
    """


# -------------------------------------------------------------------- build
def _progress(quiet: bool):
    """Build progress on stderr: a bar with rate and ETA rewritten in place on a
    terminal; elsewhere (logs, pipes) the first line, then at most one line every
    30 s, then the last."""
    if quiet:
        return None
    import sys
    import time

    tty = sys.stderr.isatty()
    state = {"t0": None, "last": 0.0, "n0": 0}

    def line(done: int, total: int, rest: str) -> str:
        now = time.monotonic()
        if state["t0"] is None:
            state["t0"], state["n0"] = now, done
        text = f"[{done}/{total}]"
        elapsed, moved = now - state["t0"], done - state["n0"]
        if moved > 0 and elapsed > 0:
            rate = moved / elapsed
            eta = int((total - done) / rate)
            text += f" {rate:.1f} pages/s, ETA {eta // 60}:{eta % 60:02d}" if done < total \
                else f" {rate:.1f} pages/s, {elapsed:.0f} s"
        return (text + (" " + rest if rest else "")).rstrip()

    def report(*args, **kwargs):
        if len(args) >= 2 and all(isinstance(a, int) for a in args[:2]):
            done, total, rest = args[0], args[1], args[2:]
            text = line(done, total, " ".join(str(a) for a in rest if a != ""))
            now = time.monotonic()
            if tty:
                width = 24
                fill = width * done // total if total else width
                bar = "#" * fill + "." * (width - fill)
                click.echo(f"\rkg: {bar} {text}"[:160] + "\x1b[K", err=True, nl=done >= total)
                return
            if (done not in (0, total) and now - state["last"] < 30) or state.get("shown") == (done, total):
                return
            state["last"], state["shown"] = now, (done, total)
        else:
            text = " ".join(str(a) for a in args)
        text += "".join(f" {k}={v}" for k, v in kwargs.items())
        click.echo(f"kg: {text.rstrip()}", err=True)
    return report


def _summary(counts: dict, out: Path) -> str:
    types = ", ".join(f"{k} {v}" for k, v in counts["entities_by_type"].items()) or "-"
    return (f"kg: {counts['pages']} pages, {counts['articles']} articles, "
            f"{counts['sentences']} sentences, {counts['mentions']} mentions\n"
            f"kg: {counts['entities']} entities ({types})\n"
            f"kg: {counts['roles']} roles, {counts['honors']} honors, {counts['links']} links, "
            f"{counts['comentions']} co-mentions\n"
            f"kg: wrote {out}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--out", "out", default="output", show_default=True,
              type=click.Path(file_okay=False), help="Folder to write the outputs to.")
@click.option("--strict", is_flag=True, default=None,
              help="Stop at the first unreadable input instead of skipping it.")
@click.option("--home-region", default=None, metavar="REGION",
              help="Home city/province of the pages, e.g. 北京市 (default: inferred per page).")
@click.option("--setting", "settings_pairs", type=(str, str), multiple=True,
              metavar="NAME VALUE", help="Override a setting (repeatable). " + _settings_help())
@click.option("-q", "--quiet", is_flag=True, help="No progress lines (warnings and summary stay).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes that extract pages (default: one per CPU; 1: no workers). "
                   "The outputs are the same for every N.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse per-page extraction results of earlier builds (OUT/.cache, safe to delete): "
                   "only new or changed pages are extracted.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Keep the page cache in DIR instead of OUT/.cache.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where pages are extracted: local worker processes, or a dask.distributed "
                   "cluster (pip install 'kg[dask]'). The outputs are the same.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: the scheduler to use, e.g. tcp://HOST:8786 "
                   "(default: a local cluster of --jobs workers).")
@click.option("--ship-pages/--workers-read", default=True, show_default=True,
              help="With --engine dask: send page contents to the workers, or let the workers "
                   "read the files by the paths as given (same paths reachable on every node).")
def build(paths, out, strict, home_region, settings_pairs, quiet, jobs, cache, cache_dir,
          engine, scheduler, ship_pages):
    """Build the knowledge graph of PATHS (files or folders of .txt/.md pages).

    \b
    Writes into OUT: kg.ttl, kg.nt, graph.json, graph.graphml, graph.gexf,
    graph.html, metrics.json, build.json and pages/<page>.json.
    Unreadable files are skipped with a warning (exit 0) unless --strict.
    Pages are extracted by --jobs worker processes; results of unchanged pages
    come from OUT/.cache (--no-cache: extract everything). Either way the
    outputs are byte-identical to a clean single-process build.
    \b
    Example:
      kg build seeds/ -o output --home-region 北京市
      kg build corpus/ -o out --jobs 8
      kg build corpus/ -o out --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from ._io import default_jobs
    from .export import MANIFEST, write_all

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    settings = make_settings(settings_pairs, strict=strict, home_region=home_region)
    pipeline = importlib.import_module("kg.pipeline")
    stats: dict = {}
    cache_dir = (cache_dir or str(Path(out) / ".cache")) if cache else None
    progress = _progress(quiet)
    created = not Path(out).exists()
    try:
        Path(out).mkdir(parents=True, exist_ok=True)   # the page spool lives there while it runs
    except OSError as exc:
        raise click.ClickException(f"{out}: cannot create the output folder ({exc.strerror or exc})") from None
    try:
        corpus = pipeline.build(list(paths), settings=settings, progress=progress,
                                jobs=jobs, cache_dir=cache_dir, stats=stats,
                                engine=engine, scheduler=scheduler, ship_pages=ship_pages,
                                spool_dir=out)
    except BaseException:
        if created:   # a failed build leaves no output folder behind (the spool is already gone)
            try:
                Path(out).rmdir()
            except OSError:
                pass
        raise
    write_all(corpus, out, settings, jobs=default_jobs() if jobs is None else jobs,
              progress=None if quiet else progress)
    if cache_dir and stats:
        how = (f"dask, {stats['jobs']} workers" if stats.get("engine") == "dask" and stats["extracted"]
               else f"jobs {stats['jobs']}")
        click.echo(f"kg: extracted {stats['extracted']} pages ({how}), "
                   f"{stats['cached']} from the cache {cache_dir}", err=True)
    for s in corpus.skipped:
        click.echo(f"kg: warning: skipped {s.path}: {s.reason}", err=True)
    counts = json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))["counts"]   # no second pass
    click.echo(_summary(counts, Path(out)), err=True)


# -------------------------------------------------------------------- query
def _query_params(args: list[str]) -> dict[str, str]:
    """``--name VALUE`` / ``--name=VALUE`` pairs after the query name -> ``{name: value}``."""
    out, i = {}, 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("--") or len(arg) < 3:
            raise click.UsageError(f"unexpected argument {arg!r}: parameters are --NAME VALUE "
                                   "after the query (see `kg query --list`)")
        name, eq, value = arg[2:].partition("=")
        if not eq:
            if i + 1 >= len(args):
                raise click.UsageError(f"parameter --{name} needs a value")
            value = args[i + 1]
            i += 1
        if name.replace("-", "_") in out:
            raise click.UsageError(f"parameter --{name} given twice")
        out[name.replace("-", "_")] = value
        i += 1
    return out


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("query", required=False)
@click.option("-d", "--dir", "out_dir", default="output", show_default=True,
              type=click.Path(), help="Output folder of `kg build` (or a .nt/.ttl file).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True, help="How to print the results.")
@click.option("--endpoint", metavar="URL", default=None,
              help="Send the query to this SPARQL 1.1 endpoint instead (e.g. "
                   "http://127.0.0.1:7878/query or the /sparql of `kg serve`).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to wait for --endpoint.")
@click.option("--list", "list_", is_flag=True, help="List the canned queries and their parameters.")
@click.pass_context
def query(ctx, query, out_dir, fmt, endpoint, timeout, list_):
    """Run a SPARQL QUERY over the built graph: SPARQL text, a .rq file, or
    the name of a canned query followed by its parameters (--NAME VALUE).

    Names given as parameters match skos:prefLabel or skos:altLabel and are
    bound as RDF literals ("..."@zh), never pasted into the query text.

    \b
    Examples:
      kg query --list
      kg query officials-of --org 西城区总工会
      kg query evidence-of --person 某某 --org 北京市总工会 --format json
      kg query 'SELECT ?name WHERE { ?p a kg:Union ; skos:prefLabel ?name }'
      kg query officials.rq -d output --format csv
      kg query multi-post --endpoint http://127.0.0.1:7878/query
    """
    from .query import format_canned_list, format_results, run_query

    if list_:
        if query or ctx.args:
            raise click.UsageError("--list takes no query or parameters")
        click.echo(format_canned_list(), nl=False)
        return
    if not query:
        raise click.UsageError("give a QUERY (SPARQL text, a .rq file or a canned query name; "
                               "`kg query --list` lists the canned ones)")
    names, rows = run_query(query, out_dir, params=_query_params(ctx.args),
                            endpoint=endpoint, timeout=timeout)
    click.echo(format_results(names, rows, fmt), nl=False)


# -------------------------------------------------------------------- serve
@cli.command()
@click.argument("out_dir", default="output", required=False, type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the endpoint to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run before it is stopped with an error response.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Query worker processes (default: the number of CPUs, at most 4).")
def serve(out_dir, host, port, timeout, workers):
    """Serve OUT_DIR read-only: a SPARQL 1.1 endpoint at /sparql and the files
    (graph.html at /).

    \b
    GET /sparql?query=... or POST (form or application/sparql-query); results
    by content negotiation: SPARQL JSON/XML, CSV, TSV; CONSTRUCT/DESCRIBE as
    Turtle or N-Triples. SPARQL Update is refused. Stop with Ctrl-C.
    \b
    Example:
      kg serve output --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' \\
           http://127.0.0.1:7878/sparql
      kg query officials-of --org 西城区总工会 --endpoint http://127.0.0.1:7878/sparql
    """
    from .serve import make_server

    server = make_server(out_dir, host=host, port=port, timeout=timeout, workers=workers)
    h, p = server.server_address[:2]
    click.echo(f"kg: serving {out_dir} ({server.app.triples} triples) at http://{h}:{p}/ "
               f"- SPARQL at http://{h}:{p}/sparql; Ctrl-C stops", err=True)
    import signal

    def _stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)  # a plain `kill` also cleans up
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


# ------------------------------------------------------------------ metrics
def _built_settings(out_dir: Path) -> Settings:
    """The settings recorded in build.json (so metrics match the build), else defaults."""
    try:
        recorded = json.loads((out_dir / "build.json").read_text(encoding="utf-8"))["settings"]
    except (OSError, ValueError, KeyError, TypeError):
        return Settings()
    known = {n for n, _, _ in SETTINGS}
    return Settings().with_(**{k: v for k, v in recorded.items() if k in known})


@cli.command()
@click.argument("out_dir", default="output", required=False, type=click.Path(file_okay=False))
def metrics(out_dir):
    """Recompute OUT_DIR's metrics from OUT_DIR/graph.json and print a summary.

    Writes metrics.json, the metrics_*.csv tables and report.html (a readable
    page with charts). Uses the settings recorded in OUT_DIR/build.json
    (top_n, seed), so the files match the ones `kg build` wrote.

    \b
    Example:
      kg metrics output
    """
    from ._io import atomic_write_text
    from .graph import load_graph
    from .metrics import compute_metrics, summary_text
    from .report import metric_files

    out = Path(out_dir)
    G = load_graph(out / "graph.json")
    result = compute_metrics(G, _built_settings(out))
    for rel, text in sorted(metric_files(result).items()):
        atomic_write_text(out / rel, text)
    click.echo(summary_text(result), nl=False)


# --------------------------------------------------------------------- view
@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("out_dir", default="output", required=False, type=click.Path(file_okay=False))
@click.option("--around", multiple=True, metavar="NAME",
              help="Centre on this entity (name, alias or id; repeatable) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True,
              help="With --around: how many edges away to go.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Keep only entities of this type (repeatable): union, official, worker, "
                   "journalist, company, district, government, organization.")
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["role", "located_in", "part_of", "union_of", "comention"]),
              help="With --around: follow only these edge kinds (repeatable).")
@click.option("--min-weight", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --around: follow co-mentions of at least this many sentences.")
@click.option("--top", type=click.IntRange(min=1), default=None, metavar="N",
              help="Keep the N most central (PageRank) of the selection "
                   "(default: the html_max_nodes setting).")
@click.option("--query", "query_", metavar="QUERY", default=None,
              help="Start from the entities a SPARQL query returns (text, .rq file or canned "
                   "query name, then its --PARAM VALUE pairs); --depth defaults to 0 here.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None,
              help="HTML file to write (default: OUT_DIR/view.html).")
@click.pass_context
def view(ctx, out_dir, around, depth, types, kinds, min_weight, top, query_, output):
    """Write a focused, self-contained HTML view of the graph in OUT_DIR.

    graph.html shows at most html_max_nodes entities; `kg view` draws any part
    of the full graph (graph.json) with the same page: search, filters,
    side panel, offline.

    \b
    Examples:
      kg view output --around 北京市总工会              # it and its neighbours
      kg view output --around 市总工会 --depth 2 --kind role --kind part_of
      kg view output --type union --top 300            # the 300 most central unions
      kg view output --top 5000 -o big.html
      kg view output --query unions-in --district 顺义区 --depth 1
    """
    from .export.html import (article_index_from_pages, centrality, find_nodes, focus_nodes,
                              write_html)
    from .graph import load_graph

    out = Path(out_dir)
    G = load_graph(out / "graph.json")
    if ctx.args and not query_:
        raise click.UsageError(f"unexpected arguments {' '.join(ctx.args)!r} "
                               "(--PARAM VALUE pairs go with --query)")
    seeds: list[str] = []
    for name in around:
        found = find_nodes(G, name)
        if not found:
            raise click.UsageError(f"--around {name!r}: no entity has this name, alias or id")
        if len(found) > 1:
            listed = ", ".join(f"{G.nodes[n].get('name')} ({n})" for n in found[:10])
            raise click.UsageError(f"--around {name!r} is ambiguous: {listed}; "
                                   "give the full name or the id")
        seeds += found
    if query_:
        from .query import run_query

        _, rows = run_query(query_, out, params=_query_params(ctx.args))
        by_name: dict[str, list] = {}
        for n, name in G.nodes(data="name"):
            by_name.setdefault(str(name), []).append(n)
        for row in rows:
            for cell in row:
                text = str(cell)
                tail = text.rstrip("/").rsplit("/", 1)[-1]
                seeds += [tail] if tail in G else by_name.get(text, [])
        seeds = sorted(set(seeds))
        if not seeds:
            raise click.UsageError("the query returned no entity of the graph")
        if ctx.get_parameter_source("depth") == click.core.ParameterSource.DEFAULT:
            depth = 0
    settings = _built_settings(out)
    scores = centrality(G)
    nodes = focus_nodes(G, around=seeds, depth=depth, types=types, kinds=kinds,
                        min_weight=min_weight, top=top or settings.html_max_nodes, scores=scores)
    parts = []
    if around:
        parts.append("around " + ", ".join(around) + f" (depth {depth})")
    if query_:
        parts.append(f"query {query_} {' '.join(ctx.args)}".rstrip() + f" (depth {depth})")
    if types:
        parts.append("type " + ", ".join(types))
    if kinds:
        parts.append("kinds " + ", ".join(kinds))
    if min_weight > 1:
        parts.append(f"co-mention weight ≥ {min_weight}")
    if top:
        parts.append(f"top {top}")
    note = (f"kg view: {'; '.join(parts) or 'everything'} — {len(nodes)} of {len(G)} entities "
            "of the full graph. Build the full view with `kg build`; other views with `kg view --help`.")
    target = Path(output) if output else out / "view.html"
    write_html(G, target.parent, settings, name=target.name, nodes=nodes,
               articles=article_index_from_pages(out), title="kg view", note=note)
    click.echo(f"kg: wrote {target} ({len(nodes)} of {len(G)} entities)", err=True)


# --------------------------------------------------------------------- eval
def _span_progress():
    """Progress on stderr, rewritten in place; None (quiet) when stderr is not a terminal."""
    import sys

    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        click.echo(f"\rkg: [{done}/{total}] sentences", err=True, nl=done >= total)
    return report


@cli.command("eval")
@click.argument("gold_dir", required=False, type=click.Path(exists=True, file_okay=False))
@click.argument("pred_dir", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--cluener", "cluener_file", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Score kg's mentions on CLUENER2020 JSON lines instead of pages against gold.")
@click.option("--split", type=click.Choice(["heldout", "all"]), default=None,
              help="With --cluener: every record (all, the default) or the held-out 10% "
                   "test split of kg.train.cluener_split (heldout).")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --cluener: score only the first N records of the split.")
@click.option("--genre", type=click.Choice(["general", "union"]), default="general", show_default=True,
              help="With --cluener: the rule pack that reads the sentences (CLUENER is general news).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("-v", "--verbose", is_flag=True,
              help="Pages only: list the false positives and negatives after the table.")
def eval_(gold_dir, pred_dir, cluener_file, split, limit, genre, as_json, verbose):
    """Score pages in PRED_DIR (default output/pages) against gold pages in GOLD_DIR.

    Both folders hold one JSON file per page in the evaluation schema
    (shared/eval/GUIDELINES.md); the table (or --json) is the one the shared
    scorer prints: micro P/R/F1 per facet over all gold pages.

    With --cluener FILE, instead score kg's mentions of CLUENER2020 sentences:
    exact (start, end, label) spans for name, company, government,
    organization, position, address, org_any (the three organisation labels as
    one) and micro (the six labels).

    \b
    Examples:
      kg eval ../shared/gold output/pages
      kg eval ../shared/gold --json
      kg eval --cluener cluener/train.json --split heldout --json
      kg eval --cluener cluener/train.json --split all --limit 1000
      kg eval --cluener cluener/train.json --split heldout --genre union
    """
    from . import evaluate as E

    if cluener_file:
        if gold_dir or verbose:
            raise click.UsageError("--cluener takes no GOLD_DIR/PRED_DIR and no --verbose")
        records = E.split_records(E.read_cluener(cluener_file), split or "all")[:limit]
        from .pipeline import cluener_spans
        from .settings import Settings

        settings = Settings(genre=genre)
        counts = E.evaluate_cluener(records, lambda texts: cluener_spans(texts, settings=settings),
                                    progress=_span_progress())
        if as_json:
            click.echo(json.dumps(E.span_scores(counts), ensure_ascii=False))
        else:
            click.echo(E.format_span_table(counts), nl=False)
        click.echo(f"kg: {len(records)} sentences of {cluener_file} (split {split or 'all'})", err=True)
        return
    if gold_dir is None:
        raise click.UsageError("give GOLD_DIR [PRED_DIR], or --cluener FILE")
    if split or limit:
        raise click.UsageError("--split and --limit go with --cluener")
    pred_dir = pred_dir or "output/pages"
    if not Path(pred_dir).is_dir():
        raise click.UsageError(f"PRED_DIR {pred_dir!r} is not a folder; run `kg build` first "
                               "or name the folder of predicted page JSON")
    tally = E.tally_pages(E.load_pages(gold_dir), E.load_pages(pred_dir))
    scores = tally.scores()
    if as_json:
        click.echo(json.dumps(scores, ensure_ascii=False))
        return
    click.echo(E.format_table(scores), nl=False)
    if verbose:
        click.echo(E.format_misses(tally), nl=False)


def main() -> None:  # pragma: no cover - console entry point
    cli(prog_name="kg")
