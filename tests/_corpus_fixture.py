"""A small hand-built Corpus for the corpus/graph/export/metrics/query/cli tests.

Every name is invented (青禾市, 云杉区, 林晓岚 ...): nothing is copied from the
seeds or the gold files. Articles are built by :func:`make_article`, a tiny
stand-in for the pipeline: sentences split at 。/newline, mentions found by
longest-first string search, evidence = the first sentence quoting the fact.

Importing this module has no side effects; call :func:`make_corpus` (or
:func:`make_page_results` / :func:`nasty_corpus`).
"""
from __future__ import annotations

import hashlib
import re

from kg.corpus import assemble
from kg.model import (Article, ArticleEntity, ArticleResult, EntityType, Evidence, Honor, Line,
                      Link, LinkRel, Mention, Page, PageResult, Role, Sentence, SkippedFile)
from kg.settings import Settings

SOURCE = "test:fixture.v1"


def _sentences(article_id: str, text: str) -> tuple[Sentence, ...]:
    out = []
    for m in re.finditer(r"[^。\n]+。?", text):
        out.append(Sentence(article_id, len(out), m.start(), m.end(), m.group()))
    return tuple(out)


def _mentions(article_id, text, sentences, entities):
    """Longest-first, non-overlapping occurrences of every name and alias."""
    forms = sorted(((form, i) for i, (name, _t, aliases) in enumerate(entities)
                    for form in (name, *aliases)), key=lambda x: (-len(x[0]), x[0]))
    taken = [False] * len(text)
    found: dict[int, list[Mention]] = {i: [] for i in range(len(entities))}
    for form, i in forms:
        for m in re.finditer(re.escape(form), text):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            sent = next(s.index for s in sentences if s.start <= m.start() < s.end)
            etype = entities[i][1][0]
            found[i].append(Mention(article_id, m.start(), m.end(), form, EntityType(etype),
                                    SOURCE, sent))
    return found


def _evidence(article_id, sentences, *needles) -> Evidence:
    for s in sentences:
        if all(n in s.text for n in needles if n):
            return Evidence(article_id, s.index, s.start, s.end, s.text, SOURCE)
    raise AssertionError(f"fixture: no sentence names {needles}")


def make_article(page_id: str, index: int, headline: str, body: str, entities,
                 roles=(), honors=(), links=(), uncertain=()) -> ArticleResult:
    """An ArticleResult from plain data.

    ``entities``: (name, types, aliases); ``roles``: (person, title, org|None);
    ``honors``: (holder, honor); ``links``: (source, rel, target).
    """
    aid = f"{page_id}#{index:02d}"
    text = headline + "\n" + body
    article = Article(aid, page_id, index, headline, (), (), text, ((0, 1 + 10 * index),))
    sentences = _sentences(aid, text)
    found = _mentions(aid, text, sentences, entities)
    ents = tuple(ArticleEntity(name, tuple(EntityType(t) for t in types), tuple(aliases),
                               tuple(sorted(found[i])))
                 for i, (name, types, aliases) in enumerate(entities))
    return ArticleResult(
        article=article, sentences=sentences, entities=ents,
        roles=tuple(Role(p, t, o, _evidence(aid, sentences, p)) for p, t, o in roles),
        honors=tuple(Honor(h, x, _evidence(aid, sentences, h)) for h, x in honors),
        links=tuple(Link(s, LinkRel(r), t, _evidence(aid, sentences, s)) for s, r, t in links),
        uncertain=tuple(uncertain))


def make_page(page_id: str, articles, encoding="utf-8") -> PageResult:
    text = "\n".join(a.article.text for a in articles)
    lines = tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n")))
    page = Page(page_id, f"pages_in/{page_id}.txt", f"{page_id}.txt",
                hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding, lines)
    return PageResult(page, tuple(articles))


# ------------------------------------------------------------------ the data
A0_BODY = ("青禾市总工会十届三次全委会在青禾市召开。"
           "市总工会党组书记、主席林晓岚出席会议并讲话。"
           "云杉区人民政府副区长、区总工会主席周木森作报告。"
           "全国劳动模范周木森说，星河精工有限公司工会将团结职工。"
           "周木森在云杉区工作多年，云杉区总工会为他颁奖。"
           "云杉区总工会、星河精工有限公司和青禾职工医院的代表参加会议。"
           "记者 孟川")
