"""Shared test helpers: the fixtures folder and a Page built from a string."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import lines_from_text
from kg.model import Page

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def make_page():
    """Build a Page from text without touching the disk: ``make_page(text, page_id)``."""
    def _make(text: str, page_id: str = "p") -> Page:
        return Page(id=page_id, path=f"{page_id}.txt", name=f"{page_id}.txt", sha256="",
                    encoding="utf-8", lines=lines_from_text(text))
    return _make


@pytest.fixture(scope="module")
def corpus():
    """The hand-built synthetic Corpus of tests/_corpus_fixture.py."""
    from _corpus_fixture import make_corpus

    return make_corpus()


@pytest.fixture(scope="module")
def G(corpus):
    """The networkx graph of the synthetic corpus."""
    from kg.graph import to_networkx

    return to_networkx(corpus)
