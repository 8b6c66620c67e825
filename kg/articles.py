"""Stage 2, Page -> [Article]: find headlines, drop the page banner, read bylines,
repair column breaks.

A page is a run of *blocks* (non-empty lines). Each block is a headline, a deck
(sub-headline), a body paragraph or part of one, or page furniture (the banner).

Headlines
    A Markdown heading at the page's article level (the most common heading
    level, ``##`` on the seed pages) always opens an article. A plain line opens
    one when it looks like a headline (short, no sentence-final punctuation, not a
    credit line) and leads to a news body: after at most two deck lines comes a
    line that starts a news item ("本报讯", "近日", "昨天", a date ...) or a photo
    item (a paragraph ending with, or followed by, a credit such as
    "本报记者 某某 摄"). After an unfinished paragraph a plain line only opens an
    article when "本报讯" follows it directly, so a column-cut fragment is not
    taken for a headline.
Banner
    Before the first article, one line directly followed by another headline
    that opens an article is the page banner, not an article (on a plain page
    three short lines over a body read as banner, headline, deck); text that opens
    no article above the first one (a masthead, a site's name) is that banner. A heading
    followed directly by an article-level heading is a banner too; any other
    headline without a body is dropped.
Furniture
    A masthead's date-and-page line (on one line or two), a PDF's running header
    (2025年1月14日 星期二 某某报 3), a post's time stamp, a jump line (下转第2版)
    and a web page's chrome (首页 | …, 当前位置：…, （责任编辑：某某）, 相关新闻,
    分享到：…, 点击“阅读原文”…, 【打印本页】【关闭窗口】, 上一篇：…) belong to no
    article; after a closing line everything up to the next headline is furniture
    too. A jump line from another page (（转自第1版）) starts a body, and so does a
    notice's salutation (各区总工会，各产业工会：); a date alone (its signature) ends
    a paragraph and is no headline.
Main title
    Of three plain title lines the middle one is the headline (引题, 主题, 副题);
    of two, the second when the first is a column's label (【人物】, 走进某某①) or
    a slogan over a meeting report (…在某地召开).
Decks
    Headings of another level, and headline-like plain lines that lead to the
    body, right after a headline. A heading deeper than the article level in the
    middle of a body stays in the body as its own paragraph.
Column breaks
    A paragraph that ends without sentence-final punctuation is continued by the
    next body line with no separator ("习" + "近平"). ``Article.line_map`` records
    where each source line starts in ``Article.text``.
Bylines
    "本报讯（记者 甲 通讯员 乙）", "(实习记者 丙)" and trailing credits such as
    "本报记者 丁 摄" / "通讯员 戊 摄影报道" give one :class:`Byline` per name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.ingest import HASHTAGS, PADDED_NAME, PERSON_NOTE, POST_LABEL
from kg.model import Article, Byline, Page

__all__ = ["split_articles", "parse_bylines", "looks_like_headline", "is_body_start",
           "is_credit_line", "ends_paragraph", "MAX_HEADLINE_CHARS"]

MAX_HEADLINE_CHARS = 40
_MAX_DECKS = 3
_MAX_DECKS_BEFORE_BODY = 2

_FINAL = "。！？!?…"
_CLOSING_QUOTES = "”』」’\"'"
_NOT_HEADLINE_END = _FINAL + "；;：:，,、"

_STRONG_START = re.compile(
    r"^(?:本报讯|[\u4e00-\u9fff]{2,8}报讯(?=[（(\s]|记者)|[\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,8})?(?<![简快通资短喜])讯(?=[（(\s])|本报[^\s，,。]{0,12}电|本报[\u4e00-\u9fff]{2,6}(?:\d{1,2}月\d{1,2}日)?讯|[^\s，,。]{0,12}\d{1,2}月\d{1,2}日电|新华社|中新社)")
_BODY_START = re.compile(
    r"^(?:近日|日前|昨天|昨日|今天|今日|前不久|近期|连日来|编者按|编者的话|"
    r"记者(?:近日|日前|从|获悉)|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|"
    r"根据《[^》]{2,60}》(?:的?(?:要求|规定|精神|部署|安排)|(?:和|及)(?:有关|相关)规定)?[，,]"
    r"|【(?:导语|正文|口播|画外音|同期声|现场声|字幕|出镜记者|解说)】|主持人[:：])")    # a broadcast script
#: A notice's title (干部任前公示, 关于某某的通知): under a paragraph a column cut, it opens a
#: story when the notice's text follows (根据《…》和有关规定，…).
_NOTICE_TITLE = re.compile(r"(?:公示|公告|通知|通告|决定|启事|答复|复函|批复|倡议书|公开信|公报|集体合同|决议)(?:[（(](?:摘登|摘要|节选)[）)])?$")
#: Lines between a document's title and its first article: the note of its adoption
#: (（2024年3月6日经…会议审议通过）) and a chapter's heading (第一章　总则).
_DOCUMENT_HEAD = re.compile(r"^(?:[（(][^（）()]{4,60}(?:通过|印发|发布|签订)[）)]|第[一二三四五六七八九十]+章[ \u3000]*[\u4e00-\u9fff]{2,12})$")
#: A notice's issuer or its date in brackets, each on its own line under the title.
_ISSUED_BY = re.compile(r"^(?:[\u4e00-\u9fff]{4,30}|[（(]\d{4}年\d{1,2}月\d{1,2}日[）)])$")
#: A report's speaker under its title and ——subtitle: the post, a space, the name
#: (某某市总工会党组书记、常务副主席　某某).
_SPEAKER_LINE = re.compile(r"^[\u4e00-\u9fff、（）()]{4,40}[ \u3000]+[\u4e00-\u9fff·]{2,6}$")
#: A list's note under its title: （共23名，按姓氏笔画为序）, （排名不分先后）.
_LIST_NOTE = re.compile(r"^[（(][^（）()]*(?:按姓氏笔画|姓氏笔画为序|排名不分先后|不分先后|共\d+[名人个])[^（）()]*[)）]$")

#: A notice's salutation over its text ("各区总工会，各局（集团）工会，各产业工会：", a court's
#: notice to a party "马某某："), a letter's (编辑同志：), a union's notice to its members
#: (全体会员：), a union's reply to the union below (某某公司工会：) or a reply to a deputy (某某代表：).
_SALUTATION = re.compile(r"^(?:各[^。！？!?：:]{1,60}|编辑同志|尊敬的[^。！？!?：:]{1,20}|全体[\u4e00-\u9fff]{2,8}"
                         r"|[\u4e00-\u9fff（）()]{2,30}(?:工会|委员会)"
                         r"|[\u4e00-\u9fff]{2,4}(?:代表|委员)"
                         r"|[\u4e00-\u9fff]{1,2}某{1,2}|[\u4e00-\u9fff]{1,3}(?:先生|女士))[：:]$")
#: A date on a line of its own (the signature of a notice), not a news opener.
_DATE_ALONE = re.compile(r"^(?:\d{4}|二〇[〇一二三四五六七八九]{2})年[\d〇一二三四五六七八九十]{1,3}月[\d〇一二三四五六七八九十]{1,3}日$")
#: A document's or a talk's signature: its body, a gap, its date (某市总工会职工服务部　2026年3月).
_SIGNED_DATE = re.compile(r"^[\u4e00-\u9fff]{2,30}[ \u3000]+\d{4}年\d{1,2}月(?:\d{1,2}日)?$"
                          r"|[）)][ \u3000]+\d{4}年\d{1,2}月\d{1,2}日$")    # …（审查专用章）　2026年3月23日: a seal

#: A web article's dateline: "2025-04-29 08:05　来源：某某网　记者 甲　实习生 乙".
_SOURCE_LINE = re.compile(
    r"^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
    r"(?:来源|稿源|作者|发布时间|发布日期)[:：]\s*(\S*)")
#: Page furniture under a masthead: "2025年4月28日　星期一　第1版　要闻".
_PAGE_FURNITURE = re.compile(r"^(?=.*(?:星期|周)[一二三四五六日天])(?=.*第\s*[\d一二三四五六七八九十]+\s*版)[^。，,]*$")
#: The same on two lines ("2025年1月14日 星期二" / "第3版 综合新闻"), or a PDF's running
#: header ("2025年1月14日 星期二 某某职工报 3").
_DATE_WEEKDAY = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天](?:\s+[^\s，。,；：:]{1,12}){0,3}$")
_PAGE_NUMBER = re.compile(r"^第\s*[\d一二三四五六七八九十]+\s*版(?:\s*[·|｜]?\s+[^\s，。,；：:]{2,8})?$")   # 第3版 · 工会工作

#: A web page's or a public account's chrome: staff lines (（责任编辑：某某）, 编辑：甲　审核：乙, a
#: paper's 本版责任编辑：甲 版式设计：乙, its page line 第6版 要闻 责任编辑：甲, or a company paper's
#: 主办：某某集团有限公司　责任编辑：甲),
#: the blocks that close a story (相关新闻, 往期推荐, 分享到：…, 点击“阅读原文”…, 【打印本页】【关闭窗口】) and the
#: navigation over it (首页 | …, 当前位置：…). None is a headline; what follows a closing
#: line up to the next headline (a list of linked titles) belongs to no article.
_STAFF_TITLES = r"(?:责任编辑|美术编辑|编辑|审核|校对|终审|初审|二审|三审|监制|统筹|排版|美编|责编|版式设计|版式)"
_WEB_STAFF = re.compile(r"^[（(【\[]?(?:第\s*[\d一二三四五六七八九十]+\s*版[^。，,]{0,16}?\s)?(?:(?:主办|出版)[:：][^。，,\s]{2,30}\s+)?(?:本版)?"
                        + _STAFF_TITLES + r"\s*[:：]")
_WEB_CLOSING = re.compile(
    r"^[→▶►▷☞\s]*(?:(?:相关新闻|相关阅读|相关链接|相关报道|延伸阅读|往期推荐|往期回顾|推荐阅读|热门推荐|猜你喜欢)\s*[:：]?$"
    r"|(?:分享到|分享至|转发到)\s*[:：]|(?:[▼▽↓\s]*更多精彩[，,]?)?请?点击.{0,12}(?:阅读原文|关注|了解更多|查看更多)"
    r"|阅读原文$|(?:上一篇|下一篇)\s*[:：]|(?:网友|读者)?评论\s*[（(]\d+[)）]$|(?:网友|读者)评论$|(?:查看|展开)(?:更多|全部)评论"
    r"|(?:[【\[]?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|返回顶部|返回列表|收藏本页|加入收藏)[】\]]?\s*)+$)")
_WEB_NAVIGATION = re.compile(r"^(?:(?:当前位置|您的位置|你的位置)\s*[:：]|首页\s*[|｜>›»])")
#: A rule between stories (——————, ────, ＊＊＊), a public account's action bar (分享　收藏
#: 点赞　在看), an app's counts under a story (阅读 2.1万 · 点赞 486) or a web story's tool bar
#: under its dateline (【字号 大 中 小】　【打印】　【关闭】) and an issue's contents heading
#: (▼ 今日导读 ▼): no article's text.
_RULE_LINE = re.compile(r"^[-—─━=＝_＿*＊~～·•.。※\s]{3,}$|^[—─-]{2,}$")
_ACTION_BAR = re.compile(r"^(?:(?:分享|收藏|点赞|在看|转发|喜欢|推荐|留言|评论)[\s\u3000]*){3,}$"
                         r"|^(?:(?:阅读|浏览|点赞|在看|评论|转发|收藏|分享)[\s\u3000]*[\d.]+[万千wW]?\+?[\s\u3000]*[·|｜]?[\s\u3000]*){1,5}$"
                         r"|^(?:[【\[](?:字号[:：]?[\s\u3000]*(?:[大中小][\s\u3000]*)*|打印|关闭|纠错|收藏)[】\]][\s\u3000]*)+$"
                         r"|^(?:[\u4e00-\u9fff]{1,6}[\s\u3000]*[|｜][\s\u3000]*){3,}[\u4e00-\u9fff]{1,6}$")   # 搜索 | 登录 | 注册 | …
#: A column's sponsor note (本栏目由某某中心协办): furniture, no title.
_SPONSOR_NOTE = re.compile(r"^[（(]?本(?:栏目|专栏|版|专版|期)(?:由|与)[^。，]{2,40}(?:协办|主办|承办|联办|支持|提供|合办)[)）]?$")
_CONTENTS_HEADING = re.compile(r"^[▼▽◆■●【\[\s]*(?:今日导读|本期导读|导读|今日看点|本期目录|目录)[▼▽◆■●】\]\s]*$")
#: A jump line between pages: a story goes on elsewhere (下转第2版) or goes on here
#: from elsewhere (（转自第1版）, （上接第一版）: a body starts).
_JUMP_OUT = re.compile(r"^[（(]?(?:下转|转)(?:第|至|到)\s*[\d一二三四五六七八九十]+\s*版[)）]?$")
_JUMP_IN = re.compile(r"^[（(]?(?:转自|上接|接|续)第?\s*[\d一二三四五六七八九十]+\s*版[)）]?$")
#: A web story's page links: "上一页　1　2　下一页".
_PAGINATION = re.compile(r"^(?=.*(?:上一页|下一页))(?:上一页|下一页|首页|尾页|\d+|[\s\u3000|｜])+$")
#: A reprint's source under its last paragraph: "《 人民日报 》（ 2026年05月12日　第 07 版）".
_REPRINT_SOURCE = re.compile(r"^《\s*[^《》]{2,16}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]{0,20}[)）]$")
#: A caption's bare credit after its last sentence: "图为…。　某某　摄".
_PHOTO_CREDIT = re.compile(r"[。！？!?]\s*[\u4e00-\u9fff]{2,4}\s*(?:摄|摄影|供图)$")
#: A post's time stamp under a public account's name: "2025年05月12日 20:30 新疆", or
#: with the account's name before it (某某县融媒体中心　2024-05-06 08:30　广西).
_POST_STAMP = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z0-9]{2,20}[ \u3000]+)?(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?"
                         r"(?:\s*[\u4e00-\u9fff]{2,8})?$")      # or 2024-04-26 18:02 under a post's title
#: A line in a minority script with no Han character (a bilingual edition's Uyghur,
#: Kazakh, Tibetan or Mongolian title or text): not read, no headline and no body.
_MINORITY_SCRIPT = re.compile(r"^[^\u4e00-\u9fff]*[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff"
                              r"\u1800-\u18af]{2,}[^\u4e00-\u9fff]*$")
#: Staff signed with a space, no colon (编辑　某某, 本版责任编辑　甲　　美术编辑　乙): chrome.
_STAFF_SIGNED = re.compile(r"^(?:本版)?" + _STAFF_TITLES + r"[ \u3000]+[\u4e00-\u9fff·]{2,8}(?:[ \u3000]+"
                           + _STAFF_TITLES + r"[ \u3000]+[\u4e00-\u9fff·]{2,8})*$")
#: An official document's number under its issuer's line (温工〔2026〕12号, 某总工发[2025]3号).
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［【(（]\d{4}[〕\]］】)）]\s*第?\d{1,4}\s*号$")
#: The end of a photo's credit (记者 某某 摄, 通讯员 某某 摄影报道, 某某 供图).
_PHOTO_CREDIT_END = re.compile(r"(?:摄|摄影|摄影报道|供图)$")


#: A reprint's note under its title: （本文转载自“某某县融媒体”微信公众号）.
_REPRINT_NOTE = re.compile(r"^[（(]?(?:本文(?:转载自|转自|来源于|原载于?)|转载自|原载于?)[^（）()]{2,40}[）)]?$")   # not （转自第1版）


def _passed_over(text: str) -> bool:
    """A line between a title and its text that nothing reads: the title again in a
    minority script, an official document's number, or a reprint's note."""
    return _MINORITY_SCRIPT.match(text) is not None or _DOC_NUMBER.match(text) is not None \
        or _REPRINT_NOTE.match(text) is not None


#: A public account's call to follow it (点击上方蓝字关注我们): chrome; under a post's
#: title it closes nothing.
_FOLLOW_CALL = re.compile(r"^[▲↑☝👆\s]*(?:点击|戳)?上方[“\"]?(?:蓝字|蓝色字|名片)?[”\"]?.{0,10}关注.{0,6}$")
#: A line that introduces a list: "部分获奖名单如下：", "陕西省五一劳动奖章（部分）".
#: A list heading's note in brackets: （部分）, （20名）, （10人，以姓氏笔画为序）.
LIST_NOTE = (r"[（(](?:部分|节选|排名不分先后|个人|集体|单位|\d+(?:名|个|人|家|项)|(?:以|按)姓氏笔画(?:为序|排序|排列))"
             r"(?:[，,、；;][^（）()]{1,16})?[)）]")
_LIST_LEAD = re.compile(r"(?:[:：]|" + LIST_NOTE + r"|名单)$")
#: A row of a list or table: a name cell, a space, then one more cell and no
#: sentence mark ("某某 某某公司设备维修工", "某　某 某某县某某合作社农机手", "1.某某（某某公司焊工）").
#: A numbered list row's number (1.某某（…）, 12、某某　…).
ROW_NUMBER = r"\d{1,2}[.．、][ \u3000]?"
_ROW_NAME = PADDED_NAME + r"(?:[（(][^（）()，。\n]{1,6}[）)])?"
_LIST_ROW = re.compile(r"^(?:" + ROW_NUMBER + r")?(?:" + _ROW_NAME + r"(?:(?:[ \u3000]+[^，。；、：\s](?:、?[^，。；、：\s]){1,39}){1,3}"
                       r"|[（(][^（）()，。\n]{2,40}[）)])"
                       r"|[^，。；、：\s]{4,40}[ \u3000]+" + _ROW_NAME + r")$")    # or the unit and post first
#: A brief's place label in brackets: 【宁波】近日，…
_PLACE_LABEL = re.compile(r"^【[\u4e00-\u9fff]{2,6}】")
#: A list's heading after an enumerator (二、某市工人先锋号（集体）): it ends its line, unless a
#: column break cut an item's sentence before its bracketed note ((二)某某代表 / （某某公司工会主席）提出的…).
_ENUM_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^，。；]{2,30}$")
#: A list's row that is one body's whole name (某某有限公司, 某某医院, 某某车间): a list of
#: winners one per line, not a sentence cut by a column break.
_NAME_ROW = re.compile(r"^[^，。；、：:\s]{4,40}(?:公司|集团|医院|卫生院|中心|学校|小学|中学|大学|学院|车间|班组|工会|"
                       r"总工会|委员会|研究院|研究所|合作社|工作室|队|班|站|所)$")
#: A list's note on a line of its own under its title (（共23名，按姓氏笔画为序）, （排名不分先后））:
#: it ends its line, no sentence runs on from it.
_NOTE_LINE = re.compile(r"^[（(][^（）()]{2,30}[）)]$")
#: A row of three or more names set off by 、, each with an optional note (某甲（女，回族）、某乙、某丙),
#: and a labelled line (大会秘书长：某某): a list ends before the label, no column cut joins them.
#: A name may be padded to three characters with a space (王　蕾).
_ROW_ITEM = r"[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,7}"
NAMES_ROW = re.compile(r"^" + _ROW_ITEM + r"(?:" + PERSON_NOTE.pattern + r")?(?:、" + _ROW_ITEM + r"(?:"
                       + PERSON_NOTE.pattern + r")?){2,}$")
_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]")
#: A results row under its prize (一等奖：某甲（某某公司）, 第二名：…, 优秀奖：…).
_PRIZE_ROW = re.compile(r"^(?:[一二三四五六七八九十]等奖|第[一二三四五六七八九十]+名|特等奖|优秀奖|金奖|银奖|铜奖)[：:]")
#: A post's label opening a line (主　任：, 委　员（按姓氏笔画排序）：): a slate's line.
_POST_LABEL = re.compile("^" + POST_LABEL)
#: A list's title over a slate (某某工会第十四届经费审查委员会组成人员): a line of its own.
_MEMBERS_TITLE = re.compile(r"(?:组成人员|成员名单|委员名单|人员名单)$")
#: A row of names cut by a column break goes on with names (…、某|甲、某乙…), not with a sentence.
_LIST_GOES_ON = re.compile(r"^(?:[^，。；：,;:]*、|[\u4e00-\u9fff]{1,3}$)")
#: A slate's line: a post, a colon, its holders (副主席：某甲、某乙（兼职）): no sentence runs on from it.
_SLATE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,16}[：:]" + _ROW_ITEM + r"(?:[（(][^（）()]{1,8}[）)])?"
                         r"(?:、" + _ROW_ITEM + r"(?:[（(][^（）()]{1,8}[）)])?)*$")
#: What a labelled line opens with (当选委员会委员的有：, 女职工委员会主任：): a new row of a slate.
_ANY_LABEL = re.compile(r"^[^，。；：:,;]{2,24}[：:]")
#: Marks that open a short item or a byline line: ●近日…, ■本报记者 某某.
_BULLETS = "■□●○◆◇▲△★☆▶►"
#: Marks before the linked titles under 往期推荐 or 相关新闻 (◎ 某某): links, never a headline.
_DOTS = "◎•·▪"
_LINK_MARKS = _BULLETS + _DOTS
#: A table's row printed as text: four or more cells set apart by spaces
#: (7月8日　10:00—10:30　开班仪式　某某（…）, 第一名　某某　某某公司　96.5分).
_TABLE_ROW = re.compile(r"^[^\s，。；]{1,40}(?:[ \u3000]+[^\s，。；]{1,40}){3,}$")
#: A list's row under a dot (· 某某 某某公司技术员): a paragraph of its own.
_DOT_ROW = re.compile(rf"^[{_DOTS}][ \u3000]?[\u4e00-\u9fff]")

# --------------------------------------------------------------- line classes


#: A note on a comment's writer under its last paragraph: （作者系本报特约评论员）, （作者单位：…）,
#: （作者：某某）.
#: The writer's post, when the note gives one: （作者系本报特约评论员） -> 特约评论员.
#: A judgment's or an award's signature line (审判员　某某, 书记员　某某): it ends its paragraph.
_BENCH_SIGNATURE = re.compile(r"^(?:审判长|审判员|代理审判员|人民陪审员|书记员|法官助理|首席仲裁员|仲裁员)[ \u3000]+[\u4e00-\u9fff·]{2,6}$")
#: An answer's writer in brackets under its last paragraph (（某某律师事务所律师　某某）): the
#: answer's signature, closing the column.
#: A writer's credit by post, under a comment's title: "大赛裁判长　某某", "市总工会法律顾问　某某".
_POSTED_WRITER = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:裁判长|评委|专家|教授|律师|法官|法律顾问|研究员|工程师|技师)"
                            r"[ \u3000]+[\u4e00-\u9fff·]{2,8}$")
_WRITER_NOTE = re.compile(r"^[（(][\u4e00-\u9fff]{2,30}(?:律师|法官|检察官|仲裁员|研究员|教授|主任|记者)[ \u3000]+[\u4e00-\u9fff·]{2,6}[)）]$")
_AUTHOR_NOTE = re.compile(r"^[（(]作者(?:(?:系|为|是)(?:本报|本刊|本台)?(?P<post>[\u4e00-\u9fff]{2,8}?(?:评论员|记者|编辑|撰稿人))"
                          r"|(?:系|为|是|单位[:：])[^（）()]{2,40}|[:：][\u4e00-\u9fff·]{2,12})[)）]$")


def ends_paragraph(text: str) -> bool:
    """Whether ``text`` ends a paragraph: sentence-final punctuation, a credit or a
    letter's signature.

    A closing quote ends it only after a final mark ("……。”"), so a column cut
    after a quoted term ("开展“金点子”") still counts as unfinished.

    >>> ends_paragraph("活动圆满结束。"), ends_paragraph("开展全员")
    (True, False)
    """
    stripped = text.rstrip()
    core = stripped.rstrip(_CLOSING_QUOTES)
    if core and core[-1] in _FINAL or _PHOTO_CREDIT.search(stripped) or _LIST_LEAD.search(stripped) \
            or _DATE_ALONE.match(stripped) or _SIGNED_DATE.search(stripped) \
            or _READER_SIGNATURE.match(stripped) or _AUTHOR_NOTE.match(stripped) \
            or _SIGNATURE.fullmatch(stripped) or _MARKED_CREDIT.search(stripped) or _WRITER_NOTE.match(stripped) \
            or _BENCH_SIGNATURE.match(stripped) or _SECTION_MARK.match(stripped) or _bracketed_note(stripped):
        return True
    k = max(stripped.rfind("（"), stripped.rfind("("))
    return _credit_tail(stripped) is not None or _byline_line(stripped) is not None \
        or _SOURCE_LINE.match(stripped) is not None or _bracketed_credit(stripped) \
        or k > 0 and stripped[k - 1] in _FINAL and (_bracketed_credit(stripped[k:]) or stripped.endswith(("）", ")"))) \
        or bool(_bare_credits(stripped, 0))    # …主办。（记者 某某）, …主办。（某某 某某）, …荣誉。（完整名单见…）


def looks_like_headline(text: str) -> bool:
    """Short, not a sentence, not a news opener and not a credit line.

    >>> looks_like_headline("某区总工会举办职工运动会"), looks_like_headline("会议召开。")
    (True, False)
    """
    text = text.strip()
    if not 2 <= len(text) <= MAX_HEADLINE_CHARS or "。" in text or is_page_furniture(text) or _DATE_ALONE.match(text):
        return False
    core = text.rstrip(_CLOSING_QUOTES)
    if not core or core[-1] in _NOT_HEADLINE_END and not _EXCLAIMED_TITLE.match(text) or _REPORTED_SPEECH.search(text) \
            or _bracketed_note(text) or _table_header(text) or _APPENDIX.match(text) or _REPRINT_NOTE.match(text):
        return False
    return not is_body_start(text) and not is_credit_line(text) and not _READER_SIGNATURE.match(text) \
        and not _AUTHOR_NOTE.match(text) and not _WRITER_NOTE.match(text) and not _BENCH_SIGNATURE.match(text) \
        and not _POSTED_WRITER.match(text)


#: A line wholly in brackets that a clause or a date fills: a note (（名单未完，全部名单见…）) or a
#: signature (（某某总工会　2024年4月25日）), not a deck's (摘登) nor a speech's date (（2026年2月9日）).
_BRACKETED_NOTE = re.compile(r"^[（(](?=[^（）()]*(?:[，,]|[\u4e00-\u9fff][ \u3000]*\d{4}年))[^（）()]{6,}[）)]$")


def _bracketed_note(text: str) -> bool:
    """A note or a signature wholly in brackets (see :data:`_BRACKETED_NOTE`), not a
    list's note under its title (（共5名，按姓氏笔画为序）)."""
    return _BRACKETED_NOTE.match(text) is not None and _LIST_NOTE.match(text) is None


