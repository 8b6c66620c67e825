"""Stage 5: mentions -> article entities (aliases resolved, canonical = fullest form).

Rules, applied per article:

1. *Relative names* take the article's province, city or district:
   省总工会 -> 四川省总工会 in a 四川 paper (or in a national paper's article about
   四川); 市总工会 -> 北京市总工会 in a Beijing paper, -> 绵阳市总工会 in an article
   about 绵阳; 区总工会 in a 密云 article -> 密云区总工会; 团区委 -> 团X区委. A fuller
   form printed in the same article (海州市总工会) outranks the divisions table.
2. *Conventional names*: national bodies (全国总工会 -> 中华全国总工会) and division
   short forms (西城 -> 西城区); "X工会"/"X区工会" with X a district -> X区总工会.
3. *Fuller forms printed in the same article*: a shorter organisation name that is
   an in-order abbreviation of a longer one with the same suffix (中行北京分行 ->
   中国银行北京市分行, 长安汽车工会 -> 北京长安汽车工会) is its alias.
4. *Union owners*: "X工会" names the company or institution X it belongs to
   (北京长安汽车工会 -> 北京长安汽车), unless X is an industry (北京市金融工会).

The home region is inferred per page (:func:`infer_home`) unless set by the user;
an article that names none of it but names another province is about that one
(:func:`article_home`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .mentions import (INDUSTRY_WORDS, LEGAL_TAIL, PERSON, UNION_SHORT_NAMES, Candidate, company_short_forms, in_order,
                       is_printed_abbreviation, runs_together)
from .model import EntityType

MUNICIPALITY_SUFFIX = "市"
ORG_TYPE_ORDER = (EntityType.UNION, EntityType.GOVERNMENT, EntityType.COMPANY,
                  EntityType.ORGANIZATION, EntityType.DISTRICT)


# ------------------------------------------------------------------ home region
def infer_home(text: str, lex, override: str = ""):
    """The page's home province-level division (北京市, 广东省 …) or None.

    Counts full names and short forms of province-level divisions, and credits
    each full county/city name to its province. "首都" counts for the capital.
    """
    if override:
        d = lex.division_by_name(override)
        if d is None:
            for cand in lex.divisions_by_short(override):
                d = cand
                break
        if d is not None:
            return lex.province_of(d)
        return None
    return _leading_province(province_scores(text, lex), lex)


#: A company paper's masthead (主办：某某集团有限公司): the house whose bare 集团, 公司 and
#: 集团工会 the page's stories mean, as a union daily's 市总工会 means its city's.
HOUSE_MASTHEAD = re.compile(r"主办(?:单位)?[:：][ \u3000]*(?P<org>[\u4e00-\u9fff（）()]{2,40}?"
                            r"(?:有限责任公司|股份有限公司|有限公司|集团公司|集团))(?=[ \u3000]|$)", re.M)
#: How many lines from a page's top its masthead may take.
MASTHEAD_LINES = 12


def infer_house(text: str) -> str | None:
    """The company a company paper's masthead names as its publisher, else None."""
    m = HOUSE_MASTHEAD.search("\n".join(text.split("\n", MASTHEAD_LINES)[:MASTHEAD_LINES]))
    return m.group("org") if m is not None else None


def _leading_province(score: Counter, lex):
    """The province with the highest score, None on a tie or with no score."""
    if not score or score.most_common(1)[0][1] <= 0:
        return None
    (best, n), *rest = score.most_common(2) + [(None, 0)]
    if rest and rest[0][1] == n:
        return None
    return lex.division(best)


def province_scores(text: str, lex) -> Counter:
    """Province code -> how often the text names it or a city/county of it."""
    score: Counter = Counter()
    index = _local_index(lex)
    for p in index.provinces:
        score[p.code] += 2 * text.count(p.name)
        if p.short and len(p.short) >= 2:
            score[p.code] += text.count(p.short) - text.count(p.name)
    # city and county names end in a level character: look back from each one
    for m in index.level_char.finditer(text):
        name = index.longest_ending_at(text, m.end())
        if name is not None:
            score[index.province[name]] += 1
    if "首都" in text:
        cap = lex.division_by_name("北京市")
        if cap is not None:
            score[cap.code] += text.count("首都")
    return score


