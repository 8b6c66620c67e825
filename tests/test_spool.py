"""kg.spool.PageSpool: page results on disk, streamed back; a build's corpus uses one."""
from __future__ import annotations

import doctest
import os
import pickle

import pytest

import kg.spool
from _corpus_fixture import make_corpus
from kg.corpus import assemble
from kg.spool import PageSpool


def test_spool_doctests():
    assert doctest.testmod(kg.spool).failed == 0


def test_spool_round_trips_results_in_order_and_views_share_the_file():
    pages = make_corpus().pages
    spool = PageSpool()
    for pr in reversed(pages):
        spool.append(pr)
    assert len(spool) == len(pages) and list(spool) == list(reversed(pages))
    assert spool[0] == pages[-1] and spool[-1] == pages[0] and spool[:1] == [pages[-1]]
    view = spool.ordered(sorted(spool.keys))
    assert list(view) == sorted(pages, key=lambda p: p.page.id) and view == tuple(view)
    assert pickle.loads(pickle.dumps(view)) == tuple(view)   # pickles as a plain tuple
    with pytest.raises(KeyError):
        spool.ordered(["no such page"])


def test_spool_reads_in_a_forked_child_do_not_disturb_the_parent():
    pages = make_corpus().pages
    spool = PageSpool()
    for pr in pages:
        spool.append(pr)
    pid = os.fork()
    if pid == 0:   # the child reads everything (positional reads: no shared file offset)
        os._exit(0 if list(spool) == list(pages) else 1)
    first = spool[0]
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0 and first == pages[0] and list(spool) == list(pages)


def test_assemble_from_a_spool_equals_assemble_from_a_tuple():
    corpus = make_corpus()
    spool = PageSpool()
    for pr in reversed(corpus.pages):
        spool.append(pr)
    streamed = assemble(spool)
    assert isinstance(streamed.pages, PageSpool)
    assert streamed.entities == corpus.entities and streamed.comentions == corpus.comentions
    assert list(streamed.pages) == list(corpus.pages)
    dup = PageSpool()
    dup.append(corpus.pages[0])
    dup.append(corpus.pages[0])
    with pytest.raises(ValueError, match="duplicate page ids"):
        assemble(dup)


def test_item_spool_batches_index_seal_and_pickle(monkeypatch):
    from kg.spool import ItemSpool

    monkeypatch.setattr(ItemSpool, "BATCH", 7)
    items = [("id%03d" % i, "名" * (i % 5)) for i in range(50)]
    spool = ItemSpool()
    for x in items:
        spool.append(x)
    assert len(spool) == 50 and spool == tuple(items) and spool != tuple(items[:-1])
    assert spool[0] == items[0] and spool[-1] == items[-1] and spool[13] == items[13]
    assert spool[5:9] == items[5:9]
    with pytest.raises(IndexError):
        spool[50]
    with pytest.raises(ValueError, match="sealed"):
        spool.append(("late", ""))   # it was read: the file is only read from now on
    assert pickle.loads(pickle.dumps(spool)) == tuple(items)
    pid = os.fork()
    if pid == 0:
        os._exit(0 if list(spool) == items else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0 and list(spool) == items


def test_assemble_on_disk_equals_in_memory_with_many_spilled_runs(monkeypatch, tmp_path):
    """The seeds' corpus: entities and co-mentions merged by external sort (tiny runs, so
    records spill and merge over several levels) equal the in-memory merge."""
    from pathlib import Path

    from kg import pipeline
    from kg.spool import ItemSpool

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    built = pipeline.build([seeds])
    pages = tuple(built.pages)
    expected = assemble(pages)
    assert len(expected.comentions) > 100 and len(expected.entities) > 100
    monkeypatch.setattr(kg.spool, "RUN_CHARS", 500)
    spool = PageSpool(tmp_path)
    for pr in pages:
        spool.append(pr)
    streamed = assemble(spool)
    assert isinstance(streamed.entities, ItemSpool) and isinstance(streamed.comentions, ItemSpool)
    assert streamed.entities == expected.entities
    assert streamed.comentions == expected.comentions
    assert sorted(p.name for p in tmp_path.iterdir()) == []   # temp files are unlinked


def test_aggregates_fed_in_any_order_equal_the_in_memory_merge(tmp_path):
    """A build feeds DiskAggregates pages in the order the workers finish them."""
    from pathlib import Path

    from kg import pipeline
    from kg.corpus import DiskAggregates, comentions, merge_entities

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    pages = sorted(pipeline.build([seeds]).pages, key=lambda p: p.page.id)
    articles = [ar for p in pages for ar in sorted(p.articles, key=lambda a: a.article.index)]
    for order in (pages[::-1], pages[2:] + pages[:2]):
        agg = DiskAggregates(3, tmp_path)
        for p in order:
            agg.add_page(p)
        entities, pairs = agg.finish()
        assert entities == merge_entities(articles) and pairs == comentions(articles, 3)
