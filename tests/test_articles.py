"""Stage 2: headlines, banner, decks, bylines, column-break repair and line maps."""
from __future__ import annotations

import pytest

from kg.articles import (ends_paragraph, is_body_start, looks_like_headline, parse_bylines,
                         split_articles)
from kg.ingest import read_page


def bylines(article):
    return [(b.title, b.name) for b in article.bylines]


def assert_line_map_exact(article, page):
    """Every character of the article text comes from the source line line_map names."""
    source = {ln.number: ln.text.strip() for ln in page.lines}
    bounds = list(article.line_map) + [(len(article.text) + 1, None)]
    for (start, number), (end, _) in zip(bounds, bounds[1:]):
        assert article.text[start:end].rstrip("\n") == source[number]
        for offset in range(start, min(end, len(article.text))):
            assert article.source_line(offset) == number


# ----------------------------------------------------------------- fixtures
@pytest.fixture
def plain(fixtures_dir):
    page = read_page(fixtures_dir / "articles_plain.txt")
    return page, split_articles(page)


@pytest.fixture
def markdown(fixtures_dir):
    page = read_page(fixtures_dir / "articles_markdown.md")
    return page, split_articles(page)


def test_articles_plain_page_headlines_ids_and_banner(plain):
    page, arts = plain
    assert [a.headline for a in arts] == [
        "青川区总工会举办职工技能比武", "云湖机电工会开展读书活动", "星河能源职工健步走"]
    assert [a.id for a in arts] == ["articles_plain#00", "articles_plain#01", "articles_plain#02"]
    assert [a.index for a in arts] == [0, 1, 2]
    assert all(a.page_id == "articles_plain" for a in arts)
    assert not any("砥砺奋进" in a.text for a in arts)          # the banner


def test_articles_plain_page_decks_and_bylines(plain):
    _, (first, second, photo) = plain
    assert first.decks == () and second.decks == ("职工共读一本书 分享学习心得",)
    assert bylines(first) == [("记者", "柯望舒"), ("通讯员", "闵一帆"), ("记者", "蓝若溪")]
    assert bylines(second) == [("实习记者", "祁嘉木")]
    assert bylines(photo) == [("记者", "尹澄")]
    for art in plain[1]:
        assert all(art.text[b.start:b.end] == b.name for b in art.bylines)


def test_articles_plain_page_text_repairs_column_breaks(plain):
    _, (first, second, _) = plain
    assert first.text == (
        "青川区总工会举办职工技能比武\n"
        "本报讯（记者 柯望舒 通讯员 闵一帆）近日，青川区总工会在区职工活动中心举办第五届职工技能比武，"
        "来自全区的120名职工参加比赛。\n"
        "比赛设置电工、焊工、钳工三个项目。区总工会主席骆青禾表示，将继续搭建职工成长平台。\n"
        "本报记者 蓝若溪 摄")
    assert second.text.splitlines()[:2] == ["云湖机电工会开展读书活动", "职工共读一本书 分享学习心得"]


def test_articles_photo_item_is_an_article(plain):
    photo = plain[1][2]
    assert photo.text == ("星河能源职工健步走\n近日，星河能源公司工会组织职工开展健步走活动，"
                          "200余名职工参加。本报记者 尹澄 摄影报道")


def test_articles_line_map_is_exact_on_fixtures(plain, markdown):
    for page, arts in (plain, markdown):
        for art in arts:
            assert_line_map_exact(art, page)


def test_articles_line_map_after_cut_name(plain):
    first = plain[1][0]
    cut = first.text.index("骆青禾")
    assert first.source_line(cut + 1) == 11          # "骆青" ends line 11
    assert first.source_line(cut + 2) == 13          # "禾" starts line 13
    assert first.source_line(0) == 5                 # headline


def test_articles_markdown_page(markdown):
    _, (meeting, visit) = markdown
    assert meeting.headline == "东溪街道总工会召开职工代表大会"
    assert meeting.decks == ("审议通过年度工作报告",)
    assert bylines(meeting) == [("记者", "柯望舒"), ("记者", "闵一帆")]
    assert "**" not in meeting.text and "http" not in meeting.text
    assert "推动工作再上新台阶。" in meeting.text            # join across quoted lines
    assert visit.headline == "星河能源公司工会慰问一线职工"
    assert visit.decks == ("送清凉 暖人心",)                 # a '#' line inside an article
    assert bylines(visit) == [("通讯员", "祁嘉木")]
    assert "照片" not in visit.text


def test_articles_gb18030_page_splits_like_utf8(tmp_path, fixtures_dir):
    text = (fixtures_dir / "articles_plain.txt").read_text(encoding="utf-8")
    utf8, gbk = tmp_path / "u.txt", tmp_path / "g.txt"
    utf8.write_bytes(text.encode("utf-8"))
    gbk.write_bytes(text.encode("gbk"))
    strip = lambda arts: [(a.headline, a.decks, a.bylines, a.text, a.line_map) for a in arts]
    assert strip(split_articles(read_page(gbk))) == strip(split_articles(read_page(utf8)))


# ------------------------------------------------------------------- banner
@pytest.mark.parametrize("text, headlines", [
    ("横幅口号 奋进新时代\n\n甲区工会召开会议\n\n本报讯（记者 柯望舒）近日，会议召开。",
     ["甲区工会召开会议"]),
    ("# 横幅口号\n\n## 甲区工会召开会议\n\n近日，会议召开。", ["甲区工会召开会议"]),
    ("甲区工会召开会议\n\n本报讯（记者 柯望舒）近日，会议召开。", ["甲区工会召开会议"]),
    ("## 甲区工会召开会议\n\n## 乙区工会举办培训\n\n昨天，培训举办。", ["乙区工会举办培训"]),
    ("横幅口号\n\n甲区工会召开会议\n\n会议精神摘要\n\n5月8日，会议召开。", ["甲区工会召开会议"]),
    # a site's title over a breadcrumb line, then the articles one level down
    ("# 某某职工网 · 要闻\n\n首页 > 新闻中心　　2025-04-29\n\n## 甲区工会召开会议\n\n近日，会议召开。"
     "\n\n## 乙区工会举办培训\n\n昨天，培训举办。", ["甲区工会召开会议", "乙区工会举办培训"]),
])
def test_articles_banner_is_not_an_article(make_page, text, headlines):
    assert [a.headline for a in split_articles(make_page(text))] == headlines


def test_articles_top_run_of_three_is_banner_headline_deck(make_page):
    arts = split_articles(make_page("横幅口号\n\n甲区工会召开会议\n\n会议精神摘要\n\n5月8日，会议召开。"))
    assert arts[0].decks == ("会议精神摘要",)


# ---------------------------------------------------------------- headlines
def test_articles_cut_fragment_is_not_a_headline(make_page):
    text = ("甲区工会召开会议\n\n本报讯（记者 柯望舒）近日，会议召开。\n\n"
            "区总工会党组书记、常\n\n务副主席尹澄出席会议并讲话。\n\n"
            "乙区工会举办培训\n\n本报讯（记者 闵一帆）昨天，培训举办。")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["甲区工会召开会议", "乙区工会举办培训"]
    assert "区总工会党组书记、常务副主席尹澄出席会议并讲话。" in arts[0].text


def test_articles_fragment_before_date_like_continuation_stays_in_body(make_page):
    text = ("甲区工会启动报名\n\n本报讯（记者 柯望舒）近日，甲区工会启动报名，截至\n\n"
            "目前全区共有三百名职工在\n\n5月8日前完成了报名。")
    (art,) = split_articles(make_page(text))
    assert art.text.endswith("截至目前全区共有三百名职工在5月8日前完成了报名。")


def test_articles_headline_after_unfinished_paragraph_needs_benbaoxun(make_page):
    text = ("甲区工会召开会议\n\n本报讯（记者 柯望舒）近日，会议在\n\n乙区工会举办培训\n\n"
            "本报讯（记者 闵一帆）昨天，培训举办。")
    assert [a.headline for a in split_articles(make_page(text))] == ["甲区工会召开会议", "乙区工会举办培训"]


def test_articles_mid_body_subheading_stays_in_body(make_page):
    text = "## 甲区工会召开会议\n\n近日，会议召开。\n\n### 一、强化引领\n\n会议要求加强引领。"
    (art,) = split_articles(make_page(text))
    assert art.decks == ()
    assert art.text.splitlines() == ["甲区工会召开会议", "近日，会议召开。", "一、强化引领", "会议要求加强引领。"]


def test_articles_headline_with_markdown_and_spaces_is_exact(make_page):
    (art,) = split_articles(make_page("##   甲区**工会** 召开会议  \n\n近日，会议召开。"))
    assert art.headline == "甲区工会 召开会议"


def test_articles_page_without_any_article(make_page):
    assert split_articles(make_page("只有一段正文，没有标题。")) == []


@pytest.mark.parametrize("text, expected", [
    ("甲区工会召开会议", True),
    ("甲区工会举办“金点子”评选", True),
    ("甲区工会召开会议。", False),
    ("为职工办实事，", False),
    ("区总工会党组书记、", False),
    ("本报记者 尹澄 摄", False),
    ("近日，会议召开", False),
    ("长" * 41, False),
])
def test_articles_looks_like_headline(text, expected):
    assert looks_like_headline(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("本报讯（记者 柯望舒）近日", True), ("本报讯 (记者 柯望舒) 近日", True),
    ("近日，甲区工会", True), ("昨天，", True), ("5月8日上午，", True), ("2023年5月，", True),
    ("会上，", False), ("2022年，甲区工会", False),
])
def test_articles_is_body_start(text, expected):
    assert is_body_start(text) is expected