def article_home(text: str, lex, home, fixed: bool = False):
    """The province-level division an article is about.

    The page's home, unless the article names none of it and names another
    province: an article of a national paper about 浙江 reads 省总工会 as
    浙江省总工会. A home set by the user (``fixed``) holds for every article."""
    if fixed and home is not None:
        return home
    score = province_scores(text, lex)
    if home is not None and score.get(home.code, 0) > 0:
        return home
    own = _leading_province(score, lex)
    return own if own is not None else home


_LOCAL_INDEX: dict = {}


def _local_index(lex):
    """City and county names (3+ characters) with the province each belongs to."""
    key = id(lex)
    if key not in _LOCAL_INDEX:
        from .lexicons import PhraseIndex
        names = {}
        for d in lex.divisions:
            if d.level in ("city", "county") and len(d.name) >= 3:
                names.setdefault(d.name, lex.province_of(d).code)
        index = PhraseIndex(names)
        index.province = names
        index.provinces = [d for d in lex.divisions if d.level == "province"]
        # city and county names end in a level character (市, 区, 县 …): infer_home looks back from those
        index.level_char = re.compile("[" + "".join(sorted({n[-1] for n in names})) + "]")
        _LOCAL_INDEX[key] = index
    return _LOCAL_INDEX[key]


def article_district(text: str, lex, home):
    """The county-level division an article is about (most named), or None."""
    if home is None:
        return None
    return _most_named(text, lex, lex.descendants(home, "county"), lambda d: {d.name, d.short})


def article_city(text: str, lex, home, district=None):
    """The city that "市…" names in an article: the home when it is a municipality,
    else the city of the article's district, else the city of ``home`` the
    article names most (a tie: the one its headline names, else none)."""
    if home is None:
        return None
    if home.name.endswith(MUNICIPALITY_SUFFIX) and home.level == "province":
        return home
    if district is not None:
        for d in (district, *lex.ancestors(district)):
            if d.level == "city":
                return d
    # a city's short form is inside its full name: count the short form alone
    return _most_named(text, lex, lex.descendants(home, "city"),
                       lambda d: {d.short} if len(d.short) >= 2 else {d.name})


#: How far into an article (headline included) its opening reaches: a division named
#: there breaks a tie between divisions named equally often.
OPENING_CHARS = 120


def _most_named(text: str, lex, divisions, forms_of):
    """The division whose forms (``forms_of(d)``, 2+ characters) the text names
    most; a tie goes to the one the headline names, else to the first one when the
    story's opening names it, else to none."""
    counts: Counter = Counter()
    first: dict = {}
    for d in divisions:
        for form in forms_of(d) - {""}:
            if len(form) < 2:
                continue
            at = text.find(form)
            if at >= 0:
                counts[d.code] += text.count(form)
                first[d.code] = min(first.get(d.code, at), at)
    if not counts:
        return None
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    best = ranked[0]
    if len(ranked) > 1 and counts[ranked[1]] == counts[best]:
        headline = text.split("\n", 1)[0]
        tied = [c for c in ranked if counts[c] == counts[best] and first[c] < len(headline)]
        if len(tied) > 1 or not tied and first[best] > OPENING_CHARS:
            return None
        best = tied[0] if tied else best    # else the one the story opens with (晚上10点，某区某街道的…)
    return lex.division(best)


def article_province(home):
    """The province that "省…" names: ``home`` unless it is a municipality."""
    if home is not None and home.level == "province" and not home.name.endswith(MUNICIPALITY_SUFFIX):
        return home
    return None


# ------------------------------------------------------------------ grouping
@dataclass
class Group:
    """Mentions of one entity in one article while they are being resolved."""

    name: str
    type: EntityType | str
    forms: list[str] = field(default_factory=list)
    cands: list[Candidate] = field(default_factory=list)


def expand_relative(c: Candidate, city, district, province=None) -> str | None:
    """The full name of a relative name (省总工会, 市总工会, 区委, 团区委), or None if unknown."""
    place = {"省": province, "区": district, "县": district, "市": city}.get(c.relative)
    if c.relative in ("区", "县") and place is not None and not place.name.endswith(_LEVEL_ENDS[c.relative]):
        place = None    # 区总工会 in a 某某县 article is no county's union
    if place is None and c.relative == "区" and province is not None and province.name.endswith("自治区"):
        place = province    # 区总工会 in a 宁夏 paper with no district named: the region's union
    if place is None:
        return None
    if c.text.startswith("团"):
        return "团" + place.name + c.text[2:]
    return place.name + UNION_SHORT_NAMES.get(c.text, c.text)[1:]


