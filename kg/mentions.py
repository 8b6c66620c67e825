"""Stage 4: article text -> typed Mention spans, from rule components.

Each component proposes candidate spans tagged with a versioned rule id:

- ``rule:gazetteer.v1``    national bodies and their conventional aliases;
- ``rule:org_suffix.v1``   organisation-suffix grammar (…总工会, …有限公司, …局)
                           with a left boundary found over jieba word boundaries;
- ``rule:division.v1``     administrative divisions: full names from the divisions
                           table, town/street/community grammar, safe short forms;
- ``rule:title_chain.v1``  persons named right after a post title (副主席X);
- ``rule:byline.v1``       journalists from the article's bylines;
- ``rule:honor_name.v1``   persons named right after an honor (全国劳动模范X);
- ``rule:dotted_name.v1``  names whose parts a middle dot joins (某某·某某);
- ``rule:listed.v1``       names listed with 、 beside a name another rule found;
- ``rule:repeat.v1``       later occurrences of a person name found by the rules above.

Candidates meet in one named merge policy, :func:`longest_then_priority`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .model import Article, EntityType, Mention, Sentence
from .articles import NAMES_ROW
from .ingest import PERSON_NOTE, POST_LABEL
from .lexicons import PhraseIndex

PERSON = "person"

# words that end an organisation name when met walking left from its suffix
STOP_WORDS = frozenset("""
在 与 和 及 同 向 对 为 从 把 被 将 让 使 给 经 据 受 由 到 赴 至 于 以 及其 或 并 也 都 均 已 还 又 是 有 等 了 的 之 着 过 暨 以及
联合 会同 携手 来到 走进 走访 慰问 参观 前往 考察 调研 深入 邀请 组织 举办 主办 承办 协办 开展 召开 获悉 表示 指出 代表 出席 主持
成立 设立 建立 授予 颁发 命名 评为 荣获 获得 获 共同 分别 先后 一行 所属 旗下 下属 各 该 本 其 全市 全区 全省 全县 各级 基层 这 那
这个 那个 此 此次 本次 每 各个 所有 广大 相关 有关 其中 包括 如 例如 通过 按照 根据 围绕 结合 依托 针对 关于 除 除了 即 系 作为
来自 走入 进入 进 入 看望 帮助 支持 推动 推进会 号召 响应 要求 希望 感谢 带领 率 率领 陪同 会见 接待 看到 了解 听取 介绍 当选
联系 担任 任 兼任 出任 原 前 现任 曾任 新任 时任 近日 日前 昨天 昨日 今天 今日 明天 目前 近期 近年来 今年 去年 明年 届时 随后 同时 此外
原告 被告 上诉人 被上诉人 申请人 被申请人 第三人 享受 办理 加入 申请 提供 参与 享有 要 需要 应 应当 必须 不断 进一步 而 但 却 则 就 才 所 其他 其它 多家 多个 多 几 全体 全 整个 各类 各种 等等 向着 面向 位于 地处 设在 落户 入驻 走出
""".split())

TIME_RE = re.compile(r"^(\d+(年度|季度|周年|年|月|日|号|时|天|周|名|人|家|个|场|次|届|期|项|位|支|所)?"
                     r"|[0-9一二三四五六七八九十百千万两数几]+(年度|季度|周年|年|月|日|号|时|天|周|名|人|家|个|场|次|届|期|项|位|支|所|座))$")
GENERIC_BODY = frozenset("""
各级 基层 企业 职工 单位 部门 公司 街道 社区 乡镇 行业 产业 地方 上级 下级 本级 两级 区级 市级 县级 省级 镇级 独立 民营 国有 集体
全国 劳模 工匠 职工 成员 会员 系统 金融系统 机关 事业单位 新 老 大 小 中 全国各级 全市各级 全区各级 各银行 银行 保险 工作 服务 职工服务 全国性 地区 区域
党和 党委和 总 分 子 母 集团 协会 农场 林场 牧场 垦区 林区 牧区 台企 外企 民企 国企 私企 央企 港企 楼宇 园区 本单位 该单位 该公司 该街道 该区 该市 该行 项目 党 团 妇 基层单位 会员单位 建会 新建 新业态 快递 外卖 网约车 货车 直辖市 省辖市
""".split())
RELATIVE_PREFIX = ("市", "区", "县", "省", "州", "镇", "乡")
#: Words a zone's name ends with before its 区 (投资|区, 产业园|区, 航空港|区, 开发|区): no body of the home district.
ZONE_ROOTS = ("投资", "开发", "保税", "港", "园", "试验", "示范", "合作", "经济", "工业", "产业", "新", "景", "社",
              "校", "城", "矿", "林", "牧", "库", "老", "边", "片", "商")
#: Words that make a body's name the bodies of several levels (两级法院, 市县两级工会, 各级党委).
COLLECTIVE_LEVELS = re.compile(r"[两三四五各]级")
#: How a division's name ends (某某街道, 某某县, 某某旗).
DIVISION_ENDS = ("街道", "乡", "镇", "区", "县", "市", "省", "旗", "州", "盟")
#: A kind of enterprise printed before its name (民营企业某某公司, 中外合资企业某某有限公司).
ENTERPRISE_KIND = re.compile(r"(?:民营|国有|国营|外资|外商独资|独资|中外合资|合资|[日德美韩台港法英欧]资|央属|省属|市属|区属|"
                             r"龙头|骨干|重点|规上|规模以上|高新技术|科技型|专精特新|链主|上市)企业")
#: Branches, named after the place they serve (某某银行北京分行, 某运物流湖北分公司).
BRANCH_SUFFIX = ("分行", "支行", "分公司", "分局", "分校", "分院", "分会")
#: Industries and trades: an industry union's (北京市金融工会), or a brand's kind (某某快递).
INDUSTRY_WORDS = frozenset("""
金融 教育 建设 住房和城乡建设 交通 交通运输 铁路 卫生 卫生健康 文化 文化和旅游 商业 财贸 农林 农业 机械 冶金 化工 能源 国防
邮电 海员 民航 电力 电子 纺织 轻工 建材 林业 水利 供销 科技 旅游 体育 传媒 新闻 出版 公路 城建 市政 环卫 物流 快递 餐饮 家政
医药 医务 工业 服务业 建筑 公交 地铁 港口 航空 煤矿 石油 石化 烟草 盐业 粮食 外贸 个体 非公 园区 楼宇 市直机关 区直机关 县直机关
机关 直属机关 国资 国资委 事业单位 银行业 保险业 证券业 信息 互联网 平台 新就业形态 行业 产业 系统
教科文卫体 教科文卫 轻纺 气象 地质 化学
化学 地质 有色 钢铁 汽车 船舶 军工 航天 核工业 通信 电信 水电 渔业 农垦 森工 煤炭
""".split())
#: List bullets that open a brief (●某县总工会日前…): never part of a name.
BULLETS = "●■◆▲★☆◇□○◎•▶►▪"
#: What may open a list's row: a bullet, or a middle dot before a space (· 某某 某某公司技术员).
ROW_MARKS = BULLETS + "·"
PUNCT = set("，。、；：！？,.;:!?“”\"'‘’《》<>【】[]（）()—…·\n\t 　-/@＠") | set(BULLETS)
MAX_ORG_LEN = 32
NAME_INNER_WORDS = frozenset({"联合"})   # stop words that a company's name may hold
SPLIT_TRADE_WORDS = frozenset({"同城"})   # a trade (同城配送) jieba cuts into 同|城
HONOR = "honor"   # a named honor: blocks the places and bodies inside it, is no entity itself
HONOR_CORE = ("劳动模范", "劳模", "大工匠", "工匠", "劳动奖章", "劳动奖状", "红旗奖章", "红旗集体", "先锋号", "巾帼标兵岗", "巾帼标兵",
              "标兵岗", "红旗手", "先进工作者", "技术能手", "岗位能手", "文明号", "贡献奖", "示范点", "模范职工之家",
              "模范职工小家", "职工之家", "先进集体", "先进单位", "先进个人", "行业标兵", "优秀教师",
              "工会工作者", "工会积极分子", "能手", "标兵")
_HONOR_CORE_RE = re.compile("|".join(sorted(HONOR_CORE, key=len, reverse=True)))
_HONOR_HEADS = ("全国", "首都", "中国", "中华", "自治区")
_NOT_IN_HONOR = re.compile(r"总工会|的|获|表彰|授|评|为|在|对|和|与|弘扬|学习|宣传|争当|争做|选树|涌现|培育|培养|关爱|慰问|看望|走访|服务|推荐|礼赞|致敬|崇尚|尊重|大力|院|公司|局|委|中心|集团|银行|学校|厂|站|所|部|[^\u4e00-\u9fff]")
NOT_SUFFIX_WORDS = frozenset("副中心 市中心 城市中心 大局 布局 格局 结局 全局 当局 开局 出局 残局 骗局 饭局 变局 时局 棋局 终局 部署 签署 布署".split())


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    type: EntityType | str
    source: str
    priority: int = 0          # higher wins among equal lengths
    relative: str = ""        # "市" / "区" / ... when the name is relative (市总工会)
    canonical: str = ""       # a fuller name the rule already knows (gazetteer)


# ------------------------------------------------------------------ merging
def longest_then_priority(cands: list[Candidate]) -> list[Candidate]:
    """The merge policy between rule (and model) spans.

    Longest span first; among equal lengths the higher ``priority``
    (gazetteer > title chain > byline > suffix grammar > division > model),
    then the earliest. A span that overlaps an accepted one is dropped, so a
    district inside an organisation name (延庆区 in 延庆区总工会) is not a mention.
    """
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start, c.source))
    taken: list[tuple[int, int]] = []
    kept = []
    for c in order:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


def rules_then_model(rule_cands: list[Candidate], model_cands: list[Candidate]) -> list[Candidate]:
    """THE merge policy between rule and model spans.

    Rule spans are resolved among themselves by :func:`longest_then_priority`.
    A model span is then kept only where it overlaps no kept rule span: the
    rules, written for the genre, decide wherever they fire; the model fills
    the gaps (persons with no title, names with no suffix).
    """
    kept = longest_then_priority(rule_cands)
    taken = [(c.start, c.end) for c in kept]
    for c in sorted(model_cands, key=lambda c: (c.start, c.end)):
        if not any(c.start < e and s < c.end for s, e in taken):
            kept.append(c)
            taken.append((c.start, c.end))
    return sorted(kept, key=lambda c: (c.start, c.end))


# ------------------------------------------------------------------ context
#: Grades a trade's post may open with (首席技师, 高级技师, 资深…).
GRADE_PREFIXES = ("首席", "高级", "资深", "特级", "初级", "中级")


#: The characters a trade's job name ends with (熔化工, 冰雕师, 集控员).
JOB_SUFFIX_CHARS = "工员师"
#: Two-character words that, before 工, name a kind of employment, not a trade
#: (农民工, 合同工, 劳务工, 派遣工), or a line of business (外务工 in 在外务工).
_NO_TRADE_ROOTS = frozenset({"农民", "合同", "劳务", "协议", "季节", "义务", "派遣", "外务", "外来", "返乡"})


#: Words for people of no trade that a job's last two characters may spell (务|工人员, 展|会员).
_PEOPLE_WORDS = frozenset({"人员", "会员", "成员", "党员", "学员", "团员", "委员", "队员", "职工", "员工",
                           "女工", "民工", "工人", "技工"})


class TitleKinds(dict):
    """title -> kind, the lexicon's titles; a job the lexicon lacks but whose form is a
    trade's (see :meth:`Context.is_trade_job`) is a worker's post too."""

    def __init__(self, titles, is_trade_job):
        super().__init__(titles)
        self._is_trade_job = is_trade_job

    def __missing__(self, title):
        if self._is_trade_job(title):
            return "worker"
        raise KeyError(title)

    def __contains__(self, title) -> bool:
        return dict.__contains__(self, title) or self._is_trade_job(title)

    def get(self, title, default=None):
        return self[title] if title in self else default


class Context:
    """Lexicon-derived lookups shared by every article (built once)."""

    def __init__(self, lexicons, segmenter):
        self.lex = lexicons
        self.seg = segmenter
        self.titles = TitleKinds(lexicons.titles, self.is_trade_job)
        for t, kind in lexicons.titles.items():     # 首席焊工, 首席雕刻师: a trade's chief is a post of its own
            if kind == "worker" and not t.startswith(GRADE_PREFIXES):
                self.titles.setdefault("首席" + t, kind)
        self.max_title = max((len(t) for t in self.titles), default=1)
        self.suffixes = {s: EntityType(t) for s, t in lexicons.org_suffixes}
        self.suffix_lens = sorted({len(s) for s in self.suffixes}, reverse=True)
        self.suffix_index = PhraseIndex(self.suffixes)
        self.surnames = frozenset(lexicons.surnames)
        self.compound_surnames = frozenset(s for s in self.surnames if len(s) == 2)
        self.framed_surnames = lexicons.framed_surnames
        self.gazetteer: dict[str, tuple[str, EntityType]] = {}
        for name, typ, aliases in lexicons.national_bodies:
            for n in (name, *aliases):
                self.gazetteer[n] = (name, EntityType(typ))
        self.gaz_lens = sorted({len(n) for n in self.gazetteer}, reverse=True)
        self.gaz_index = PhraseIndex(self.gazetteer)
        self.title_index = PhraseIndex(self.titles)
        rank = {"province": 0, "city": 1, "county": 2, "town": 3}
        self.division_names = {}
        for d in sorted(lexicons.divisions, key=lambda d: (rank.get(d.level, 4), d.code)):
            self.division_names.setdefault(d.name, d)
        self.div_lens = sorted({len(n) for n in self.division_names}, reverse=True)
        self.div_index = PhraseIndex(self.division_names)
        self.honors = {}
        for honor, aliases in lexicons.honors:
            self.honors[honor] = honor
            for a in aliases:
                self.honors[a] = honor
        self.word_freq = segmenter._tok.FREQ
        self._trade_jobs: dict[str, bool] = {}
        #: the provinces' one-character abbreviations (沪, 苏, 冀): 京津冀 names a region's group
        self.province_abbreviations = frozenset(a for a, code in lexicons.division_aliases
                                                if len(a) == 1 and code.endswith("0000"))
        self.honor_re = re.compile("|".join(re.escape(h) for h in sorted(self.honors, key=len, reverse=True))
                                   or r"(?!x)x")
        self.gaz_re = re.compile("(?=(" + "|".join(re.escape(n) for n in sorted(self.gazetteer, key=len, reverse=True))
                                 + "))" if self.gazetteer else r"(?!x)x")

    def is_trade_job(self, word: str) -> bool:
        """True for a trade's job the lexicon need not list: a word of jieba's dictionary
        that names a process or a thing (熔化, 冰雕, 集控, 绕线) and 工, 员 or 师 after it
        (熔化工, 冰雕师, 集控员, 绕线工). Not a kind of employment (农民工, 合同工) nor an
        industry (煤化工)."""
        if len(word) != 3 or word[-1] not in JOB_SUFFIX_CHARS:
            return False
        found = self._trade_jobs.get(word)
        if found is None:
            root = word[:2]
            found = self._trade_jobs[word] = (
                self.word_freq.get(root, 0) > 0 and self.seg.tags.get(root, "") in ("n", "v", "vn")
                and root not in _NO_TRADE_ROOTS and not (word.endswith("化工") and word in self.word_freq)
                and word[1:] not in _PEOPLE_WORDS
                and self.seg.tags.get(root[0], "") != "nr" and self.seg.tags.get(word, "n") == "n")
        return found

    def trade_job_ending_at(self, text: str, end: int) -> str | None:
        """The trade's job (see :meth:`is_trade_job`) that ends at ``end``, if any."""
        if not 3 <= end <= len(text) or text[end - 1] not in JOB_SUFFIX_CHARS:
            return None
        word = text[end - 3:end]
        if self.word_freq.get(text[end - 1:end + 1], 0) > 0:
            return None     # 重点工|程项目, 老师|傅带徒: the last character opens the next word
        return word if self.is_trade_job(word) else None


# ------------------------------------------------------------------ helpers
def _is_time_or_number(tok: str) -> bool:
    return bool(TIME_RE.match(tok)) or tok.isdigit()


def _token_index(tokens, pos: int) -> int:
    """Index of the token containing character ``pos``."""
    starts = _starts_of(tokens)
    return max(bisect.bisect_right(starts, pos) - 1, 0)


_STARTS: dict = {}


def _starts_of(tokens) -> list[int]:
    """Token start offsets, computed once per token list."""
    key = id(tokens)
    hit = _STARTS.get(key)
    if hit is None or hit[0] is not tokens:
        if len(_STARTS) > 64:
            _STARTS.clear()
        hit = _STARTS[key] = (tokens, [t.start for t in tokens])
    return hit[1]


RELATIVE_ORGANS = ("委", "政府", "人大", "政协")
HARD_STOP_TAGS = ("p", "c", "u", "r", "d", "t", "y", "e", "o", "f", "q")
SOFT_STOP_TAGS = ("v", "a", "ad", "vd", "l", "i")
#: Verbs that jieba's dictionary tags as other words (新建 as the county, 扎根 ns, 力争 nz, 深化 j,
#: 被选为 n, 转载自 nz, 产生 n): before an organisation's suffix they end the name's left side like any verb (新建|职工创新工作室).
MISTAGGED_VERBS = frozenset("新建 力争 扎根 深化 领办 共建 组建 创建 筹建 创办 兴办 争创 建成 新增 依托 入驻 隶属于 "
                            "被选为 入选为 转载自 产生".split())
NAME_HEAD_TAGS = ("ns", "nt", "nz")


def _hard_stop(t, ctx) -> bool:
    w = t.text
    if any(ch in PUNCT for ch in w) or w.isspace():
        return True
    if w in STOP_WORDS or w in ctx.titles or _is_time_or_number(w):
        return True
    if w in ("年", "月", "日", "号"):
        return True
    tag = t.tag
    if tag == "m":
        return not w.startswith("第") and bool(re.search(r"[\d名人个余多家位场次项批元步]", w))    # 下一步|市总工会
    return bool(tag) and tag.startswith(HARD_STOP_TAGS) and w not in ctx.division_names and not _county_short(w, ctx)


def _short_level(w: str, ctx) -> str:
    """The highest level of the divisions whose short form is ``w`` ('' for none)."""
    found = ctx.lex.divisions_by_short(w) if len(w) >= 2 else ()
    return found[0].level if found else ""      # higher level first


def _county_short(w: str, ctx) -> bool:
    """A province's, city's or county's short form (个旧, which jieba's dictionary tags an adjective)."""
    return _short_level(w, ctx) in ("province", "city", "county")


def _city_short(w: str, ctx) -> bool:
    """A province's or city's short form (大连, which jieba's dictionary tags an adverb)."""
    return _short_level(w, ctx) in ("province", "city")


def _address_before_name(place: str, nxt: str, ctx) -> bool:
    """True when a full division name is followed by its own city or province (徐水区 then
    保定…): the division is where the body is, and the body's name opens at the higher place."""
    d = ctx.division_names.get(place)
    if d is None:
        return False
    higher = ctx.division_names.get(nxt)
    above = ctx.lex.ancestors(d)
    if higher is not None:
        return higher in above
    return any(h in above for h in ctx.lex.divisions_by_short(nxt) if h.level in ("province", "city"))


def _name_head(t, ctx, after: str = "") -> bool:
    """A word that can open an organisation name whatever follows (a place, an org);
    ``after`` is the character after it (a county's short form before 区 or 县 is
    the county's full name, which opens no name by itself: 某水区|某定某中学院)."""
    w = t.text
    if w in RELATIVE_PREFIX or w in ctx.division_names or w in ctx.gazetteer:
        return True
    if t.tag.startswith(NAME_HEAD_TAGS):
        return True
    level = _short_level(w, ctx)
    if level in ("province", "city") or (level == "county" and after not in ("区", "县", "市", "旗")):
        return True     # 包头|北辰稀土…, 个旧|某晟矿业…: a city's or county's short form, whatever the dictionary calls it
    return any(w.startswith(d) for d in (w[:3], w[:2]) if d in ctx.division_names)


def _place_glued_title(text: str, left: int, ctx: Context) -> int:
    """印台长|盛建材有限责任公司: a name's left edge that stopped at a "title" (台长)
    whose first character ends a place name (印台) opens at the place instead."""
    for n in (2, 3):
        if left >= n and text[left - n:left] in ctx.titles:
            at = left - n + 1          # the end of the place, inside the "title"
            for k in (3, 2):
                head = text[at - k:at]
                if at >= k and (head in ctx.division_names or ctx.lex.divisions_by_short(head)):
                    return at - k
    return left


def _left_boundary(text: str, tokens, suffix_start: int, ctx: Context, blocked: set[int]) -> int:
    """Walk left from ``suffix_start`` over words; return where the name starts.

    Hard stops (punctuation, function words, titles, numbers, times) end the
    walk. Verbs and adjectives are allowed inside a name only when the name
    opens with a place or organisation word (北京市推进…评价组, 区推进…办公室);
    otherwise the name starts after the last of them (进一步发挥|工会 → no name).
    """
    if suffix_start == 0:
        return 0
    i = _token_index(tokens, suffix_start - 1)
    left = suffix_start
    if tokens[i].end > suffix_start:
        # the suffix starts inside a word (密云区|委): the word's head belongs to the name
        left = tokens[i].start
        i -= 1
    walked = []
    while i >= 0:
        t = tokens[i]
        if suffix_start - t.start > MAX_ORG_LEN:
            break
        if t.text in (")", "）"):
            j = i - 1
            while j >= 0 and tokens[j].text not in ("(", "（") and i - j < 8:
                j -= 1
            inner = text[tokens[j].end:t.start] if j >= 0 and tokens[j].text in ("(", "（") else ""
            if inner and len(inner) <= 8 and not any(ch in PUNCT for ch in inner) and j >= 1 \
                    and not _hard_stop(tokens[j - 1], ctx):
                walked.extend(reversed(tokens[j:i + 1]))
                left = tokens[j].start
                i = j - 1
                continue
            break
        if t.text in ("和", "与") and _joins_name(tokens, i, ctx):
            walked.append(t)
            left = t.start
            i -= 1
            continue
        if t.text in NAME_INNER_WORDS and _inner_word(tokens, i, walked, ctx):
            walked.append(t)    # 天津津海|联合|集装箱码头有限公司: part of the name, not the verb
            left = t.start
            i -= 1
            continue
        if _oov_piece(tokens, i, walked):
            walked.append(t)    # 中国|中|车|集团: a character of an unknown name, not the preposition
            left = t.start
            i -= 1
            continue
        if _hard_stop(t, ctx) or ((walked or left < suffix_start) and t.text[:1] in RELATIVE_PREFIX and t.text[1:] in RELATIVE_ORGANS):
            break       # 区委|区政府: two bodies side by side
        if any(p in blocked for p in range(t.start, t.end)):
            break
        walked.append(t)
        left = t.start
        i -= 1
    if not walked:
        return left
    # walked is right-to-left; skip generic heads, then decide about verbs
    seq = list(reversed(walked))
    while seq:
        if seq[0].text in GENERIC_BODY and not _brand_opening(seq[0], seq[1:3]):
            seq.pop(0)
        elif seq[0].text in ("（", "(") and _generic_paren(seq):
            seq = seq[next(k for k, t in enumerate(seq) if t.text in ("）", ")")) + 1:]
        else:
            break
    verbs = [k for k, t in enumerate(seq) if t.text in MISTAGGED_VERBS]
    if verbs:
        seq = seq[verbs[-1] + 1:]     # 力争新建|省级…工作室, 扎根|某区…卫生院: the name opens after the verb
    if not seq:
        return suffix_start if tokens[_token_index(tokens, suffix_start)].start >= suffix_start else left
    for k in range(2, len(seq)):
        if seq[k - 2].text in ctx.suffixes and len(seq[k - 2].text) >= 2 and seq[k - 1].text not in ctx.suffixes \
                and (seq[k - 1].tag.startswith("v") and not seq[k - 1].tag.startswith("vn") and len(seq[k - 1].text) > 1
                     or (seq[k].tag.startswith("ns") or seq[k].text in ctx.division_names) and len(seq[k].text) > 1):
            return seq[k].start   # 某街道总工会|利用|某街道党群服务中心, 某某有限公司|共建|…基地: a body, a verb
    if not text.startswith(BRANCH_SUFFIX, suffix_start):   # 某运物流|湖北分公司 keeps its brand
        for k in range(len(seq) - 1, 0, -1):
            before = seq[k - 1]
            if (any(d.level == "province" for d in ctx.lex.divisions_by_short(seq[k].text))
                    or len(seq[k].text) >= 3 and seq[k].text in ctx.division_names) \
                    and ctx.word_freq.get(before.text, 0) > 50 and before.text not in ctx.suffixes \
                    and not (before.text in "市区县州" and seq[k].text in ctx.division_names) \
                    and before.text not in INDUSTRY_WORDS \
                    and not before.tag.startswith(("nt", "nz", "j", "nr", "ns")):
                return seq[k].start   # 区总工会指派|广东某信律师事务所, 指派|某山区总工会: a common word before a province or a full division ends the name
    if len(seq) > 1 and _address_before_name(seq[0].text, seq[1].text, ctx):
        return seq[1].start   # 徐水区|保定某某学院: the county, then a name opening with its city
    if _name_head(seq[0], ctx, text[seq[0].end:seq[0].end + 1]) or _brand_opening(seq[0], seq[1:3]):
        return seq[0].start     # 中|冀|城建集团: a brand opening on a province's short form
    for k in range(1, len(seq)):
        if seq[k - 1].text in ("（", "("):
            continue  # 某某（深圳）科技有限公司: the place in parentheses is inside the name
        if seq[k].text in ctx.division_names or seq[k].tag.startswith("ns") and len(seq[k].text) > 1 \
                or _city_short(seq[k].text, ctx):   # 徐水区|保定…学院 (jieba: the verb 保定)
            if seq[k - 1].text in INDUSTRY_WORDS and k >= 2:
                break     # 某运快递|鄂州分公司: a brand, its trade, then the branch's place
            if any(t.tag.startswith(SOFT_STOP_TAGS) or t.tag.startswith("n") and not t.tag.startswith("nr")
                   and len(t.text) == 1 and not (t.text in DIVISION_ENDS and j and len(seq[j - 1].text) > 1)
                   for j, t in enumerate(seq[:k])):
                return seq[k].start   # 129人齐聚|延庆区总工会: the name opens at the place (某山|市|平安区…: a city first)
            break
    cut = seq[0].start
    for k, t in enumerate(seq):
        if len(t.text) > 1 and t.tag.startswith(SOFT_STOP_TAGS) and not t.tag.startswith(("vn", "an")) \
                and t.text not in INDUSTRY_WORDS and not _county_short(t.text, ctx):   # 保定, 怀化: jieba's verbs
            cut = seq[k + 1].start if k + 1 < len(seq) else suffix_start
    return cut


def _named_farm(body: str, tokens, left: int, ctx: Context) -> bool:
    """A farm's name (国营某某农场, 某某县某某林场): opened by 国营/国有 or a place, or
    holding a word the dictionary does not know; common nouns alone are no name."""
    if body.endswith(("农场", "林场", "牧场")):
        return False   # 农场林场: two kinds side by side
    if body.startswith(("国营", "国有")):
        return True
    i = _token_index(tokens, left)
    words = []
    while i < len(tokens) and tokens[i].start < left + len(body):
        words.append(tokens[i])
        i += 1
    return any(t.tag.startswith(("ns", "nz", "nt", "nr")) or not t.tag or len(t.text) == 1 for t in words)


def _generic_paren(seq) -> bool:
    """True when the words opening ``seq`` are a parenthesis of generic words only
    (楼宇（园区）联合工会: the kind of body again, not a name)."""
    close = next((k for k, t in enumerate(seq) if t.text in ("）", ")")), None)
    return close is not None and close > 1 and all(t.text in GENERIC_BODY for t in seq[1:close])


def _party_owner(body: str, relative: str, ctx: Context) -> EntityType | None:
    """The type of the body a party committee (党委 …) with no suffix of its own
    belongs to: a community or town (某某社区党委), else a company known by its
    short name (某某电机党委); None for a division's own committee or a generic word."""
    if relative or not 2 <= len(body) <= 8 or body in GENERIC_BODY or body == "嘎查" or body[:1] in STOP_WORDS \
            or body[:2] in STOP_WORDS or body in ctx.division_names or ctx.lex.divisions_by_short(body):
        return None
    m = TOWN_RE.fullmatch(body)
    if m is not None and m.group(2) in ("社区", "村", "嘎查"):
        return EntityType.DISTRICT
    if m is not None or any(ch in PUNCT for ch in body) or _is_time_or_number(body) \
            or body.endswith(("区", "县", "市", "省", "州", "旗")):
        return None   # 某某新区党工委: a zone's or a division's own committee
    return EntityType.COMPANY


