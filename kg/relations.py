"""Stage 6: facts between an article's entities, each with Evidence.

- ``rule:title_chain.v1``  roles from title chains read right-to-left from a name:
  "X总工会党组成员、副主席某某" gives (某某, 党组成员, X总工会) and (某某, 副主席, X总工会);
  a title with no organisation of its own inherits the previous one; 工会主席 after
  an organisation gives 主席 at that organisation's union.
- ``rule:stated_post.v1``  a post the sentence states after the name, at the unit it names:
  某某今年34岁，是某某公司焊接车间的一名焊工 / 某某在某某公司当缝纫工 / 某某是某公司董事长兼总经理.
- ``rule:pronoun_post.v1`` the same after 他/她 opening the next sentence, for the one person
  the sentence before names (“……”某某说。他是某某公司董事长兼总经理), or, when no one is
  named there, for the last person the paragraph names (……。如今，他是某某公司首席技师).
- ``rule:addressee.v1``    an answer's addressee (某某委员：) holds the posts the letter gives
                            it (您作为…的市政协委员、某某公司工会主席，).
- ``rule:studio_lead.v1``  领衔人/带头人 at the studio named after the person (作为工作室领衔人，他…).
- ``rule:appointment.v1``  posts an appointment or election gives: 任命某某为某某公司工会主席,
  免去某某的…职务, 某某当选…主席, 作为…主席，某某, 某某是…党委副书记、工会主席.
  A slate (副主席：某甲、某乙（兼职）；主席　某丙) and a résumé under a notice of appointments
  (某某，男，1980年6月生，…现任…) are read the same way.
- ``rule:party.v1``         a judgment's party lines: a legal representative (法定代表人：某某，该公司
  执行董事。) holds the post at the party named before, an agent the posts after the comma
  (委托诉讼代理人：某某，某某律师事务所律师。); 该公司 is that party.
- ``rule:listing_contact.v1`` a listing's contact (联系人：某某（人事主管）) holds the post at the unit
  that opens the listing's block (1. 某某电子科技有限公司).
- ``rule:post_list.v1``    the names of a list of one post's holders: under a headline ending
  with the post and 名单, or in a row under a line ending with the post (…委员会常委（…）：).
- ``rule:story_employer.v1`` a worker's post with no employer in its chain or sentence
  (焊工某某) goes to the company when the article names exactly one.
- ``rule:byline.v1``       journalists' byline titles (记者, 实习记者, 通讯员, 摄影), org null.
- ``rule:honor.v1``        honors in apposition (全国劳动模范某某), in a title chain, or
  as the object of 荣获/获得 before "的 + person"; the winner of 他/她先后获得, or of a
  clause that leaves its subject out (2021年，被授予…), is the person the paragraph is about.
- ``rule:name_link.v1``    located_in / part_of / union_of from the names themselves.
"""
from __future__ import annotations

import functools
import itertools
import re

from .mentions import (BULLETS, DEPARTMENT_SUFFIXES, ELECTING, GRANT_HOLDERS, HONOR_CORE, HOUSE_DEPARTMENT, LABEL_POST, NAME_GROUP, PERSON, PUNCT,
                       RESPECTIVELY, ROTA_LAWYER, ROW_MARKS, UNION_DEPARTMENTS, WINNER_NOUNS, Candidate, appointment_post, honor_spans, job_after_employer, later_stated_post,
                       opens_in_zonggonghui, party_post, past_note, stated_post, title_at_end, works_by_trade)
from .articles import LIST_NOTE, ROW_NUMBER
from .ingest import PERSON_NOTE
from .model import ORG_TYPES, EntityType, Evidence, Honor, Link, LinkRel, Role
from .resolve import company_union_short_of, union_owner

HONOR_PREFIX = r"(?:全国|首都|中国|中华|[\u4e00-\u9fff]{2,3}(?:省|市)|北京|上海|天津|重庆|[\u4e00-\u9fff]{2})"
WORKER_HONOR = ("劳动模范", "劳模", "工匠", "劳动奖章", "先进工作者", "技术能手", "岗位能手", "红旗手")
WORKING_ORGANS = ("宣传部", "组织部", "统战部", "办公室", "政法委", "纪委")
#: A township's union printed without the township's name (街道总工会, 镇工会).
TOWN_UNION = re.compile(r"(街道|镇|乡)(?:总工会|工会)")
#: A township's organ printed without the township's name (街道党工委, 街道办事处, 镇政府) before a post.
TOWN_ORGAN = re.compile(r"(街道|镇|乡)(党工委|党委|办事处|人民政府|政府)")
#: A township's name inside a body's name, opening it or after its district (历下区|某某街道|总工会).
TOWNSHIP_IN_NAME = {level: re.compile(r"(?:^|(?<=[区县市旗]))([\u4e00-\u9fff]{2,5}?" + level + ")")
                    for level in ("街道", "镇", "乡")}
#: A listing's contact line (联系人：某某（人事主管）) and what may open a line before its unit's name
#: (a number: 1. / 2、 / （3）).
CONTACT_LABEL = re.compile(r"(?:联系人|负责人|联系方式)[：:]")
LISTING_HEAD = re.compile(r"(?:\d{1,2}[.．、]\s*|[（(]\d{1,2}[）)]\s*)?")
#: A union's own committees, as printed in a title chain after the union.
UNION_BODIES = frozenset({"女职工委员会", "女职委", "女工委", "经费审查委员会", "经审会", "经审委"})
#: A union's department or committee right before a note with its head (集团工会组织宣传部（部长 某某）,
#: 集团工会女职工委员会（主任 某某））.
UNION_UNIT_BEFORE_NOTE = re.compile(r"工会(?P<unit>" + "|".join(sorted(UNION_BODIES, key=len, reverse=True))
                                    + r"|[\u4e00-\u9fff]{2,6}?(?:部|处|科|办公室))$")
#: Any other department right before such a note (承办部门：人力资源部（部长 某某））.
DEPARTMENT_BEFORE_NOTE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:部|处|科|办公室)$")
#: A team or a works of a company before a note of its head (综采一队（队长 某某）, 二车间（主任 某某））.
TEAM_BEFORE_NOTE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:队|班|车间|工段|作业区|分厂)$")
#: The full names of a union's committees printed short.
COMMITTEE_NAMES = {"女职委": "女职工委员会", "女工委": "女职工委员会", "经审会": "经费审查委员会", "经审委": "经费审查委员会"}
#: A committee's office, a sub-unit whose people are the committee's (经审会办公室主任, 经审办主任).
COMMITTEE_OFFICE = re.compile("(" + "|".join(sorted(UNION_BODIES, key=len, reverse=True)) + ")(?:办公室)?|(经审办)")


def committee_printed(rest: str) -> str | None:
    """The union committee that ``rest``, printed between a union and a post, names (经审会,
    经费审查委员会办公室 → 经费审查委员会, 经审办 → 经审会); None for anything else."""
    m = COMMITTEE_OFFICE.fullmatch(rest)
    return None if m is None else m.group(1) or "经审会"


#: What follows an honor's name on a list's heading line: （部分）, （20名）, 名单, 获得者名单.
LIST_HEADING_TAIL = re.compile(r"(?:获得者|获奖者)?(?:名单)?(?:" + LIST_NOTE + ")?$")
#: A list's heading that is a quoted name alone (“某某匠”): the honor its rows hold.
QUOTED_HEADING = re.compile(r"“[^“”，。、：:\s]{2,8}”")
#: A bullet before a list's row (● 某某　某某公司焊工), and one ending where the row's name starts.
BULLET_LEAD = re.compile(r"[%s△·\-*]\s*" % BULLETS)
#: A numbered list row's number before the row's name (1.某某（…）).
ROW_NUMBER_LEAD = re.compile(ROW_NUMBER + r"(?=[\u4e00-\u9fff])")
ROW_BULLET = re.compile(r"(?:^|(?<=\n))[%s][ \u3000]?\Z" % ROW_MARKS)
#: What opens a list's heading before the honor: an enumerator (一、, （二）, 3.) or a year (2024年度).
LIST_HEADING_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?\s*(?:\d{4}年度?)?")
#: Organisations that employ the people who work in them (a hospital's doctor, a school's teacher).
WORKPLACE_ORG = re.compile(r"(?:医院|卫生院|卫生室|学校|中学|小学|学院|大学|幼儿园)$")
#: A brand's trade: a brand printed alone before a post is the employer (某某快递快递员).
BRAND_KINDS = ("快递", "外卖", "物流", "出行", "约车", "快运", "速运", "货运", "配送", "到家", "优选")


#: A workshop's own name before 车间主任 (焊装, 大型铸锻件, 二号转炉): the shop is a
#: sub-unit, and the post in it is 主任 (GUIDELINES: 某某大队副中队长 -> 副中队长).
NAMED_SHOP = re.compile(r"[\u4e00-\u9fff]{1,6}")
#: Ends of a sub-unit's name between an organisation and a post (车间, 部 …): not part of the post.
SUBUNIT_ENDS = ("车间", "部", "科", "室", "处", "队", "组", "中心", "站", "所", "厂", "班", "线", "局", "院", "会", "网点", "项目")
#: A company's works or workshop printed between it and a job (某某集团有限公司|热轧分厂|主控工).
SUBUNIT_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,6}(?:分厂|厂|车间|工段|作业区)")
#: A part-time mark right after a post (副主席（兼）, 副主席（兼职）): the post is the bare one.
PART_TIME_MARK = re.compile(r"[（(](?:兼|兼职|挂职)[）)]$")
#: A court's division (民一庭, 立案庭, 审判庭): where a judge sits, not part of the post.
COURT_DIVISION = re.compile(r"(?:[民刑商行执][一二三四五六七八九十]?|立案|审判|执行|派出法)庭$")
#: A work area before a post (质检班长, HR经理, SMT工艺主管).
MODIFIER_RE = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Z]{2,4}[\u4e00-\u9fff]{0,3}")
#: Characters that mark a would-be work area as a body, a place, a people, an event, a
#: qualifier of the person (台胞, 个体) or a word of the chain (现任, 分管, 兼).
MODIFIER_STOP_CHARS = frozenset("委党会局厅省市县区镇乡村街司团协联办府院校社族赛胞体该本这其各原现时新前首副总任兼领与和及的在为是让把被对")
CLAUSE_PUNCT = "，,。；;：:！!？?\n"
#: A sentence that announces the rows below it hold an honor (以下10人获评“某某工匠”称号).
LIST_FOLLOWS = re.compile(r"以下(?:\d+|[一二三四五六七八九十]+)?(?:名|人|位|家|个)?[^。，；]{0,16}?(?:获评|获得|荣获|被评为|被授予|入选)")
#: A lead line that announces a list (名单如下：, 他们中有：, 包括：).
LIST_LEAD_WORDS = re.compile(r"名单|如下|他们中有|她们中有|分别是|包括")
#: The same lead opening a list on its own line after a colon (获评人员中有：某甲（…）、某乙（…）等。).
#: A place heading a group of a list's items (长沙市：某甲（…），某乙（…）；).
PLACE_LABEL = re.compile(r"([\u4e00-\u9fff]{2,12})[：:]")
#: How the place heading a group of a list ends (长沙市：, 阿克苏地区：, 昌吉回族自治州：).
PLACE_ENDS = ("市", "州", "区", "县", "盟", "旗", "地区", "省")
INLINE_LIST_LEAD = re.compile(f"(?:{LIST_LEAD_WORDS.pattern}|中有)[：:]")
QUOTED = re.compile(r"[“\"]([^“”\"]{2,14})[”\"]")
#: The verbs of winning an honor (荣获, 被评为, 入选 …), shared by the patterns that read a winner.
WON_VERBS = "获得|荣获|获评|荣膺|被授予|被评为|入选"
WON_QUOTED = re.compile(r"(?:" + WON_VERBS + r")[^“”，。]{0,8}“([^“”]{2,14})”")


_H = r"[“\"]?(?P<h>[^“”\"，。；、]{2,14}?)[”\"]?"
#: The year, session or batch an honor is given for (2023年度, 首届, 第四届, 第二批).
SESSION = r"(?:\d{4}年度?|首届|新一届|第[一二三四五六七八九十\d]+(?:届|批))?"
SUBJECT_WON = re.compile(r"(?:" + WON_VERBS + r"|(?<![荣捕斩])获(?![得评悉取批准益利救释奖赠]))(?:了|过)?" + SESSION + _H
                         + r"(?=荣誉称号|称号|奖牌|[，。；、]|(?<=[”\"])[“\"]|$)")
#: 某甲、某乙等获得H的职工代表: the honor of a list, printed before the group it names.
LISTED_WON = re.compile(r"(?<=等)(?:" + WON_VERBS + r")(?:了)?" + SESSION + _H + r"(?=的)")
RECIPIENT = re.compile(r"(?:为|向)(?P<x>[^，。；、“”为向]{2,24}?)(?:颁发|授予)(?:了)?" + _H + r"(?=荣誉称号|称号|奖牌|奖杯|牌匾|证书|[，。；、]|$)")
#: 为某甲、快递员某乙、…某丙颁发“H”证书: each person listed holds it.
RECIPIENTS = re.compile(r"(?:为|向)(?P<x>[^，。；“”为向]{2,80}?、[^，。；“”为向]{2,30}?)(?:颁发|授予)(?:了)?" + _H
                        + r"(?=荣誉称号|称号|奖牌|奖杯|证书|[，。；、]|$)")
BEFORE_VERB = re.compile(r"(?:先后|曾经|曾|多次|还|也|均|已经|已|早已|此前|之前|又|都|连续|本人|并|同时|分别|一同|因此|因而|由此|将|拟|刚刚|(?<=年)刚|"
                         r"去年|今年|前年|当年|同年|次年|近年|近日|日前|(?:在|于)?\d{4}年度?)+$")
#: 某甲、某乙等21人荣获 …: the persons listed before a count.
COUNTED = re.compile(r"等(?:[\d一二三四五六七八九十百]+(?:名|位|人|个|家)(?:[^，。；]{0,6}?|[^，。；]{0,40}?的[^，。；、的]{0,6}"
                     r"(?:职工|工人|员工|选手|代表|劳动者))|单位|集体|企业)?$")
#: 授予某某公司等100个单位 H / 授予某某等300名职工 H: the first of the counted holders is named.
GRANTED = re.compile(GRANT_HOLDERS + r"(?:为)?" + SESSION
                     + _H + r"(?=荣誉称号|称号|[，。；、]|$)")
#: 获得 H 的部分职工有：某甲（某某公司）、某乙（…）… / 获得 H 的部分职工（排名不分先后）：… /
#: 获得 H 的企业包括：某某公司、…等:
#: the winners listed after a colon.
HONOR_LIST = re.compile(r"(?:获得|荣获|获评|被评为|被授予|获)(?:了)?" + _H + r"(?:荣誉称号|称号)?的[^，。；：“”]{0,20}?"
                        r"(?:(?:有|包括|是|为|如下)?[：:]|中[，,](?:既有|有|包括))(?P<x>[^。；\n]{2,600}?)"
                        r"(?:等(?:[\d一二三四五六七八九十百]+(?:名|人|家|个|位))?)?、?(?=[。；\n]|$)")
#: 被某某总工会命名为 "H" / 被人社部确定为 H: an honor named by its grantor.
NAMED_AS = re.compile(r"(?:被|由)(?P<by>[^，。；“”\"]{0,24}?)(?:命名为|确定为|认定为|评为|授予)(?:了)?"
                      + SESSION + r"[“\"]?(?P<h>[^“”\"，。；、]{2,20}?)[”\"]?(?=荣誉称号|称号|[，。；、]|$)")
NAMED_KINDS = ("工作室", "示范单位", "示范企业", "示范岗", "示范基地", "示范点")
LISTED_HONOR = re.compile(r"(?:[”\"]?(?:、|和)[“\"]?|(?<=[”\"])[“\"])(?P<h>[^“”\"，。；、和]{2,14}?)[”\"]?(?=荣誉称号|称号|等|[，。；、和]|(?<=[”\"])[“\"]|$)")
COPULA = re.compile(r"(?:(?:今年|现年)?\d{2}岁[，,])?[，,]?(?:也|还|同时|更)?是(?P<list>[^，。；：,]{2,40})(?=[，。；,]|$)")
#: 等4名项目第一名获得者: a count closing a list of recipients.
COUNTED_TAIL = re.compile(r"等[\d一二三四五六七八九十百]+(?:名|位|人)[^，。；、]{0,12}")
#: A counted selection (有3人入选, 2名职工上榜) whose persons are listed next (他们是…).
COUNTED_SELECTION = re.compile(r"(?P<n>[\d一二两三四五六七八九十]+)(?:人|名[^，。；：、]{0,4}?|位[^，。；：、]{0,4}?)"
                               r"(?:入选|上榜|获评|当选|获此殊荣)")