#: What a story appends under its text (附：培训通知（摘要）, 附件1：…): part of it, no title.
_APPENDIX = re.compile(r"^附(?:件\d{0,2}|录)?[：:]")
#: The words of a table's header row (日期　时间　课程　授课人, 名次　姓名　单位　成绩).
_HEADER_CELLS = frozenset("序号 编号 名次 排名 姓名 性别 民族 年龄 出生年月 日期 时间 地点 课程 内容 授课人 主讲人 单位 工作单位 "
                          "职务 现任职务 岗位 职称 成绩 得分 积分 用时 备注 奖项 等次 案由 提案人 承办部门".split())


def _table_header(text: str) -> bool:
    """A table's header row: three cells or more parted by spaces, at least two of
    them words of :data:`_HEADER_CELLS`."""
    cells = text.split()
    return len(cells) >= 3 and sum(c in _HEADER_CELLS for c in cells) >= 2


#: A clause that reports speech (某某负责人表示，…): a sentence's opening, never a title's.
_REPORTED_SPEECH = re.compile(r"(?:表示|介绍|指出|强调|认为|告诉记者)[，,]")
#: A title that calls out its verdict (以…为由解除劳动合同 法院判了：违法解除，赔偿！): two
#: parts, a space or a colon between them, and a bang at its end.
_EXCLAIMED_TITLE = re.compile(r"^[^“\"「『（(][^。！？!?]{4,}[ \u3000：:][^。！？!?]{2,}[！!]$")


