"""The pipeline: named stages from paths to a Corpus.

    STAGES: ingest -> articles -> segment -> mentions -> resolve -> relations -> corpus

``build(paths, settings, progress)`` runs them over every page; a page that
cannot be read is reported in ``Corpus.skipped`` (or raised with ``strict``).
``extract_page(page, settings)`` is the per-page unit: ``build(..., jobs=N)``
runs it in N worker processes (results gathered in input order) and
``build(..., cache_dir=DIR)`` reuses its results per page (:mod:`kg.cache`);
assembly and exports always see every page, so the corpus is the same either way.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import os
import pickle
import re
import sys
from typing import Callable, Iterable, NamedTuple

from . import resolve as R
from .articles import split_articles
from ._io import default_jobs
from .errors import InputError, KgError
from pathlib import Path
from .ingest import discover, read_page
from .lexicons import load_lexicons
from .mentions import (BRANCH_SUFFIX, GENRES, HOUSE_DEPARTMENT, PERSON, ZONE_RE, Candidate, Context, add_model_mentions, find_mentions, model_candidates,
                       model_spans, rules_then_model,
                       sentences_with_gaps)
from .corpus import DiskAggregates, fact_key, page_records
from .model import (Article, ArticleEntity, ArticleResult, Corpus, EntityType, Evidence,
                    Honor, Link, LinkRel, Mention, Page, PageResult, Role, SkippedFile)
from .relations import WORKER_HONOR, ArticleFacts
from .segment import Segmenter, split_sentences
from .settings import Settings
from .spool import PageSpool

STAGES = ("ingest", "articles", "segment", "mentions", "resolve", "relations", "corpus")


@functools.lru_cache(maxsize=4)
def get_context(extra_lexicons: tuple[str, ...] = ()) -> Context:
    lex = load_lexicons(extra_lexicons)
    return Context(lex, Segmenter(lex))


# ---------------------------------------------------------------- per article
def extract_article(article: Article, ctx: Context, home, tagger=None,
                    sentences: tuple | None = None, cands: list | None = None) -> ArticleResult:
    """Facts of one article. ``sentences``/``cands`` may come precomputed
    (:func:`extract_page` tags the gaps of a whole page in one batch)."""
    if sentences is None:
        sentences = split_sentences(article)
    if cands is None:
        cands = find_mentions(article, sentences, ctx, home)
        if tagger is not None:
            gaps = sentences_with_gaps(sentences, cands, ctx)
            if gaps:
                cands = add_model_mentions(article.text, cands, model_spans(tagger, tuple(gaps), tagger.source, ctx), ctx)
    district = R.article_district(article.text, ctx.lex, home)
    city = R.article_city(article.text, ctx.lex, home, district)
    home_province = R.article_province(home)
    groups = R.group_mentions(cands, ctx, city, district, home_province, article.text)
    name_of = {}
    for g in groups:
        for c in g.cands:
            name_of[id(c)] = g.name
    facts = ArticleFacts(article, sentences, cands, name_of, ctx, groups)

    roles: set[tuple] = set()
    honors: set[tuple] = set()
    person_kinds: dict[str, set[str]] = {}
    unplaced = []    # workers' posts with no employer in their chain or sentence
    for b in article.bylines:
        if b.title:      # a signed comment's author holds no post
            roles.add((b.name, b.title, None, facts.evidence(max(b.start, 0), max(b.end, 0), "rule:byline.v1")))
        person_kinds.setdefault(b.name, set()).add("journalist")
    places = {g.name for g in groups if g.type is EntityType.DISTRICT}
    for c in cands:
        if c.type != PERSON:
            continue
        pname = name_of.get(id(c), c.text)
        rows = facts.roles_for(c)
        placed = any(org is not None for _, org, _, _ in rows)
        for title, org, lo, hi in rows:
            kind = title_kind(title, ctx)
            if kind == "journalist":
                continue
            base = base_title(title, ctx)
            if org in places and (kind == "worker" or not PLACE_POSTS.fullmatch(base)):
                # 那满镇蔗农某某, 汨罗市农机手某某: where the worker lives, no employer; 某区|站长某某:
                # a place holds no station's post
                org = None
            if org is None and kind != "worker" and (base in EMPLOYER_POSTS or "车间" + title in article.text[lo:hi]
                                                      or _in_a_department(article.text, lo, hi, title)) \
                    and not OTHER_UNIT_OPENER.match(article.text, min(r[2] for r in rows)):
                # 车间主任某某, 公司党委书记、董事长某某: a post only an employer has
                org = facts.employer_in_sentence(c)
                if org is None:
                    if not placed:
                        unplaced.append((pname, title, lo, hi, kind, facts.role_source(c, lo, hi)))
                    continue
            if kind == "worker" and org is None:
                pre = article.text[lo:c.start - len(title)] if article.text.startswith(title, c.start - len(title)) \
                    else None
                if article.text.startswith(title, lo) or (pre and pre.endswith(("的", "科", "室", "车间", "班组"))):
                    # the bare post: 在某某公司，车工某某说 / 在某某公司车间，已干了32年的钳工某某
                    org = facts.employer_in_sentence(c)
                if org is None and base not in SELF_EMPLOYED_JOBS:
                    if not placed and base not in NOT_COMPANY_POSTS:
                        unplaced.append((pname, title, lo, hi, kind, facts.role_source(c, lo, hi)))
                    continue
            source = facts.role_source(c, lo, hi)
            roles.add((pname, title, org, facts.evidence(lo, hi, source)))
            person_kinds.setdefault(pname, set()).add(kind)
        for h in facts.honors_for(c):
            honors.add((pname, h, facts.evidence(c.start, c.end, "rule:honor.v1")))
    employer = facts.employer_in_article() if unplaced else None
    own = _own_employers(roles, facts, ctx)
    for pname, title, lo, hi, kind, source in unplaced:
        # 焊工某某 in a report about one factory: the employer a reader takes for granted
        if kind == "worker" and pname in own:
            roles.add((pname, title, own[pname], facts.evidence(lo, hi, "rule:own_employer.v1")))
        elif employer is not None:
            roles.add((pname, title, employer, facts.evidence(lo, hi, "rule:story_employer.v1")))
        elif kind != "worker" and (near := facts.employer_in_paragraph(lo)) is not None:
            roles.add((pname, title, near, facts.evidence(lo, hi, "rule:paragraph_employer.v1")))
        elif kind != "worker" and base_title(title, ctx) in EMPLOYER_POSTS \
                and (near := facts.employer_before(lo)) is not None:
            # 车间主任某某 in a story that named its company paragraphs before: that company's
            roles.add((pname, title, near, facts.evidence(lo, hi, "rule:paragraph_employer.v1")))
        elif kind == "worker":
            continue
        else:
            roles.add((pname, title, None, facts.evidence(lo, hi, source)))
        person_kinds.setdefault(pname, set()).add(kind)
    # 综采一队（队长 某某） after 某某煤矿综采一队队长某某: the post is the one the chain placed
    placed = {(r[0], r[1]) for r in roles if r[2] is not None}
    roles -= {r for r in roles if r[2] is None and (r[0], r[1]) in placed}
    for row in [r for r in roles if r[2] is None and r[0] in own and title_kind(r[1], ctx) == "worker"]:
        # 外卖骑手某某 … 某某是某某配送公司的一名骑手: the job is done for the person's employer
        roles.discard(row)
        roles.add((row[0], row[1], own[row[0]], dataclasses.replace(row[3], source="rule:own_employer.v1")))
    stations = {c.text.removesuffix("工会") for c in cands if c.source == "rule:delivery_station.v1"}
    if len(stations) == 1:
        station = stations.pop()
        for row in [r for r in roles if r[2] is None and base_title(r[1], ctx) in STATION_JOBS]:
            # 站长某某, 骑手某某 in a story about one delivery station: the station's people
            roles.discard(row)
            roles.add((row[0], row[1], station, dataclasses.replace(row[3], source="rule:station_staff.v1")))
    for c in cands:
        if c.type is PERSON and (firm := facts.rota_firm(c)) is not None:
            # 周二　某某律师事务所　某某律师: the lawyer on duty, at the firm of the row
            roles.add((name_of.get(id(c), c.text), "律师", firm, facts.evidence(c.start, c.end + 2, "rule:rota.v1")))
        if c.type is PERSON and (unit := facts.listing_unit(c)) is not None:
            pname = name_of.get(id(c), c.text)
            for row in [r for r in roles if r[0] == pname and r[2] is None]:
                # 1. 某某电子科技有限公司 … 联系人：某某（人事主管）: the post is at the listed unit
                roles.discard(row)
                roles.add((row[0], row[1], unit, dataclasses.replace(row[3], source="rule:listing_contact.v1")))
    for row in [r for r in roles if r[2] is None and r[1] in GOVERNMENT_HEADS]:
        # 副省长某某 with no body printed: the head of the home province's (city's) government
        place = _province_of(home_province, city, ctx.lex) if GOVERNMENT_HEADS[row[1]] == "province" else city
        body = _home_government(place, {g.name for g in groups})
        if body is not None:
            roles.discard(row)
            roles.add((row[0], row[1], body, dataclasses.replace(row[3], source="rule:home_government.v1")))
    for row in [r for r in roles if r[2] is None and r[1] in TRIBUNAL_POSTS]:
        # 审判员　某某 under a judgment, 仲裁员某某: the court (arbitration committee) the story names
        # first, the one that heads a judgment before the court of appeal it names
        bodies = sorted((min(c.start for c in g.cands), g.name) for g in groups
                        if g.type is not PERSON and g.name.endswith(TRIBUNAL_POSTS[row[1]]))
        if bodies:
            roles.discard(row)
            roles.add((row[0], row[1], bodies[0][1], dataclasses.replace(row[3], source="rule:tribunal.v1")))
    for pname, title, studio, lo, hi in facts.studio_leads():
        # 作为工作室领衔人，他…: the post is at the studio named after the person, wherever else it was read
        roles -= {r for r in roles if r[0] == pname and r[1] == title}
        roles.add((pname, title, studio, facts.evidence(lo, hi, "rule:studio_lead.v1")))
        person_kinds.setdefault(pname, set()).add(title_kind(title, ctx))
    for h, c in facts.won_honors() + facts.holder_honors():
        pname = name_of.get(id(c), c.text)
        honors.add((pname, h, facts.evidence(c.start, c.end, "rule:honor.v1")))
    if CANDIDATE_NOTICE.search(article.headline):
        honors.clear()    # 关于…拟表彰对象的公示: the people listed are candidates, they hold no honor yet
    for pname, title, org, lo, hi in _listed_post(article, cands, name_of, ctx):
        if not any(r[0] == pname for r in roles):
            roles.add((pname, title, org, facts.evidence(lo, hi, "rule:post_list.v1")))
            person_kinds.setdefault(pname, set()).add(title_kind(title, ctx))
    for pname, title, org, lo, hi in _posts_over_names(article, cands, name_of, ctx, facts):
        roles.add((pname, title, org, facts.evidence(lo, hi, "rule:post_list.v1")))
        person_kinds.setdefault(pname, set()).add(title_kind(title, ctx))

    # entities: groups + organisations named only inside others (union owners, chain unions)
    entities: dict[str, dict] = {}
    for g in groups:
        kind = "person" if g.type in (PERSON, EntityType.JOURNALIST) else "org"
        e = entities.setdefault(g.name, {"types": set(), "forms": [], "mentions": [], "kind": kind})
        e["forms"] += g.forms
        e["mentions"] += [c for c in g.cands]
        if kind == "org":
            e["types"].add(EntityType(g.type))
    for name, typ in facts.new_entities.items():
        entities.setdefault(name, {"types": {typ}, "forms": [], "mentions": [], "kind": "org"})
    links: set[tuple] = set()
    for name in list(entities):
        owner = R.union_owner(name, ctx) if EntityType.UNION in entities[name]["types"] else None
        if owner is None:
            continue
        oname, otype = owner
        target = _find_entity(oname, entities, ctx)
        if target is None:
            entities[oname] = {"types": {otype}, "forms": [], "mentions": [], "kind": "org"}
            target = oname
        links.add((name, LinkRel.UNION_OF, target))
    for name, e in entities.items():
        if e["kind"] != "person":
            continue
        kinds = person_kinds.get(name, set())
        types = set()
        if "journalist" in kinds:
            types.add(EntityType.JOURNALIST)
        else:
            if kinds & {"leader", "member"}:
                types.add(EntityType.OFFICIAL)
            if "worker" in kinds or any(h[0] == name and h[1].endswith(WORKER_HONOR) for h in honors):
                types.add(EntityType.WORKER)
            if not types:
                types.add(EntityType.WORKER)
        e["types"] = types
    links |= name_links(entities, ctx, district)
    links |= _house_unit_links(entities, name_of, cands, facts.house)
    for child, parent in facts.stated_links():
        a, b = name_of.get(id(child)), name_of.get(id(parent))
        if a and b and a != b and a in entities and b in entities:
            links.add((a, LinkRel.PART_OF, b))
    stated = {}
    for unit, place in facts.stated_locations():
        a, b = name_of.get(id(unit)), name_of.get(id(place))
        if a and b and a in entities and b in entities and EntityType.DISTRICT in entities[b]["types"] \
                and EntityType.DISTRICT not in entities[a]["types"] and (a, LinkRel.LOCATED_IN, b) not in links:
            links.add((a, LinkRel.LOCATED_IN, b))
            stated[(a, LinkRel.LOCATED_IN, b)] = facts.evidence(unit.start, unit.end, "rule:located.v1")

    ev_default = Evidence(article.id, 0, 0, len(article.headline), article.headline, "rule:name_link.v1")
    quoted = set(QUOTED_TITLE.findall(article.text))
    ents = []
    for name, e in entities.items():
        aliases = tuple(sorted({f for f in e["forms"] if f != name}))
        ms = tuple(Mention(article.id, c.start, c.end, c.text, c.type, c.source,
                           _sentence_of(sentences, c.start)) for c in e["mentions"])
        types = tuple(t for t in EntityType if t in e["types"])
        ents.append(ArticleEntity(name, types, aliases, ms))
    return ArticleResult(
        article=article,
        sentences=sentences,
        entities=tuple(ents),
        roles=tuple(sorted((Role(p, t, o, ev) for p, t, o, ev in roles), key=fact_key)),  # org may be None
        honors=tuple(sorted({Honor(p, in_full(placed_honor(h, home_province, city, ctx.lex), quoted), ev)
                             for p, h, ev in honors}, key=fact_key)),
        links=tuple(sorted(Link(a, r, b, stated.get((a, r, b)) or _link_evidence(a, b, entities, facts, ev_default))
                           for a, r, b in links)),
    )


def _listed_post(article: Article, cands, name_of, ctx) -> list[tuple]:
    """(person, post, body, start, end) for the people a list of the holders of one
    post names (某某市工会第十四次代表大会主席团成员名单, 某某工会第三届委员会委员名单):
    the post ends the headline before 名单; its body is the last body named before it
    in the headline, none when that is a congress (an event, not a body)."""
    head = article.headline
    if not head.endswith("名单") or CANDIDATE_NOTICE.search(head):
        return []
    title = ctx.title_index.longest_ending_at(head, len(head) - 2)
    if title is None or ctx.titles[title] not in ("leader", "member"):
        return []
    before = head[:len(head) - 2 - len(title)]
    body = None
    if not before.endswith(("大会", "会议")):
        body = next((name_of.get(id(c)) for c in reversed(cands)
                     if c.end <= len(before) and c.type not in (PERSON, EntityType.JOURNALIST, EntityType.DISTRICT)), None)
        if body is None:
            return []
    return [(name_of.get(id(c), c.text), title, body, c.start, c.end) for c in cands
            if c.type is PERSON and c.start >= len(head)]


#: A line that heads a row of names with the post they share (新当选的市总工会第十五届委员会常委
#: （按姓氏笔画为序）：), then the row, on the next line or after the colon (监票人：某甲、某乙).
_POST_OVER_NAMES = re.compile(r"(?m)^(?P<head>[^\n：:，。；]{2,60}?)(?:[（(][^（）()\n]{1,20}[）)])?[：:]\n?(?P<row>[^\n]+)$")
#: A congress's own posts (主席团成员, 监票人, 提案审查委员会委员): a list of them names no
#: body but the congress, which is the company's when the text names a company's
#: 职工代表大会, else none.
CONGRESS_POSTS = frozenset(("主席团成员", "主席团常务主席", "总监票人", "监票人", "计票人", "总计票人",
                            "提案审查委员会主任", "提案审查委员会副主任", "提案审查委员会委员"))
#: A company's congress of workers' delegates (某某公司第五届职工代表大会): the company before it.
_WORKERS_CONGRESS = re.compile(r"(?:第[一二三四五六七八九十\d]+届)?(?:职工代表大会|职代会)")


def _posts_over_names(article: Article, cands, name_of, ctx, facts: ArticleFacts) -> list[tuple]:
    """(person, post, body, start, end) for the names of a row under a line, or after a
    label, that ends with the post they share and names its body (see
    ``_POST_OVER_NAMES``): every item of the row a name. A congress's own post names
    its company's congress or none (see :data:`CONGRESS_POSTS`)."""
    text, out = article.text, []
    for m in _POST_OVER_NAMES.finditer(text):
        head_end = m.end("head")
        title = ctx.title_index.longest_ending_at(text, head_end)
        if title is None or ctx.titles[title] not in ("leader", "member") and title not in CONGRESS_POSTS:
            continue
        names = [c for c in cands if c.type is PERSON and m.start("row") <= c.start and c.end <= m.end("row")]
        row = text[m.start("row"):m.end("row")]
        if title in CONGRESS_POSTS and text[m.start():head_end] == title:
            if not names or len(row.split("、")) != len(names):
                continue
            body = _congress_company(text[:m.start()], cands, name_of)
            out += [(name_of.get(id(c), c.text), title, body, c.start, c.end) for c in names]
            continue
        body = next((c for c in reversed(cands) if m.start() <= c.start and c.end <= head_end - len(title)
                     and c.type not in (PERSON, EntityType.JOURNALIST, EntityType.DISTRICT)), None)
        name = name_of.get(id(body)) if body is not None else facts.company_union_body(
            text[m.start():head_end - len(title)], m.start())
        if name is None or len(names) < 2 or len(row.split("、")) != len(names) or "\n" not in m.group():
            continue
        out += [(name_of.get(id(c), c.text), title, name, c.start, c.end) for c in names]
    return out