def canonical_form(c: Candidate, ctx, city, district, province=None) -> str | None:
    """Name of a candidate after rules 1–2 (None drops the candidate)."""
    if c.relative:
        # unknown city/district: keep the printed form; it survives only as an
        # abbreviation of a fuller name printed in the same article
        return expand_relative(c, city, district, province) or c.text
    if c.canonical:
        return c.canonical
    if c.text.startswith("自治区") and len(c.text) > 3 and province is not None and province.name.endswith("自治区"):
        return province.name + c.text[3:]   # 自治区党委 in a 内蒙古 paper: the region's own
    if c.type == EntityType.UNION:
        full = _district_union(c.text, ctx)
        if full:
            return full
    return c.text


def _district_union(name: str, ctx) -> str | None:
    """西城工会 / 西城区工会 -> 西城区总工会 (a district used as one actor)."""
    if not name.endswith("工会") or name.endswith(("总工会", "联合工会")):
        return None   # a joint union (某某大厦联合工会) gathers many employers' members
    body = name[:-2]
    d = ctx.division_names.get(body)
    if d is None:
        for cand in ctx.lex.divisions_by_short(body):
            if cand.level == "county":
                d = cand
                break
    if d is not None and d.level in ("county", "city"):
        return d.name + "总工会"
    return None


def is_abbreviation(short: str, full: str, suffixes=()) -> bool:
    """True when ``short`` is an in-order abbreviation of ``full``.

    Both must end in the same organisation suffix (when ``suffixes`` are given),
    and every inner name part of ``full`` that is itself a suffix word (大学 in
    …大学第三附属医院) must keep at least one character in ``short``.

    >>> is_abbreviation("中行北京分行", "中国银行北京市分行", ("分行", "银行"))
    True
    >>> is_abbreviation("区总工会", "石景山区总工会女工委", ("总工会", "女工委"))
    False
    >>> is_abbreviation("北京中医医院", "北京中医药大学第三附属医院", ("医院", "大学"))
    False
    >>> is_abbreviation("海员建设工会", "中国海员建设工会全国委员会", ("工会", "委员会"))
    True
    """
    if full.endswith("工会全国委员会") and short.endswith("工会"):
        full = full[:-len("全国委员会")]   # 中国海员建设工会全国委员会, called 海员建设工会
        if short == full:
            return True
    if len(short) >= len(full) or len(short) < 2 or short[-1] != full[-1]:
        return False
    if suffixes and not _suffix_short_of(_final_suffix(short, suffixes), _final_suffix(full, suffixes)):
        return False    # 某区法院 is short for 某市某区人民法院, 某区管委会 for 某区管理委员会
    positions = in_order(short, full)
    if positions is None:
        return False
    final = _final_suffix(full, suffixes) or ""
    body_end = len(full) - len(final)
    for sx in suffixes:
        if len(sx) < 2:
            continue
        k = full.find(sx)
        while k != -1 and k + len(sx) <= body_end:
            if not any(k <= p < k + len(sx) for p in positions):
                return False
            k = full.find(sx, k + 1)
    return True


def _suffix_short_of(short: str, full: str) -> bool:
    """The suffix a short name ends in stands for the full name's: the same, 法院 for
    人民法院, or an in-order short form of three characters or more (管委会 for 管理委员会)."""
    return short == full or full == "人民" + short or (
        len(short) >= 3 and len(full) > len(short) and in_order(short, full) is not None)


def _final_suffix(name: str, suffixes) -> str:
    best = ""
    for sx in suffixes:
        if name.endswith(sx) and len(sx) > len(best) and len(sx) < len(name):
            best = sx
    return best


def _same_family(a, b) -> bool:
    if a == b:
        return True
    fam = {EntityType.COMPANY, EntityType.ORGANIZATION}
    return a in fam and b in fam