_ADDRESSED_COMMUNITY = re.compile(r"(?:街道|镇|乡|苏木)([\u4e00-\u9fff]{2,6}(?:社区|村|嘎查))$")


def _addressed_community(body: str) -> str | None:
    """The community or village that ends an address before its party committee
    (某市某区某某街道|某某社区, 某县某某镇|某某村), else None."""
    m = _ADDRESSED_COMMUNITY.search(body)
    return m.group(1) if m is not None and m.start() > 0 else None


def _opens_body_name(text: str, pos: int, ctx: Context) -> bool:
    """True when an organisation suffix, or a word ending in one (管理局), starts at ``pos``."""
    for k in (3, 2):
        w = text[pos:pos + k]
        if len(w) == k and (w in ctx.suffixes or (ctx.word_freq.get(w, 0) > 0 and w[-1] in ctx.suffixes
                                                   and w[-1] in "局院所厅委处")):
            return True
    return False


def _inner_word(tokens, i: int, walked, ctx: Context) -> bool:
    """True when the verb at token ``i`` (联合) sits inside a company's name: the
    words after it are common nouns (no body, no place), and the words before it
    reach back to a place that opens the name with no organisation in between
    (天津津海联合集装箱码头有限公司, not 市总工会联合市人社局)."""
    if not walked or any(w.text[:1] in RELATIVE_PREFIX or w.text in ctx.division_names or w.tag.startswith(("ns", "nt"))
                         for w in walked):
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        w = tokens[j]
        if _hard_stop(w, ctx) or w.text in STOP_WORDS or any(w.text.endswith(x) for x in ctx.suffixes if len(x) > 1):
            return False
        if w.tag.startswith("ns") and len(w.text) > 1 or w.text in ctx.division_names:
            return True
    return False


def _oov_piece(tokens, i: int, walked) -> bool:
    """True when the one-character token ``i`` (tagged as a function word) sits
    between a place word and another single character, or is the second of two
    characters opening a clause: jieba split an unknown name into characters
    (中国|中|车集团, 楚|天|新能源集团), and this one belongs to it."""
    t = tokens[i]
    if len(t.text) != 1 or t.tag not in ("f", "d", "q", "p") or i == 0:
        return False
    if walked and t.text + walked[-1].text in SPLIT_TRADE_WORDS:
        return True    # 某某迅捷|同|城配送: a trade word jieba cut into a preposition and a noun
    if t.text in STOP_WORDS:   # 郑州|闪|递|同|城配送: the fourth single character in a row after a place
        return bool(walked) and len(walked[-1].text) == 1 and i >= 2 and len(tokens[i - 2].text) == 1 \
            and _single_run_after_place(tokens, i)
    before = tokens[i - 1]
    if t.tag == "p":   # 于都县|顺|捷快递有限公司, 某市|顺|邦达物流: only between a place and another character or a name-like word
        return bool(walked) and (len(walked[-1].text) == 1 or walked[-1].tag.startswith(("nr", "nz"))) \
            and (before.tag.startswith("ns") and len(before.text) > 1
                 or len(walked[-1].text) == 1 and _single_run_after_place(tokens, i))   # 郑州|闪|递|同|城配送
    if not walked:   # 河南|天|中|律师事务所: the last of two characters between a place and the suffix
        return (i >= 2 and len(before.text) == 1 and before.tag.startswith(("n", "q", "f", "d"))
                and before.text not in STOP_WORDS and tokens[i - 2].tag.startswith("ns") and len(tokens[i - 2].text) > 1)
    if len(walked[-1].text) == 1 and before.tag.startswith(("ns", "nt")):
        return True
    if (t.tag == "q" or t.tag == "f" and walked[-1].tag.startswith("ns")) and len(walked[-1].text) == 1 \
            and walked[-1].tag.startswith("n") \
            and (any(ch in PUNCT for ch in before.text) or before.text.isspace() or before.text in ("和", "与", "及", "的", "是")
                 or before.tag == "p"):
        return True   # 。天|汇|金融大厦, ，中|湘|建工集团, 由|中|冀|城建集团: an unknown name's first character
    # 楚|天|新能源…, 湖北|鄂|中|化工: two characters opening the clause or following a
    # place, an unknown name's first word
    if (len(before.text) == 1 and before.tag.startswith("n") and before.text not in STOP_WORDS
            and (i < 2 or any(ch in PUNCT for ch in tokens[i - 2].text) or tokens[i - 2].text.isspace()
                 or tokens[i - 2].tag.startswith("ns") and len(tokens[i - 2].text) > 1)):
        return True
    # 宁波|远|泓|港口…, 本溪|参|芝|堂|药业: one or two more single characters of any kind
    # between a place and this one; 天津|擎|宇航|天|装备: three characters, cut as 1 + 2
    return _single_run_after_place(tokens, i) or _short_run_after_place(tokens, i)


def _single_run_after_place(tokens, i: int) -> bool:
    """True when one or two single characters (no stop word, no mark) lie between a
    place word and token ``i``: pieces of an unknown name that jieba cut up."""
    j = i - 1
    while j >= 0 and i - j <= 2 and len(tokens[j].text) == 1 and tokens[j].text not in STOP_WORDS \
            and tokens[j].text not in PUNCT and not tokens[j].text.isspace():
        j -= 1
    return j < i - 1 and j >= 0 and tokens[j].tag.startswith(("ns", "nz")) and len(tokens[j].text) > 1


def _short_run_after_place(tokens, i: int) -> bool:
    """True when a single character and a two-character word, three characters in all
    and no stop word among them, lie between a place word and token ``i`` (天津|擎|宇航|天):
    jieba glued two characters of an unknown name into a word of their own."""
    run = tokens[i - 2:i] if i >= 3 else []
    return len(run) == 2 and sorted(len(t.text) for t in run) == [1, 2] \
        and not any(t.text in STOP_WORDS or t.text in PUNCT or t.text.isspace() for t in run) \
        and tokens[i - 3].tag.startswith(("ns", "nz")) and len(tokens[i - 3].text) > 1


def _extend_to_division(text: str, left: int, end: int, ctx: Context, chain: bool = False) -> int:
    """A division name that the walk cut (新|吴区总工会), or that the walk stopped
    right after (上地街道|总工会: jieba reads 上|地), opens the name. A division that
    ends inside one the name already opens with does not (联合|镇海区…医院: not the
    town 联合镇; 满|城区… is 满城区). ``chain``: the divisions printed right before it open
    the name too, the parent first (玉溪市红塔区|春|和街道社区卫生服务中心); a union's name is
    left to the union rules."""
    at = ctx.div_index.longest_at(text, left) if left < end else None
    for i in range(max(0, left - (8 if left == end else 3)), left):
        d = ctx.div_index.longest_at(text, i)
        if d is not None and (left < i + len(d) <= end or i + len(d) == left == end) \
                and (at is None or i + len(d) >= left + len(at)):
            while chain and (j := next((j for j in range(max(0, i - 8), i) if (p := ctx.div_index.longest_at(text, j))
                                        and j + len(p) == i and len(p) >= 3), None)) is not None:
                i = j
            return i
    return left


#: A division of the production and construction corps (兵团) printed before the city it
#: governs as one (第八师石河子市): the pair opens the name.
CORPS_DIVISION = re.compile(r"第[一二三四五六七八九十]{1,3}师$")
#: The suffixes of a registered company's name, which opens with its place (北京某某科技有限公司).
REGISTERED_SUFFIXES = frozenset({"有限责任公司", "股份有限公司", "有限公司", "律师事务所"})
REGISTERED_TAIL = re.compile("|".join(sorted(REGISTERED_SUFFIXES, key=len, reverse=True)))


def _back_to_place(text: str, tokens, left: int, end: int, ctx: Context) -> int:
    """A registered company's name whose walk stopped inside its brand (郑州|快骑|同|城
    科技有限公司: jieba reads 同 as a preposition) opens with the place printed right
    before it (and the places chained before that one): the place, then at most five
    characters of brand cut by jieba into words of one or two characters, none a stop
    word, a common verb of two characters, or punctuation."""
    if left < end and (cut := _cut_place_start(text, tokens, left, ctx)) is not None:
        return cut
    if left > end or left < end and _opens_with_place(text, tokens, left, ctx):
        return left    # the name opens with its place already (湖南|湘|麓|恒|正|律师事务所: the walk took no brand)
    k = _token_index(tokens, left)
    while k > 0:
        k -= 1
        t = tokens[k]
        if left - t.start > 12:
            return left
        place_end = _place_end(text, t, ctx)
        if place_end and 0 <= left - place_end <= 5:    # 无为|恒通电缆: a place jieba read as a conjunction
            start = t.start
            while (prev := _token_before(tokens, start)) is not None and _place_end(text, prev, ctx) == start:
                start = prev.start    # 新疆|阿勒泰|…: the province before the prefecture
            return start
        if len(t.text) > 2 or any(ch in PUNCT for ch in t.text) \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in t.text) \
                or (len(t.text) == 2 and (t.tag.startswith("v") and ctx.word_freq.get(t.text, 0) >= 1000
                                          or t.text in STOP_WORDS)):
            return left     # 成立|科技有限公司: a common verb; 飞驰|即|送, 奔腾: a rare one is a brand's
        if t.text in STOP_WORDS:
            # a stop word beside single characters is a brand jieba broke up (硒|都, 同|城); a particle or a
            # conjunction only between two of them (海|之|帆, 清|和|源), and never 的, 了 or 在
            singles = (len(tokens[k - 1].text) == 1) + (len(tokens[k + 1].text) == 1)
            if t.text in ("的", "了", "在") or singles == 0 or t.tag.startswith(("u", "c")) and singles < 2:
                return left
    return left


#: National groups' short names that open their local companies' names before the place
#: (国网芜湖供电公司, 南网某某供电局, 中建某某公司).
GROUP_SHORT_NAMES = ("国网", "南网", "中建", "中铁", "中交", "中冶", "中核", "国能", "中石化", "中石油", "中海油")


def _group_before_place(text: str, tokens, left: int, end: int, ctx: Context) -> int:
    """A company's name that opens with its place opens with the national group's short
    name printed right before the place (国网|宁夏电力有限公司)."""
    if left >= end or not _opens_with_place(text, tokens, left, ctx):
        return left
    return next((left - len(g) for g in GROUP_SHORT_NAMES if text.startswith(g, left - len(g))), left)


#: One-character suffixes of government departments and bureaus (省教育厅, 县人社局).
ORGAN_SUFFIXES = ("厅", "局")
#: How a national or regional organ's name opens when no division does (国家统计局, 自治区人社厅).
NATIONAL_HEADS = ("国家", "中国", "中央", "国务院", "自治区", "兵团", "师市", "旗", "盟")
#: Bureaus that are state enterprises when no place opens their name (某某林业局, 某某矿务局).
ENTERPRISE_BUREAUS = ("林业", "矿务", "森工")
#: The level characters after a division's short form (红河|州, 准格尔|旗).
LEVEL_CHARS = ("省", "市", "区", "县", "州", "盟", "旗")


def _first_place(text: str, tokens, left: int, end: int, ctx: Context) -> int | None:
    """Where the first place in ``[left, end)`` starts: a token that opens a place, or a
    division's full name with its level (由崇明|区 is cut 由崇明|区 by the segmenter); None if none."""
    if ctx.gaz_index.longest_at(text, left, end) is not None:
        return left   # 交通运输部长江航务管理局: a national body's bureau
    starts = set()
    for t in tokens[_token_index(tokens, left):]:
        if t.start >= end:
            break
        if t.start >= left and 0 < _place_end(text, t, ctx) <= end:
            starts.add(t.start)
    for i in range(left, end):
        d = ctx.div_index.longest_at(text, i, end)
        if i in starts or (d is not None and len(d) >= 3 and d.endswith(DIVISION_ENDS)) \
                or any(text[j:j + 1] in LEVEL_CHARS and ctx.lex.divisions_by_short(text[i:j])
                       for j in range(i + 2, min(i + 6, end))):   # 红河|州人社局
            return i
    return None


def _opens_with_place(text: str, tokens, left: int, ctx: Context) -> bool:
    """A token starts at ``left`` and a place opens there."""
    t = tokens[_token_index(tokens, left)]
    return t.start == left and _place_end(text, t, ctx) > 0


def _place_end(text: str, t, ctx: Context) -> int:
    """Where a place that opens at token ``t`` ends: a division's full name, or its
    short form (郑州, 循化) with a level character after it (循化|县); 0 if none."""
    d = ctx.div_index.longest_at(text, t.start)
    if d is not None and len(d) >= 2:
        return t.start + len(d)
    if len(t.text) >= 2 and ctx.lex.divisions_by_short(t.text):
        return t.end + (text[t.end:t.end + 1] in ("县", "市", "区", "州", "盟", "旗"))
    return 0


def _cut_place_start(text: str, tokens, left: int, ctx: Context) -> int | None:
    """Where a city's or a county's short form starts when jieba cut it between its two
    characters and glued the second to the brand (。海|东河湟建设工程有限公司: 海东), the
    first alone after a mark; else None."""
    k = _token_index(tokens, left)
    if k == 0 or tokens[k].start != left:
        return None
    if k >= 2 and len(tokens[k - 1].text) == 2 and len(tokens[k - 2].text) == 1:
        k -= 1      # 　长|春天|衡精密机械有限公司: the short form (长春) cut across a word of two (春天)
    if len(tokens[k - 1].text) != 1:
        return None
    t = tokens[k - 1]
    if t.start > 0 and text[t.start - 1] not in PUNCT and not text[t.start - 1].isspace():
        return None
    short = text[t.start:t.start + 2]
    if any(d.level in ("province", "city", "county") for d in ctx.lex.divisions_by_short(short)):
        return t.start
    return None


def _joins_name(tokens, i: int, ctx: Context) -> bool:
    """True when 和 at token ``i`` is inside a name (人力资源和社会保障局).

    The word after 和 must not open a new name (区/市… or a division) and the
    words before it must reach back to a division or a relative prefix.
    """
    if i + 1 >= len(tokens) or i == 0:
        return False
    nxt = tokens[i + 1].text
    if nxt.startswith(RELATIVE_PREFIX) or nxt in ctx.division_names or nxt in ctx.gazetteer \
            or ctx.lex.divisions_by_short(nxt[:2]):
        return False
    if tokens[i - 1].text.endswith("工会"):
        return False   # 某市总工会与某区总工会: two unions side by side
    j = i - 1
    steps = 0
    while j >= 0 and steps < 4:
        w = tokens[j].text
        if any(ch in PUNCT for ch in w) or w in STOP_WORDS:
            return False
        if w in RELATIVE_PREFIX or w in ctx.division_names or w.endswith(("省", "市", "区", "县", "州", "盟", "旗")) \
                or (len(w) >= 2 and ctx.lex.divisions_by_short(w)):
            return True     # 德宏州人力资源和社会保障局: a prefecture's short form opens the name
        j -= 1
        steps += 1
    return False


#: A party's part in a contract before its name (施工单位某某建设有限公司, 承包方某某公司): no part of the name.
CONTRACT_PARTY = re.compile(r"(?:施工|承包|发包|分包|总包|建设|监理|用工|用人|劳务派遣|派遣|业主)(?:单位|企业|方)")


def _strip_generic_head(tokens, start: int, end_body: int) -> int:
    """Skip leading generic words (全市, 各级, 基层 …) of a name body and a contract
    party's part (承包单位, 施工方)."""
    for k, t in enumerate(tokens):
        if t.start < start:
            continue
        if t.start >= end_body:
            break
        pair = tokens[k:k + 2]
        if len(pair) == 2 and pair[1].end < end_body and CONTRACT_PARTY.fullmatch(pair[0].text + pair[1].text):
            start = pair[1].end     # 施工|企业, 建设|单位: jieba's two words
        elif CONTRACT_PARTY.fullmatch(t.text) or \
                (t.text in GENERIC_BODY or t.text in STOP_WORDS) and not _brand_opening(t, tokens[k + 1:k + 3]):
            start = t.end
        else:
            break
    return start


def _brand_opening(t, after) -> bool:
    """A one-character word (中, 大, 新) before a province's one-character short form
    (the first of the two tokens ``after`` it) opens a brand (中|湘|建工集团), not a
    generic head."""
    return len(t.text) == 1 and len(after) == 2 and len(after[0].text) == 1 and after[0].tag.startswith("ns")


# ------------------------------------------------------------------ components
def gazetteer_spans(text: str, ctx: Context, bounds: set[int] | None = None) -> list[Candidate]:
    """National bodies by name or alias; two-character aliases (工行, 全总) only as whole words."""
    out = []
    for m in ctx.gaz_re.finditer(text):
        i, s = m.start(), m.group(1)
        name, typ = ctx.gazetteer[s]
        if len(s) <= 2 and bounds is not None and not (i in bounds and i + len(s) in bounds):
            continue
        if s.endswith("部") and (text.startswith("门", i + len(s))
                                  or s != name and _inside_a_longer_name(text, i, i + len(s), ctx)):
            continue   # 人社部门 ("the departments of …"), 电子|商务部, 美国|国防部, 国防部|新闻司: no ministry
        out.append(Candidate(i, i + len(s), s, typ, "rule:gazetteer.v1", 5, canonical=name))
    return out


#: Characters that may stand right before a ministry's short name (在财政部, 和商务部, 经教育部).
MINISTRY_BEFORE = frozenset("在和与及由经向据将是了的同会对从把被为并、，。：；“（")


def _inside_a_longer_name(text: str, i: int, end: int, ctx: Context) -> bool:
    """True when a ministry's short name at ``[i, end)`` is part of a longer name: a
    name or a noun before it (美国|国防部, 电子|商务部) or a noun after it (国防部|新闻司)."""
    before = text[i - 1:i]
    if before and "\u4e00" <= before <= "\u9fff" and before not in MINISTRY_BEFORE:
        word = next((text[i - k:i] for k in (3, 2) if i >= k and ctx.word_freq.get(text[i - k:i])), "")
        if not word or ctx.seg.tags.get(word, "n").startswith("n"):
            return True    # 美国|国防部 (a place), 俄|国防部; 联合|工业和信息化部 is a verb before it
    if ctx.title_index.longest_at(text, end) is not None:
        return False   # 某部副部长: a post at the ministry
    nxt = next((text[end:end + k] for k in (3, 2) if ctx.word_freq.get(text[end:end + k])), "")
    return ctx.seg.tags.get(nxt, "").startswith("n") and not ctx.seg.tags.get(nxt, "").startswith("nr")


# A union's own centre or station (某市总工会职工服务中心, …总工会职工法律援助工作站) is the union's arm.
_UNION_ARMS = ("中心", "服务中心", "工作站", "援助站", "服务站")
_STATIONS = ("工作站", "援助站", "服务站")


#: One character that, before a generic 公司, is a verb or a preposition, never a name (报公司党委).
ONE_CHAR_BEFORE_UNIT = frozenset("报由向经请让给为对在到从和与及或并将把被")


def org_suffix_spans(text: str, tokens, bounds: set[int], ctx: Context, blocked: set[int]) -> list[Candidate]:
    """Organisation names ending in a known suffix, left boundary by word stops."""
    out = []
    index = ctx.suffix_index
    for e in sorted(bounds):
        suffix = index.longest_ending_at(text, e)
        if suffix is None:
            continue
        s = e - len(suffix)
        if s in blocked or (e - 1) in blocked:
            continue
        if suffix == "联合工会" and index.longest_ending_at(text, s) is not None:
            continue  # 某某党委联合工会组织…: a body, then the verb 联合, then a generic 工会
        in_title = _in_book_title(text, s)
        host = tokens[_token_index(tokens, s)]
        head = host.text[:s - host.start]    # 区|工会 in 产业园|区工会|联合会: the token runs into the suffix
        glued_relative = host.end <= e and (head in RELATIVE_PREFIX or head in ("团", "团" + suffix[0]) or host.text[:2] in ("团区", "团市", "团县"))
        if suffix.endswith("部") and text.startswith("门", e):
            continue  # 人社部门: "the departments of", no ministry
        if text[e - 2:e] in NOT_SUFFIX_WORDS or text[e - 3:e] in NOT_SUFFIX_WORDS:
            continue  # 服务大局: an ordinary word ending in a suffix character
        if host.start < s and not glued_relative and (host.text in ctx.titles or host.text.endswith(SUBUNIT_WORDS) or (
                host.tag and not host.tag.startswith(NAME_HEAD_TAGS + ("m",)) and s - host.start < 2)):
            continue  # 举办 / 干部 / 大局 / 事业部: the "suffix" is the tail of an ordinary word
        nxt = _next_token(tokens, e)
        modifier = nxt is not None and suffix.endswith("工会") and nxt.text in MODIFIED_NOUNS
        if nxt is not None and suffix == "中心" and nxt.text in CENTRAL_NOUNS:
            continue  # 建设国家中心城市, 围绕中心工作: "central", not a centre
        if CONGRESS_RE.match(text, e) and suffix != "总工会":
            continue  # 中国工会十八大, 某市工会第十次代表大会: a congress, not a body (某某总工会第二次代表大会 is the union's)
        left = _left_boundary(text, tokens, s, ctx, blocked)
        left = _strip_generic_head(tokens, _extend_to_division(text, left, s, ctx,
                                                               ctx.suffixes[suffix] is not EntityType.UNION), s)   # 上|地街道总工会
        kind = ENTERPRISE_KIND.match(text, left, s)
        if kind and s - kind.end() >= 2:
            left = kind.end()   # 民营企业|某某童装有限公司, 日资企业|某某电装: what kind of firm, not its name
        left = _place_glued_title(text, left, ctx)
        left = _extend_to_division(text, left, s, ctx)
        if (corps := CORPS_DIVISION.search(text, max(0, left - 5), left)) is not None \
                and ctx.div_index.longest_at(text, left) is not None:
            left = corps.start()    # 第八师|石河子市总工会: the corps' division and its city are one
        if suffix in REGISTERED_SUFFIXES or suffix in BRANCH_SUFFIX and REGISTERED_TAIL.search(text, left, s):
            left = _back_to_place(text, tokens, left, s, ctx)   # 北京|启元|安信科技有限公司(某某分公司)
        if ctx.suffixes[suffix] is EntityType.COMPANY:
            left = _group_before_place(text, tokens, left, s, ctx)    # 国网|芜湖供电公司
        if in_title and not (left > 0 and text[left - 1] == "《"):
            continue  # inside a document's name, only the issuing body that opens it is a mention
        left = _skip_predicate(text, tokens, left, s)
        if left is None:
            continue  # 全年新建|工会组织, 想找|工会: a predicate before the suffix, not a name
        if text.startswith("记", left) and text[left - 1:left] in ("—", "－", "-") and s - left >= 2:
            left += 1   # ——记|市人大代表某某: a subtitle's 记 (about), not the body's first character
        body = text[left:s]
        i = _token_index(tokens, s - 1)
        if s - left >= 3 and tokens[i].end == s and len(tokens[i].text) == 1 and tokens[i].tag == "v" \
                and (p := person_after(text, left, ctx)) is not None and p[1] == s - 1:
            continue  # 某红英|作|集团工会工作报告: a person, a verb, then the noun; no body
        if modifier and not (suffix == "总工会" and len(body) >= 3 and body.endswith(DIVISION_ENDS)):
            continue  # 工会经费, 贡献工会力量: a modifier; 某某街道总工会建设驿站 is a named union
        if body.startswith(("总工会", "工会")):
            continue  # 该街道|总工会财务核算中心: a department with no name of its own
        if suffix == "办" and text[e:e + 1] in ("了", "过", "起", "成", "好"):
            continue  # 团委|办了托管班: the verb 办 with its aspect, no office
        if COLLECTIVE_LEVELS.search(body):
            continue  # 江门两级法院, 各级党委: the bodies of several levels, no one body
        if suffix == "办" and not (body.endswith(OFFICE_OWNERS) or body.startswith("国务院")
                                  or body[:1] in RELATIVE_PREFIX or ctx.div_index.longest_at(body, 0) is not None):
            continue  # 想回村里办个…, “网上办”: the verb; an office (区委办, 县网信办) is an organ's or a place's
        if suffix in ("农场", "林场", "牧场") and not _named_farm(body, tokens, left, ctx):
            continue  # 干胶产量比农场平均水平高: the common noun, not a farm's name
        if suffix in _STATIONS and "工会" not in body and ctx.div_index.longest_at(body, 0) is None:
            continue  # 法律援助工作站, 社区卫生服务站: a kind of station; 某镇劳务工作站 is one
        typ = ctx.suffixes[suffix]
        if suffix == "学会" and nxt is not None and nxt.tag.startswith("v"):
            continue  # 女职工学会运用法律: 学会 is the verb "learn"
        if suffix == "局" and re.search(r"[一二三四五六七八九十]$", body) and len(body) >= 3:
            typ = EntityType.COMPANY  # 中建二局, 中铁十六局: numbered engineering bureaus are enterprises
        if len(body) >= 3 and body[-1] in "省市区县" and (i := _token_index(tokens, s - 1)) > 0 \
                and tokens[i].text == body[-1] and tokens[i - 1].start >= left \
                and not tokens[i - 1].tag.startswith("ns") and tokens[i - 1].text not in ctx.division_names \
                and not _county_short(tokens[i - 1].text, ctx) and ctx.word_freq.get(tokens[i - 1].text, 0) >= 100 \
                and (len(tokens[i - 1].text) > 1 or i > 1 and len(tokens[i - 2].text) > 1
                     and not tokens[i - 2].tag.startswith("ns")) \
                and not (body[-1] == "区" and tokens[i - 1].text.endswith(ZONE_ROOTS)):
            # 将整改情况报|市总工会: a common word, then the body of the home city (青|禾|市: single characters
            # of a place's name the dictionary lacks)
            left, body = s - 1, body[-1]
        relative = ""
        if not body:
            if suffix in ("区委", "市委", "县委", "省委"):
                relative = suffix[0]
            else:
                continue
        elif body in RELATIVE_PREFIX:
            relative = body
        elif body.startswith(RELATIVE_PREFIX) and _relative_head(tokens, left, body) \
                and ctx.div_index.longest_at(text, left) is None:   # 镇海区总工会, 镇赉|县委: a place, not 镇/乡
            relative = body[0]
        elif body.startswith("团") and body[1:2] in RELATIVE_PREFIX and suffix in ("委", "区委", "市委", "县委"):
            relative = body[1]
        elif body == "团" and suffix in ("区委", "市委", "县委"):
            relative = suffix[0]
        if body.startswith("团") and relative and suffix.endswith("委"):
            typ = EntityType.ORGANIZATION   # the Youth League committee (团区委) is no government organ
        if "届" in body or (not relative and (body in GENERIC_BODY or _is_time_or_number(body))):
            continue
        if re.search(r"[+＋/／&＆]", body) or body.startswith(("（", "(")):
            continue  # “法院+工会”: a formula of cooperation, not a name; （商圈）工会: no name before the note
        if any(t.text in GENERIC_INSIDE for t in tokens if left <= t.start and t.end <= s):
            continue  # 金融系统各级工会: a generic plural
        if len(body) == 1 and not relative and len(suffix) <= 2:
            continue  # 干部, 全局 …: a one-character body is no name
        if typ is not EntityType.UNION and "工会" in body and suffix in _UNION_ARMS:
            typ = EntityType.UNION
        joint = max(body.rfind("和"), body.rfind("与"))
        opens_place = joint >= 0 and (d := ctx.div_index.longest_at(text, left + joint)) is not None \
            and len(d) >= 3 and d.endswith(DIVISION_ENDS)     # 天津市|和平区: a place, not "and"
        if joint >= 0 and typ not in (EntityType.GOVERNMENT, EntityType.UNION) and not opens_place \
                and _ends_a_body(text, left + joint, ctx):
            cut = left + joint + 1   # 总工会与某某大学: two bodies, the name is the last one
            left, body = cut, text[cut:s]
            if len(body) < 2:
                continue
        if typ is EntityType.GOVERNMENT and suffix == "委员会" and not relative \
                and _all_common_words(tokens, left, s, "", ctx):
            continue  # 集团|技术委员会, 评审委员会, 常务委员会: a body's own committee, named by its task
        if typ is EntityType.GOVERNMENT and suffix in ORGAN_SUFFIXES and not relative \
                and not body.startswith(NATIONAL_HEADS):
            place = _first_place(text, tokens, left, s, ctx)
            if place is None and suffix == "局" and body.endswith(ENTERPRISE_BUREAUS) and len(body) >= 4:
                typ = EntityType.COMPANY   # 某某林业局, 某某矿务局 with no place: a state forestry or mining enterprise
            elif place is None:
                continue  # 会客厅, 议事厅, 陷入僵局: a hall or a word; a department or bureau opens with its place
            else:
                left, body = place, text[place:s]   # 招聘会由|崇明区人力资源和社会保障局
        name = text[left:e]
        if name in ctx.titles:
            continue
        head = _brand_before_department(body, suffix, ctx)
        if head:   # 某某智造|人力资源部经理: a company known by its brand, and its department
            out.append(Candidate(left, left + len(head), head, EntityType.COMPANY, "rule:org_suffix.v1", 2))
            continue
        if suffix == "厂" and (prev := _token_before(tokens, s)) is not None and prev.tag == "v":
            continue  # …学院毕业后进|厂, 返|厂: the verb and "the factory", no name
        if suffix == "厂" and (k := _company_end_in(text, left, s, ctx)) is not None:
            # 某某钢铁集团有限公司|炼钢厂: a company's works is a sub-unit, the company the entity
            out.append(Candidate(left, k, text[left:k], EntityType.COMPANY, "rule:org_suffix.v1", 2))
            continue
        if suffix == "厂" and not relative and works_by_trade(body, ctx, text):
            continue  # 炼钢二厂, 动力厂: a company's works named by its trade alone is a sub-unit, no entity
        if suffix == SALES_OFFICE:
            # 某某快递观音桥营业部: a company's sales office is a sub-unit, the company the entity
            k = max((body.rfind(u) + len(u) for u in OFFICE_OWNER_ENDS if u in body), default=-1)
            if k >= 4 and len(body) - k <= 8:
                out.append(Candidate(left, left + k, body[:k], EntityType.COMPANY, "rule:org_suffix.v1", 2))
            continue
        parents = UNIT_NOUNS if suffix.endswith("中心") and "工会" not in body else \
            ("大学",) if suffix == "学院" else ()
        unit_end = max((body.rfind(u) + len(u) for u in parents if u in body), default=-1)
        if unit_end >= 4 and len(body) - unit_end <= 6:
            # 某某股份有限公司质检中心, 某市人民医院体检中心, 某某大学美术学院: a unit's centre or a
            # university's college is a sub-unit, the unit the entity
            out.append(Candidate(left, left + unit_end, body[:unit_end], _suffix_type(body[:unit_end], ctx),
                                 "rule:org_suffix.v1", 2, relative=relative))
            continue
        if suffix in SUBUNIT_SUFFIXES and "工会" not in body:
            parent = _subunit_parent(text, tokens, left, s, ctx, out)
            if parent is not None:   # 某某公司人力资源部, 县人民法院执行局: a sub-unit is no entity
                if parent > left:
                    out.append(Candidate(left, parent, text[left:parent], _suffix_type(text[left:parent], ctx),
                                         "rule:org_suffix.v1", 2, relative=relative))
                continue
        if suffix == "部" and not relative and (body.endswith(DIRECTIONS)
                                                or ctx.div_index.longest_at(body, 0) is None):
            continue  # 仓储部, 某某电器智能制造部 (a department), 某市东北部 (a direction); ministries are in the gazetteer
        if suffix in DEPARTMENT_SUFFIXES and not relative and body in UNION_DEPARTMENTS:
            continue  # 女职工部, 权益保障部: a union's department named alone is no entity
        if (suffix in DEPARTMENT_SUFFIXES or suffix.endswith("部")) and "工会" in body:
            parent = _union_prefix(body, ctx)
            if parent:   # 北京市总工会女职工部: a union's department points to the union
                out.append(Candidate(left, left + len(parent), parent, EntityType.UNION, "rule:org_suffix.v1", 2,
                                     relative=relative))
            continue
        if suffix == "公司" and not relative and _common_single_word(body, tokens, left, s, ctx):
            continue  # 感觉公司就像家, 初创公司: a word or a kind of firm, no name (a branch, 电车分公司, keeps its)
        if suffix == "工会" and _common_single_word(body, tokens, left, s, ctx):
            continue  # 充分发挥工会, 专职工会: an ordinary word before 工会, not an employer's name
        if suffix == "工会" and _group_of_places(body, ctx):
            continue  # 沪苏浙皖工会, 三省一市工会, 兄弟省市工会, 张掖各县区工会: unions of several places
        if len(body) >= 2 and (LEVELS_ONLY.fullmatch(body) or SEVERAL_LEVELS.search(body)):
            continue  # 旗（区）总工会, 县（市、区）人社局, 旗县市区, 各设区市总工会, 各市和县区总工会: a kind of
            #           body at several levels, no name (not 和县's)
        if body.endswith("主义"):
            continue  # 走中国特色社会主义工会发展道路: a doctrine's word, no body
        if body.endswith(("型", "性")) or (relative and body[1:] in KIND_BODIES) \
                or (suffix == "工会" and _kind_of_enterprise(body, ctx)):
            continue  # 服务型协会, 行业性工会联合会, 省产业工会, 平台企业工会: a kind of body, not a name
        if suffix == "基地" and not relative and (ctx.div_index.longest_at(name, 0, len(name) - 1) is None
                                                   or "一处" in name):
            continue  # 蔬菜基地, 某公司临淄生产基地: a kind of site; a base is a body only under its place's name
        if typ is EntityType.ORGANIZATION and not relative and (_all_common_words(tokens, left, e, suffix, ctx) or (
                suffix.endswith("中心") and _unit_kind(body, ctx))):
            continue  # 爱国主义教育基地, 技能|培训中心: a kind of place described in common words, not a name
        if suffix == "中心" and body.endswith("加工"):
            continue  # 五轴加工中心, CNC加工中心: a machine tool
        if text[e:e + 1] in ("路", "街", "巷"):
            continue  # 二七区大学路, 医院街: a street named after a body, no body
        if suffix in ("大学", "学院", "学会") and (p := person_after(text, left, ctx)) is not None and p[1] == s \
                and ctx.div_index.longest_at(text, left) is None and not _county_short(text[left:s], ctx):
            continue  # 某小英|大学毕业后, 跟着某国胜|学会了: a person, then a word, no body
        if not relative and COUNTED_KIND.search(text, max(0, left - 6), left) \
                and _all_common_words(tokens, left, s, "", ctx):
            continue  # 来自5个码头公司, 3家物流企业: a counted kind of body, not a name
        short_kind = e - left <= 4 and typ is EntityType.ORGANIZATION
        counted = COUNTED_KIND.search(text, max(0, left - 6), left) or text[left - 1:left] == "等"
        if not relative and (short_kind or counted) and _one_noun(tokens, left, e):
            continue  # 培训中心, 一家制鞋厂, 某甲、某乙等面板厂: a kind that is one short or counted dictionary word
        if typ is EntityType.ORGANIZATION and not relative and _kind_being_built(tokens, left, e, suffix, ctx):
            continue  # 新建|劳模工匠创新工作室, 依托某某公司|建设|技能培训基地: a kind a body builds, not a name
        if suffix in PARTY_ORGANS and body in ctx.suffixes:
            continue  # 医院党总支 with no name before it
        if suffix in PARTY_ORGANS and body:
            # an organisation's own 党委 is folded into the organisation
            inner = [c for c in out if c.start == left and c.end == s]
            if body[:-2] in ONE_CHAR_BEFORE_UNIT and body.endswith("公司"):
                continue   # 并|报公司党委审查: the generic noun after a verb, no name
            if body.endswith("厂") and works_by_trade(body[:-1], ctx) or body == "嘎查":
                continue   # 炼钢二厂党委, 嘎查党支部: the committee of a works or of a village named before, no entity
            if inner or any(body.endswith(sx) and len(body) > len(sx) for sx in ctx.suffixes if len(sx) >= 2):
                if not inner:
                    out.append(Candidate(left, s, body, _suffix_type(body, ctx), "rule:org_suffix.v1", 2,
                                         relative=relative))
                continue
            if body.endswith(WORK_TEAM_ENDS):
                continue   # 综采一队党支部, 某车间党支部: a sub-unit's branch, no entity
            owner = _party_owner(body, relative, ctx)
            if owner is not None:   # 某某电机党委, 某某社区党委: the committee of a company, of a community
                out.append(Candidate(left, s, body, owner, "rule:org_suffix.v1", 2))
                continue
            if (unit := _addressed_community(body)) is not None:
                # 某市某区某某街道|某某社区党委: the community named last in its address
                out.append(Candidate(s - len(unit), s, unit, EntityType.DISTRICT, "rule:org_suffix.v1", 2))
                continue
        out.append(Candidate(left, e, name, typ, "rule:org_suffix.v1", 2, relative=relative))
    return out