def _congress_company(before: str, cands, name_of) -> str | None:
    """The company whose workers' congress the text before a list names last
    (附：某某公司第五届职工代表大会第三次会议主席团…名单)."""
    for m in reversed(list(_WORKERS_CONGRESS.finditer(before))):
        company = next((c for c in cands if c.end == m.start() and c.type is EntityType.COMPANY), None)
        if company is not None:
            return name_of.get(id(company), company.text)
    return None


#: Posts only a court or an arbitration committee has, and the end of its name: with no
#: body printed in the chain, the post is at the first such body the story names.
TRIBUNAL_POSTS = {**dict.fromkeys(("审判长", "审判员", "人民陪审员", "书记员", "法官助理", "法官"), "人民法院"),
                  **dict.fromkeys(("仲裁员", "首席仲裁员"), "仲裁委员会")}


#: A notice of candidates (关于…拟表彰对象的公示, …候选人名单): its lists name no holder of an honor.
CANDIDATE_NOTICE = re.compile(r"拟(?:表彰|授予|推荐|命名|评选|认定)|候选人|推荐人选|推荐对象")


#: A title printed in quotes (授予某某等10名职工“劳动竞赛标兵”荣誉称号).
QUOTED_TITLE = re.compile(r"“([^“”\n]{2,14})”")