def group_mentions(cands: list[Candidate], ctx, city, district, province=None, text: str = "") -> list[Group]:
    """Group candidates into entities: same canonical form, then abbreviations.
    ``text`` (the article's) lets a relative name in a title chain take the place of
    the body before it (:func:`_place_in_chain`)."""
    groups: dict[tuple[str, str], Group] = {}
    order: list[tuple[str, str]] = []
    printed = [c.text for c in cands]
    # 玉某甫 after 玉某甫·阿某孜: a dotted name's first part, printed alone, is the person
    dotted = {}
    for c in cands:
        if c.type == PERSON and "·" in c.text:
            dotted.setdefault(c.text.split("·")[0], set()).add(c.text)
    chained: dict[str, str] = {}    # 市总工会 -> 慈溪市总工会 once a title chain has fixed it
    for c in cands:
        placed = _place_in_chain(c, cands, text, ctx) if text else None
        if placed:
            chained.setdefault(c.text, placed)
        form = (placed or chained.get(c.text)) if c.relative else None
        form = form or printed_fuller(c, cands) or canonical_form(c, ctx, city, district, province)
        if form is None:
            continue
        if c.type == PERSON and len(dotted.get(form, ())) == 1:
            form = next(iter(dotted[form]))
        full = _expanded_alias(form, ctx) if c.type not in (PERSON, EntityType.JOURNALIST) else None
        if full and any(t.startswith(full) for t in printed):
            form = full   # 中行北京市分行 when 中国银行北京市分行… is printed too
        kind = "person" if c.type in (PERSON, EntityType.JOURNALIST) else str(c.type)
        key = (form, kind)
        if key not in groups:
            groups[key] = Group(form, c.type)
            order.append(key)
        g = groups[key]
        g.forms.append(c.text)
        g.cands.append(c)
        if c.type == EntityType.JOURNALIST:
            g.type = EntityType.JOURNALIST
    # rule 3: fold abbreviations into the fullest printed form
    keys = sorted(order, key=lambda k: -len(k[0]))
    merged_into: dict[tuple[str, str], tuple[str, str]] = {}
    for i, k in enumerate(keys):
        if k[1] == "person":
            continue
        fulls = [full for full in keys[:i] if full not in merged_into and full[1] != "person"
                 and _same_family(groups[k].type, groups[full].type) and (
                     short_name_of(k[0], full[0], ctx) or _expanded_alias(k[0], ctx) == full[0]
                     or company_union_short_of(k[0], full[0]) or subunit_of_company(k[0], full[0], ctx))
                 and not _parent_place(k[0], full[0], ctx)]
        relative_only = all(c.relative and c.text == k[0] for c in groups[k].cands)
        if fulls and (len(fulls) == 1 or not relative_only):
            merged_into[k] = fulls[0]   # an unresolved 区总工会 beside two district unions stays unresolved
    for k, full in merged_into.items():
        target = groups[full]
        if not subunit_of_company(k[0], full[0], ctx):   # a sub-unit's people are the company's; its name no alias
            target.forms += groups[k].forms + [k[0]]
        target.cands += groups[k].cands
    unresolved = {k for k in order if all(c.relative and c.text == k[0] for c in groups[k].cands)}
    for k in [k for k in order if k in unresolved and k not in merged_into]:
        place = _local_place(groups[k].cands[0], cands)
        if place is None:
            continue
        unresolved.discard(k)
        key = (place + k[0][1:], k[1])
        if key in groups:   # 州总工会 beside 甲州总工会 and 乙州总工会: the one the story is about
            merged_into[k] = key
            groups[key].forms += groups[k].forms
            groups[key].cands += groups[k].cands
        else:
            groups[k].forms.append(k[0])
            groups[k].name = key[0]
    out = [groups[k] for k in order if k not in merged_into and k not in unresolved]
    _name_after_union_owner(out, ctx)
    return out


def _place_in_chain(c: Candidate, cands: list[Candidate], text: str, ctx) -> str | None:
    """The full name of a relative name (市总工会, 区总工会, 区委) that a place printed
    just before it fixes, whatever city the story is about:

    - in a title chain after a body of a place of its level (GUIDELINES: 西城区人大常委会
      副主任、区总工会主席 -> 西城区总工会; 慈溪市人大常委会副主任、市总工会主席);
    - in the clause of that place's own body of the same name (四平市总工会主席某某带领
      市总工会班子成员 -> 四平市总工会);
    - joined to that place's body by 联合, 与 … (顺德区总工会联合区人社局 -> 顺德区人社局).

    None when no such body comes before it in its sentence."""
    if c.relative not in ("市", "区", "县") or c.text.startswith("团"):
        return None
    prior = None
    for o in cands:
        if o.end > c.start:
            break
        if o.type not in (PERSON, EntityType.JOURNALIST, EntityType.DISTRICT) and not o.relative:
            prior = o
    if prior is None:
        return None
    gap = text[prior.end:c.start]
    if not gap or len(gap) > 24 or any(ch in gap for ch in "。！？；;\n"):
        return None
    body = UNION_SHORT_NAMES.get(c.text, c.text)[1:]
    places = [p for p in leading_divisions(prior.text, ctx) if p.endswith(_LEVEL_ENDS[c.relative])]
    if not places:
        return None
    place = places[-1]
    one_clause = "，" not in gap and "," not in gap
    in_chain = one_clause and gap.endswith("、") and ctx.title_index.longest_ending_at(gap, len(gap) - 1) is not None
    same_body = one_clause and prior.text == place + body
    partner = _PARTNER.fullmatch(gap) is not None and prior.text.startswith(place)    # 顺德区总工会联合区人社局
    return place + body if in_chain or same_body or partner else None