#: Bodies whose office is printed X办 (区委办, 市政府办); else an office opens with its
#: place (县网信办) or with 国务院.
OFFICE_OWNERS = ("委", "政府", "人大", "政协", "党组")
CONGRESS_RE = re.compile(r"第?[一二三四五六七八九十]+大(?![\u4e00-\u9fff]{0,1}(?:队|院|学))|第?[一二三四五六七八九十\d]+次?(?:会员|职工)?代表大会")
#: A work team's or a shop's name ends (综采一队, 机修车间, 甲班): sub-units of a company.
WORK_TEAM_ENDS = ("队", "班", "组", "车间", "工段", "班组")
#: A company's sales office (某某快递后湖营业部) and how the owner's name before it ends.
SALES_OFFICE = "营业部"
OFFICE_OWNER_ENDS = ("有限责任公司", "有限公司", "公司", "集团", "快递", "速递", "速运", "物流", "银行", "证券")
SUBUNIT_WORDS = ("事业部", "项目部", "部室", "大队", "中队", "信息科", "干部", "全部", "内部", "总部", "局部", "俱乐部")
PARTY_ORGANS = ("党委", "党组", "党总支", "党支部", "党工委")
MODIFIED_NOUNS = frozenset("""
经费 干部 工作 工作者 社工 改革 会员 系统 建设 财务 活动 阵地 力量 特色 品牌 自身 职能 经审 小组 积极分子 会费 资产 法 章程
""".split())
#: Nouns after 中心 that make it the adjective "central" (国家中心城市, 中心工作).
CENTRAL_NOUNS = frozenset("城市 城区 工作 任务 环节 地位 位置 思想 议题 内容 地带 枢纽".split())
GENERIC_INSIDE = frozenset("各级 各 基层 各类 所属 下属 有关 相关 辖区 这些 多家 部分 一处 一家 一所 一座".split())


DEPARTMENT_SUFFIXES = ("部", "办公室", "处", "科", "室")
#: Compass points that end a part of a place (某市东北部), no department.
DIRECTIONS = ("东", "西", "南", "北", "中")
#: The departments of a union's own office (…部): sub-units, not entities.
UNION_DEPARTMENTS = frozenset("""
女职工 权益保障 宣传教育 组织 基层工作 经济技术 网络工作 财务资产 法律工作 保障工作 劳动保护 生活保障
组织宣传 组织民主管理 民主管理 职工服务 文体 宣传 研究室 办公
""".split())
SUBUNIT_SUFFIXES = ("部", "局", "处", "科", "室", "办公室", "宣传部", "组织部", "统战部")
#: Common nouns for a unit that a sub-unit's name may follow (公司人力资源部, 集团工程管理部).
UNIT_NOUNS = ("公司", "集团", "企业", "工厂", "医院", "法院", "检察院", "学校", "学院", "大学", "银行")
COURTS = ("法院", "检察院", "仲裁院")


#: Departments only a company has (a government's organs have other names).
CORPORATE_DEPARTMENTS = ("人力资源", "财务", "市场", "销售", "研发", "生产", "采购", "品质", "质量管理", "营销")


def _company_end_in(text: str, left: int, s: int, ctx: Context) -> int | None:
    """Where a company's name (…有限公司, …集团) ends inside a works' name body
    text[left:s] with at most four characters of the works' own name after it."""
    for k in range(max(left + 2, s - 4), s):
        tail = ctx.suffix_index.longest_ending_at(text, k, left)
        if tail in ("有限责任公司", "股份有限公司", "有限公司", "集团", "集团公司", "公司") and k - left > len(tail):
            return k
    return None


def _ends_a_body(text: str, end: int, ctx: Context) -> bool:
    """True when a body or a division ends at ``end`` (市人社局|和…, 北京市|与…): the
    conjunction after it joins two names; after a name's inner character (昆明澄|和环境
    服务有限公司) it is part of the name."""
    return ctx.suffix_index.longest_ending_at(text, end) is not None or text[:end].endswith(DIVISION_ENDS)


def _brand_before_department(body: str, suffix: str, ctx) -> str:
    """The brand of a company named only by it, before one of its departments
    (某某智造人力资源部); '' when there is none."""
    if suffix != "部":
        return ""
    stem = next((d for d in CORPORATE_DEPARTMENTS if body.endswith(d)), None)
    if stem is None:
        return ""
    head = body[:-len(stem)]
    if not 3 <= len(head) <= 6 or head[:1] in RELATIVE_PREFIX or head in ctx.division_names \
            or any(head.endswith(sx) for sx in ctx.suffixes) or any(ch in PUNCT for ch in head):
        return ""
    return head


def _subunit_parent(text: str, tokens, left: int, body_end: int, ctx, found) -> int | None:
    """Where the parent of a sub-unit's name ends, when the name is one (else None).

    A sub-unit is a department of a company, an institution or a court named in
    common words: 某某有限公司人力资源部 (the parent ends before 人力资源部),
    县人民法院执行局; or such a department right after a unit's common noun or
    name (公司|人力资源部: the parent is outside, ``left`` is returned). A
    government's own working organs (区委宣传部, 市民政局) are not sub-units.
    """
    def common(lo: int) -> bool:
        if body_end == lo:
            return text[body_end:body_end + 2] in ("办公", "宣传", "组织", "统战")
        if not 1 <= body_end - lo <= 6 or ctx.div_index.longest_at(text, lo) is not None:
            return False
        return all(ctx.word_freq.get(t.text, 0) > 0 and not t.tag.startswith(("ns", "nr"))
                   for t in tokens if t.end > lo and t.start < body_end)
    for k in range(body_end, left + 1, -1):
        head = text[left:k]
        for L in ctx.suffix_lens:
            if L < len(head) and head[-L:] in ctx.suffixes:
                typ = ctx.suffixes[head[-L:]]
                if (typ in (EntityType.COMPANY, EntityType.ORGANIZATION) or head.endswith(COURTS)) and common(k):
                    return k
                break
    before = text[max(0, left - 4):left]
    if common(left) and (before.endswith(UNIT_NOUNS) or any(
            c.end == left and c.type in (EntityType.COMPANY, EntityType.ORGANIZATION) for c in found)):
        return left
    return None


def _union_prefix(body: str, ctx) -> str | None:
    """The longest prefix of ``body`` that ends with a union suffix (…总工会经费审查委员会)."""
    for k in range(len(body), 1, -1):
        head = body[:k]
        for L in ctx.suffix_lens:
            if L < k and head[-L:] in ctx.suffixes:
                if ctx.suffixes[head[-L:]] is EntityType.UNION:
                    return head
                break
    return None


def _unit_kind(body: str, ctx) -> bool:
    """True when a centre's body is a kind of work in common words (技能培训, 研发, 质检): a
    company's or a town's centre of that kind, no name; jieba's abbreviations of work (研发,
    质检, tagged j) count when frequent."""
    words = ctx.seg.tokens(body)
    return bool(words) and all(
        len(t.text) >= 2 and ctx.word_freq.get(t.text, 0) >= 100 and t.text not in ctx.division_names
        and not t.tag.startswith(("nt", "nz", "ns", "nr")) and (not t.tag.startswith("j") or ctx.word_freq[t.text] >= 1000)
        and not t.text.endswith(TOWN_SUFFIXES + ("区", "市", "县", "省")) for t in words)   # 海棠|街道|职工服务中心: a place's


def works_by_trade(body: str, ctx, text: str = "") -> bool:
    """True when the body of a 厂 is its trade in common words, an ordinal at most beside it
    (炼钢二厂, 第二冶炼厂, 动力厂): a company's works, no place's or brand's name; unless
    ``text`` also prints the works right after its company (某某集团有限公司第三采油厂)."""
    return len(body.strip("第一二三四五六七八九十分0123456789")) >= 2 \
        and _all_common_words(ctx.seg.tokens(body), 0, len(body), "", ctx) \
        and not re.search(f"(?:公司|集团){re.escape(body)}厂", text)


def _all_common_words(tokens, left: int, right: int, suffix: str, ctx) -> bool:
    """True when the name ``[left, right)`` before its suffix is made only of
    frequent non-name dictionary words."""
    words = [t for t in tokens if left <= t.start and t.end <= right]
    if not words or words[0].start != left or words[-1].end != right:
        return False
    if words[-1].text == suffix:
        words = words[:-1]
    if not words:
        return False
    if _county_short(words[0].text, ctx):
        return False   # 怀化|职业|技术|学院 (jieba: the verb 怀化): under a place's short name
    head = ctx.div_index.longest_at("".join(t.text for t in words), 0)
    if head is not None and len(head) >= 3 and head.endswith(DIVISION_ENDS):
        return False   # 开封|市中心|医院 (jieba: the verb 开封): under a place's full name
    if any(len(a.text) == 1 == len(b.text) for a, b in zip(words, words[1:])):
        return False   # 五|邑|大学: single characters of a name the dictionary lacks
    # a post is a common word (技能大师), and so is a kind of area (乡村, 山区)
    return all(t.text in ctx.titles or t.text in GENERIC_AREAS or ctx.word_freq.get(t.text, 0) >= 20 and t.tag
               and (not t.tag.startswith(("nt", "nz", "ns", "nr", "j")) or t.tag == "nz" and ctx.word_freq[t.text] >= 500)
               and not t.text.endswith(("街道", "镇", "乡", "区", "市", "县", "省", "村", "社区")) for t in words)


#: Common nouns for a kind of area, no place's name (乡村|小学, 山区|医院), though they end
#: like one (村, 区) and jieba tags some a place.
GENERIC_AREAS = frozenset("乡村 农村 山区 城区 郊区 市区 县城 城乡 牧区 林区 矿区 库区 老区 边区 城郊 乡镇".split())


#: A count before a body (5个|码头公司, 十多家|物流公司): what follows is a kind, not a name.
COUNTED_KIND = re.compile(r"[\d一二两三四五六七八九十百千几多余]+(?:个|家|所|座|间)$")
#: Words before a suffix that make the phrase a predicate (全年新建工会组织3260家).
#: Parts of speech of words of manner before a predicate (认真落实: z, 坚定不移: i, 进一步: d).
MANNER_TAGS = ("d", "z", "i", "l")
PREDICATE_LEADS = frozenset("全年 今年 去年 当年 年内 累计 共 已 新 近年 还 也 都 想 能 可 要 会 找 听 请 向 让".split())
#: Kinds of body that a relative prefix turns into a plural, not a name (省产业工会, 市基层工会).
KIND_BODIES = frozenset("产业 行业 企业 基层 各级 级 辖市 直".split())


def _skip_predicate(text: str, tokens, left: int, right: int) -> int | None:
    """Where the name starts once leading predicate words are skipped: time words,
    single-character verbs and words of manner (全年新建|工会, 想找|工会, 听|县总工会,
    认真落实|省委); None when nothing but such words stands before the suffix."""
    i = _token_index(tokens, left)
    pos = left
    while i < len(tokens) and tokens[i].start == pos and tokens[i].end <= right:
        t = tokens[i]
        if not (t.text in PREDICATE_LEADS or (len(t.text) == 1 and t.tag.startswith(("v", "d")))
                or (len(t.text) >= 2 and t.tag[:1] in MANNER_TAGS)):    # (not 深|渡|镇: characters of a name)
            break
        pos = t.end
        i += 1
    if pos == left:
        return left
    rest = text[pos:right]
    if rest in TOWN_SUFFIXES:
        return left         # 回兴|街道总工会: the "verbs" name the township
    if not rest or rest in GENERIC_BODY:
        return None
    return pos if rest in RELATIVE_PREFIX else left   # 住|总二公司: a verb-like piece of a name


#: Verbs of building a facility: what follows them, in common words, is a kind of body (新建|职工创新工作室).
BUILD_VERBS = frozenset("新建 建设 建成 建起 建立 筹建 创建 组建 打造 依托 扶持".split())


def _kind_being_built(tokens, left: int, right: int, suffix: str, ctx) -> bool:
    """True when a verb of building stands inside ``[left, right)`` and no proper
    noun follows it to the suffix (某市|建设|镁质材料产业职工实训基地). jieba tags
    新建 a place (南昌's 新建区): read as the verb when no division suffix follows."""
    i = _token_index(tokens, left)
    for k in range(i, len(tokens)):
        t = tokens[k]
        if t.start >= right:
            break
        if t.start >= left and t.text in BUILD_VERBS and t.end < right and (t.tag.startswith("v") or t.text == "新建"):
            rest = [x for x in tokens[k + 1:] if x.end <= right]
            return any(x.end <= right - len(suffix) for x in rest) and rest[0].text[:1] not in DIVISION_ENDS and not any(
                x.tag.startswith(("nr", "ns", "nt", "j")) or x.text in ctx.division_names for x in rest)
    return False


#: Several places by count or kind (三省一市, 两州, 兄弟省市, 各县区).
PLACES_BY_COUNT = re.compile(r"(?:[一二两三四五六七八九十]+[省市州县区盟旗])+|(?:兄弟|友邻|周边|相关|各)[省市州县区盟旗]{1,3}")


#: A body named only by division levels (旗（区）, 县（市、区）, 旗县市(区)): the kind at every such place.
LEVELS_ONLY = re.compile(r"各?[省市县区旗盟州乡镇（）()、]+")
#: Bodies of a kind of division printed as a plural (设区市, 县区 after 和县's 和): never one's name.
SEVERAL_LEVELS = re.compile(r"(?:^|^各)设区市$|县区$|区县$")


def _group_of_places(body: str, ctx) -> bool:
    """True when ``body`` names several places, not one: provinces' abbreviations
    run together (京津冀, 沪苏浙皖), a count (三省一市) or a kind (兄弟省市, 某市各县区)."""
    if len(body) >= 2 and all(ch in ctx.province_abbreviations for ch in body):
        return True
    m = PLACES_BY_COUNT.search(body)
    return m is not None and m.end() == len(body) and (m.start() == 0 or m.group().startswith("各"))


def _kind_of_enterprise(body: str, ctx) -> bool:
    """平台企业, 民营企业: a common noun before 企业 names a kind of enterprise; (新就业)形态
    劳动者 with no place a kind of workers; 一站点一(工会) a slogan's one-for-each."""
    return body.endswith("企业") and ctx.word_freq.get(body[:-2], 0) >= 100 \
        or body.endswith(("劳动者", "农民工")) and ctx.div_index.longest_at(body, 0) is None \
        or re.fullmatch(r"一[\u4e00-\u9fff]{1,3}一", body) is not None


def _common_single_word(body: str, tokens, left: int, right: int, ctx) -> bool:
    """True when ``body`` is one frequent dictionary word that is not a name."""
    t = _next_token(tokens, left)
    if t is None or t.end != right:
        return False
    return ctx.word_freq.get(body, 0) >= 50 and not t.tag.startswith(("nt", "nz", "ns", "nr"))


def org_type(name: str, ctx) -> EntityType:
    """An organisation's type from its suffix (中建二局: a numbered bureau is an enterprise)."""
    if re.search(r"[一二三四五六七八九十]局$", name) and len(name) >= 4:
        return EntityType.COMPANY
    return _suffix_type(name, ctx)


def _suffix_type(name: str, ctx) -> EntityType:
    for L in ctx.suffix_lens:
        if len(name) > L and name[-L:] in ctx.suffixes:
            return ctx.suffixes[name[-L:]]
    return EntityType.ORGANIZATION


def _one_noun(tokens, start: int, end: int) -> bool:
    """True when ``[start, end)`` is one token that jieba tags a plain noun (培训中心, 制鞋厂)."""
    t = tokens[_token_index(tokens, start)] if tokens else None
    return t is not None and t.start == start and t.end == end and t.tag == "n"


def _token_before(tokens, pos: int):
    """The token that ends at ``pos`` (None when a token runs across it)."""
    i = _token_index(tokens, pos - 1) if pos > 0 else -1
    return tokens[i] if i >= 0 and tokens[i].end == pos else None


def _next_token(tokens, pos: int):
    for t in tokens:
        if t.start >= pos:
            return t if t.start == pos else None
    return None


def _in_book_title(text: str, pos: int) -> bool:
    """True when ``pos`` is inside 《…》."""
    left = text.rfind("《", 0, pos)
    return left != -1 and text.find("》", left) > pos


NOT_RELATIVE = ("区域", "市场", "市民", "区别", "县城", "省份", "市区", "城区", "市政", "区间", "市级", "区级", "县级", "省级",
                "市属", "区属", "县域", "省内", "市内", "区内", "州际", "镇上", "乡村", "乡镇", "镇街")


def _relative_head(tokens, left: int, body: str) -> bool:
    """区委办 / 市人力资源… / 区退役军人事务局: a name opening with a bare 市/区/县."""
    t = tokens[_token_index(tokens, left)]
    if t.start == left and t.text == body[0]:
        return True     # 市|民政局: a bare 市 token, whatever the next characters spell
    if body.startswith(NOT_RELATIVE):
        return False
    return t.start == left and (t.text == body[0] or t.text[:1] == body[0] and len(t.text) <= 3)


def _starts_with_token(tokens, pos: int, char: str) -> bool:
    i = _token_index(tokens, pos)
    return tokens[i].start == pos and tokens[i].text == char


#: Words for a township level of the grasslands (苏木 a township, 嘎查 a village): 苏木镇 is no name.
TOWN_LEVEL_WORDS = frozenset(("苏木", "嘎查", "乡镇", "街乡", "村镇"))
#: The level words that end a township's or a community's name.
TOWN_SUFFIXES = ("街道", "镇", "乡", "社区", "村", "嘎查")
_TOWN_WORD = re.compile("(" + "|".join(TOWN_SUFFIXES) + ")")
TOWN_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)" + _TOWN_WORD.pattern + r"(?![\u4e00-\u9fff]{0,1}(?:总工会|工会|党委|政府|卫生|中心|办事处|医院|学校|小学|中学))")


def division_spans(text: str, tokens, bounds: set[int], ctx: Context, home) -> list[Candidate]:
    """Divisions: full names, 街道/镇/乡/社区 grammar, safe standalone short forms."""
    out = []
    n = len(text)
    for i in range(n):
        if i not in bounds and not (i > 0 and text[i - 1] in PUNCT):
            continue
        s = ctx.div_index.longest_at(text, i)
        if s is not None and len(s) == 2 and (i + 2 not in bounds or ctx.word_freq.get(s, 0) > 50) \
                and not _parent_before(text, i, s, ctx) and not ctx.suffix_index.longest_at(text, i + 2):
            continue  # 城区, 矿区, 乡村振兴和县域: an ordinary word, not the two-character county
        if s is not None and not _in_book_title(text, i):
            out.append(Candidate(i, i + len(s), s, EntityType.DISTRICT, "rule:division.v1", 1))
    # street / town / community grammar, word-aligned
    for m in _TOWN_WORD.finditer(text):
        e = m.end()
        if e not in bounds:
            continue
        s = m.start()
        host = tokens[_token_index(tokens, s)]
        if host.start < s and host.tag and not host.tag.startswith(NAME_HEAD_TAGS):
            continue  # 家乡, 城乡: not a township
        left = _left_boundary(text, tokens, s, ctx, set())
        left = _strip_generic_head(tokens, left, s)
        if left < host.start and host.tag == "ns" \
                and (first := tokens[_token_index(tokens, left)]).end - first.start == 1 and first.tag in ("ng", "vg"):
            left = host.start    # 入|职|长安镇: a bound character (职 of 入职) opens no place name; the place is jieba's
        # a community after its township is its own mention (鼓楼街道|东菜园社区)
        inner = re.search(r"(街道|镇|乡|苏木)(?=[\u4e00-\u9fff]{2,})", text[left:s])
        if inner and m.group() in ("社区", "村", "嘎查"):
            left += inner.end()
        body = text[left:s]
        if len(body) < 2 and m.group() in ("社区", "村", "嘎查") and COMMUNITY_OFFICE.match(text, e):
            left = _community_name_start(text, tokens, s, ctx)
            body = text[left:s]
        if not (2 <= len(body) <= 6) or _generic_town(body):
            continue
        # a leading county-level division is its own mention (鼓楼街道 ← 密云区鼓楼街道)
        for L in ctx.div_lens:
            if L < len(body) and body[:L] in ctx.division_names:
                left += L
                break
        body = text[left:s]
        if len(body) < 2 or text[left:e] in ctx.division_names or _in_book_title(text, left) or _generic_town(body):
            continue
        out.append(Candidate(left, e, text[left:e], EntityType.DISTRICT, "rule:division.v1", 1))
    out.extend(_short_forms(text, tokens, ctx, home))
    out.extend(_division_aliases(text, tokens, ctx, home))
    return out