def in_full(honor: str, quoted: set[str]) -> str:
    """An honor printed short (竞赛标兵：某甲、某乙) in its full form when the article
    quotes exactly one title that ends with it (授予…“劳动竞赛标兵”荣誉称号)."""
    full = [q for q in quoted if len(q) > len(honor) and q.endswith(honor)]
    return full[0] if len(full) == 1 else honor


def placed_honor(honor: str, province, city, lex) -> str:
    """An honor named by its level alone gets the article's place: 省五一劳动奖章 ->
    浙江省五一劳动奖章 in a 浙江 article (the province of its city in a city's paper),
    市劳动模范 -> 沈阳市劳动模范, 自治区技术能手 -> 新疆维吾尔自治区技术能手."""
    if honor.startswith(("省", "自治区")):
        level = "省" if honor.startswith("省") else "自治区"
        province = _province_of(province, city, lex)
        if province is not None and (level == "省" or province.name.endswith(level)):
            return province.name + honor[len(level):]
    if honor.startswith("市") and city is not None:
        return city.name + honor[1:]
    return honor


def _province_of(province, city, lex):
    """The article's province: the home province, else the province of its city (a
    city's paper)."""
    if province is None and city is not None:
        return next((d for d in lex.ancestors(city) if d.level == "province"), None)
    return province