#: An essay's author under its title, set after a mark (◎ 某某).
_AUTHOR_MARK = re.compile(r"^[◎☆★]\s?[\u4e00-\u9fff·]{2,8}$")


#: A title that asks: one clause or two, a question mark at its end, no quotation or
#: label (问：) opening it.
_ASKED_TITLE = re.compile(r"^(?![问答“\"（(])[^。！？!?：:]{4,30}[？?]$")


#: A reader's question opening a Q&A (问：…).
_QUESTION = re.compile(r"^(?:问|提问|读者问)[：:]")


#: A letter's signature: its writer's place, 读者 and name (某某区　读者　某某).
_READER_SIGNATURE = re.compile(r"^[\u4e00-\u9fff]{0,10}[ \u3000]*(?:读者|网友|市民)[ \u3000]+[\u4e00-\u9fff]{2,4}$")


def is_body_start(text: str) -> bool:
    """Whether a line starts a news item ("本报讯", "近日，", "昨天", "5月11日",
    a web dateline "2025-04-29 08:05 来源：…" ...) or a notice (各区总工会，各产业工会：);
    page furniture ("2025年4月28日 星期一 第1版") and a date alone (a notice's
    signature: 2025年4月28日) start none."""
    text = text.strip().lstrip(_BULLETS)
    if is_page_furniture(text) or _DATE_ALONE.match(text):
        return False
    return bool(_STRONG_START.match(text) or _BODY_START.match(text) or _SOURCE_LINE.match(text)
                or _JUMP_IN.match(text) or _SALUTATION.match(text))


def is_page_furniture(text: str) -> bool:
    """A date-and-page line under a masthead ("2025年4月28日 星期一 第1版 要闻") or
    a web page's chrome (责任编辑：某某, 相关新闻, 分享到：微信, 首页 | 时政 …)."""
    text = text.strip()
    return bool(_PAGE_FURNITURE.match(text) or _DATE_WEEKDAY.match(text) or _PAGE_NUMBER.match(text)
                or _WEB_STAFF.match(text) or _WEB_CLOSING.match(text)
                or _WEB_NAVIGATION.match(text) or _JUMP_OUT.match(text) or _POST_STAMP.match(text)
                or _REPRINT_SOURCE.match(text) or _PAGINATION.match(text) or _RULE_LINE.match(text)
                or _ACTION_BAR.match(text) or _CONTENTS_HEADING.match(text) or _SPONSOR_NOTE.match(text)
                or _FOLLOW_CALL.match(text) or _MINORITY_SCRIPT.match(text) or _DOC_NUMBER.match(text)
                or _STAFF_SIGNED.match(text))