#: Words joining two bodies of one place in one clause (某区总工会联合区人社局开展…).
_PARTNER = re.compile(r"(?:联合|会同|携手|协同|与|和|及|同)")


#: The ends of the names of places a relative name's character stands for.
_LEVEL_ENDS = {"市": ("市",), "区": ("区",), "县": ("县", "旗")}


#: Relative names with no divisions-table level behind them: a town's or township's
#: union or party committee (镇总工会, 乡党委), an autonomous prefecture's bodies
#: (州总工会, 州人社局). They name the place of that kind the story prints.
_LOCAL_RELATIVE = re.compile(r"[镇乡](?:总工会|党委|党工委|纪委|人大|人民政府)|州(?:总工会|党委|人大|人民政府|政府|政协|\w{1,6}[局委办厅院])")


def _local_place(c: Candidate, cands: list[Candidate]) -> str | None:
    """The place an unresolved relative name stands for: the nearest place of its kind
    printed before it (丁蜀镇党委副书记、镇总工会主席; 州总工会 in a story about one
    autonomous prefecture), else the only one the article names; None otherwise."""
    if not _LOCAL_RELATIVE.fullmatch(c.text):
        return None
    kind = "自治州" if c.relative == "州" else c.relative
    places = []    # (where, place): printed alone, or opening a body's name (桐岙镇党委)
    for o in cands:
        if o.relative or o.type == PERSON:
            continue
        if o.type == EntityType.DISTRICT:
            if len(o.text) > len(kind) + 1 and o.text.endswith(kind):
                places.append((o.start, o.text))
            continue
        at = o.text.find(c.relative, 2)
        if at > 0 and _LOCAL_RELATIVE.fullmatch(o.text[at:]):
            places.append((o.start, o.text[:at + 1]))
    before = [p for p in places if p[0] < c.start]
    if before:
        return max(before)[1]
    names = {name for _, name in places}
    return names.pop() if len(names) == 1 else None


def _name_after_union_owner(groups: list[Group], ctx) -> None:
    """A company printed only under a short name (某某港口集团) whose full name is
    printed inside its union's name (某某港口集团有限公司工会) takes the full name."""
    names = {g.name for g in groups}
    companies = [g for g in groups if g.type == EntityType.COMPANY]
    if not companies:
        return
    fullers: dict[int, set[str]] = {}
    for u in groups:
        owner = union_owner(u.name, ctx) if u.type == EntityType.UNION else None
        if owner is None or owner[1] is not EntityType.COMPANY or owner[0] in names:
            continue
        for g in companies:
            if short_name_of(g.name, owner[0], ctx):
                fullers.setdefault(id(g), set()).add(owner[0])
    for g in companies:
        full = fullers.get(id(g))
        if full is not None and len(full) == 1:
            g.forms.append(g.name)
            g.name = full.pop()


def leading_divisions(name: str, ctx, named: frozenset | set = frozenset()) -> list[str]:
    """Every division a name begins with, highest first (宝鸡市陈仓区总工会 ->
    [宝鸡市, 陈仓区]; 西城区椿树街道总工会 -> [西城区, 椿树街道]). A division may be
    printed in its short form (哈尔滨翔宇… -> 哈尔滨市; 新疆克拉玛依… -> 新疆维吾尔自治区,
    克拉玛依市; 西双版纳州… -> 西双版纳傣族自治州) when it lies inside the division
    before it, or, opening the name, a province or a division in ``named`` (the
    article's districts)."""
    pos = 0
    chain: list[str] = []
    while pos < len(name) - 1:
        hit = ctx.div_index.longest_at(name, pos, len(name) - 1)
        if hit is None:
            m = re.match(r"[\u4e00-\u9fff]{2,4}?(街道|镇|乡)", name[pos:])
            if m and pos > 0 and pos + m.end() < len(name):
                hit = m.group()
        if hit is not None:
            chain.append(ctx.division_names[hit].name if hit in ctx.division_names else hit)
            pos += len(hit)
            continue
        short = _short_division_at(name, pos, ctx, chain, named)
        if short is None:
            break
        full, width = short
        chain.append(full)
        pos += width
    return chain