def _link_evidence(a: str, b: str, entities: dict, facts, default: Evidence) -> Evidence:
    """Where a name link is read: the first mention of its source (else of its target)."""
    for name in (a, b):
        ms = entities.get(name, {}).get("mentions") or []
        if ms:
            c = min(ms, key=lambda c: c.start)
            return facts.evidence(c.start, c.end, "rule:name_link.v1")
    # an owner named only inside its union's name: the union's mention
    for name, e in entities.items():
        if e.get("mentions") and (a in name or b in name) and name != a:
            c = min(e["mentions"], key=lambda c: c.start)
            return facts.evidence(c.start, c.end, "rule:name_link.v1")
    return default


def _sentence_of(sentences, pos: int) -> int:
    idx = 0
    for s in sentences:
        if s.start <= pos:
            idx = s.index
    return idx


#: Posts only an employer has: with no organisation in the chain they belong to the
#: company named in the sentence, or to the article's one company.
EMPLOYER_POSTS = frozenset("""班长 班组长 车间主任 车间副主任 工段长 船长 机长 列车长 董事长 副董事长 总经理
副总经理 经理 项目经理 主管 厂长 副厂长 矿长 副矿长 总监 人力资源总监 技术总监""".split())
#: A company's department or workshop printed right before a post (物流仓储部|部长, 数控加工车间|主任),
#: not a party's, a government's or a union's.
DEPARTMENT_BEFORE = re.compile(r"^(?!.*(?:委|党|政府|人大|政协|工会|局|厅))[\u4e00-\u9fff]{2,8}(?:车间|部|科|室)$")