A0_ENTITIES = [
    ("青禾市总工会", ["union"], ["市总工会"]),
    ("青禾市", ["district"], []),
    ("林晓岚", ["official"], []),
    ("云杉区人民政府", ["government"], []),
    ("云杉区总工会", ["union"], ["区总工会"]),
    ("周木森", ["official", "worker"], []),
    ("星河精工有限公司工会", ["union"], []),
    ("星河精工有限公司", ["company"], []),
    ("青禾职工医院", ["organization"], []),
    ("云杉区", ["district"], []),
    ("孟川", ["journalist"], []),
]
A0_ROLES = [
    ("林晓岚", "党组书记", "青禾市总工会"),
    ("林晓岚", "主席", "青禾市总工会"),
    ("周木森", "副区长", "云杉区人民政府"),
    ("周木森", "主席", "云杉区总工会"),
    ("孟川", "记者", None),
]
A0_HONORS = [("周木森", "全国劳动模范")]
A0_LINKS = [
    ("云杉区总工会", "part_of", "青禾市总工会"),
    ("云杉区总工会", "located_in", "云杉区"),
    ("青禾市总工会", "located_in", "青禾市"),
    ("星河精工有限公司工会", "union_of", "星河精工有限公司"),
]

A1_BODY = ("星河精工举办首届技能比武。"
           "星河精工有限公司钳工周木森获得一等奖。"
           "星河精工有限公司被授予全国工人先锋号。")
A1_ENTITIES = [
    ("星河精工有限公司", ["company"], ["星河精工"]),
    ("周木森", ["worker"], []),
]
A1_ROLES = [("周木森", "钳工", "星河精工有限公司")]
A1_HONORS = [("星河精工有限公司", "全国工人先锋号")]

B0_BODY = ("青禾市总工会看望一线职工。"
           "林晓岚来到青禾职工医院，与护士长白芷交流。"
           "通讯员 孟川")
B0_ENTITIES = [
    ("青禾市总工会", ["union"], []),
    ("林晓岚", ["official"], []),
    ("青禾职工医院", ["organization"], []),
    ("白芷", ["worker"], []),
    ("孟川", ["journalist"], []),
]
B0_ROLES = [("白芷", "护士长", "青禾职工医院"), ("孟川", "通讯员", None)]


def make_page_results() -> list[PageResult]:
    """Two pages, three articles, every entity type, roles, honors and links."""
    p1 = make_page("p01_alpha", [
        make_article("p01_alpha", 0, "青禾市总工会召开全委会", A0_BODY, A0_ENTITIES,
                     A0_ROLES, A0_HONORS, A0_LINKS, ["会议期数待核实"]),
        make_article("p01_alpha", 1, "星河精工举办技能比武", A1_BODY, A1_ENTITIES,
                     A1_ROLES, A1_HONORS),
    ])
    p2 = make_page("p02_beta", [
        make_article("p02_beta", 0, "送温暖到一线", B0_BODY, B0_ENTITIES, B0_ROLES),
    ], encoding="gb18030")
    return [p2, p1]  # deliberately unsorted: assemble sorts


SKIPPED = (SkippedFile("pages_in/broken.txt", "not UTF-8 or GB18030 text"),)


def make_corpus(settings: Settings = Settings()):
    return assemble(make_page_results(), SKIPPED, settings)


# Strings that break naive escaping in HTML, Turtle, N-Triples and JSON.
NASTY_NAME = "<img src=x onerror=alert(1)>"
NASTY_HEADLINE = 'He said "hi" \\ back\nslash <script>alert("x")</script> & 引号'


def nasty_corpus():
    body = f"{NASTY_NAME}与青禾市总工会签约。青禾市总工会主席林晓岚出席。"
    ents = [(NASTY_NAME, ["organization"], ['"引号"机构\\']),
            ("青禾市总工会", ["union"], []),
            ("林晓岚", ["official"], [])]
    art = make_article("p09_nasty", 0, NASTY_HEADLINE, body, ents,
                       roles=[("林晓岚", "主席", "青禾市总工会")],
                       honors=[(NASTY_NAME, "a\\b \"c\" <d>\n第二行")],
                       links=[(NASTY_NAME, "part_of", "青禾市总工会")])
    return assemble([make_page("p09_nasty", [art])])


def write_built(out_dir, corpus=None, settings: Settings = Settings()):
    """Write every output of ``corpus`` (default: :func:`make_corpus`) into ``out_dir``."""
    from kg.export import write_all

    return write_all(corpus if corpus is not None else make_corpus(settings), out_dir, settings)


def entity_id_of(corpus, name: str) -> str:
    """The id of the corpus entity called ``name`` (fails loudly if absent)."""
    (eid,) = [e.id for e in corpus.entities if e.name == name]
    return eid