def closes_story(text: str) -> bool:
    """A line after which, up to the next headline, nothing belongs to an article:
    相关新闻, 往期推荐, 分享到：…, 点击“阅读原文”…"""
    return bool(_WEB_CLOSING.match(text.strip()))


#: A picture's source under a story: "图片由某某局提供", "（照片由受访者提供）", "图片来源：某某".
_PICTURE_SOURCE = re.compile(r"^[（(]?(?:图片|照片|图|视频)(?:由[^，。；]{2,30}提供|来源[:：][^，。；]{2,30})[)）]?$")
#: A comment's signature with no name (本报评论员, 某某日报特约评论员): the line under its title.
_UNSIGNED_CREDIT = re.compile(r"^(?:本报|[\u4e00-\u9fff]{1,10}?报)?(?:特约)?评论员$")
#: A photo's credit with no title, a line of its own under the picture (某某　摄): the
#: photographer, whose title is 摄影.
_BARE_PHOTO_CREDIT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8})"
                                r"[ \u3000]+(?:摄|摄影)$")


def is_credit_line(text: str) -> bool:
    """Whether the whole line is a credit such as "本报记者 某某 摄" or "（通讯员 某某）".

    >>> is_credit_line("（通讯员 张某某）"), is_credit_line("（上接第一版）")
    (True, False)
    """
    text = text.strip()
    tail = _credit_tail(text)
    if tail is not None and tail[0] == 0:
        return True
    return _byline_line(text) is not None or _bracketed_credit(text) or _UNSIGNED_CREDIT.match(text) is not None \
        or _PICTURE_SOURCE.match(text) is not None or _SIGNATURE.fullmatch(text) is not None \
        or _BARE_PHOTO_CREDIT.match(text) is not None


def _bracketed_credit(text: str) -> bool:
    """The whole line is a credit in brackets: "（通讯员 某某 记者 某某）"."""
    m = _BRACKET.fullmatch(text)
    return bool(m and _read_credit(_tokens(m.group(1)), need_end=False))


# ------------------------------------------------------------------- bylines
_TITLE = re.compile(r"(?:本报|[\u4e00-\u9fff]{0,10}?(?:报社|电视台|广播电台|融媒体中心|新闻中心|新闻网|"
                    r"新华社|中新社|通讯社)|[\u4e00-\u9fff]{1,10}?报(?:[\u4e00-\u9fff]{0,4}?新闻)?(?:客户端|APP|App)?"
                    r"|[\u4e00-\u9fff]{1,4}?(?:新闻|云|网|融媒)|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,6}"
                    r"|[\u4e00-\u9fff]{2,5}?(?<!实习)(?<!见习)(?<!特约)(?<!首席)(?<!全媒)(?<!融媒)(?<!全媒体)(?<!融媒体))?(?P<t>(?:实习|见习|特约|首席|全媒体?|融媒体?)?记者|(?:特约)?评论员|通讯员|实习生|摄影(?!报道))")
#: (an outlet may be a paper's app, 新华日报·交汇点记者, or the app's name alone, 交汇点记者)
_LEADING_TITLES = frozenset({"文/图", "图/文", "文图", "图文"})   # "文/图 某某": a title only before the name
_ROLE_MARK = re.compile(r"(?:文|图|摄影|视频)[/／]")   # what the credited one made, before the title
#: The credit printed the other way round, the name before what it made (某某/文　某某/图).
_MARK_AFTER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6}?)[/／](?P<t>文图|文|图|摄影|视频)")
_OUTLET_ENDS = ("社", "网", "报", "台", "中心")   # 图/新华社: a source, not a person
_END_WORDS = frozenset({"摄影报道", "摄", "文", "图", "文图", "文/图", "供图", "报道", "整理"})
_NAME = re.compile(r"((?:[\u4e00-\u9fff]{1,8}[·•・‧])+[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{2,6}?)(摄影报道|摄)?")
_TOKEN = re.compile(r"[^\s、，,]+")
_BRACKET = re.compile(r"[（(]([^（）()\n]{2,60})[）)]")


@dataclass(frozen=True)
class _Token:
    kind: str      # "title" | "name" | "end" | "other"
    text: str
    start: int
    width: int = 0     # printed length when it differs from the text's (陶　冶 -> 陶冶)


def _tokens(s: str) -> list[_Token]:
    """Split a credit / byline string into title, name and end tokens."""
    out = []
    for m in _TOKEN.finditer(s):
        word, start = m.group(), m.start()
        if not out and word[0] in _BULLETS:     # ■本报记者 某某
            bare = word.lstrip(_BULLETS)
            word, start = bare, start + len(word) - len(bare)
            if not word:
                continue
        if not out and word in _LEADING_TITLES:
            out.append(_Token("title", word, start))
            continue
        if (role := _ROLE_MARK.match(word)) and _TITLE.match(word, role.end()):
            word, start = word[role.end():], start + role.end()     # 文/记者 某某　图/通讯员 某某
        elif role and (name := _NAME.fullmatch(word, role.end())) and not name.group(2) \
                and not word.endswith(_OUTLET_ENDS):
            out.append(_Token("title", word[:role.end() - 1], start))     # 文/某某　图/某某: the mark is the title
            out.append(_Token("name", name.group(1), start + role.end()))
            continue
        if (after := _MARK_AFTER.fullmatch(word)) and not _newsroom_like(after.group("name")):
            out.append(_Token("title", after.group("t"), start))     # 某某/文: the mark is the title
            out.append(_Token("name", after.group("name"), start))
            continue
        title = _TITLE.match(word)
        if title and title.end() < len(word):
            out.append(_Token("title", title.group(), start))
            cut = title.end() + (word[title.end()] in "：:/／")     # 摄影：某某, 记者/某某
            word, start = word[cut:], start + cut
            if not word:
                continue
        elif title:
            out.append(_Token("title", word, start))
            continue
        if word in _END_WORDS:
            out.append(_Token("end", word, start))
            continue
        name = _NAME.fullmatch(word)
        if name and not _newsroom_like(name.group(1)):
            out.append(_Token("name", name.group(1), start))
            if name.group(2):
                out.append(_Token("end", name.group(2), start + len(name.group(1))))
        else:
            out.append(_Token("other", word, start))
    return _spaced_names(out)


def _newsroom_like(name: str) -> bool:
    """A long would-be name that is a newsroom (县融媒体中心, 某某日报社): names of five
    or six characters (乌某吉巴雅尔) are read only when they are not."""
    return len(name) > 4 and "·" not in name and (name.endswith(_OUTLET_ENDS) or "媒" in name)


def _spaced_names(tokens: list[_Token]) -> list[_Token]:
    """A two-character name printed with a space between its characters, as
    typesetters pad it to the width of three (记者 陶　冶): one name after a title or
    a name."""
    out: list[_Token] = []
    k = 0
    while k < len(tokens):
        a = tokens[k]
        b = tokens[k + 1] if k + 1 < len(tokens) else None
        if b is not None and out and out[-1].kind in ("title", "name") \
                and a.kind == b.kind == "other" and len(a.text) == len(b.text) == 1 \
                and "\u4e00" <= a.text <= "\u9fff" and "\u4e00" <= b.text <= "\u9fff" and b.start - a.start <= 3:
            out.append(_Token("name", a.text + b.text, a.start, b.start + 1 - a.start))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


#: What a newsroom's name ends with, printed between a credit's names and its end word.
_NEWSROOMS = ("中心", "电视台", "广播电台", "报社", "新闻网", "日报", "晚报", "工人报", "职工报")


def _read_credit(tokens: list[_Token], need_end: bool) -> list[tuple[str, _Token]] | None:
    """``(title, name token)`` pairs if ``tokens`` form a byline, else None.

    Grammar: (TITLE NAME+ NEWSROOM? END?)+ ; after an END a final free word ending in
    供图/提供 (a picture source) is allowed. ``need_end`` demands an END word.
    """
    pairs: list[tuple[str, _Token]] = []
    title, saw_end = None, False
    for k, tok in enumerate(tokens):
        if tok.kind == "title":
            title = m.group("t") if (m := _TITLE.fullmatch(tok.text)) else tok.text   # 某某日报记者 -> 记者
        elif tok.kind == "name" and title is not None:
            pairs.append((title, tok))
        elif tok.kind == "end" and pairs:
            title, saw_end = None, True
        elif (tok.kind == "other" and saw_end and k == len(tokens) - 1
              and tok.text.endswith(("供图", "提供"))):
            break
        elif (tok.kind == "other" and pairs and k + 1 < len(tokens) and tokens[k + 1].kind == "end"
              and tok.text.endswith(_NEWSROOMS)):
            continue     # （记者 甲 乙 县融媒体中心 报道）: the newsroom before the end word
        else:
            return None
    if not pairs or (need_end and not saw_end):
        return None
    return pairs


def _credit_tail(text: str) -> tuple[int, list[tuple[str, _Token]]] | None:
    """``(tail_start, pairs)`` for a credit after the last sentence of ``text``."""
    cut = max(text.rfind(c) for c in _FINAL + _CLOSING_QUOTES) + 1
    tail = text[cut:]
    if not tail.strip():
        return None
    pairs = _read_credit(_tokens(tail), need_end=True)
    if pairs is None:
        return None
    return cut, pairs


def _byline_line(text: str) -> list[tuple[str, _Token]] | None:
    """Pairs of a line that is only a byline, opening with its title
    ("本报记者 甲 本报通讯员 乙", "文/图 丙"), else None. Each title stands apart
    from its name ("摄影展览" is a headline)."""
    tokens = _tokens(text)
    if not tokens or tokens[0].kind != "title" or _ROLE_MARK.sub("", text[:tokens[0].start]).strip(_BULLETS):
        return None
    glued = any(a.kind == "title" and b.start == a.start + len(a.text) for a, b in zip(tokens, tokens[1:]))
    pairs = _read_credit(tokens, need_end=False)
    if glued or pairs is None:
        return None
    return pairs