def _in_a_department(text: str, lo: int, hi: int, title: str) -> bool:
    """True when the post's segment (from ``lo``: before the name, or after it to the
    line's end) prints a company's department right before the title."""
    line_end = text.find("\n", lo)
    end = hi if lo < hi else line_end if line_end != -1 else len(text)
    k = text.find(title, lo, end)
    return k != -1 and DEPARTMENT_BEFORE.match(text[lo:k]) is not None


#: A chain opening with a unit the story has not named (集团董事长 with no group named):
#: that unit, not the story's company, holds the post.
OTHER_UNIT_OPENER = re.compile(r"(?:该|本|这家)?(?:集团|医院|学院|学校|银行|酒店|煤矿|矿)")
#: Posts a place itself holds (a village's 党支部书记 and 村委会主任, a county's 县长, a
#: banner's 嘎查长, a corps' 团长): with a place for a body any other post has lost its own.
PLACE_POSTS = re.compile(r".*书记|.*[省市区县镇乡村州旗盟团连师]长|嘎查[长达]|.*政委|.*主任|.*委员|常委|.*专干")
# Workers' posts whose holder is not employed by the company a report is about.
NOT_COMPANY_POSTS = frozenset(("律师", "法官", "仲裁员", "调解员", "农民工", "护林员"))
#: Jobs often done for no employer (on a platform, on one's own land) or for one the
#: news seldom names (a city's sanitation contractor, a courier network): with no
#: employer named in the chain or the sentence the post stands alone (org null).
SELF_EMPLOYED_JOBS = frozenset("""外卖骑手 骑手 外卖员 送餐员 网约配送员 网约车司机 网约车驾驶员 货车司机 卡车司机
大货车司机 代驾司机 茶农 菜农 果农 蔗农 渔民 牧民 养殖户 种植户 采茶工 环卫工人 环卫工 快递员 快递小哥""".split())

#: The posts and jobs of a delivery station (站长, 骑手, 快递员).
STATION_JOBS = frozenset(("站长", "副站长", "外卖骑手", "骑手", "外卖员", "送餐员", "网约配送员", "快递员", "快递小哥"))


#: Heads of a province's or a city's government, printed with no body (副省长某某): the
#: government of the article's own province or city.
GOVERNMENT_HEADS = {**dict.fromkeys(("省长", "副省长", "常务副省长", "代省长"), "province"),
                    **dict.fromkeys(("市长", "副市长", "常务副市长", "代市长"), "city")}


def _home_government(place, named: set[str]) -> str | None:
    """The government of ``place`` as the article names it (某某省人民政府, 某某省政府), else
    the place itself when the article names it; None when it names neither."""
    if place is None:
        return None
    return next((n for n in (place.name + "人民政府", place.name + "政府", place.name) if n in named), None)


def base_title(title: str, ctx) -> str | None:
    """The post a title is, or ends with (质检班长 -> 班长); None when it ends with none."""
    return title if title in ctx.titles else ctx.title_index.longest_ending_at(title, len(title))


def title_kind(title: str, ctx) -> str:
    """The lexicon kind of a post, or of the post it ends with (育种技术员 -> worker)."""
    base = base_title(title, ctx)
    return ctx.titles.get(base, "staff") if base else "staff"


def _own_employers(roles, facts, ctx) -> dict[str, str]:
    """Person -> employer, for a person whose posts as a worker name one company, or
    whom a sentence places at one (某某在某某公司跑外卖)."""
    found: dict[str, set] = {}
    for p, t, o, _ in roles:
        if o is not None and title_kind(t, ctx) == "worker" and facts.is_company(o):
            found.setdefault(p, set()).add(o)
    out = {p: orgs.pop() for p, orgs in found.items() if len(orgs) == 1}
    for p, o in facts.stated_employers().items():
        if p not in found:
            out[p] = o
    return out


def _find_entity(name: str, entities: dict, ctx) -> str | None:
    if name in entities:
        return name
    for other, e in entities.items():
        if e["kind"] == "org" and (name in e["forms"] or R.short_name_of(name, other, ctx)):
            return other
    return None


def name_links(entities: dict, ctx, district) -> set[tuple]:
    """located_in / part_of links that follow from the canonical names."""
    out = set()
    districts = {n for n, e in entities.items() if EntityType.DISTRICT in e["types"]}
    orgs = [n for n, e in entities.items() if e["kind"] == "org" and EntityType.DISTRICT not in e["types"]]
    for x in orgs:
        # located_in: the lowest division the name begins with (西城区椿树街道总工会 ->
        # 椿树街道, as the guidelines have it, not 西城区 too), a short form opening it only
        # when that place is named in the article (烟台某某精密机械有限公司 -> 烟台市)
        chain = R.leading_divisions(x, ctx, districts)
        zone = max((dn for dn in districts if x.startswith(dn) and len(x) > len(dn)), key=len, default=None)
        if zone is not None and all(len(zone) > len(d) for d in chain):
            chain = [zone]   # 北京经济技术开发区总工会 -> the zone, not 北京市
        placed = [d for d in chain if d in districts]
        for d in placed[-1:]:
            out.add((x, LinkRel.LOCATED_IN, d))
        if not placed and x.endswith(BRANCH_SUFFIX):
            for dn in districts:
                core = dn[:-1] if len(dn) > 2 and dn[-1] in "市区县省" else dn
                if re.search(re.escape(core) + r"[市区县]?(" + "|".join(BRANCH_SUFFIX) + ")$", x):
                    out.add((x, LinkRel.LOCATED_IN, dn))
        elif not placed and district is not None and district.name in districts and re.match(
                r"^[\u4e00-\u9fff]{2,4}(街道|镇|乡)", x) and EntityType.UNION in entities[x]["types"]:
            out.add((x, LinkRel.LOCATED_IN, district.name))
        # part_of: X = Y + unit
        best = None
        for y in orgs:
            if y != x and x.startswith(y) and (best is None or len(y) > len(best)):
                best = y
        if best is not None and x[len(best):] not in ("工会", "工会委员会"):
            out.add((x, LinkRel.PART_OF, best))
    # bare branch names in one group's story are that group's branches (客二分公司)
    groups = [n for n in orgs if EntityType.COMPANY in entities[n]["types"] and n.endswith(GROUP_SUFFIX)
              and not n.endswith(BRANCH_SUFFIX)]
    if len(groups) == 1:
        for x in orgs:
            if x.endswith(("分公司", "分厂", "车队")) and len(x) <= 8 and _leading_division(x, ctx) is None \
                    and not any(x.startswith(y) for y in orgs if y != x) and x != groups[0]:
                out.add((x, LinkRel.PART_OF, groups[0]))
    # a district union is part of its city's union, a city union of its province's
    for x in orgs:
        if x.endswith("总工会") and EntityType.UNION in entities[x]["types"]:
            parent = _parent_union(x[:-3], entities, ctx)
            if parent is not None:
                out.add((x, LinkRel.PART_OF, parent))
    return out


