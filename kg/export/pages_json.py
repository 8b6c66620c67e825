"""One JSON file per page in the evaluation schema (shared/eval/GUIDELINES.md).

``pages/<page id>.json``::

    {"file": "000_x.txt",
     "articles": [{"headline": ..., "entities": [{"name", "types", "aliases"}],
                   "roles": [{"person", "title", "org"}], "honors": [{"holder", "honor"}],
                   "links": [{"from", "rel", "to"}], "uncertain": [...]}]}

Articles keep page order and entities keep the order of the ArticleResult
(the pipeline decides it); types follow EntityType order, aliases are sorted,
role/honor/link rows are de-duplicated and sorted. Evidence is not written here
(it lives in kg.ttl / graph.json).
"""
from __future__ import annotations

from pathlib import Path

from .._io import atomic_write_text, stable_json
from ..corpus import sort_types
from ..model import ArticleResult, Corpus, PageResult

__all__ = ["article_record", "page_record", "render_pages", "write_pages", "PAGES_DIR"]

PAGES_DIR = "pages"


def _unique_sorted(rows: list[dict], key) -> list[dict]:
    seen, out = set(), []
    for row in sorted(rows, key=key):
        k = key(row)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out


def article_record(ar: ArticleResult) -> dict:
    """The gold-schema record of one article."""
    entities = [{"name": e.name, "types": [str(t) for t in sort_types(e.types)],
                 "aliases": sorted(set(e.aliases) - {e.name})} for e in ar.entities]
    roles = _unique_sorted(
        [{"person": r.person, "title": r.title, "org": r.org} for r in ar.roles],
        key=lambda r: (r["person"], r["title"], r["org"] is not None, r["org"] or ""))
    honors = _unique_sorted([{"holder": h.holder, "honor": h.honor} for h in ar.honors],
                            key=lambda h: (h["holder"], h["honor"]))
    links = _unique_sorted(
        [{"from": ln.source, "rel": str(ln.rel), "to": ln.target} for ln in ar.links],
        key=lambda ln: (ln["from"], ln["rel"], ln["to"]))
    return {"headline": ar.article.headline, "entities": entities, "roles": roles,
            "honors": honors, "links": links, "uncertain": list(ar.uncertain)}


def page_record(pr: PageResult) -> dict:
    """The gold-schema record of one page (articles in page order)."""
    articles = sorted(pr.articles, key=lambda a: a.article.index)
    return {"file": pr.page.name, "articles": [article_record(a) for a in articles]}


def render_pages(corpus: Corpus) -> dict[str, str]:
    """``{"pages/<page id>.json": json text}`` for every page of the corpus."""
    return {f"{PAGES_DIR}/{pr.page.id}.json": stable_json(page_record(pr)) for pr in corpus.pages}


def stream_pages(corpus: Corpus, sink) -> None:
    """Write every page file through ``sink``, one page in memory at a time."""
    for pr in corpus.pages:
        sink.write_text(f"{PAGES_DIR}/{pr.page.id}.json", stable_json(page_record(pr)))


def write_pages(corpus: Corpus, out_dir) -> dict[str, str]:
    """Write every page file under ``out_dir/pages`` (atomically); returns the texts."""
    files = render_pages(corpus)
    for rel, text in files.items():
        atomic_write_text(Path(out_dir) / rel, text)
    return files