#: 某甲、某乙入选 / 某甲、某乙等20名律师获此荣誉 / 某甲（…）、某乙（…）等20人榜上有名: a list of winners closed by its verb.
SELECTED_AFTER_NAMES = re.compile(r"(?:等[\d一二三四五六七八九十百]+(?:名|人|位)[^，。；、]{0,6})?(?:入选|获此荣誉|获此殊荣|榜上有名)(?=[，。；]|$)")
#: 获此殊荣的是A、B和C: the winners of the honor named just before.
THIS_HONOR = re.compile(r"(?:获此殊荣|获得这一荣誉|获此荣誉)的(?:(?P<v>是|有|分别是)[：:]?)?")
LIST_COLON = re.compile(r"[^，。；]{0,12}?[：:]")
#: 获奖职工中，还有某甲、某乙等 / 获得奖状的集体中，有某某公司等: winners of the honor the
#: article counts out (授予32名职工H、20个集体H2); a 其中，某某是… sentence after it names one.
WINNERS_AMONG = re.compile(r"(?:获奖|获得(?:奖章|奖状|称号|荣誉)的)(?P<who>职工|者|人员|个人|选手|集体|单位|企业)中[，,]?"
                           r"(?:还有|也有|既有|有|包括)?(?P<x>[^。；\n]{0,300}?)(?=[。；\n]|$)")
#: 2023年度全国三八红旗手（集体）名单公布，某某公司制茶师某某榜上有名: a list's winners.
ON_THE_LIST = re.compile(r"(?P<h>[^，。；：]{2,30}?)(?:[（(][^（）()]{0,8}[）)])?(?:名单|榜单)(?:正式)?(?:公布|揭晓|出炉|发布)[，,]"
                         r"(?P<x>[^。；：]{2,200}?)(?:榜上有名|名列其中|位列其中|上榜|入选)")
AMONG_THEM = re.compile(r"其中[，,]?")
#: A counted award: 授予32名职工 / 20个集体 / 5家单位 before the honor they receive.
COUNTED_AWARD = re.compile(r"[\d一二两三四五六七八九十百]+(?P<unit>名|位|人|个|家)[\u4e00-\u9fff]{0,4}?[“\"]?$")
THEY_ARE = re.compile(r"(?:他们|她们|他们分别|她们分别|分别)(?:是|为)[：:]?")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def cn_count(s: str) -> int | None:
    """3 / 三 / 十 -> the number (small counts only); None when unreadable."""
    if s.isdigit():
        return int(s)
    return _CN_DIGITS.get(s)


#: 他/她 as the subject of a verb of winning (…，他先后获得): not 其他, 他们, 她们.
PRONOUN = re.compile(r"(?<![其吉利])[他她]$")
#: 所属的/下属的/直属的: the units listed next belong to the unit before.
BELONGS_TO = re.compile(r"(?:所属|下属|直属)的")
#: 位于某区某镇的(民营企业)某某公司 / 在某镇的某某公司 / 某区的某某公司: where a unit is.
PLACE_BEFORE_UNIT = re.compile(
    r"(?:(?P<verb>位于|地处|坐落[在于]|同在|在)|^)(?P<place>(?:(?!位于|在)[^，。；：！？、“”\n的]){2,24})的"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:企业|公司|工厂))?\Z")
#: 某某公司位于某镇 / …，位于某区某镇
LOCATED_AT = re.compile(r"(?:位于|地处|坐落[在于])")
#: a park or zone after the district a unit is in (柳市镇|工业区, 永川区|凤凰湖产业园)
PLACE_FILLER = re.compile(r"[\u4e00-\u9fff]{0,6}(?:工业区|工业园|产业园|园区|开发区|高新区|新区|基地|片区)")
#: 在市委和省总工会的坚强领导下: who leads the subject of the sentence.
LED_BY = re.compile(r"在(?P<by>[^，。；！？]{2,40}?)的(?:坚强|正确|有力|直接)?领导下")
UNVEILED = re.compile(r"(?:为)?[“\"]?(?P<h>[^“”\"，。；、为]{2,14}?)揭牌")
#: A post's organisation named by a common noun (该公司总经理, 集团党委书记, 厂长): the unit
#: meant is the nearest one named before it whose name holds that noun (any company for 企业).
GENERIC_UNIT = re.compile(r"(?:该|本|这家|其所在)?(?P<w>集团公司|分公司|公司|集团|企业|工厂|厂|煤矿|矿|医院|学院|学校|院|校|银行|酒店|工作室|合作社)?"
                          r"(?(w)(?:[\u4e00-\u9fff]{1,6}?(?:部|处|科|室|车间|办公室|队|班|组|工段|工区)(?:党支部|党总支)?)?"
                          r"|[\u4e00-\u9fff]{1,4}?(?:队|班组|车间|工段|工区)(?:党支部|党总支)?)")
#: A body's kind printed bare before its head's post (中心主任某某, 驿站站长某某): the body
#: of that kind the article named before.
UNIT_NOUNS = frozenset(("中心", "驿站", "服务站", "工作站", "站点", "联盟", "协会", "合作社", "工作室"))
#: A post stated with no unit (某某是一名焊工, 某某是位老焊工).
STATED_ONE = re.compile(r"(?:一名|一位|名|位)(?:老|年轻的?|普通的?)?")
#: Seats the workers elect on their company's board (职工董事, 职工监事).
BOARD_SEATS = frozenset(("职工董事", "职工监事"))
#: A village's or a community's organs printed with no name before a post (村委会主任, 社区党委书记):
#: the post is the village's, as annotators write it.
VILLAGE_ORGANS = frozenset("村 村委 村委会 村民委员会 社区 居委会 社区居委会 居民委员会 嘎查".split())
#: A company's short name noted after its name: （以下简称“某某”）, （简称“某某”）.
ABBREVIATION_NOTE = re.compile(r"[（(](?:以下)?简称[“\"]?[^（）()“”\"，。]{2,8}[”\"]?[)）]")
#: The rest of a short name's note after the company (（以下简称“某某”）) or after the short name
#: in it (”）).
NOTE_CLOSE = re.compile(ABBREVIATION_NOTE.pattern + r"|[”\"]?[)）]")
#: A 嘎查's head, printed with no body: the head of the 嘎查 named before.
GACHA_HEADS = ("嘎查长", "嘎查达")
#: A union printed by its kind alone before a post (楼宇联合工会主席, 公司工会委员会主席): the
#: union of that kind named last.
UNION_REFERENCE = re.compile(r"(?:该|本)?(?:(?P<p>公司|企业|集团|楼宇|园区|大厦|行业|联合|街道|社区|乡镇|镇|乡)?"
                             r"(?P<k>联合工会|工会联合会|工会委员会)|(?P<t>街道|社区|乡镇|镇|乡|园区|地区|自治州|州|盟)总工会|联合会)")
#: The kinds of place a union reference names with its kind (街道总工会, 社区工会联合会).
PLACE_KINDS = ("街道", "社区", "乡镇", "镇", "乡", "园区", "楼宇", "大厦", "行业")
#: The heads of a place's government (县长, 副市长 …) and a place's party committee (某县委).
HEAD_OF_GOVERNMENT = re.compile(r"(?:常务)?副?(?:省|市|县|区|州|盟|旗|镇|乡)长")
PARTY_COMMITTEE = re.compile(r"(.{2,12}?[省市县区州盟旗镇乡])(?:党)?委")
GROUP_NAME = re.compile(r"集团(?:有限责任公司|股份有限公司|有限公司|公司)?$")
#: The leader of a studio: 作为工作室领衔人，他 / 她担任工作室领衔人 / 某某任领衔人 / 工作室领衔人某某.
STUDIO_LEAD = re.compile(r"(?:(?P<as>作为)|(?P<pron>[他她])(?:担任|任)|(?P<by>(?<=[\u4e00-\u9fff])(?:担任|任)))?"
                         r"(?P<head>工作室”?)?(?P<t>领衔人|带头人)(?P<after>(?<=人)[，,][他她])?")
#: A studio's leader printed right after the studio: “某某工作室”（领衔人 某某）, “某某工作室”，领衔人某某,
#: 某某劳模创新工作室领衔人, 某某工作室的领衔人 (``of``: the leader is the person the studio is named after).
STUDIO_BEFORE_LEAD = re.compile(r"”?(?:[（(，,]|(?P<of>的))?(?P<t>领衔人|带头人)")
#: An honor printed between a post and its holder (领衔人、“某省工匠”某某).
LEAD_HONOR = re.compile(r"、(?:“[^“”]{2,12}”|[^，。；、“”]{2,12}(?:劳动模范|劳模|工匠|奖章获得者|技术能手))")
#: An ordinal or a count before a post is no part of it (某某公司第一位女门机司机).
ORDINAL_WORDS = re.compile(r"第|[一二三四五六七八九十两\d]+[名位个]")
#: An election's report naming the body whose committee it elected (选举产生了联合会第一届委员会).
ELECTION_HEAD = re.compile(r"选举产生了?(?P<body>[\u4e00-\u9fff]{2,24}?)(?:第[一二三四五六七八九十\d]+届|首届|新一届)?(?:委员会|领导班子)")
#: A list's heading naming a company's union by kind (公司工会委员会, 集团工会经费审查委员会).
COMPANY_UNION_HEAD = re.compile(r"(?:本|该)?(?:公司|集团|企业)工会(?:委员会|(?P<committee>经费审查委员会|女职工委员会))?")
#: A heading over the members of a committee (某某工会第十四届经费审查委员会组成人员): the committee.
COMMITTEE_LIST = re.compile(r"(?m)^[^\n，。；：]{2,40}?委员会(?=组成人员|成员名单|委员名单|名单)")
#: The term an elected post is held for (当选首届工会主席, 当选联合会首任主席): no part of the body.
ELECTED_TERM = re.compile(r"首届|首任|新一届|新任|第[一二三四五六七八九十\d]+[届任]")
#: What an official does at a meeting, closing the clause that names the official
#: (出席会议并讲话, 主持会议, 致辞): the next clause's bare posts are at the same body.
CLAUSE_PREDICATE = re.compile(r"(?:出席|主持|参加)(?:会议|大会|活动|仪式)?(?:并(?:讲话|致辞|发言|颁奖|作报告))?"
                              r"|(?:讲话|致辞|发言)|作(?:《[^》\n]{1,30}》|[\u4e00-\u9fff]{0,8}(?:报告|讲话|发言))")
#: A verb opening a chain's segment before the post's unit (是公司工会主席某某, 由集团工会主席某某,
#: 会议由集团总经理某某主持, 会议听取并审议了公司党委书记某某作的报告).
SEGMENT_VERB = re.compile(r"^(?:[他她]|这位|(?:会议|大会|活动|仪式|典礼|比赛|竞赛|开幕式|闭幕式)(?=由))?"
                          r"(?:就|也|还|更|正|现)?(?:是|系|任|由|为)"
                          r"|^(?:会议|大会|会上)?(?:听取并审议了?|听取和审议了?|听取了|审议了)")
HELD_AT = re.compile(r"在(?P<x>[^，。；、在]{2,30}?)(?:举办|举行|召开|开展)")


def text_slice(text: str, lo: int, hi: int) -> str:
    return text[lo:hi] if lo >= 0 else ""


def normalise_honor(h: str, ctx) -> str:
    h = AWARDED_PREFIX.sub("", h.strip("“”\""))
    if h in ctx.honors:
        return ctx.honors[h]
    if h.endswith("劳模"):
        return h[:-2] + "劳动模范"
    return h


#: What a clause says of the holders before their honor (受表彰的竞赛标兵某某): no part of it.
AWARDED_PREFIX = re.compile(r"^(?:受|获|被)表彰的")


def looks_like_honor(s: str) -> bool:
    return len(s) <= 14 and s.endswith(HONOR_CORE) and not any(ch in PUNCT for ch in s)


def titled_honor(s: str, text: str, end: int) -> bool:
    """An honor of any wording the text calls a title: 被授予“全省煤矿安全生产标兵”称号."""
    return 2 <= len(s) <= 14 and not any(ch in PUNCT for ch in s) and text.startswith(("称号", "荣誉称号"), end)


#: A sentence or a clause that opens with 他 or 她 (。他是…, …说，他是…): the person the
#: sentence names, or the one before it.
PRONOUN_SUBJECT = re.compile(r"(?:(?<=[。！？\n，])|(?<=岁的))[他她](?!们)")    # 今年29岁的他是…
#: An answer's words to the deputy it is addressed to (您作为…的市政协委员、某某公司工会主席，
#: 作为来自生产一线的市人大代表、某某公司班长，您…): the chain of the addressee's posts.
ADDRESSEE_POSTS = re.compile(r"(?:(?<=[。！？\n])|(?<=您))作为(?P<chain>[^，。；！？\n]{2,60})[，,]")
#: 这位 + a post, then a verb of speaking or acting: the post of the person named just
#: before (…”某某说。这位市总工会副主席介绍，…).
THIS_ONE = re.compile(r"这位")
AFTER_THIS_ONE = re.compile(r"[，,]|说|介绍|告诉|表示|坦言|感慨|笑着|指出|认为|回忆|强调|已|还|也|一直|是")

#: A career told by its years (1993年调任…, 1998年任…, 2003年起担任…, 历任…, after a colon too,
#: and a post held besides: 他还于1998年至2003年兼任…): the posts of the person the story is about.
CAREER_POST = re.compile(r"(?<=[，。；：\n])(?:[他她](?:还|又|也|曾)?于?(?=\d))?"
                         r"(?:\d{4}年(?:\d{1,2}月)?(?:(?:至|到)\d{4}年(?:\d{1,2}月)?)?(?:起)?[，,]?|此后|后|先后|曾)"
                         r"(?:调任|升任|出任|担任|兼任|任|历任)(?![务命职何])")
#: A committee the text says some people make up (同意由某甲、某乙等9名同志组成某某公司工会第三届委员会,
#: 某丙同志任主席): each is its 委员; the posts given after it (某丙同志任主席) are at it too.
COMPOSED_OF = re.compile(r"由(?P<names>(?:[\u4e00-\u9fff·]{2,8}(?:同志)?、)*[\u4e00-\u9fff·]{2,8})(?:同志)?"
                         r"(?:等\d+名同志|等\d+人)?组成(?P<body>[^，。；：“”]{2,40}?委员会)")
#: A company's registered name (…有限公司, …集团), not a brand or a kind of firm (星级酒店).
REGISTERED_NAME = re.compile(r"(?:公司|集团)$")
#: A post given to a member of the committee just made up (，某某同志任主席 / ，某甲、某乙同志任副主席).
COMMITTEE_POST = re.compile(r"[，,](?P<names>(?:[\u4e00-\u9fff·]{2,8}、)*[\u4e00-\u9fff·]{2,8})同志任(?P<title>[\u4e00-\u9fff]{2,6}?)(?=[，。；,])")
#: A post, then who holds it as a second post (联合会主席由某某公司工会主席某某兼任).
HELD_BY = re.compile(r"由(?P<chain>[^，。；“”]{2,50}?)(?:兼任|担任)")

#: A worker's name, then where the worker works (某某在|某某快递干了三年, 某某已在|…工作).
WORKS_AT = re.compile(r"[，,]?(?:今年\d+岁，)?(?:已经?|一直|曾|先后)?在")
#: A group of a list under its honor's name: 某县劳动模范：… (up to the next ；).
HONOR_GROUP = re.compile(r"(?P<h>[^；：:，。、（）()]{3,16})[：:]")
WORKS_VERB = re.compile(r"(?:干|工作|上班|务工|打工|任职|做|当|跑|送)")
#: A branch of the unit and an adverb between it and the verb of working
#: (在某某速递服务有限公司成华分部已经干了8年).
WORKS_BRANCH = re.compile(r"(?:[\u4e00-\u9fff]{1,6}(?:分部|营业部|营业点|网点|站点|分拨中心|配送站))?(?:已经|已|一直|先后)?")
#: The unit a person is part of: 他所在的某某公司, 某某所在的某某公司 (``who``: a pronoun
#: for the person named last before it in the paragraph).
WORKS_WITHIN = re.compile(r"(?P<who>[他她])?所在的")


#: Words a job's modifier never runs past (公司|芯片测试工程师, 集团|焊接高级技师).
_EMPLOYER_WORDS = ("公司", "集团", "企业")


def _job_modifier(between: str, after_org: bool) -> str:
    """The modifier printed before a worker's post (育种|技术员, 飞机结构修理|技师): the
    characters after the last sub-unit (车间, 班, 作业区), 的 or cell gap, 2–6 of them, no
    ordinal or number (not a route's number: 某某巴士公司598路|驾驶员). With no
    organization before it, only after a word that ends an employer's name (公司)."""
    cuts = [between.rfind(u) + len(u) for u in SUBUNIT_ENDS + _EMPLOYER_WORDS + ("作业区", "工区") if u in between] \
        + [between.rfind("的") + 1, len(between) - len(between.lstrip(" \u3000"))]    # a table's cells: 某某公司　营林技师
    cut = max(cuts)
    mod = between[cut:]
    if not after_org and not any(between.endswith(w, 0, cut) for w in _EMPLOYER_WORDS):
        return ""
    if 2 <= len(mod) <= 6 and not mod.endswith("族") and not ORDINAL_WORDS.search(mod) \
            and not any(ch.isdigit() or ch in PUNCT for ch in mod):
        return mod
    return ""