def _short_division_at(name: str, pos: int, ctx, chain: list[str], named) -> tuple[str, int] | None:
    """(full name, printed width) of a division printed in short form at ``pos``."""
    parent = ctx.division_names.get(chain[-1]) if chain else None
    for L in (4, 3, 2):
        short = name[pos:pos + L]
        for d in ctx.lex.divisions_by_short(short):
            if d.level == "town" or name.startswith(d.name, pos):
                continue
            if parent is not None:
                ok = parent in ctx.lex.ancestors(d)
            else:
                ok = pos == 0 and (d.level == "province" or d.name in named)
            if not ok:
                continue
            width = L + 1 if d.name.endswith("自治州") and name.startswith("州", pos + L) else L
            if pos + width < len(name):
                return d.name, width
    return None


def _parent_place(short: str, full: str, ctx) -> bool:
    """True when ``short`` is named after a place above ``full``'s (汉中市总工会 and
    汉中市城固县总工会): two bodies, not a name and its abbreviation."""
    if short[:2] != full[:2]:
        return False
    a, b = leading_divisions(short, ctx), leading_divisions(full, ctx)
    return bool(a) and len(a) < len(b) and b[:len(a)] == a


def printed_fuller(c: Candidate, cands: list[Candidate]) -> str | None:
    """The one fuller form of a relative name printed in the same article
    (海州市总工会 for 市总工会): the text outranks a guess from the divisions table."""
    if not c.relative:
        return None
    tail = c.text[1:]
    fuller = {o.text for o in cands if not o.relative and o.type == c.type and len(o.text) > len(c.text)
              and o.text.endswith(tail) and o.text[:len(o.text) - len(tail)].endswith(c.relative)}
    return fuller.pop() if len(fuller) == 1 else None


def _expanded_alias(name: str, ctx) -> str | None:
    """中行北京市分行 -> 中国银行北京市分行: a national body's alias opening a name."""
    for L in (4, 3, 2):
        head = name[:L]
        if len(name) > L and head in ctx.gazetteer and ctx.gazetteer[head][0] != head:
            return ctx.gazetteer[head][0] + name[L:]
    return None


def company_short_of(short: str, full: str, ctx) -> bool:
    """True when ``short`` is one of the short names a story uses for the company
    ``full`` (:func:`kg.mentions.company_short_forms`). Every such form opens with two
    characters of ``full``: checked first, as this runs for every pair of names."""
    return len(short) >= 4 and short[:2] in full and (
        short in company_short_forms(full, ctx) or is_printed_abbreviation(short, full, ctx))


def company_union_short_of(short: str, full: str) -> bool:
    """True when the union ``short`` is printed under a short name of the company
    whose union is ``full`` (骁驰汽车工会 for 湖北骁驰汽车股份有限公司工会): the
    short stem, less a generic 公司, is an in-order abbreviation of the company's
    name without its legal form, and keeps its first two characters together.

    >>> company_union_short_of("某岭森工工会", "某岭森林工业集团有限责任公司工会")
    True
    >>> company_union_short_of("车间工会", "某某汽车股份有限公司工会")
    False
    """
    if not (short.endswith("工会") and full.endswith("工会")) or short.endswith("总工会"):
        return False
    stem, owner = short[:-2], full[:-2]
    m = LEGAL_TAIL.search(owner)
    if m is None:
        return False
    core = owner[:m.start()]
    stem = re.sub(r"(?<=..)公司$", "", stem)
    return len(stem) >= 2 and stem[:2] in core and in_order(stem, core) is not None


def short_name_of(short: str, full: str, ctx) -> bool:
    """True when ``short`` names the body ``full`` names: an in-order abbreviation, a
    brand (a prefix + a company tail) or a story's short name for a company."""
    return is_abbreviation(short, full, tuple(ctx.suffixes)) or _brand_of(short, full) \
        or company_short_of(short, full, ctx)