# ------------------------------------------------------------------ bylines
@pytest.mark.parametrize("paragraph, expected", [
    ("本报讯（记者 柯望舒 通讯员 闵一帆）近日，", [("记者", "柯望舒"), ("通讯员", "闵一帆")]),
    ("本报讯 (记者 柯望舒 闵一帆) 近日,", [("记者", "柯望舒"), ("记者", "闵一帆")]),
    ("本报讯（实习记者 祁嘉木）昨天，", [("实习记者", "祁嘉木")]),
    ("(实习记者 祁嘉木)", [("实习记者", "祁嘉木")]),
    ("本报记者 尹澄 摄", [("记者", "尹澄")]),
    ("活动圆满结束。本报记者 尹澄 摄影报道", [("记者", "尹澄")]),
    ("实习记者 祁嘉木 摄", [("实习记者", "祁嘉木")]),
    ("活动圆满结束。 通讯员 闵一帆 摄影报道", [("通讯员", "闵一帆")]),
    ("记者 谭星野 摄", [("记者", "谭星野")]),
    ("本报记者尹澄摄", [("记者", "尹澄")]),
    ("摄影 蓝若溪", [("摄影", "蓝若溪")]),   # a photo's credit on its own line
    ("（摄影 蓝若溪）", [("摄影", "蓝若溪")]),
    ("本报记者 蓝若溪 通讯员 骆青禾 文 云湖大学宣传部供图", [("记者", "蓝若溪"), ("通讯员", "骆青禾")]),
    ("甲区工会(以下简称“甲工会”)召开全体(扩大)会议。", []),
    ("本报记者近日从甲区总工会获悉，培训已完成。", []),
    ("他是一名记者，", []),
    ("南方日报讯 （记者/柯望舒 通讯员/闵一帆）4月28日，", [("记者", "柯望舒"), ("通讯员", "闵一帆")]),
])
def test_articles_parse_bylines(paragraph, expected):
    found = parse_bylines(paragraph, offset=100)
    assert [(b.title, b.name) for b in found] == expected
    for b in found:
        assert paragraph[b.start - 100:b.end - 100] == b.name


# ------------------------------------------------------------ column breaks
@pytest.mark.parametrize("body, joined", [
    ("开展全员\n\n劳动竞赛。", "开展全员劳动竞赛。"),                 # cut word
    ("主席骆青\n\n\n\n禾表示感谢。", "主席骆青禾表示感谢。"),          # cut name, several blank lines
    ("开展“金点子”\n\n评选活动。", "开展“金点子”评选活动。"),         # quoted term is not an ending
    ("他说：“好。”\n\n会议结束。", "他说：“好。”\n会议结束。"),          # real paragraph break
    ("会议召开！\n\n会议结束。", "会议召开！\n会议结束。"),
    ("会议结束。\n\n本报记者 尹澄 摄", "会议结束。\n本报记者 尹澄 摄"),
    ("会议要求\n\n本报记者 尹澄 摄", "会议要求\n本报记者 尹澄 摄"),   # a credit is never glued
])
def test_articles_column_break_repair(make_page, body, joined):
    (art,) = split_articles(make_page("甲区工会召开会议\n\n近日，" + body))
    assert art.text == "甲区工会召开会议\n近日，" + joined


def test_articles_join_keeps_source_lines(make_page):
    page = make_page("甲区工会召开会议\n\n近日，开展全员\n\n劳动竞赛。")
    (art,) = split_articles(page)
    assert art.line_map == ((0, 1), (9, 3), (16, 5))
    assert art.source_line(art.text.index("员")) == 3
    assert art.source_line(art.text.index("劳")) == 5
    assert_line_map_exact(art, page)


@pytest.mark.parametrize("text, expected", [
    ("会议结束。", True), ("他说：“好。”", True), ("真的吗？", True), ("精彩……", True),
    ("开展全员", False), ("开展“金点子”", False), ("为职工服务，", False),
    ("活动圆满。本报记者 尹澄 摄", True),
])
def test_articles_ends_paragraph(text, expected):
    assert ends_paragraph(text) is expected


