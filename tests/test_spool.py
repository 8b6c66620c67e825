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