#: A community's or village's own office after its name (某某社区党委书记, 某某村村委会主任, 某某社区工会).
COMMUNITY_OFFICE = re.compile(r"(?:党委|党总支|党支部|居委会|村委会|居民委员会|村民委员会|两委)?"
                              r"(?:第一书记|副书记|书记|副主任|主任)|工会|党群服务中心")
#: Word classes a community's name may hold (聚|贤|里社区, 青年|路社区, 嘎|东村): not a
#: preposition, conjunction, particle, pronoun, adverb, number or measure word.
_COMMUNITY_STOP_TAGS = ("p", "c", "u", "r", "d", "m", "q", "y", "e")


def _community_name_start(text: str, tokens, s: int, ctx: Context) -> int:
    """Where the name of a community or village ending at ``s`` starts, when an office
    of its own follows (聚贤里社区党委书记某某, 青年路社区党委书记某某, 嘎东村村委会主任某某):
    the words before it back to a punctuation mark, a function word, a title or a
    verb of two characters, at most four characters; ``s`` when there are none or
    they are only a time word."""
    i = _token_index(tokens, s - 1) if s > 0 else -1
    left = s
    while i >= 0:
        t = tokens[i]
        w = text[t.start:min(t.end, s)]
        if any(ch in PUNCT for ch in w) or not w.strip() or w in STOP_WORDS or w in ctx.titles \
                or (t.tag or "").startswith(_COMMUNITY_STOP_TAGS) or (len(w) > 1 and (t.tag or "").startswith("v")) \
                or s - t.start > 4:
            break
        left = t.start
        i -= 1
    if all((t.tag or "").startswith("t") for t in tokens if left <= t.start < s):
        return s        # 过去|社区工会: a time, not a name (青年|路社区 holds one)
    return left


def _generic_town(body: str) -> bool:
    """True when the words before 街道/镇/乡/社区/村/嘎查 name no township (各乡镇, 主要街道,
    园区和村, 工业重镇, 苏木镇, 第三个嘎查)."""
    return body in GENERIC_BODY or body in TOWN_LEVEL_WORDS or re.fullmatch(r"第?[\d一二三四五六七八九十百]+个?", body) \
        or body.startswith(("各", "主要", "部分", "所有", "有关")) or body.endswith(("和", "与", "及", "重"))


def _parent_before(text: str, i: int, name: str, ctx: Context) -> bool:
    """True when the division ``name`` at ``i`` follows its own city's or province's
    name (阳泉市矿区, 安徽和县)."""
    return any(f and text.endswith(f, 0, i) for d in ctx.lex.divisions_by_name(name)
               for p in ctx.lex.ancestors(d) for f in (p.name, p.short))


def _short_forms(text, tokens, ctx, home) -> list[Candidate]:
    """Standalone short forms (西城, 顺义 …) of divisions under the home region,
    and of provinces/prefecture cities anywhere, when they are whole words."""
    out = []
    shorts = _home_shorts(ctx, home)
    for t in tokens:
        d = shorts.get(t.text)
        if d is None:
            continue
        nxt = text[t.end:t.end + 1]
        if nxt in ("区", "市", "县", "省") or _in_book_title(text, t.start):
            continue
        after = _next_token(tokens, t.end)
        if after is not None and _continues_name(after, text) and not _own_city_follows(text, t.end, d, ctx):
            continue  # 北京建工, 通州新校区, 北京银行业: the short form opens a longer name
        out.append(Candidate(t.start, t.end, t.text, EntityType.DISTRICT, "rule:division_short.v1", 0,
                             canonical=d.name))
    out.extend(_distant_city_shorts(text, tokens, ctx, shorts))
    return out


#: Words that make a one-character abbreviation after them a place (在赣, 来琼, 赴藏, 留在沪).
ABBREVIATION_BEFORE = frozenset("在 来 赴 进 入 驻 回 返 离 抵 留 到 来到 进入 留在 回到 扎根 落户".split())
#: Words of jieba's dictionary that look like one but are none (返青: turn green; 进深: depth).
NOT_ABBREVIATIONS = frozenset(("返青", "回青", "进深"))
#: Nouns after it that leave it a place (在赣企业, 在鄂主要港航); a verb of two or more
#: characters always does (在汉召开, 来琼就业, 在长举行), one character never (在吉驰汽车).
ABBREVIATION_AFTER = frozenset("企业 单位 机构 分支机构 分公司 期间 以来 多年 主要 各地 交流 工作 务工 就业 创业 发展 投资 考察 调研".split())


def _division_aliases(text, tokens, ctx, home) -> list[Candidate]:
    """Abbreviations and epithets from the lexicon's division_aliases table.

    A one-character abbreviation (赣, 琼, 汉) counts only as a word of its own
    between a word of going or being (在, 来, 赴 …) and a verb or a word like
    企业: 在赣企业, 来琼就业, 进京, but not 在苏某某的带领下 or 在吉某汽车. An epithet
    of two or more characters (椰城, 春城) counts as a whole word that opens no
    longer name. Cities' forms count only on pages of their own province."""
    forms = _local_aliases(ctx, home)
    if not forms:
        return []
    out = []
    for i, t in enumerate(tokens):
        at = None
        if len(t.text) == 1:
            if i and tokens[i - 1].text in ABBREVIATION_BEFORE:
                at = t.start
        elif t.text[0] in ABBREVIATION_BEFORE and t.text not in NOT_ABBREVIATIONS \
                and t.text[2:] in ("", "举行", "召开", "开幕", "闭幕"):
            at = t.start + 1                      # jieba keeps 进京, 来京, 在京举行 as one word
        if at is not None and text[at] in forms:
            if at > t.start or _abbreviation_is_place(tokens, i + 1):
                out.append(Candidate(at, at + 1, text[at], EntityType.DISTRICT,
                                     "rule:division_alias.v1", 0, canonical=forms[text[at]].name))
            continue
        d = forms.get(t.text) if len(t.text) > 1 else None
        start, end = t.start, t.end
        if d is None and i + 1 < len(tokens) and len(t.text) == 1:
            d = forms.get(t.text + tokens[i + 1].text)   # jieba splits 椰|城
            end = tokens[i + 1].end
        if d is None or text[end:end + 1] in ("区", "市", "县", "省", "镇") or _in_book_title(text, start):
            continue
        after = _next_token(tokens, end)
        if after is not None and _continues_name(after):
            continue                              # 星城发展集团: the epithet opens a longer name
        out.append(Candidate(start, end, text[start:end], EntityType.DISTRICT,
                             "rule:division_alias.v1", 0, canonical=d.name))
    return out


def _abbreviation_is_place(tokens, j: int) -> bool:
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    if nxt.text in ("，", "。", "、", "；"):
        return True
    return len(nxt.text) >= 2 and (nxt.tag.startswith("v") or nxt.text in ABBREVIATION_AFTER
                                  or nxt.text[:2] in ABBREVIATION_AFTER)   # 在湘|企业职工


_ALIASES_CACHE: dict = {}


def _local_aliases(ctx: Context, home) -> dict:
    """Alias -> division for a page of ``home``: a one-character province abbreviation
    anywhere, any other form only for a division of the home province (宁 is
    南京市 on a 江苏 page, 西宁市 on a 青海 page, 宁夏 elsewhere)."""
    key = (id(ctx), home.code if home else "")
    if key not in _ALIASES_CACHE:
        lex = ctx.lex
        forms = {}
        for alias, _code in lex.division_aliases:
            if alias in forms:
                continue
            ds = lex.divisions_by_alias(alias)
            local = [d for d in ds if home is not None and lex.province_of(d).code == home.code]
            if local:
                forms[alias] = local[0]
            elif len(alias) == 1:
                prov = [d for d in ds if d.level == "province"]
                if prov:
                    forms[alias] = prov[0]
        _ALIASES_CACHE[key] = forms
    return _ALIASES_CACHE[key]


def _own_city_follows(text: str, pos: int, province, ctx) -> bool:
    """True when one of the province's own cities, full or short, follows (河南周口, 江苏常州)."""
    if province.level != "province":
        return False
    return any(text.startswith(form, pos) for c in ctx.lex.children(province)
               for form in (c.name, c.short) if form and len(form) >= 2)


def _distant_city_shorts(text, tokens, ctx, home_shorts) -> list[Candidate]:
    """Short forms of prefecture-level cities outside the home region (来自河南周口,
    在湛江召开, 往返于武汉和郑州之间). Many are also words (开封, 日照, 来宾), so one
    counts only after its own province (河南周口), before one of its own counties
    (济宁邹城市), or where the dictionary calls it a place and no longer name follows."""
    out = []
    for t in tokens:
        if t.text in home_shorts or len(t.text) < 2:
            continue
        city = next((d for d in ctx.lex.divisions_by_short(t.text) if d.level == "city"), None)
        if city is None or text[t.end:t.end + 1] in ("区", "市", "县", "省") or _in_book_title(text, t.start):
            continue
        province = ctx.lex.parent(city)
        after = _next_token(tokens, t.end)
        ok = province is not None and any(
            text.endswith(form, 0, t.start) for form in (province.name, province.short) if form)
        ok = ok or any(text.startswith(c.name, t.end) for c in ctx.lex.children(city))
        ok = ok or (t.tag.startswith("ns") and not (after is not None and _continues_name(after)))
        if ok:
            out.append(Candidate(t.start, t.end, t.text, EntityType.DISTRICT, "rule:division_short.v1", 0,
                                 canonical=city.name))
    return out


SHORT_FORM_FOLLOWERS = frozenset("""地区 市民 人 各区 全市 各界 时间 及 和 与 等 以及 等地
高质量 经济 发展 新篇章 篇章 实践 大地 样板 故事 经验 力量 现代化 振兴 全面 各地 城乡 人民 大局 答卷 窗口 风采
工作 生活 务工 打拼 创业 扎根 落户 定居 本地人 本地 籍 老乡
""".split())   # words after a short form that leave it a place (推进某省高质量发展, 在某市工作生活)


def _continues_name(t, text: str = "") -> bool:
    """True when the word after a short form makes it part of a longer name (a
    verbal noun that closes the clause does not: 活动在某林|启动。)."""
    if t.text in SHORT_FORM_FOLLOWERS or any(ch in PUNCT for ch in t.text):
        return False
    if text and t.tag.startswith("vn") and (t.end >= len(text) or text[t.end] in PUNCT):
        return False
    if not re.match(r"[\u4e00-\u9fff]", t.text):
        return False
    if not t.tag or t.tag.startswith(("vn", "b")) or (len(t.text) == 1 and t.tag.startswith("a")):
        return True
    return t.tag.startswith(("n", "j", "l", "i"))


_SHORTS_CACHE: dict = {}


def _home_shorts(ctx: Context, home) -> dict:
    key = (id(ctx), home.code if home else "")
    if key in _SHORTS_CACHE:
        return _SHORTS_CACHE[key]
    shorts = {}
    for d in ctx.lex.divisions:
        if not d.short or len(d.short) < 2:
            continue
        if d.level == "province":
            shorts.setdefault(d.short, d)
    if home is not None:
        for d in ctx.lex.descendants(home):
            if d.level in ("city", "county") and d.short and len(d.short) >= 2:
                # a city keeps its short form from its own county (乌鲁木齐: the city, not 乌鲁木齐县)
                if shorts.get(d.short) is None or shorts[d.short].level != "city":
                    shorts[d.short] = d
    _SHORTS_CACHE[key] = shorts
    return shorts


# ------------------------------------------------------------------ persons
NAME_STOP_CHARS = set("的了在是和与及等说对向为将也都又就从把被用以于并而或由给让使到出主表指介强带讲致发代作参任兼已率")
#: Stop characters that are also common in given names (李强, 王致远): they end a name
#: only where they open a verb with what follows (李|强调, 王明|致辞), not in 李强表示.
SOFT_STOP_CHARS = frozenset("致强发作带兼")
#: Characters that close a name and glue to a given name's last character in the
#: dictionary (某保|平等6名, 某立|明说): the name keeps that character when it is a
#: noun or an adjective, not an adverb (某刚|再说).
NAME_CLOSERS = frozenset("等说")
#: What follows 曾 when it means "once" (曾荣获, 曾任, 曾经, 曾多次 …) rather than ending a name.
ONCE_VERBS = frozenset("荣获经任在多是参被担先于连两三四获作为带")


def person_after(text: str, pos: int, ctx: Context, after_post: bool = False,
                 any_post: bool = False, framed: bool = False) -> tuple[int, int] | None:
    """A Chinese personal name starting at ``pos`` (surname + 1–2 characters).

    ``after_post``: right after a leading post (副主席), where a given name that is
    also an adjective or a place word (某繁荣, 某建国) is still a name; ``any_post``:
    right after any post, where a given name that is also a noun is a name when a
    list mark closes it (窑炉工某红军等5名); ``framed``: a post frames the name, so
    a surname that is also a common word (把, 火: ``Lexicons.framed_surnames``) opens
    one when the given name has two characters and a mark or a report verb closes it."""
    sur = None
    rare = False
    if text[pos:pos + 2] in ctx.compound_surnames:
        sur = 2
    elif text[pos:pos + 1] in ctx.surnames:
        sur = 1
    elif framed and text[pos:pos + 1] in ctx.framed_surnames:
        sur, rare = 1, True
    if sur is None:
        return None
    chars = []
    for ch in text[pos + sur:pos + sur + 2]:
        if not ("\u4e00" <= ch <= "\u9fff"):
            break
        chars.append(ch)
    if not chars or (chars[0] in NAME_STOP_CHARS and not _soft_name_char(chars[0], text[pos + sur + 1:pos + sur + 4], ctx)
                     and not (after_post and _given_name_word(chars, text, pos + sur + 2, ctx))):
        return None
    if len(chars) == 2:
        g2 = chars[1]
        after = text[pos + sur + 2:pos + sur + 3]
        two = text[pos + sur:pos + sur + 2]
        if (g2 in NAME_STOP_CHARS and not _soft_name_char(g2, text[pos + sur + 2:pos + sur + 5], ctx)) \
                or (after and ctx.word_freq.get(g2 + after, 0) > max(50, _verb_freq(text[pos + sur + 2:pos + sur + 4], ctx, times=True))
                    and not (after == "是" and g2 in NAME_FINAL_BEFORE_IS)
                    and ctx.word_freq.get(two, 0) < 50 and not ctx.seg.tags.get(g2 + after, "").startswith("nr")
                    and not (after in NAME_CLOSERS and ctx.seg.tags.get(g2, "").startswith(("n", "a")))
                    and not _joins_a_companion(text, pos + sur + 2)
                    and not (g2 + after == "来说" and not _FOR_SOMEONE.search(text, max(0, pos - 8), pos))) \
                or (g2 == "曾" and after and after in ONCE_VERBS) \
                or (g2 == "作" and _GIVES_REPORT.match(text, pos + sur + 2) is not None) \
                or (g2 == "分" and after and after in "获别") \
                or (g2 == "正" and _BUSY_NOW.match(text, pos + sur + 2) is not None) \
                or (g2 == "获" and after and after in "评得颁奖聘") \
                or (g2 == "则" and sur == 1 and "\u4e00" <= after <= "\u9fff") \
                or (after in ASPECT_PARTICLES and ctx.seg.tags.get(g2, "").startswith("v")) \
                or (g2 in "两三四五六七八九十" and after and after in "人名位"):
            if not _name_goes_on(text, g2, pos + sur + 2):
                chars = chars[:1]   # 莫豪|曾荣获, 郑川|盯着: the verb is not the name's last character (俄木某则表示 keeps it);
                #                     某佳|三人成为候选人: a count of the people listed, not the name's last character
    given = "".join(chars)
    if given == "某某" or given == "某" and _ANONYMISED_BODY.search(text):
        return None     # 李某某, 张某 beside 某物流公司: a party a case report keeps anonymous, no one it names
    follows = text[pos + sur + len(chars):pos + sur + len(chars) + 1]
    end = pos + sur + len(chars)
    adjective_given = (after_post and ctx.seg.tags.get(given, "").startswith(("a", "ns", "nz"))) or (
        (after_post or any_post) and ctx.seg.tags.get(given, "").startswith("n")
        and (follows in NAME_ENDS or after_post and _verb_freq(text[end:end + 2], ctx) > 0)) or (
        any_post and ctx.seg.tags.get(given, "").startswith(("n", "t")) and _opens_clause(text, end, ctx)
        and not ctx.word_freq.get(text[pos:end]))    # 工人|高质量完成: a dictionary word
    if _common_word(text[pos:pos + sur + len(chars)], ctx) or (
            len(chars) == 2 and _common_word(given, ctx) and not adjective_given):
        return None  # 单位 / 从信息 / 高质量: ordinary words, not surname + given name
    if not _reads_as_name(text[pos:pos + sur], given, ctx):
        return None
    if sur == 1 and len(chars) == 2 and ctx.word_freq.get(text[pos:pos + 2], 0) >= 3000 \
            and not ctx.seg.tags.get(text[pos:pos + 2], "").startswith(("nr", "ns")) \
            and not ctx.seg.tags.get(text[pos:pos + 3], "").startswith("nr"):
        return None     # 骑手|安全课, 工人|通过手机: the surname opens a common word, no name
    if text[pos:pos + sur] in FUNCTION_SURNAMES and len(chars) == 2 and not _name_closed(text, pos + sur + 2, ctx) \
            and not (after_post and _ACTS_AFTER_NAME.match(text, pos + sur + 2)):
        return None     # 茶农|和茶企职工: the conjunction before a noun phrase, not a surname (院长向某宁带队: a name)
    if rare and (len(chars) < 2 or not (follows in NAME_ENDS or _TRANSLIT_END.match(text, pos + 3))):
        return None     # 主席把关, 火速赶到: the word, not a surname
    return pos, pos + sur + len(chars)


def _given_name_word(chars: list[str], text: str, end: int, ctx) -> bool:
    """True when two given-name characters make a word the dictionary knows as a name
    (向东, 向阳) and a mark or a verb closes it: after a post, 某向东， is a name although
    向 alone would stop one (某|向记者介绍)."""
    return len(chars) == 2 and ctx.seg.tags.get("".join(chars), "").startswith("nr") and _name_closed(text, end, ctx)


def _name_goes_on(text: str, last: str, at: int) -> bool:
    """True when ``last`` ends the name although it opens a word with what follows, since
    the clause after it reads only so: a speaker's 作 + report (某建新|作工作报告, not
    新作), 为 … 授牌 (某玉成|为站点授牌, not 成为), a report verb after 和 (某永和|介绍)."""
    return (text[at:at + 1] == "作" and _GIVES_REPORT.match(text, at + 1) is not None
            and text[at + 1:at + 2] not in "《“") \
        or (text[at:at + 1] == "为" and _GRANTS_FOR.match(text, at + 1) is not None) \
        or (last == "和" and _ACTED_ALONE.match(text, at) is not None)


#: What the clause after 为 (for) does when it grants something: 为站点工会授牌.
_GRANTS_FOR = re.compile(r"[^，。；：\n]{1,20}?(?:授牌|揭牌|颁奖|颁发|颁证|授旗|授予|戴上|披上|送上|佩戴)")


#: What follows 正 (now) when it is not a name's last character (某香|正带着, 某某|正在).
_BUSY_NOW = re.compile(r"带着|带领|在|忙着|拿着|领着|给")


#: What makes 来说 "as for …" (对某某来说, 就…来说): without it, 某春来|说 is a name and a verb.
_FOR_SOMEONE = re.compile(r"[对就拿从]")


def _joins_a_companion(text: str, at: int) -> bool:
    """True when ``at`` holds 和/与 joining the name to a person (某立民|和他的徒弟, 某平|与妻子):
    the conjunction, not the last character of a word (民和, 平和) that would cut the name."""
    return text[at:at + 1] in ("和", "与") and text[at + 1:at + 2] in COMPANION_OPENERS


#: What opens the person a name is joined to by 和/与: a pronoun or a kinship or workplace noun.
COMPANION_OPENERS = frozenset("他她我其徒师妻丈父母儿女同工")


#: What a speaker 作 (makes) after the name: 某某作《…》/ 作工作报告 / 作交流发言 (某骏|作, not 某骏作).
_GIVES_REPORT = re.compile(r"[《“]|(?:工作|专题|典型|重要|主题|大会|交流|表态|总结|述职)?"
                           r"(?:报告|讲话|发言|总结|动员|部署|说明|表态|汇报|辅导|点评|致辞|宣讲)")


#: A body a case report keeps anonymous (某物流公司, 某某科技公司, 某单位): its people are too.
_ANONYMISED_BODY = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在到为与和的职告省市区县]))某{1,2}[\u4e00-\u9fff]{0,4}"
                             r"(?:公司|企业|单位|工厂|酒店|餐厅|医院|学校)")


def _opens_clause(text: str, end: int, ctx) -> bool:
    """True when a clause's predicate opens at ``end``: 说/是/在, an adverb, a time or
    a pronoun word (每天, 已经, 今年), or a plain verb (作为), not a noun or a verbal
    noun (快递员某海军|每天 is a name; 焊工高温|作业 is not)."""
    w = text[end:end + 2]
    tag = ctx.seg.tags.get(w, "")
    return text[end:end + 1] in ("说", "是", "在") or ctx.word_freq.get(w, 0) > 50 and tag in ("v", "d", "t", "r") \
        or _ORDINAL.match(text, end) is not None     # 某光明|第一个入住


_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]")
#: Given names' last characters that glue to a following 是 as an adverb (某文光|是, 某立正|是):
#: before 是 they stay in the name.
NAME_FINAL_BEFORE_IS = frozenset("光正真")
#: After a verb, these make it a verb phrase (盯着, 做了, 去过).
ASPECT_PARTICLES = frozenset("着了过")
#: Marks that close a name listed after a post (某某等5人, 某某、某某, 某某（…）), and the
#: full-width space that ends a table's cell (ingest parts a row's cells with it).
NAME_ENDS = frozenset("等、，,。；（(说 \u3000")


def _name_closed(text: str, end: int, ctx) -> bool:
    """True when a mark, 是/在, a verb or a time word follows a name ending at ``end``
    (某某、, 某某表示, 徒弟某某去年…, a speaker's 某某：)."""
    nxt = text[end:end + 1]
    return not nxt or nxt in NAME_ENDS or nxt in "是在：:" or any(
        _verb_freq(text[end:end + k], ctx, times=True) for k in (2, 3))     # 某某表示, 某某去年


def _verb_freq(w: str, ctx, times: bool = False) -> int:
    """How often ``w`` occurs as a verb (0 when it is no verb): 表示 after 某卫华 keeps
    the name whole (not 华表), 一个 after 俞斌第 does not (第一). ``times``: a time word
    counts too (日前 after 某立平 keeps the name whole, not 平日)."""
    return ctx.word_freq.get(w, 0) if ctx.seg.tags.get(w, "").startswith(("v", "t") if times else "v") else 0


def _reads_as_name(surname: str, given: str, ctx) -> bool:
    """False when surname + given name reads as ordinary words after all: a verb
    (铣工|干起), a frequent verb opening it (工人|成长成才), or a conjunction
    before an ordinary word (法官|和工会)."""
    name = surname + given
    if len(name) == 2 and ctx.word_freq.get(name, 0) > 50 and ctx.seg.tags.get(name, "").startswith("v"):
        return False
    head = name[:2]
    if len(name) == 3 and ctx.word_freq.get(head, 0) > 1000 and ctx.seg.tags.get(head, "").startswith("v"):
        return False
    if surname in FUNCTION_SURNAMES and ctx.word_freq.get(given, 0) > (0 if len(given) == 2 else 100) \
            and not ctx.seg.tags.get(given, "").startswith("nr"):
        return False    # 都|能, 占|七成, 有|序, 有|奔头, 和|民宿: a function word before a word, not a surname
    if len(name) == 2 and ctx.word_freq.get(name, 0) > 300 and ctx.seg.tags.get(name, "")[:1] in ("d", "a", "b", "m", "c"):
        return False    # 常年, 有序: an ordinary adverb or adjective
    return True


#: Surnames that are also conjunctions or prepositions (和, 与 …): before an ordinary
#: word they are the function word, not a surname.
FUNCTION_SURNAMES = frozenset("和于及向从将把由都占有")


def _soft_name_char(ch: str, after: str, ctx) -> bool:
    """A stop character that stays in the name here: a soft one that opens no verb
    with ``after`` (强调, 致辞, 发言 end the name; 致远, 强表 do not)."""
    w = ch + after[:1]
    if ch not in SOFT_STOP_CHARS or (ctx.word_freq.get(w, 0) > 50 and ctx.seg.tags.get(w, "").startswith("v")):
        return False
    # 作 + an object noun is "makes": 晏华|作工作报告, 某某|作报告
    return not (ch == "作" and any(ctx.word_freq.get(after[:k], 0) > 500
                                   and ctx.seg.tags.get(after[:k], "").startswith(("n", "vn")) for k in (2, 3)))


def _common_word(w: str, ctx) -> bool:
    """A frequent dictionary word that is not a person name."""
    if len(w) < 2:
        return False
    tag = ctx.seg.tags.get(w, "")
    return ctx.word_freq.get(w, 0) > 1000 and not tag.startswith("nr")


def title_at_end(text: str, end: int, ctx: Context) -> str | None:
    """The longest title that ends at ``end``: one the lexicon lists, else a trade's job
    by its form (熔化工, 冰雕师)."""
    return ctx.title_index.longest_ending_at(text, end) or ctx.trade_job_ending_at(text, end)


def opens_in_zonggonghui(text: str, end: int, title: str) -> bool:
    """True when a title ending at ``end`` opens with the 工会 of a 总工会 (某市总|工会副主席):
    the post is the rest (副主席), at the 总工会."""
    return title.startswith("工会") and text[end - len(title) - 1:end - len(title)] == "总"


def post_at_end(text: str, end: int, ctx: Context) -> str | None:
    """The post a stated clause ends with: the longest title, but not one that opens
    with the 工会 of a 总工会 (see :func:`opens_in_zonggonghui`)."""
    title = title_at_end(text, end, ctx)
    if title is not None and opens_in_zonggonghui(text, end, title):
        title = ctx.title_index.longest_ending_at(text, end, end - len(title) + 2)
    return title


#: A company name running on after a would-be name (no break): the "name" is part of it
#: (not after a verb: 某某作集团工会工作报告, 某某代表集团发言).
COMPANY_TAIL = re.compile(r"(?![为在向与和到给对把被从是的系作代])[\u4e00-\u9fff]{0,6}?(?:有限责任公司|股份有限公司|有限公司|集团|公司)")


#: A bullet opening a list's row (● 某某　某某公司焊工): the row starts after it.
_ROW_BULLET = "(?<=[{b}] )|(?<=[{b}]\u3000)|(?<=\n[{b}])".format(b=ROW_MARKS) + \
    "".join(f"|(?<={lead}{d}[.．、])" for lead in ("^", "\n") for d in (r"\d", r"\d\d"))   # a numbered row: 1.某某（…）
#: A rank or a delegate's label before a name in a results list (第一名 某某（…）, 代表某某（…）：), an
#: honor's 获得者 or a numbered item's mark before a deputy's name (（一）某某代表（某某公司工会主席）提出的).
_RANK_LEAD = r"(?<=[名奖军][ \u3000])|(?<=[\n，。；：]代表)|(?<=获得者)" \
    r"|(?<=^[（(][一二三四五六七八九十][)）])|(?<=\n[（(][一二三四五六七八九十][)）])"    # （二）某某代表（…）