def parse_bylines(paragraph: str, offset: int = 0) -> list[Byline]:
    """Bylines in one body paragraph; ``offset`` is where it starts in the article text.

    Reads bracketed bylines anywhere ("本报讯（记者 甲 通讯员 乙）", "(实习记者 丙)")
    and a credit at the end ("本报记者 丁 摄", "通讯员 戊 摄影报道"). "本报记者"
    gives the title "记者".

    >>> [(b.title, b.name, b.start) for b in parse_bylines("本报讯（记者 王小明 通讯员 李华）近日")]
    [('记者', '王小明', 7), ('通讯员', '李华', 15)]
    """
    found: list[Byline] = []
    for m in _BRACKET.finditer(paragraph):
        pairs = _read_credit(_tokens(m.group(1)), need_end=False)
        found += _bylines(pairs or [], offset + m.start(1))
    tail = _credit_tail(paragraph)
    source = _SOURCE_LINE.match(paragraph)
    if (writer := _WRITER_LINE.match(paragraph)) is not None:
        # a post's 作者：某某日报记者 甲　通讯员 乙 (or 作者：丙, a writer with no title)
        found += _credited("作者", writer.group("rest"), offset + writer.start("rest"))
    elif source is not None and _META_CREDIT.search(paragraph):
        found += _meta_credits(paragraph, offset)     # 来源：…　　作者：甲　　发布时间：…　　阅读量 …
    elif source is not None:   # "… 来源：某某网　记者 甲　实习生 乙": the names after the source
        rest = paragraph[source.end():]
        skip = len(rest) - len(rest.lstrip())
        if (line := _byline_line(rest.lstrip())) is not None:
            found += _bylines(line, offset + source.end() + skip)
    elif (lead := _OPEN_BYLINE.match(paragraph)) is not None:
        found += _bylines(_leading_pairs(paragraph[lead.end():]), offset + lead.end())
    elif tail is not None:
        found += _bylines(tail[1], offset + tail[0])
    elif (line := _byline_line(paragraph)) is not None:
        found += _bylines(line, offset)
    elif (bare := _BARE_PHOTO_CREDIT.match(paragraph)) is not None:
        found.append(Byline(title="摄影", name=bare["name"], start=offset + bare.start("name"),
                            end=offset + bare.end("name")))
    elif (mark := _MARKED_CREDIT.search(paragraph)) is not None:
        found.append(Byline(title=mark["t1"] or mark["t2"], name=mark["name"], start=offset + mark.start("name"),
                            end=offset + mark.end("name")))
    else:
        found += _production_credits(paragraph, offset)
    return sorted(set(found), key=lambda b: (b.start, b.end))


#: A video's credits: fields parted by spaces (出品：某某市总工会　策划：某某　摄像：某某　剪辑：某某,
#: 文字整理：本报记者　某某). Who made it is credited like a reporter (org null); 出品 names the
#: body that issues it, no person.
_CREDIT_LABELS = "出品|策划|摄像|剪辑|摄影|撰稿|编导|导演|配音|后期|文字整理|文字"
_CREDIT_FIELD = re.compile(rf"(?P<label>{_CREDIT_LABELS})[:：][ \u3000]*(?P<value>.+?)(?=[ \u3000]+(?:{_CREDIT_LABELS})[:：]|$)")


def _production_credits(paragraph: str, offset: int) -> list[Byline]:
    """The persons a video's credits line names (see :data:`_CREDIT_FIELD`); none
    unless the line is made of credits only."""
    fields = list(_CREDIT_FIELD.finditer(paragraph))
    if not fields or fields[0].start() != 0 or any(a.end() > b.start() or paragraph[a.end():b.start()].strip()
                                                    for a, b in zip(fields, fields[1:])):
        return []
    found = []
    for f in fields:
        value, start = f.group("value"), offset + f.start("value")
        if f.group("label") == "出品":
            continue
        if (line := _byline_line(value)) is not None:
            found += _bylines(line, start)      # 文字整理：本报记者　某某
        elif _WRITER_NAME.fullmatch(value):
            found.append(Byline(title=f.group("label"), name=value, start=start, end=start + len(value)))
    return found


#: A web story's meta line, fields parted by two spaces or more (来源：某某融媒体中心　　作者：甲　　
#: 发布时间：…　　阅读量 2386): the writer (作者：甲, 作者：记者 甲　通讯员 乙, 作者：甲（区总工会宣传部）)
#: and a video's makers (摄像：丙) are its credits.
_META_CREDIT = re.compile(rf"[ \u3000]{{2,}}(?:作者|{_CREDIT_LABELS})[:：]")
_META_FIELD = re.compile(rf"(?:^|(?<=[ \u3000]{{2}}))(?P<label>来源|稿源|作者|发布时间|发布日期|{_CREDIT_LABELS})[:：][ \u3000]*"
                         r"(?P<value>.+?)(?=[ \u3000]{2,}|$)")


def _meta_credits(paragraph: str, offset: int) -> list[Byline]:
    found = []
    for f in _META_FIELD.finditer(paragraph):
        label, start = f.group("label"), offset + f.start("value")
        value = re.sub(r"[（(][^（）()]*[)）]$", "", f.group("value"))    # 甲（区总工会宣传部）: the unit is a note
        if label not in ("来源", "稿源", "发布时间", "发布日期", "出品"):
            found += _credited(label, value, start)     # 作者：甲, 作者：记者 甲　通讯员 乙, 摄像：丙
    return found


def _credited(label: str, value: str, start: int) -> list[Byline]:
    """The persons one credit's value names (``start``: where it starts in the article):
    a byline by its own titles (记者 甲　通讯员 乙), else names alone, parted by spaces,
    credited by ``label`` (作者：甲　乙); none when any word is no name."""
    if (line := _byline_line(value)) is not None:
        return _bylines(line, start)
    names = list(re.finditer(r"[^ \u3000]+", value))
    if not all(_WRITER_NAME.fullmatch(m.group()) for m in names):
        return []
    return [Byline(title=label, name=m.group(), start=start + m.start(), end=start + m.end()) for m in names]


#: A credit with no reporter's title after a caption's last sentence (…焊接。图/某某) or a
#: comment's writer in brackets under its last paragraph (（作者：某某）): the mark is the title.
_MARKED_CREDIT = re.compile(r"(?:(?<=[。！？!?])[ \u3000]*(?P<t1>图|摄影)[/／]|^[（(](?P<t2>作者)[:：])"
                            r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8})(?(t2)[)）])$")


#: A post's writer line: 作者：某某日报记者 甲　通讯员 乙 / 作者：丙　丁 (names alone).
_WRITER_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
_WRITER_LINE = re.compile(r"^作者[:：][ \u3000]*(?P<rest>(?:[^\s：:，。]{2,16}(?:[ \u3000]+|$)){1,6})$")


#: "本报讯 记者 甲 通讯员 乙　正文…": a news opener's byline printed with no brackets.
_OPEN_BYLINE = re.compile(r"本报讯[ \u3000]+(?=(?:本报)?(?:实习|见习|特约|首席)?记者|(?:本报)?通讯员|实习生)")


def _leading_pairs(s: str) -> list[tuple[str, _Token]]:
    """The byline pairs at the head of ``s`` (TITLE NAME+ …), up to the first word
    that is neither; each name must stand apart (the body follows a space)."""
    pairs, title = [], None
    for tok in _tokens(s):
        end = tok.start + len(tok.text)
        if tok.kind == "title":
            title = tok.text.removeprefix("本报")
        elif tok.kind == "name" and title is not None and (end == len(s) or s[end].isspace()):
            pairs.append((title, tok))
        else:
            break
    return pairs


def _bylines(pairs, base: int) -> list[Byline]:
    return [Byline(title=title, name=tok.text, start=base + tok.start,
                   end=base + tok.start + (tok.width or len(tok.text))) for title, tok in pairs]


# ------------------------------------------------------------------ structure
@dataclass(frozen=True)
class _Block:
    line: int      # source line number
    text: str      # stripped line text
    level: int     # Markdown heading level, 0 for plain text
    block: bool = False   # a list item or a whole-line bold heading: never joined to a neighbour


@dataclass
class _Draft:
    headline: _Block
    decks: list[_Block] = field(default_factory=list)
    body: list[_Block] = field(default_factory=list)