def test_articles_byline_line_without_end_word(make_page):
    from kg.articles import split_articles
    page = make_page(
        "区总工会举办职工运动会\n\n本报讯（记者 龚雨岚）近日，区总工会举办职工运动会。\n\n"
        "矿山里的“老把式”\n\n——记省劳动模范戈长青\n\n本报记者 禚明月 本报通讯员 仉子昂\n\n"
        "清晨六点，戈长青已经来到井口。\n\n"
        "工会夜校开课\n\n实习生 邴若兰\n\n夜校第一课吸引了80名职工。\n\n"
        "摄影展览\n\n文/图 糜向晚\n\n职工摄影作品在文化宫展出。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["区总工会举办职工运动会", "矿山里的“老把式”", "工会夜校开课", "摄影展览"]
    assert [(b.title, b.name) for a in arts[1:] for b in a.bylines] == [
        ("记者", "禚明月"), ("通讯员", "仉子昂"), ("实习生", "邴若兰"), ("文/图", "糜向晚")]


@pytest.mark.parametrize("line", ["摄影展览", "记者手记", "通讯员风采"])
def test_articles_byline_line_needs_a_title_standing_apart(line):
    assert parse_bylines(line) == []


def test_articles_list_items_and_bold_lines_stand_alone(make_page):
    text = ("## 甲区表彰先进集体和个人\n\n本报讯 近日，甲区公布获奖名单如下：\n\n**甲区五一劳动奖状**\n\n"
            "- 甲区某某机电有限公司\n- 甲区某某物流有限公司\n\n1. 某某（某某公司焊工）\n\n"
            "会议要求，各级工会广泛宣传\n\n先进事迹。")
    art = split_articles(make_page(text))[0]
    lines = art.text.split("\n")
    assert "甲区五一劳动奖状" in lines          # not glued to the line before (which ends in ：)
    assert "甲区某某机电有限公司" in lines and "甲区某某物流有限公司" in lines   # marker dropped
    assert "某某（某某公司焊工）" in lines
    assert "会议要求，各级工会广泛宣传先进事迹。" in lines   # a column break is still joined


def test_articles_masthead_furniture_and_a_three_line_title(make_page):
    text = ("\n某某职工报\n\n2024年3月11日　星期一　第1版　要闻\n\n奋力谱写新篇章\n\n"
            "市总工会十届三次全委会议召开\n\n部署今年重点工作 表彰先进\n\n"
            "本报讯（记者 蔺晓帆）3月8日，市总工会召开全委会议。\n\n"
            "凝心聚力\n\n某某区总工会开展春送岗位活动\n\n千余岗位送到家门口\n\n"
            "本报讯（记者 鄢雨）近日，某某区总工会举办招聘会。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["市总工会十届三次全委会议召开", "某某区总工会开展春送岗位活动"]
    assert arts[1].decks == ("凝心聚力", "千余岗位送到家门口")     # kicker and subtitle
    assert [b.name for a in arts for b in a.bylines] == ["蔺晓帆", "鄢雨"]


def test_articles_web_datelines_open_and_credit_an_article(make_page):
    text = ("某某网 > 民生\n\n街道“骑手之家”亮灯\n\n2024-05-02 08:05　来源：某某网　记者 甄小溪　实习生 宓雨桐\n\n"
            "几名外卖骑手围坐在桌边\n\n给手机充电。\n\n"
            "从学徒到工匠\n\n焊工某某：十年磨一剑\n\n2024-05-02 09:30　来源：某某网　记者 隗晗\n\n"
            "在车间里，火花四溅。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["街道“骑手之家”亮灯", "从学徒到工匠"]
    assert arts[1].decks == ("焊工某某：十年磨一剑",)
    assert [(b.title, b.name) for a in arts for b in a.bylines] == [
        ("记者", "甄小溪"), ("实习生", "宓雨桐"), ("记者", "隗晗")]
    assert "几名外卖骑手围坐在桌边给手机充电。" in arts[0].text.split("\n")   # the dateline is no column break


def test_articles_a_markdown_story_on_a_plain_page(make_page):
    text = ("工会驿站开进园区\n\n本报讯（记者 訾晓雯）近日，驿站启用。\n\n"
            "## 某某省命名第二批“某某工匠”\n\n**百名一线职工获此殊荣**\n\n本报讯（记者 訾晓雯）4月27日，命名大会举行。\n\n"
            "### 某某工匠\n\n- **某某甲** 某某煤矿电工\n\n### 某某省五一劳动奖章\n\n- **某某乙** 某某公交驾驶员\n\n"
            "大会要求，广大职工向先进学习。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["工会驿站开进园区", "某某省命名第二批“某某工匠”"]
    assert "某某省五一劳动奖章" in arts[1].text.split("\n")


def test_articles_web_chrome_is_no_article_and_no_body(make_page):
    text = ("某某在线\n\n首页 | 时政 | 经济 | 社会\n\n当前位置：首页 > 新闻 > 要闻\n\n"
            "某某开发区一季度产值增长12%\n\n新能源装备成为新的增长极\n\n"
            "2025-05-12 09:30　来源：某某在线　记者 甘思远\n\n记者从开发区管委会获悉，产值稳步增长。\n\n"
            "责任编辑：蒲晓琳\n\n相关新闻\n\n· 某某重工第10万台挖掘机下线\n\n· 某某高新区新增经营主体1.2万户\n\n"
            "分享到：微信　微博　QQ空间\n\n"
            "试用期“不合格”就能随意辞退？法院：须拿出证据\n\n2025-05-12 10:15　来源：某某网　记者 易小帆\n\n"
            "入职不到两个月，他就被辞退。\n\n责任编辑：罗小琴\n\n分享到：微信　微博\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["某某开发区一季度产值增长12%", "试用期“不合格”就能随意辞退？法院：须拿出证据"]
    assert arts[0].decks == ("新能源装备成为新的增长极",)
    assert not any(w in a.text for a in arts for w in ("责任编辑", "蒲晓琳", "挖掘机下线", "分享到"))


def test_articles_column_label_and_slogan_kicker_yield_to_the_main_title(make_page):
    text = ("凝心聚力建新功　奋力谱写工会工作新篇章\n\n某某省总工会十四届六次全委会议在某市召开\n\n"
            "本报讯（记者 柏小雪）5月6日，会议召开。\n\n"
            "【人物】\n\n大山里的“向妈妈”：一位女教师的坚守\n\n2025-05-09 08:00　来源：某某网　记者 石小敏\n\n"
            "清晨六点，她已站在校门口。\n\n"
            "走进楼宇工会①\n\n一栋楼里的“职工之家”\n\n编者按：商务楼宇是职工最密集的地方。\n\n"
            "千名焊工同台比武\n\n某某新区船舶焊接职业技能大赛开赛\n\n本报讯（记者 柏小雪）日前，大赛开赛。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["某某省总工会十四届六次全委会议在某市召开", "大山里的“向妈妈”：一位女教师的坚守",
                                          "一栋楼里的“职工之家”", "千名焊工同台比武"]   # a subtitle ending 开赛 stays one
    assert arts[1].decks == ("【人物】",)


def test_articles_a_short_kicker_and_a_spaced_slogan_over_the_main_title(make_page):
    text = ("某某工人报\n\n某市职工技能大赛开幕\n\n本报讯（记者 柏小雪）日前，大赛开幕。\n\n"
            "冬季生产一线\n某某港口“码头铁军”战寒潮保畅通\n\n本报讯（记者 柏小雪）连日来，港口坚守岗位。\n\n"
            "巾帼心向党 建功新时代\n某区女职工关爱行动走进医院\n\n本报讯（记者 柏小雪）1月11日，行动开展。\n\n"
            "某区职工心理关爱行动启动\n——覆盖全区三百家企业\n\n本报讯（记者 柏小雪）日前，行动启动。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["某市职工技能大赛开幕", "某某港口“码头铁军”战寒潮保畅通", "某区女职工关爱行动走进医院",
                                          "某区职工心理关爱行动启动"]
    assert arts[1].decks == ("冬季生产一线",)


def test_articles_a_theme_over_an_official_documents_title_yields_to_it(make_page):
    """回应代表委员关切　答好职工“民生卷” over 某市总工会关于…提案的答复: the document's title is the
    headline, whatever theme is set above it (a blank line between them too)."""
    text = ("某某工人报\n\n回应代表委员关切　答好职工“民生卷”\n\n某某市总工会关于市政协十五届三次会议第0128号提案的答复\n\n"
            "市总工函〔2025〕41号\n\n某某委员：\n\n您提出的提案收悉。现答复如下。\n\n"
            "某某市总工会关于市人大四次会议第0057号建议的答复\n\n某某代表：\n\n您提出的建议收悉。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["某某市总工会关于市政协十五届三次会议第0128号提案的答复",
                                          "某某市总工会关于市人大四次会议第0057号建议的答复"]


def test_articles_jump_lines_bylines_after_bullets_and_short_items(make_page):
    text = ("技能大赛决赛收官\n\n（转自第1版）\n\n本届决赛在某区举行。\n\n"
            "三秦工匠（部分）\n\n雷小鸣（某某机床有限公司数控车工）\n折小兰（某某发电有限公司电工）\n石小磊（某某铸造有限公司铸造工）\n\n"
            "雷小鸣：在千分之一毫米里较真\n\n■本报记者 韦小昊\n\n走进车间，机床嗡鸣。\n\n"
            "图为雷小鸣在指导徒弟。　韦小昊　摄\n\n工会简讯\n\n●近日，某某区总工会开展送清凉活动。\n\n"
            "●某县总工会日前举办宣讲会。（下转第2版）\n\n下转第2版\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["技能大赛决赛收官", "雷小鸣：在千分之一毫米里较真", "工会简讯"]
    assert [(b.title, b.name) for b in arts[1].bylines] == [("记者", "韦小昊")]
    assert arts[2].text.endswith("举办宣讲会。（下转第2版）")        # the lone jump line is furniture


def test_articles_a_post_time_stamp_under_an_account_name_is_furniture(make_page):
    text = ("某某职工之声\n\n2025年05月12日 20:30 新疆\n\n【工会要闻】本期导读：全委会\n\n"
            "## 自治区总工会全委会议召开\n\n2025-05-12 09:30　来源：某某网　记者 阿依小古\n\n5月10日，会议召开。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["自治区总工会全委会议召开"]


def test_articles_bylines_with_dotted_names_colons_and_no_brackets():
    assert [(b.title, b.name) for b in parse_bylines("2025-05-12 09:30　来源：某某网　记者 阿依古丽·买买江　通讯员 庞小宇")] \
        == [("记者", "阿依古丽·买买江"), ("通讯员", "庞小宇")]
    assert [(b.title, b.name) for b in parse_bylines("通讯员 刘小琴　摄影：沙吾列·达吾江")] \
        == [("通讯员", "刘小琴"), ("摄影", "沙吾列·达吾江")]
    assert [(b.title, b.name) for b in parse_bylines("本报讯 记者 陆小敏 通讯员 蒋小曦　“今年工资涨了。”")] \
        == [("记者", "陆小敏"), ("通讯员", "蒋小曦")]
    assert parse_bylines("本报讯 记者近日从市总工会获悉，活动启动。") == []


def test_articles_a_site_list_page_a_notice_and_a_pdf_header(make_page):
    text = ("某某职工网\n首页　新闻　视听\n当前位置：首页 > 工会动态\n\n"
            "县总工会慰问一线环卫工人\n发布时间：2025-07-17 16:20　来源：某县融媒体中心　浏览：2315\n\n"
            "【导语】7月17日，县总工会开展慰问活动。\n\n（记者 管小雯 温小远 县融媒体中心 报道）\n\n"
            "【打印本页】【关闭窗口】\n\n上一篇：某某活动启动\n\n（责任编辑：韦小雯）\n\n"
            "某市总工会关于表彰劳动模范的决定\n\n各区总工会，各产业工会：\n\n为弘扬劳模精神，决定授予某某同志称号。\n\n"
            "某市总工会\n\n2025年4月28日\n\n"
            "2025年1月14日 星期二\n\n第3版 综合新闻\n\n"
            "焊管行业职工比武出新技能\n\n5月16日，竞赛在某镇举行。"
            "\n\n（通讯员 鄂小彤 记者 冼小宁）\n\n把工会建在楼宇里\n\n某街道楼宇工会联合会打造服务圈\n\n"
            "——已覆盖辖区23座商务楼宇\n\n本报记者 聂小岚\n\n午休时间，职工之家坐满了人。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["县总工会慰问一线环卫工人", "某市总工会关于表彰劳动模范的决定",
                                          "焊管行业职工比武出新技能", "某街道楼宇工会联合会打造服务圈"]
    assert [(b.title, b.name) for b in arts[0].bylines] == [("记者", "管小雯"), ("记者", "温小远")]
    assert "打印" not in arts[0].text and "韦小雯" not in arts[0].text       # the site's chrome
    assert arts[1].text.endswith("2025年4月28日") and "星期二" not in arts[2].text


def test_articles_bylines_with_a_newsroom_and_names_padded_by_a_space(make_page):
    assert [(b.title, b.name) for b in parse_bylines("本报记者 聂小岚 通讯员 欧 琪")] == [("记者", "聂小岚"), ("通讯员", "欧琪")]
    assert [(b.title, b.name) for b in parse_bylines("某某日报记者 岑小溪")] == [("记者", "岑小溪")]
    assert [(b.title, b.name) for b in parse_bylines("新华社记者 伍小舟　常 宁")] == [("记者", "伍小舟"), ("记者", "常宁")]
    padded = parse_bylines("本报讯（记者 阙　灵）近日", offset=10)
    assert [(b.name, b.start, b.end) for b in padded] == [("阙灵", 17, 20)]      # the span covers the padding
    assert parse_bylines("某某日报记者走进工地") == []
    text = ("某某日报\n\n全省城镇新增就业52万人\n\n本报记者 乔小岚 通讯员 欧 琪\n\n记者从省人社厅获悉，去年就业稳定。\n\n"
            "某州织密工资支付保障网\n\n去年追发工资1.6亿元\n\n本报记者 阙 灵\n\n“钱一分不少。”1月上旬，工地上的工人说。\n\n"
            "某市：跨境物流忙\n\n某某日报记者 岑小溪\n\n清晨6点，货场已是一派繁忙景象。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["全省城镇新增就业52万人", "某州织密工资支付保障网", "某市：跨境物流忙"]
    assert bylines(arts[1]) == [("记者", "阙灵")] and bylines(arts[2]) == [("记者", "岑小溪")]


def test_articles_rows_of_a_list_are_not_joined_as_a_column_cut(make_page):
    text = ("测试标题\n\n本报讯（记者 钟雅琴）市总工会公布评选结果，名单如下：\n\n"
            "俞立平　某某纺织有限公司机修工\n\n岑　颖　某某电子科技有限公司质检员\n\n"
            "记者了解到，上述职工均来自一线。\n")
    art = split_articles(make_page(text))[0]
    assert "机修工\n岑" in art.text            # each row its own paragraph
    assert "质检员\n记者了解到" in art.text


def test_articles_a_dateline_with_the_paper_s_city_and_a_city_paper_s_byline(make_page):
    text = ("牧区驿站建成投用\n\n本报某某讯（记者 岑小溪）7月10日，驿站揭牌。\n\n"
            "施工队有了自己的“娘家”\n\n某县探索在施工队中建会\n\n本报日喀则讯（记者 阙灵 通讯员 俞平）7月15日，工会挂牌。\n\n"
            "骑手入会突破万人\n\n某某特区报记者 郗小楠 见习记者 卜小音\n\n记者从市总工会获悉，入会人数再创新高。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["牧区驿站建成投用", "施工队有了自己的“娘家”", "骑手入会突破万人"]
    assert bylines(arts[1]) == [("记者", "阙灵"), ("通讯员", "俞平")]
    assert bylines(arts[2]) == [("记者", "郗小楠"), ("见习记者", "卜小音")]


def test_articles_a_dated_dateline_a_column_label_and_a_second_event_under_the_title(make_page):
    text = ("某某日报　2024年5月16日　星期四\n\n技能提升行动启动\n\n三年内培训十万人次\n\n"
            "本报某城5月15日讯（记者 邬小曼 通讯员 戈希）5月15日，行动启动。\n\n"
            "工会简讯\n\n某某区成立楼宇联合工会\n\n本报讯（通讯员 岑晓）近日，联合工会揭牌成立。\n\n"
            "我省表彰一批劳动奖获得者\n\n事迹报告会同日举行\n\n本报讯（记者 阙晓东）11月14日，表彰大会举行。\n")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["技能提升行动启动", "某某区成立楼宇联合工会", "我省表彰一批劳动奖获得者"]
    assert bylines(arts[0]) == [("记者", "邬小曼"), ("通讯员", "戈希")]
    assert arts[2].decks == ("事迹报告会同日举行",)


def test_headline_and_deck_on_adjacent_lines_over_a_byline_line_are_no_list(make_page):
    page = make_page("某城日报\n2024年4月28日　星期日　第5版　经济\n\n"
                     "我市表彰一批劳模工匠\n宓某等20人获评“某城工匠”　98人获劳模称号\n\n记者 顾小岚　通讯员 阙小敏\n\n"
                     "昨天上午，全市劳模工匠表彰大会举行。\n\n会议指出，要弘扬劳模精神。\n\n"
                     "桥吊上的“穿针人”\n——记桥吊司机邬某某\n\n记者 应某　通讯员 葛某\n\n"
                     "凌晨4点半，码头上灯火通明。\n\n“干我们这行，就像穿针引线。”他说。\n\n"
                     "获奖名单\n邬某某\n岑某某\n俞某某\n\n以上人员均为一线职工。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["我市表彰一批劳模工匠", "桥吊上的“穿针人”"]
    assert bylines(arts[0]) == [("记者", "顾小岚"), ("通讯员", "阙小敏")]
    assert arts[1].decks == ("——记桥吊司机邬某某",)
    assert "岑某某" in arts[1].text      # a list of names stays in the body


def test_markdown_page_title_under_a_masthead_line_is_a_banner(make_page):
    page = make_page("某省工人日报 2024年2月6日 星期二 第3版 工会视窗\n\n# 凝心聚力建新功\n\n"
                     "## 省总工会全委会议在某地召开\n\n### 某某出席并讲话\n\n本报讯（记者 储某）1月18日，会议召开。\n\n"
                     "## 街头的“歇脚点”暖了户外劳动者\n\n### 全市已建成站点1100余个\n\n本报讯（记者 梅某）近日，记者走访了站点。\n\n"
                     "## 一线的追光者\n\n### ——记某某工匠\n\n本报讯 凌晨，车间里灯火通明。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["省总工会全委会议在某地召开", "街头的“歇脚点”暖了户外劳动者", "一线的追光者"]


def test_a_provincial_daily_s_news_opener_and_a_brief_column_of_bulleted_items(make_page):
    page = make_page("某某日报\n\n全省表彰一批劳动模范\n\n某某日报讯（记者邸某）4月28日，表彰大会在某市召开。\n\n"
                     "会上，代表发言。\n\n经济简讯\n\n■夏季旅游旺季到来，各景区迎来客流高峰。某区总工会为1300余名一线职工免费体检。\n\n"
                     "■某市人力资源和社会保障局、某市总工会近日联合举办专场招聘会，80家企业提供岗位3000个。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["全省表彰一批劳动模范", "经济简讯"]
    assert is_body_start("河北日报讯（记者某某）4月28日，")
    assert not is_body_start("日报讯息")


def test_a_kicker_over_the_main_title_and_a_main_title_over_its_deck(make_page):
    page = make_page("某某工人日报\n\n聚焦新就业形态劳动者急难愁盼\n省总工会召开权益保障工作推进会\n\n"
                     "本报讯（记者 某某）4月24日，推进会召开。\n\n"
                     "村里有了“娘家人”\n某某村：村级工会把服务送到姐妹身边\n\n本报讯（通讯员 某某）工会成立后，签订协议。\n\n"
                     "某某集团职代会通过技能人才薪酬新方案\n一线工匠“钱袋子”鼓起来了\n\n本报讯（记者 某某）职代会举行。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["省总工会召开权益保障工作推进会", "某某村：村级工会把服务送到姐妹身边",
                                          "某某集团职代会通过技能人才薪酬新方案"]


def test_brief_columns_of_headed_items_with_end_credits_and_of_place_labels(make_page):
    page = make_page("某某日报\n\n全省表彰一批劳动模范\n\n湖北日报全媒记者 某甲 通讯员 某乙\n\n4月28日，表彰大会召开。\n\n"
                     "【新闻速览】\n\n某州茶企职工技能大赛落幕\n4月22日，竞赛在某县落幕。此次竞赛由州总工会主办。（记者 某丙 通讯员 某丁）\n\n"
                     "某市成立小龙虾产业工会联合会\n近日，联合会成立，首批吸纳工会46家。（通讯员 某戊）\n\n"
                     "各地工会动态\n\n【宁波】近日，某市快递行业工会联合会成立，首批吸纳会员1200名。（通讯员 某己）\n\n"
                     "【温州】4月20日，“劳模工匠进社区”志愿服务活动在某区启动，劳模为居民义诊。（通讯员 某庚）\n\n"
                     "劳模工匠“带教”到一线\n\n4月25日，某区总工会组织劳模工匠走进企业开展带教活动。\n\n本报记者 某辛 摄\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["全省表彰一批劳动模范", "某州茶企职工技能大赛落幕", "某市成立小龙虾产业工会联合会",
                                          "各地工会动态", "劳模工匠“带教”到一线"]
    assert ("全媒记者", "某甲") in bylines(arts[0])
    assert ends_paragraph("此次竞赛由州总工会主办。（记者 某丙 通讯员 某丁）")


def test_an_app_byline_and_an_opinion_column_signed_at_its_end_after_a_photo_item(make_page):
    page = make_page("某某日报\n\n某某：守护铝液的“体温计”\n——记某省五一劳动奖章获得者某某\n\n"
                     "河南日报客户端记者 某甲 通讯员 某乙\n\n凌晨4点，电解车间里灯火通明。\n\n"
                     "职工“趣”享运动会\n\n4月20日，某区总工会举办职工趣味运动会。图为职工在比赛。\n\n通讯员 某丙 摄\n\n"
                     "工人论坛\n让更多“大工匠”从班组里走出来\n\n近日，年度“大工匠”名单揭晓，100名一线职工获此殊荣。\n\n"
                     "工匠精神不是一句口号，它藏在每一次精准操作里。\n\n□ 宫某祥\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["某某：守护铝液的“体温计”", "职工“趣”享运动会", "让更多“大工匠”从班组里走出来"]
    assert ("客户端记者", "某甲") not in bylines(arts[0]) and ("记者", "某甲") in bylines(arts[0])
    assert arts[2].decks == ("工人论坛",)
    assert bylines(arts[2]) == [("", "宫某祥")]


def test_a_general_dailys_page_staff_line_banner_app_bylines_labels_letter_and_comment(make_page):
    page = make_page("某某日报\n2024年4月29日　星期一　　第6版　工会\n本版责任编辑：某甲　　版式设计：某乙\n\n"
                     "弘扬劳模精神 建功新时代\n\n市总工会举行“岚城工匠”命名发布活动\n\n津云记者 某丙\n\n"
                     "4月28日，市总工会举行命名发布活动。\n\n"
                     "高原来的“塔吊王”\n\n川观新闻记者 某丁\n\n凌晨5点半，工地上的塔吊已经转了起来。\n\n摄影 吉某沙呷\n\n"
                     "2024年岚城五一劳动奖章拟表彰对象公示\n\n根据《岚城五一劳动奖章评选管理办法》，经基层推荐，现予公示。\n\n"
                     "图片新闻\n\n户外劳动者驿站“清凉上新”\n\n4月27日，区总工会为驿站添置了冰柜。\n\n记者 某戊 摄\n\n"
                     "读者来信\n\n驿站暖了身子，也请“暖”到夜班\n\n编辑同志：\n\n我是一名货车司机，夜里常找不到歇脚的地方。\n\n"
                     "岚北区　读者　某己\n\n短评\n\n让工匠的路越走越宽\n\n30名一线职工被命名为工匠，可喜可贺。\n\n（本报评论员 某庚）\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == [
        "市总工会举行“岚城工匠”命名发布活动", "高原来的“塔吊王”", "2024年岚城五一劳动奖章拟表彰对象公示",
        "户外劳动者驿站“清凉上新”", "驿站暖了身子，也请“暖”到夜班", "让工匠的路越走越宽"]
    assert ("记者", "某丙") in bylines(arts[0]) and ("记者", "某丁") in bylines(arts[1])
    assert ("摄影", "吉某沙呷") in bylines(arts[1])
    assert ("评论员", "某庚") in bylines(arts[5])
    assert not any("某甲" in a.text for a in arts)   # the page's staff line belongs to no article


def test_a_markdown_page_title_over_a_bold_kicker_under_a_masthead_is_no_article(make_page):
    page = make_page("某某日报\n2024年5月9日　星期四\n第6版　经济·工会　　责任编辑：某甲\n\n# 当好主力军 建功新时代\n\n"
                     "**聚焦“产改”攻坚 汇聚职工奋进力量**\n\n## 省总工会全委会议在榕召开\n\n"
                     "本报讯（记者 某乙）5月8日，省总工会全委会议召开。\n\n## 八闽工匠名单出炉\n\n"
                     "记者 某丙\n\n记者昨日从省总工会获悉，名单出炉。\n")
    assert [a.headline for a in split_articles(page)] == ["省总工会全委会议在榕召开", "八闽工匠名单出炉"]


def test_a_long_banner_unsigned_comment_picture_source_web_pagination_reprint_source_and_a_notice(make_page):
    page = make_page("某某日报\n\n某某日报 2024年4月29日 星期一 第5版 要闻\n\n"
                     "大力弘扬劳模精神劳动精神工匠精神 在全面振兴新突破中建功立业\n\n岚城一季度城镇新增就业11.3万人\n\n"
                     "新华社岚城4月28日电（记者 某甲）今年一季度，岚城城镇新增就业11.3万人。\n\n"
                     "滨城船厂“焊花”飞 技能岗位“抢”人才\n\n北斗融媒记者 某乙\n\n连日来，船厂焊工供不应求。\n\n"
                     "冰雪旅游练就“四季功”\n\n记者 某丙\n\n冬季游客增长三成。\n\n图片由岚城市文化广电和旅游局提供\n\n"
                     "评论\n\n让工匠精神在黑土地上枝繁叶茂\n\n本报评论员 某丁\n\n昨天，全省表彰了新一批工匠。\n\n"
                     "让技能人才“香”起来“留”下来\n\n本报评论员\n\n一年一度的“五一”国际劳动节即将到来。\n\n"
                     "小零件撑起县域大产业\n\n人民日报记者　某戊\n\n走进密炼车间，机器轰鸣。\n\n"
                     "《 人民日报 》（ 2024年05月12日　第 07 版）\n\n分享到：\n责任编辑：某己\n\n首页 > 新闻 > 岚省\n\n"
                     "县总工会为一线职工送上免费体检\n\n本报讯（记者 某庚）5月9日，县总工会组织体检。\n\n"
                     "班组里的“师徒接力”\n\n记者 某辛\n\n早上8点不到，总装车间已忙碌起来。\n\n上一页　1　2　下一页\n\n"
                     "分享到：\n责任编辑：某壬\n\n首页 > 新闻 > 岚省\n\n“送法进工地”护航农民工权益\n\n"
                     "5月10日，市总工会走进工地。\n\n"
                     "关于2024年岚省五一劳动奖章拟推荐对象的公示\n\n"
                     "根据《岚省总工会关于开展2024年岚省五一劳动奖章和岚省工人先锋号评选推荐工作的通知》要求，现予以公示。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == [
        "岚城一季度城镇新增就业11.3万人", "滨城船厂“焊花”飞 技能岗位“抢”人才", "冰雪旅游练就“四季功”",
        "让工匠精神在黑土地上枝繁叶茂", "让技能人才“香”起来“留”下来", "小零件撑起县域大产业",
        "县总工会为一线职工送上免费体检", "班组里的“师徒接力”", "“送法进工地”护航农民工权益",
        "关于2024年岚省五一劳动奖章拟推荐对象的公示"]
    assert ("记者", "某乙") in bylines(arts[1])
    assert bylines(arts[4]) == []


def test_briefs_closed_by_bare_names_in_brackets_and_a_byline_of_what_each_one_made(make_page):
    page = make_page("## 工会简讯\n\n■ 5月5日，某区总工会举办职工技能大赛。（某甲）\n\n"
                     "■ 近日，某州总工会开展送清凉活动。（某乙 某丙）\n\n■ 5月8日，某县总工会举办职工大讲堂。（部分）\n\n"
                     "## “小蓝屋”里暖意浓\n\n文/记者 某丁　图/通讯员 某戊\n\n5月10日中午，驿站里坐满了骑手。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["工会简讯", "“小蓝屋”里暖意浓"]
    assert bylines(arts[0]) == [("", "某甲"), ("", "某乙"), ("", "某丙")]
    assert bylines(arts[1]) == [("记者", "某丁"), ("通讯员", "某戊")]


def test_a_public_accounts_post_with_contents_rules_action_bar_and_an_app_byline(make_page):
    page = make_page("点击上方蓝字关注我们\n\n某某日报\n2025年06月18日 07:45　发表于某省\n\n"
                     "▼ 今日导读 ▼\n● 某措施稳岗扩就业\n● 某老艺人带徒记\n\n——————\n\n"
                     "某省出台20条措施稳岗扩就业\n今年前5个月全省城镇新增就业24.6万人\n\n某某日报全媒体记者 某甲\n\n"
                     "6月17日，省政府新闻办举行新闻发布会。\n\n——————\n\n瓷都“守艺人”的三个徒弟\n\n"
                     "某某日报天眼新闻记者 某乙\n\n清晨6点，老弄堂深处的作坊已经开工。\n\n——————\n\n"
                     "▼ 更多精彩，请点击下方“阅读原文” ▼\n\n阅读原文\n\n分享　收藏　点赞　在看\n\n来源：某某日报\n编辑：某丙\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["某省出台20条措施稳岗扩就业", "瓷都“守艺人”的三个徒弟"]
    assert bylines(arts[0]) == [("全媒体记者", "某甲")]
    assert bylines(arts[1]) == [("记者", "某乙")]
    assert "阅读原文" not in arts[1].text and "——" not in arts[1].text


def test_a_news_sites_tool_bar_share_line_under_a_dateline_and_comments_signed_by_a_pen_name_or_at_their_end(make_page):
    page = make_page("首页 > 新闻 > 社会\n\n某区驿站夜里亮着灯\n2026-03-12 08:30:15　来源：某某晚报　作者：某甲\n"
                     "【字号 大 中 小】　【打印】　【关闭】\n\n记者　某甲\n\n晚上10点，驿站依然灯火通明。\n\n责任编辑：某乙\n\n"
                     "某市百名工匠获评\n2026-03-12 07:45:02　来源：某某晚报　作者：某丙\n分享到：微信　微博　QQ空间\n\n"
                     "见习记者　某丙\n\n记者昨天从市总工会获悉，100名工匠获评。\n\n责任编辑：某乙\n\n"
                     "让驿站不止于歇脚\n2026-03-12 07:10:02　来源：某某晚报　作者：东方某\n【字号 大 中 小】\n\n□ 东方某\n\n"
                     "一碗热馄饨，值得点赞。\n\n但驿站的意义不应止于歇脚。\n\n（作者系本报特约评论员）\n\n责任编辑：某乙\n\n"
                     "某新区建设者之家迎来首批职工\n2026-03-11 14:36:27　来源：某某晚报　作者：某丁\n分享到：微信　微博\n\n"
                     "记者　某丁\n\n3月10日，建设者之家正式启用。\n\n"
                     "让劳动者的汗水闪闪发光\n\n五一国际劳动节就要到了。\n\n礼赞劳动者，既要有掌声，也要有实招。\n\n"
                     "（本报评论员　某戊）\n\n责任编辑：某乙\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["某区驿站夜里亮着灯", "某市百名工匠获评", "让驿站不止于歇脚",
                                          "某新区建设者之家迎来首批职工", "让劳动者的汗水闪闪发光"]
    assert "100名工匠获评" in arts[1].text and "字号" not in arts[0].text
    assert bylines(arts[2]) == [("特约评论员", "东方某")]
    assert bylines(arts[4]) == [("评论员", "某戊")]


def test_a_notice_under_a_paragraph_cut_by_a_column_break_is_its_own_story(make_page):
    page = make_page("某市表彰百名工匠\n\n本报讯　近日，某市表彰百名工匠，并优先推荐参评全国\n\n干部任前公示\n\n"
                     "根据《党政领导干部选拔任用工作条例》和有关规定，经研究，现将拟任人选公示如下。\n\n某甲，男，1980年6月生。\n")
    assert [a.headline for a in split_articles(page)] == ["某市表彰百名工匠", "干部任前公示"]


def test_an_apps_stories_under_topic_tags_with_app_bylines_openers_and_counts(make_page):
    page = make_page("某某日报·某汇点 ｜ 某省新闻客户端 ｜ 民生\n2024年5月21日 星期二 ｜ 第07版\n\n"
                     "#某省工匠#\n焊花飞溅二十六载\n——记某省工匠、某某重工首席技师某甲\n某某日报·某汇点记者 某乙 通讯员 某丙\n\n"
                     "某某日报·某汇点讯 清晨六点半，船台上已经亮起焊花。\n\n他说，差一毫米都不行。\n\n阅读 2.1万 · 点赞 486\n\n"
                     "#劳动维权#\n以“架构调整”为由解除劳动合同 法院判了：违法解除，赔偿！\n某汇点记者 某丁 见习记者 某戊\n\n"
                     "某汇点讯 入职第三年，公司以组织架构调整为由解除了劳动合同。\n\n法院审理后认为属违法解除。\n\n阅读 9876\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["焊花飞溅二十六载", "以“架构调整”为由解除劳动合同 法院判了：违法解除，赔偿！"]
    assert bylines(arts[0]) == [("记者", "某乙"), ("通讯员", "某丙")]
    assert bylines(arts[1]) == [("记者", "某丁"), ("见习记者", "某戊")]
    assert "阅读" not in arts[0].text and "阅读" not in arts[1].text


def test_a_captions_marked_credit_and_a_comments_writer_in_brackets_are_bylines(make_page):
    page = make_page("某区成立新能源行业工会联合会\n\n本报讯（记者 某甲）近日，某区新能源行业工会联合会成立。\n\n"
                     "图为装配工在竞赛中进行极耳焊接。图/宋某岩\n\n当地是重要的动力电池生产基地。\n\n"
                     "让更多年轻人愿当工匠\n\n五一前夕，又一批工匠受到表彰。\n\n礼赞劳动者，要有实招。\n\n（作者：柏某溪）\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["某区成立新能源行业工会联合会", "让更多年轻人愿当工匠"]
    assert bylines(arts[0]) == [("记者", "某甲"), ("图", "宋某岩")]
    assert bylines(arts[1]) == [("作者", "柏某溪")]


def test_a_phone_page_with_emoji_column_labels_marked_credits_long_names_and_linked_titles(make_page):
    page = make_page("点击蓝字关注我们\n\n某某日报\n2024年05月20日 07:30　某省\n\n"
                     "🚚 沿边开放\n\n某口岸货运忙　货车司机有了「娘家」\n\n某某日报记者　刀某清\n\n"
                     "清晨6点，口岸货场已排起长长的车队。\n\n「现在有事在群里喊一声就行。」司机说。\n\n\n"
                     "🛵 城事\n\n深夜里，春城骑手有了「歇脚地」\n\n文/施某晴　图/冉某鹏\n\n"
                     "晚上10点，街道的一间骑手驿站里灯火通明。\n\n\n"
                     "🍵 乡村振兴\n\n一片茶叶带富一方茶农\n\n融媒体记者 敖某格日勒\n\n茶山上，茶农们正忙着采摘春茶。\n\n\n"
                     "往期推荐\n\n◎ 某省加快建设辐射中心\n\n◎ 收藏！2024年职工疗休养线路来了\n\n"
                     "来源：某某日报\n\n编辑：某丙\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["某口岸货运忙 货车司机有了“娘家”", "深夜里，春城骑手有了“歇脚地”",
                                          "一片茶叶带富一方茶农"]
    assert bylines(arts[1]) == [("文", "施某晴"), ("图", "冉某鹏")]
    assert bylines(arts[2]) == [("融媒体记者", "敖某格日勒")]
    assert "疗休养" not in arts[2].text


def test_a_newsroom_is_no_long_name_and_a_court_notice_to_a_masked_party_is_a_story(make_page):
    page = make_page("某某日报\n2024年6月18日 星期二\n\n奋力谱写全面建设社会主义现代化国家的某省篇章\n\n"
                     "盐湖畔的“提锂先锋”\n\n本报记者 尚某婷\n\n六月的盆地，烈日当空。\n\n"
                     "某县总工会送清凉\n\n记者 某甲 县融媒体中心\n\n近日，县总工会为环卫工人送去清凉。\n\n"
                     "某市某区人民法院公告\n\n马某某：\n\n本院受理原告某某劳务有限公司诉被告马某某劳务合同纠纷一案，"
                     "因你下落不明，依法向你公告送达起诉状副本。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["盐湖畔的“提锂先锋”", "某县总工会送清凉", "某市某区人民法院公告"]
    assert ("记者", "县融媒体中心") not in bylines(arts[1])


def test_a_credit_printed_name_first_a_question_title_and_readers_who_asked(make_page):
    page = make_page("某某获奖名单公布\n\n本报记者 某甲\n\n近日，某省总工会公布了名单。\n\n"
                     "某某：在千分之一毫米里较真\n\n——记某某公司磨工某某\n\n宋某岩/文　冉某鹏/图\n\n"
                     "在某市，说起轴承磨削，圈内人都会提到他。\n\n"
                     "试用期被辞退，能要补偿吗？\n\n本报记者 柏某溪 整理\n\n"
                     "问：公司说我不符合录用条件，让我第二天不用来了。我能要补偿吗？（某市读者 何女士）\n\n"
                     "答：用人单位须证明劳动者不符合录用条件。\n\n"
                     "问：公司没有签劳动合同，我该怎么证明劳动关系？（小陈）\n\n答：工作证、考勤记录都可以作为证据。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["某某获奖名单公布", "某某：在千分之一毫米里较真", "试用期被辞退，能要补偿吗？"]
    assert bylines(arts[1]) == [("文", "宋某岩"), ("图", "冉某鹏")]
    assert bylines(arts[2]) == [("记者", "柏某溪")]       # 整理 ends the credit; readers in brackets are none


def test_a_column_label_over_a_title_that_asks_a_readers_question_and_a_sponsor_note(make_page):
    page = make_page("某市职工赴湘西疗休养\n\n本报记者 某甲\n\n4月20日，疗休养团启程。\n\n"
                     "【法律援助·以案说法】\n\n停工留薪期内，单位能只发“生活费”吗？\n\n"
                     "问：我在某区一家企业上班，公司只给我发“生活费”。请问合法吗？\n\n——某市读者 曾某宇\n\n"
                     "答：停工留薪期内，原工资福利待遇不变。\n\n（某某律师事务所律师 柏某溪）\n\n"
                     "本栏目由省总工会职工法律援助中心协办\n\n"
                     "某市基层工会主席集中“充电”\n\n本报讯（记者 某乙）4月22日，某市总工会举办培训班。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["某市职工赴湘西疗休养", "停工留薪期内，单位能只发“生活费”吗？",
                                          "某市基层工会主席集中“充电”"]
    assert "协办" not in arts[1].text and "以案说法" not in arts[0].text


def test_a_notice_a_list_under_its_title_a_subtitled_report_and_an_essay_signed_under_a_mark(make_page):
    page = make_page("某某能源报\n\n主办：某某能源集团有限公司　责任编辑：某甲　版式：某乙\n\n"
                     "某某省总工会关于拟表彰对象的公示\n\n"
                     "根据有关规定，经各市总工会推荐，省总工会审核，现将拟表彰对象予以公示，公示期5个工作日。\n\n"
                     "郜某涛，男，汉族，1985年3月生，中共党员，某某重工有限公司焊接车间主任\n\n"
                     "某市工会第十四次代表大会主席团成员名单\n\n（共5名，按姓氏笔画为序）\n\n"
                     "丁某琼（女）、王某勇、叶某东、庄某华、刘某南\n\n大会秘书长：宓某源\n\n"
                     "凝心聚力建新功 团结奋进新征程\n\n——某市工会第十四次代表大会工作报告（摘要）\n\n本报记者 某丙 整理\n\n"
                     "过去五年，全市工会坚持围绕中心、服务大局。\n\n"
                     "大渡河的夜\n\n◎ 何某舟\n\n大渡河的夜，是被水声填满的。\n\n我在运行日志上签下名字。\n\n"
                     "（作者系某某水电站运维一班主值）\n\n"
                     "某分公司工会开展健康月活动\n\n本报讯（通讯员 某丁）4月以来，某分公司工会开展健康月活动。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == [
        "某某省总工会关于拟表彰对象的公示", "某市工会第十四次代表大会主席团成员名单", "凝心聚力建新功 团结奋进新征程",
        "大渡河的夜", "某分公司工会开展健康月活动"]
    assert "责任编辑" not in "".join(a.text for a in arts)       # the company paper's staff line is page chrome
    assert arts[3].bylines == () and "作者系" in arts[3].text      # the essay's writer is no journalist


def test_a_hard_wrapped_paragraph_a_report_under_its_speaker_and_a_legal_pages_columns(make_page):
    page = make_page("某某工人报\n\n2026年2月12日 星期四\n第3版 · 工会工作\n\n"
                     "某市总工会全委会召开\n\n本报讯（记者 某甲）2月9日，某市总工会召开全委会。\n\n通讯员 某乙 摄\n\n"
                     "凝心聚力 奋楫争先 为谱写新篇章贡献工会力量\n\n——在某市总工会第十六届委员会第五次全体会议上的工作报告（摘要）\n\n"
                     "某市总工会党组书记、常务副主席 某丙\n\n（2026年2月9日）\n\n各位委员，同志们：\n\n现在，我向全会报告工作。\n\n"
                     "战鼓进车间 职工文化添活力\n\n本报讯（通讯员 某丁）5月6日午休时间，某某食品有限公司厂区里\n鼓声阵阵。\n\n"
                     "县文化广电和旅游局相关负责人表示，下一步将\n与县总工会共同编印职工版教材，培养一批\n企业“鼓师”。\n\n"
                     "律师说法\n\n孕期被调岗降薪，单位这样做合法吗？\n\n读者问：我在某区一家企业做质检员。\n\n律师答：根据有关规定，不得降低工资。\n\n"
                     "（某某律师事务所律师 某戊）\n\n"
                     "某区一企业拖欠员工工资 劳动监察责令限期支付\n\n通讯员 某己\n\n近日，某区劳动监察大队接到投诉。\n\n"
                     "以案说法\n\n“自愿放弃社保”承诺无效\n\n通讯员 某庚\n\n【案情】2024年3月，张某入职某物流公司。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == [
        "某市总工会全委会召开", "凝心聚力 奋楫争先 为谱写新篇章贡献工会力量", "战鼓进车间 职工文化添活力",
        "孕期被调岗降薪，单位这样做合法吗？", "某区一企业拖欠员工工资 劳动监察责令限期支付", "“自愿放弃社保”承诺无效"]
    assert "第3版" not in arts[0].text                     # the page line under the date is chrome, no deck
    assert "相关负责人表示，下一步将" in arts[2].text          # a hard-wrapped paragraph's line, not a title
    assert "某某律师事务所律师 某戊" in arts[3].text        # the answer's writer closes the column


def test_a_public_accounts_post_set_with_time_stamps_follow_calls_tags_and_sections(make_page):
    post = ("{title}\n\n2024-04-26 18:02\n\n点击上方蓝字关注我们\n\n来源：某市总工会\n作者：某某日报记者 苗某远\n\n"
            "#最美职工#\n\n{body}\n\n【利川：一户一策解难题】\n\n4月16日，州总工会副主席岑某恩带队走访。\n\n"
            "▲ 会议现场\n\n#技能竞赛# #某市工匠#\n\n→ 阅读原文\n\n转发，为最美职工点赞！\n\n编辑：某甲　审核：某乙\n\n")
    page = make_page("某某工会\n微信公众号 · 推文精选\n\n"
                     + post.format(title="江城最美职工｜三位“追光者”", body="4月25日，发布仪式在某区举行。")
                     + post.format(title="省总工会全委会议在汉召开", body="4月23日，会议召开。"))
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["江城最美职工|三位“追光者”", "省总工会全委会议在汉召开"]
    assert "一户一策" in arts[0].text and "岑某恩" in arts[0].text     # a section of the post, no story of its own
    assert "点赞" not in arts[0].text


def test_a_bilingual_page_a_document_with_its_number_a_broadcast_script_and_staff_signed_with_a_space(make_page):
    page = make_page("某某工人报\n2024年6月14日　星期五　第3版　综合新闻（双语版）\n\n"
                     "自治区总工会全委会议在首府召开\nئاپتونوم رايونلۇق ئىشچىلار ئۇيۇشمىسى يىغىنى ئېچىلدى\n\n"
                     "本报记者 苗某远\n\n6月12日，会议召开。\n\n通讯员 岑某恩 摄影报道\n\n"
                     "某市总工会为户外劳动者送清凉\nقۇمۇل شەھەرلىك ئىشچىلار ئۇيۇشمىسى سالقىنلىق يەتكۈزدى\n\n"
                     "某地的夏天干燥炎热，午后地表温度常常超过50摄氏度。6月11日，某市总工会开展“夏送清凉”活动，为环卫工人送去矿泉水。\n\n"
                     "قۇمۇل شەھەرلىك ئىشچىلار ئۇيۇشمىسى 11-ئىيۇن پائالىيىتى ئۆتكۈزدى.\n\n"
                     "某某市总工会文件\n\n某工〔2026〕12号\n\n关于表彰2025年度某某市五一劳动奖的决定\n\n"
                     "各区、县（市）总工会，市级产业工会：\n\n经研究，决定授予某某公司“某某市五一劳动奖状”。\n\n"
                     "焊花飞溅铸重器　泉城工匠亮绝活\n\n——《某某职工新闻》2026年6月3日播出稿\n\n【导语】\n\n"
                     "主持人：观众朋友们，晚上好！\n\n【正文】\n\n【画外音】比赛现场设在某某公司的实训基地。\n\n"
                     "（记者　宓某琪　济南报道）\n\n编辑　柏某峰\n\n"
                     "某区打造新就业群体服务圈\n\n本报讯（记者 苗某远）6月1日，服务中心启用。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["自治区总工会全委会议在首府召开", "某市总工会为户外劳动者送清凉",
                                          "关于表彰2025年度某某市五一劳动奖的决定", "焊花飞溅铸重器 泉城工匠亮绝活",
                                          "某区打造新就业群体服务圈"]
    assert not any("ئ" in a.text for a in arts)          # the Uyghur lines are read by no one
    assert "柏某峰" not in arts[3].text                  # the script's editor is page chrome


def test_a_posts_writer_line_with_titles_or_names_alone():
    assert [(b.title, b.name) for b in parse_bylines("作者：某某日报记者 苗某远　通讯员 岑某恩")] \
        == [("记者", "苗某远"), ("通讯员", "岑某恩")]
    assert [(b.title, b.name) for b in parse_bylines("作者：通讯员 宓某琪　柏某峰")] \
        == [("通讯员", "宓某琪"), ("通讯员", "柏某峰")]
    assert [(b.title, b.name) for b in parse_bylines("作者：苗某远　阿依古丽·买某江")] \
        == [("作者", "苗某远"), ("作者", "阿依古丽·买某江")]
    assert parse_bylines("作者：某某大学劳动关系学院教授") == []       # a writer's post, no name to read


def test_a_talks_signature_with_its_date_closes_it_before_a_comment_under_its_label(make_page):
    from kg.articles import split_articles
    page = make_page("澄川市总工会2025年职工服务阵地建设情况汇报\n\n本报讯 近日，澄川市总工会汇报了阵地建设情况。\n\n"
                     "◆ 实施工匠培育计划：三年培育1000名\n◆ 工会干部专业化培训：全年轮训1200人次\n"
                     "备注：今年，市总工会将推广建设者之家。\n\n—— 第11页 ——\n"
                     "谢谢！敬请批评指正\n澄川市总工会职工服务部　2026年3月\n\n短评\n让职工驿站真正活起来\n\n"
                     "职工驿站建得多不多，是一个数字；职工用得好不好，才是一把尺子。\n")
    assert [a.headline for a in split_articles(page)] == ["澄川市总工会2025年职工服务阵地建设情况汇报", "让职工驿站真正活起来"]


def test_a_story_after_a_list_of_rows_or_a_note_in_brackets_under_the_last_sentence(make_page):
    from kg.articles import split_articles
    page = make_page("2025年度“澄川工匠”名单（部分）\n本报讯　近日，澄川市总工会命名30名职工为2025年度“澄川工匠”。\n"
                     "苗某远　澄川龙油采油技术服务有限公司高级技师\n宓某琪（女）　澄川宏源煤矿机电科电钳工\n"
                     "柏某峰　澄川北方轮胎有限公司硫化工\n"
                     "冰城职工冰上拔河赛开赛\n3月7日，2026年澄川市职工冰雪运动会冰上拔河比赛在江面开赛。通讯员　岑某珍　摄\n")
    assert [a.headline for a in split_articles(page)] == ["2025年度“澄川工匠”名单（部分）", "冰城职工冰上拔河赛开赛"]
    page = make_page("第五批“澄川工匠”名单公布\n\n本报讯　近日，省总工会公布第五批“澄川工匠”名单。\n\n"
                     "入选者将获得省总工会颁发的证书和奖励，并优先推荐参评省级劳动模范等荣誉。（完整名单见省总工会官方网站）\n\n"
                     "榕城环卫工人吃上“暖心早餐”\n\n3月6日清晨，鼓楼区总工会为120余名环卫工人送上热腾腾的锅边糊。\n")
    assert [a.headline for a in split_articles(page)] == ["第五批“澄川工匠”名单公布", "榕城环卫工人吃上“暖心早餐”"]
    assert ends_paragraph("…等荣誉。（完整名单见省总工会官方网站）") and not ends_paragraph("…等荣誉（完整名单见")


def test_a_videos_credits_line_names_who_made_it_and_not_the_issuing_body():
    line = "出品：澄川市总工会　策划：林某晴　摄像：吴某豪　剪辑：邱某岚"
    assert [(b.title, b.name) for b in parse_bylines(line)] == [("策划", "林某晴"), ("摄像", "吴某豪"), ("剪辑", "邱某岚")]
    assert [(b.title, b.name) for b in parse_bylines("文字整理：本报记者　方某婷")] == [("记者", "方某婷")]
    assert parse_bylines("文字：这是一段正文，不是署名。") == []


def test_minutes_under_a_banner_and_a_story_after_a_seal_and_its_date(make_page):
    from kg.articles import split_articles
    page = make_page("澄川工人日报\n\n踔厉奋发 勇毅前行 奋力谱写澄川工会工作新篇章\n\n【会议纪要】\n\n"
                     "澄川市总工会第十五届委员会第五次全体（扩大）会议纪要\n\n"
                     "时间：2026年3月18日上午\n地点：市职工服务中心三楼会议室\n主持：苗某远（市总工会党组书记、常务副主席）\n\n"
                     "会议听取了苗某远同志所作的工作报告。\n\n"
                     "审查意见：经审查，本合同符合有关法律法规规定，同意。澄川市人力资源和社会保障局（集体合同审查专用章）　2026年3月23日\n\n"
                     "餐饮行业工资专项集体合同签约\n\n386家餐饮企业1.2万余名职工受益\n\n"
                     "本报讯（记者 宓某琪）3月20日，餐饮行业工资专项集体合同签约仪式举行。\n\n"
                     "二、时间及地点\n\n时间：2026年3月28日\n地点：澄川市人才市场\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["澄川市总工会第十五届委员会第五次全体（扩大）会议纪要", "餐饮行业工资专项集体合同签约"]
    assert "时间：2026年3月18日上午" not in arts[0].decks


def test_a_reports_numbered_parts_a_bare_photo_credit_and_a_storys_own_list(make_page):
    from kg.articles import split_articles
    page = make_page("澄川鑫岳煤业有限公司“3·12”一般顶板事故调查报告（摘要）\n\n"
                     "本报讯 经调查，事故系一起一般生产安全责任事故。\n\n一、事故单位概况\n\n"
                     "鑫岳煤业成立于2009年，隶属于澄川泰和能源集团有限公司。\n\n二、事故经过\n\n（一）事故发生经过\n\n"
                     "3月12日7时30分，综掘二队召开早班班前会。\n\n"
                     "质量部开展“质量提升月”技能竞赛\n\n4月9日，集团质量部举办技能竞赛，24名职工参赛。\n\n涂某波　摄\n\n"
                     "公司表彰2024年度“十佳员工”\n\n本报讯（记者　万某彤）4月16日，公司召开表彰大会。"
                     "会议授予熊某兵等10名同志“集团十佳员工”称号。\n\n"
                     "2024年度“集团十佳员工”名单\n\n（按姓氏笔画排序）\n\n王某来（二分厂铸造车间造型工）\n\n卢某东（智能装备公司总经理）\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["澄川鑫岳煤业有限公司“3·12”一般顶板事故调查报告（摘要）",
                                          "质量部开展“质量提升月”技能竞赛", "公司表彰2024年度“十佳员工”"]
    assert [(b.title, b.name) for b in arts[1].bylines] == [("摄影", "涂某波")]
    assert "王某来" in arts[2].text


def test_a_title_over_a_second_title_and_a_byline_after_an_unfinished_list(make_page):
    from kg.articles import split_articles
    page = make_page("经审会通报审计情况\n\n本报讯 近日，省总工会经审会通报审计情况。\n\n"
                     "附：省总工会经审会组成人员\n\n主　任：何某东\n\n副主任：苏某琴　牛某斌\n\n"
                     "委　员（按姓氏笔画排序）：王某燕（兰州市总工会）　石某军（天水市总工会）\n\n"
                     "全省工会会员达到486.3万人\n\n《2024年某省工会组织和工会会员统计公报》发布\n\n记者　李某楠　通讯员　韦某功\n\n"
                     "本报讯　1月13日，省总工会发布统计公报。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["经审会通报审计情况", "全省工会会员达到486.3万人"]
    assert arts[1].decks == ("《2024年某省工会组织和工会会员统计公报》发布",)


def test_a_web_portals_tool_bars_search_bar_and_readers_comments(make_page):
    from kg.articles import split_articles
    page = make_page("某南区融媒体中心\n首页　｜　新闻　｜　政务\n搜索　｜　登录　｜　注册　｜　无障碍浏览\n\n"
                     "市总工会领导来我区调研\n来源：某南区融媒体中心　　作者：田某萌　　发布时间：2026-03-24 17:36　　阅读量 2386\n"
                     "【字号：大　中　小】　【打印】　【关闭】\n\n3月23日，市总工会副主席侯某勋来我区调研。\n\n"
                     "责任编辑：祁某轩\n分享到：微信　微博\n\n网友评论（2）\n津门小李：希望多给年轻人机会！　　2026-03-24 19:03　回复\n"
                     "查看更多评论 >\n\n区总工会全委会议召开\n来源：某南区总工会　　作者：阎某松　　发布时间：2026-03-20 10:08\n"
                     "【字号：大　中　小】　【打印】　【关闭】\n\n3月19日，区总工会召开全委会议。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["市总工会领导来我区调研", "区总工会全委会议召开"]
    assert "津门小李" not in arts[0].text


def test_a_banner_calling_to_hand_down_and_a_comment_signed_by_its_writers_post(make_page):
    from kg.articles import split_articles
    page = make_page("传承劳模精神　赓续奋斗本色　在全面振兴新突破中建功立业\n\n某某同志逝世\n\n"
                     "本报讯　全国劳动模范某某同志因病医治无效逝世。\n\n"
                     "裁判长点评：规范操作是最大的“加分项”\n\n大赛裁判长　乌某吉巴图\n\n"
                     "这次决赛，我最大的感受是选手们的“手上功夫”越来越扎实，各企业平时的岗位练兵是下了真功夫的。\n")
    arts = split_articles(page)
    assert [a.headline for a in arts] == ["某某同志逝世", "裁判长点评：规范操作是最大的“加分项”"]


def test_a_web_storys_meta_line_credits_its_writer_and_a_videos_camera(make_page):
    from kg.articles import split_articles
    page = make_page("区总工会全委会议召开\n来源：某南区总工会　　作者：阎某松（区总工会宣传部）　　发布时间：2026-03-20 10:08　　阅读量 1724\n\n"
                     "3月19日，区总工会召开全委会议。\n\n"
                     "码头桥吊班的一天\n来源：某海新区融媒体中心　　作者：记者 杭某雯　通讯员 崔某航　　发布时间：2026-03-22 09:15\n\n"
                     "3月21日，记者走进码头。\n\n"
                     "视频｜工匠的一天\n来源：某南区融媒体中心　　摄像：殷某博　　发布时间：2026-03-18 18:00　　时长 03:42\n\n"
                     "3月18日，记者跟拍了一位工匠。\n\n"
                     "工匠揭晓\n来源：某报  作者：贺某博  时间：2026-05-12\n\n某报记者 贺某博\n\n5月11日，名单揭晓。\n")
    arts = split_articles(page)
    assert [[(b.title, b.name) for b in a.bylines] for a in arts] == [
        [("作者", "阎某松")], [("记者", "杭某雯"), ("通讯员", "崔某航")], [("摄像", "殷某博")], [("记者", "贺某博")]]


def test_notices_under_a_salutation_appendices_table_headers_and_bracketed_notes(make_page):
    page = make_page("聚力主责主业　建功申城发展\n\n关于召开某某公司工会第三次会员代表大会的公告\n\n全体会员：\n\n"
                     "根据《中华人民共和国工会法》和有关规定，某某公司工会第二届委员会任期已满，定于3月28日召开大会。现将有关事项公告如下：\n\n"
                     "某区总工会关于同意某某公司工会换届选举结果的批复\n\n某工复〔2024〕31号\n\n某某公司工会：\n\n"
                     "你会《关于第三次会员代表大会选举结果的报告》收悉。经研究，同意钱某同志任主席。\n\n"
                     "某某省总工会关于省十四届人大二次会议第0317号建议的答复\n\n某工函〔2024〕28号\n\n韩某春代表：\n\n"
                     "您提出的《关于加强一线职工劳动保护的建议》收悉。现答复如下：我们将认真研究，抓好落实，切实加强一线职工劳动保护。\n\n"
                     "某某培训班开班\n\n本报讯　7月8日，培训班开班。\n\n附：培训通知（摘要）\n\n一、主办单位　自治区总工会。\n\n"
                     "课程安排表\n\n日期　　时间　　课程　　授课人\n\n7月8日　10:00—10:30　开班仪式　顿某罗布\n\n"
                     "（名单未完，全部名单见某某报客户端）\n\n职工滨江健步迎春\n\n本报讯　近日，区总工会举办健步走活动。\n")
    assert [a.headline for a in split_articles(page)] == [
        "关于召开某某公司工会第三次会员代表大会的公告", "某区总工会关于同意某某公司工会换届选举结果的批复",
        "某某省总工会关于省十四届人大二次会议第0317号建议的答复", "某某培训班开班", "职工滨江健步迎春"]


def test_a_bulletin_under_its_issuer_and_a_reposted_post_under_its_account_line(make_page):
    page = make_page("某某工人报\n\n奋力谱写新篇章　凝聚职工磅礴力量\n\n2023年某某自治区工会组织和工会工作发展状况统计公报\n\n"
                     "某某自治区总工会\n（2024年4月28日）\n\n"
                     "2023年，在自治区党委和全国总工会的坚强领导下，全区各级工会持续推进工会组织建设，现将主要情况公布如下。\n\n"
                     "一、工会组织\n\n截至2023年12月31日，全区共有基层工会组织15286个。\n\n"
                     "【工会在身边】某某县总工会把技能培训送到甘蔗地头\n\n某某县融媒体中心　2024-05-06 08:30　广西\n\n"
                     "（本文转载自“某某县融媒体”微信公众号）\n\n5月5日上午，某某县的甘蔗地里机器轰鸣。\n\n"
                     "上海市职工技能大赛决赛收官\n\n（转自第1版）\n\n本届决赛在闵行区举行。\n")
    assert [a.headline for a in split_articles(page)] == [
        "2023年某某自治区工会组织和工会工作发展状况统计公报", "【工会在身边】某某县总工会把技能培训送到甘蔗地头",
        "上海市职工技能大赛决赛收官"]


def test_a_contract_under_its_adoption_a_list_under_group_labels_and_numbered_cases(make_page):
    from kg.articles import split_articles
    page = make_page("某某工人报\n\n深化集体协商 共建和谐劳动关系 奋力谱写工会工作新篇章\n\n"
                     "某某汽车部件有限公司2024年度工资专项集体合同\n\n"
                     "（2024年3月6日经公司第三届职工代表大会第二次会议审议通过）\n\n第一章　总则\n\n"
                     "第一条　为建立健全企业工资分配共决机制和正常增长机制，维护企业和职工双方的合法权益，制定本合同。\n\n"
                     "2024年某省五一劳动奖章获得者名单（部分）\n\n本报讯 经省总工会研究决定，授予300名职工某省五一劳动奖章。现将部分获奖名单刊登如下：\n\n"
                     "某某州：\n\n朴某贤（女）　某某韩味食品有限公司质检员\n\n金某旭　某某海晟水产食品有限公司机修工\n\n"
                     "春城女职工健步迎春\n\n3月8日，市总工会女职工委员会主办的女职工健步走活动在南湖公园举行，1200余名女职工参加。\n\n本报记者 祁某伟 摄\n\n"
                     "省总工会、省高级人民法院联合发布劳动争议典型案例\n\n本报讯 4月28日，省总工会、省高级人民法院联合发布劳动争议典型案例。\n\n"
                     "案例一：外卖骑手与配送站点运营方之间存在劳动关系\n\n【基本案情】2021年6月，刘某进入某配送公司承包经营的外卖站点工作。\n\n"
                     "案例二：约定“工资包含加班费”不能免除用人单位依法支付加班费的责任\n\n【基本案情】王某于2020年3月入职某科技公司。\n")
    assert [a.headline for a in split_articles(page)] == [
        "某某汽车部件有限公司2024年度工资专项集体合同", "2024年某省五一劳动奖章获得者名单（部分）",
        "春城女职工健步迎春", "省总工会、省高级人民法院联合发布劳动争议典型案例"]


def test_articles_a_reports_subtitle_and_speaker_are_decks_under_its_title(make_page):
    """Banner, the report's title, its ——subtitle, then the speaker: the title is the headline,
    never the ——subtitle."""
    text = ("奋力推进现代化建设 荆楚工会建新功\n\n某某市总工会经费审查委员会关于2025年度工会经费收支情况的审查报告\n\n"
            "——2026年1月20日在市总工会十一届五次全委（扩大）会议上\n\n市总工会党组成员、经费审查委员会主任 阙立新\n\n"
            "各位委员：\n\n受市总工会经费审查委员会委托，现将审查结果报告如下，请予审议。")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["某某市总工会经费审查委员会关于2025年度工会经费收支情况的审查报告"]


def test_an_intertitle_whose_paragraph_follows_the_storys_reporter_heads_no_story(make_page):
    """A story's part title (井下千米　安全是第一道“工序”) over a paragraph that goes on with the
    story's reporter (6月12日，记者跟随……) is the story's; a story with its own byline is not."""
    text = ("筑牢井下安全防线\n\n本报讯（记者 邰某平）连日来，某某煤矿开展安全生产月活动，矿工会组织职工签订安全承诺书。\n\n"
            "井下千米 安全是第一道“工序”\n\n6月12日，记者跟随带班矿领导下井。巷道里灯光通明，风筒呼呼作响。\n\n"
            "手撕钢车间里的龙城工匠\n\n本报记者 蒯某亮\n\n6月10日，记者走进某某带钢有限公司轧制车间。")
    arts = split_articles(make_page(text))
    assert [a.headline for a in arts] == ["筑牢井下安全防线", "手撕钢车间里的龙城工匠"]
    assert "6月12日，记者跟随" in arts[0].text