_PAREN_POST = re.compile(r"(?:^|(?<=[\n、，：】。；” ])|" + _ROW_BULLET + "|" + _RANK_LEAD + r")(?P<name>[\u4e00-\u9fff]{2,7}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[（(](?P<post>[^（）()\n]{2,40})[）)]")


#: A list item that opens with a name and gives the post after a space or a comma:
#: "某某 某某公司焊工", "某某，某某公司电焊工，主导完成…；", a table's row "某某　某某公司　焊工",
#: a speaker after a broadcast's label "【采访】某某 某某县总工会副主席：".
_ITEM_POST = re.compile(r"(?m)(?:^|(?<=[】。！？； ])|" + _ROW_BULLET + r")(?P<name>[\u4e00-\u9fff]{2,7}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[ \u3000]))"
                        r"(?:" + PERSON_NOTE.pattern + r")?(?:[ \u3000]+|，)"
                        r"(?P<post>[^，。；、\s（）()：]{2,40}?(?:、[^，。；、\s（）()：]{2,12}?)*(?:[ \u3000]+[^，。；、\s（）()：]{1,12}"
                        r"(?:、[^，。；、\s（）()：]{2,12}?)*)?)(?=[，；。：]|$)")
#: A profile's label line: a name, a colon and its post, alone on the line or in 【】
#: (【某某：某某公司装配车间班长】).
LABEL_POST = re.compile(r"(?m)^【?(?P<name>[\u4e00-\u9fff·]{2,7})[：:](?P<post>[^，。；、\s（）()：:【】]{4,40})】?$")
#: Characters of transliterated names (Mongolian, Tibetan, Uyghur …: 巴特, 其其, 扎西,
#: 古丽): a name with no Chinese surname is read only where a list or a post frames it.
TRANSLIT_CHARS = frozenset(
    "阿艾安敖奥巴拜宝贝毕必博布才采仓查朝琪其齐奇钦达旦道德迪丁顿朵多额尔恩法噶嘎高戈哥格根古"
    "哈海罕汗杭浩合和赫呼胡花吉加嘉江杰金晋卡凯克库拉来赖兰朗勒雷冷力丽利林玲隆楼鲁伦罗洛玛麦"
    "满曼毛梅美门蒙孟米敏明莫木姆穆那纳娜乃尼妮聂诺帕平普其恰钦庆曲热仁日荣如萨赛桑色森沙山善"
    "尚斯松苏索塔太泰坦特腾提图吐托娃娅瓦旺威乌吾西希锡夏香雅亚延央扬耶伊依音英尤玉扎珍珠卓孜兹措次都云增确宗尕买"
    "卜杜肯逊劳努叶波列不别司马义洪敦琴")
#: Further characters of Tibetan names (多杰, 仁青, 更松, 久美, 才让, 白玛, 央宗, 东智 …), read only
#: where a post or a list frames the name: many also end ordinary words (湖南, 上周), so
#: the middle-dot names above, which extend to the left, do not take them.
TIBETAN_CHARS = frozenset("青更久让完周白边南群益昂琼土坚参赤泽降向贡强堆丹登东智藏晋培")
FRAMED_NAME_CHARS = TRANSLIT_CHARS | TIBETAN_CHARS
#: What may follow a transliterated name after a post: a mark or a verb of the report.
_TRANSLIT_END = re.compile(r"[、，,。；：:（(“]|出席|说|介绍|领衔|当选|参加|陪同|带队|一行|表示|强调|通报|主持|讲话|指出|认为|告诉|坦言|每天|是|则|一边|正|刚|"
                           r"也|还|在|带领|带着|来到|走进|拿着|代表|宣读|作|等|宣布|致辞|回忆|笑着|现场|当场|荣获|获得|获评|先后|去年|今年|曾|多次|已")


def _framed_name(text: str, start: int, end: int, ctx: Context) -> bool:
    """A name where the frame (a list item, a parenthesised post) says it is one:
    a Chinese name (surname + given name: the frame keeps a given name that is
    also a word, 某建国) or a transliterated one."""
    span = person_after(text, start, ctx, after_post=True, framed=True)
    if span is not None and span == (start, end):
        return True
    name = text[start:end]
    return 2 <= len(name) <= 7 and all(ch in FRAMED_NAME_CHARS for ch in name) \
        and (ctx.word_freq.get(name, 0) < 50 or ctx.seg.tags.get(name, "").startswith(("nr", "ns"))) \
        and name not in ctx.division_names and not ctx.lex.divisions_by_short(name)


def _translit_ends(text: str, e: int, ctx: Context) -> bool:
    """A transliterated name may end at ``e``: a mark or a verb of the report follows,
    or a common verb of the dictionary (提醒, 参加)."""
    return _TRANSLIT_END.match(text, e) is not None or any(_acts(text, e, ctx, k) for k in (2, 3))


def _acts(text: str, e: int, ctx: Context, k: int = 2) -> bool:
    """The ``k`` characters at ``e`` are a common verb or adverb of jieba's dictionary
    (参加, 提醒; not the rare 达来 of a name like 某某达来)."""
    w = text[e:e + k]
    return len(w) == k and ctx.seg.tags.get(w, "x")[:1] in "vd" and ctx.word_freq.get(w, 0) >= 100


def _translit_after(text: str, pos: int, ctx: Context) -> tuple[int, int] | None:
    """A transliterated name (2–7 characters of :data:`FRAMED_NAME_CHARS`) starting
    at ``pos`` that ends where a mark or a verb of the report follows."""
    e = pos
    while e < len(text) and e - pos < 7 and text[e] in FRAMED_NAME_CHARS:
        e += 1
    while e - pos >= 2:
        if _translit_ends(text, e, ctx) and _framed_name(text, pos, e, ctx) \
                and not (e - pos > 2 and _TRANSLIT_END.match(text, e - 1)) \
                and not (e - pos > 3 and _acts(text, e - 2, ctx)):    # 某某|正带着, 某某|参加
            return pos, e
        e -= 1
    return None


#: A name's parts joined by a middle dot (某甲·某乙, a foreigner's 某某·某某).
_NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[·•・‧](?=[\u4e00-\u9fff])")
#: Further characters of Uyghur names joined by a dot (阿地力, 库尔班, 玉素甫, 祖丽皮耶 before
#: it; 克里木, 许库尔 after it): read only in a dotted name. 里 and 许, which end or open
#: ordinary words (村里, 允许), extend only the part after the dot; 则 (艾则孜), which opens a
#: clause after a name (某某·某某则表示), only the part before it.
DOTTED_HEAD_CHARS = TRANSLIT_CHARS | frozenset("地班甫皮祖素送肉喀排居茹鲜铁肖再然牙则")
DOTTED_TAIL_CHARS = DOTTED_HEAD_CHARS - {"则"} | frozenset("里许")


def dotted_names(text: str, ctx: Context) -> list[Candidate]:
    """Names whose parts a middle dot joins (Uyghur, Kazakh, foreign names): each part
    a run of :data:`TRANSLIT_CHARS`, the run before the dot opening where no such
    character precedes it (主席|某甲·某乙出席 -> 某甲·某乙). A dot inside quotes
    or a book title (“尊法守法·携手筑梦”) joins no name."""
    out = []
    for m in _NAME_DOT.finditer(text):
        lo = m.start()
        while lo > 0 and m.start() - lo < 8 and text[lo - 1] in DOTTED_HEAD_CHARS:
            if text[lo - 1] in "和与" and _NAME_DOT.search(text, max(0, lo - 9), lo - 2):
                break      # 某某·某某和|某某·某某: the second name starts after 和
            lo -= 1
        if m.start() - lo < 2:
            lo = _framed_head(text, lo, m.start(), ctx)
        hi = m.end()
        while hi < len(text) and hi - m.end() < 8 and text[hi] in DOTTED_TAIL_CHARS:
            if text[hi] in "和与" and _NAME_DOT.search(text, hi + 2, hi + 9):
                break      # 某某·某某和某某·某某: two names
            hi += 1
        while _NAME_DOT.match(text, hi):     # a third part: 某某·某某·某某
            nxt = hi + 1
            while nxt < len(text) and nxt - hi <= 8 and text[nxt] in DOTTED_TAIL_CHARS:
                nxt += 1
            if nxt - hi < 3:
                break
            hi = nxt
        if m.start() - lo < 2 or hi - m.end() < 2 or (lo > 0 and text[lo - 1] in DOTTED_HEAD_CHARS
                                                       and text[lo - 1] not in "和与") \
                or _in_book_title(text, lo) or text.count("“", 0, lo) > text.count("”", 0, lo):
            continue
        if out and out[-1].end > lo:
            continue
        out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:dotted_name.v1", 4))
    return out


def _framed_head(text: str, lo: int, dot: int, ctx: Context) -> int:
    """The part before a name's dot that holds characters no list of ours has (阿依谢姆·…,
    谢 being no usual sound of one), read back from the dot over two to five Chinese
    characters to a line's start, a mark or a post (\n阿依谢姆·努尔兰（…）, 主席|某某·某某);
    ``lo`` unchanged where nothing frames it."""
    k = _head_back_to_post(text, lo, dot, ctx)
    framed = k == 0 or text[k - 1] in "\n、，,：:；;（(　 " or _post_ends(text, k, ctx)
    return k if framed and 2 <= dot - k and k < lo else lo


def _post_ends(text: str, k: int, ctx: Context) -> bool:
    """True when a post of the lexicon ends at ``k`` (主席|某某·某某)."""
    return ctx.title_index.longest_ending_at(text, k, max(0, k - 8)) is not None


def _head_back_to_post(text: str, k: int, dot: int, ctx: Context) -> int:
    """Where the part of a dotted name before ``dot`` starts, read back from ``k`` over
    Chinese characters, five at most, stopping after a post."""
    while k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and dot - k < 5 and not _post_ends(text, k, ctx):
        k -= 1
    return k


#: A foreigner's dotted name glossed with the original in Latin letters right after it
#: (马库斯·韦伯（Markus Weber）): the gloss frames the name, whatever characters transliterate it.
_LATIN_GLOSS = re.compile(r"·(?P<tail>[\u4e00-\u9fff]{1,6})[（(][A-Z][A-Za-z'.-]+(?: [A-Za-z][A-Za-z'.-]+){1,3}[）)]")


def glossed_names(text: str, ctx: Context) -> list[Candidate]:
    """Dotted names glossed in Latin letters (``_LATIN_GLOSS``), the part before the dot
    running back (five characters at most) to a post, a mark or a Latin letter: 总经理|马库斯·韦伯,
    CEO|理查德·班克斯 (``rule:dotted_name.v1``)."""
    out = []
    for m in _LATIN_GLOSS.finditer(text):
        dot = m.start()
        lo = _head_back_to_post(text, dot, dot, ctx)
        if lo < dot and (lo == 0 or not "\u4e00" <= text[lo - 1] <= "\u9fff" or _post_ends(text, lo, ctx)):
            out.append(Candidate(lo, m.end("tail"), text[lo:m.end("tail")], PERSON, "rule:dotted_name.v1", 4))
    return out


#: A post stated after the name (某某今年34岁，是某某公司焊接车间的一名焊工 / 某某是某某公司
#: 维修电工 / 某某在某某公司当缝纫工): the verb, then the unit and the post up to the clause's end.
_STATED_HEAD = r"(?:[，,]?(?:今年|现年)?\d{1,3}岁[，,])?(?:如今|现在|眼下)?(?:也|还|就|正|已|已经|现|目前|同时|本职|原|原来|曾)?"
_STATED = re.compile(_STATED_HEAD + r"(?P<verb>是|在|成为|成了|担任|出任|现任)(?P<rest>[^，。；：、“”]{3,50}?)(?=[，。；、]|$)")
_STATED_LINK = re.compile(r"的(?:一名|一位|一个|名)?(?=[\u4e00-\u9fff]+$)")
_STATED_VERB = re.compile(_STATED_HEAD + "[是在]")
_STATED_ROLE = {"是": re.compile(r"(?:的(?:一名|一位|一个|名)?)?$"),
                "在": re.compile(r"(?:当|做|干|任|担任)(?:上|起)?了?(?:[\d一二三四五六七八九十两几]+多?年(?:的)?)?"
                                r"(?:(?![选为成])[\u4e00-\u9fff]{2,4})?$")}     # 当上了生产线|班组长


def stated_post(text: str, at: int, ctx: Context) -> tuple[int, int, str, int] | None:
    """``(unit_start, unit_end, title, end)`` of a post stated at ``at`` (right after a
    name), when the clause ends with a whole post the lexicon knows; else None."""
    m = _STATED.match(text, at)
    if m is None:
        return None
    end = m.end("rest")
    title = post_at_end(text, end, ctx)
    if title is None or ctx.titles[title] == "journalist":
        return None
    tstart = end - len(title)
    verb = "在" if m.group("verb") == "在" else "是"    # 成为、担任 state a post as 是 does
    link = _STATED_ROLE[verb].search(text, m.start("rest"), tstart)
    if link is not None and not link.group() and verb == "是":
        # 是公司的一名熏醅|技师: the work area between 的 and the post the lexicon knows
        link = next((k for k in _STATED_LINK.finditer(text, max(m.start("rest"), tstart - 8), tstart)
                     if 0 < tstart - k.end() <= 4), link)
    if link is None or (verb == "在" and not link.group()) or link.start() - m.start("rest") < 2:
        return None
    return m.start("rest"), link.start(), title, end


#: A later clause of the sentence about a person that states the post the person holds
#: now (……，如今是某某公司某车间首席技师 / ……，现任公司品保部经理).
_NOW_STATED = re.compile(r"(?:(?:如今|现在|目前|眼下)(?:也|还|已经|已)?(?P<is>是)|现任|现为|(?P<at>在)|(?:已经|已|就)?(?P<became>成为|成了))"
                         r"(?P<rest>[^，。；：、“”]{3,50}?)(?=[，。；]|$)")


def later_stated_post(text: str, at: int, ctx: Context) -> tuple[int, int, str, int] | None:
    """``(unit_start, unit_end, title, end)`` of a post a later clause of the sentence
    running on from ``at`` states with 如今是 / 现任 (see ``_NOW_STATED``); None when
    no such clause holds a whole post the lexicon knows."""
    stop = min((k for k in (text.find(ch, at) for ch in "。！？\n") if k != -1), default=len(text))
    for k in range(at, stop):
        if text[k] not in "，,":
            continue
        m = _NOW_STATED.match(text, k + 1)
        if m is None:
            continue
        end = m.end("rest")
        title = post_at_end(text, end, ctx)
        if title is None or ctx.titles[title] == "journalist":
            return None
        tstart = end - len(title)
        if m.group("at"):     # ……，在某某公司当了18年缝纫工
            link = _STATED_ROLE["在"].search(text, m.start("rest"), tstart)
            if link is None:
                return None
            return m.start("rest"), link.start(), title, end
        link = _STATED_ROLE["是"].search(text, m.start("rest"), tstart) if m.group("is") or m.group("became") else None
        return m.start("rest"), link.start() if link else tstart, title, end
    return None


#: Where a name may open before a stated post: a clause's or a phrase's edge.
_STATED_OPENERS = frozenset("，,。；：、（(）)“”\n的】 \u3000")


def stated_post_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names framed by a post the sentence states after them (``rule:stated_post.v1``):
    今年58岁的某某|是某某公司的一名环卫工人, 某某|在某某公司当缝纫工. The post must be
    one the lexicon knows, whole, and the name a surname and a given name."""
    out = []
    for m in _STATED_VERB.finditer(text):
        at = m.start()
        if stated_post(text, at, ctx) is None:
            continue
        lo = _name_ending_at(text, at, ctx)
        if lo is not None:
            out.append(Candidate(lo, at, text[lo:at], PERSON, "rule:stated_post.v1", 3))
    return out


#: A name set off by commas before its post in running text (……。”某某，某某州总工会党组书记、
#: 常务副主席，在调研时说): the post is a chain of titles the lexicon knows, the first at a unit.
_APPOSITIVE_POST = re.compile(r"(?:(?<=[，,”：])|(?<=[是有叫])|(?<=代表))(?P<name>[\u4e00-\u9fff·]{2,7})[，,](?P<post>[^，,。；：:\n（(“”）)]{4,40})(?=[，,。；]|[）)]$|[）)]\n)")
_CLAUSE_WORDS = re.compile(r"[是在了把让被要说已还也\d]|兼任|目前|现在")


def appositive_post_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names framed by a post set off by commas after them (``rule:appositive_post.v1``):
    “……”某某，某某县总工会副主席，在调研时说. The post must be a chain of whole titles,
    the first after a unit with no verb in it, and the name a whole name."""
    out = []
    m = _APPOSITIVE_POST.search(text)
    while m:
        lo, hi = m.span("name")
        if _appositive_post(text, m, ctx) and _framed_name(text, lo, hi, ctx):
            out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:appositive_post.v1", 3))
            m = _APPOSITIVE_POST.search(text, m.end("name"))
        else:   # the frame may open later in the same run: 是|某某，…
            m = _APPOSITIVE_POST.search(text, lo + 1)
    return out


def _appositive_post(text: str, m: re.Match, ctx: Context) -> bool:
    """Whether the post of an appositive match is a chain of whole titles, the first
    after a unit with no verb in it."""
    segs = post_segments(text, m.start("post"), ctx, m.end("post"))
    if not segs:
        return False
    a, k = segs[0]
    unit = text[a:k - len(title_at_end(text, k, ctx))]
    return len(unit) >= 2 and not _CLAUSE_WORDS.search(unit)


def _name_ending_at(text: str, at: int, ctx: Context) -> int | None:
    """Where a whole name (surname + given name) that ends at ``at`` starts, when it
    opens a clause or a phrase; else None."""
    for k in (3, 2, 4):
        lo = at - k
        if lo < 0 or (lo > 0 and text[lo - 1] not in _STATED_OPENERS):
            continue
        if person_after(text, lo, ctx, any_post=True, framed=True) == (lo, at):
            return lo   # any_post: the post stated after it frames 某海军, 某光明 as a name
    return None


#: Appointments and elections (``rule:appointment.v1``): 任命某某为某某公司工会主席,
#: 免去某某的某某职务, 选举某某为主席, 某某当选主席, 作为某某总工会主席，某某…, and a
#: chain of posts stated after the name (某某是集团公司党委副书记、工会主席).
_APPOINT_VERB = re.compile(r"(?:任命|聘任|聘请|推选|选举|增补|补选|免去|提请任命)")
_APPOINT_LINK = re.compile(r"(?:同志)?(?:为|担任|的)")
#: The names listed before this one (某甲、某乙、|某丙为…).
_NAMES_BEFORE = r"(?:[\u4e00-\u9fff·]{2,8}(?:同志)?、)"
#: The verb of an appointment, then the names before this one (补选某甲、|某乙为…).
_LISTED_APPOINTMENT = re.compile(r"(?:任命|聘任|推选|选举|增补|补选)" + _NAMES_BEFORE + "+$")
#: An election's verb before the names it elects (选举某甲、某乙为…, 补选某某为…).
ELECTING = re.compile(r"(?:选举|补选|增补|推选)" + _NAMES_BEFORE + "*$")
_ELECTED = re.compile(r"(?:当选为?|是)")
#: A post the name holds besides another (某某还担任某某工会副主席, 某某兼任工会主席).
_HOLDS = re.compile(r"(?:还|也|同时|现|目前|如今|现在)?(?:担任|兼任|出任)")
_AS_POST = re.compile(r"作为(?P<post>[^，。；：“”]{3,40}?)[，,]")
_POST_END = re.compile(r"[，。；;：:\n（(]|职务|$")


def post_segments(text: str, lo: int, ctx: Context, hi: int | None = None) -> list[tuple[int, int]] | None:
    """The posts of an appointment from ``lo`` (up to ``hi``, else to the clause's end
    or 职务): a chain parted by 、 whose every part ends with a title the lexicon knows,
    as (start, end) segments; else None."""
    if hi is None:
        m = _POST_END.search(text, lo)
        hi = m.start() if m else len(text)
    if hi - lo < 2 or hi - lo > 60:
        return None
    segs, start = [], lo
    for k in range(lo, hi + 1):
        if k == hi or text[k] == "、":
            title = title_at_end(text, k, ctx)
            if title is None or ctx.titles[title] == "journalist" or k - start < len(title):
                return None
            segs.append((start, k))
            start = k + 1
    return segs


#: A slate of an election's result: a post, a colon or a gap, then its holders
#: (副主席：某甲、某乙（兼职）；经费审查委员会主任　某丙), a line or a clause after ；.
#: The names may be padded (王　蕾), and a list's names may start the next line (…委员的有：⏎某甲、某乙).
_SLATE_NAME = r"[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,11}"
_SLATE_NOTE = r"(?:[（(][^（）()\n]{1,30}[）)])?"
_SLATE = re.compile(r"(?m)(?:^|(?<=[；;：:])|(?<=[。，,])(?=当选))(?:当选)?(?:第[一二三四五六七八九十\d]{1,3}届)?(?P<post>[\u4e00-\u9fff]{2,16}?)"
                    r"(?:[（(](?:兼职|兼|专职|挂职|[^（）()\n]{0,8}(?:笔画|先后)[^（）()\n]{0,4})[）)])?"
                    r"(?:的有(?:[（(][^（）()\n]{1,12}[）)])?[：:]\n?|[：:]|[ \u3000]+)(?P<names>"
                    + _SLATE_NAME + _SLATE_NOTE + r"(?:(?:、|[ \u3000]{2,})" + _SLATE_NAME + _SLATE_NOTE + r")*)"
                    r"(?=[；;。]|$)")
#: A two-character name padded to three with a space (王　蕾).
PADDED_PAIR = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")


_ITEM_MARK = re.compile("、")
_ITEM_OR_GAP = re.compile(r"、|[ \u3000]{2,}")


def _items(text: str, lo: int, hi: int, name_end, gaps: bool = False) -> list[tuple[int, int]]:
    """The items of a list set off by 、 (or, with ``gaps``, by a run of two spaces or more) in
    [lo, hi), each as (start, ``name_end(text, start, end)``): where the item's name ends before
    its note."""
    items, pos = [], lo
    for m in list((_ITEM_OR_GAP if gaps else _ITEM_MARK).finditer(text, lo, hi)) + [None]:
        k, nxt = (m.start(), m.end()) if m is not None else (hi, hi)
        items.append((pos, name_end(text, pos, k)))
        pos = nxt
    return items


def _name_before_note(text: str, lo: int, hi: int) -> int:
    """Where an item's name ends before a person's note (某甲（女）)."""
    return _before_note(text, hi)


def _before_paren(text: str, lo: int, hi: int) -> int:
    """Where an item's name ends before any bracket (某乙（兼职）: the note is no part of it)."""
    return min((j for j in (text.find("（", lo, hi), text.find("(", lo, hi)) if j != -1), default=hi)


def _slate_items(text: str, m: re.Match) -> list[tuple[int, int]]:
    return _items(text, m.start("names"), m.end(), _before_paren, gaps=True)


def slate_persons(text: str, ctx: Context) -> list[Candidate]:
    """The holders a slate lists (``_SLATE``) under a post the lexicon knows whole:
    every item a name the frame allows (``rule:appointment.v1``)."""
    out = []
    for m in _SLATE.finditer(text):
        if not post_segments(text, m.start("post"), ctx, m.end("post")):
            continue
        items = _slate_items(text, m)
        padded = [PADDED_PAIR.fullmatch(text, lo, hi) is not None and text[lo] in ctx.surnames for lo, hi in items]
        if all(pad or _framed_name(text, lo, hi, ctx) for (lo, hi), pad in zip(items, padded)):
            out += [Candidate(lo, hi, text[lo:hi], PERSON, "rule:appointment.v1", 3,
                              canonical=text[lo] + text[hi - 1] if pad else "") for (lo, hi), pad in zip(items, padded)]
    return out


def _slate_post(text: str, person_start: int, person_end: int, ctx: Context) -> list[tuple[int, int]] | None:
    """The post of the slate (``_SLATE``) that lists the name at [start, end), if any."""
    lo = max(text.rfind(ch, 0, person_start) for ch in "\n；;：:") + 1
    above = text.rfind("\n", 0, lo - 2) + 1 if text[lo - 2:lo] in ("：\n", ":\n") else None   # …委员的有：⏎某甲、某乙
    for lo in (lo, max(text.rfind(ch, 0, lo - 1) for ch in "\n；;：:。，,") + 1 if lo > 0 else None, above):
        m = _SLATE.match(text, lo) if lo is not None else None    # the colon after the post or before it
        if m is not None and any(span == (person_start, person_end) for span in _slate_items(text, m)) \
                and (segs := post_segments(text, m.start("post"), ctx, m.end("post"))):
            return segs     # (not 某甲  某乙  某丙 read as a post 某甲 over names)
    return None


def appointment_post(text: str, person_start: int, person_end: int, ctx: Context) -> list[tuple[int, int]] | None:
    """The post segments an appointment frame gives the name at [start, end), if any."""
    slate = _slate_post(text, person_start, person_end, ctx)
    if slate:
        return slate
    held = _RESUME.match(text, person_end)
    if held is not None:       # 某某，男，1980年6月生，…。现任某某总工会党组成员、副主席，拟任…
        return post_segments(text, held.end(), ctx)
    before = text[max(0, person_start - 4):person_start]
    verb = _APPOINT_VERB.search(before)
    verb_before = verb is not None and before.endswith(verb.group())
    if verb_before:
        link = _APPOINT_LINK.match(text, person_end)
        if link is not None:
            return post_segments(text, link.end(), ctx)
    # 某甲、某乙、某丙当选为副主席: each of the list is elected
    pos = past_note(text, max([person_end] + [hi for _, hi in _names_listed_after(text, person_end, ctx)]))
    if pos > person_end or text[person_start - 1:person_start] == "、":
        opened = _LISTED_APPOINTMENT.search(text, max(0, person_start - 40), person_start)
        link = _APPOINT_LINK.match(text, pos)
        if (opened is not None or verb_before) and link is not None and link.group().endswith("为"):
            return post_segments(text, link.end(), ctx)   # 补选某甲、某乙为市总工会委员: each of the list
    held = _HOLDS.match(text, person_end)
    if held is not None:
        segs = post_segments(text, held.end(), ctx)
        if segs and title_at_end(text, segs[0][1], ctx) != text[segs[0][0]:segs[0][1]]:
            return segs     # a bare post (兼任工会主席) leaves its body to the chain's rules
    m = _ELECTED.match(text, pos)
    if m is not None and pos > person_end and m.group() == "是":
        m = None
    if m is not None:
        segs = post_segments(text, m.end(), ctx)
        if segs and (m.group() != "是" or len(segs) >= 2):   # 是 with one post: rule:stated_post.v1
            return segs
    for a in _AS_POST.finditer(text, max(0, person_start - 45), person_start):
        if a.end() == person_start:
            return post_segments(text, a.start("post"), ctx, a.end("post"))
    return None


def _names_listed_after(text: str, end: int, ctx: Context) -> list[tuple[int, int]]:
    """The names listed after 、 behind the name ending at ``end`` (某甲|、某乙（女）、某丙), each
    past its note, up to the first item the frame does not allow as a name."""
    spans = []
    pos = past_note(text, end)
    while text[pos:pos + 1] == "、":
        span = person_after(text, pos + 1, ctx, after_post=True, framed=True)
        if span is None:
            break
        spans.append(span)
        pos = past_note(text, span[1])
    return spans


#: A résumé under a notice of appointments (任前公示): the name opens its line, then
#: sex and birth (某某，男，1980年6月生，汉族，…), and the post held after 现任.
_RESUME_HEAD = re.compile(r"(?m)^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6})(?=[，,][男女][，,]\d{4}年\d{1,2}月)")
_RESUME = re.compile(r"[，,][男女][，,][^\n]{0,80}?现任")


