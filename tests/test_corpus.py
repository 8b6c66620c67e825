"""kg.corpus: entity merging, co-mentions, name resolution."""
from __future__ import annotations

import pytest

from _corpus_fixture import (entity_id_of, make_article, make_corpus, make_page,
                             make_page_results)
from kg.corpus import (assemble, fact_key, name_index, resolve_name, resolved_roles,
                       unresolved_references)
from kg.model import EntityType, Role, entity_id
from kg.settings import Settings


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


def test_corpus_pages_sorted_by_id(corpus):
    assert [p.page.id for p in corpus.pages] == ["p01_alpha", "p02_beta"]
    assert [a.article.id for a in corpus.articles] == ["p01_alpha#00", "p01_alpha#01", "p02_beta#00"]


def test_corpus_entities_sorted_and_keyed_by_entity_id(corpus):
    ids = [e.id for e in corpus.entities]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == 12
    for e in corpus.entities:
        assert e.id == entity_id(e.name, e.types)


@pytest.mark.parametrize("name, types, aliases, articles, mentions", [
    ("周木森", (EntityType.OFFICIAL, EntityType.WORKER), (), ("p01_alpha#00", "p01_alpha#01"), 4),
    ("星河精工有限公司", (EntityType.COMPANY,), ("星河精工",), ("p01_alpha#00", "p01_alpha#01"), 5),
    ("青禾市总工会", (EntityType.UNION,), ("市总工会",), ("p01_alpha#00", "p02_beta#00"), 4),
    ("孟川", (EntityType.JOURNALIST,), (), ("p01_alpha#00", "p02_beta#00"), 2),
])
def test_corpus_merges_article_entities(corpus, name, types, aliases, articles, mentions):
    e = corpus.entity(entity_id_of(corpus, name))
    assert (e.types, e.aliases, e.article_ids, e.mention_count) == (types, aliases, articles, mentions)


def test_corpus_types_union_in_enum_order():
    a = make_article("p", 0, "甲", "周木森。", [("周木森", ["worker"], ["老周"])])
    b = make_article("p", 1, "乙", "周木森。", [("周木森", ["official"], [])])
    c = assemble([make_page("p", [a, b])])
    (e,) = c.entities
    assert e.types == (EntityType.OFFICIAL, EntityType.WORKER)
    assert e.aliases == ("老周",)


def test_corpus_comention_weight_and_evidence(corpus):
    a, b = sorted([entity_id_of(corpus, "云杉区总工会"), entity_id_of(corpus, "周木森")])
    (cm,) = [c for c in corpus.comentions if (c.a, c.b) == (a, b)]
    assert cm.weight == 2
    assert cm.article_ids == ("p01_alpha#00",)
    assert [ev.quote for ev in cm.evidence] == [
        "云杉区人民政府副区长、区总工会主席周木森作报告。",
        "周木森在云杉区工作多年，云杉区总工会为他颁奖。",
    ]
    ar = corpus.articles[0]
    for ev in cm.evidence:
        assert ar.article.text[ev.start:ev.end] == ev.quote


def test_corpus_comention_evidence_is_capped_not_weight():
    c = assemble(make_page_results(), settings=Settings(comention_evidence=1))
    top = max(c.comentions, key=lambda cm: cm.weight)
    assert top.weight == 2 and len(top.evidence) == 1


def test_corpus_comentions_are_ordered_pairs_of_different_entities(corpus):
    pairs = [(c.a, c.b) for c in corpus.comentions]
    assert pairs == sorted(pairs) and all(a < b for a, b in pairs)
    assert len(pairs) == 15
    # 林晓岚 and 周木森 never share a sentence
    lin, zhou = entity_id_of(corpus, "林晓岚"), entity_id_of(corpus, "周木森")
    assert tuple(sorted((lin, zhou))) not in pairs


def test_corpus_name_index_resolves_aliases(corpus):
    ar = corpus.articles[0]
    index = name_index(ar)
    assert index["市总工会"] == index["青禾市总工会"] == entity_id_of(corpus, "青禾市总工会")
    assert resolve_name(ar, "区总工会") == entity_id_of(corpus, "云杉区总工会")
    assert resolve_name(ar, "不存在") is None and resolve_name(ar, None) is None


def test_corpus_canonical_name_beats_alias():
    ar = make_article("p", 0, "题", "甲工会与乙工会。",
                      [("甲工会", ["union"], ["乙工会"]), ("乙工会", ["union"], [])])
    assert resolve_name(ar, "乙工会") == entity_id("乙工会", ["union"])


def test_corpus_unresolved_references_are_reported_and_skipped():
    ar = make_article("p", 0, "题", "林晓岚任甲工会主席。", [("甲工会", ["union"], [])],
                      roles=[("林晓岚", "主席", "甲工会")])
    c = assemble([make_page("p", [ar])])
    assert list(resolved_roles(c)) == []
    assert [tuple(u) for u in unresolved_references(c)] == [("p#00", "role", "林晓岚")]


def test_corpus_fact_key_sorts_roles_with_and_without_org(corpus):
    ev = corpus.articles[0].roles[0].evidence
    roles = [Role("甲", "主席", "乙", ev), Role("甲", "主席", None, ev)]
    assert [r.org for r in sorted(roles, key=fact_key)] == [None, "乙"]


def test_corpus_rejects_duplicate_page_ids():
    page = make_page_results()[0]
    with pytest.raises(ValueError, match="duplicate page ids"):
        assemble([page, page])


def test_corpus_keeps_skipped_files_sorted(corpus):
    assert [(s.path, s.reason) for s in corpus.skipped] == [
        ("pages_in/broken.txt", "not UTF-8 or GB18030 text")]