class _Layout:
    """The blocks of one page and the decisions that need to look around a block."""

    def __init__(self, page: Page):
        self.blocks = [_Block(ln.number, ln.text.strip(), ln.heading, ln.block)
                       for ln in page.lines if ln.text.strip()]
        self.level = self._article_level()

    def _article_level(self) -> int:
        """The most common heading level (0 without headings), not counting a
        heading at the very top that sits directly over another heading (a
        banner); on a tie, the higher-ranking (smaller) level."""
        headings = self.blocks
        if len(headings) > 1 and headings[0].level and headings[1].level:
            headings = headings[1:]
        levels = Counter(b.level for b in headings if b.level)
        if not levels:
            return 0
        level = min(levels, key=lambda lv: (-levels[lv], lv))
        # a higher-ranking heading after body text opens an article whose own
        # sub-headings outnumber it (a Markdown story on an otherwise plain page)
        after_body = [b.level for prev, b in zip(self.blocks, self.blocks[1:])
                      if 0 < b.level < level and not prev.level and not looks_like_headline(prev.text)
                      and not is_page_furniture(prev.text)]     # a masthead's date line is no body
        return min(after_body, default=level)

    def plain(self, i: int) -> _Block | None:
        """Block ``i`` if it exists and is not a heading."""
        if i < len(self.blocks) and not self.blocks[i].level:
            return self.blocks[i]
        return None

    def listed(self, i: int) -> bool:
        """Block ``i`` is one of a run of list lines (no blank line between them): an
        item, never a headline or a deck. A headline over its dateline (发布时间：…) or
        an opinion column's label over its title is no list."""
        b = self.blocks[i]
        return b.block and not b.level and any(
            0 <= j < len(self.blocks) and self.blocks[j].block and abs(self.blocks[j].line - b.line) == 1
            and not is_body_start(self.blocks[j].text) and not is_page_furniture(self.blocks[j].text)
            for j in (i - 1, i + 1)) and not self._title_group(i) \
            and not self.opinion_head(i)

    def _title_group(self, i: int) -> bool:
        """Block ``i`` is in a run of at most three adjacent lines (a headline and its
        decks, no blank line between them) that a byline line or a news opener
        follows: a story's titles, not a list."""
        lo = hi = i
        while lo > 0 and self.blocks[lo - 1].line == self.blocks[lo].line - 1:
            lo -= 1
        while hi + 1 < len(self.blocks) and self.blocks[hi + 1].line == self.blocks[hi].line + 1:
            hi += 1
        after = self.plain(hi + 1)
        if lo < hi and hi - lo <= _MAX_DECKS + 1 and _byline_line(self.blocks[hi].text) and after is not None \
                and is_body_start(after.text):
            return True     # #话题# / title / ——deck / byline line, then the news opener
        return hi - lo < _MAX_DECKS + 1 and after is not None and not looks_like_headline(after.text) \
            and (bool(_byline_line(after.text)) or bool(_STRONG_START.match(after.text)))

    def deck_like(self, i: int) -> bool:
        b = self.blocks[i]
        return b.level > self.level if b.level else \
            (looks_like_headline(b.text) or self.asked_title(i)) and not self.listed(i)

    def leads_to_body(self, i: int) -> bool:
        """After block ``i`` (and at most two deck lines) comes a news or photo item."""
        j = i + 1
        while j < len(self.blocks) and (j - i - 1 < _MAX_DECKS_BEFORE_BODY and self.deck_like(j)
                                        or _passed_over(self.blocks[j].text)):
            j += 1      # a deck, the title again in Uyghur under it, or a document's number
        first = self.plain(j)
        if first is None:
            return False
        if self.opinion_head(i) or self.signed_comment(i):
            return True       # 工人论坛 / 让更多“大工匠”从班组里走出来 / the comment, signed at its end
        if is_body_start(first.text) or _credit_tail(first.text) is not None or _byline_line(first.text) \
                or _UNSIGNED_CREDIT.match(first.text) or j > i + 1 and self.asked_title(j - 1) \
                or _POST_STAMP.match(first.text) and self._post_follows(j + 1):
            return True       # …, or a column's label over a title that asks (【以案说法】 / …吗？ / 问：…)
        if self.brief_item(j) and self.brief_item(j + 1):
            return True       # a news-in-brief column's heading over its items (■某某区总工会近日…。)
        if _MEETING_FIELD.match(first.text) and (second := self.plain(j + 1)) is not None \
                and _MEETING_FIELD.match(second.text) and not _NUMBERED_SECTION.match(self.blocks[i].text):
            return True       # 某某会议纪要 over 时间：… / 地点：… / 主持：…: the minutes' head
        title, under = self.blocks[i].text, self.plain(i + 1)
        k = j
        while k < j + 2 and (issued := self.plain(k)) is not None and (_ISSUED_BY.match(issued.text)
                                                                   or _DOCUMENT_HEAD.match(issued.text)):
            k += 1            # a bulletin's issuer and date under its title (某某总工会 / （2024年4月28日）),
            # a contract's adoption and its first chapter (（…审议通过） / 第一章　总则)
        opening = self.plain(k)
        if _NOTICE_TITLE.search(title) and opening is not None and len(opening.text) >= 40 and "。" in opening.text:
            return True       # 某某总工会关于…的公示 over the notice's first paragraph
        if title.endswith("名单") and under is not None and (under.text.count("、") >= 3 or _LIST_NOTE.match(under.text)) \
                and not self.story_list(i):
            return True       # 某某大会主席团成员名单 over （共23名，按姓氏笔画为序） or the names
        if _POSTED_WRITER.match(first.text) and (text := self.plain(j + 1)) is not None \
                and len(text.text) >= 40 and "。" in text.text:
            return True       # 裁判长点评：… / 大赛裁判长　某某 / the comment: a title over its writer's post and name
        credit = self.plain(j + 1)    # a photo's caption and its credit (本报记者 某某 摄)
        return credit is not None and is_credit_line(credit.text) \
            and (_credit_tail(credit.text) is not None or not _byline_line(credit.text))

    def next_section(self, i: int) -> bool:
        """Block ``i`` is a numbered section (二、事故经过) after the one numbered just before
        it (一、事故单位概况) a few blocks up: a report's part, not a story. So is a case
        of a story's numbered cases (案例二：…) after the one before it, or the first
        (案例一：…) when the second follows."""
        case = _CASE_HEADING.match(self.blocks[i].text)
        if case is not None and (n := _ordinal(case.group(1))) is not None:
            near = self.blocks[max(0, i - 40):i] if n > 1 else self.blocks[i + 1:i + 41]
            return any((c := _CASE_HEADING.match(b.text)) is not None and _ordinal(c.group(1)) == (n - 1 if n > 1 else 2)
                       for b in near)
        m = _NUMBERED_SECTION.match(self.blocks[i].text)
        if m is None or (n := _ordinal(m.group()[:-1])) is None or n < 2:
            return False
        for b in self.blocks[max(0, i - 40):i][::-1]:
            if (p := _NUMBERED_SECTION.match(b.text)) is not None and _ordinal(p.group()[:-1]) == n - 1:
                return True
        return False

    def story_list(self, i: int) -> bool:
        """Block ``i`` is the list of the people a story just awarded (…授予某某等10名同志
        “集团十佳员工”称号。 over 2024年度“集团十佳员工”名单): the honor the title quotes is
        named in the paragraphs right above it, so the list is the story's, not a story."""
        quoted = re.findall(r"“([^”]{2,20})”", self.blocks[i].text)
        above = [b.text for b in self.blocks[max(0, i - 3):i] if not b.level]
        return bool(quoted) and bool(above) and ends_paragraph(above[-1]) \
            and any(q in t for q in quoted for t in above)

    def _post_follows(self, j: int) -> bool:
        """From block ``j``, past a public account's chrome (点击上方蓝字关注我们), comes a
        post's source line or its first paragraph: the line over the post's time stamp
        is its title (an account's name over the stamp is followed by its menu)."""
        while (b := self.plain(j)) is not None and (is_page_furniture(b.text) or _passed_over(b.text)):
            j += 1      # or a reprint's note (（本文转载自…微信公众号）)
        return b is not None and (is_body_start(b.text) or _byline_line(b.text) is not None)

    def opinion_piece(self, i: int) -> bool:
        """Block ``i`` is an opinion column's label (工人论坛, 工会时评) over a title
        and a paragraph: a comment has no news opener and is signed at its end."""
        label, title, first = self.plain(i), self.plain(i + 1), self.plain(i + 2)
        return label is not None and title is not None and first is not None \
            and _OPINION_LABEL.match(label.text) is not None and title.line <= label.line + 2 \
            and looks_like_headline(title.text) and not looks_like_headline(first.text) and "。" in first.text

    def signed_comment(self, i: int) -> bool:
        """Block ``i`` is a comment's title with no column label: whole paragraphs and
        no other title follow it up to a signature in brackets (（本报评论员　某某）,
        （作者系本报特约评论员）)."""
        start = i + 2 if self.plain(i + 1) is not None and _AUTHOR_MARK.match(self.plain(i + 1).text) else i + 1
        for j in range(start, start + 14):
            b = self.plain(j)
            if b is None or b.level:
                return False
            if j > start and (_AUTHOR_NOTE.match(b.text) or "评论员" in b.text and _bracketed_credit(b.text)):
                return True
            if looks_like_headline(b.text) or not ends_paragraph(b.text) or is_body_start(b.text):
                return False
        return False

    def opinion_head(self, i: int) -> bool:
        """Block ``i`` is an opinion column's label or the comment's title under it."""
        return self.opinion_piece(i) or i > 0 and self.opinion_piece(i - 1)

    def brief_item(self, j: int) -> bool:
        """Block ``j`` is a paragraph of a news-in-brief column: a bullet or a place in
        brackets (【宁波】), then at least one whole sentence."""
        b = self.plain(j)
        return b is not None and (b.text[:1] in _BULLETS or _PLACE_LABEL.match(b.text) is not None) \
            and len(b.text) >= 30 and "。" in b.text

    def opens(self, i: int, after_open_paragraph: bool = False) -> bool:
        """Whether block ``i`` is a headline (see the module docstring)."""
        b = self.blocks[i]
        if b.level:
            return b.level <= self.level
        if _SECTION_MARK.match(b.text) and (nxt := self.plain(i + 1)) is not None \
                and not looks_like_headline(nxt.text) and not self.asked_title(i + 1):
            return False    # 【利川：一户一策解难题】 / #最美职工# over a paragraph: a post's section or tags
        if not (looks_like_headline(b.text) or self.asked_title(i)) or self.listed(i) or self.next_section(i):
            return False
        if i > 0 and _LIST_ROW.match(b.text) and (_LIST_ROW.match(self.blocks[i - 1].text)
                                                   or self.blocks[i - 1].text.endswith(("：", ":"))):
            return False    # 某甲　某某公司焊工 under 某乙　某某公司电工 or under its group's label (某某州：): the list goes on
        if after_open_paragraph:    # a news opener or a byline line must follow (■本报记者 某某)
            nxt = self.plain(i + 1)
            return nxt is not None and bool(_STRONG_START.match(nxt.text) or _byline_line(nxt.text)
                                            or _SOURCE_LINE.match(nxt.text)
                                            or _NOTICE_TITLE.search(b.text) and is_body_start(nxt.text)
                                            or self.asked_title(i) or self._subtitled(i)
                                            or b.text.endswith("名单") and _LIST_NOTE.match(nxt.text)
                                            or self._titled_over_byline(i))
        return self.asked_title(i) or self.leads_to_body(i) or self._subtitled(i) or self._after_credit(i)

    def intertitle(self, i: int, story: _Draft) -> bool:
        """Block ``i`` heads a part of ``story`` (井下千米　安全是第一道“工序” over 6月12日，记者
        跟随……下井): the story has a reporter's byline, and the part's first paragraph
        follows that reporter, with no byline or dateline of its own."""
        first = self.plain(i + 1)
        return first is not None and _FOLLOWS_REPORTER.match(first.text) is not None \
            and not _STRONG_START.match(first.text) \
            and any(_REPORTER_CREDIT.search(b.text) for b in story.body[:3])

    def _after_credit(self, i: int) -> bool:
        """Block ``i`` follows a story's closing photo credit (通讯员 某某 摄影报道) and a
        whole paragraph follows it: the next story's title, even with no news opener."""
        j = i + 1
        while j < len(self.blocks) and _passed_over(self.blocks[j].text):
            j += 1      # the title again in Uyghur
        prev, nxt = self.plain(i - 1) if i > 0 else None, self.plain(j)
        return prev is not None and nxt is not None and is_credit_line(prev.text) \
            and _PHOTO_CREDIT_END.search(prev.text) is not None \
            and len(nxt.text) >= 50 and "。" in nxt.text and not looks_like_headline(nxt.text)

    def _titled_over_byline(self, i: int) -> bool:
        """Block ``i`` is a title over a second title line and a byline line (全省工会会员达到
        某万人 / 《某某统计公报》发布 / 记者　某某): the story's head, the first line its title."""
        sub, credit = self.plain(i + 1), self.plain(i + 2)
        return sub is not None and credit is not None and looks_like_headline(sub.text) \
            and _byline_line(credit.text) is not None

    def _subtitled(self, i: int) -> bool:
        """Block ``i`` is a title over its subtitle (——某某大会工作报告（摘要）) and a
        byline line: a story's head even right after an unfinished line."""
        sub, credit = self.plain(i + 1), self.plain(i + 2)
        return sub is not None and credit is not None and sub.text.startswith(("——", "--")) \
            and (_byline_line(credit.text) is not None or _SPEAKER_LINE.match(credit.text) is not None)

    def asked_title(self, i: int) -> bool:
        """Block ``i`` is a title that asks (试用期被辞退，能要补偿吗？) right over a byline
        line or a reader's question (问：…): a question alone is a reader's or a speaker's
        line, not a title."""
        nxt = self.plain(i + 1)
        return _ASKED_TITLE.match(self.blocks[i].text) is not None and nxt is not None \
            and (_byline_line(nxt.text) is not None or _QUESTION.match(nxt.text) is not None)

    def is_banner(self, i: int) -> bool:
        """Whether block ``i`` (before any article) is the page banner."""
        if i + 1 >= len(self.blocks):
            return False
        b, nxt = self.blocks[i], self.blocks[i + 1]
        if b.level and b.level < self.level:
            return True           # the site's or page's own title over its articles' headings
        if nxt.level:
            return nxt.level == self.level and b.level <= self.level
        if b.level and b.level == self.level:
            return False          # a plain line under an article heading is its deck
        return looks_like_headline(nxt.text) and self.opens(i + 1)

    def take_decks(self, i: int, draft: _Draft) -> int:
        """Attach the decks starting at block ``i`` to ``draft``; return the next index."""
        while i < len(self.blocks) and len(draft.decks) < _MAX_DECKS:
            b = self.blocks[i]
            is_deck = (b.level != self.level if b.level
                       else looks_like_headline(b.text) and not _MEETING_FIELD.match(b.text) and self.leads_to_body(i))
            if not is_deck:
                break
            draft.decks.append(b)
            i += 1
        return i

    def drafts(self) -> list[_Draft]:
        """Group the blocks into articles (bodiless headlines are dropped)."""
        drafts: list[_Draft] = []
        i, open_paragraph, banner_seen, closed = 0, False, False, False
        while i < len(self.blocks):
            b = self.blocks[i]
            if is_page_furniture(b.text) or (closed and (b.text[:1] in _LINK_MARKS or not self.opens(i))):
                if closed and not drafts and not is_page_furniture(b.text):
                    banner_seen = True    # a public account's name and masthead under its follow line
                # 分享到：… under a story's dateline, before its text, closes nothing
                closed = closed or closes_story(b.text) and (not drafts or any(
                    not _SOURCE_LINE.match(x.text) for x in drafts[-1].body)) \
                    and not (drafts and not drafts[-1].body and _FOLLOW_CALL.match(b.text))   # a post's title, its
                #                                    time stamp, then 点击上方蓝字关注我们: its text follows
                open_paragraph = open_paragraph and not closed     # → 阅读原文 under a caption: the post ended
                i += 1
                continue
            closed = False
            if self.opens(i, open_paragraph) and not (drafts and self.intertitle(i, drafts[-1])):
                if not drafts and (not banner_seen or b.level and b.level < self.level) and self.is_banner(i):
                    i, banner_seen = i + 1, True
                    continue
                drafts.append(_Draft(headline=b))
                i, open_paragraph = self.take_decks(i + 1, drafts[-1]), False
                _main_title_first(drafts[-1], first=len(drafts) == 1)
                continue
            if drafts:
                drafts[-1].body.append(b)
            else:
                banner_seen = True    # a masthead over the first article is its banner
            # only an article's body can be cut by a column break (not the masthead above it)
            open_paragraph = bool(drafts) and not b.level and not b.block and not ends_paragraph(b.text) \
                and not _LIST_ROW.match(b.text)     # a list's row (某某　某某公司焊工) is never cut
            i += 1
        kept = [d for d in drafts if d.body]
        if not kept and len(self.blocks) > 1 and looks_like_headline(self.blocks[0].text):
            kept = [_Draft(headline=self.blocks[0], body=self.blocks[1:])]
        return kept