def resume_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names heading a résumé (``_RESUME_HEAD``): the frame says they are names."""
    return [Candidate(m.start(), m.end(), m.group(), PERSON, "rule:resume.v1", 3)
            for m in _RESUME_HEAD.finditer(text) if _framed_name(text, m.start(), m.end(), ctx) or "·" in m.group()]


#: A party to a case named by its role (``rule:party.v1``): a judgment's party line
#: (原告：某某，男，…; 委托诉讼代理人：某某，某某律师事务所律师。; 法定代表人：某某，该公司
#: 执行董事。) or a party in the text (原告某某与被告…).
PARTY_LABEL = re.compile(r"(?:^|(?<=[\n，。；、]))(?P<label>原告|被告|申请人|被申请人|上诉人|被上诉人|第三人|"
                         r"委托诉讼代理人|委托代理人|诉讼代理人|法定代表人|法定代理人)(?:[（(][^（）()\n]{1,10}[）)])?(?P<colon>[：:])?")
#: The posts of the persons who act for a party (its lawyer, its legal representative).
PARTY_AGENTS = ("委托诉讼代理人", "委托代理人", "诉讼代理人", "法定代表人", "法定代理人")


#: A list item's label for the person it credits (（提案人：某某，某某公司车间主任）, 提案人　某某（…）、某某):
#: the names after it, parted by 、, each closed by a mark or a note.
PROPOSER_LABEL = re.compile(r"(?:(?<=[（(\n　 》”])|^)(?:提案人|建议人|申报人|推荐人|执笔人|主讲人|授课人)(?:[：:][ \u3000]?|[ \u3000]+)")


def proposer_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names a proposal's label credits (see :data:`PROPOSER_LABEL`), each a framed name
    closed by ，、（ or the item's end (``rule:party.v1``)."""
    out = []
    for m in PROPOSER_LABEL.finditer(text):
        lo = m.end()
        while lo < len(text):
            hi = lo
            while hi < len(text) and hi - lo <= 7 and ("\u4e00" <= text[hi] <= "\u9fff" or text[hi] == "·"):
                hi += 1
            if text[hi:hi + 1] not in ("，", ",", "、", "（", "(", "）", ")", "\n", "") or not _framed_name(text, lo, hi, ctx):
                break
            out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:party.v1", 3))
            if text[hi:hi + 1] in ("（", "("):
                hi = text.find("）" if text[hi] == "（" else ")", hi) + 1 or len(text)
            if text[hi:hi + 1] != "、":
                break
            lo = hi + 1
    return out


def party_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names a party's label frames (see :data:`PARTY_LABEL`): on a party line the name
    runs to the comma; in the text, a name the frame allows before 与/向/诉/，."""
    out = []
    for m in PARTY_LABEL.finditer(text):
        lo = m.end()
        hi = lo
        while hi < len(text) and hi - lo <= 8 and ("\u4e00" <= text[hi] <= "\u9fff" or text[hi] == "·"):
            hi += 1
        if m.group("colon") and text[hi:hi + 1] in ("，", ",") and _framed_name(text, lo, hi, ctx):
            out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:party.v1", 3))
            continue
        span = person_after(text, lo, ctx, framed=True)
        if span is not None and text[span[1]:span[1] + 1] in ("与", "向", "诉", "，", ","):
            out.append(Candidate(span[0], span[1], text[span[0]:span[1]], PERSON, "rule:party.v1", 3))
    return out


def party_post(text: str, person_start: int, person_end: int, ctx: Context) -> tuple[str, list[tuple[int, int]]] | None:
    """(label, post segments) for a name on a party line of someone acting for a party
    (法定代表人：某某，该公司执行董事。): the label and the posts after the comma."""
    line = text.rfind("\n", 0, person_start) + 1
    m = PARTY_LABEL.match(text, line)
    if m is None or m.end() != person_start or m.group("label") not in PARTY_AGENTS \
            or text[person_end:person_end + 1] not in ("，", ","):
        return None
    return m.group("label"), post_segments(text, person_end + 1, ctx) or []


def appointed_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names an appointment or election frames (``rule:appointment.v1``)."""
    spans = [person_after(text, m.end(), ctx) for rx in (_APPOINT_VERB, _AS_POST) for m in rx.finditer(text)]
    for span in [sp for sp in spans if sp is not None]:
        spans += _names_listed_after(text, span[1], ctx)    # 补选某甲、某乙为…委员: the names after the first
    for m in _ELECTED.finditer(text):
        hi = _before_note(text, m.start())
        lo = _name_ending_at(text, hi, ctx)
        while lo is not None:
            spans.append((lo, hi))
            if text[lo - 1:lo] != "、" or m.group() == "是":
                break
            hi = _before_note(text, lo - 1)     # 某甲、某乙（女）当选为副主席: the names listed before
            lo = _name_ending_at(text, hi, ctx)
    return [Candidate(lo, hi, text[lo:hi], PERSON, "rule:appointment.v1", 3)
            for lo, hi in filter(None, spans) if appointment_post(text, lo, hi, ctx)]


#: A note on a listed person's sex or people (:data:`kg.ingest.PERSON_NOTE`) ending a span.
_NOTE_AT_END = re.compile("(?:" + PERSON_NOTE.pattern + r")\Z")


def past_note(text: str, end: int) -> int:
    """Where a name ending at ``end`` is over: after its note (某某（女）), if it has one:
    a list goes on past it."""
    m = PERSON_NOTE.match(text, end)
    return m.end() if m is not None else end


def _before_note(text: str, end: int) -> int:
    """Where the name before a note ending at ``end`` ends (某某|（女）|当选), else ``end``."""
    m = _NOTE_AT_END.search(text, max(0, end - 10), end)
    return m.start() if m is not None else end


#: A list item naming a person and, in parentheses, the unit they work for:
#: 某某（某某煤业有限公司）、某某（女，某某公司）…
_PAREN_UNIT = re.compile(r"(?:^|(?<=[\n、，：】。；])|" + _RANK_LEAD + r")(?P<name>[\u4e00-\u9fff]{2,4})[（(](?:[男女][，,])?"
                         r"(?:(?P<place>[\u4e00-\u9fff]{2,12})[，,])?(?P<unit>[^（）()\n，,]{3,40})[）)](?=[、，。；\n“]|等|$)")


def paren_unit_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names in a list of ``name（unit）`` items, the unit a name the suffix grammar
    reads (``rule:paren_post.v1``): the name a surname and a given name, as a whole."""
    out = []
    for m in _PAREN_UNIT.finditer(text):
        unit = m.group("unit")
        if not any(unit.endswith(sx) for sx in ctx.suffixes if len(sx) >= 2) and not unit.endswith(("矿", "厂", "站")):
            continue
        if m.group("place") and m.group("place") not in ctx.division_names:
            continue     # 某某（某某市，某某有限公司）: the city, then the unit
        lo, hi = m.span("name")
        if person_after(text, lo, ctx) == (lo, hi):
            out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:paren_post.v1", 3))
    return out


#: A worker's job the title lexicon lacks, printed right after the employer's name
#: (某某陶瓷有限公司|烧成工, 某某石油装备有限公司|修井工): a few characters and a job ending.
JOB_WORD = re.compile(r"[\u4e00-\u9fff]{1,6}[工员师手]")


#: Words for a member of a body, no job (某某工会|会员, 某某总工会|领导班子成员).
MEMBER_WORDS = ("成员", "会员", "党员", "人员", "委员", "学员", "团员")


def job_after_employer(text: str, end: int, ctx: Context, lo: int = 0) -> int | None:
    """Where the job word ending at ``end`` starts when an employer's name (an
    organisation suffix) ends right before it (or before a table's cell gap:
    某某米业有限公司　碾米工) and after ``lo``; None otherwise."""
    for k in range(end - 2, max(lo, end - 7) - 1, -1):    # 某某公司|数控机床装调工: up to seven characters
        at = len(text[:k].rstrip(" \u3000")) if text[k - 1:k] in (" ", "\u3000") else k   # a table's cells
        sx = ctx.suffix_index.longest_ending_at(text, at, lo)
        if sx is not None and at - len(sx) > lo and ctx.suffixes[sx] is not EntityType.GOVERNMENT \
                and JOB_WORD.fullmatch(text, k, end) and ctx.suffix_index.longest_ending_at(text, end, k) is None \
                and "的" not in text[k:end] and not text.endswith(MEMBER_WORDS, k, end):
            return k
    return None


def employer_job_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names right after a job the title lexicon lacks, printed right after its
    employer (某某玉雕工艺有限公司玉雕师某某, 某某食品有限公司腌制师某某):
    :func:`job_after_employer` reads the job, :func:`person_after` the name."""
    out = []
    lexicon_title = ctx.title_index.longest_ending_at     # the lexicon's titles are read elsewhere
    for m in _JOB_END.finditer(text):
        e = m.end()
        # the cheap word checks first: most of these characters sit inside words (工会, 员工, 工程)
        if ctx.word_freq.get(text[e - 1:e + 1], 0) > 50 or ctx.word_freq.get(text[e - 2:e], 0) > 1000:
            continue     # 电气工|程专业: the job runs on into a word; 职工|年流失率: a common word, no job
        if lexicon_title(text, e) is not None or any(lexicon_title(text, e + k) for k in (1, 2, 3)):
            continue     # a known title is read by title_chain_persons; 工艺工|程师 runs on into one
        k = job_after_employer(text, e, ctx, max(0, e - 40))
        if k is None or any(ch in "的和与及" for ch in text[k:e]) or ctx.word_freq.get(text[k:e], 0) > 1000:
            continue     # (一线职工)|年流失率: a common word, no job
        span = person_after(text, e, ctx, any_post=True, framed=True)
        if span is not None and not _opens_a_word(text, span, ctx) \
                and (span[1] == len(text) or text[span[1]] in PUNCT or _ACTS_AFTER_NAME.match(text, span[1])):
            out.append(Candidate(span[0], span[1], text[span[0]:span[1]], PERSON, "rule:employer_job.v1", 3))
    return out


_JOB_END = re.compile(r"(?<=[\u4e00-\u9fff])[工员师手](?=[\u4e00-\u9fff])")


def paren_post_persons(text: str, ctx: Context) -> list[Candidate]:
    """A name followed by its post, as in lists of winners or delegates: in
    parentheses (某某（某某公司首席技师）, 某某（某某区总工会副主席）), or at the
    head of a list item after a space or a comma (某某 某某公司焊工)."""
    out = []
    for rx in (_PAREN_POST, _ITEM_POST, LABEL_POST):
        unread = []     # rows whose first cell does not read as a name on its own
        read = []
        for m in rx.finditer(text):
            if title_at_end(text, m.end("post"), ctx) is None \
                    and job_after_employer(text, m.end("post"), ctx, m.start("post")) is None:
                continue
            lo, hi = m.span("name")
            if WEEKDAY.fullmatch(text, lo, hi):
                continue       # 周二　某某律师事务所　某某律师: a rota's day, no name
            k = text.rfind("授予", lo, hi)
            if k != -1 and hi - k >= 4:
                lo = k + 2     # 大会授予某某（某某公司焊工）、…
            elif text.startswith("代表", lo) and hi - lo >= 4:
                lo += 2        # 代表某某（某某公司焊工）：a delegate's speech
            elif text.endswith(("代表", "委员"), lo, hi) and hi - lo >= 4:
                hi -= 2        # （二）某某代表（某某公司工会主席）提出的: a deputy's proposal
            name = re.sub(r"[ \u3000]", "", text[lo:hi])    # 缪　晶: a two-character name padded to three
            if name != text[lo:hi]:
                if name[0] in ctx.surnames:
                    out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:paren_post.v1", 3, canonical=name))
            elif _framed_name(text, lo, hi, ctx) or _named_by_note(text, lo, hi, ctx):
                out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:paren_post.v1", 3))
                read.append(lo)
            elif rx is _ITEM_POST and _list_row(text, lo) and _cell_may_name(text, lo, hi, ctx):
                unread.append((lo, hi))
        for lo, hi in unread:
            if sum(abs(k - lo) <= ROW_NEIGHBOURHOOD and _list_row(text, k) for k in read) >= 2:
                # 某某　某某乳业有限责任公司乳品检验员 among rows whose names read: the list says it is one
                out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:list_row.v1", 3))
    return out


#: How far (characters) the rows of one list may lie from each other.
ROW_NEIGHBOURHOOD = 400


#: What may stand before a list row's first cell on its line: a bullet, a number, Markdown bold.
_ROW_OPENING = re.compile(r"[-*+#\s]*|\d{1,3}[.．、]\s*|[%s]\s*" % ROW_MARKS)


def _list_row(text: str, lo: int) -> bool:
    """``lo`` opens its line, after at most a bullet, a number or Markdown bold (- **某某**)."""
    return _ROW_OPENING.fullmatch(text, text.rfind("\n", 0, lo) + 1, lo) is not None


def _cell_may_name(text: str, lo: int, hi: int, ctx: Context) -> bool:
    """A list's first cell that may be a name although it does not read as one alone
    (a rare surname, a name of no surname): two to four Han characters set apart by a
    space, no word of the dictionary, no place, no body."""
    cell = text[lo:hi]
    return 2 <= len(cell) <= 4 and text[hi:hi + 1] in (" ", "\u3000", "*") \
        and all("\u4e00" <= ch <= "\u9fff" for ch in cell) and ctx.word_freq.get(cell, 0) < 5 \
        and cell not in ctx.division_names and not ctx.lex.divisions_by_short(cell) \
        and ctx.suffix_index.longest_ending_at(text, hi) is None and ctx.title_index.longest_ending_at(text, hi) is None


#: Characters that, right after a worker's post, make it a team (焊工班, 钳工组), never a surname.
TEAM_WORDS = ("班", "组")
#: A day of the week (a rota's first cell), never a name (周二).
WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")
#: A duty rota's row (周二　某某律师事务所　某甲律师　某乙律师): the lawyers on duty, each name set
#: apart as a cell with its profession after it.
ROTA_FIRM = re.compile(r"律师事务所(?=[ \u3000])")
ROTA_LAWYER = re.compile(r"(?<=[ \u3000])(?P<name>[\u4e00-\u9fff]{2,4}?)律师(?=[ \u3000]|$)", re.M)


#: A letter's salutation alone on its line (某某委员：, 某某代表：): an answer to a deputy's proposal
#: addressed to the deputy.
SALUTATION = re.compile(r"(?m)^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:委员|代表)[：:]$")


def addressee_persons(text: str, ctx: Context) -> list[Candidate]:
    """The deputy an answer is addressed to (某某委员：): the name before the post, when
    it reads as a name."""
    return [Candidate(lo, hi, text[lo:hi], PERSON, "rule:addressee.v1", 3) for m in SALUTATION.finditer(text)
            if _framed_name(text, lo := m.start("name"), hi := m.end("name"), ctx)]


def rota_persons(text: str, ctx: Context) -> list[Candidate]:
    """The lawyers a rota's row names after their firm (周一　某某律师事务所　某甲律师　某乙律师)."""
    out = []
    for firm in ROTA_FIRM.finditer(text):
        line_end = text.find("\n", firm.end())
        for m in ROTA_LAWYER.finditer(text, firm.end(), line_end if line_end != -1 else len(text)):
            lo, hi = m.span("name")
            if person_after(text, lo, ctx) == (lo, hi):
                out.append(Candidate(lo, hi, text[lo:hi], PERSON, "rule:rota.v1", 3))
    return out


def _named_by_note(text: str, lo: int, hi: int, ctx: Context) -> bool:
    """Two to four Han characters at [lo, hi), no common word, before a note of the person's
    people (岩某（傣族）, 某某（女，彝族））: a name whatever its characters (a Dai name has no surname)."""
    return 2 <= hi - lo <= 4 and (note := PERSON_NOTE.match(text, hi)) is not None and "族" in note.group() \
        and all("\u4e00" <= ch <= "\u9fff" for ch in text[lo:hi]) and not _common_word(text[lo:hi], ctx)


#: Locatives that close a noun phrase (项目|中, 车间|里, 会议|上).
LOCATIVES = "中上下里内外"


#: A name set after its post and a space, ending its line or a bracket (审判员　某某, a report's
#: speaker line 某市总工会党组书记、常务副主席　某某, （答复人：某某部部长 某某）).
_SIGNED_NAME = re.compile(r"[ \u3000]{1,3}([\u4e00-\u9fff]{2,4})(?:" + PERSON_NOTE.pattern + r")?(?:$|(?=[）)]))", re.M)


def title_chain_persons(text: str, ctx: Context, blocked: set[int]) -> list[Candidate]:
    """Names right after a post title: 副主席赵某某, 院长王某."""
    out = []
    ends_title = ctx.title_index.ends_a_phrase
    for end in range(1, len(text)):
        if not ends_title(text[end - 1]):
            continue
        title = ctx.title_index.longest_ending_at(text, end)    # a trade's job by its form frames no name
        if title is None or end in blocked or ctx.titles[title] == "journalist":
            continue
        if title_at_end(text, end + 1, ctx) and len(title_at_end(text, end + 1, ctx)) > len(title):
            continue  # a longer title continues (主任 → 主任委员)
        if any(ctx.word_freq.get(text[end - k:end + 3 - k], 0) > 50 for k in (1, 2)):
            continue  # 老师|傅: the "title" ends inside a word (老师傅)
        if any(text[end - len(title) - k:end - len(title) + 1] in PERSON_NOUNS for k in (1, 2)):
            continue  # 职|工长|年: the "title" opens inside a noun for people (职工长年吃住)
        leading = ctx.titles[title] in ("leader", "member")
        if not leading and text[end:end + 1] in TEAM_WORDS:
            continue  # 焊工班近三年, 钳工组: a trade's team, not a name after the post
        if text[end:end + 1] in (" ", "\u3000") and (gap := _SIGNED_NAME.match(text, end)) is not None:
            end = gap.start(1)      # 审判员　某某 / 某市总工会党组书记、常务副主席　某某: a line signed by its post
        span = person_after(text, end, ctx, after_post=leading, any_post=True, framed=True)
        translit = _translit_after(text, end, ctx)
        if translit is not None and (span is None or translit[1] > span[1]):
            span = translit     # 主席宝音某某出席: a transliterated name, no Chinese surname
        if span is None and leading:
            span = _three_framed(text, end, ctx)     # 一级巡视员同某军，: a rare surname
        if span is None and leading and (name := _padded_name_at(text, end, ctx)) is not None:
            # 副主席钟　某、某某: a two-character name padded to three, and the names listed after it
            while name is not None:
                out.append(name)
                name = _name_listed_at(text, name.end + 1, ctx) if text[name.end:name.end + 1] == "、" else None
            continue
        if span is None:
            span = next(((end, end + k) for k in (2, 3) if _named_by_note(text, end, end + k, ctx)), None)   # 割胶工岩某（傣族）
        if span is None:
            continue
        s, e = span
        if any(p in blocked for p in range(s, e)):
            continue
        if e - s == 3 and text[e - 1] in LOCATIVES and _common_word(text[s:s + 2], ctx):
            continue  # 焊工|项目中拿下第一名: a word and a locative, not surname 项 + a given name
        nxt = text[e:e + 1]
        if nxt and nxt not in PUNCT and title_at_end(text + "", e + 1, ctx):
            continue
        if text[s - 1:e] in ctx.division_names:
            continue  # 石家庄市|长安区: the title's last character opens a division, 市长 + 安区 is no name
        if COMPANY_TAIL.match(text, e):
            continue  # 印台长盛建材有限责任公司: a title glued into a company's name, not 台长 + a name
        if _opens_body_name(text, e, ctx):
            continue  # 交通运输部长江航务管理局: the "name" runs on into a body's name
        if (sx := ctx.suffix_index.longest_ending_at(text, e)) is not None and e - len(sx) < s:
            continue  # 工人|文化宫, 技师|学院: the post and the "name" are a body's suffix
        if (post := title_at_end(text, e, ctx)) is not None and e - len(post) > s:
            continue  # 装配工|班班长: the "name" is a team's post (装配工班 + 班长)
        out.append(Candidate(s, e, text[s:e], PERSON, "rule:title_chain.v1", 4))
        while text[e:e + 1] == "、":   # 焊工某甲、某乙: more names listed after the one post
            span = person_after(text, e + 1, ctx, after_post=leading, any_post=True, framed=True)
            if span is None and leading:
                span = _three_framed(text, e + 1, ctx)
            if span is None or span[1] - span[0] < 2 or any(p in blocked for p in range(*span)) or (
                    text[span[1]:span[1] + 1] not in "、，,分等和与" and not _TRANSLIT_END.match(text, span[1])):
                break
            s, e = span
            out.append(Candidate(s, e, text[s:e], PERSON, "rule:title_chain.v1", 4))
    return out


_PADDED_NAME_ENDS = ("、", "，", ",", "。", "；")


def _padded_name_at(text: str, pos: int, ctx: Context) -> Candidate | None:
    """A two-character name padded to three at ``pos`` (钟　某), a mark after it: the name,
    read without the space."""
    if PADDED_PAIR.match(text, pos) is None or text[pos] not in ctx.surnames \
            or text[pos + 3:pos + 4] not in _PADDED_NAME_ENDS:
        return None
    return Candidate(pos, pos + 3, text[pos:pos + 3], PERSON, "rule:title_chain.v1", 4, canonical=text[pos] + text[pos + 2])


def _name_listed_at(text: str, pos: int, ctx: Context) -> Candidate | None:
    """The name listed at ``pos`` after a padded one (副主席钟　某、|某某，), plain or padded, a
    mark after it."""
    span = person_after(text, pos, ctx, after_post=True, any_post=True, framed=True)
    name = Candidate(*span, text[span[0]:span[1]], PERSON, "rule:title_chain.v1", 4) if span is not None \
        else _padded_name_at(text, pos, ctx)
    return name if name is not None and text[name.end:name.end + 1] in "、，,。；" else None    # (or the text's end)


#: Nouns for a person's tie to work or kin that a name follows (徒弟某某, 工友某某,
#: 困难职工某甲、某乙): no post (no role row), but a sure cue that a person is named.
PERSON_NOUNS = ("徒弟", "师傅", "师父", "工友", "同事", "老乡", "丈夫", "妻子", "爱人", "学员",
                "职工", "员工", "农民工", "职工代表", "学员代表", "成员", "队员", "从业者", "志愿者", "创业者", "建设者", "劳动者")
PERSON_NOUN_RE = re.compile("|".join(sorted(PERSON_NOUNS, key=len, reverse=True)))


def _opens_a_word(text: str, span: tuple[int, int], ctx: Context) -> bool:
    """True when a would-be name opens a dictionary word (职工|文化宫, 职工|周转房,
    职工|爱心), holds a numeral (某佳三|人, 职工|占四成) or opens with a surname that is
    also a verb or a preposition (职工|有诉求): a phrase, not a person."""
    s, e = span
    return text[s] in FUNCTION_SURNAMES or any(ch in "一二三四五六七八九十两" for ch in text[s + 1:e]) or any(
        ctx.word_freq.get(text[s:s + k], 0) > 50 and not ctx.seg.tags.get(text[s:s + k], "").startswith("nr")
        for k in (2, 3))