class ArticleFacts:
    """Finds the facts of one article from its text, mentions and entity groups."""

    def __init__(self, article, sentences, cands: list[Candidate], name_of: dict, ctx, groups):
        self.article = article
        self.text = article.text
        self.sentences = sentences
        self.cands = cands
        self.name_of = name_of          # id(candidate) -> canonical entity name
        self.ctx = ctx
        self.groups = groups
        self._roles = {}    # id(person candidate) -> its rows (see roles_for)
        self.appointed: set[tuple] = set()   # (id(person candidate), lo, hi) of rows an appointment gave
        self.for_party: set[tuple] = set()   # (id(person candidate), lo, hi) of rows a party line gave
        self.last_appointment: tuple[str, int] | None = None   # (body, end) of the last appointed post read
        self._referred = None   # see _referred_rows
        self.referred: set[tuple] = set()    # (id(person candidate), lo, hi) of rows 这位 or 由…兼任 gave
        self.addressed: set[tuple] = set()   # (id(person candidate), lo, hi) of rows a letter gives its addressee
        self.by_end, self.by_start = {}, {}
        for c in cands:
            self.by_end.setdefault(c.end, []).append(c)
            self.by_start.setdefault(c.start, []).append(c)
        self.new_entities: dict[str, EntityType] = {}
        # the company whose own paper the page is, when the article names it bare (集团)
        self.house = next((name_of.get(id(c)) for c in cands
                           if c.source == "rule:house.v1" and c.type is EntityType.COMPANY), None)

    # ----------------------------------------------------------- evidence
    def evidence(self, start: int, end: int, source: str) -> Evidence:
        for s in self.sentences:
            if s.start <= start < s.end or (start == s.end and s is self.sentences[-1]):
                return Evidence(self.article.id, s.index, start, end, s.text, source)
        return Evidence(self.article.id, -1, start, end, self.text[start:end], source)

    def _org_ending(self, end: int, lo: int):
        """The org/district candidate ending exactly at ``end`` (not before ``lo``)."""
        for c in self.by_end.get(end, ()):
            if c.start >= lo and c.type not in (PERSON, EntityType.JOURNALIST):
                return c
        return None

    def _org_within(self, lo: int, hi: int):
        """The last org candidate ending inside [lo, hi] (a sub-unit points to it)."""
        best = None
        for c in self.cands:
            if c.type in (PERSON, EntityType.JOURNALIST) or c.start < lo or c.end > hi:
                continue
            if best is None or c.end > best.end:
                best = c
        return best

    # ----------------------------------------------------------- roles
    def chain_segments(self, person: Candidate):
        """Segments (start, end) of the title chain left of a person, left to right."""
        text = self.text
        segs = []
        pos = person.start
        if text[pos - 1:pos] in (" ", "\u3000") and text[past_note(self.text, person.end):][:1] in ("\n", "", "）", ")"):
            # 审判员　某某, …常务副主席　某某（女）, （答复人：某某部部长 某某）: a line or a note signed by its post
            pos = len(text[:pos].rstrip(" \u3000"))
        while pos > 0:
            if (mark := PART_TIME_MARK.search(text, max(0, pos - 5), pos)) is not None:
                pos = mark.start()      # 省总工会副主席（兼）、某某公司工会主席某某: the post before the mark
            j = pos
            while j > 0 and text[j - 1] not in PUNCT:
                j -= 1
                if text[j - 1:j] in ")）":
                    # a short parenthesis inside a name (…控股(集团)有限公司) stays in the segment, and so
                    # does a company's short name noted after it (某某有限公司（以下简称“某某”）焊接技师某某)
                    k = max(text.rfind("(", 0, j), text.rfind("（", 0, j))
                    if k != -1 and (j - k <= 10 and not any(ch in PUNCT for ch in text[k + 1:j - 1])
                                    or ABBREVIATION_NOTE.fullmatch(text, k, j)):
                        j = k
            # 数控车工某甲和焊工某乙: the chain of the name after 和 starts after it
            j = max([j] + [k + 1 for k in range(j + 2, pos) if text[k] in "和及"
                           and any(c.type is PERSON and c.start >= j for c in self.by_end.get(k, ()))])
            seg = (j, pos)
            if not self._segment_has_title(*seg):
                if j > 0 and text[j - 1] == "、" and self._honor_item(j, pos):
                    pos = j - 1      # 装船机司机、某省五一劳动奖章获得者某某: the post before the honor
                    continue
                break
            segs.append(seg)
            if j == 0:
                break
            delim = text[j - 1]
            if delim == "、":
                pos = j - 1
                continue
            if delim in "，,":
                # crossing a comma: keep going only if the earlier part is not
                # itself the tail of another person's listing (…某某，区人大…副主任，…)
                k = j - 1
                m = k
                while m > 0 and text[m - 1] not in "，,。；;：:":
                    m -= 1
                prev_end = m - 1
                if prev_end > 0 and any(c.type in (PERSON, EntityType.JOURNALIST) and c.end == prev_end
                                        for c in self.cands):
                    break
                if any(c.type is PERSON and m <= c.start and c.end <= k for c in self.cands):
                    break   # …负责人某甲当选为主席，…主席某乙: the clause before is another person's
                if not self._segment_has_title(m, k) or m == 0 and False:
                    break
                pos = k
                continue
            break
        segs.reverse()
        return segs

    def paren_segments(self, person: Candidate):
        """Segments of a post chain printed after the name: in parentheses
        (某某（某某公司党委书记、董事长）), or after a space or a comma when the name
        opens a list item (某某 某某公司焊工 / 某某，某某公司电焊工，…)."""
        text = self.text
        opens = text[person.start - 1:person.start] in ("", "\n", "】", "；") or self._labels(person) or ROW_BULLET.search(text, max(0, person.start - 3), person.start) or (
            text[person.start - 1] in "。！？；" and text[person.end:person.end + 1] == "，") or (   # 。某某，某某公司生产总监，…
            self._table_cell(person))     # 7月8日　15:30　某课程　某某　某某大学教授: a table's row
        end = past_note(self.text, person.end) if opens else person.end     # 某某（女）　某某公司质检员
        if opens and (text[end:end + 1] in (" ", "\u3000", "，") or self._labels(person)):
            # a list item: 某某 某某公司焊工 / 某某，某某公司电焊工，主导完成…
            lo = end + 1
            while text[lo:lo + 1] in (" ", "\u3000"):
                lo += 1
            hi = lo
            while hi < len(text) and text[hi] not in "，；。：\n】":
                hi += 1
            if hi - lo > 40:
                return []
            return self._post_segments(lo, hi)     # 某某，某某县总工会党组书记、主席，…: a chain of posts
        at = person.end + 2 if text.startswith(("代表（", "代表(", "委员（", "委员("), person.end) else person.end
        if text[at:at + 1] not in "（(":     # 某某代表（某某公司工会主席）提出的: a deputy's post in the note too
            return []
        close = self._close_paren(at)
        if close == -1 or close - at > 41:
            return []
        return self._post_segments(at + 1, close, marks="、，,")

    def _table_cell(self, person: Candidate) -> bool:
        """True when the name is a cell of a table's row printed as text: set apart
        by spaces on a line of four or more cells."""
        text = self.text
        if text[person.start - 1:person.start] not in (" ", "\u3000") or text[person.end:person.end + 1] not in (" ", "\u3000"):
            return False
        lo, hi = text.rfind("\n", 0, person.start) + 1, text.find("\n", person.end)
        return len(re.findall(r"[ \u3000]+", text[lo:hi if hi != -1 else len(text)].strip())) >= 3

    def _labels(self, person: Candidate) -> bool:
        """True when the name opens a profile's label line (【某某：某某公司班长】)."""
        lo = self.text.rfind("\n", 0, person.start) + 1
        m = LABEL_POST.match(self.text, lo)
        return m is not None and m.span("name") == (person.start, person.end)

    def _post_segments(self, lo: int, hi: int, marks: str = "、") -> list[tuple[int, int]]:
        """[lo, hi) cut at ``marks`` into segments that each end with a post; none
        when one of them does not."""
        segs, a = [], lo
        for k in range(lo, hi + 1):
            if k == hi or self.text[k] in marks:
                if not self._segment_has_title(a, k):
                    return []
                segs.append((a, k))
                a = k + 1
        return segs

    def _honor_item(self, lo: int, hi: int) -> bool:
        """Whether [lo, hi) is an honor (or its winner: 全国五一劳动奖章获得者) in a chain."""
        item = self.text[lo:hi]
        for w in WINNER_NOUNS:
            item = item.removesuffix(w)
        return looks_like_honor(item.strip("“”\""))

    def _segment_has_title(self, lo: int, hi: int) -> bool:
        return hi > lo and (title_at_end(self.text, hi, self.ctx) is not None
                            or job_after_employer(self.text, hi, self.ctx, lo) is not None
                            or self._congress(lo, hi) is not None)

    def _congress(self, lo: int, hi: int):
        """The people's congress a segment ending in 代表 at [lo, hi) names (省人大代表,
        全国人大代表): a delegate is a post there. 代表 alone (职工代表, 获奖代表) is none."""
        if self.text[hi - 2:hi] != "代表":
            return None
        c = self._org_ending(hi - 2, lo)
        return c if c is not None and c.type is EntityType.GOVERNMENT and c.text.endswith(("人大", "人民代表大会")) \
            else None

    def roles_for(self, person: Candidate) -> list[tuple[str, str | None, int, int]]:
        """(title, org name, start, end) rows for a person from its chain; the second
        of two names listed after one title (焊工某甲、某乙) shares the first's. Read
        once per mention: a listing's later names look back at the earlier ones."""
        rows = self._roles.get(id(person))
        if rows is None:
            rows = self._roles[id(person)] = self._read_roles(person)
        return rows

    def _appointed_rows(self, person: Candidate) -> list[tuple[str, str, int, int]] | None:
        """Rows an appointment gives the person (任命某某为…主席, 某某当选…, 作为…主席，
        某某), each post at a body; None when no appointment frames the name."""
        post = appointment_post(self.text, person.start, person.end, self.ctx)
        if not post:
            return None
        slate = post[0][0] < person.start      # 副主席：某甲、某乙: a slate lists the post first
        elected = self.text.endswith(("当选", "当选为"), 0, post[0][0]) \
            or ELECTING.search(self.text, max(0, person.start - 40), person.start) is not None   # 补选某某为…
        rows, prev_org = [], None
        for lo, hi in post:
            title, org = self._split_segment(lo, hi, prev_org)
            if title is not None and org is None:
                org = self._appointed_body(lo, hi - len(title), person.start, hi, slate or elected)
                if title in BOARD_SEATS and org is not None:
                    # 选举某某为职工董事 at a union's congress: a seat on the company's board
                    owner = union_owner(org, self.ctx)
                    org = owner[0] if owner is not None else self.employer_in_article()
            if title is not None and org is not None:
                prev_org = org
                self.last_appointment = (org, hi)
                rows.append((title, org, min(lo, person.start), max(hi, person.end)))
        self.appointed.update((id(person), lo, hi) for _, _, lo, hi in rows)
        return rows

    def _appointed_body(self, lo: int, tstart: int, before: int, hi: int | None = None,
                        election: bool = False) -> str | None:
        """The body of an appointed post printed without its full name: the last one
        named whose name ends with what is printed (当选为联合会主席 -> 某某工会联合会),
        or, for a bare post, the body of the appointment just before (…当选为主席，
        某某当选为副主席) or, in an ``election`` (a slate, 当选), the union named last
        before; else None, and the post is left out."""
        rest = ELECTED_TERM.sub("", self.text[lo:tstart]).replace("工联会", "工会联合会")
        if rest == "委员会":    # 当选第二届委员会委员: a seat on the committee of the union that elects it
            rest, election = "", True
        if rest:      # 当选联合会首任主席, 当选首届工会主席, 当选园区工联会主席: the body so named
            c = self._referent(rest, min(lo, before)) if len(rest) >= 2 else None
            return self.name_of.get(id(c)) if c is not None else None
        if self.last_appointment is not None and (0 <= lo - self.last_appointment[1] <= 60
                                                  and "。" not in self.text[self.last_appointment[1]:lo]
                                                  and not self._bare_member_line(self.last_appointment[1], lo)
                                                  or self.last_appointment[1] == hi):
            return self.last_appointment[0]   # …; 某甲、某乙（女）、某丙当选为副主席: the post the list shares
        if not election:
            return None
        start = min(lo, before)
        held = [(body, m.end("body")) for m in ELECTION_HEAD.finditer(self.text, max(0, start - 200), start)
                if (body := ELECTED_TERM.sub("", m.group("body")))]
        if held:    # 选举产生了联合会第一届委员会，某某当选主席: the body whose committee was elected
            c = self._referent(*held[-1])
            if c is not None and c.type is EntityType.UNION:
                return self.name_of.get(id(c))
        listed = list(COMMITTEE_LIST.finditer(self.text, max(0, start - 200), start))
        if listed:  # 省总工会第十四届经费审查委员会组成人员 over 副主任：某甲、某乙: the committee so headed
            c = self._referent(ELECTED_TERM.sub("", listed[-1].group()), listed[-1].end())
            if c is not None:
                return self.name_of.get(id(c))
        union = self._last_before(start, lambda c: c.type is EntityType.UNION, max(0, start - 200))
        # 某某工会选举产生新一届领导班子：主席　某甲；副主席　某乙, 选举产生了联合会第一届委员会，
        # 某某当选主席: the union the election is held by
        if union is None:
            held = [(body, m.end("body")) for m in ELECTION_HEAD.finditer(self.text, 0, start)
                    if (body := ELECTED_TERM.sub("", m.group("body")))]
            c = self._referent(*held[-1]) if held else None
            union = c if c is not None and c.type is EntityType.UNION else None   # the article's election, a long list before
        return self.name_of.get(id(union)) if union is not None else None

    def _bare_member_line(self, before: int, at: int) -> bool:
        """Whether ``at`` is on a slate's line of its own, below the appointment that ends at
        ``before``, that opens with a bare 委员： (a results table's rows as ingest writes them:
        经审会主任：某甲（…） over 委员：某乙（…）): a seat on the committee elected, not on the
        body of the line above."""
        line = self.text.rfind("\n", 0, at) + 1
        return line > before and self.text.startswith("委员：", line)

    def role_source(self, person: Candidate, lo: int, hi: int) -> str:
        """The rule that read a row of ``roles_for(person)`` spanning [lo, hi)."""
        if (id(person), lo, hi) in self.appointed:
            return "rule:appointment.v1"
        if (id(person), lo, hi) in self.for_party:
            return "rule:party.v1"
        if (id(person), lo, hi) in self.addressed:
            return "rule:addressee.v1"
        if (id(person), lo, hi) in self.referred:
            if PRONOUN_SUBJECT.match(self.text, lo):
                return "rule:pronoun_post.v1"
            if COMPOSED_OF.match(self.text, lo):
                return "rule:composed_of.v1"
            return "rule:held_by.v1" if hi <= person.start else "rule:this_one.v1"
        # a row that runs on from the name is a post stated after it (是某某公司的一名焊工)
        return "rule:stated_post.v1" if lo == person.start and hi > person.end else "rule:title_chain.v1"

    def _stated_rows(self, person: Candidate, at: int | None = None) -> list[tuple[str, str, int, int]]:
        """Posts the sentence states after the name (``rule:stated_post.v1``):
        某某(今年34岁，)是某某公司(焊接车间)的一名焊工 / 某某在某某公司当缝纫工 / 某某是某某公司
        董事长兼总经理, as (title, employer, start, end) rows when a unit is named between.
        ``at``: where the statement starts when not right after the name (他是…)."""
        found = stated_post(self.text, person.end if at is None else at, self.ctx)
        if found is None and at is None and self._opens_sentence(person):
            found = later_stated_post(self.text, person.end, self.ctx)    # 某某…，如今是某公司首席技师
            if found is not None and self._last_before(found[0], lambda c: c.type is PERSON, person.end) is not None:
                found = None     # another person is named between: the clause may be about them
        if found is None:
            return []
        lo, hi, title, end = found
        unit = self._org_within(lo, hi)
        if unit is None and title.startswith("工会") and len(title) > 2 \
                and (union := self._org_ending(hi + 2, lo)) is not None and union.type is EntityType.UNION:
            unit, title = union, title[2:]      # 某某是榆岭煤化工会主席: the post at the union so named
        if unit is None and (m := GENERIC_UNIT.fullmatch(self.text, lo, hi)) is not None and m.group("w"):
            unit = self._generic_unit(m.group("w"), person.start)   # 某某如今已是公司装调班班长
        start = person.start if at is None else at
        if unit is None and STATED_ONE.fullmatch(self.text, lo, hi):
            return [(title, None, start, end)]      # 某某是一名桥吊司机: the post, at the story's employer
        if unit is None or unit.type is EntityType.DISTRICT:
            return []
        org = self.name_of.get(id(unit))
        area_at = unit.end if lo <= unit.start < hi else hi    # after the unit, or after 公司 for a generic one
        area = re.sub(r"^(?:[^的]*的)?(?:一名|一位|一个|名)?", "", self.text[area_at:end - len(title)])   # 是某公司(设备部)的仪表维修工
        rows = []
        if area.endswith("兼"):
            first = area[:-1]
            t1 = title_at_end(first, len(first), self.ctx)
            if t1 is not None and (first == t1 or self._post_modifier(first[:-len(t1)], after_unit=True)):
                rows.append((first, org, start, end))    # 某某公司董事长兼总经理: two posts
                area = ""
        if self._post_modifier(area, after_unit=True):
            title = area + title        # 某某是某某公司织造技师: the work area is part of the post
        return rows + [(title, org, start, end)]

    def _opens_sentence(self, person: Candidate) -> bool:
        """True when the person is the sentence's subject: nothing but a modifier ending
        in 的 (今年51岁的某某) or a noun with no mark (东乡族姑娘某某) stands before the
        name since the sentence began."""
        k = person.start
        while k > 0 and self.text[k - 1] not in "。！？\n":
            k -= 1
        head = self.text[k:person.start].lstrip("”’")     # a quote's close after its 。 opens no clause
        marks = CLAUSE_PUNCT if head.endswith("的") else CLAUSE_PUNCT + "、“”"    # 获得…、被授予“…”称号的某某
        return not any(ch in marks for ch in head) and \
            self._last_before(person.start, lambda c: c.type is PERSON, k) is None

    def _referred_rows(self) -> dict[int, list[tuple[str, str | None, int, int]]]:
        """id(person) -> posts the text gives the person away from the name: after 这位
        in the next sentence (``rule:this_one.v1``: “……”某某说。这位分管经济工作的省总工会
        副主席介绍，…) and before 由 (``rule:held_by.v1``: 联合会主席由…主席某某兼任)."""
        if self._referred is not None:
            return self._referred
        self._referred = {}
        text = self.text
        for m in THIS_ONE.finditer(text):
            lo = hi = m.end()
            while hi < len(text) and text[hi] not in CLAUSE_PUNCT and hi - lo < 40:
                hi += 1
            end = next((k for k in range(lo + 2, hi + 1) if title_at_end(text, k, self.ctx) is not None
                        and AFTER_THIS_ONE.match(text, k)), None)
            person = self._last_before(m.start(), lambda c: c.type is PERSON)
            if end is None or person is None or m.start() - person.end > 80 \
                    or sum(text.count(ch, person.end, m.start()) for ch in "。！？") != 1:
                continue
            rows = self._chain_rows(lo, end)
            self._referred.setdefault(id(person), []).extend(rows)
            self.referred.update((id(person), a, k) for _, _, a, k in rows)
        for m in PRONOUN_SUBJECT.finditer(text):
            # “……”某某说。他是某某公司董事长兼总经理: the post of the one person the sentence before names
            lo = max(text.rfind(ch, 0, m.start() - 1) for ch in "。！？\n") + 1
            before = [c for c in self.cands if c.type is PERSON and lo <= c.start and c.end <= m.start()]
            if not before and lo < m.start() - 1 and text[lo - 1:lo] in "。！？":
                # 如今，她已是公司首席技师: a clause of a sentence that names no one, about the one
                # person the sentence before it names
                prev = max(text.rfind(ch, 0, lo - 1) for ch in "。！？\n") + 1
                before = [c for c in self.cands if c.type is PERSON and prev <= c.start and c.end <= lo]
                if not before:    # 他说，…。他现在是…: the last person the paragraph names
                    para = text.rfind("\n", 0, lo) + 1
                    topic = self._last_before(lo, lambda c: c.type == PERSON and c.start >= para)
                    before = [topic] if topic is not None else []
            if len({self.name_of.get(id(c)) or c.text for c in before}) != 1:
                continue
            rows = [(t, o, m.start(), e) for t, o, _, e in self._stated_rows(before[-1], at=m.end())]
            self._referred.setdefault(id(before[-1]), []).extend(rows)
            self.referred.update((id(before[-1]), a, k) for _, _, a, k in rows)
        for c in self.cands:
            if c.source != "rule:addressee.v1":
                continue
            # 某某委员：/ 您提出的提案收悉。您作为…的市政协委员、某某公司工会主席，…: the addressee's posts
            m = ADDRESSEE_POSTS.search(text, c.end, c.end + 400)
            if m is None or self._last_before(m.start(), lambda x: x.type is PERSON and x.source == "rule:addressee.v1") is not c:
                continue
            lo = m.start("chain") + m.group("chain").rfind("的") + 1
            rows = self._chain_rows(lo, m.end("chain"))
            self._referred.setdefault(id(c), []).extend(rows)
            self.addressed.update((id(c), a, k) for _, _, a, k in rows)
        for m in CAREER_POST.finditer(text):
            # 宫某某同志…。1993年调任某区总工会党组书记、主席，1998年任…: a career told of the one it is about
            person = self._last_before(m.start(), lambda c: c.type is PERSON)
            if person is None or m.start() - person.end > 400:
                continue
            hi = m.end()
            while hi < len(text) and text[hi] not in "，。；,;\n" and hi - m.end() < 50:
                hi += 1
            rows = self._chain_rows(m.end(), hi, at_a_body=True)
            self._referred.setdefault(id(person), []).extend(rows)
            self.referred.update((id(person), a, k) for _, _, a, k in rows)
        composed = None
        for m in COMPOSED_OF.finditer(text):
            # 同意由某甲、某乙等9名同志组成某某公司工会第三届委员会，某甲同志任主席: members and posts
            body = composed = self._composed_body(m.start("body"), m.end("body"), composed)
            if body is None:
                continue
            posts = [("委员", m.start("names"), m.end("names"))]
            pos = m.end()
            while (p := COMMITTEE_POST.match(text, pos)) is not None:
                if self.ctx.titles.get(p.group("title")) in ("leader", "member"):
                    posts.append((p.group("title"), p.start("names"), p.end("names")))
                pos = p.end()
            for title, lo, hi in posts:
                for c in self.cands:
                    if c.type is PERSON and lo <= c.start and c.end <= hi:
                        self._referred.setdefault(id(c), []).append((title, body, m.start(), m.end()))
                        self.referred.add((id(c), m.start(), m.end()))
        for m in HELD_BY.finditer(text):
            # 联合会主席由某某公司工会主席某某兼任: the post before 由 is the named person's
            person = next((c for c in self.by_end.get(m.end("chain"), ()) if c.type is PERSON), None)
            lo = max(text.rfind(ch, 0, m.start()) for ch in CLAUSE_PUNCT) + 1
            hi = m.start()
            if person is None or not self._segment_has_title(lo, hi):
                continue
            title, org = self._split_segment(lo, hi, None)
            if title is not None and org is not None:
                self._referred.setdefault(id(person), []).append((title, org, lo, hi))
                self.referred.add((id(person), lo, hi))
        return self._referred

    def _composed_body(self, lo: int, hi: int, before: str | None) -> str | None:
        """The committee a COMPOSED_OF phrase names: a union's own (某某公司工会第三届委员会 ->
        the union) or, named with no union, the committee of the union last named
        (第三届经费审查委员会 -> 某某公司工会经费审查委员会; ``before``: the committee the
        text made up just before, whose union it is)."""
        words = ELECTED_TERM.sub("", self.text[lo:hi])
        union = self._org_within(lo, hi)
        if union is not None and union.type in (EntityType.UNION, EntityType.COMPANY):
            rest = ELECTED_TERM.sub("", self.text[union.end:hi])
            name = self.name_of.get(id(union), union.text)
            if union.type is EntityType.COMPANY:
                if not rest.startswith("工会"):
                    return None
                name, rest = name + "工会", rest[2:]     # 某某公司|工会第三届委员会: the company's union
                self.new_entities.setdefault(name, EntityType.UNION)
            return name if rest in ("", "委员会") else self._committee(name, rest)
        last = self._last_before(lo, lambda x: x.type is EntityType.UNION)
        union = before if before is not None and self._is_union(before) and before.endswith("工会") else \
            self.name_of.get(id(last), last.text) if last is not None else None
        if union is None or words not in UNION_BODIES:
            return None
        return self._committee(union, words)

    def _chain_rows(self, lo: int, end: int, at_a_body: bool = False) -> list[tuple[str, str | None, int, int]]:
        """The posts of a chain with no name after it (市总工会副主席、某某公司董事长), one row
        per segment parted by 、, a segment with no body of its own at the body before it.
        ``at_a_body``: only posts the lexicon knows, at a body the chain names."""
        rows, prev_org, a = [], None, lo
        for k in range(lo, end + 1):
            if k < end and self.text[k] != "、":
                continue
            if self._segment_has_title(a, k) and (not at_a_body or title_at_end(self.text, k, self.ctx) is not None):
                title, org = self._split_segment(a, k, prev_org)
                if title is not None and (org or prev_org or not at_a_body):
                    prev_org = org or prev_org
                    rows.append((title, prev_org if at_a_body else org, a, k))
            a = k + 1
        return rows

    def _read_roles(self, person: Candidate) -> list[tuple[str, str | None, int, int]]:
        return self._read_own_roles(person) + self._referred_rows().get(id(person), [])

    def _read_own_roles(self, person: Candidate) -> list[tuple[str, str | None, int, int]]:
        if (party := party_post(self.text, person.start, person.end, self.ctx)) is not None:
            return self._party_rows(person, *party)
        segs = self.chain_segments(person) or self.paren_segments(person)
        if not segs and self.text[person.start - 1:person.start] in ("、", "和"):
            prev = next((c for c in self.by_end.get(person.start - 1, ()) if c.type == PERSON), None)
            if prev is not None:
                shared = self.roles_for(prev)    # 补选某甲、某乙为…委员, 某甲、某乙等: the posts the list shares
                self.appointed.update((id(person), lo, person.end) for _, _, lo, hi in shared
                                      if (id(prev), lo, hi) in self.appointed)
                return [(t, o, lo, person.end) for t, o, lo, _ in shared]
        appointed = self._appointed_rows(person)
        if not segs:
            if appointed is not None:
                return appointed
            return self._stated_rows(person) or self._appositive_rows(person)
        rows = []
        prev_org = None
        if segs and self.text[segs[0][0] - 1:segs[0][0]] in ("，", ",", "、"):
            # …副主席某甲、某乙，一级巡视员某丙 / 某医院党委书记某甲、院长某乙: a post with no body of
            # its own, listed after another official, is at the body of the official before
            prev = next((c for c in self.by_end.get(segs[0][0] - 1, ()) if c.type == PERSON), None)
            if prev is None and self.text[segs[0][0] - 1] in "，,":
                prev = self._speaker_of_clause_before(segs[0][0] - 1)
            if prev is not None and prev is not person:
                prev_org = next((o for _, o, _, _ in reversed(self.roles_for(prev)) if o is not None), None)
        for lo, hi in segs:
            title, org = self._split_segment(lo, hi, prev_org)
            if title is None:
                continue
            if org is not None:
                prev_org = org
            rows.append((title, org, lo, person.end))
        # 机电队班组长某某是公司首席技师: a second post stated after the name
        rows += [st for st in self._stated_rows(person) or self._appositive_rows(person)
                 if all(st[0] != t for t, _, _, _ in rows)]
        return rows + (appointed or [])

    def _speaker_of_clause_before(self, comma: int) -> Candidate | None:
        """The official who opens the clause ending at ``comma`` when the rest of the clause
        is a predicate naming no body (集团董事长、党委书记某甲出席会议并讲话，总经理某乙…)."""
        start = comma
        while start > 0 and self.text[start - 1] not in CLAUSE_PUNCT:
            start -= 1
        prev = self._last_before(comma, lambda c: c.type == PERSON, start)
        if prev is None or not CLAUSE_PREDICATE.fullmatch(self.text, prev.end, comma) \
                or self._last_before(comma, lambda c: c.type not in (PERSON, EntityType.JOURNALIST), prev.end):
            return None
        return prev

    def _party_rows(self, person: Candidate, label: str, post: list[tuple[int, int]]) -> list[tuple[str, str, int, int]]:
        """Posts of a person acting for a party to a case (``rule:party.v1``): a legal
        representative's at the party named on the line before (被告：某某公司… /
        法定代表人：某某，该公司执行董事。), and the posts after the comma, 该公司 being
        that party (委托诉讼代理人：某某，某某律师事务所律师。)."""
        party = self._last_before(person.start, lambda c: c.type in (EntityType.COMPANY, EntityType.ORGANIZATION,
                                                                     EntityType.GOVERNMENT, EntityType.UNION),
                                  max(0, person.start - 150))
        party_name = self.name_of.get(id(party)) if party is not None else None
        rows = []
        if label == "法定代表人" and party_name is not None:
            rows.append((label, party_name, person.start - len(label) - 1, person.end))
        for lo, hi in post:
            title, org = self._split_segment(lo, hi, None)
            if title is not None and org is None and self.text.startswith(("该公司", "该单位", "被告", "原告"), lo):
                org = party_name     # 该公司执行董事: the party the person acts for
            if title is not None and org is not None:
                rows.append((title, org, person.start, hi))
        self.for_party.update((id(person), lo, hi) for _, _, lo, hi in rows)
        return rows

    def _appositive_rows(self, person: Candidate) -> list[tuple[str, str, int, int]]:
        """Posts at a named unit set off by commas right after the name (宣讲团成员某某，
        全国五一劳动奖章获得者，某某公司带电作业班班长。), an honor's clause passed over;
        none when another person is named in the clause or no unit is named."""
        text, lo = self.text, person.end + 1
        if text[person.end:lo] not in ("，", ","):
            return []
        while True:
            hi = lo
            while hi < len(text) and text[hi] not in "，,；。：:\n（(）)":
                hi += 1
            if hi - lo > 40 or hi == len(text) or any(
                    c.type in (PERSON, EntityType.JOURNALIST) and lo <= c.start < hi for c in self.cands):
                return []
            if not self._honor_item(lo, hi):
                break
            lo = hi + 1
        nxt = hi + 1
        while nxt < len(text) and text[nxt] not in "，,；。：:\n":
            nxt += 1
        if text[hi] in "，," and any(c.type is PERSON and hi < c.start < nxt for c in self.cands):
            return []   # 区委办公室主任某甲，区人大常委会副主任，区总工会主席某乙: the next name's chain
        rows, prev_org = [], None
        for a, k in self._post_segments(lo, hi):
            title, org = self._split_segment(a, k, prev_org)
            if title is None or org is None:
                return []
            rows.append((title, org, person.start, hi))
            prev_org = org
        return rows

    def _split_segment(self, lo: int, hi: int, prev_org):
        text = self.text
        if (congress := self._congress(lo, hi)) is not None:     # 省人大代表、某某公司班长某某
            return ("代表", self.name_of[id(congress)]) if id(congress) in self.name_of else (None, None)
        options = self.ctx.title_index.all_ending_at(text, hi, lo)
        options = [t for t in options if not opens_in_zonggonghui(text, hi, t)] \
            or options     # 街道总|工会主席: the post is 主席, at the 总工会
        if not options and (job := self.ctx.trade_job_ending_at(text, hi)) is not None and hi - len(job) >= lo:
            options = [job]     # 冰雕师某某: a trade's job the lexicon lacks
        if not options:
            k = job_after_employer(text, hi, self.ctx, lo)
            c = self._org_ending(len(text[:k].rstrip(" \u3000")), lo) if k is not None else None
            if c is None and k is not None and (c := self._org_within(lo, k)) is not None \
                    and not (c.type in (EntityType.COMPANY, EntityType.ORGANIZATION)
                             and SUBUNIT_BETWEEN.fullmatch(text, c.end, k)):
                c = None
            if c is not None:   # 某某陶瓷文化有限公司(热轧分厂)烧成工: a job the lexicon lacks, after its employer
                return self._fix_title(text[k:hi], self.name_of.get(id(c)), prev_org)
            return None, None
        for t in options:
            tstart = hi - len(t)
            c = self._org_ending(len(text[:tstart].rstrip(" \u3000")), lo)    # 某某公司　高级技师: a table's cells
            if c is not None:
                return self._fix_title(t, self.name_of.get(id(c)), prev_org)
        t = options[0]
        tstart = hi - len(t)
        if tstart == lo:
            if t in GACHA_HEADS:    # 嘎查党支部书记、嘎查达某某, 嘎查长某某: the 嘎查 the chain or the paragraph named
                return self._fix_title(t, self._village("嘎查", lo, prev_org), prev_org)
            if text[lo - 1:lo] in ("（", "(") and (noted := self._body_before_note(t, lo, prev_org)) is not None:
                return noted
            if t.startswith("工会") and len(t) > 2 and prev_org is None \
                    and (found := self._company_union_before(t, lo, prev_org)) is not None:
                return found
            return self._fix_title(t, None, prev_org, inherit=True)
        c = self._org_within(lo, tstart)
        # the post after a company's noted short name (某某有限公司（以下简称“某某”）焊接技师): after the note
        unit_end = None if c is None else c.end if (note := NOTE_CLOSE.match(text, c.end)) is None \
            or note.end() > tstart else note.end()
        between = "" if c is None else text[unit_end:tstart].strip(" \u3000")
        if c is not None and c.type is EntityType.UNION and (body := committee_printed(between)) \
                and self.name_of.get(id(c)):
            # 某市总工会　女职工委员会主任 (a table's cells), 市总工会经审会办公室主任: the union's own committee
            return self._fix_title(t, self._committee(self.name_of[id(c)], body), prev_org)
        if c is not None and c.type in (EntityType.COMPANY, EntityType.ORGANIZATION) and between.startswith("工会") \
                and (body := committee_printed(between[2:])) and self.name_of.get(id(c)):
            # 某某有限责任公司工会经费审查委员会副主任: the committee of the company's union
            union = self.name_of[id(c)] + "工会"
            self.new_entities.setdefault(union, EntityType.UNION)
            return self._fix_title(t, self._committee(union, body), prev_org)
        if c is not None and c.type is EntityType.DISTRICT and text[unit_end:tstart].endswith(SUBUNIT_ENDS) \
                and (owner := self._org_ending(c.start, lo)) is not None \
                and owner.type in (EntityType.COMPANY, EntityType.ORGANIZATION):
            c, unit_end = owner, owner.end   # 某某配送服务有限公司|裕华|站站长: the company's station named after a place
        if c is not None and c.type is EntityType.DISTRICT and self.ctx.titles.get(t) == "worker":
            c = None    # 来自某市的货车司机: a place is where a worker comes from, not an employer
        org = self.name_of.get(id(c)) if c is not None else None
        rest = text[lo:tstart]
        if self.ctx.titles.get(t) == "worker" and (mod := _job_modifier(text[unit_end:tstart] if c is not None else rest,
                                                                       c is not None)):
            # 某某公司育种技术员, 某某公司炼钢厂转炉炉长, 公司芯片测试工程师某某: the post as printed,
            # modifier and all
            return self._fix_title(mod + t, org, prev_org)
        if prev_org and c is None and (town := TOWN_UNION.fullmatch(rest)) and town.group(1) in prev_org:
            # 某某街道党工委委员、街道总工会主席: the union of the township the chain named
            level = town.group(1)
            body = prev_org[:prev_org.rfind(level) + len(level)] + rest[len(level):]
            self.new_entities.setdefault(body, EntityType.UNION)
            return self._fix_title(t, body, prev_org)
        if c is None and org is None and (head := COMPANY_UNION_HEAD.fullmatch(rest)) and head.group("committee") \
                and (body := self.company_union_body(rest, lo)) is not None:
            # 质检组长、公司工会女职工委员会主任某某: the committee of the company union named last
            return self._fix_title(t, body, prev_org)
        if c is None and org is None and (organ := TOWN_ORGAN.match(rest + t)) and (rest + t)[organ.end():] in self.ctx.titles \
                and (town := self._township(organ.group(1), lo, prev_org)) is not None:
            # 街道党工委副书记、街道办事处主任某某: the organ of the township the article named
            body = town + organ.group(2)
            self.new_entities.setdefault(body, EntityType.GOVERNMENT)
            return self._fix_title((rest + t)[organ.end():], body, prev_org)
        if prev_org and c is None and (body := committee_printed(rest)) and self._is_union(prev_org):
            # 省总工会副主席、女职工委员会主任某某: the union's own committee
            return self._fix_title(t, self._committee(prev_org, body), prev_org)
        if not prev_org and c is None and (body := committee_printed(rest)) \
                and (u := self._last_before(lo, lambda x: x.type is EntityType.UNION and not self._in_person_note(x))) \
                is not None:
            # 经审委副主任某某, 经审办主任某某 after the union's name: the committee of the union named last
            # (not of one a person's note names: 副主席：某某（某某公司工会主席）)
            union = self.name_of.get(id(u), u.text)
            union = next((union[:-len(b)] for b in UNION_BODIES if union.endswith(b) and len(union) > len(b)), union)
            return self._fix_title(t, self._committee(union, body), prev_org)
        if c is None and "的" in rest:
            rest = rest[rest.rfind("的") + 1:]     # 刚送完一单的|某某外卖骑手: the brand after the clause
        kind = next((k for k in BRAND_KINDS if t.startswith(k) and t[len(k):] in self.ctx.titles), None)
        if c is None and kind and 2 <= len(rest) <= 6:
            rest, t = rest + kind, t[len(kind):]     # 某某|外卖骑手 -> 某某外卖, 骑手
        if c is None and org is None and 3 <= len(rest) <= 8 and rest.endswith(BRAND_KINDS) \
                and rest[:1] not in "该本这其" and not any(ch in PUNCT for ch in rest):
            self.new_entities.setdefault(rest, EntityType.COMPANY)   # 某某外卖骑手: a brand is the employer
            return self._fix_title(t, rest, prev_org)
        if prev_org and (c is None or c.start > lo) and rest.startswith(WORKING_ORGANS):
            organ = prev_org + rest[:next(len(w) for w in WORKING_ORGANS if rest.startswith(w))]
            self.new_entities.setdefault(organ, EntityType.GOVERNMENT)
            return self._fix_title(t, organ, prev_org)
        if org is None and prev_org and rest.endswith(DEPARTMENT_SUFFIXES) and len(rest) <= 8:
            # 省总工会女职工委员会主任、女职工部部长: a department of the body before (of the union,
            # not of its committee)
            body = next((prev_org[:-len(b)] for b in UNION_BODIES if prev_org.endswith(b) and len(prev_org) > len(b)),
                        prev_org)
            owner = union_owner(body, self.ctx)
            if owner is not None and owner[1] is EntityType.COMPANY and rest[:-1] not in UNION_DEPARTMENTS:
                body = owner[0]     # 公司工会副主席、财务部副部长: the company's department, not its union's
            return self._fix_title(t, body, prev_org)
        if c is None:
            rest = SEGMENT_VERB.sub("", rest)
        if org is None and c is None:
            printed = rest + ("工会" if t.startswith("工会") else "")
            if (m := UNION_REFERENCE.fullmatch(printed)) is not None:
                # 楼宇联合工会主席某某, 公司工会委员会主席某某, 街道总工会主席某某: the union of that kind
                u = self._union_of_kind(m, lo)
                if u is not None:
                    return t[2:] if t.startswith("工会") and len(t) > 2 else t, self.name_of.get(id(u))
        if org is None and honor_like(text[lo:tstart]):
            return self._fix_title(t, None, prev_org, inherit=True)
        area = text[unit_end if c is not None else lo:tstart]
        if t.startswith("车间") and len(t) > 2 and NAMED_SHOP.fullmatch(area):
            t = t[2:]           # 焊装车间|主任: the post in a named workshop (a sub-unit) is 主任
            if c is None:
                rest += "车间"   # the workshop of the company the story is about (GENERIC_UNIT)
        elif self._post_modifier(area, after_unit=c is not None) and not t.startswith("车间"):
            t = area + t        # 质检班长, 某某公司行政经理: a work area printed before the post is part of it
        if org is None and c is None and t.startswith("工会") and len(t) > 2 and rest in ("该", "本") \
                and (found := self._company_union_before(t, lo, prev_org)) is not None:
            return found
        if org is None and c is None and rest in VILLAGE_ORGANS:
            # 某某村党支部书记、村委会主任某某, 社区党委书记某某: the post is the village's (community's)
            return self._fix_title(t, self._village(rest, lo, prev_org), prev_org)
        if org is None and c is None and rest.endswith("厂") and works_by_trade(rest.removesuffix("厂"), self.ctx) \
                and (unit := self._generic_unit(None, lo)) is not None:
            org = self.name_of.get(id(unit))    # 炼钢二厂厂长某某: a post in a company's works is the company's
        if org is None and (m := GENERIC_UNIT.fullmatch(rest)) is not None:
            unit = self._generic_unit(m.group("w"), lo)
            if unit is not None:
                org = self.name_of.get(id(unit))
            elif m.group("w") in (None, "公司", "企业", "集团", "集团公司"):
                org = self._owner_of_union_before(lo)
        if org is None and c is None and rest in UNIT_NOUNS and t not in ("主席", "副主席") \
                and (unit := self._referent(rest, lo)) is not None and unit.type is not EntityType.DISTRICT:
            org = self.name_of.get(id(unit))    # 中心主任某某, 驿站站长某某: the centre, the station named before
        if org is None and c is None and self.house is not None and HOUSE_DEPARTMENT.fullmatch(rest):
            org = self.house    # 质量部部长某某 in a company's own paper: a department of the house
        if org is None and c is None and HOUSE_DEPARTMENT.fullmatch(rest) and (head := self.headline_company) is not None \
                and self._last_before(lo, lambda x: x.type in ORG_TYPES, text.rfind("\n", 0, lo) + 1) is None:
            org = self.name_of.get(id(head))    # 人力资源部部长某某 in a story about the company the headline names
        return self._fix_title(t, org, prev_org)

    def _body_before_note(self, t: str, lo: int, prev_org):
        """A post in a note right after its body (``lo`` is just inside the bracket): the body
        the note follows, a union's department or committee, another department, or a team
        of the company its line names; None when no such body is printed before the note."""
        text = self.text
        if (owner := self._org_ending(lo - 1, 0)) is not None:
            # 某区总工会（主席 某某）: the post of the body the note follows
            return self._fix_title(t, self.name_of.get(id(owner)), prev_org)
        if (unit := UNION_UNIT_BEFORE_NOTE.search(text, max(0, lo - 16), lo - 1)):
            # 集团工会组织宣传部（部长 某某）, 集团工会女职工委员会（主任 某某）: a department of the union
            # printed before it (else of the story's company's union), or the union's own committee
            owner = self._org_ending(unit.start() + 2, 0)
            body = self.name_of.get(id(owner)) if owner is not None else self._union_of_employer()
            if body is not None:
                return self._fix_title(t, self._committee(body, unit.group("unit")) if unit.group("unit") in UNION_BODIES
                                       else body, prev_org)
        if (dept := DEPARTMENT_BEFORE_NOTE.search(text, max(0, lo - 12), lo - 1)):
            # 承办部门：人力资源部（部长 某某）: a department of the body printed before it, else of the
            # story's company
            owner = self._org_ending(dept.start(), 0)
            body = self.name_of.get(id(owner)) if owner is not None else self.employer_in_article()
            if body is not None:
                return self._fix_title(t, body, prev_org)
        if TEAM_BEFORE_NOTE.search(text, max(0, lo - 10), lo - 1) \
                and (owner := self._last_before(lo, lambda c: c.type in (EntityType.COMPANY, EntityType.ORGANIZATION),
                                                text.rfind("\n", 0, lo) + 1)) is not None:
            # 某某煤矿：综采一队（队长 某某）、掘进三队（队长 某某）: a team of the company the line names
            return self._fix_title(t, self.name_of.get(id(owner)), prev_org)
        return None

    def _township(self, level: str, lo: int, prev_org: str | None) -> str | None:
        """The township (某某街道, 某某镇) of ``level`` that the chain's body or the body or place
        named last before ``lo`` opens with (历下区某某街道总工会, 某某街道党工委): its name."""
        pattern = TOWNSHIP_IN_NAME[level]
        named = (self.name_of.get(id(c), c.text) for c in reversed(self.cands)
                 if c.end <= lo and c.type not in (PERSON, EntityType.JOURNALIST))
        return next((m.group(1) for name in itertools.chain([prev_org], named)
                     if name and (m := pattern.search(name)) is not None), None)

    def _village(self, organ: str, lo: int, prev_org: str | None) -> str | None:
        """The village (嘎查, community) a village organ's post printed with no name belongs to:
        the one the chain named, else the one named last before ``lo`` in its paragraph."""
        ends = ("社区",) if organ.startswith(("社区", "居")) else ("村", "嘎查")
        if prev_org and prev_org.endswith(ends):
            return prev_org
        para = self.text.rfind("\n", 0, lo) + 1
        v = self._last_before(lo, lambda x: x.type is EntityType.DISTRICT and x.text.endswith(ends), para)
        return self.name_of.get(id(v), v.text) if v is not None else None

    def company_union_body(self, head: str, before: int) -> str | None:
        """The body a list's heading names by kind alone (公司工会第三届委员会 -> the company
        union named last before ``before``; 公司工会第三届经费审查委员会 -> its committee);
        None for any other heading."""
        m = COMPANY_UNION_HEAD.fullmatch(ELECTED_TERM.sub("", head))
        if m is None:
            return None
        union = self._last_before(before, lambda c: c.type is EntityType.UNION
                                  and union_owner(self.name_of.get(id(c)) or c.text, self.ctx) is not None)
        if union is None:
            return None
        name = self.name_of.get(id(union), union.text)
        return self._committee(name, m.group("committee")) if m.group("committee") else name

    def _committee(self, union: str, committee: str) -> str:
        """The name of a union's own committee (某市总工会 + 女职工委员会), an entity of its own,
        its short form written out (经审会 → 经费审查委员会, 女职委 → 女职工委员会)."""
        committee = COMMITTEE_NAMES.get(committee, committee)
        if union.endswith(committee):
            return union    # 省总工会经审会主任、经审会委员某某: the committee named again
        forms = next((set(g.forms) | {g.name} for g in self.groups if g.name == union), {union})
        printed = next((g.name for g in self.groups if g.type is EntityType.UNION and g.name.endswith(committee)
                        and ((short := g.name[:-len(committee)]) in forms or company_union_short_of(short, union))),
                       None)
        if printed is not None:
            return printed  # 振皖集团工会经费审查委员会 printed, the union's short form in it: the committee
        body = union + committee
        self.new_entities.setdefault(body, EntityType.UNION)
        return body

    def _company_union_before(self, t: str, lo: int, prev_org):
        """A union post printed with no body (工会主席某某) in a company's story: the
        post at the company union named last before ``lo``, else at the union of the
        article's one company; None when there is neither."""
        u = self._last_before(lo, lambda x: x.type is EntityType.UNION and union_owner(
            self.name_of.get(id(x)) or x.text, self.ctx) is not None)
        if u is not None:
            return t[2:], self.name_of.get(id(u))
        employer = self.employer_in_article()
        return self._fix_title(t, employer, prev_org) if employer is not None else None

    def _post_modifier(self, rest: str, after_unit: bool = False) -> bool:
        """True when ``rest``, printed right before a post, names a work area (质检, 行政,
        调度, 芯片测试, SMT工艺): two to four Han characters or Latin letters and Han
        characters, cut by jieba into one or two words of two characters or more that
        are no place, body, unit, people or event, nor a word of the chain (现任, 分管).
        ``after_unit``: right after the unit's name, where a verb names a craft too
        (某某公司焊接技师, 织造技师), never the chain's verb (当选, 担任)."""
        if not MODIFIER_RE.fullmatch(rest) or rest in self.ctx.division_names or rest.endswith(SUBUNIT_ENDS) \
                or rest in VILLAGE_ORGANS \
                or COURT_DIVISION.search(rest) \
                or any(ch in MODIFIER_STOP_CHARS for ch in rest) or GENERIC_UNIT.fullmatch(rest):
            return False
        words = []
        for t in self.ctx.seg.tokens(rest):     # two single characters are one word the dictionary
            if len(t.text) == 1 and words and words[-1][1]:     # lacks (运维, 制茶)
                words[-1] = (words[-1][0] + t.text, True)
            else:
                words.append((t.text, len(t.text) == 1))
        if any(unknown and (len(w) > 2 or i < len(words) - 1) for i, (w, unknown) in enumerate(words)) \
                or any(rest == c.text for c in self.cands if c.type not in (PERSON, EntityType.JOURNALIST)):
            return False    # a shop name before its trade (某韵茶业制茶师, 某准轴承装配钳工, 金某源总经理): a brand
        return len(words) <= 2 and all(self._area_word(w, after_unit) for w, _ in words)

    def _area_word(self, w: str, after_unit: bool) -> bool:
        """A word of a work area: two characters or more (or Latin letters), a noun (or,
        ``after_unit``, a verb), no place's short form."""
        tag = self.ctx.seg.tags.get(w, "")
        noun = not tag.startswith(("v", "d", "r", "p", "c", "m", "t", "nr", "ns", "nz")) or tag == "vn" \
            or after_unit and tag == "v"
        return (len(w) >= 2 or w.isascii()) and noun and not self.ctx.lex.divisions_by_short(w)

    def _union_of_kind(self, m, at: int):
        """The union a reference by kind means (m: a UNION_REFERENCE match): the one
        of that kind named last before ``at``, else the first named after it (公司工会
        委员会主席某某 … 某某有限公司工会委员会). A place kind narrows the kind (街道总工会
        is a street's federation, 联合会 alone a 工会联合会)."""
        if m.group("t"):
            kinds = (m.group("t") + "总工会",)
        elif m.group("k"):
            place = m.group("p") if m.group("p") in PLACE_KINDS else ""
            # 园区工会联合会 for 某某产业园工会联合会: the place narrows the kind when it can
            kinds = (place + m.group("k"), m.group("k")) if place else (m.group("k"),)
        else:
            kinds = ("工会联合会",)
        for kind in kinds:
            test = lambda x: x.type is EntityType.UNION and (self.name_of.get(id(x)) or x.text).endswith(kind)   # noqa: E731,B023
            u = self._last_before(at, test)
            if u is None:
                u = min((c for c in self.cands if c.start >= at and test(c)), key=lambda c: c.start, default=None)
            if u is not None:
                return u
        return None

    def _last_before(self, before: int, test, start: int = 0):
        """The nearest candidate ending by ``before`` (and starting at ``start`` or
        later) that passes ``test``."""
        best = None
        for c in self.cands:
            if start <= c.start and c.end <= before and test(c):
                best = c
        return best

    def employer_in_sentence(self, person: Candidate) -> str | None:
        """The company, hospital or school named last before a worker in the worker's
        sentence, if any (来到某县人民医院，看望了急诊科医生某某)."""
        sent = next((s for s in self.sentences if s.start <= person.start < s.end), None)
        if sent is None:
            return None
        m = WORKS_AT.match(self.text, person.end)
        if m is not None:   # 快递员某某在某某快递干了三年: the unit the worker works at, named after
            at = next((c for c in self.by_start.get(m.end(), ()) if c.type is EntityType.COMPANY), None)
            if at is not None and WORKS_VERB.match(self.text, at.end):
                return self.name_of.get(id(at))
        best = self._last_before(person.start, lambda c: c.type is EntityType.COMPANY or (
            c.type is EntityType.ORGANIZATION and WORKPLACE_ORG.search(c.text) is not None), sent.start)
        return self.name_of.get(id(best)) if best is not None else None

    def stated_employers(self) -> dict[str, str]:
        """Person name -> the company a sentence says the person works at with no post
        (某某是回族小伙，…，2019年起在某某配送服务有限公司（以下简称“某某”）跑外卖):
        the person is the sentence's one person, named before 在 + company + a verb of
        working."""
        out = {}
        for s in self.sentences:
            for m in re.finditer("在", s.text):
                at = s.start + m.end()
                unit = next((c for c in self.by_start.get(at, ()) if c.type is EntityType.COMPANY), None)
                if unit is None:
                    continue
                after = self._after_paren(unit.end, s.end)
                if after != -1:
                    after = WORKS_BRANCH.match(self.text, after).end()
                if after == -1 or not WORKS_VERB.match(self.text, after):
                    continue
                people = {self.name_of.get(id(c)) for c in self.cands
                          if c.type is PERSON and s.start <= c.start and c.end <= at}
                if len(people) == 1:
                    out.setdefault(people.pop(), self.name_of.get(id(unit)))
        for m in WORKS_WITHIN.finditer(self.text):
            # 快递员某某……。他所在的某某物流有限公司有60多名快递员: the unit the person belongs to
            unit = next((c for c in self.by_start.get(m.end(), ()) if c.type is EntityType.COMPANY), None)
            if unit is None:
                continue
            if m.group("who"):
                person = self._last_before(m.start() + 1, lambda c: c.type is PERSON,
                                           self.text.rfind("\n", 0, m.start()) + 1)
            else:
                person = next((c for c in self.by_end.get(m.start(), ()) if c.type is PERSON), None)
            if person is not None:
                out.setdefault(self.name_of.get(id(person)), self.name_of.get(id(unit)))
        return out

    def listing_unit(self, person: Candidate) -> str | None:
        """The unit a listing's block is headed by, for the contact it names
        (1. 某某电子科技有限公司 / 招聘岗位：… / 联系人：某某（人事主管）): the last company or
        organisation that opens a line above the contact's line, within the listing."""
        label = CONTACT_LABEL.search(self.text, max(0, person.start - 8), person.start)
        if label is None or label.end() != person.start:
            return None
        lo = self.text.rfind("\n", 0, person.start) + 1
        head = self._last_before(lo, lambda c: c.type in (EntityType.COMPANY, EntityType.ORGANIZATION)
                                 and LISTING_HEAD.fullmatch(self.text, self.text.rfind("\n", 0, c.start) + 1, c.start)
                                 is not None, max(0, lo - 600))
        return self.name_of.get(id(head)) if head is not None else None

    def rota_firm(self, person: Candidate) -> str | None:
        """The law firm a rota's row names before a lawyer (周一　某某律师事务所　某某律师)."""
        if not ROTA_LAWYER.match(self.text, person.start) or not self.text.startswith("律师", person.end):
            return None
        lo = self.text.rfind("\n", 0, person.start) + 1
        firm = self._last_before(person.start, lambda c: c.type in ORG_TYPES and c.text.endswith("律师事务所"), lo)
        return self.name_of.get(id(firm)) if firm is not None else None

    def employer_before(self, at: int) -> str | None:
        """The company named last before ``at`` in the article."""
        best = self._last_before(at, lambda c: c.type is EntityType.COMPANY)
        return self.name_of.get(id(best)) if best is not None else None

    def employer_in_paragraph(self, at: int) -> str | None:
        """The company named last before ``at`` in its paragraph (进位于某地的某某有限公司，
        …车间里…。涂布班班长某某…): the unit the paragraph is about."""
        lo = self.text.rfind("\n", 0, at) + 1
        best = self._last_before(at, lambda c: c.type is EntityType.COMPANY, lo)
        return self.name_of.get(id(best)) if best is not None else None

    def employer_in_article(self) -> str | None:
        """The article's one company, when it names exactly one (焊工某某 in a report
        about one factory), or the one of them its headline names: the employer a
        reader takes for granted."""
        names = {self.name_of.get(id(c)) for c in self.cands if c.type is EntityType.COMPANY}
        if self.house is not None and names - {self.house}:
            names.discard(self.house)   # a company paper's 集团 is the story's employer only when no unit is named
        names |= {n for n, t in self.new_entities.items() if t is EntityType.COMPANY}   # brands before posts
        for c in self.cands if not names else ():
            if c.type is EntityType.UNION and (owner := union_owner(self.name_of.get(id(c)) or c.text, self.ctx)) \
                    and owner[1] is EntityType.COMPANY:
                names.add(owner[0])     # 某公司工会主席某某说 … 滑雪教练某某: printed only in its union's name
        if len(names) > 1:
            # 某某酒店管理有限公司签订工资专项集体合同 (星级酒店 in the text): the one the headline names
            names = {n for n in names if n and n in self.article.headline and REGISTERED_NAME.search(n)} or names
        return names.pop() if len(names) == 1 else None

    def _union_of_employer(self) -> str | None:
        """The union of the story's company (集团工会 in a report of 某某集团有限公司), when it is an entity."""
        employer = self.employer_in_article()
        return employer + "工会" if employer is not None and self._is_union(employer + "工会") else None

    def is_company(self, name: str) -> bool:
        return any(self.name_of.get(id(c)) == name and c.type is EntityType.COMPANY for c in self.cands) \
            or self.new_entities.get(name) is EntityType.COMPANY

    def _is_union(self, name: str) -> bool:
        return any(self.name_of.get(id(c)) == name and c.type is EntityType.UNION for c in self.cands) \
            or self.new_entities.get(name) is EntityType.UNION

    def _printed_union_of(self, company: str) -> str | None:
        """The one union the article prints under a name of ``company`` (某某重工工会 for
        某某重型机械有限公司, whether 某某重工 is printed alone or not), unless the full union name is printed."""
        forms = {c.text for c in self.cands if self.name_of.get(id(c)) == company}
        if not forms or any(self.name_of.get(id(c)) == company + "工会" for c in self.cands):
            return None
        unions = {self.name_of.get(id(c)) for c in self.cands
                  if c.type is EntityType.UNION and c.text.endswith("工会")
                  and (c.text[:-2] in forms or company_union_short_of(c.text, company + "工会"))}
        return unions.pop() if len(unions) == 1 else None

    def _in_person_note(self, c: Candidate) -> bool:
        """True when ``c`` is named in the note after a person's name (某某（某某公司工会主席）)."""
        k = max(self.text.rfind("（", 0, c.start), self.text.rfind("(", 0, c.start))
        return k != -1 and c.start - k <= 30 and not any(ch in "）)\n" for ch in self.text[k:c.start]) \
            and any(x.type is PERSON for x in self.by_end.get(k, ()))

    def _owner_of_union_before(self, before: int) -> str | None:
        """The company of the company union named last before ``before``, when the
        company itself is printed only inside the union's name (某某有限公司工会召开
        会员代表大会……某区总工会副主席某某到会……公司董事长某某)."""
        def company_of(c):
            owner = union_owner(self.name_of.get(id(c)) or c.text, self.ctx) if c.type is EntityType.UNION else None
            return owner[0] if owner is not None and owner[1] is EntityType.COMPANY else None
        u = self._last_before(before, lambda c: company_of(c) is not None)
        return company_of(u) if u is not None else None

    def _generic_unit(self, word: str | None, before: int):
        """The company (or hospital, school …) a common noun before a post refers to;
        with no noun (综采二队党支部书记), the company a work team belongs to."""
        if word == "合作社":   # annotators type a co-operative as either
            types = (EntityType.COMPANY, EntityType.ORGANIZATION)
        elif word in ("医院", "学院", "学校", "院", "校", "工作室"):
            types = (EntityType.ORGANIZATION,)
        else:
            types = (EntityType.COMPANY,)
        any_name = word in (None, "企业", "工厂", "厂")
        if word is None and types == (EntityType.COMPANY,):
            # 总装车间装配工某某 in a story about one company the headline names: its workshop,
            # unless the paragraph names another company first
            para = self.text.rfind("\n", 0, before) + 1
            unit = self._last_before(before, lambda c: c.type in types, para)
            if unit is None and (head := self.headline_company) is not None:
                return head
        if word == "集团公司":   # the group itself (某某集团有限公司), else a company of the group
            group = self._last_before(before, lambda c: c.type in types and GROUP_NAME.search(c.text) is not None)
            if group is not None:
                return group
            word = "集团"
        return self._last_before(before, lambda c: c.type in types and (any_name or word in c.text))

    @functools.cached_property
    def headline_company(self) -> Candidate | None:
        """The first mention of the one company whose name, or a short form of it, the
        headline prints (中裕集团第三届职工代表大会… over 河南中裕起重装备集团有限公司（以下简称“中裕集团”））."""
        headline = self.article.headline
        body = [c for c in self.cands if c.type is EntityType.COMPANY and c.start >= len(headline)]
        named = {self.name_of.get(id(c), c.text) for c in body if c.text in headline}
        first = {}
        for c in body:
            first.setdefault(self.name_of.get(id(c), c.text), c)
        return first[named.pop()] if len(named) == 1 else None

    def _fix_title(self, title, org, prev_org, inherit=False):
        if title.startswith("工会") and len(title) > 2:
            base = org or prev_org
            if base is None:
                return title[2:], None
            if self._is_union(base):
                return title[2:], base      # a table's row: 某某公司工会　工会主席
            union = self._printed_union_of(base) or base + "工会"
            self.new_entities.setdefault(union, EntityType.UNION)
            return title[2:], union
        if org is None and inherit:
            org = prev_org
            if prev_org and HEAD_OF_GOVERNMENT.fullmatch(title) and (m := PARTY_COMMITTEE.fullmatch(prev_org)):
                # 某县委副书记、县长: the head of the place's government, never of its party committee
                org = self._government_of(m.group(1))
        return title, org

    def _government_of(self, place: str) -> str | None:
        """The government of ``place`` the article names (某县政府, 某市人民政府), if any."""
        return next((name for c in self.cands if c.type is EntityType.GOVERNMENT
                     and (name := self.name_of.get(id(c), c.text)).startswith(place)
                     and name[len(place):] in ("政府", "人民政府")), None)

    # ----------------------------------------------------------- honors
    def honors_for(self, person: Candidate) -> list[str]:
        """Honors printed in the person's chain or right before the name."""
        text = self.text
        found = []
        lo = person.start
        segs = self.chain_segments(person)
        if segs:
            lo = segs[0][0]
        # the 、-separated items of the clause before the chain (全国劳模、…获得“某某奖”的…、X领军人某某)
        k = lo
        while k > 0 and text[k - 1] not in CLAUSE_PUNCT:
            k -= 1
        joined = [p + 1 for p in range(k, lo) if text[p] in "和与"
                  and any(c.type == PERSON and c.start >= k for c in self.by_end.get(p, ()))]
        if joined:      # 劳动奖章获得者、某公司车工某甲和他的徒弟某乙: what comes before 和 describes the first name
            k = max(joined)
        for raw in text[k:person.start if segs else lo].split("、"):
            item = re.sub(r"^(?:图为|—{1,2}记|(?:[他她]|这位|这|(?:另|其中)?一[位名])?(?:就|也|还|更|正)?(?:是|系)|[^、]{0,6}?(?:包括|其中有)"
                          r"|[^、]{1,5}?的是|(?:今年)?\d{1,3}岁的|[^、]{0,8}(?:看望|慰问|走访|探望|会见|邀请|请来|聘请)了?)"
                          r"|(?:获得者|得主|代表)$", "",
                          raw.strip("“”\"")).strip("“”\"")     # ——记“某某工匠”、…: a profile's subtitle
            named = [h.text for h in honor_spans(item, self.ctx) if h.end == len(item)]
            if named:
                found.append(normalise_honor(max(named, key=len), self.ctx))
                continue
            if looks_like_honor(item) and item[0] not in "并和与及同跟向对为在由把被将":
                found.append(normalise_honor(item, self.ctx))
                continue
            for m in WON_QUOTED.finditer(raw + "”"):
                if looks_like_honor(m.group(1)) or m.group().startswith(("获评", "荣获", "被评为", "被授予")) \
                        and raw.startswith("的", m.end()) and len(m.group(1)) >= 4:
                    # 获评“某市最美骑手”的某某站骑手某某: a title the person won, however it is worded
                    found.append(normalise_honor(m.group(1), self.ctx))
        # apposition: honor immediately before the name (全国劳动模范某某, 北京市先进工作者某某),
        # or before the first of the bare names listed with it (“某某工匠”某甲、某乙、某丙等)
        first = person
        while not segs and text[first.start - 1:first.start] == "、" and (prev := next(
                (c for c in self.by_end.get(first.start - 1, ()) if c.type == PERSON), None)) is not None:
            first = prev
        window = text[max(0, first.start - 20):first.start]
        for h in honor_spans(window, self.ctx):
            quoted = h.start > 0 and window[h.start - 1] in "“\"" and window[-1] in "”\""
            if h.end == len(window) or quoted and h.end == len(window) - 1:   # 全国劳模某某, “荆楚工匠”某某
                found.append(normalise_honor(h.text, self.ctx))
                break
        return found

    def holder_honors(self) -> list[tuple[str, Candidate]]:
        """Honors whose holder is the subject or the recipient of the award:

        - subject:   某某(先后|曾…)荣获/获得/被评为 “H”; 某甲、某乙等获得H的职工
        - recipient: 为/向 X(该医院 → the hospital named before) 颁发/授予 “H”
        - unveiled:  为 H 揭牌 / “H揭牌…” at the unit where the ceremony is held (在 X 举办/举行)
        """
        text = self.text
        out = []
        for m in SUBJECT_WON.finditer(text):
            honor = m.group("h")
            if not looks_like_honor(honor) and not titled_honor(honor, text, m.end()):
                continue
            honors = [normalise_honor(h, self.ctx) for h in [honor] + self._listed_after(m.end())]
            out += [(h, holder) for holder in self._holders_before(m.start()) for h in honors]
        for m in LISTED_WON.finditer(text):
            if looks_like_honor(m.group("h")):
                out += [(normalise_honor(m.group("h"), self.ctx), holder) for holder in self._holders_before(m.start())]
        for m in NAMED_AS.finditer(text):
            honor = m.group("h")
            if looks_like_honor(honor) or honor.endswith(NAMED_KINDS):
                out += [(normalise_honor(honor, self.ctx), holder) for holder in self._holders_before(m.start())]
        for rx in (GRANTED, HONOR_LIST):
            for m in rx.finditer(text):
                honor = m.group("h")
                if looks_like_honor(honor):
                    holders = self._granted_list(*m.span("x"), strict=rx is GRANTED)
                    if rx is HONOR_LIST and not holders:    # 获得H的职工中，既有某某公司焊工某甲、…某乙等
                        holders = self._item_persons(*m.span("x"))
                    out += [(normalise_honor(honor, self.ctx), c) for c in holders]
        for c in self.cands:
            if c.type == PERSON:
                out += [(h, c) for h in self._copula_honors(c.end)]
        for m in RECIPIENT.finditer(text):
            honor = m.group("h")
            if not looks_like_honor(honor):
                continue
            x0, x1 = m.span("x")
            holder = self._org_ending(x1, x0) or next(
                (c for c in self.by_end.get(x1, ()) if c.type == PERSON and c.start >= x0), None)
            if holder is None and m.group("x").startswith("该"):
                holder = self._referent(m.group("x")[1:], x0)
            if holder is not None:
                out.append((normalise_honor(honor, self.ctx), holder))
        for m in RECIPIENTS.finditer(text):
            honor = m.group("h")
            x0, x1 = m.span("x")
            persons = [c for c in self.cands if c.type == PERSON and x0 <= c.start and c.end <= x1]
            if looks_like_honor(honor) and persons and (persons[-1].end == x1 or COUNTED_TAIL.fullmatch(text, persons[-1].end, x1)):
                out += [(normalise_honor(honor, self.ctx), c) for c in persons]
        out += self._listed_under_honor()
        out += self._counted_winners()
        out += self._selected_before()
        out += self._winners_of_this_honor()
        out += self._winners_among()
        out += self._winners_on_a_list()
        unveiled = {m.group("h") for m in UNVEILED.finditer(text) if looks_like_honor(m.group("h"))}
        if unveiled:
            venue = None
            for m in HELD_AT.finditer(text):
                venue = self._org_ending(m.end("x"), m.start("x"))
                if venue is not None:
                    break
            if venue is not None:
                out += [(normalise_honor(h, self.ctx), venue) for h in sorted(unveiled)]
        return out

    def _winners_among(self) -> list[tuple[str, Candidate]]:
        """授予32名职工H、20个集体H2。获奖职工中，…。其中，某甲是…。获奖职工中还有某乙、
        某丙等: the persons (or, 获得奖状的集体中, the units) named there hold the honor
        the article counted out for persons (for units) before it."""
        text = self.text
        out = []
        for m in WINNERS_AMONG.finditer(text):
            collective = m.group("who") in ("集体", "单位", "企业")
            honor = self._counted_award(m.start(), collective)
            if honor is None:
                continue
            x0, x1 = m.span("x")
            if collective:
                holders = [c for c in self.cands if c.type in (EntityType.COMPANY, EntityType.ORGANIZATION)
                           and x0 <= c.start and c.end <= x1 and text[c.end:c.end + 1] in "、和及等"]
            else:
                holders = self._item_persons(x0, x1)
                if (among := AMONG_THEM.match(text, x1 + 1)) is not None:    # 。其中，某某是…
                    holders += [c for c in self.cands if c.type == PERSON and c.start == among.end()]
            out += [(honor, c) for c in holders]
        return out

    def _winners_on_a_list(self) -> list[tuple[str, Candidate]]:
        """H名单公布，某某公司制茶师某某榜上有名: the persons named before 榜上有名 (名列其中,
        入选 …) hold the honor whose list was published."""
        out = []
        if "名单" not in self.text and "榜单" not in self.text:
            return out      # the pattern's lazy head would be tried at every character
        for m in ON_THE_LIST.finditer(self.text):
            named = [h for h in honor_spans(m.group("h"), self.ctx) if h.end == len(m.group("h"))]
            if named:
                honor = normalise_honor(max(named, key=lambda h: len(h.text)).text, self.ctx)
                out += [(honor, c) for c in self._item_persons(*m.span("x"))]
        return out

    def _counted_award(self, before: int, collective: bool) -> str | None:
        """The honor named last before ``before`` right after a count of its winners
        (32名职工 / 20个集体): of persons (名 位 人), or of units (个 家) when ``collective``."""
        found = None
        for h in honor_spans(self.text[:before], self.ctx):
            count = COUNTED_AWARD.search(self.text, max(0, h.start - 12), h.start)
            if count is not None and (count.group("unit") in "个家") == collective:
                found = h
        return normalise_honor(found.text, self.ctx) if found is not None else None

    def _winners_of_this_honor(self) -> list[tuple[str, Candidate]]:
        """…H名单中，有3位…。获此殊荣的是A、B和C: the persons listed after 获此殊荣的是
        hold the honor named last before it (within the two sentences before)."""
        text = self.text
        out = []
        for m in THIS_HONOR.finditer(text):
            stop = min((k for k in (text.find(p, m.end()) for p in "。；\n") if k != -1), default=len(text))
            persons = [c for c in self.cands if c.type == PERSON and m.end() <= c.start and c.end <= stop
                       and (c.end == stop or text[c.end] in "、和及")]     # each item ends in a name
            if not m.group("v"):    # 获此殊荣的某某是…: the one name right after it
                persons = [c for c in self.cands if c.type == PERSON and c.start == m.end()]
            if persons and (honor := self._honor_named_before(m.start())) is not None:
                out += [(honor, c) for c in persons]
        return out

    def _honor_named_before(self, at: int) -> str | None:
        """The honor named last before ``at``, within its sentence and the one before."""
        text = self.text
        lo = max(0, text.rfind("。", 0, max(0, text.rfind("。", 0, at))))
        named = honor_spans(text[lo:at], self.ctx)
        return normalise_honor(max(named, key=lambda h: (h.end, len(h.text))).text, self.ctx) if named else None

    def _selected_before(self) -> list[tuple[str, Candidate]]:
        """…命名第三批“H”，公司的某甲、某乙入选 / 为“H”颁发证书，某所某甲、某所某乙等20名律师获此荣誉 /
        某甲（某某公司焊工）、某乙（…）等20人榜上有名: the names listed right before 入选 or 获此荣誉 hold the honor named last before them in
        the sentence or the one before."""
        text = self.text
        out = []
        for m in SELECTED_AFTER_NAMES.finditer(text):
            lo = max(text.rfind(p, 0, m.start()) for p in "，。；：\n") + 1
            ends = {m.start()} | {p for p in range(lo, m.start()) if text[p] == "、"}
            persons = [c for c in self.cands if c.type == PERSON and lo <= c.start
                       and self._after_paren(c.end, m.start()) in ends]     # 某某（某某公司焊工）、: past the note
            if persons and self._after_paren(persons[-1].end, m.start()) == m.start() \
                    and (honor := self._honor_named_before(lo)) is not None:
                out += [(honor, c) for c in persons]
        return out

    def _counted_winners(self) -> list[tuple[str, Candidate]]:
        """某某公司有3人入选(，…)。他们是A、B和C / 有2人上榜：一位是A，另一位是B: the
        persons listed right after a counted selection hold the honor quoted last before
        it, when exactly as many persons as counted are listed."""
        text = self.text
        out = []
        for m in COUNTED_SELECTION.finditer(text):
            n = cn_count(m.group("n"))
            stop = text.find("。", m.end())
            stop = len(text) if stop == -1 else stop
            colon = LIST_COLON.match(text, m.end())
            if colon is not None:
                lo, hi = colon.end(), stop
            else:
                nxt = THEY_ARE.match(text, stop + 1)
                if nxt is None:
                    continue
                lo = nxt.end()
                hi = text.find("。", lo)
                hi = len(text) if hi == -1 else hi
            persons = [c for c in self.cands if c.type == PERSON and lo <= c.start and c.end <= hi]
            if n is None or len({c.text for c in persons}) != n:
                continue
            quoted = [h for h in re.findall(r"“([^“”]{2,14})”", text[max(0, m.start() - 400):m.start()])
                      if looks_like_honor(h)]
            if quoted:
                out += [(normalise_honor(quoted[-1], self.ctx), c) for c in persons]
        return out

    def _listed_under_honor(self) -> list[tuple[str, Candidate]]:
        """A list of winners under a line that is an honor's name alone:

            全国五一劳动奖状
            某某机电有限公司
            某某（某某公司首席技师）
            某某　某某公司焊工

        each item that is one name as a whole (a person may carry a parenthesis, or
        the employer and post after a space)
        holds the honor; an item that only opens with a name (某某公司焊接班, a
        sub-unit) holds nothing. A line of running text ends the list.
        """
        out = []
        honor = None
        pos = 0
        running = ""    # the last line of running text (a lead may refer to the honor it named)
        for line in self.text.split("\n"):
            lo, hi = pos, pos + len(line)
            pos = hi + 1
            if not line.strip():
                continue
            quoted = LIST_HEADING_TAIL.sub("", LIST_HEADING_HEAD.sub("", line.strip("*")))
            bare = quoted.strip("“”\"")
            if looks_like_honor(bare) or bare in self.ctx.honors or QUOTED_HEADING.fullmatch(quoted):
                honor = normalise_honor(bare, self.ctx)    # 五一劳动奖章获得者名单, 2025年度“某匠”（部分）
                continue
            if honor is None and (follows := self._honor_of_rows_below(line)) is not None:
                honor = follows     # 以下10人获评“某某工匠”称号。 over the rows
                running = line
                continue
            if line.endswith(("：", ":")):
                named = self._honors_named(line) or (
                    self._honors_named(running) if LIST_LEAD_WORDS.search(line) else set())
                listed = self._listed_honor(named, line)
                if listed is not None:
                    # 命名了“某某工匠”20名，包括： / 获得某奖章的职工…他们中有： / 名单如下：
                    honor = normalise_honor(listed, self.ctx)
                    continue
            if honor is not None and (bullet := BULLET_LEAD.match(line) or ROW_NUMBER_LEAD.match(line)) is not None:
                lo += bullet.end()      # ● 某某　某某公司数控车工, 1.某某（…）: the row after its bullet or number
                line = line[bullet.end():]
            grouped = self._honor_groups(lo, hi)
            if grouped:     # 某县劳动模范：某甲（…）、某乙（…）；某县五一劳动奖状：某某公司、某某医院。
                out += grouped
                running = line
                continue
            lead = INLINE_LIST_LEAD.search(line, 0, 48)
            if lead is not None:
                named = self._honors_named(line[:lead.start()]) or self._honors_named(running)
                end = hi - 1 if line.endswith("。") else hi
                end -= self.text[end - 1:end] == "等"
                row = self._items_led_by_persons(lo + lead.end(), end) if len(named) == 1 else []
                if row:   # 获评人员中有：某甲（某公司班长）、某乙（…）等。
                    out += [(normalise_honor(next(iter(named)), self.ctx), c) for c in row]
                    running = line
                    continue
            if (said := RESPECTIVELY.search(line)) is not None and honor is None:
                named = self._honors_named(line[:said.start()]) or self._honors_named(running)
                stop = line.find("。", said.end())
                end = lo + (stop if stop != -1 else len(line))
                end -= self.text[end - 1:end] == "等"
                row = self._items_led_by_persons(lo + said.end(), end, ending=True) if len(named) == 1 else []
                if row:   # 有3人获评“某某工匠”，分别是某甲、某乙和某丙。
                    out += [(normalise_honor(next(iter(named)), self.ctx), c) for c in row]
            if honor is None:
                running = line
                continue
            row = self._names_in_a_row(lo, hi - 1 if line.endswith("。") else hi)
            if row:
                out += [(honor, c) for c in row]    # 某甲（某某公司技师）、某乙（…）。
                continue
            # 某某，某某公司电焊工，主导完成…。 / items parted by ； (某甲，某某公司焊工；某乙，…；)
            starts = [lo] + [lo + k + 1 for k, ch in enumerate(line[:-1]) if ch == "；"]
            leads = [next((c for c in self.by_start.get(p, ()) if c.type == PERSON), None) for p in starts]
            if all(c is not None and self.paren_segments(c) for c in leads):
                out += [(honor, c) for c in leads]
                continue
            if "。" in line or len(line) > 60:
                honor = None
                running = line
                continue
            item = next((c for c in self.by_start.get(lo, ()) if c.type is not EntityType.DISTRICT and (
                c.end == hi or self.text[c.end:c.end + 1] in "（(" and line.endswith(("）", ")"))
                and not (c.type == PERSON and PERSON_NOTE.match(self.text, c.end))
                or c.type == PERSON and self.text[past_note(self.text, c.end):][:1] in (" ", "\u3000"))),
                None)   # 某某　某公司焊工, 某某（女）　某公司质检员
            if item is None:    # 某某公司董事长　某某（女）: the unit and post first, the name last
                item = next((c for k in range(lo, hi) for c in self.by_start.get(k, ()) if c.type == PERSON
                             and self.text[k - 1:k] in (" ", "\u3000") and past_note(self.text, c.end) == hi), None)
            if item is not None:
                out.append((honor, item))
        return out

    def _honor_groups(self, lo: int, hi: int) -> list[tuple[str, Candidate]]:
        """The holders of a line of lists each under its honor's name (某县劳动模范：某甲（某公司
        车间主任）、某乙（…）；某县五一劳动奖状：某某公司、某某医院。): each item that is one
        person (a bracket may follow) or one body's whole name holds the group's honor.
        Empty unless the line opens with such a group."""
        if HONOR_GROUP.match(self.text, lo) is None:
            return []
        out = []
        for m in HONOR_GROUP.finditer(self.text, lo, hi):
            if m.start() != lo and self.text[m.start() - 1] != "；":
                continue
            honor = m.group("h").strip("“”\"")
            if not (looks_like_honor(honor) or honor in self.ctx.honors):
                continue
            end = self.text.find("；", m.end(), hi)
            end = hi if end == -1 else end
            end -= self.text[end - 1:end] == "。"
            for start, k in self._item_spans(m.end(), end, "、"):
                item = next((c for c in self.by_start.get(start, ()) if c.type is not EntityType.DISTRICT and (
                    c.end == k or c.type == PERSON and self.text[c.end:c.end + 1] in "（(")), None)
                if item is not None:
                    out.append((normalise_honor(honor, self.ctx), item))
        return out if len(out) >= 2 else []

    def _item_spans(self, lo: int, hi: int, parts: str):
        """``(start, end)`` of each item of a list in ``text[lo:hi]`` parted by a mark of
        ``parts`` outside brackets (某甲（某公司、某厂）、某乙: two items)."""
        start, depth = lo, 0
        for k in range(lo, hi + 1):
            ch = self.text[k] if k < hi else parts[0]
            depth += ch in "（("
            depth -= ch in "）)"
            if ch in parts and depth <= 0:
                yield start, k
                start, depth = k + 1, 0

    def _items_led_by_persons(self, lo: int, hi: int, ending: bool = False) -> list[Candidate]:
        """The persons that open the items of a list parted by 、, ； or 和 outside
        brackets (某甲（某公司班长）、某乙（…）；某丙（…）和某丁), or by ， when no
        、 or ； parts it (某甲（…），某乙（…），…); with ``ending``, or
        the person an item ends with (某公司焊工某甲、某公司司机某乙). An item with no
        such person is skipped, and fewer than two persons is no list."""
        out = []
        parts = "、；和" if self._next_item(lo, hi, "、；") != -1 else "，和"
        for start, k in self._item_spans(lo, hi, parts):
            if (label := PLACE_LABEL.match(self.text, start, k)) is not None and label.group(1).endswith(PLACE_ENDS):
                start = label.end()   # 乌鲁木齐市：某甲（…）、某乙（…）；克拉玛依市：…: the group's place
            c = next((c for c in self.by_start.get(start, ()) if c.type == PERSON), None)
            if c is None and ending:
                c = next((c for c in self.by_end.get(k, ()) if c.start > start and c.type == PERSON), None)
            if c is not None:
                out.append(c)
        return out if len(out) >= 2 else []

    def _longest_name_at(self, pos: int, hi: int) -> Candidate | None:
        """The longest mention (no place) starting at ``pos`` and ending by ``hi``."""
        return max((c for c in self.by_start.get(pos, ()) if c.end <= hi and c.type is not EntityType.DISTRICT),
                   key=lambda c: c.end, default=None)

    def _after_paren(self, pos: int, hi: int) -> int:
        """Where a list item goes on after a name at ``pos``: past the name's
        parenthesis (某某（某某公司技师）) if one opens there, -1 if it does not close
        before ``hi``."""
        if self.text[pos:pos + 1] not in ("（", "("):
            return pos
        close = self._close_paren(pos)
        return close + 1 if close != -1 and close < hi else -1

    def _close_paren(self, pos: int) -> int:
        """Where the first closing parenthesis after ``pos`` is, -1 if none."""
        return min((k for k in (self.text.find("）", pos), self.text.find(")", pos)) if k != -1), default=-1)

    def _listed_honor(self, named: set[str], lead: str) -> str | None:
        """The honor a list's lead line is about, of the ``named`` ones: the only one,
        else the only one its last sentence names, else the only one the headline
        names (2025年“某某工匠”名单揭晓 over a lead that also names 全国五一劳动奖章)."""
        if len(named) <= 1:
            return next(iter(named), None)
        for scope in (lead[lead.rfind("。", 0, len(lead) - 1) + 1:], self.article.headline):
            inner = named & self._honors_named(scope)
            if len(inner) == 1:
                return inner.pop()
        return None

    def _honor_of_rows_below(self, line: str) -> str | None:
        """The one honor a sentence of ``line`` says the rows below it hold (see LIST_FOLLOWS)."""
        m = LIST_FOLLOWS.search(line)
        if m is None:
            return None
        stop = line.find("。", m.start())
        named = self._honors_named(line[m.start():stop if stop != -1 else len(line)])
        return normalise_honor(next(iter(named)), self.ctx) if len(named) == 1 else None

    def _honors_named(self, line: str) -> set[str]:
        """The honors a line names: quoted (“某某工匠”) or by the honor grammar."""
        return {q for q in QUOTED.findall(line) if looks_like_honor(q)} \
            | {h.text for h in honor_spans(line, self.ctx)}

    def _names_in_a_row(self, lo: int, hi: int) -> list[Candidate]:
        """The names of a line that holds nothing but names parted by spaces or 、
        (某甲有限公司　某乙有限公司　…), 、, ， or ； (a person's name may carry a
        parenthesis: 某甲（某某公司技师），某乙（…）), each group perhaps under its
        place (长沙市：…；株洲市：…), else none."""
        row, pos = [], lo
        while pos < hi:
            if (label := PLACE_LABEL.match(self.text, pos, hi)) is not None \
                    and label.group(1) in self.ctx.division_names:
                pos = label.end()      # 长沙市：某甲（…），某乙（…）；株洲市：…: the winners grouped by place
            c = self._longest_name_at(pos, hi)
            if c is None:
                return []
            row.append(c)
            pos = c.end if c.type != PERSON else self._after_paren(c.end, hi)
            if pos == -1:
                return []
            while pos < hi and self.text[pos] in " \u3000、，；":
                pos += 1
        return row if len(row) >= 2 else []

    def _holders_before(self, end: int) -> list[Candidate]:
        """Who wins, for a verb of winning at ``end``: the mention right before it, over
        adverbs and a year (某某在2023年|获得); the persons of a counted list (某甲、某乙等
        21人|荣获); or, when the verb opens a clause (…，先后获得), the subject of the
        sentence: the nearest person named before it in the sentence, else the
        nearest organisation."""
        text = self.text
        m = BEFORE_VERB.search(text, max(0, end - 16), end)
        pos = m.start() if m else end
        if m and m.group(0).startswith("本人") and text[pos - 1:pos] in "，,":
            person = self._topic_person(pos - 1)     # …，本人也因此荣获: the one the story is about
            return [person] if person is not None else []
        if text[pos - 1:pos] in ("”", "\"") and any(c.type is not EntityType.DISTRICT for c in self.by_end.get(pos - 1, ())):
            pos -= 1     # “某某劳模创新工作室”被命名为…: the quoted name wins
        counted = COUNTED.search(text, max(0, pos - 60), pos)    # 等20名来自…等领域的一线职工|被命名为
        if counted is not None:
            holders = []
            at = counted.start()
            unit = next((c for c in self.by_end.get(at, ()) if c.type not in (PERSON, EntityType.JOURNALIST, EntityType.DISTRICT)), None)
            if unit is not None:
                return self._listed_with(unit)     # 某某公司等单位获得…: the units listed
            while (c := next((c for c in self.by_end.get(at, ()) if c.type == PERSON), None)) is not None:
                holders.append(c)
                segs = self.chain_segments(c)
                lo = segs[0][0] if segs else c.start      # 车工某甲、钳工某乙等: over each one's post
                if text[lo - 1:lo] not in ("、", "和"):
                    break
                at = lo - 1
            # items whose post the walk could not cross (某某公司咖啡烘焙师某甲): every item ending in a name
            start = max(text.rfind(p, 0, counted.start()) for p in "。！？；：\n，") + 1
            ends, k = set(), start
            for item in text[start:counted.start()].split("、"):
                k += len(item)
                ends.add(k)
                k += 1
            listed = [c for c in self.cands if c.type == PERSON and start <= c.start and c.end in ends]
            return sorted(set(holders) | set(listed), key=lambda c: c.start) if listed else holders
        for c in self.by_end.get(pos, ()):
            if c.type is not EntityType.DISTRICT:
                return self._listed_with(c)
        if PRONOUN.search(text, max(0, pos - 2), pos):
            person = self._topic_person(pos - 1)
            return [person] if person is not None else []
        if pos > 0 and text[pos - 1] in "，,":
            start = max(text.rfind(p, 0, pos) for p in "。！？；\n") + 1
            before = [c for c in self.cands if start <= c.start and c.end < pos and c.type is not EntityType.DISTRICT
                      and c.type is not EntityType.JOURNALIST]
            persons = [c for c in before if c.type == PERSON]
            if persons:
                return self._listed_with(persons[-1])     # 某甲、某乙分获前两名，并被授予…
            before = [c for c in before if text[c.start - 1:c.start] != "被"]   # not the grantor of a clause before
            if before:
                return [before[-1]]   # a unit: 某某工作室挂牌成立，2021年被…命名为
            if text[start:pos - 1].strip() and BEFORE_VERB.fullmatch(text, start, pos - 1):
                person = self._topic_person(start)   # …；2021年，被授予“H”称号: the subject left out
                return [person] if person is not None else []
        return []

    def _topic_person(self, before: int) -> Candidate | None:
        """Who 他/她, or a subject left out, refers to: the last person (no journalist)
        named before ``before`` in this paragraph or the one before it."""
        para = self.text.rfind("\n", 0, before)
        para = self.text.rfind("\n", 0, max(para, 0)) + 1 if para > 0 else 0
        return self._last_before(before, lambda c: c.type == PERSON and c.start >= para)

    def _granted_list(self, lo: int, hi: int, strict: bool = True) -> list[Candidate]:
        """The holders listed between 授予 and 等: each item a name, alone or with its
        post in parentheses (某甲（某某公司焊工）、某乙（…）), parted by 、; none when
        an item is anything else (``strict``), else the items that are names."""
        text, out, pos = self.text, [], lo
        while pos < hi:
            if (group := NAME_GROUP.match(text, pos, hi)) is not None and group.end() < hi:
                pos = group.end()   # 电工组某甲、某乙和焊工组某丙: a group's label before its names
            c = self._longest_name_at(pos, hi)
            if c is None and not strict:
                nxt = self._next_item(pos, hi)
                if nxt == -1:
                    break
                pos = nxt
                continue
            if c is None:
                return []
            out.append(c)
            pos = self._after_paren(c.end, hi)
            if pos == -1:
                return []
            if pos < hi and text[pos] != "、" and not (out and NAME_GROUP.match(text, pos, hi)):
                return []
            pos += 1 if text[pos:pos + 1] == "、" else 0
        return out

    def _item_persons(self, lo: int, hi: int) -> list[Candidate]:
        """The persons that end the items of a list between ``lo`` and ``hi``, each item
        a name with its post before it (某某公司炉长某甲、某某公司调整工某乙这样的…)."""
        return [c for c in self.cands if c.type == PERSON and lo <= c.start and c.end <= hi
                and (c.end == hi or self.text[c.end] in "、和及等，这")]

    def _next_item(self, pos: int, hi: int, marks: str = "、") -> int:
        """Where the list item after the one at ``pos`` starts (after one of ``marks``
        outside parentheses), or -1."""
        depth = 0
        for k in range(pos, hi):
            ch = self.text[k]
            depth += ch in "（("
            depth -= ch in "）)"
            if ch in marks and depth <= 0:
                return k + 1
        return -1

    def _listed_with(self, last: Candidate) -> list[Candidate]:
        """``last`` and the mentions of its kind listed before it with 、 (某甲公司、
        某乙公司获…; 焊工某甲、电工某乙获…: over each person's post)."""
        person = last.type == PERSON
        out = [last]
        c = last
        while True:
            segs = self.chain_segments(c) if person else []
            lo = segs[0][0] if segs else c.start
            if self.text[lo - 1:lo] not in ("、", "和", "与"):
                break
            c = next((x for x in self.by_end.get(lo - 1, ())
                      if (x.type == PERSON) == person and x.type not in (EntityType.DISTRICT, EntityType.JOURNALIST)),
                     None)
            if c is None:
                break
            out.insert(0, c)
        return out

    def _listed_after(self, end: int) -> list[str]:
        """Further honors of a list: 荣获全国工人先锋号、河南省五一劳动奖状 (after the first)."""
        out = []
        for m in LISTED_HONOR.finditer(self.text, end):
            if m.start() != end or not looks_like_honor(m.group("h")):
                break
            out.append(m.group("h"))
            end = m.end()
        return out

    def _copula_honors(self, end: int) -> list[str]:
        """某某，是全国劳模、大国工匠，也是全国五一劳动奖章获得者: honors a person is said to be."""
        out = []
        while (m := COPULA.match(self.text, end)) is not None:
            items = [re.sub(r"(获得者|得主)$", "", x.strip("“”\"")) for x in re.split(r"、|和|及", m.group("list"))]
            honors = list(itertools.takewhile(looks_like_honor, items))
            if honors and len(honors) != len(items) and not self._post_item(items[len(honors)]):
                break       # 是H、某某公司制茶师: the honors before a post count
            out += [normalise_honor(h, self.ctx) for h in honors]   # 是公司首席科学家，也是H获得者: over the post
            end = m.end()
        return out

    def _post_item(self, item: str) -> bool:
        """True when a listed item ends in a post title (某某公司制茶师)."""
        return title_at_end(item, len(item), self.ctx) is not None

    def _referent(self, word: str, before: int):
        """The nearest candidate before ``before`` whose name ends with ``word`` (该医院)."""
        return self._last_before(before, lambda c: c.text.endswith(word)
                                 and c.type not in (PERSON, EntityType.JOURNALIST))

    def won_honors(self) -> list[tuple[str, Candidate]]:
        """荣获/获得 …HONOR… 的 + person (the next person named in the clause)."""
        out = []
        for m in re.finditer(r"(" + WON_VERBS + r"|曾获(?:得|评)?)过?(首届|第[一二三四五六七八九十\d]+届)?“?([^，。；、“”]{2,14}?)”?(荣誉称号|称号)?的", self.text):
            honor = m.group(3)
            if not looks_like_honor(honor):
                continue
            clause_end = len(self.text)
            for p in "，。；":
                k = self.text.find(p, m.end())
                if k != -1:
                    clause_end = min(clause_end, k)
            after = [c for c in self.cands if m.end() <= c.start < clause_end]
            unit = next((c for c in after if c.start == m.end()
                         and c.type not in (PERSON, EntityType.DISTRICT, EntityType.JOURNALIST)), None)
            person = next((c for c in after if c.type == PERSON), None)
            holder = person or unit    # 荣获…的某某公司电工某某: the person; 荣获…的某某公司，…: the unit
            if holder is not None:
                out.append((normalise_honor(honor, self.ctx), holder))
            while person is not None and holder is person and self.text[person.end:person.end + 1] in ("、", "和"):
                # 荣获H称号的某某公司桥吊司机某甲、某某公司焊工某乙: each person listed
                nxt = next((c for c in after if c.type == PERSON and c.start > person.end), None)
                segs = self.chain_segments(nxt) if nxt is not None else []
                if nxt is None or (segs[0][0] if segs else nxt.start) != person.end + 1:
                    break
                out.append((normalise_honor(honor, self.ctx), nxt))
                holder = person = nxt
        return out

    # ----------------------------------------------------------- stated links
    def stated_locations(self) -> list[tuple[Candidate, Candidate]]:
        """(unit, district) pairs the text states, the district the lowest printed:

        - 位于佛山市顺德区北滘镇的日资企业某某电装, (同)在某镇的某某公司, 位于某某区凤凰湖
          产业园的某某电子, 某某区的某某公司: the unit right after 的 (a kind of
          enterprise may come between);
        - 某某公司位于某某镇, 某某是…企业，位于某某区某某镇: the unit opening the sentence;
        - 在某某镇某某有限公司建成…: a company right after the district it is in.
        Trips (赴某某区调研, 来到某某区) state nothing about where a unit is.
        """
        text = self.text
        units = [c for c in self.cands if c.type not in (PERSON, EntityType.JOURNALIST, EntityType.DISTRICT)]
        out = []
        for u in units:
            lo = max(u.start - 40, max(text.rfind(p, 0, u.start) for p in "，。；：！？\n") + 1)
            m = PLACE_BEFORE_UNIT.search(text[lo:u.start])
            if m is not None:
                d = self._lowest_place(lo + m.start("place"), lo + m.end("place"), filler=bool(m.group("verb")))
                if d is not None:
                    out.append((u, d))
                continue
            d = next((c for c in self.by_end.get(u.start, ()) if c.type is EntityType.DISTRICT), None)
            if d is not None and text[max(0, d.start - 1):d.start] == "在" \
                    and u.type in (EntityType.COMPANY, EntityType.ORGANIZATION):
                out.append((u, d))
        for m in LOCATED_AT.finditer(text):
            d = self._lowest_place(m.end(), len(text), filler=False, open_end=True)
            if d is None:
                continue
            start = max(text.rfind(p, 0, m.start()) for p in "。！？；\n") + 1
            subject = next((c for c in units if c.start == start), None)
            if subject is None and m.start() > 0:
                subject = next((c for c in units if c.end == m.start()), None)
            if subject is not None and (subject.end == m.start() or text[m.start() - 1] == "，"):
                out.append((subject, d))
        return out

    def _lowest_place(self, lo: int, hi: int, filler: bool, open_end: bool = False):
        """The last of the districts printed one after another from ``lo``
        (佛山市顺德区北滘镇 -> 北滘镇) when they fill [lo, hi], or are followed by a
        park or zone (柳市镇工业区, 永川区凤凰湖产业园) when ``filler``; with
        ``open_end`` whatever follows them."""
        at, last = lo, None
        while (c := next((c for c in self.by_start.get(at, ()) if c.type is EntityType.DISTRICT), None)) is not None:
            last, at = c, c.end
        if last is None or open_end or at == hi:
            return last
        return last if filler and PLACE_FILLER.fullmatch(self.text, at, hi) else None

    def studio_leads(self) -> list[tuple[str, str, str, int, int]]:
        """(person, post, studio, start, end) for the leader of a studio named after a
        person (``rule:studio_lead.v1``): 作为工作室领衔人，他…; 她担任工作室领衔人; 某某任领衔人;
        工作室领衔人、“某省工匠”某某. The studio is the one named after that person; a
        pronoun is the person the last such studio is named after."""
        matches = list(STUDIO_LEAD.finditer(self.text))
        if not matches:
            return []
        persons = {self.name_of.get(id(c)) or c.text for c in self.cands if c.type is PERSON}
        studios = []     # (end, studio, the person it is named after)
        for c in self.cands:
            name = self.name_of.get(id(c)) or c.text
            if c.type is EntityType.ORGANIZATION and name.endswith("工作室"):
                owner = next((p for p in persons if name.startswith(p) and len(name) > len(p)), None)
                if owner is not None:
                    studios.append((c.end, name, owner))

        def person_at(cands) -> str | None:
            c = next((c for c in cands if c.type is PERSON), None)
            return self.name_of.get(id(c)) if c is not None else None

        out = []
        for m in matches:
            if m.group("pron") or m.group("after") and (m.group("as") or m.group("head")):
                # 作为工作室领衔人，他 / 作为“某某工作室”领衔人，他: the person of the last studio
                who = next((o for end, _, o in reversed(studios) if end <= m.start("t")), None)
            elif m.group("by"):
                who = person_at(self.by_end.get(m.start(), ()))
            elif m.group("head") or m.group("as"):
                at = m.end() + (1 if m.group("as") and self.text[m.end():m.end() + 1] in "，," else 0)
                if (skip := LEAD_HONOR.match(self.text, at)) is not None:
                    at = skip.end()
                who = person_at(self.by_start.get(at, ()))
            else:
                who = None
            studio = next((n for _, n, o in studios if who and o == who), None)
            if who is not None and studio is not None:
                out.append((who, m.group("t"), studio, m.start(), m.end()))
        for m in STUDIO_BEFORE_LEAD.finditer(self.text):
            # 某某公司“某某创新工作室”（领衔人 某某）, “某某工作室”，领衔人某某, 某某劳模创新工作室领衔人:
            # the leader of the studio printed right before the post
            c = next((c for c in self.by_end.get(m.start(), ()) if c.type is EntityType.ORGANIZATION
                      and (self.name_of.get(id(c)) or c.text).endswith("工作室")), None)
            if c is None:
                continue
            studio = self.name_of.get(id(c)) or c.text
            after = m.end() + (1 if self.text[m.end():m.end() + 1] in " \u3000" else 0)
            who = person_at(self.by_start.get(after, ())) if not m.group("of") else None
            who = who or next((o for _, n, o in studios if n == studio), None)
            if who is not None and not any(r[0] == who and r[2] == studio for r in out):
                out.append((who, m.group("t"), studio, c.start, m.end()))
        return out

    def stated_links(self) -> list[tuple[Candidate, Candidate]]:
        """(child, parent) pairs the text states:

        - 区总工会所属的甲街道总工会、乙街道总工会 (所属/下属/直属的): each listed unit
          is part of the unit before; 甲工会是乙总工会下属的社区工会: the subject is;
        - 市总工会在市委和省总工会的坚强领导下: a union led by another union is part of it.
        """
        text = self.text
        out = []
        orgs = [c for c in self.cands if c.type not in (PERSON, EntityType.JOURNALIST, EntityType.DISTRICT)]
        for m in BELONGS_TO.finditer(text):
            parent = self._org_ending(m.start(), max(0, m.start() - 30))
            if parent is None or parent.type is EntityType.DISTRICT:
                continue
            at, children = m.end(), []
            while (c := next((c for c in orgs if c.start == at), None)) is not None:
                children.append(c)
                if text[c.end:c.end + 1] not in ("、", "和"):
                    break
                at = c.end + 1
            if not children and text[parent.start - 1:parent.start] == "是":
                subject = self._org_ending(parent.start - 1, max(0, parent.start - 31))
                children = [subject] if subject is not None else []
            out += [(c, parent) for c in children if c is not parent]
        for m in LED_BY.finditer(text):
            start = max(text.rfind(p, 0, m.start()) for p in "。！？；\n") + 1
            subject = next((c for c in orgs if start <= c.start < m.start() and c.type is EntityType.UNION), None)
            leaders = [c for c in orgs if m.start("by") <= c.start and c.end <= m.end("by")
                       and c.type is EntityType.UNION]
            if subject is not None:
                out += [(subject, c) for c in leaders if c is not subject]
        return out



def honor_like(s: str) -> bool:
    return looks_like_honor(s)