#: A paragraph that goes on with the reporter of the story above (6月12日，记者跟随…; 在车间里，记者看到…).
_FOLLOWS_REPORTER = re.compile(r"^(?:\d{1,2}月\d{1,2}日[^，,。]{0,6}[，,]|[^，,。]{0,12}[，,])?记者(?:跟随|跟着|随同|随|来到|走进|"
                               r"看到|见到|注意到|在|再次|又|一行)")
#: A reporter's credit in a story's first paragraphs (本报讯（记者 某某）, 记者 某某).
_REPORTER_CREDIT = re.compile(r"记者[ \u3000]*[\u4e00-\u9fff]{2,4}")


#: A line in 【】 alone, or a line of hashtags (#最美职工# #宜昌工匠#): over a headline a
#: column's label, over a paragraph a section of a post or its tags.
_SECTION_MARK = re.compile(r"^【[^【】]{2,30}】$|" + HASHTAGS.pattern)
#: A field of a meeting's minutes under their title (时间：…, 地点：…, 主持：…, 出席：…).
_MEETING_FIELD = re.compile(r"^(?:会议)?(?:时间|地点|主持人?|出席|列席|参会人员|参加人员|记录人?|议题)[：:]")
#: A story's numbered case (案例一：…, 典型案例3　…): a part of the story that lists them.
_CASE_HEADING = re.compile(r"^(?:典型)?案例([一二三四五六七八九十]{1,2}|\d{1,2})[：:、．.\u3000 ]")
#: A numbered section of a notice (二、时间及地点), never a story's title.
_NUMBERED_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+|\d{1,2})[、.．]")


def _ordinal(numeral: str) -> int | None:
    """一 → 1, 十二 → 12, "3" → 3; None for anything else."""
    if numeral.isdigit():
        return int(numeral)
    digits = "一二三四五六七八九"
    if len(numeral) == 1:
        return digits.index(numeral) + 1 if numeral in digits else 10 if numeral == "十" else None
    if numeral.startswith("十") and len(numeral) == 2 and numeral[1] in digits:
        return 10 + digits.index(numeral[1]) + 1
    return None


#: A column's label over a headline: 【人物】, 走进楼宇工会①, 系列报道之三, 图片新闻, 读者来信.
#: A pictograph a phone page sets before a column's name (🚚 沿边开放).
EMOJI = "[\U0001F300-\U0001FAFF\u2600-\u27BF]"
_COLUMN_LABEL = re.compile(r"^(?:【[^】]{1,10}】|#[^#\s]{1,30}#|"+ EMOJI + r"\ufe0f?[ \u3000]?[\u4e00-\u9fff]{2,8}|.{2,12}(?:[①-⑳]|之[一二三四五六七八九十]+|[（(][一二三四五六七八九十\d]+[)）])"
                           r"|[\u4e00-\u9fff]{0,6}(?:简讯|快讯|短讯|速递|速览|动态|传真|集锦)"
                           r"|[\u4e00-\u9fff]{2,4}(?:说法|释法|普法|问答|信箱)"   # 以案说法, 律师说法: a legal page's columns
                           r"|图片新闻|新闻图片|图片报道|图说|读者来信|来信选登)$")
#: An opinion column's label (工人论坛, 工会时评, 今日观点) over a comment's title.
_OPINION_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:论坛|时评|评论|短评|快评|锐评|观点|言论|杂谈|随笔|评论员文章)$")
#: A kicker: a short topic line (春运我在岗, 冬季生产一线) over a longer main title.
_KICKER = re.compile(r"^[\u4e00-\u9fff]{2,7}$")
#: A slogan kicker: short phrases parted by spaces (巾帼心向党 建功新时代) over the main title.
_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[ \u3000][\u4e00-\u9fff]{2,8})+$")
#: A page's banner: a call to act in long phrases parted by spaces (大力弘扬劳模精神劳动精神工匠精神
#: 在全面振兴新突破中建功立业), over the first title.
_BANNER = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:[ \u3000][\u4e00-\u9fff]{2,16})+$")
#: Adverbs a banner's call may open with before its verb (大力|弘扬, 持续|深化).
_CALL_ADVERB = re.compile(r"^(?:大力|全面|持续|深入|坚定)")
#: A kicker that opens with a call to act (聚焦…急难愁盼, 打通服务职工“最后一公里”): a theme
#: with no subject, set over the title that tells the news.
_CALL_KICKER = re.compile(r"^(?:聚焦|打通|传承|发扬|走进|探访|直击|关注|助力|喜迎|庆祝|礼赞|奋进|践行|弘扬|深化|聚力|凝聚|守护|"
                          r"擦亮|赋能|筑牢|织密|用心|用情|倾情|情暖|温暖|争当|争做|争创|勇当|建功|奋力|砥砺|赓续|"
                          r"书写|绘就|跑出|跑好|下好|答好|打好|唱响|点亮|托起|撑起|护航|解锁|激活|激发|锻造|厚植)")
#: A title that names its subject before a colon (某某村：村级工会把服务送到…): the main title.
_TOPIC_TITLE = re.compile(r"^[^：:，,。“”]{2,12}[：:][^：:]{4,}$")
#: A meeting report's last word: the title that reports, under a slogan kicker.
_EVENT_END = re.compile(r"(?:召开|举行|开幕|闭幕)$")
#: An official document's title (某市总工会关于…提案的答复, 关于表彰…的决定): the main title,
#: whatever theme is set above it.
_DOCUMENT_TITLE = re.compile(r"关于[^：:]{2,60}的(?:答复|决定|通知|意见|报告|通报|批复|公告|决议|函)$")
#: A second event told under the main title (…报告会同日举行): a subtitle, not the report's title.
_SECOND_EVENT = re.compile(r"同日|同期|同时|当天|当日|随后")