def person_noun_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names right after a person noun (PERSON_NOUNS) and closed by a mark or a verb,
    with the names listed after them (徒弟某甲、某乙)."""
    out = []
    for m in PERSON_NOUN_RE.finditer(text):
        e = m.end()
        while True:
            span = person_after(text, e, ctx, any_post=True)
            if span is None:
                span = _translit_after(text, e, ctx)
                if span is not None and _dictionary_word(text[span[0]:span[0] + 2], ctx):
                    span = None     # 职工|更多是…: a word of the dictionary, no transliterated name
            if span is None or span[1] - span[0] < 2 or _opens_a_word(text, span, ctx) \
                    or not (_name_closed(text, span[1], ctx) or text[span[1]:span[1] + 1] in ("的", "为")) \
                    or COMPANY_TAIL.match(text, span[1]) or _opens_body_name(text, span[1], ctx):
                break
            out.append(Candidate(span[0], span[1], text[span[0]:span[1]], PERSON, "rule:person_noun.v1", 3))
            e = span[1]
            if text[e:e + 1] not in ("、", "和") or text[e:e + 2] == "和谐":
                break
            e += 1
    return out


def listed_persons(text: str, persons: list[Candidate], ctx: Context) -> list[Candidate]:
    """Names listed with 、 beside a name another rule found (南粤工匠某甲、某乙、某丙等,
    刚下班的某甲、某乙正在…): each item a whole surname + given name, the list closed
    by 等, a mark or a verb (``rule:listed.v1``)."""
    have = {(c.start, c.end) for c in persons}
    out: list[Candidate] = []
    todo = [c for c in persons if c.type == PERSON]
    for name in sorted({c.text for c in todo if len(c.text) >= 2}):
        for m in re.finditer(re.escape(name), text):   # 某甲、某乙等荣获…；其中，某甲是…: the name's other places
            if (m.start(), m.end()) not in have and "、" in (text[m.start() - 1:m.start()], text[m.end():m.end() + 1]):
                todo.append(Candidate(m.start(), m.end(), name, PERSON, "rule:repeat.v1", 0))
    while todo:
        c = todo.pop()
        for span in (_listed_before(text, c.start, ctx), _listed_after(text, c.end, ctx)):
            if span is not None and span not in have:
                have.add(span)
                found = Candidate(span[0], span[1], text[span[0]:span[1]], PERSON, "rule:listed.v1", 3)
                out.append(found)
                todo.append(found)
    return out


#: A run of items set off by 、, each maybe with a note (某甲（女）、某乙、某丙等).
_LIST_RUN = re.compile(r"[\u4e00-\u9fff·]+(?:[（(][^（）()\n]{1,10}[）)])?(?:、[\u4e00-\u9fff·]+(?:[（(][^（）()\n]{1,10}[）)])?)+")


def loose_list_persons(text: str, persons: list[Candidate], taken: list[Candidate], ctx: Context) -> list[Candidate]:
    """The other items of a list where two or more items are names another rule
    found (同时获命名的还有某甲、某乙、岩保、依拉等职工): names the name reader does not
    know (a rare surname, a Dai or Tibetan name), read only when every item between
    two marks reads as a name: 2–4 characters, no word, no place, no mark of a
    phrase, nothing another rule took (``rule:listed.v1``)."""
    starts = {c.start: c for c in persons}
    ends = {c.end: c for c in persons}
    busy = {p for c in taken for p in range(c.start, c.end)}
    out: list[Candidate] = []
    for m in _LIST_RUN.finditer(text):
        items = _items(text, m.start(), m.end(), _name_before_note)
        last_lo, last_hi = items[-1]
        cut = text.find("等", last_lo + 2, last_hi)
        items[-1] = (last_lo, cut) if cut != -1 and cut - last_lo <= 4 else (last_lo, None)
        known = [i for i, (lo, hi) in enumerate(items)      # 焊工某甲、钳工某乙: a post may lead an item
                 if (hi in ends and ends[hi].start >= lo) or (hi is None and lo in starts)]
        if len(known) < 2:
            continue
        loose = [(lo, hi) for i, (lo, hi) in enumerate(items) if i not in known and i > 0 and hi is not None]
        if all(_loose_name(text, lo, hi, busy, ctx) for lo, hi in loose):
            out += [Candidate(lo, hi, text[lo:hi], PERSON, "rule:listed.v1", 3) for lo, hi in loose]
    return out


def _loose_name(text: str, lo: int, hi: int, busy: set[int], ctx: Context) -> bool:
    w = text[lo:hi]
    return (2 <= len(w) <= 4 or "·" in w and len(w) <= 12) and not busy.intersection(range(lo, hi)) \
        and not any(ch in NAME_STOP_CHARS for ch in w) and not _dictionary_word(w, ctx) \
        and w not in ctx.division_names and ctx.suffix_index.longest_ending_at(text, hi, lo) is None


#: A line that is only names set off by 、 (articles' NAMES_ROW): a list of members under its title,
#: or after its label on the line (监票人：某甲、某乙、某丙).
_NAME_ROW_LINE = re.compile("(?m)^(?:" + POST_LABEL + ")?(?P<row>" + NAMES_ROW.pattern.lstrip("^") + ")")


def name_row_persons(text: str, ctx: Context) -> list[Candidate]:
    """The names of a line that lists only names (``_NAME_ROW_LINE``): every item that
    reads as a whole name, when at least three do and most items do (``rule:name_row.v1``)."""
    out = []
    for m in _NAME_ROW_LINE.finditer(text):
        items = _items(text, m.start("row"), m.end("row"), _name_before_note)
        found = [span for lo, hi in items if hi - lo <= 4 and (span := _list_item(text, lo, ctx, hi)) is not None]
        if len(found) >= 3 and len(found) * 5 >= len(items) * 4:
            out += [Candidate(a, b, text[a:b], PERSON, "rule:name_row.v1", 3) for a, b in found]
    return out


def _listed_before(text: str, start: int, ctx: Context) -> tuple[int, int] | None:
    """The name listed right before a name at ``start`` (某甲、|某乙, 某甲（女）、|某乙), if the item is one."""
    if text[start - 1:start] != "、":
        return None
    hi = _before_note(text, start - 1)
    for lo in (hi - 3, hi - 2, hi - 4):
        if lo >= 0 and (lo == 0 or text[lo - 1] in _LIST_OPENERS) and (span := _list_item(text, lo, ctx, hi)):
            return span
    return None


def _listed_after(text: str, end: int, ctx: Context) -> tuple[int, int] | None:
    """The name listed right after a name ending at ``end`` (某甲|、某乙), if the item is
    one; a name that is also a word (甘露) when a name follows it in the list too."""
    end = past_note(text, end)
    if text[end:end + 1] != "、":
        return None
    span = _list_item(text, end + 1, ctx)
    if span is None:
        word = _list_item(text, end + 1, ctx, words=True)
        k = text.find("、", end + 1, end + 5)
        if word is None and k != -1 and 2 <= k - end - 1 <= 3 and text[end + 1] in ctx.lex.surnames \
                and all("\u4e00" <= ch <= "\u9fff" for ch in text[end + 1:k]):
            word = (end + 1, k)     # 甘露: a surname and a given name that make a word
        if word is not None and text[word[1]:word[1] + 1] == "、" and _list_item(text, word[1] + 1, ctx) is not None:
            span = word
    return span


#: What may stand right before the first name of a list: a mark, 的 or a closing quote.
_LIST_OPENERS = frozenset("，,。；：、（(“”的】 \u3000\n")


def _list_item(text: str, lo: int, ctx: Context, hi: int | None = None, words: bool = False) -> tuple[int, int] | None:
    """The whole name of a list item at ``lo`` (ending at ``hi`` when given): surname +
    given name as the name reader finds it, no word (unless ``words``), closed by a
    list mark, 等, a mark or a verb; else None."""
    span = person_after(text, lo, ctx, any_post=True, framed=True)
    if span is None or span[1] - lo < 2 or (hi is not None and span[1] != hi):
        return None
    hi = span[1]
    if not words and (_opens_a_word(text, span, ctx) or _dictionary_word(text[lo:hi], ctx)) \
            or text[lo:hi] in ctx.division_names:
        return None
    nxt = text[hi:hi + 1]
    closed = nxt in "、，,。；等\n" or _TRANSLIT_END.match(text, hi) is not None or _name_closed(text, hi, ctx)
    return span if closed else None


#: A closing quote, then the one who said it (“……”某某说。 / ”某某介绍，).
SPEAKER_RE = re.compile(r"[”\"](?=[\u4e00-\u9fff]{2,4}(?:说|表示|介绍|告诉|坦言|感慨|笑着说|补充说)[。，,：:])")
#: Words after a surname that make a form of address, not a name (李总, 王姐, 老张).
ADDRESS_ENDS = tuple("总哥姐叔婶姨嫂爷奶伯工")


def speaker_persons(text: str, ctx: Context) -> list[Candidate]:
    """The name between a closing quote and a verb of saying (……”某某说。): the
    speaker of the quote, read even with no post or cue before it."""
    out = []
    for m in SPEAKER_RE.finditer(text):
        span = person_after(text, m.end(), ctx, any_post=True)
        if span is None or span[1] - span[0] < 2 \
                or text[span[1]] not in "说表介告坦感笑补" or text[span[0]:span[1]].endswith(ADDRESS_ENDS) \
                or _dictionary_word(text[span[0]:span[1]], ctx):
            continue
        out.append(Candidate(span[0], span[1], text[span[0]:span[1]], PERSON, "rule:speaker.v1", 3))
    return out


#: Characters that open a clause after a post, never a name (主席在会上，, 书记也是，).
_NOT_NAME_OPENERS = frozenset("的了在是和与及对为把被从向等也都就还又")


#: What an official does right after being named (常务副主席某某作报告 / 出席 / 主持 …).
_ACTS_AFTER_NAME = re.compile(r"作|出席|主持|介绍|说|表示|指出|讲话|率|宣读|致辞|强调|参加|带队|陪同|调研|会见|看望|慰问")
#: Such a verb closing its clause (某某介绍，某某说：): after 和 it makes 和 the name's last character.
_ACTED_ALONE = re.compile(r"(?:" + _ACTS_AFTER_NAME.pattern + r")(?=[，,：:。])")


def _three_framed(text: str, pos: int, ctx: Context) -> tuple[int, int] | None:
    """Three characters after a leading post and before a list mark or an official's
    act (副主席某甲、同某军，/ 常务副主席疏某平作报告): a name whose surname the table
    lacks, unless the characters read as words."""
    name = text[pos:pos + 3]
    listed = text[pos + 3:pos + 4] in "、，,"
    if len(name) < 3 or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or not (
            listed or _ACTS_AFTER_NAME.match(text, pos + 3)):
        return None
    if name[0] in _NOT_NAME_OPENERS or any(ctx.word_freq.get(w, 0) >= 50
                                           for w in (name, name[:2]) + ((name[1:],) if listed else ())):
        return None     # before an act, a given name may be a word (某向东介绍)
    return pos, pos + 3


#: A delivery brand's station named after its street (某达外卖段店站, 某邻快递车站路站).
DELIVERY_STATION = re.compile(r"(?P<brand>[\u4e00-\u9fff]{2}(?:外卖|快递|快送|速运|速递|配送|闪送|跑腿))"
                              r"(?P<place>(?:(?!站点)(?![驿服务工作的在和与是为了个家点])[\u4e00-\u9fff]){2,4}?)站(?!点)")


def delivery_station_spans(text: str, bounds: set[int], ctx: Context) -> list[Candidate]:
    """A delivery brand's station named after a street (某行外卖首南站): the brand, a
    place of two to four characters and 站, a company of its own as annotators write
    it. A station named after a city or a county (某穗外卖沈阳站) is the brand's own
    branch there, and its people are the brand's."""
    out = []
    for m in DELIVERY_STATION.finditer(text):
        if m.start() in bounds and ctx.word_freq.get(stem := m.group("brand")[:2], 0) <= BRAND_STEM_MAX_FREQ \
                and stem not in TRADE_WORDS and not _opens_with_division(m.group("place"), ctx):
            out.append(Candidate(m.start(), m.end(), m.group(), EntityType.COMPANY, "rule:delivery_station.v1", 3))
            if text.startswith("工会", m.end()):    # the station's union (某达外卖段店站工会)
                out.append(Candidate(m.start(), m.end() + 2, m.group() + "工会", EntityType.UNION,
                                     "rule:delivery_station.v1", 3))
    return out


#: A rest station for outdoor workers named as its keeper's unit (某某户外劳动者驿站站长 某某).
KEPT_STATION = re.compile(r"驿站(?=[ \u3000]?站长)")


def kept_station_spans(text: str, tokens, bounds: set[int], ctx: Context) -> list[Candidate]:
    """A named rest station whose keeper follows (东安区户外劳动者暖心驿站站长某某, 丽景社区工会驿站站长
    某某): an organisation of its own, the words before 驿站 read as an organisation's name.
    A station with no keeper after it (走进某某驿站) is not read: most are a place, not a unit."""
    out = []
    for m in KEPT_STATION.finditer(text):
        s = m.start()
        if s not in bounds:
            continue
        left = _left_boundary(text, tokens, s, ctx, set())
        if 2 <= s - left and not _generic_town(text[left:s]):
            out.append(Candidate(left, m.end(), text[left:m.end()], EntityType.ORGANIZATION, "rule:kept_station.v1", 1))
    return out


def _opens_with_division(s: str, ctx: Context) -> bool:
    """True when ``s`` opens with a county's, a city's or a province's name or short name."""
    return ctx.div_index.longest_at(s, 0) is not None \
        or any(d.level != "town" for n in range(2, len(s) + 1) for d in ctx.lex.divisions_by_short(s[:n]))


ZONE_RE = re.compile(r"(经济技术开发区|高新技术产业开发区|经济开发区|高新技术开发区|高新区|经开区|开发区|工业园区|保税区|自由贸易试验区|自贸区|新区)")


def zone_spans(text: str, tokens, ctx: Context) -> list[Candidate]:
    """Development zones named after a division (北京经济技术开发区, 苏州高新区 …)."""
    starts = {t.start for t in tokens}
    out = []
    for m in ZONE_RE.finditer(text):
        s = m.start()
        for L in range(min(8, s), 1, -1):   # the longest word-aligned head opening with a place
            head = text[s - L:s]
            if s - L not in starts or any(ch in PUNCT or ch in "的和与及" for ch in head) or _words_after_division(head, ctx):
                continue
            if any(head[:k] in ctx.division_names or ctx.lex.divisions_by_short(head[:k]) for k in range(2, L + 1)):
                out.append(Candidate(s - L, m.end(), text[s - L:m.end()], EntityType.DISTRICT, "rule:zone.v1", 1))
                break
    return out


def _words_after_division(head: str, ctx: Context) -> bool:
    """True when a division's full name inside ``head`` is followed by words that are
    no place (某桂区参观某林|新区): the zone's name does not reach back over them."""
    for p in range(len(head)):
        d = ctx.div_index.longest_at(head, p)
        if d is not None and d[-1] in "区县市旗" and p + len(d) < len(head):
            rest = head[p + len(d):]
            return not any(rest[:k] in ctx.division_names or ctx.lex.divisions_by_short(rest[:k])
                           for k in range(2, len(rest) + 1))
    return False


DECLARED_RE = re.compile(r"[（(](?:以下|下文)?简称[“\"]?([\u4e00-\u9fff]{2,8})[”\"]?[）)]")


def declared_short_forms(text: str, cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """"X（以下简称“Y”）": Y, and Y + an organisation suffix, stand for X (and X + suffix)."""
    out = []
    for m in DECLARED_RE.finditer(text):
        full = next((c for c in cands if c.end == m.start()), None)
        if full is None:
            continue
        short = m.group(1)
        for occ in re.finditer(re.escape(short), text):
            if full.start <= occ.start() < full.end:
                continue          # the full name itself (某某矿业有限责任公司（以下简称“某某矿业”）)
            e = occ.end()
            suffix = next((text[e:e + L] for L in ctx.suffix_lens if text[e:e + L] in ctx.suffixes), None)
            if suffix and not suffix.startswith(PARTY_ORGANS):   # 某某石化党委: folded into the company
                fuller = (full.canonical or full.text) + suffix
                if full.type == EntityType.COMPANY and fuller not in text:
                    fuller = None    # 某某重工工会: a company's body is named as printed unless printed in full
                out.append(Candidate(occ.start(), e + len(suffix), short + suffix, ctx.suffixes[suffix],
                                     "rule:declared_short.v1", 4, canonical=fuller))
            else:
                out.append(Candidate(occ.start(), e, short, full.type, "rule:declared_short.v1", 4,
                                     canonical=full.canonical or full.text))
    return out


LEGAL_TAIL = re.compile(r"(?:[(（]集团[)）])?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$")


def company_short_forms(full: str, ctx: Context) -> frozenset[str]:
    """The short names a story uses for a company after naming it in full: the name
    without its places and legal form (涪陵某某榨菜集团股份有限公司 -> 某某榨菜集团,
    某某榨菜), and its first two and last two characters (青岛某晟船舶重工有限公司 ->
    某晟重工). Empty for a name with no legal form."""
    core = company_core(full, ctx)
    if core is None:
        return frozenset()
    forms = {core}
    stem = core[:-2] if core.endswith("集团") else core
    forms.add(stem)
    if len(core) >= 6:
        forms.add(core[:2] + core[-2:])     # 某晟船舶重工 -> 某晟重工
    if len(stem) >= 6 and not full.endswith(BRANCH_SUFFIX):    # 某通物流湖北分公司: 某通物流 is the parent
        forms.add(stem[:4])                 # 某昱精密电子 -> 某昱精密
    if len(stem) == 6:
        forms.add(stem[:3] + stem[4])       # 某门智能装备 -> 某门智装
    kept = {f for f in forms if len(f) >= 4 and f != full and f not in GENERIC_BODY and not _common_word(f, ctx)}
    brand = stem[:3]    # 某膳坊|餐饮管理 -> 某膳坊: a three-character brand before trade words
    if len(stem) > 3 and runs_together(stem[3:], TRADE_WORDS) and not _common_word(brand, ctx):
        kept.add(brand)
    return frozenset(kept)


#: Words that tell a company's trade after its brand (某某|餐饮管理, 某某|同城配送).
TRADE_WORDS = INDUSTRY_WORDS | frozenset("""
管理 服务 科技 实业 发展 贸易 工程 技术 制造 装备 设备 投资 控股 配送 同城 咨询 文化传媒 食品 酒业 茶业 醋业 乳业 网络 信息
五金 塑胶 塑料 橡胶 制品 电器 电气 家电 精密 光电 照明 灯饰 服饰 服装 家具 陶瓷 玻璃 卫浴 日用 医疗 器械 生物 制药 包装 印刷
零部件 材料 新材料 环保 煤业 矿业 劳务 运输 客运 货运 物业 保洁 安保 人力资源 酒店
""".split())


def runs_together(s: str, words) -> bool:
    """True when ``s`` is one of ``words`` or several run together (机械冶金 of
    INDUSTRY_WORDS, 餐饮管理 of TRADE_WORDS)."""
    return s in words or any(s.startswith(w) and runs_together(s[len(w):], words) for w in words if len(w) < len(s))


def company_core(full: str, ctx: Context) -> str | None:
    """A company's name without the places it opens with and its legal form
    (江苏常州某某精密电子有限公司 -> 某某精密电子); None for a name with no legal form."""
    m = LEGAL_TAIL.search(full)
    if m is None:
        return None
    core = full[:m.start()]
    if (seat := re.search(r"[（(]([\u4e00-\u9fff]{2,6})[）)]$", core)) is not None \
            and (seat.group(1) in ctx.division_names or ctx.lex.divisions_by_short(seat.group(1))):
        core = core[:seat.start()]     # 某某精密电子（深圳）有限公司: the seat in brackets is no part of the name
    lex = ctx.lex
    above = None
    while True:   # drop the places it opens with (江苏常州…, 涪陵…)
        head = ctx.div_index.longest_at(core, 0, len(core) - 2)
        if head is None:   # a short form: 克拉玛依|金泉石化, 江苏|某某
            head = next((core[:n] for n in (5, 4, 3, 2) if len(core) > n + 2
                         and any(d.level in ("province", "city", "county") for d in lex.divisions_by_short(core[:n]))),
                        None)
        if head is None:
            break
        divs = [d for d in lex.divisions_by_name(head) + lex.divisions_by_short(head) if d.level != "town"]
        if above is not None and not any(a in lex.ancestors(d) for d in divs for a in above):
            break     # 洛阳|龙门智能装备: a place name after a place is the brand unless it lies inside
        above = divs
        core = core[len(head):]
    return core


def in_order(short: str, full: str) -> list[int] | None:
    """Where each character of ``short`` is found in ``full``, in order; None if not all are."""
    positions = []
    j = 0
    for ch in short:
        j = full.find(ch, j)
        if j == -1:
            return None
        positions.append(j)
        j += 1
    return positions


def printed_abbreviations(text: str, full: str, ctx: Context) -> frozenset[str]:
    """Four-character short names the text prints for a company: its brand (the first
    two characters after the places) and two later characters of its name in order
    (株洲某辰轨道交通装备股份有限公司 -> 某辰轨交)."""
    core = company_core(full, ctx)
    if core is None or len(core) < 6:
        return frozenset()
    return frozenset(four for occ in re.finditer(re.escape(core[:2]), text)
                     if _brand_abbreviation(four := text[occ.start():occ.start() + 4], full, core, ctx))


def is_printed_abbreviation(short: str, full: str, ctx: Context) -> bool:
    """True when ``short`` is a four-character short name of the company ``full`` of the
    kind :func:`printed_abbreviations` finds (某辰轨交 for 株洲某辰轨道交通装备股份有限公司)."""
    core = company_core(full, ctx) if len(short) == 4 and short[:2] in full else None
    return core is not None and len(core) >= 6 and short[:2] == core[:2] and _brand_abbreviation(short, full, core, ctx)


def _brand_abbreviation(four: str, full: str, core: str, ctx: Context) -> bool:
    return len(four) == 4 and four not in full and all("\u4e00" <= ch <= "\u9fff" for ch in four[2:]) \
        and in_order(four[2:], core[2:]) is not None and not _common_word(four, ctx)


#: The shortest names of a province's or a city's federation of trade unions.
UNION_SHORT_NAMES = {"省总": "省总工会", "市总": "市总工会"}
_UNION_SHORT_RE = re.compile(r"(?<![\u4e00-\u9fff]{2}[省市])(省总|市总)(?![工体队经结监量裁站部局院计师长])")


def union_short_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """省总 / 市总 used as a name (省总牵头, 市总副主席某某) in an article that names the
    省总工会 / 市总工会 it stands for: a relative name like them."""
    named = {short[0] for short, full in UNION_SHORT_NAMES.items()
             if any(c.type == EntityType.UNION and c.text.endswith(full) for c in cands)}
    return [Candidate(m.start(), m.end(), m.group(1), EntityType.UNION, "rule:union_short.v1", 2, relative=m.group(1)[0])
            for m in _UNION_SHORT_RE.finditer(text) if m.group(1)[0] in named]


def implied_short_forms(text: str, cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Later mentions of a company by a short name (:func:`company_short_forms`),
    canonical the full name printed earlier in the article."""
    out = []
    for full in {c.text: c for c in cands if c.type == EntityType.COMPANY}.values():
        for short in company_short_forms(full.text, ctx) | printed_abbreviations(text, full.text, ctx):
            canonical = full.canonical or full.text
            for occ in re.finditer(re.escape(short), text):
                if occ.start() < full.end and occ.end() > full.start:
                    continue
                e = occ.end()
                if text.startswith("工会", e):    # 某某精密工会: the company's union, named as printed
                    out.append(Candidate(occ.start(), e + 2, short + "工会", EntityType.UNION,
                                         "rule:implied_short.v1", 3))
                out.append(Candidate(occ.start(), e, short, EntityType.COMPANY,
                                     "rule:implied_short.v1", 3, canonical=canonical))
    return out


#: Verbs a studio's leader or founder comes before: 某某担任工作室领衔人 is a clause, not a name.
_STUDIO_VERBS = ("担任", "兼任", "出任", "任", "创办", "创建", "组建", "领衔", "牵头", "负责", "主持")
#: What may stand between the person's name and 工作室: the studio's kind (劳模工匠创新,
#: 木雕技艺创新, 技能), no word of a clause (某某带领工作室, 某某的工作室, 某某所在工作室, 某某进入工作室,
#: 某某经常来工作室).
_STUDIO_KIND = re.compile(r"[^\W\d_的了在是和与及等说对向为将也都又就从把被用以于并而或由给让使到带领所成立个进来去常回]{0,8}?工作室")


def studios_named_after(text: str, names: set[str], ctx: Context) -> list[Candidate]:
    """A studio named after a person the article names (某某劳模创新工作室, 某某劳模工匠创新
    工作室, 某某木雕技艺创新工作室), however jieba cut the name: the studio's name opens
    with the person's."""
    out = []
    for name in sorted(names):
        for m in re.finditer(re.escape(name), text):
            kind = _STUDIO_KIND.match(text, m.end())
            if kind is not None and not text.startswith(_STUDIO_VERBS, m.end()):
                out.append(Candidate(m.start(), kind.end(), text[m.start():kind.end()], EntityType.ORGANIZATION,
                                     "rule:org_suffix.v1", 2))
    return out


#: A studio's name in quotes (某某公司“精密加工创新工作室”): the quotes bound the name.
QUOTED_STUDIO = re.compile(r"“((?P<body>[\u4e00-\u9fff（）()]{2,16}?)(?:创新|技能大师|技术)?工作室)”")


def quoted_studios(text: str) -> list[Candidate]:
    """A studio named in quotes (“安全节能驾驶创新工作室”, “精密加工创新工作室”): the
    name is what the quotes hold, verbs in it included (驾驶, 加工), which the
    suffix grammar's walk would stop at; a name that says only the studio's kind
    (“劳模创新工作室”) names none."""
    return [Candidate(m.start(1), m.end(1), m.group(1), EntityType.ORGANIZATION, "rule:org_suffix.v1", 2)
            for m in QUOTED_STUDIO.finditer(text) if len(_STUDIO_KIND_WORDS.sub("", m.group("body"))) >= 4]


#: Words that say what kind of studio one is, not which (“劳模创新工作室”, “技能传承工作室”, “郑州市示范性劳模创新工作室”).
_STUDIO_KIND_WORDS = re.compile(r"劳模|工匠|人才|示范性?|技能|名师|大师|姐妹|传承|[省市县区]级|[\u4e00-\u9fff]{1,3}[省市县区]")


def _opens_org_name(text: str, pos: int, ctx: Context) -> bool:
    """True when the text from ``pos`` runs, without punctuation, into an
    organisation suffix within a few characters (…然机电有限公司)."""
    for e in range(pos + 1, min(len(text), pos + 12) + 1):
        if text[e - 1] in PUNCT or text[e - 1].isspace() or text[e - 1] in "的在和与及是为所到":
            return False
        if ctx.suffix_index.longest_ending_at(text, e) is not None:
            return True
    return False


def _dictionary_word(w: str, ctx: Context) -> bool:
    """A word jieba knows as no name, or uses too often to be one (荣誉, 宣言 are
    tagged nr but are words)."""
    freq = ctx.word_freq.get(w, 0)
    return freq > 500 or freq > 0 and not ctx.seg.tags.get(w, "").startswith("nr")


def honor_names(text: str, ctx: Context, blocked: set[int]) -> list[Candidate]:
    """Persons named right after an honor (全国劳动模范某某, 荣获首都劳动奖章的某某)."""
    out = []
    for h in honor_spans(text, ctx):
        span = person_after(text, h.end, ctx)
        if span is None and text[h.end:h.end + 1] in ("”", '"') and text[h.start - 1:h.start] in ("“", '"'):
            if not _dictionary_word(text[h.end + 1:h.end + 3], ctx):
                span = person_after(text, h.end + 1, ctx)   # “荆楚工匠”某某, not “某某工匠”荣誉称号
        if span is None and text[h.end:h.end + 1] == "的" and re.search(r"(荣获|获得|获评|荣膺|被授予)[^，。]{0,6}$", text[max(0, h.start - 12):h.start]):
            span = person_after(text, h.end + 1, ctx)
        if span is None and text.startswith(WINNER_NOUNS, h.end):     # 全国五一劳动奖章获得者某某
            span = person_after(text, h.end + next(len(w) for w in WINNER_NOUNS if text.startswith(w, h.end)), ctx)
        if span is None:
            span = _winner_before(text, h.start, ctx)
        if span is None or any(p in blocked for p in range(*span)):
            continue
        name = text[span[0]:span[1]]
        if _dictionary_word(name, ctx):
            continue  # 揭牌, 宣言: a dictionary word, not a name
        if ctx.seg.tags.get(name[:2]) == "n" and ctx.word_freq.get(name[:2], 0) > 3000:
            continue  # 获得…奖状的|单位中: a common noun, not a surname and a given name
        if _opens_org_name(text, span[1], ctx) or ctx.div_index.longest_at(text, span[0]) is not None:
            continue  # 荣获…的|杭州某然机电有限公司, 楚运快递某分公司: a unit's name, not a person's
        out.append(Candidate(span[0], span[1], name, PERSON, "rule:honor_name.v1", 3))
    return out


#: Nouns for the one who won an honor, between the honor and the name (H获得者某某).
WINNER_NOUNS = ("获得者", "获奖者", "得主")
#: A verb of winning right before an honor, with the adverbs before it (先后荣获, 又获得了).
_WINNER_VERB = re.compile(r"(?:先后|曾经?|也|又|还|再次|均|已|本人)*(?:荣获|获得了?|获评|荣膺|被评为|被授予)[“\"]?$")


def _winner_before(text: str, at: int, ctx: Context) -> tuple[int, int] | None:
    """A name that opens a clause and wins the honor at ``at`` (。2023年，某立新荣获H)."""
    m = _WINNER_VERB.search(text, max(0, at - 10), at)
    if m is None:
        return None
    end = m.start()
    for n in (3, 2, 4):
        s = end - n
        if s < 0 or (s and text[s - 1] not in "，。；！？\n：、“"):
            continue
        span = person_after(text, s, ctx, framed=True)
        if span == (s, end):
            return span
    return None


#: 某甲、某乙、某丙等30人 / 等100名职工: a list of persons closed by a count.
_COUNTED_LIST = re.compile(r"(?P<list>(?:[\u4e00-\u9fff]{2,8}、){1,30}[\u4e00-\u9fff]{2,4})等"
                           r"(?:[\d一二三四五六七八九十百千]+(?:名|人|位)|(?P<group>人|一批|多名|来自|同志|一线|青年|年轻)"
                           r"|(?=(?:\d{4}年)?(?:获得|荣获|获评|被评为|被授予|被命名为)))")


#: The holders a grant lists, counted after the last (授予某甲、某乙和某丙3名选手…, 授予某某公司等100个
#: 单位…): the head of the honors reader's ``GRANTED`` too.
GRANT_HOLDERS = (r"(?:授予|命名)(?P<x>[^，。；“”]{2,400}?)等?[\d一二三四五六七八九十百千]+(?:个|名|位|家|人)"
                 r"(?:单位|集体|职工|个人|企业|同志|人才|高技能人才|班组|选手)?")
#: Names granted a title in quotes (授予某甲、某乙和某丙3名选手“…”称号).
_GRANTED_NAMES = re.compile(GRANT_HOLDERS + r"(?=[“\"])")
#: A group's label before the names a list gives for it (电工组某甲、某乙和焊工组某丙).
NAME_GROUP = re.compile(r"(?:和|及)?[\u4e00-\u9fff]{1,4}?组")


def counted_list_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names listed before a count of persons (命名某甲、某乙、某丙等30人为…;
    某甲、某乙等100名职工获…), before a verb of winning (某甲、某乙等获得…) or, three
    or more, before a group of them (等人, 等一批, 等来自…): every item after the first must read as a whole
    name; the first is the name its item ends with (命名|某甲)."""
    out = []
    for m in _COUNTED_LIST.finditer(text):
        lo = m.start("list")
        items, pos = [], lo
        for part in m.group("list").split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        found = []
        for k, (a, b) in enumerate(items):
            starts = [a] if k else [s for s in (b - 4, b - 3, b - 2) if s >= a
                                     and (s > b - 4 or text[s:s + 2] in ctx.compound_surnames)
                                     and not (s < b - 2 and _common_word(text[s - 1:s + 1], ctx))]   # 命名|吉克某某, 还有|某凤
            span = next(((s, b) for s in starts if person_after(text, s, ctx, after_post=True, framed=bool(k)) == (s, b)), None)
            if span is None and k and _translit_after(text, a, ctx) == (a, b):
                span = (a, b)    # 某甲、才让某智、某乙等30人: a transliterated name, framed by the list
            if span is None and k:
                found = []
                break
            if span is not None:
                found.append(span)
        if len(found) >= (3 if m.group("group") else 2):   # 某甲、某乙、某丙等一批年轻司机
            out += [Candidate(a, b, text[a:b], PERSON, "rule:counted_list.v1", 2) for a, b in found]
    for m in _GRANTED_NAMES.finditer(text):
        # 授予电工组某甲、某乙和焊工组某丙3名选手“…”称号: every item, its group's label aside, a whole name
        for marks in ("、和", "、"):     # 和 parts two names, or is a name's last character (某永和)
            spans = []
            for p in re.finditer(f"[^{marks}]+", m.group("x")):
                a, b = m.start("x") + p.start(), m.start("x") + p.end()
                g = NAME_GROUP.match(text, a, b)
                spans.append((g.end() if g is not None and b - g.end() >= 2 else a, b))
            if len(spans) >= 2 and all(person_after(text, a, ctx, after_post=True, framed=True) == (a, b)
                                       or _translit_after(text, a, ctx) == (a, b) for a, b in spans):
                out += [Candidate(a, b, text[a:b], PERSON, "rule:counted_list.v1", 2) for a, b in spans]
                break
    for m in _RESPECTIVE_LIST.finditer(text):
        spans = [(p.start(), p.end()) for p in re.finditer(r"[^、和]+", m.group("list"))]
        spans = [(m.start("list") + a, m.start("list") + b) for a, b in spans]
        if all(person_after(text, a, ctx, after_post=True, framed=True) == (a, b) for a, b in spans):
            out += [Candidate(a, b, text[a:b], PERSON, "rule:counted_list.v1", 2) for a, b in spans]
    return out


#: "…, namely": the items of a list the sentence has just counted (5人分别是某甲、某乙和某丙).
RESPECTIVELY = re.compile(r"(?:分别是|分别为)[：:]?")
#: Names only after "namely" (3人获评…，分别是某甲、某乙和某丙。): each item a whole name.
_RESPECTIVE_LIST = re.compile(RESPECTIVELY.pattern + r"(?P<list>(?:[\u4e00-\u9fff]{2,4}[、和]){1,30}[\u4e00-\u9fff]{2,4})(?=[。；，,]|$)")


def honor_spans(text: str, ctx: Context) -> list[Candidate]:
    """Named honors (北京市工人先锋号, 全国工会职工书屋示范点): the places and
    bodies inside an honor's name are not mentions."""
    out = []
    for m in _HONOR_CORE_RE.finditer(text):
        cs = m.start()
        best = None
        for p in range(max(0, cs - 16), cs):
            for q in range(p + 2, min(cs, p + 10) + 1):
                head = text[p:q]
                short_head = q == cs and _city_short(head, ctx) \
                    and not (p and ctx.word_freq.get(text[p - 1:q]))     # 海南|工匠, not 长|白山工匠
                if (head in _HONOR_HEADS or head in ctx.division_names or short_head) \
                        and not _NOT_IN_HONOR.search(text[q:cs]) \
                        and cs - q <= 8:
                    best = p
                    break
            if best is not None:
                break
        if best is not None:
            out.append(Candidate(best, m.end(), text[best:m.end()], HONOR, "rule:honor_span.v1", 7))
    for m in ctx.honor_re.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(), HONOR, "rule:honor_span.v1", 7))
    for m in _NAMED_AS_QUOTED.finditer(text):   # 被…命名为“某某示范性劳模创新工作室”: a title, not a body
        out.append(Candidate(m.start(1), m.end(1), m.group(1), HONOR, "rule:honor_span.v1", 7))
    for m in _LEVEL_HONOR.finditer(text):       # 省劳模某某: an honor named by its level alone
        out.append(Candidate(m.start(), m.end(), m.group(), HONOR, "rule:honor_span.v1", 7))
    for m in _QUOTED_HONOR.finditer(text):      # “荆楚工匠”, “长白山工匠”: a quoted name that ends as an honor does
        out.append(Candidate(m.start(1), m.end(1), m.group(1), HONOR, "rule:honor_span.v1", 7))
    return out