#: A works or a centre under a company's short name (某某化工|质检中心, 某某钢铁|高线厂, 某某重工|装配分厂).
SUBUNIT_TAIL = re.compile(r"[\u4e00-\u9fff]{1,3}(?:中心|厂)")


def subunit_of_company(name: str, full: str, ctx) -> bool:
    """True when ``name`` is a sub-unit printed under a short name of the company
    ``full`` (某某化工质检中心 for 天津某某化工股份有限公司): the guidelines give the
    sub-unit's people to the company, and the sub-unit is no entity. A place before
    a centre (某县|融媒体中心) is no short name of a company of that place.
    """
    if not name.endswith(("中心", "厂")) or len(name) < 5 or not LEGAL_TAIL.search(full):
        return False
    for cut in range(len(name) - 2, 1, -1):
        head, tail = name[:cut], name[cut:]
        if SUBUNIT_TAIL.fullmatch(tail) and (_brand_of(head, full) or company_short_of(head, full, ctx)):
            return True
    return False


def _brand_of(short: str, full: str) -> bool:
    """蒙牛乳业 is the brand of 蒙牛乳业(北京)有限责任公司: a prefix + a company tail."""
    if not full.startswith(short) or len(short) < 2:
        return False
    tail = full[len(short):]
    return bool(re.fullmatch(r"(\([^)]*\))?(科技|电子|实业|发展|技术|信息|贸易|工程|建设|投资|股份|有限|责任|集团|控股|公司)+",
                             tail))


# ------------------------------------------------------------------ union owners
def union_owner(name: str, ctx) -> tuple[str, EntityType] | None:
    """The company/institution a union "X工会" belongs to, or None.

    >>> # 北京市金融工会 is an industry union (no owner); see tests for more.
    """
    if name.endswith("工会委员会"):
        name = name[:-3]   # 某某有限公司工会委员会: a union's formal name
    if not name.endswith("工会") or name.endswith(("总工会", "联合工会")):
        return None   # a joint union (某某大厦联合工会) gathers many employers' members
    body = name[:-2]
    # drop a town/street location prefix (某某镇三立车灯工会 -> 三立车灯)
    m = re.match(r"^[\u4e00-\u9fff]{2,4}?(镇|街道|乡)(?=[\u4e00-\u9fff]{2,})", body)
    if m:
        body = body[m.end():]
    rest = body
    head = ctx.div_index.longest_at(rest, 0, len(rest) - 1)
    if head:
        rest = rest[len(head):]
    if rest.startswith(("市", "区", "县", "省")):
        rest = rest[1:]
    if rest.startswith("总工会"):
        rest = rest[3:]     # 某市总工会机械冶金工会: an industry union under the city's union
    if rest.startswith("直") and runs_together(rest[1:] or "机关", INDUSTRY_WORDS):
        return None   # 某省直产业工会, 市直机关工会: the union of the province's own bodies
    if not rest or runs_together(rest, INDUSTRY_WORDS) or rest in ctx.division_names or len(rest) < 2:
        return None   # 北京市金融工会, 某市机械冶金工会, 某省能源化学地质工会: industry unions
    if any(rest.endswith(w) for w in ("机关", "系统", "行业", "委员会", "园", "开发区", "新区", "园区", "楼宇", "大厦",
                                      "商圈", "社区", "村", "两城区", "城区", "劳动者", "农民工", "司机", "骑手", "快递员")):
        return None   # 某某大厦楼宇工会, 某某村工会, 某区新就业形态劳动者工会: a place's or a kind of workers' union
    if body in ("中国", "全国", "中华", "全省", "全市", "全区") or body.startswith(("（", "(")) or body in ctx.division_names or ctx.lex.divisions_by_short(body):
        return None
    typ = EntityType.COMPANY
    if re.search(r"[一二三四五六七八九十]局$", body):
        return body, typ   # 中建二局: a numbered engineering bureau is an enterprise
    for suffix, t in sorted(ctx.suffixes.items(), key=lambda kv: -len(kv[0])):
        if body.endswith(suffix):
            typ = t if t is not EntityType.UNION else EntityType.COMPANY
            break
    return body, typ


def primary_type(types) -> EntityType:
    for t in ORG_TYPE_ORDER:
        if t in types:
            return t
    return next(iter(types))