def _house_unit_links(entities: dict, name_of: dict, cands, house: str | None) -> set[tuple]:
    """On a company paper's page: the house's units printed bare (二分厂, 十堰公司) are part
    of the house (集团), when the article names it."""
    if house is None or house not in entities:
        return set()
    units = {name_of.get(id(c)) for c in cands if c.source == "rule:house_unit.v1"}
    return {(u, LinkRel.PART_OF, house) for u in units if u in entities and u != house}


def _parent_union(place: str, entities: dict, ctx) -> str | None:
    """The annotated union of the division above ``place``: 西城区 -> 北京市总工会,
    宜宾市 -> 四川省总工会; a development zone named after its city (苏州高新区) -> that
    city's union."""
    d = ctx.division_names.get(place)
    if d is not None and d.level in ("county", "city"):
        parents = [ctx.lex.parent(d)]
    elif d is None and any(m.end() == len(place) for m in ZONE_RE.finditer(place)):
        parents = [c for c in ctx.lex.divisions_by_short(place[:2]) if c.level == "city"]
    else:
        return None
    for parent in parents:
        if parent is not None and parent.name + "总工会" in entities:
            return parent.name + "总工会"
    return None



GROUP_SUFFIX = ("集团", "集团公司", "集团有限公司", "集团有限责任公司", "(集团)有限公司", "（集团）有限公司")


def _leading_division(name: str, ctx) -> str | None:
    """The lowest division a name begins with (西城区椿树街道总工会 -> 椿树街道)."""
    chain = R.leading_divisions(name, ctx)
    return chain[-1] if chain else None


# ---------------------------------------------------------------- per page
def extract_page(page: Page, settings: Settings = Settings(), ctx: Context | None = None) -> PageResult:
    ctx = ctx or get_context()
    home = R.infer_home(page.text, ctx.lex, settings.home_region)
    house = R.infer_house(page.text)
    articles = split_articles(page)
    homes = [R.article_home(a.text, ctx.lex, home, fixed=bool(settings.home_region)) for a in articles]
    tagger = get_tagger(settings.ner_model)
    sentences = [split_sentences(a) for a in articles]
    if settings.genre not in GENRES:
        raise KgError(f"unknown genre {settings.genre!r}: use one of {', '.join(GENRES)}")
    if settings.genre == "general":
        # general news: the tagger reads every sentence, one batch per page
        flat = [s for ss in sentences for s in ss]
        tagged = iter(tagger.tag([s.text for s in flat]) if tagger is not None and flat else [])
        cands = []
        for a, ss, h in zip(articles, sentences, homes):
            found = model_candidates(ss, [next(tagged) for _ in ss], tagger.source) if tagger is not None else []
            cands.append(find_mentions(a, ss, ctx, h, found, genre="general"))
    else:
        cands = [find_mentions(a, ss, ctx, h, house=house) for a, ss, h in zip(articles, sentences, homes)]
    if tagger is not None and settings.genre == "union":
        # cascade: the tagger reads only the sentences where the rules leave a gap,
        # all of a page's in one batch
        gaps = [sentences_with_gaps(ss, cs, ctx) for ss, cs in zip(sentences, cands)]
        flat = [s for g in gaps for s in g]
        tagged = iter(tagger.tag([s.text for s in flat]) if flat else [])
        for i, (a, g) in enumerate(zip(articles, gaps)):
            if g:
                found = model_candidates(g, [next(tagged) for _ in g], tagger.source, ctx)
                cands[i] = add_model_mentions(a.text, cands[i], found, ctx)
                if house:   # a company paper's bare department (质量部) is the house's, no entity
                    cands[i] = [c for c in cands[i] if not (c.source.startswith("model:")
                                                            and HOUSE_DEPARTMENT.fullmatch(c.text))]
    return PageResult(page, tuple(extract_article(a, ctx, h, None, ss, cs)
                                  for a, ss, cs, h in zip(articles, sentences, cands, homes)))


def get_tagger(model: str):
    """The statistical tagger named by the ``ner_model`` setting, or None."""
    if not model:
        return None
    from .ner import load_tagger

    path = model if model.endswith(".npz") else None
    if path is None and model != "ner-cluener":
        raise KgError(f"unknown ner_model {model!r}: use 'ner-cluener', a path to an .npz file, or ''")
    tagger = load_tagger(path)
    if not hasattr(tagger, "source"):
        tagger.source = "model:" + (model if path is None else Path(path).stem)
    return tagger