def _main_title_first(draft: _Draft, first: bool = False) -> None:
    """The main title (主题) is the headline: of three plain title lines over a body
    (引题, 主题, 副题) the middle one; of two, the second when the first is a
    column's label (【人物】), a short kicker or a spaced slogan set right above a
    longer title (春运我在岗, 巾帼心向党 建功新时代), a slogan over a report
    (…新篇章 / …会议在某地召开), a call to act over the news (聚焦…急难愁盼 / 省总工会召开…),
    a phrase over a title naming its subject before a colon (村里有了“娘家人” / 某某村：…)
    or any theme over an official document's title (回应代表委员关切 / 某市总工会关于…的答复).
    Over the ``first`` article of a page a spaced slogan or a long call to act is the
    page's banner even when a blank line parts it from the title (弘扬劳模精神
    建功新时代 / 市总工会举行…, 奋力谱写…的某省篇章 / 某某湖畔的“提锂先锋”)."""
    if draft.headline.level or any(d.level for d in draft.decks):
        return
    if len(draft.decks) == 2 and (_COLUMN_LABEL.match(draft.decks[0].text) or _SECTION_MARK.match(draft.decks[0].text)):
        # a banner, a column's label (【会议纪要】), then the title: the last is the main title
        draft.headline, draft.decks = draft.decks[1], [draft.headline, draft.decks[0]]
    elif len(draft.decks) == 2 and not draft.decks[0].text.startswith(("—", "-")):
        # 引题, 主题, 副题; a ——subtitle is never the main title (某某报告 / ——在某某会议上 / 报告人)
        draft.headline, draft.decks = draft.decks[0], [draft.headline, draft.decks[1]]
    elif len(draft.decks) == 1:
        head, deck = draft.headline.text, draft.decks[0].text
        tight = draft.decks[0].line == draft.headline.line + 1     # a kicker is set right above its title
        if _COLUMN_LABEL.match(head) or _OPINION_LABEL.match(head) \
                or tight and _KICKER.match(head) and len(deck) >= len(head) + 3 \
                or (tight or first) and _SLOGAN.match(head) and not _SLOGAN.match(deck) and not deck.startswith(("—", "-")) \
                or first and (_BANNER.match(head) or len(head) >= 16) \
                and _CALL_KICKER.match(_CALL_ADVERB.sub("", head, count=1)) \
                and not _SLOGAN.match(deck) and not deck.startswith(("—", "-")) \
                or (_EVENT_END.search(deck) and not _EVENT_END.search(head) and not _SECOND_EVENT.search(deck)) \
                or _DOCUMENT_TITLE.search(deck) and not _DOCUMENT_TITLE.search(head) and not deck.startswith(("—", "-")) \
                or tight and not deck.startswith(("—", "-")) and (
                    _CALL_KICKER.match(head) and not _CALL_KICKER.match(deck)
                    or _TOPIC_TITLE.match(deck) and not _TOPIC_TITLE.match(head)):
            draft.headline, draft.decks = draft.decks[0], [draft.headline]


# -------------------------------------------------------------------- output
def _paragraphs(body: list[_Block]) -> list[list[_Block]]:
    """Group body blocks into paragraphs, joining lines cut by a column break."""
    paragraphs: list[list[_Block]] = []
    for b in body:
        prev = paragraphs[-1][-1] if paragraphs else None
        joins = (prev is not None and not prev.level and not b.level and not prev.block and not b.block
                 and not ends_paragraph(prev.text) and not is_credit_line(b.text) and b.text[:1] not in _LINK_MARKS
                 and not _SECTION_MARK.match(b.text)     # a caption, then 【某某：某某公司班长】: a profile's label
                 and not _DOT_ROW.match(prev.text)
                 and not (_TABLE_ROW.match(prev.text) and _TABLE_ROW.match(b.text))
                 and not (_LIST_LEAD.search(b.text) and "。" not in b.text)   # a list's heading, not a paragraph
                 and not _LIST_ROW.match(prev.text) and not _LIST_ROW.match(b.text)
                 and not (_NAME_ROW.match(prev.text) and _NAME_ROW.match(b.text)) and not (_ENUM_HEADING.match(prev.text)
                          and not (b.text[:1] in "（(" and not _ENUM_HEADING.match(b.text) and "。" in b.text))
                 and not _NOTE_LINE.match(prev.text) and not (NAMES_ROW.match(prev.text) and _LABEL_LINE.match(b.text))
                 and not (_POST_LABEL.match(prev.text) and _POST_LABEL.match(b.text))    # 主　任：某甲 / 副主任：某乙、某丙
                 and not (_MEMBERS_TITLE.search(prev.text) and _POST_LABEL.match(b.text))   # …委员会组成人员 / 委　员：…
                 and not (_PRIZE_ROW.match(prev.text) and _PRIZE_ROW.match(b.text))    # 一等奖：某甲（…） / 二等奖：…
                 and not (_SLATE_LINE.match(prev.text) and (prev.text.endswith(("）", ")"))
                                                            or _ANY_LABEL.match(b.text) and _short_names(prev.text)))
                 and not (_QUOTED_ITEM.match(prev.text) and _QUOTED_ITEM.match(b.text))
                 and not (_NUMBERED_ITEM.match(prev.text) and _NUMBERED_ITEM.match(b.text))    # 1.《…》（提案人：…） / 2.《…》
                 and not _names_end_row(prev.text, b.text))
        if joins:
            paragraphs[-1].append(b)
        else:
            paragraphs.append([b])
    return paragraphs


#: A list's item under its number (1.《关于…的提案》（提案人：某某）): the next number opens the next item.
_NUMBERED_ITEM = re.compile(r"^\d{1,3}[.．、]")
#: A list's item that names its entry in quotes, with no sentence in it (某某公司“某某创新工作室”（领衔人
#: 某某）, “某某工作室”，领衔人某某，某某公司技师): two such lines are two items, no column cut joins them.
_QUOTED_ITEM = re.compile(r"^[^，。；“”\s]{0,30}“[^“”]{2,24}”[^。！？]*$")


def _short_names(row: str) -> bool:
    """True when every item of a row of names (after its label, if any) is as short as a name:
    four characters at most once unpadded (王　蕾), or a dotted name."""
    label = _ANY_LABEL.match(row)
    row = re.sub(r"[（(][^（）()]*[）)]", "", row[label.end():] if label else row)
    return all(len(x.replace(" ", "").replace("\u3000", "")) <= 4 or "·" in x for x in row.split("、"))


def _names_end_row(prev: str, line: str) -> bool:
    """True when ``prev`` is a row of names, perhaps after its label (当选委员的有：某甲、某乙、某　丙),
    and ``line`` does not go on with names: the row ended there, no column cut it."""
    label = _ANY_LABEL.match(prev)
    return bool(NAMES_ROW.match(prev[label.end():] if label else prev)) and not _LIST_GOES_ON.match(line) \
        and _short_names(prev)


#: A comment signed after a bullet (□ 某某) on its first or last line: its author.
_SIGNATURE = re.compile(r"[■□][ \u3000]*([\u4e00-\u9fff]{2,4})")


#: A brief closed by its writers' bare names in brackets (…。（某某 某某）): credits with no title.
_BARE_CREDIT = re.compile(r"(?<=[。！？!?”])[（(]([\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,2})[)）]$")
#: What a bracket at a paragraph's end holds that is no name: a note, a body's last character,
#: a reader who asked (（佛山读者　何女士）, （小陈）), or a post before its holder (（领衔人 某某）).
_NOT_CREDIT = re.compile(r"^(?:部分|节选|个人|集体|待续|未完待续|全文完|完|图片|资料图|供图|据新华社)$|[司团会局厅委院校所部处室站队社行厂矿场业区县市省镇乡村]$"
                         r"|(?:读者|网友|市民|女士|先生)$|^[小老][\u4e00-\u9fff]$"
                         r"|^(?:领衔|负责|联系|带头|发起|创始|创办|主持|召集|承办)人$")   # “某某工作室”（领衔人 某某）: a post


def _bare_credits(paragraph: str, offset: int) -> list[Byline]:
    """The names in a bracket that closes a paragraph after its last sentence, when
    each reads as a name and nothing else does (…获评先进单位。（某甲 某乙））."""
    m = _BARE_CREDIT.search(paragraph)
    if m is None:
        return []
    names = [(n.group(), n.start()) for n in re.finditer(r"[\u4e00-\u9fff]+", m.group(1))]
    if any(_NOT_CREDIT.search(n) for n, _ in names):
        return []
    base = offset + m.start(1)
    return [Byline(title="", name=n, start=base + k, end=base + k + len(n)) for n, k in names]


def _build(page: Page, index: int, draft: _Draft) -> Article:
    text, line_map = "", []
    units = [[draft.headline]] + [[d] for d in draft.decks] + _paragraphs(draft.body)
    head_count = 1 + len(draft.decks)
    bylines: list[Byline] = []
    for k, unit in enumerate(units):
        if k:
            text += "\n"
        start = len(text)
        for b in unit:
            line_map.append((len(text), b.line))
            text += b.text
        if k >= head_count:
            found = parse_bylines(text[start:], start)
            bylines += found or _bare_credits(text[start:], start)
        if (head_count <= k < head_count + 3 or k == len(units) - 1) and (m := _SIGNATURE.fullmatch(text, start)):
            # □ 某某 over a comment or under it: its author, with the post a note on the writer gives
            post = next((n["post"] for u in units[head_count:] if (n := _AUTHOR_NOTE.match(u[-1].text)) and n["post"]), "")
            bylines.append(Byline(title=post, name=m.group(1), start=m.start(1), end=m.end(1)))
    titled = {b.name for b in bylines if b.title != "作者"}
    bylines = [b for b in bylines if b.title != "作者" or b.name not in titled]   # 作者：甲 over 记者 甲: the reporter
    return Article(
        id=f"{page.id}#{index:02d}",
        page_id=page.id,
        index=index,
        headline=draft.headline.text,
        decks=tuple(d.text for d in draft.decks),
        bylines=tuple(bylines),
        text=text,
        line_map=tuple(line_map),
    )


def split_articles(page: Page) -> list[Article]:
    """Split a page into its articles, in page order (see the module docstring).

    The page banner and any text before the first headline belong to no article.
    """
    return [_build(page, k, d) for k, d in enumerate(_Layout(page).drafts())]