_LEVEL_HONOR = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[是为的]))(?:省|市)(?:劳模|劳动模范|五一劳动奖章|技术能手|先进工作者)")
_QUOTED_HONOR = re.compile(r"[“\"]([\u4e00-\u9fff]{2,6}(?:大工匠|工匠|劳动模范|劳动奖章|劳动奖状|先锋号|技术能手|巾帼标兵))[”\"]")
_NAMED_AS_QUOTED = re.compile(r"(?:命名为|确定为|认定为|评为|授予)[“\"]([^“”\"\n]{2,24})[”\"]")


def byline_spans(article: Article) -> list[Candidate]:
    out = []
    for b in article.bylines:
        if b.start >= 0:
            out.append(Candidate(b.start, b.end, b.name, EntityType.JOURNALIST, "rule:byline.v1", 6))
    return out


def repeat_names(text: str, names: set[str], taken: list[Candidate]) -> list[Candidate]:
    """Further occurrences of person names already found (the first finding keeps its source)."""
    have = {(c.start, c.end) for c in taken}
    out = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if (m.start(), m.end()) not in have:
                out.append(Candidate(m.start(), m.end(), name, PERSON, "rule:repeat.v1", 3))
    return out


def stem_spans(text: str, cands: list[Candidate], bounds: set[int], ctx: Context) -> list[Candidate]:
    """A shared opening of two organisation names that is also printed on its
    own is the parent's name: 中建电力 from 中建电力X学院 + 中建电力Y中心 + "…和中建电力职工…"."""
    orgs = sorted({c.text for c in cands if c.type not in (PERSON, EntityType.JOURNALIST, EntityType.DISTRICT, HONOR)
                   and not c.relative})
    stems = set()
    for i, a in enumerate(orgs):
        for b in orgs[i + 1:]:
            k = 0
            while k < min(len(a), len(b)) and a[k] == b[k]:
                k += 1
            stem = a[:k]
            if k >= 3 and k < len(a) and k < len(b) and stem not in ctx.division_names \
                    and not ctx.div_index.longest_at(stem, 0) == stem \
                    and not any(d.level != "town" for d in ctx.lex.divisions_by_short(stem)):   # 五指山|岚韵茶业
                stems.add(stem)
    out = []
    taken = [(c.start, c.end) for c in cands]
    for stem in sorted(stems, key=len, reverse=True):
        if stem in ctx.suffixes or any(stem.endswith(sx) for sx in ctx.suffixes if len(sx) >= 2):
            continue
        for m in re.finditer(re.escape(stem), text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken) or s not in bounds or e not in bounds:
                continue
            out.append(Candidate(s, e, stem, EntityType.COMPANY, "rule:stem.v1", 1))
            taken.append((s, e))
    return out


#: Trades a company's brand name ends with (某某快递, 某某重工, 某某光电): a shop
#: name (字号) of two characters before one of them is a company known by its brand.
BRAND_TRADES = frozenset("""
快递 外卖 出行 物流 冷链物流 速运 速递 快运 汽车 电气 光电 科技 精工 精机 重工 重装 智能 智造 新能源 化工 电子 网络 电装 电机
酒业 乳业 煤业 矿业 能源 钢铁 机械 制药 药业 食品 电器 纺织 服饰 环保 物业 置业 传媒 装备 材料 数控 股份 控股 城建
""".split())
_BRAND_RE = re.compile("(?=([\u4e00-\u9fff]{2})(" + "|".join(sorted(BRAND_TRADES, key=len, reverse=True)) + "))")
#: jieba's count above which a two-character word is a common word (数字, 现代), not a shop name.
BRAND_STEM_MAX_FREQ = 160
#: Words after a trade that make "stem + trade" a kind of industry (船用智能装备, 某城汽车产业链).
INDUSTRY_AFTER = ("产业", "行业", "企业", "装备", "零部件", "市场", "领域", "技术", "产品", "集群", "基地", "项目", "小镇")
#: Further trades, then a word of INDUSTRY_AFTER (某东能源|化工基地): a kind of industry too.
_INDUSTRY_AFTER_RE = re.compile("(?:" + "|".join(sorted(BRAND_TRADES, key=len, reverse=True)) + ")*(?:"
                                + "|".join(INDUSTRY_AFTER) + ")")


def brand_spans(text: str, tokens, bounds: set[int], cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """Companies printed by their brand alone (迅某快递, 某驰汽车): a two-character
    shop name that is no common word, no place and no function word, then a trade,
    both on word boundaries, where no other mention reads the text."""
    taken = [(c.start, c.end) for c in cands]
    org_ends = {c.end for c in cands if c.type not in (PERSON, EntityType.JOURNALIST)}
    out = []
    for m in _BRAND_RE.finditer(text):
        s = m.start()
        stem, trade = m.group(1), m.group(2)
        e = s + 2 + len(trade)
        if not {s, s + 2, e} <= bounds or any(s < te and ts < e for ts, te in taken):
            continue
        if _opens_body_name(text, e, ctx) or ctx.suffix_index.longest_at(text, e) or _INDUSTRY_AFTER_RE.match(text, e) \
                or s in org_ends:
            continue   # part of a longer name, a kind of industry, or a brand under a named company
        k = _token_index(tokens, s)
        inner = [t for t in tokens[k:k + 2] if t.start < s + 2]
        if (inner[-1].end != s + 2 and inner[-1].end != e) or any(
                t.tag.startswith(HARD_STOP_TAGS) and t.tag != "q" or t.tag.startswith("m") or t.text in STOP_WORDS
                for t in inner):
            continue
        if ctx.word_freq.get(stem, 0) > BRAND_STEM_MAX_FREQ or stem in ctx.division_names \
                or any(d.level != "town" for d in ctx.lex.divisions_by_short(stem)) or stem in GENERIC_BODY or stem in INDUSTRY_WORDS \
                or stem[0] in STOP_WORDS or ctx.word_freq.get(stem + trade, 0) > 0:
            continue
        for k in (3, 2):   # 重庆|智某科技: the city before the brand opens the name
            head = text[s - k:s] if s >= k else ""
            if head and (s - k) in bounds and not any(s - k < te and ts < s for ts, te in taken) and (
                    head in ctx.division_names or _city_short(head, ctx)):
                s -= k
                break
        out.append(Candidate(s, e, text[s:e], EntityType.COMPANY, "rule:brand.v1", 1))
        taken.append((s, e))
    return out


# ------------------------------------------------------------------ model
#: CLUENER labels the pipeline takes from the model (address and position are
#: left to the division table and the title lexicon)
MODEL_TYPES = {"name": PERSON, "company": EntityType.COMPANY, "government": EntityType.GOVERNMENT,
               "organization": EntityType.ORGANIZATION}


def model_spans(tagger, sentences: tuple[Sentence, ...], source: str, ctx: Context | None = None) -> list[Candidate]:
    """The tagger's spans over an article's sentences, as candidates.

    With ``ctx`` only plausible spans are kept (:func:`plausible_model_span`).
    """
    return model_candidates(sentences, tagger.tag([s.text for s in sentences]), source, ctx)


def model_candidates(sentences, tagged, source: str, ctx: Context | None = None) -> list[Candidate]:
    """Candidates from the tagger's spans (``tagged[i]`` for ``sentences[i]``)."""
    out = []
    for sent, spans in zip(sentences, tagged):
        for a, b, label in spans:
            typ = MODEL_TYPES.get(label)
            if typ is None or b - a < 2:
                continue
            c = Candidate(sent.start + a, sent.start + b, sent.text[a:b], typ, source, -1)
            if ctx is None:
                out.append(c)
            elif plausible_model_span(Candidate(a, b, c.text, typ, source), ctx, sent.text):
                if typ != PERSON:   # the suffix grammar types a name the same way wherever it was found
                    c = Candidate(c.start, c.end, c.text, org_type(c.text, ctx), source, -1)
                out.append(c)
    return out


HONORIFICS = ("师傅", "先生", "女士", "老师", "阿姨", "大姐", "大哥", "大爷", "同志", "老", "总", "工", "姐", "哥")


def plausible_model_span(c: Candidate, ctx: Context, text: str = "") -> bool:
    """The checks a model span must pass in news text before it becomes a mention.

    A person: 2–3 characters (4 with a compound surname) opening with a
    surname, not an ordinary word, a title, or one item of a list of ordinary
    words (知美、爱美、尚美). An organisation: ends with a known suffix after a
    name-like body that the suffix grammar would not reject either.
    """
    name = c.text
    if any(ch in PUNCT for ch in name):
        return False
    if c.type == PERSON:
        compound = name[:2] in ctx.compound_surnames
        if not 2 <= len(name) <= (4 if compound else 3) or name in ctx.titles:
            return False
        if not (name[:1] in ctx.surnames or compound):
            return False
        if ctx.word_freq.get(name, 0) > 0 and not ctx.seg.tags.get(name, "").startswith("nr"):
            return False
        if any(ch in NAME_STOP_CHARS for ch in name[1:]) and not ctx.seg.tags.get(name[-2:], "").startswith("nr") \
                or name.endswith(HONORIFICS) or name.endswith("某") \
                or name[:1] in FUNCTION_SURNAMES and ctx.seg.tags.get(name[1:], "").startswith("m"):
            return False   # 刘师傅, 王女士, 赵某某: a person referred to without a name; 占|七成: no name
        return not (text and _in_list_of_words(text, c.start, c.end, ctx))
    for L in ctx.suffix_lens:
        if len(name) > L and name[-L:] in ctx.suffixes:
            body = name[:-L]
            if len(body) < 2 or body in GENERIC_BODY or body.startswith(RELATIVE_PREFIX) \
                    or body.startswith(("总工会", "工会", "第")) or "届" in body or body.endswith("型") or body in ctx.titles \
                    or any(body.startswith(g) for g in GENERIC_INSIDE):
                return False
            if name.endswith(SUBUNIT_WORDS) or body[:2] in STOP_WORDS or body[:1] in STOP_WORDS \
                    or name[-L:] == "厂" and works_by_trade(body, ctx, text):
                return False   # 党员干部, 事业部, 代表集团党委: an ordinary word or a verb phrase
            k = body.find("工会")
            if k != -1 and (body[:k].rstrip("总") in GENERIC_BODY or not body[:k].rstrip("总")):
                return False   # 街道总工会财务核算中心: a department of an unnamed union
            words = [t.text for t in ctx.seg.tokens(body)]
            if len(words) >= 2 and words[0] in BUILD_VERBS and words[1][:1] not in DIVISION_ENDS:
                return False   # 新建|劳模工匠创新工作室: a verb opens a predicate, not a name (新建区 is a place)
            if len(words) >= 2 and all(len(w) >= 2 and ctx.word_freq.get(w, 0) >= 100
                                       and not ctx.seg.tags.get(w, "").startswith(("nr", "ns", "nz", "nt")) for w in words):
                return False   # 工匠人才创新工作室: common words only, a kind of unit and no name
            return name[-2:] not in NOT_SUFFIX_WORDS and name[-3:] not in NOT_SUFFIX_WORDS
    return False


def _in_list_of_words(text: str, start: int, end: int, ctx) -> bool:
    """True when the span is one item of a 、-list whose neighbours are ordinary words."""
    if text[start - 1:start] != "、" and text[end:end + 1] != "、":
        return False
    items = []
    if text[start - 1:start] == "、":
        k = start - 1
        j = k
        while j > 0 and text[j - 1] not in PUNCT:
            j -= 1
        items.append(text[j:k])
    if text[end:end + 1] == "、":
        j = end + 1
        k = j
        while k < len(text) and text[k] not in PUNCT:
            k += 1
        items.append(text[j:k])
    return any(ctx.word_freq.get(w, 0) > 0 and not ctx.seg.tags.get(w, "").startswith("nr") for w in items if w)


#: 的 and what follows it: the two characters after 的 may open a name introduced by a clause.
AFTER_DE = re.compile(r"的[\u4e00-\u9fff]{2,3}")
PERSON_CUE = re.compile(r"(?:说|表示|介绍|分享|告诉|认为|指出|谈到|坦言|回忆|感慨|讲述|笑着|同志|师傅|老师|医生|护士|一家|夫妇)")
ORG_LIST_CUE = re.compile(r"等(?:\d+家|多家|知名|大型|头部)?(?:企业|公司|单位|平台|品牌|机构|医院|学校|银行|商家|车企|厂商)")
NAME_LIST_CUE = re.compile(r"(?:^|(?<=[、，,：:；。“]))[\u4e00-\u9fff]{2,4}、(?=[\u4e00-\u9fff]{2,4}[、等])")
#: A surname right after a job noun's last character (配菜员|某某, 主值|某某): a name after a post.
POST_CUE = re.compile(r"(?<=[工员师手长值匠农])[\u4e00-\u9fff](?=[\u4e00-\u9fff])")
GAP_SUFFIXES = ("医院", "公司", "学校", "大学", "中学", "小学", "集团", "协会", "银行", "研究院", "研究所", "保健院",
                "卫生院", "幼儿园", "博物馆", "纪念馆", "图书馆", "派出所", "工作室", "分局", "支行", "分行")


def sentences_with_gaps(sentences: tuple[Sentence, ...], cands: list[Candidate], ctx: Context) -> list[Sentence]:
    """Sentences where the rules may have missed a name, and the tagger should look:

    an organisation-like word ending that no rule mention covers (上地医院 after
    function characters), or a person cue (…说, …表示, …师傅) on characters no
    rule mention covers.
    """
    covered = set()
    for c in cands:
        if not c.source.startswith("rule:house"):    # a company paper's bare 集团 covers no name the tagger may find
            covered.update(range(c.start, c.end))
    out = []
    for sent in _clauses(sentences):
        text = sent.text
        gap = False
        for m in PERSON_CUE.finditer(text):
            for L in (2, 3):
                k = m.start() - L
                if k >= 0 and text[k] in ctx.surnames and sent.start + k not in covered \
                        and all("\u4e00" <= ch <= "\u9fff" for ch in text[k:m.start()]):
                    gap = True
            if gap:
                break
        if not gap:
            for m in AFTER_DE.finditer(text):
                head = m.group()[1:3]
                if head[0] in ctx.surnames and sent.start + m.start() + 1 not in covered \
                        and not (ctx.word_freq.get(head, 0) > 0 and not ctx.seg.tags.get(head, "").startswith("nr")):
                    gap = True   # 在岗位上干了26年的某某，…: a person introduced by a clause
                    break
        if not gap:
            gap = any(m.group()[0] in ctx.surnames and sent.start + m.start() not in covered
                      for m in NAME_LIST_CUE.finditer(text))   # 某甲、某乙、某丙等职工: names listed
        if not gap:
            gap = any(m.group() in ctx.surnames and sent.start + m.start() not in covered
                      and sent.start + m.start() - 1 not in covered
                      and not ctx.word_freq.get(text[m.start() - 1:m.start() + 1])     # 工程, 师傅: one word
                      and person_after(text, m.start(), ctx, after_post=True) is not None
                      for m in POST_CUE.finditer(text))   # 运维工某某正和同事们…: a job the lexicon lacks
        if not gap:
            gap = any(ch in ctx.surnames and sent.start + k not in covered and title_at_end(text, k, ctx)
                      for k, ch in enumerate(text) if k >= 2)   # 副主席某某, 组长某某: a name after a post the rules could not read
        if not gap:
            m = ORG_LIST_CUE.search(text)
            if m and m.start() >= 2 and sent.start + m.start() - 1 not in covered:
                gap = True     # 阿里巴巴、吉利汽车等企业: names with no suffix, listed
        if not gap:
            for sx in GAP_SUFFIXES:
                k = text.find(sx)
                while k != -1:
                    if sent.start + k not in covered and k >= 2 and text[k - 1] not in PUNCT \
                            and text[k - 1] not in "该本各此每其":
                        gap = True
                        break
                    k = text.find(sx, k + 1)
                if gap:
                    break
        if gap:
            out.append(sent)
    return out


_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")


def _clauses(sentences):
    """Sentences cut at commas and colons (short pieces keep the tagger fast);
    a piece shorter than 12 characters stays joined to the next one."""
    for sent in sentences:
        text, lo = sent.text, 0
        for m in _CLAUSE_END.finditer(text):
            if m.end() - lo >= 12 or m.end() == len(text):
                yield Sentence(sent.article_id, sent.index, sent.start + lo, sent.start + m.end(), text[lo:m.end()])
                lo = m.end()
        if lo < len(text):
            yield Sentence(sent.article_id, sent.index, sent.start + lo, sent.end, text[lo:])


def add_model_mentions(text: str, mentions: list[Candidate], model_cands: list[Candidate],
                       ctx: Context) -> list[Candidate]:
    """Rule mentions plus the model's, by the merge policy; a new model name is
    also found where it is repeated, and beside it in a list."""
    if not model_cands:
        return mentions
    merged = rules_then_model(mentions, model_cands)
    names = {c.text for c in model_cands if c.type == PERSON} & {c.text for c in merged}
    if names:
        persons = [c for c in merged if c.type == PERSON]
        merged = rules_then_model(merged + loose_list_persons(text, persons, merged, ctx), [])
        merged = rules_then_model(merged + repeat_names(text, names, merged), [])
    # an organisation the tagger found is the same name where it is printed again
    found = {(c.text, c.type, c.source) for c in model_cands if c.type != PERSON} & \
        {(c.text, c.type, c.source) for c in merged}
    again = [Candidate(m.start(), m.end(), name, typ, source, -1)
             for name, typ, source in sorted(found, key=str) for m in re.finditer(re.escape(name), text)]
    return drop_masked(text, rules_then_model(merged, again) if again else merged)


# ------------------------------------------------------------------ driver
GENRES = ("union", "general")


#: What may stand right before a company paper's bare 集团/公司 or a unit's bare name (二分厂,
#: 十堰公司): a mark, a preposition or a conjunction, never a character of a longer name.
HOUSE_OPENERS = frozenset("在由与和及为是的从向对经把让将给被于到至并同来赴进回")
#: The house printed bare (集团, 集团公司, 公司) and its union (集团工会).
HOUSE_REF = re.compile(r"(集团公司|集团|公司)(工会)?")
#: A unit of the house printed bare: a branch factory (二分厂) or a subsidiary by its trade or
#: place (营销公司, 十堰公司, 智能装备公司).
HOUSE_UNIT = re.compile(r"[一二三四五六七八九十]{1,2}分厂|(?P<head>[\u4e00-\u9fff]{2,4}?)公司")
#: A department printed bare (质量部, 人力资源部, 技术中心): in a company's own paper, part of the
#: house, no entity.
HOUSE_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:部|处|科|室|中心|办公室)")
#: Heads that make 某某公司 a kind or a reference, not a unit's name (该公司, 子公司, 两家公司).
UNIT_HEAD_STOP = frozenset("该本这那各每全子分两一多几其此某总母有集股")


def _after_house_opener(text: str, i: int) -> bool:
    return i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in HOUSE_OPENERS


def house_spans(text: str, house: str, ctx: Context) -> list[Candidate]:
    """On a company paper's page: the house printed bare (集团工会主席, 由集团总经理, 公司召开…)
    with the masthead's name as canonical, and the house's units printed bare (二分厂厂长,
    十堰公司工会) as companies."""
    out = []
    for m in HOUSE_REF.finditer(text):
        if _after_house_opener(text, m.start()) and not _in_book_title(text, m.start()):
            typ, name = (EntityType.UNION, house + "工会") if m.group(2) else (EntityType.COMPANY, house)
            out.append(Candidate(m.start(), m.end(), m.group(), typ, "rule:house.v1", 5, canonical=name))
    for i in range(len(text)):
        m = HOUSE_UNIT.match(text, i)
        if m is None or text[i] in UNIT_HEAD_STOP or not _after_house_opener(text, i) or _in_book_title(text, i):
            continue
        if (head := m.group("head")) is not None and (
                "的" in head or head in GENERIC_BODY or head.endswith(("集团", "有限", "股份", "分", "子"))):
            continue
        if head is not None and any(t.tag[:1] in ("r", "u", "p", "d", "m", "q", "c") or t.tag == "v"
                                    for t in ctx.seg.tokens(head)):
            continue    # 我们公司, 审议了公司: a pronoun or a verb, no unit's name
        out.append(Candidate(m.start(), m.end(), m.group(), EntityType.COMPANY, "rule:house_unit.v1", 2))
    return out


def find_mentions(article: Article, sentences: tuple[Sentence, ...], ctx: Context, home,
                  model_cands: list[Candidate] = (), genre: str = "union", house: str | None = None) -> list[Candidate]:
    """All mentions of one article after the merge policy, in text order.

    ``genre="union"`` runs every rule component (the union-news grammar);
    ``"general"`` only the genre-independent ones (bylines, national bodies),
    leaving the rest of the reading to the tagger. ``house``: the company whose
    own paper the page is (:func:`house_spans`).
    """
    text = article.text
    bounds, tokens = ctx.seg.boundaries(text)
    cands: list[Candidate] = []
    cands += byline_spans(article)
    gaz = gazetteer_spans(text, ctx, bounds)
    cands += gaz
    if genre == "general":
        return rules_then_model(cands, list(model_cands))
    persons = title_chain_persons(text, ctx, set())
    persons += honor_names(text, ctx, set())
    persons += paren_post_persons(text, ctx)
    persons += employer_job_persons(text, ctx)
    persons += paren_unit_persons(text, ctx)
    persons += stated_post_persons(text, ctx)
    persons += appositive_post_persons(text, ctx)
    persons += appointed_persons(text, ctx)
    persons += resume_persons(text, ctx)
    persons += slate_persons(text, ctx)
    persons += party_persons(text, ctx)
    persons += proposer_persons(text, ctx)
    persons += dotted_names(text, ctx)
    persons += glossed_names(text, ctx)
    persons += counted_list_persons(text, ctx)
    persons += person_noun_persons(text, ctx)
    persons += speaker_persons(text, ctx)
    persons += name_row_persons(text, ctx)
    persons += rota_persons(text, ctx)
    persons += addressee_persons(text, ctx)
    persons += listed_persons(text, persons, ctx)
    persons += loose_list_persons(text, persons, cands, ctx)
    person_pos = {p for c in persons + byline_spans(article) for p in range(c.start, c.end)}
    cands += persons
    cands += org_suffix_spans(text, tokens, bounds, ctx, person_pos)
    cands += studios_named_after(text, {c.text for c in persons}, ctx)
    cands += quoted_studios(text)
    cands += division_spans(text, tokens, bounds, ctx, home)
    cands += zone_spans(text, tokens, ctx)
    cands += delivery_station_spans(text, bounds, ctx)
    cands += kept_station_spans(text, tokens, bounds, ctx)
    cands += honor_spans(text, ctx)
    cands += declared_short_forms(text, longest_then_priority(cands), ctx)
    cands += implied_short_forms(text, longest_then_priority(cands), ctx)
    cands += union_short_names(text, cands)
    if house:
        ours = house_spans(text, house, ctx)
        ends = {c.end for c in ours if c.source == "rule:house.v1"}
        # 省总工会调研组来|集团: a walk to the house's bare name across a verb is no name
        cands = [c for c in cands if not (c.end in ends and c.source == "rule:org_suffix.v1")] + ours
    merged = rules_then_model(cands, list(model_cands))
    stems = stem_spans(text, merged, bounds, ctx)
    stems += brand_spans(text, tokens, bounds, merged + stems, ctx)
    if stems:
        merged = rules_then_model(merged + stems, [])
    merged = drop_masked(text, merged)
    names = {c.canonical or c.text for c in merged if c.type == PERSON or c.type == EntityType.JOURNALIST}
    if names:
        merged = rules_then_model(merged + repeat_names(text, names, merged), [])
    return [c for c in merged if c.type != HONOR]


#: Words of a case's report, where the parties' names are masked (刘某诉某公司).
_CASE_WORDS = re.compile(r"法院|仲裁|案情|原告|被告|申请人|判决|裁决|调解书|诉讼")
#: The kinds of body a report's masked party may be (某科技公司, 某配送公司, 某家具厂).
_MASKABLE = (EntityType.COMPANY, EntityType.ORGANIZATION)


def drop_masked(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The mentions but a case report's masked parties (see :func:`_masked`)."""
    if "某" not in text:
        return cands
    case = _CASE_WORDS.search(text) is not None
    person_starts = {c.start for c in cands if c.type is PERSON}
    return [c for c in cands if not _masked(text, c, case, person_starts)]


def _masked(text: str, c: Candidate, case: bool, person_starts: set[int]) -> bool:
    """A party a case report masks is no entity (guidelines): a company or a body
    after one 某 (某|网络科技公司, 某科技公司), and a name that is a masked one's (刘某) with
    the next character glued on (刘某经|招聘) or that runs into a mask (主张王|某)."""
    if c.type in _MASKABLE:
        return any(text[k] == "某" and text[k - 1:k] != "某" and text[k + 1:k + 2] != "某"
                   for k in range(max(0, c.start - 2), c.start + 1))
    if c.type is not PERSON or not case:
        return False    # names are masked in a case's report (刘某), not elsewhere (a reader's 龙某)
    if text[c.end:c.end + 1] == "某" and text[c.end + 1:c.end + 2] != "某" or len(c.text) == 2 and c.text[1] == "某":
        return True     # 主张王|某, or 王某 itself
    if len(c.text) == 3 and c.text[1] == "某" and c.text[2] != "某":
        # 刘某 printed alone elsewhere (刘某在…, 刘某。): the third character is the next word's
        return any(text[m.end():m.end() + 1] in PUNCT or m.start() not in person_starts
                   for m in re.finditer(re.escape(c.text[:2]), text))
    return False


def to_mentions(article: Article, sentences: tuple[Sentence, ...], cands: list[Candidate]) -> list[Mention]:
    starts = [s.start for s in sentences]
    out = []
    for c in cands:
        si = max(bisect.bisect_right(starts, c.start) - 1, 0) if sentences else -1
        out.append(Mention(article.id, c.start, c.end, c.text, c.type, c.source, si))
    return out