def build(paths: Iterable, settings: Settings = Settings(),
          progress: Callable[[int, int, str], None] | None = None, *,
          jobs: int | None = 1, cache_dir=None, stats: dict | None = None,
          engine: str = "local", scheduler=None, ship_pages: bool = True, spool_dir=None) -> Corpus:
    """Build a Corpus from files and directories of ``.txt``/``.md`` pages.

    ``jobs`` worker processes extract the pages (``None``: one per CPU; 1: in
    this process); results are gathered in input order, so the corpus is the
    same for every ``jobs``. With ``cache_dir``, per-page results are reused
    from (and stored in) a :class:`kg.cache.PageCache` there: only new or
    changed pages are extracted, and the corpus is the same as a clean build's.
    ``stats``, if given, receives ``pages``, ``extracted``, ``cached``,
    ``skipped``, ``jobs`` (the worker processes used) and ``engine``.

    ``engine="dask"`` extracts on a dask.distributed cluster instead
    (:mod:`kg.engines`): ``scheduler`` is its address (``tcp://HOST:8786``), a
    ``distributed.Client`` or a cluster; None starts a LocalCluster of ``jobs``
    worker processes for the build. ``ship_pages`` (dask only): this process
    reads the pages and sends them to the workers; False: the workers read the
    files themselves by the paths as given. The corpus is the same either way.

    Page results are kept on disk (:class:`kg.spool.PageSpool`), in ``spool_dir``
    (default: the system temp folder; ``kg build`` uses the output folder).
    """
    from .corpus import assemble

    files = discover(paths)
    total = len(files)
    cache = None
    if cache_dir is not None:
        from .cache import PageCache
        cache = PageCache(cache_dir, settings)
    if engine not in ("local", "dask"):
        raise KgError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if scheduler is not None and engine != "dask":
        raise KgError("a dask scheduler needs engine='dask'")
    # every result goes to the spool as it arrives: no page is held in memory
    spool = PageSpool(spool_dir)
    # entities and co-mentions are aggregated as pages come back (the workers keep the CPUs busy)
    aggregates = DiskAggregates(settings.comention_evidence, spool_dir)
    errors: dict[int, InputError] = {}
    cache_failed: list[OSError] = []

    def take(i: int, result, extracted: bool) -> None:
        if isinstance(result, InputError):
            errors[i] = result
            return
        if not isinstance(result, Extracted):   # extracted here, or a cache hit
            result = pack(result)
        if extracted and cache is not None and not cache_failed:
            try:
                cache.put_pickled(cache.key(str(files[i]), result.page_sha256), result.data)
            except OSError as exc:   # a cache that cannot be written only costs time next build
                cache_failed.append(exc)
        spool.append_pickled(result.data, result.page_id)
        aggregates.add_records(result.entities, result.pairs)

    todo: list[int] = []
    for i, path in enumerate(files):
        hit = _cached(cache, path, settings) if cache is not None else None
        if hit is not None:
            take(i, hit, extracted=False)
        else:
            todo.append(i)
    done = total - len(todo)
    workers = min(default_jobs() if jobs is None else max(1, int(jobs)), len(todo))
    if engine == "dask":
        from .engines import extract_dask
        if todo:
            _, workers = extract_dask(files, todo, settings, progress, done, total,
                                      scheduler=scheduler, n_workers=workers, ship_pages=ship_pages,
                                      take=lambda i, result: take(i, result, extracted=True))
    elif workers <= 1:
        ctx = get_context() if todo else None
        for i in todo:
            if progress:
                progress(done, total, str(files[i]))
            result = _extract_one(files[i], settings, ctx)
            if settings.strict and isinstance(result, InputError):
                raise result
            take(i, result, extracted=True)
            done += 1
    else:
        for i, result in _extract_parallel(files, todo, settings, workers, progress, done, total):
            take(i, result, extracted=True)
    if progress:
        progress(total, total, "")
    if settings.strict and errors:
        raise errors[min(errors)]
    if cache_failed:
        print(f"kg: warning: page cache {cache_dir} not written ({cache_failed[0]})", file=sys.stderr)
    skipped = [SkippedFile(str(files[i]), str(errors[i])) for i in sorted(errors)]
    if stats is not None:
        stats.update(pages=total, extracted=len(todo), cached=total - len(todo),
                     skipped=len(skipped), jobs=max(workers, 1), engine=engine)
    return assemble(spool, skipped=tuple(skipped), settings=settings, aggregates=aggregates)


def _cached(cache, path: Path, settings: Settings):
    """The cached result of a page file, or None (unreadable files are never cached)."""
    try:
        if path.stat().st_size > settings.max_file_bytes:
            return None
        raw = path.read_bytes()
    except OSError:
        return None
    return cache.get(cache.key(str(path), hashlib.sha256(raw).hexdigest()))


def _extract_one(path: Path, settings: Settings, ctx: Context | None = None):
    """A PageResult, or the InputError that makes the file unreadable."""
    try:
        page = read_page(path, settings)
    except InputError as exc:
        return exc
    return _extract_guarded(page, settings, ctx or get_context())


def _extract_guarded(page: Page, settings: Settings, ctx: Context):
    """``extract_page``; a page that makes the extractor fail (a kg bug) becomes an
    InputError naming it, so one page cannot sink a long build (``--strict``: fatal)."""
    try:
        return extract_page(page, settings, ctx)
    except KgError:
        raise       # bad settings: every page would fail the same way
    except Exception as exc:  # noqa: BLE001 - reported per page, with the file name
        return InputError(page.path, f"extraction failed ({type(exc).__name__}: {exc}); "
                                     "the page is left out -- please report it")


# ---------------------------------------------------------------- workers
_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    """Once per worker process: one BLAS thread, lexicons and tagger loaded once."""
    global _worker_settings
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    _worker_settings = settings
    get_context()
    get_tagger(settings.ner_model)


class Extracted(NamedTuple):
    """A PageResult as a worker sends it back: pickled once, there (the build spools
    and caches these bytes as they are, never unpickling them), with the records the
    corpus aggregates keep of it (:func:`kg.corpus.page_records`)."""
    data: bytes
    page_id: str
    page_sha256: str
    entities: list
    pairs: list


def pack(result: PageResult) -> Extracted:
    """A PageResult pickled once, with its aggregate records: what the spool, the cache
    and the corpus aggregates take (made in the worker that extracted the page)."""
    return Extracted(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), result.page.id,
                     result.page.sha256, *page_records(result))


def extract_items(chunk, settings: Settings) -> list[tuple[int, object]]:
    """Extract ``(index, Page | path)`` items in a worker (process pool or dask):
    ``(index, Extracted)`` each, or ``(index, InputError as plain fields)``.

    A path is read here.
    """
    ctx = get_context()
    out = []
    for i, item in chunk:
        result = _extract_guarded(item, settings, ctx) if isinstance(item, Page) else _extract_one(Path(item), settings, ctx)
        if isinstance(result, InputError):
            result = ("InputError", result.path, result.reason, result.line)
        else:
            result = pack(result)
        out.append((i, result))
    return out


def from_wire(result):
    """A result of :func:`extract_items` as it came back: an Extracted, or an InputError."""
    return InputError(result[1], result[2], result[3]) if type(result) is tuple else result


def _extract_chunk(chunk: list[tuple[int, Path]]) -> list[tuple[int, object]]:
    """Process-pool task: a chunk of pages with the worker's settings."""
    return extract_items(chunk, _worker_settings or Settings())


def _pool_context():
    """fork where available: workers start at once and share the parent's loaded lexicons."""
    import multiprocessing as mp

    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def _extract_parallel(files, todo, settings, workers, progress, done, total):
    """(index, Extracted | InputError) of every page in ``todo``, by a process pool,
    in the order they complete. A few chunks per worker are in flight at a time and a
    result is let go once yielded, so memory does not grow with the corpus."""
    import gc

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # inherited by spawned workers
    mp_ctx = _pool_context()
    forking = mp_ctx.get_start_method() == "fork"
    if forking:
        _init_worker(settings)      # load once here (bad settings fail here); the forked workers inherit it
        gc.freeze()   # the workers' collections leave the shared objects' pages alone
    if progress:
        progress(done, total, "")
    chunks = ([(i, files[i]) for i in chunk] for chunk in chunked(todo, workers))
    try:
        yield from _run_pool(chunks, settings, workers, mp_ctx, progress, done, total)
    finally:
        if forking:
            gc.unfreeze()


def _run_pool(chunks, settings, workers, mp_ctx, progress, done, total):
    """The process pool of :func:`_extract_parallel`: ``(index, result)`` as chunks complete."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(max_workers=workers, mp_context=mp_ctx,
                             initializer=_init_worker, initargs=(settings,)) as pool:
        pending = {pool.submit(_extract_chunk, c) for c in itertools.islice(chunks, workers * IN_FLIGHT)}
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    pending.update(pool.submit(_extract_chunk, c) for c in itertools.islice(chunks, 1))
                    part = fut.result()
                    for i, result in part:
                        yield i, from_wire(result)
                    done += len(part)
                    if progress:
                        progress(done, total, "")
                del finished, fut, part
        except BaseException:
            for f in pending:
                f.cancel()
            raise


#: Chunks submitted per worker process ahead of the results read back.
IN_FLIGHT = 3
#: Pages in a chunk at most.
CHUNK_PAGES = 32


def chunked(todo: list, workers: int, largest: int = CHUNK_PAGES):
    """``todo`` in chunks for ``workers`` processes, each an eighth of a worker's share
    of what is left (at most ``largest``, at least 1 page): large chunks while there is
    much to do, single pages at the end, so the workers run out of work together."""
    k = 0
    while k < len(todo):
        size = max(1, min(largest, -(-(len(todo) - k) // (workers * 8))))
        yield todo[k:k + size]
        k += size


# ---------------------------------------------------------------- general news
#: kg entity types -> CLUENER2020 labels (a union is an organisation there)
CLUENER_LABEL = {
    PERSON: "name", EntityType.JOURNALIST: "name", EntityType.OFFICIAL: "name", EntityType.WORKER: "name",
    EntityType.UNION: "organization", EntityType.ORGANIZATION: "organization",
    EntityType.COMPANY: "company", EntityType.GOVERNMENT: "government",
    EntityType.DISTRICT: "address",
}


def cluener_spans(texts: list[str], home_region: str = "",
                  settings: Settings = Settings(genre="general")) -> list[list[tuple[int, int, str]]]:
    """Mentions of free sentences as CLUENER spans ``(start, end_exclusive, label)``.

    Each text is read as a one-article page of the settings' genre (default
    ``general``: CLUENER is general news) through the same merge policy as
    ``kg build`` (:func:`kg.mentions.rules_then_model`). The tagger alone
    gives ``position`` and the labels kg has no entity type for.
    """
    ctx = get_context()
    tagger = get_tagger(settings.ner_model)
    tagged = tagger.tag(list(texts)) if tagger is not None else [[] for _ in texts]
    out = []
    for text, spans in zip(texts, tagged):
        art = Article("s#00", "s", 0, "", (), (), text, ((0, 1),))
        home = R.infer_home(text, ctx.lex, home_region) if home_region else None
        sentences = split_sentences(art)
        model = [Candidate(a, b, text[a:b], label, "model", -1) for a, b, label in spans]
        found = find_mentions(art, sentences, ctx, home, genre=settings.genre)
        rules = [Candidate(c.start, c.end, c.text, CLUENER_LABEL[c.type], c.source, c.priority)
                 for c in found if c.type in CLUENER_LABEL]
        merged = rules_then_model(rules, model)
        out.append(sorted({(c.start, c.end, str(c.type)) for c in merged}))
    return out
