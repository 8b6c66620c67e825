"""Genre rules on short synthetic articles (rules only: ``ner_model=""``).

Every person, company and place name here is invented; none comes from the
seed pages or the gold annotations.
"""
from __future__ import annotations

import pytest

from kg.model import EntityType, LinkRel
from kg.pipeline import extract_page
from kg.settings import Settings

RULES = Settings(home_region="上海市", ner_model="")


def _one(make_page, body: str, headline: str = "测试标题", settings: Settings = RULES):
    page = make_page(f"{headline}\n\n本报讯（记者 钟雅琴）{body}\n")
    return extract_page(page, settings).articles[0]


def _ents(art):
    return {e.name: e for e in art.entities}


def _honors(art):
    return {(h.holder, h.honor) for h in art.honors}


def _roles(art):
    return {(r.person, r.title, r.org) for r in art.roles}


def _links(art):
    return {(l.source, l.rel.value, l.target) for l in art.links}


def test_honor_named_with_a_division_is_no_place_and_gives_its_holder(make_page):
    art = _one(make_page, "座谈会上，上海市先进工作者俞青禾发言。")
    assert ("俞青禾", "上海市先进工作者") in _honors(art)
    assert "上海市" not in _ents(art)      # the place inside an honor's name is no mention


def test_honor_in_a_chain_and_quoted_after_won(make_page):
    art = _one(make_page, "全国劳模、首位获得园区“星火贡献奖”的技术工人、精工车间主任岑立坤参加了论坛。")
    honors = _honors(art)
    assert ("岑立坤", "全国劳动模范") in honors     # short form normalised
    assert ("岑立坤", "星火贡献奖") in honors


def test_honor_subject_of_won_and_object_before_de(make_page):
    art = _one(make_page, "今年荣获全国五一劳动奖章的滕晓芸表示，将继续努力。")
    assert ("滕晓芸", "全国五一劳动奖章") in _honors(art)


def test_honor_recipient_is_the_unit_named_before_gai(make_page):
    art = _one(make_page, "区总工会慰问了浦江康华医院医护人员，为该医院颁发“全国五一巾帼标兵岗”奖牌。")
    assert ("浦江康华医院", "全国五一巾帼标兵岗") in _honors(art)


def test_honor_unveiled_at_the_venue(make_page):
    art = _one(make_page, "“全国工会职工书屋示范点揭牌仪式”在江宁精密机械有限公司举行。嘉宾为全国工会职工书屋示范点揭牌。")
    assert ("江宁精密机械有限公司", "全国工会职工书屋示范点") in _honors(art)
    assert "全国工会" not in _ents(art)


def test_declared_short_form_and_development_zone(make_page):
    art = _one(make_page, "上海临港经济技术开发区（以下简称“临开区”）举办活动。临开区总工会主席饶志远出席。")
    ents = _ents(art)
    assert ents["上海临港经济技术开发区"].types == (EntityType.DISTRICT,)
    assert "临开区" in ents["上海临港经济技术开发区"].aliases
    assert "临开区总工会" in ents["上海临港经济技术开发区总工会"].aliases
    roles = _roles(art)
    assert ("饶志远", "主席", "上海临港经济技术开发区总工会") in roles
    assert (("上海临港经济技术开发区总工会", LinkRel.LOCATED_IN, "上海临港经济技术开发区")
            in {(link.source, link.rel, link.target) for link in art.links})


def test_community_after_township_is_its_own_district(make_page):
    art = _one(make_page, "活动现场，浦兴路街道银杏社区书记濮秋实发言。")
    ents = _ents(art)
    assert "银杏社区" in ents and ents["银杏社区"].types == (EntityType.DISTRICT,)
    assert ("濮秋实", "书记", "银杏社区") in _roles(art)


def test_short_form_opening_a_longer_name_is_no_district(make_page):
    art = _one(make_page, "会议在上海交通大学闵行新校区举行，上海建工集团承办。")
    assert "闵行区" not in _ents(art)


def test_union_department_points_to_the_union(make_page):
    art = _one(make_page, "上海市总工会女职工部、市总工会经费审查委员会办公室负责人参加。松江区总工会组织部副部长陶某宁主持。"
                          "把党和政府的关怀送到职工心坎上。")
    ents = _ents(art)
    assert "上海市总工会" in ents
    assert "上海市总工会经费审查委员会" in ents
    assert "松江区总工会" in ents
    assert not any(n.endswith(("女职工部", "办公室", "组织部", "政府")) for n in ents), sorted(ents)


def test_relative_organs_side_by_side(make_page):
    art = _one(make_page, "浦东新区召开会议，要找准区委区政府工作与工会工作的结合点。")
    ents = _ents(art)
    assert "浦东新区委" in ents and "浦东新区政府" in ents


def test_national_bank_alias_expands_when_the_full_name_is_printed(make_page):
    art = _one(make_page, "中国银行上海市分行工会开展活动。中行上海市分行青年员工参加。")
    ents = _ents(art)
    assert "中行上海市分行" in ents["中国银行上海市分行"].aliases


def test_bare_branch_is_part_of_the_story_group(make_page):
    art = _one(make_page, "华岳巴士集团公司工会举办大赛。电车分公司驾驶员邬晨阳获奖。")
    links = {(link.source, link.rel, link.target) for link in art.links}
    assert ("电车分公司", LinkRel.PART_OF, "华岳巴士集团公司") in links


@pytest.mark.parametrize("body, not_entity", [
    ("要充分发挥工会组织作用。", "充分发挥工会"),
    ("推进中心城区和城市副中心建设。", "城市副中心"),
    ("引导女职工学会运用法律。", "女职工学会"),
    ("要围绕中心，服务大局。", "服务大局"),
    ("大家都在为建设服务型协会努力。", "服务型协会"),
])
def test_ordinary_phrases_ending_in_a_suffix_are_no_entities(make_page, body, not_entity):
    assert not any(not_entity in n for n in _ents(_one(make_page, body)))


def test_shared_opening_printed_alone_is_the_parent_company(make_page):
    art = _one(make_page, "华岭电建新时代工匠学院在华岭电建滨江核电基地管理中心揭牌。华岭电建职工参加。")
    ents = _ents(art)
    assert ents["华岭电建"].types == (EntityType.COMPANY,)
    links = {(link.source, link.rel, link.target) for link in art.links}
    assert ("华岭电建新时代工匠学院", LinkRel.PART_OF, "华岭电建") in links


def test_a_kind_of_place_in_common_words_is_no_organization(make_page):
    ents = _ents(_one(make_page, "职工们来到文化活动中心，参观了浦江电子科技有限公司。"))
    assert "文化活动中心" not in ents
    assert "浦江电子科技有限公司" in ents


def test_tagger_fills_a_gap_the_rules_leave(make_page):
    text = "活动中，来自星河电子科技有限公司云帆事业部的韦晓岚分享了她的创业心得。"
    rules_only = _ents(_one(make_page, text))
    with_model = _ents(_one(make_page, text, settings=Settings(home_region="上海市")))
    assert "韦晓岚" not in rules_only           # no title before the name: the rules cannot see her
    assert with_model["韦晓岚"].types == (EntityType.WORKER,)
    assert any(m.source.startswith("model:") for m in with_model["韦晓岚"].mentions)


def test_general_genre_reads_with_the_tagger_and_unknown_genre_is_an_error(make_page):
    from kg.errors import KgError

    art = _one(make_page, "浙江宏远机械有限公司总经理韩明轩表示，公司将扩大生产。", settings=Settings(genre="general"))
    assert "韩明轩" in _ents(art)
    with pytest.raises(KgError, match="unknown genre"):
        _one(make_page, "测试。", settings=Settings(genre="sports"))


def test_relative_union_between_two_districts_stays_unresolved(make_page):
    art = _one(make_page, "鹭洲市总工会召开会议。桐溪区总工会、柳岸区总工会负责人参加。区总工会要加强基层建设。",
               headline="鹭洲市总工会召开全委会", settings=Settings(home_region="江苏省", ner_model=""))
    ents = _ents(art)
    assert "桐溪区总工会" in ents and "柳岸区总工会" in ents
    assert not any("区总工会" in e.aliases for e in ents.values())   # which district's? not guessed


def test_honor_of_a_winner_in_a_chain(make_page):
    art = _one(make_page, "全国五一劳动奖章获得者、宏远电器设备股份有限公司高级技师邝立群发言。")
    assert ("邝立群", "全国五一劳动奖章") in _honors(art)


def test_a_person_called_by_surname_and_honorific_is_no_name(make_page):
    art = _one(make_page, "工地上，工人代表蒲师傅说，感谢工会的关心。", settings=Settings(home_region="上海市"))
    assert "蒲师傅" not in _ents(art)


def test_a_place_glued_to_a_title_opens_a_company_name_not_a_post(make_page):
    # 东台 (a county-level city) + 长盛纺织…: jieba reads 东|台长|盛, which once gave a
    # person 盛纺织 holding the post 台长 and cut the company short
    settings = Settings(home_region="江苏省", ner_model="")
    art = _one(make_page, "近日，东台市总工会职工代表大会在东台长盛纺织有限公司举行。"
                          "东台长盛纺织有限公司工会主席祁雨桐表示，将继续推进职工技能提升。",
               headline="东台长盛纺织有限公司召开职工代表大会", settings=settings)
    ents = _ents(art)
    assert "东台长盛纺织有限公司" in ents and EntityType.COMPANY in ents["东台长盛纺织有限公司"].types
    assert not any(r.title == "台长" for r in art.roles)
    assert not any(name.startswith("盛纺") for name in ents)
    assert ("祁雨桐", "主席", "东台长盛纺织有限公司工会") in _roles(art)


def test_last_years_work_of_the_union_is_no_union_named_one_year(make_page):
    art = _one(make_page, "会上通报了上一年度工会重点工作完成情况，青禾市总工会主席钱沐阳讲话。")
    assert not any("年度" in name for name in _ents(art))
    assert "青禾市总工会" in _ents(art)


def test_zeng_meaning_once_is_not_the_end_of_a_name(make_page):
    art = _one(make_page, "青禾精工有限公司焊工莫远曾荣获全国五一劳动奖章，车间主任祁雨桐曾任班组长。")
    persons = {e.name for e in art.entities if EntityType.WORKER in e.types or EntityType.OFFICIAL in e.types}
    assert {"莫远", "祁雨桐"} <= persons and not any(p.endswith("曾") for p in persons)


def test_a_given_name_character_that_can_start_a_verb(make_page):
    art = _one(make_page, "青禾市总工会副主席钱沐强表示，要做好服务。青禾市总工会主席闵致远强调，要抓好落实。"
                          "会上，青禾市总工会常委韦晓明致辞。")
    roles = {(r.person, r.title) for r in art.roles}
    assert {("钱沐强", "副主席"), ("闵致远", "主席"), ("韦晓明", "常委")} <= roles
    assert not any(p in ("闵致远强", "韦晓明致") for p, _ in roles)


def test_a_closing_credit_line_ends_the_article_it_follows(make_page):
    page = make_page("青禾市总工会举办劳动竞赛\n\n本报讯（记者 钟雅琴）近日，青禾市总工会举办劳动竞赛。\n\n"
                     "（通讯员 温若溪）\n\n云杉区总工会慰问一线职工\n\n本报讯（记者 钟雅琴）近日，云杉区总工会慰问一线职工。\n")
    arts = extract_page(page, RULES).articles
    assert [a.article.headline for a in arts] == ["青禾市总工会举办劳动竞赛", "云杉区总工会慰问一线职工"]
    assert ("温若溪", "通讯员") in {(b.name, b.title) for b in arts[0].article.bylines}


def test_ordinary_words_after_a_post_are_no_names(make_page):
    # 工人|成长成才, 铣工|干起, 法官和工会, 部长 inside 交通运输部长江…: none is a person
    art = _one(make_page, "要畅通技术工人成长成才通道。他从一名普通铣工干起。“感谢法官和工会！”"
                          "交通运输部长江航务管理局派员参加。")
    names = {e.name for e in art.entities if set(e.types) & {EntityType.OFFICIAL, EntityType.WORKER}}
    assert names == set()


def test_zuo_before_a_report_ends_the_name(make_page):
    art = _one(make_page, "区总工会党组书记、常务副主席柯华作工作报告。柯华强调，要抓好落实。")
    assert "柯华" in _ents(art) and "柯华作" not in _ents(art)


def test_an_org_name_opens_at_a_division_or_an_unknown_word_jieba_split(make_page):
    art = _one(make_page, "这是闵行区总工会联合七宝镇总工会开展的活动。中国中车集团有限公司首席技师魏长河，"
                          "以他名字命名的“魏长河技能大师工作室”挂牌成立。这是新吴区总工会联合的项目。")
    ents = _ents(art)
    assert "中国中车集团有限公司" in ents and "车集团有限公司" not in ents
    assert "魏长河技能大师工作室" in ents and "长河技能大师工作室" not in ents
    assert "新吴区总工会" in ents and "吴区总工会" not in ents


def test_a_city_union_is_part_of_its_provinces_and_a_zone_union_of_its_citys(make_page):
    settings = Settings(home_region="浙江省", ner_model="")
    art = _one(make_page, "浙江省总工会召开会议，温州市总工会、湖州市总工会作交流发言。"
                          "嘉兴市总工会与嘉兴经济技术开发区总工会联合举办培训。", settings=settings)
    links = {(l.source, l.rel, l.target) for l in art.links}
    assert ("温州市总工会", LinkRel.PART_OF, "浙江省总工会") in links
    assert ("湖州市总工会", LinkRel.PART_OF, "浙江省总工会") in links
    assert ("嘉兴经济技术开发区总工会", LinkRel.PART_OF, "嘉兴市总工会") in links
    assert ("嘉兴市总工会", LinkRel.PART_OF, "温州市总工会") not in links


def test_two_unions_joined_by_yu_stay_two_while_a_ministry_with_he_stays_one(make_page):
    settings = Settings(home_region="浙江省", ner_model="")
    art = _one(make_page, "丽水市总工会与丽水经济技术开发区总工会联合举办培训，丽水市人力资源和社会保障局参加。",
               settings=settings)
    ents = _ents(art)
    assert {"丽水市总工会", "丽水经济技术开发区总工会", "丽水市人力资源和社会保障局"} <= set(ents)


def test_a_company_called_by_its_short_name_is_the_company(make_page):
    art = _one(make_page, "比赛在宁波瀚舟船舶重工有限公司举行。瀚舟重工焊工褚建波获第一名。"
                          "瀚舟重工党委书记、董事长宗立新介绍了经验。金华晨曦果蔬集团股份有限公司参赛，"
                          "晨曦果蔬集团修剪工葛秀梅获奖。")
    roles = _roles(art)
    assert ("宗立新", "党委书记", "宁波瀚舟船舶重工有限公司") in roles
    assert ("宗立新", "董事长", "宁波瀚舟船舶重工有限公司") in roles
    assert ("褚建波", "焊工", "宁波瀚舟船舶重工有限公司") in roles
    ents = _ents(art)
    assert "晨曦果蔬集团" in ents["金华晨曦果蔬集团股份有限公司"].aliases
    assert "瀚舟重工" in ents["宁波瀚舟船舶重工有限公司"].aliases
    assert not any(n.endswith("党委") for n in ents)


def test_a_communitys_party_committee_is_the_community_and_a_zones_stays_government(make_page):
    art = _one(make_page, "凤鸣社区党委书记甄慧敏介绍，临港新区党工委高度重视。")
    roles = _roles(art)
    assert ("甄慧敏", "党委书记", "凤鸣社区") in roles
    assert "临港新区党工委" in _ents(art)


def test_a_given_name_that_is_an_adjective_after_a_leading_post_but_not_after_a_generic_one(make_page):
    art = _one(make_page, "区总工会党组成员、副主席鞠繁荣主持会议。科普专家谈健康等内容在网上推送。")
    ents = _ents(art)
    assert "鞠繁荣" in ents and "谈健康" not in ents


def test_names_listed_after_one_post_share_it_and_a_modifier_stays_in_the_post(make_page):
    art = _one(make_page, "东海恒安船舶有限公司焊工税立峰、滕佳怡分获第一名和第二名。"
                          "东海恒安船舶有限公司育种技术员祁晓雯介绍，崇明区劳动人事争议仲裁院仲裁员丛雅琳参加。")
    roles = _roles(art)
    assert ("税立峰", "焊工", "东海恒安船舶有限公司") in roles
    assert ("滕佳怡", "焊工", "东海恒安船舶有限公司") in roles
    assert ("祁晓雯", "育种技术员", "东海恒安船舶有限公司") in roles
    assert ("丛雅琳", "仲裁员", "崇明区劳动人事争议仲裁院") in roles
    assert {EntityType.WORKER} == set(_ents(art)["祁晓雯"].types)


def test_a_person_introduced_by_a_de_clause_sends_the_sentence_to_the_tagger():
    from kg.mentions import sentences_with_gaps
    from kg.model import Sentence
    from kg.pipeline import get_context
    ctx = get_context()
    texts = ["在绕线岗位上干了26年的俞思成，曾经最担心被淘汰。", "高质量的发展成果惠及职工。",
             "展位前，28岁的谌某芳当场和企业签了意向书。", "刚下班的隗某安、桑某正在翻阅新书。",
             "这体现了职工的安全意识。"]
    sents = tuple(Sentence("a", i, 0, len(t), t) for i, t in enumerate(texts))
    gaps = [s.text for k in range(len(sents)) for s in sentences_with_gaps(sents[k:k + 1], [], ctx)]
    assert gaps == ["在绕线岗位上干了26年的俞思成，", "展位前，28岁的谌某芳当场和企业签了意向书。", "刚下班的隗某安、桑某正在翻阅新书。"]


def test_a_company_named_after_its_city_by_short_form_is_located_there(make_page):
    settings = Settings(home_region="山东省", ner_model="")
    art = _one(make_page, "在潍坊，潍坊恒启精密机械有限公司举办技能比武。", settings=settings)
    links = {(l.source, l.rel, l.target) for l in art.links}
    assert ("潍坊恒启精密机械有限公司", LinkRel.LOCATED_IN, "潍坊市") in links
    art = _one(make_page, "潍坊恒启精密机械有限公司举办技能比武。", settings=settings)
    assert not art.links      # no located_in to a place the article does not name


def test_a_post_after_a_common_noun_belongs_to_the_unit_named_before(make_page):
    art = _one(make_page, "江川澜海机电有限公司与区总工会签约。该公司负责人祁海波表示欢迎。"
                          "集团党委书记、董事长苏明远讲话，集团工会主席柯雅丽主持。市第六人民医院参加，医院院长邢立群介绍。")
    roles = _roles(art)
    assert ("祁海波", "负责人", "江川澜海机电有限公司") in roles
    # 集团 names no group here: no company's name holds it, so no unit is guessed
    assert ("苏明远", "董事长", None) in roles
    assert ("邢立群", "院长", "市第六人民医院") in roles or ("邢立群", "院长", "上海市第六人民医院") in roles
    art = _one(make_page, "澜海机电集团有限公司举办比武。集团党委书记、董事长苏明远讲话，集团工会主席柯雅丽主持。")
    roles = _roles(art)
    assert ("苏明远", "党委书记", "澜海机电集团有限公司") in roles
    assert ("苏明远", "董事长", "澜海机电集团有限公司") in roles
    assert ("柯雅丽", "主席", "澜海机电集团有限公司工会") in roles


def test_an_unknown_name_split_into_characters_keeps_its_first_characters(make_page):
    art = _one(make_page, "晋天新能源汽车集团有限公司副总经理岳明远介绍经验。"
                          "在位于宁波市北仑区的甬岱港务集团有限公司，桥吊正在装卸。")
    ents = _ents(art)
    assert "晋天新能源汽车集团有限公司" in ents
    assert "甬岱港务集团有限公司" in ents


def test_a_sub_unit_is_no_entity_and_its_posts_belong_to_the_parent(make_page):
    settings = Settings(home_region="山东省", ner_model="")
    art = _one(make_page, "莒南县召开推进会。县人民法院执行局副局长樊立新介绍情况。江淮恒信电气有限公司参加，"
                          "公司人力资源部经理祁若兰说，宁州理工大学宣传部部长苗青松主持。", settings=settings)
    roles = _roles(art)
    assert ("樊立新", "副局长", "莒南县人民法院") in roles
    assert ("祁若兰", "经理", "江淮恒信电气有限公司") in roles
    assert ("苗青松", "部长", "宁州理工大学") in roles
    ents = _ents(art)
    assert not any(n.endswith(("执行局", "人力资源部", "宣传部")) for n in ents)
    art = _one(make_page, "莒南县委宣传部部长苗青松主持。", settings=settings)
    assert "莒南县委宣传部" in _ents(art)     # a party committee's working organ stays an entity


def test_winners_listed_under_an_honor_line_with_posts_in_parentheses(make_page):
    page = make_page("甲市表彰先进\n\n本报讯（记者 钟雅琴）获奖名单如下：\n\n**全国五一劳动奖状**\n\n"
                     "- 江陵恒瑞化工集团有限公司\n- 江陵恒瑞化工集团有限公司检修班\n\n**全国五一劳动奖章**\n\n"
                     "- 鲁慧敏（江陵恒瑞化工集团有限公司党委书记、董事长）\n- 符江涛（江陵顺达物流有限公司驾驶员）\n\n"
                     "获奖者中，鲁慧敏带领团队攻克难题。\n")
    art = extract_page(page, RULES).articles[0]
    honors = _honors(art)
    assert ("江陵恒瑞化工集团有限公司", "全国五一劳动奖状") in honors
    assert ("鲁慧敏", "全国五一劳动奖章") in honors and ("符江涛", "全国五一劳动奖章") in honors
    assert len(honors) == 3        # the sub-unit (检修班) holds nothing
    roles = _roles(art)
    assert ("鲁慧敏", "党委书记", "江陵恒瑞化工集团有限公司") in roles
    assert ("鲁慧敏", "董事长", "江陵恒瑞化工集团有限公司") in roles
    assert ("符江涛", "驾驶员", "江陵顺达物流有限公司") in roles


def test_honors_of_a_clause_subject_a_counted_list_and_a_named_studio(make_page):
    settings = Settings(home_region="浙江省", ner_model="")
    art = _one(make_page, "今年46岁的焊工何建华，从学徒干起，先后获得全国技术能手、浙江工匠等荣誉。"
                          "车工滕晓岚、钳工柴立群等12人荣获省五一劳动奖章。"
                          "2019年，何建华劳模创新工作室挂牌成立，2022年被省总工会命名为“浙江省示范性劳模创新工作室”。"
                          "其中，柴立群此前已获评“浙江金牌工人”。", settings=settings)
    honors = _honors(art)
    assert ("何建华", "全国技术能手") in honors and ("何建华", "浙江工匠") in honors
    assert ("滕晓岚", "浙江省五一劳动奖章") in honors and ("柴立群", "浙江省五一劳动奖章") in honors
    assert ("何建华劳模创新工作室", "浙江省示范性劳模创新工作室") in honors
    assert not any(h.startswith("省") for _, h in honors)


def test_a_unit_after_won_honor_de_is_the_holder_and_no_person(make_page):
    art = _one(make_page, "大会为荣获全国五一劳动奖状的杭州萧宁机电有限公司授牌。"
                          "获得全国工人先锋号的楚运快递鄂州分公司，承担分拨任务。")
    honors = _honors(art)
    assert ("杭州萧宁机电有限公司", "全国五一劳动奖状") in honors
    assert ("楚运快递鄂州分公司", "全国工人先锋号") in honors
    assert {e.name for e in art.entities if EntityType.WORKER in e.types} == set()


def test_an_honor_item_is_not_read_with_is_before_it(make_page):
    art = _one(make_page, "为学员授课的，是广西五一劳动奖章获得者、恭城某某食品有限公司总经理韦德胜。")
    assert _honors(art) == {("韦德胜", "广西五一劳动奖章")}


def test_a_brand_before_a_post_a_unions_committee_and_a_workers_employer(make_page):
    settings = Settings(home_region="江苏省", ner_model="")
    art = _one(make_page, "省总工会党组成员、副主席、女职工委员会主任苗雨萱出席。麦穗外卖骑手邰少刚说，"
                          "飞鹭快递快递员邱晓梅也来了。在宿城区的江苏恒远轴承有限公司，挡车工邢海涛说。"
                          "外卖骑手鲍志勇说。", settings=settings)
    roles = _roles(art)
    assert ("苗雨萱", "主任", "江苏省总工会女职工委员会") in roles
    assert ("邰少刚", "骑手", "麦穗外卖") in roles
    assert ("邱晓梅", "快递员", "飞鹭快递") in roles
    assert ("邢海涛", "挡车工", "江苏恒远轴承有限公司") in roles
    # no employer named: a platform job stands alone
    assert [r for r in roles if r[0] == "鲍志勇"] == [("鲍志勇", "外卖骑手", None)]
    assert EntityType.COMPANY in _ents(art)["麦穗外卖"].types


def test_a_province_short_form_before_an_abstract_noun_is_the_province(make_page):
    settings = Settings(home_region="浙江省", ner_model="")
    art = _one(make_page, "会议要求职工在推进浙江高质量发展中建功立业，奋力谱写四川新篇章。浙江建工集团参加。",
               settings=settings)
    ents = _ents(art)
    assert "浙江" in ents["浙江省"].aliases and "四川" in ents["四川省"].aliases
    assert len(ents["浙江省"].mentions) == 1     # 浙江建工集团 opens a name: not the province


def test_cities_outside_the_home_region_by_short_form(make_page):
    settings = Settings(home_region="湖北省", ner_model="")
    art = _one(make_page, "来自河南周口的货车司机柴永福，常年往返于襄阳和郑州之间。会议在湛江召开。"
                          "走进济宁邹城市的工业园，在位于江苏常州武进区的某某电机。瓶子开封后要冷藏，日照时间长，"
                          "来宾很多，德州扑克。", settings=settings)
    ents = _ents(art)
    for name, short in (("河南省", "河南"), ("周口市", "周口"), ("湛江市", "湛江"), ("济宁市", "济宁"),
                        ("江苏省", "江苏"), ("常州市", "常州"), ("襄阳市", "襄阳"), ("郑州市", "郑州")):
        assert short in ents[name].aliases, name
    # words that are also city short forms stay words outside a place context
    assert not {"开封市", "日照市", "来宾市", "德州市"} & set(ents)
    # the place a worker comes from is no employer
    assert not any(r.org == "周口市" for r in art.roles)


def test_a_predicate_or_a_kind_before_the_union_suffix_is_no_name(make_page):
    settings = Settings(home_region="山东省", ner_model="")
    art = _one(make_page, "全年新建工会组织2150家。职工想找工会说说事，还能找工会咨询。参观了平台企业工会服务阵地。"
                          "新建一批区域性、行业性工会联合会。各市总工会、省产业工会负责同志参加。"
                          "某某镇农民听县总工会聘请的技师讲解。鲁丰重工集团工会和鑫达公司工会作交流。",
               settings=settings)
    unions = {e.name for e in art.entities if EntityType.UNION in e.types}
    assert unions == {"鲁丰重工集团工会", "鑫达公司工会"}


def test_a_bare_won_verb_and_every_unit_or_person_listed_before_it(make_page):
    settings = Settings(home_region="河南省", ner_model="")
    art = _one(make_page, "河南伏岭煤业集团有限公司、许昌瑞丰发制品股份有限公司获河南省五一劳动奖状；"
                          "伏岭煤业集团综采一队队长禚志刚、河南中岳铝业有限公司电解工母秀芝等获河南省五一劳动奖章。"
                          "记者获悉，车间获奖无数。", settings=settings)
    assert _honors(art) == {
        ("河南伏岭煤业集团有限公司", "河南省五一劳动奖状"), ("许昌瑞丰发制品股份有限公司", "河南省五一劳动奖状"),
        ("禚志刚", "河南省五一劳动奖章"), ("母秀芝", "河南省五一劳动奖章")}
    assert ("母秀芝", "电解工", "河南中岳铝业有限公司") in _roles(art)


def test_winners_listed_with_their_posts_after_a_space_or_a_comma(make_page):
    page = make_page("工会驿站开进园区\n\n本报讯（记者 訾晓雯）近日，驿站启用。\n\n"
                     "## 自治区命名第三批“草原工匠”\n\n本报讯（记者 钟雅琴）4月27日，命名大会举行。部分获奖名单如下：\n\n"
                     "### 草原工匠\n\n- **乌力吉图雅** 内蒙古蒙岭能源集团有限责任公司查干煤矿综采维修电工\n"
                     "- **仉志鹏** 包头北岭稀土材料有限公司稀土冶炼工\n\n"
                     "大会还命名了2024年度“巴山工匠”10名，包括：\n\n"
                     "- **鲜于波**，重庆江岭船舶重工有限公司电焊工，主导完成殷瓦钢焊接工艺攻关；\n"
                     "- **雍小川**，重庆缙岭电力检修有限公司高压线路检修工，带电作业零失误。\n")
    art = extract_page(page, Settings(home_region="内蒙古自治区", ner_model="")).articles[1]
    roles = _roles(art)
    assert ("乌力吉图雅", "综采维修电工", "内蒙古蒙岭能源集团有限责任公司查干煤矿") in roles
    assert ("仉志鹏", "稀土冶炼工", "包头北岭稀土材料有限公司") in roles
    assert ("雍小川", "高压线路检修工", "重庆缙岭电力检修有限公司") in roles
    assert _honors(art) == {("乌力吉图雅", "草原工匠"), ("仉志鹏", "草原工匠"),
                            ("鲜于波", "巴山工匠"), ("雍小川", "巴山工匠")}


def test_names_closed_by_a_list_mark_or_opening_a_verb_phrase(make_page):
    art = _one(make_page, "组织全国劳动模范、河南恒岭耐材有限公司窑炉工蔺红军等5名劳模走进校园。"
                          "32岁的设备技师邸川盯着屏幕。“90后”女焊工靳雨去年荣获郑州市五一劳动奖章。"
                          "厦门昱岭精密电子有限公司工会先后获评“福建省模范职工之家”“全国工会职工书屋示范点”。")
    ents = _ents(art)
    assert "蔺红军" in ents and "邸川" in ents and "邸川盯" not in ents
    assert _honors(art) >= {("蔺红军", "全国劳动模范"), ("靳雨", "郑州市五一劳动奖章"),
                            ("厦门昱岭精密电子有限公司工会", "福建省模范职工之家"),
                            ("厦门昱岭精密电子有限公司工会", "全国工会职工书屋示范点")}


def test_province_admin_cities_a_court_short_form_a_brand_and_its_department(make_page):
    settings = Settings(home_region="河南省", ner_model="")
    art = _one(make_page, "省总工会主席甄建林讲话，各省辖市总工会、省产业工会负责同志参加。"
                          "许昌市魏都区人民法院通过诉前调解程序化解纠纷。魏都区法院副院长鞠卫华表示，将加强对接。"
                          "刚送完一单的蜂鸟外卖骑手蒲小川说。在展位前，嵩岭智造人力资源部经理温晓岚说。",
               settings=settings)
    ents = _ents(art)
    roles = _roles(art)
    assert not any("辖市" in n for n in ents)
    assert ("甄建林", "主席", "河南省总工会") in roles
    assert "魏都区法院" in ents["许昌市魏都区人民法院"].aliases
    assert ("鞠卫华", "副院长", "许昌市魏都区人民法院") in roles      # 华|表示: the name keeps 华
    assert ("蒲小川", "骑手", "蜂鸟外卖") in roles
    assert ("温晓岚", "经理", "嵩岭智造") in roles and EntityType.COMPANY in ents["嵩岭智造"].types


def test_transliterated_names_after_a_post(make_page):
    settings = Settings(home_region="内蒙古自治区", ner_model="")
    art = _one(make_page, "自治区总工会主席乌力吉德勒格尔出席会议并讲话，副主席萨日朗托娅出席。"
                          "旗总工会党组书记、常务副主席那仁巴雅拉介绍，护林员达来每天骑摩托车巡护草场。"
                          "副主席林海和王军出席。", settings=settings)
    persons = {e.name for e in art.entities if {EntityType.OFFICIAL, EntityType.WORKER} & set(e.types)}
    assert {"乌力吉德勒格尔", "萨日朗托娅", "那仁巴雅拉", "达来"} <= persons
    assert "林海和" not in persons      # a Chinese name and a conjunction, not a transliteration


def test_links_stated_by_belonging_and_by_leadership(make_page):
    art = _one(make_page, "厦门市总工会召开全委会议。市总工会在厦门市委和省总工会的坚强领导下，团结动员职工。",
               settings=Settings(home_region="福建省", ner_model=""))
    assert ("厦门市总工会", "part_of", "福建省总工会") in _links(art)
    art = _one(make_page, "渝北区总工会负责人介绍，区总工会所属的龙溪街道总工会、回兴街道总工会等已建成驿站。"
                          "花卉园社区工会是龙溪街道总工会下属的社区工会。",
               settings=Settings(home_region="重庆市", ner_model=""))
    links = _links(art)
    assert {("龙溪街道总工会", "part_of", "渝北区总工会"), ("回兴街道总工会", "part_of", "渝北区总工会"),
            ("花卉园社区工会", "part_of", "龙溪街道总工会")} <= links


def test_adverbs_and_words_after_a_post_are_no_names(make_page):
    art = _one(make_page, "年轻的操控员教老师傅看屏幕，老师傅则把经验传下去。其中外省籍职工占七成以上。"
                          "让企业和职工都能心平气和。引导农民工有序外出。货车司机常年往返。电工俞斌第一个走进服务站。"
                          "理事长江文彬带队。工人常宝华说。奶食品制作师乌日其木格去年荣获自治区五一劳动奖章。")
    persons = {e.name for e in art.entities if {EntityType.OFFICIAL, EntityType.WORKER} & set(e.types)}
    assert persons == {"俞斌", "江文彬", "常宝华", "乌日其木格"}


def test_law_firms_and_a_workers_employer_over_a_de_clause(make_page):
    art = _one(make_page, "区总工会指派广东鹏信律师事务所律师邬嘉欣全程代理，法律援助律师、河南天正律师事务所律师逯学文也参与。"
                          "近日，在位于于洪区的沈阳瀚岭机床有限公司装配车间，已在这里干了32年的装配钳工武振川正在教徒弟。"
                          "近日，在新昌县儒岙镇的新昌恒岭轴承有限公司，车工邢海军说。九通物流湖北分公司参加。",
               settings=Settings(home_region="辽宁省", ner_model=""))
    roles = _roles(art)
    assert {("邬嘉欣", "律师", "广东鹏信律师事务所"), ("逯学文", "律师", "河南天正律师事务所"),
            ("武振川", "装配钳工", "沈阳瀚岭机床有限公司"), ("邢海军", "车工", "新昌恒岭轴承有限公司")} <= roles
    assert "九通物流湖北分公司" in _ents(art)


def test_rarer_modern_surnames(make_page):
    art = _one(make_page, "调度员蹇晓梅说。党组书记、常务副主席雒晓霞介绍。")
    assert {"蹇晓梅", "雒晓霞"} <= set(_ents(art))


def test_an_autonomous_regions_own_bodies_and_names_opening_with_its_short_form(make_page):
    art = _one(make_page, "内蒙古自治区总工会召开全委会议。自治区人大常委会副主任、自治区总工会主席巴特尔出席。"
                          "区总工会在自治区党委和全国总工会的坚强领导下开展工作。内蒙古蒙岭能源集团有限责任公司工会作交流发言。在内蒙古自治区，",
               settings=Settings(home_region="内蒙古自治区", ner_model=""))
    ents = _ents(art)
    assert {"内蒙古自治区人大常委会", "内蒙古自治区党委"} <= set(ents)
    links = _links(art)
    assert ("内蒙古自治区党委", "part_of", "自治区") not in links
    assert ("内蒙古自治区总工会", "part_of", "中华全国总工会") in links
    assert ("内蒙古蒙岭能源集团有限责任公司", "located_in", "内蒙古自治区") in links


def test_industry_unions_plurals_and_formulas_are_no_owners_or_names(make_page):
    art = _one(make_page, "沈阳市机械冶金工会主席甄某和四川省能源化学地质工会负责人出席。"
                          "各省、自治区、直辖市总工会分管负责同志参加。梁溪区“法院+工会”联动化解劳动争议。",
               settings=Settings(home_region="辽宁省", ner_model=""))
    ents = _ents(art)
    assert {"沈阳市机械冶金工会", "四川省能源化学地质工会"} <= set(ents)
    assert not {"沈阳市机械冶金", "四川省能源化学地质", "直辖市总工会", "法院+工会"} & set(ents)


def test_a_body_a_verb_and_then_the_name(make_page):
    art = _one(make_page, "这座驿站由北湖街道总工会利用北湖街道党群服务中心一楼闲置用房改造。"
                          "北京市总工会职工服务中心和中国银行北京分行参加。学院与宁波甬岭精密机械有限公司共建职工技能实训基地。",
               settings=Settings(home_region="广西壮族自治区", ner_model=""))
    ents = set(_ents(art))
    assert {"北湖街道总工会", "北湖街道党群服务中心", "北京市总工会职工服务中心", "中国银行北京分行",
            "宁波甬岭精密机械有限公司"} <= ents
    assert not any(n.endswith("实训基地") for n in ents)


def test_worker_post_in_a_report_about_one_company_takes_that_company(make_page):
    art = _one(make_page, "走进上海澜桥精密机械有限公司的装配车间，机器轰鸣。焊工钮嘉树正在焊接底座，"
                          "他说：“质量是干出来的。”仲裁员柏青也来到现场。")
    roles = _roles(art)
    assert ("钮嘉树", "焊工", "上海澜桥精密机械有限公司") in roles
    assert not any(r[0] == "柏青" and r[2] for r in roles)    # an arbitrator is no employee


def test_worker_post_is_not_given_a_company_when_the_report_names_two(make_page):
    art = _one(make_page, "上海澜桥精密机械有限公司与上海汇湾物流有限公司签约。焊工钮嘉树发言。")
    assert not any(r[0] == "钮嘉树" for r in _roles(art))


def test_company_short_forms_by_first_four_and_initials_and_its_union(make_page):
    art = _one(make_page, "厦门澄岳精密电子有限公司成立于2004年。澄岳精密董事长詹立恒致辞。澄岳精密工会主席卢雅雯发言。"
                          "洛阳龙门智能装备集团有限公司也派人参加，龙门智装首席技师上官立远作交流。",
               settings=Settings(home_region="福建省", ner_model=""))
    roles = _roles(art)
    assert ("詹立恒", "董事长", "厦门澄岳精密电子有限公司") in roles
    assert ("上官立远", "首席技师", "洛阳龙门智能装备集团有限公司") in roles    # 龙门 is the brand, not a county
    union = next(r[2] for r in roles if r[0] == "卢雅雯")
    assert "澄岳精密工会" in {union, *_ents(art)[union].aliases}
    assert (union, "union_of", "厦门澄岳精密电子有限公司") in _links(art)


def test_a_branch_has_no_short_form_of_its_parent_brand(make_page):
    art = _one(make_page, "澜途物流货车司机尚立新停好车。澜途物流是一家冷链运输企业。"
                          "澜途物流湖北分公司总经理万立成介绍了情况。")
    assert ("万立成", "总经理", "澜途物流湖北分公司") in _roles(art)
    assert "澜途物流" not in _ents(art)["澜途物流湖北分公司"].aliases
    assert ("尚立新", "货车司机", "澜途物流湖北分公司") not in _roles(art)


def test_a_plain_list_of_winners_under_honor_headings(make_page):
    text = ("名单揭晓\n\n本报讯（记者 柏小雪）日前，省总工会授予西安澄航精密机械有限公司等100个单位陕西省五一劳动奖状，"
            "授予袁小飞等300名职工陕西省五一劳动奖章。同时，贺小鸣等20名高技能人才被命名为2025年度“三秦工匠”。"
            "部分获奖名单如下：\n\n陕西省五一劳动奖状（部分）\n\n"
            "西安澄航精密机械有限公司　汉中澄河茗茶有限公司\n\n陕西省五一劳动奖章（部分）\n\n"
            "袁小飞（陕西澄上能源集团有限公司采煤机司机）\n惠小梅（宝鸡澄谷新材料有限公司熔炼工）\n"
            "折小兰（陕西澄上发电有限公司电工）\n\n三秦工匠（部分）\n\n"
            "贺小鸣（陕西澄渭精工机床有限公司数控车工）\n石小磊（西安澄宇精密铸造有限公司铸造工）\n")
    art = extract_page(make_page(text), Settings(home_region="陕西省", ner_model="")).articles[0]
    honors = _honors(art)
    for holder, honor in [("西安澄航精密机械有限公司", "陕西省五一劳动奖状"), ("汉中澄河茗茶有限公司", "陕西省五一劳动奖状"),
                          ("袁小飞", "陕西省五一劳动奖章"), ("惠小梅", "陕西省五一劳动奖章"),
                          ("折小兰", "陕西省五一劳动奖章"), ("贺小鸣", "三秦工匠"), ("石小磊", "三秦工匠")]:
        assert (holder, honor) in honors
    assert ("惠小梅", "熔炼工", "宝鸡澄谷新材料有限公司") in _roles(art)
    assert not any(h[0] == "贺小鸣" and h[1] == "陕西省五一劳动奖章" for h in honors)   # each list has its own honor


def test_names_joined_by_a_middle_dot(make_page):
    art = _one(make_page, "自治区总工会主席艾尔江·吐尔洪出席会议并讲话，钢筋工艾合买江·托合孜拿着手机说，"
                          "深化“尊法守法·携手筑梦”行动。公司总经理克劳斯·布伦特表示欢迎。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    ents = _ents(art)
    assert {"艾尔江·吐尔洪", "艾合买江·托合孜", "克劳斯·布伦特"} <= set(ents)
    assert not any("携手" in n or "守法" in n for n in ents)     # a slogan's dot joins no name
    assert ("艾尔江·吐尔洪", "主席", "新疆维吾尔自治区总工会") in _roles(art)


def test_a_listing_of_officials_with_rare_surnames_and_a_unions_department(make_page):
    art = _one(make_page, "省总工会党组成员、副主席拓晓平、房小梅、宁汉江，一级巡视员同立岗，"
                          "省总工会女职工委员会主任、女职工部部长晁小丹出席会议。书记同大家交流。",
               settings=Settings(home_region="陕西省", ner_model=""))
    roles = _roles(art)
    for name in ("拓晓平", "房小梅", "宁汉江"):
        assert (name, "副主席", "陕西省总工会") in roles
    assert ("同立岗", "一级巡视员", "陕西省总工会") in roles     # a post listed after another official's
    assert ("晁小丹", "部长", "陕西省总工会") in roles            # the union's department, not its committee
    assert "女职工部" not in _ents(art) and "同大家" not in _ents(art)


def test_a_declared_short_form_before_its_party_committee_is_the_company(make_page):
    art = _one(make_page, "新疆克拉玛依澄泉石化有限责任公司（以下简称“澄泉石化”）装置区很忙。"
                          "澄泉石化党委副书记、工会主席刘小壁介绍情况。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    roles = _roles(art)
    assert ("刘小壁", "党委副书记", "新疆克拉玛依澄泉石化有限责任公司") in roles
    assert not any(n.endswith("党委") for n in _ents(art))


def test_the_last_name_of_a_listing_before_the_verb_of_the_report(make_page):
    art = _one(make_page, "自治区总工会党组成员、副主席苗晓岚、柴立群出席会议，"
                          "准格尔旗总工会党组书记、常务副主席奇朝鲁主持。",
               settings=Settings(home_region="内蒙古自治区", ner_model=""))
    roles = _roles(art)
    assert ("苗晓岚", "副主席", "内蒙古自治区总工会") in roles
    assert ("柴立群", "副主席", "内蒙古自治区总工会") in roles   # closed by 出席, not by a mark
    assert ("奇朝鲁", "常务副主席", "准格尔旗总工会") in roles     # the surname 奇


def test_honors_of_a_profile_told_with_pronouns_and_a_left_out_subject(make_page):
    art = _one(make_page, "电焊班班长蒲秀岚半跪在舱壁间。“那时候女焊工少，师傅说我手稳。”二十多年来，她成长为公司首席技师。"
                          "2019年，她获评“八闽工匠”；2021年，被授予“福建省劳动模范”称号；今年，她又荣获全国五一劳动奖章。\n"
                          "他就是齐鲁大工匠、全国技术能手、鼎成精机首席技师甄明远。",
               settings=Settings(home_region="福建省", ner_model=""))
    honors = _honors(art)
    assert {("蒲秀岚", "八闽工匠"), ("蒲秀岚", "福建省劳动模范"), ("蒲秀岚", "全国五一劳动奖章")} <= honors
    assert ("甄明远", "齐鲁大工匠") in honors and not any(h.startswith("他") for _, h in honors)


def test_honor_of_the_autonomous_region_and_names_joined_by_he(make_page):
    art = _one(make_page, "培训班开班。\n图为自治区技术能手、新疆塔河鸿泰石化有限公司焊工艾力江·热合曼在示范焊接。\n"
                          "焊工严小杰、技术员秦小雪分获第一、第二名。严小杰和秦小雪同时被授予“自治区技术能手”称号。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    honors = _honors(art)
    assert ("艾力江·热合曼", "新疆维吾尔自治区技术能手") in honors
    assert {("严小杰", "新疆维吾尔自治区技术能手"), ("秦小雪", "新疆维吾尔自治区技术能手")} <= honors
    assert "秦小雪分" not in _ents(art)


def test_winners_in_a_markdown_table_and_speakers_of_a_broadcast(make_page):
    art = _one(make_page, "市总工会研究决定，授予宁小妍等2名同志“天津市五一劳动奖章”。名单如下：\n\n"
                          "| 姓名 | 单位 | 职务 |\n| --- | --- | --- |\n"
                          "| 宁小妍 | 天津渤辰电缆股份有限公司 | 高级技师 |\n| 殳小军 | 天津津驰新能源汽车有限公司 | 装配工 |\n\n"
                          "【同期声】钟小生（环卫工人）：天热是热，工会年年都想着我们。\n"
                          "【采访】邹小华 于都县总工会副主席：今年我们共筹措资金26万元。\n",
               settings=Settings(home_region="天津市", ner_model=""))
    assert {("宁小妍", "天津市五一劳动奖章"), ("殳小军", "天津市五一劳动奖章")} <= _honors(art)
    roles = _roles(art)
    assert ("宁小妍", "高级技师", "天津渤辰电缆股份有限公司") in roles
    assert ("殳小军", "装配工", "天津津驰新能源汽车有限公司") in roles
    assert ("邹小华", "副主席", "于都县总工会") in roles and "钟小生" in _ents(art)
    assert not any("|" in n or "---" in n for n in _ents(art))


def test_a_post_stated_after_the_name(make_page):
    art = _one(make_page, "今年58岁的钟小生是赣州洁辰环境服务有限公司的一名环卫工人，负责长征大道的保洁。"
                          "焊工逯小涛获得第一名。逯小涛今年34岁，是华邱焊管有限公司焊接车间的一名焊工，入行12年。"
                          "他是一名好工人。",
               settings=Settings(home_region="江西省", ner_model=""))
    roles = _roles(art)
    assert ("钟小生", "环卫工人", "赣州洁辰环境服务有限公司") in roles
    assert ("逯小涛", "焊工", "华邱焊管有限公司") in roles
    ev = [r.evidence.source for r in art.roles if r.person == "钟小生"]
    assert ev == ["rule:stated_post.v1"]


def test_winners_listed_with_their_posts_between_shouyu_and_deng(make_page):
    art = _one(make_page, "表彰大会召开。大会授予石小华（岭台酒业有限公司制酒工）、韦小兵（遵义宏图机械制造有限公司焊工）等100名同志"
                          "“遵义市劳动模范”称号，授予敖小东（遵义市播州区人民医院主任医师）等50名同志“遵义市先进工作者”称号。"
                          "担任技术指导的侯小江是六盘水恒达煤业有限公司综采维修电工，先后获评贵州省劳动模范。",
               settings=Settings(home_region="贵州省", ner_model=""))
    honors = _honors(art)
    assert {("石小华", "遵义市劳动模范"), ("韦小兵", "遵义市劳动模范"), ("敖小东", "遵义市先进工作者")} <= honors
    assert ("侯小江", "贵州省劳动模范") in honors and not any(h == "六盘水恒达煤业有限公司" for h, _ in honors)
    roles = _roles(art)
    assert ("石小华", "制酒工", "岭台酒业有限公司") in roles
    assert any(p == "侯小江" and o == "六盘水恒达煤业有限公司" for p, _, o in roles)


def test_a_name_whose_last_character_opens_a_name_like_word(make_page):
    art = _one(make_page, "于都县总工会党组书记、常务副主席苗立华为联合会授牌。",
               settings=Settings(home_region="江西省", ner_model=""))
    assert ("苗立华", "常务副主席", "于都县总工会") in _roles(art)     # 华为 is no verb that ends the name
    assert "苗立" not in _ents(art) and "华为联合会" not in _ents(art)


def test_a_company_name_holding_lianhe_or_a_one_character_preposition(make_page):
    art = _one(make_page, "大连港湾联合粮食码头有限公司工会主席卜文山出席。瑞金市顺昌物流有限公司快递员涂小河说。"
                          "市总工会联合市人社局举办招聘会。",
               settings=Settings(home_region="辽宁省", ner_model=""))
    ents = _ents(art)
    assert "大连港湾联合粮食码头有限公司" in ents and "粮食码头有限公司" not in ents
    assert ("卜文山", "主席", "大连港湾联合粮食码头有限公司工会") in _roles(art)
    assert ("涂小河", "快递员", "瑞金市顺昌物流有限公司") in _roles(art)
    assert "大连市人社局" in ents and not any("联合" in n and "人社局" in n for n in ents)  # 联合 here is the verb


def test_a_name_before_a_word_it_glues_to_and_a_post_in_the_mines_team(make_page):
    art = _one(make_page, "会上，青岭煤业白沟煤矿矿长娄栓柱、该矿综采二队党支部书记、队长阎保平等6名代表发言。"
                          "“订单排满了。”某某集团生产总监窦立明说。",
               settings=Settings(home_region="山西省", ner_model=""))
    roles = _roles(art)
    assert ("阎保平", "党支部书记", "青岭煤业白沟煤矿") in roles and ("阎保平", "队长", "青岭煤业白沟煤矿") in roles
    assert "阎保" not in _ents(art) and not any(n.startswith("综采二队") for n in _ents(art))
    assert any(p == "窦立明" and t == "生产总监" for p, t, _ in roles)


def test_appointments_elections_and_posts_stated_as_a_chain(make_page):
    art = _one(make_page, "青岭煤业集团有限责任公司召开职代会。集团公司党委书记、董事长滑永志出席会议。"
                          "会议听取了茹志远所作的报告。茹志远是集团公司党委副书记、工会主席，他提出要求。"
                          "任命钮建林为青岭集团白沟煤业有限公司工会主席；免去仉宏亮的青岭集团白沟煤业有限公司工会主席职务，另有任用。"
                          "大会选举产生了平遥县物流行业工会联合会第一届委员会。白沟快运有限公司负责人雒海东当选为联合会主席，"
                          "白沟运输有限公司工会主席贠秀兰当选为副主席。作为平遥县总工会主席，蔺文昌在会上表示欢迎。"
                          "作为工作室领衔人，仝雷已带出徒弟30名。",
               settings=Settings(home_region="山西省", ner_model=""))
    roles = _roles(art)
    assert {("滑永志", "董事长", "青岭煤业集团有限责任公司"), ("茹志远", "党委副书记", "青岭煤业集团有限责任公司"),
            ("茹志远", "主席", "青岭煤业集团有限责任公司工会"),
            ("钮建林", "主席", "青岭集团白沟煤业有限公司工会"), ("仉宏亮", "主席", "青岭集团白沟煤业有限公司工会"),
            ("雒海东", "负责人", "白沟快运有限公司"), ("蔺文昌", "主席", "平遥县总工会"),
            ("贠秀兰", "主席", "白沟运输有限公司工会")} <= roles
    union = "平遥县物流行业工会联合会"
    assert ("雒海东", "主席", union) in roles and ("贠秀兰", "副主席", union) in roles
    assert not any(p == "贠秀兰" and o == "白沟快运有限公司" for p, _, o in roles)   # the clause before is another's
    assert "仝雷已" not in _ents(art) and not any(o is None for p, _, o in roles if p in ("雒海东", "贠秀兰"))
    sources = {e.source for r in art.roles if r.person == "钮建林" for e in [r.evidence]}
    assert sources == {"rule:appointment.v1"}


def test_a_prefecture_short_form_opens_a_name_with_he_and_dai_surnames(make_page):
    art = _one(make_page, "文山州人力资源和社会保障局副局长龚德勇介绍了情况。“服务好游客。”刀建林说。"
                          "刀建林是普洱市文化和旅游局局长，他介绍了情况。",
               settings=Settings(home_region="云南省", ner_model=""))
    roles = _roles(art)
    assert ("龚德勇", "副局长", "文山州人力资源和社会保障局") in roles
    assert ("刀建林", "局长", "普洱市文化和旅游局") in roles


def test_winners_listed_after_a_colon_with_their_units_and_a_profiles_subtitle(make_page):
    art = _one(make_page, "获得山西省五一劳动奖章的部分一线职工有：郝永福（青岭集团白沟煤业有限公司东坡煤矿）、某某某（不详）、"
                          "韩永红（女，大同北岭煤业有限公司）。获得山西省五一劳动奖状的煤炭企业包括：青岭集团白沟煤业有限公司、"
                          "大同北岭煤业有限公司等。\n——记“三晋工匠”、大同北岭煤业有限公司采煤机司机庞鹏飞\n庞鹏飞今年43岁。",
               settings=Settings(home_region="山西省", ner_model=""))
    honors = _honors(art)
    assert {("郝永福", "山西省五一劳动奖章"), ("韩永红", "山西省五一劳动奖章"),
            ("青岭集团白沟煤业有限公司", "山西省五一劳动奖状"), ("大同北岭煤业有限公司", "山西省五一劳动奖状"),
            ("庞鹏飞", "三晋工匠")} <= honors
    assert {"郝永福", "韩永红"} <= set(_ents(art))


def test_a_team_leader_is_a_worker_and_hotel_posts_are_jobs(make_page):
    art = _one(make_page, "琼州恒信机械有限公司焊接班班长鞠小勇、椰风湾大酒店前台接待员窦小韵、琼韵旅业有限公司咖啡师阚小宇获奖。",
               settings=Settings(home_region="海南省", ner_model=""))
    ents = _ents(art)
    assert [t.value for t in ents["鞠小勇"].types] == ["worker"]
    assert any(p == "窦小韵" and t == "前台接待员" for p, t, _ in _roles(art))
    assert any(p == "阚小宇" and t == "咖啡师" for p, t, _ in _roles(art))


def test_a_verb_between_a_place_and_an_honor_word_is_no_honor(make_page):
    art = _one(make_page, "近年来，岚溪县大力弘扬劳模精神，涌现出一批先进典型。", settings=Settings(home_region="江西省", ner_model=""))
    assert "岚溪县" not in _ents(art)   # invented county: no division
    art = _one(make_page, "近年来，瑞金市大力弘扬劳模精神，涌现出一批先进典型。", settings=Settings(home_region="江西省", ner_model=""))
    assert EntityType.DISTRICT in _ents(art)["瑞金市"].types   # 瑞金市…劳模 is no honor's name


def test_the_lowest_division_a_name_begins_with_locates_it(make_page):
    art = _one(make_page, "汉中市城固县总工会在城固县举办招聘会，汉中市总工会派员参加，汉中市各县职工到场。",
               settings=Settings(home_region="陕西省", ner_model=""))
    links = _links(art)
    assert ("汉中市城固县总工会", "located_in", "城固县") in links
    assert ("汉中市城固县总工会", "located_in", "汉中市") not in links   # the guidelines' 西城区椿树街道总工会 -> 椿树街道
    assert "汉中市总工会" in _ents(art)      # the city's union is not an abbreviation of the county's


def test_a_short_form_opening_a_name_locates_it_when_the_place_is_named(make_page):
    text = ("齐齐哈尔市总工会走访了齐齐哈尔松岭机床有限公司，与会者来自齐齐哈尔市各区。"
            "西双版纳州人社局参加，西双版纳傣族自治州各县也派员到场。"
            "新疆乌苏岳泰纺织有限公司也派员到场，乌苏市、新疆维吾尔自治区的职工代表介绍了经验。")
    links = _links(_one(make_page, text, settings=Settings(home_region="黑龙江省", ner_model="")))
    assert ("齐齐哈尔松岭机床有限公司", "located_in", "齐齐哈尔市") in links
    assert ("西双版纳州人社局", "located_in", "西双版纳傣族自治州") in links
    assert ("新疆乌苏岳泰纺织有限公司", "located_in", "乌苏市") in links       # the lowest of the two


def test_chongqing_districts_missing_upstream_are_in_the_table(make_page):
    art = _one(make_page, "渝北区总工会和重庆市总工会在渝北区举办技能比武。", settings=Settings(home_region="重庆市", ner_model=""))
    links = _links(art)
    assert ("渝北区总工会", "located_in", "渝北区") in links
    assert ("渝北区总工会", "part_of", "重庆市总工会") in links


def test_a_stated_location_links_the_unit_to_the_lowest_place_printed(make_page):
    text = ("近日，位于湖州市吴兴区织里镇的民营企业钱塘锦荣童装有限公司召开职代会。"
            "同在织里镇的湖州岚澜服饰有限公司也完成了协商。"
            "在位于南浔区的浙江琮泰机械有限公司，车工褚明亮正在作业。"
            "安吉县总工会在天荒坪镇浙江竹岭茶业有限公司建成职工书屋。"
            "浙江弘岩电气有限公司是一家民营企业，位于长兴县雉城街道。"
            "随后，调研组赴德清县调研了浙江沐川电子有限公司。")
    art = _one(make_page, text, settings=Settings(home_region="浙江省", ner_model=""))
    links = _links(art)
    assert ("钱塘锦荣童装有限公司", "located_in", "织里镇") in links
    assert ("钱塘锦荣童装有限公司", "located_in", "湖州市") not in links    # only the lowest place printed
    assert ("湖州岚澜服饰有限公司", "located_in", "织里镇") in links
    assert ("浙江琮泰机械有限公司", "located_in", "南浔区") in links
    assert ("浙江竹岭茶业有限公司", "located_in", "天荒坪镇") in links
    assert ("浙江弘岩电气有限公司", "located_in", "雉城街道") in links
    assert not any(a == "浙江沐川电子有限公司" and r == "located_in" for a, r, b in links)   # a trip states nothing
    ev = next(l.evidence for l in art.links if l.source == "湖州岚澜服饰有限公司" and l.target == "织里镇")
    assert ev.source == "rule:located.v1" and "同在织里镇" in ev.quote


def test_list_rows_give_each_name_its_own_post_and_the_honor_above(make_page):
    text = ("市总工会公布2025年度“岚山工匠”评选结果，名单如下：\n"
            "俞立平　青岚纺织有限公司设备维修工\n"
            "祁建国　青岚港口物流有限公司门机司机\n"
            "岑　颖　青岚微电子科技有限公司质检员\n"
            "记者了解到，上述职工均来自一线。")
    art = _one(make_page, text, settings=Settings(home_region="安徽省", ner_model=""))
    roles = _roles(art)
    assert ("俞立平", "设备维修工", "青岚纺织有限公司") in roles
    assert ("祁建国", "门机司机", "青岚港口物流有限公司") in roles    # a given name that is also a word
    assert ("岑颖", "质检员", "青岚微电子科技有限公司") in roles      # a name padded to three cells
    assert not any(p == "祁建国" and t == "设备维修工" for p, t, _ in roles)   # no post from the row above
    honors = _honors(art)
    assert {("俞立平", "岚山工匠"), ("祁建国", "岚山工匠"), ("岑颖", "岚山工匠")} <= honors


def test_honors_named_granted_to_a_list_and_won_before(make_page):
    text = ("日前，全国总工会命名表彰了一批先进，现将我省部分获奖名单公布如下：\n"
            "全国优秀工会工作者（部分）\n"
            "俞晓岚（平凉市总工会副主席）\n"
            "岑立平（白银市白银区总工会主席）\n"
            "获得过全国五一劳动奖章的褚海峰是今年签约的师傅之一。"
            "省总工会命名钱立新、吕春华等30人为第五批“岚山工匠”。"
            "组委会为获得第一名的钱立新、快递员施海波颁发“青海省技术能手”证书。")
    honors = _honors(_one(make_page, text, settings=Settings(home_region="青海省", ner_model="")))
    assert ("俞晓岚", "全国优秀工会工作者") in honors and ("岑立平", "全国优秀工会工作者") in honors
    assert ("褚海峰", "全国五一劳动奖章") in honors
    assert ("钱立新", "岚山工匠") in honors and ("吕春华", "岚山工匠") in honors
    assert ("钱立新", "青海省技术能手") in honors and ("施海波", "青海省技术能手") in honors


def test_a_sentence_opening_with_a_name_then_its_posts_between_commas(make_page):
    text = ("生产计划已经排到明年。岑海峰，华辙轨道集团生产总监，这些天几乎住在车间里。"
            "会议召开。马德明，化隆回族自治县总工会党组书记、主席，在会上介绍经验。")
    roles = _roles(_one(make_page, text, settings=Settings(home_region="青海省", ner_model="")))
    assert ("岑海峰", "生产总监", "华辙轨道集团") in roles
    assert ("马德明", "党组书记", "化隆回族自治县总工会") in roles
    assert ("马德明", "主席", "化隆回族自治县总工会") in roles


def test_north_western_surnames_that_are_words_open_a_name_only_where_a_post_frames_it(make_page):
    text = ("临夏市总工会党组书记、常务副主席把志远带领慰问组走访企业。“技能提升是第一步。”喇文清说。"
            "喇文清是康乐县总工会党组书记、主席。成员包括焊工火海明、车工妥小军等。"
            "站长把关严格，消防员火速赶到现场。")
    art = _one(make_page, text, settings=Settings(home_region="甘肃省", ner_model=""))
    roles = _roles(art)
    assert ("把志远", "常务副主席", "临夏市总工会") in roles
    assert ("喇文清", "主席", "康乐县总工会") in roles
    assert {"火海明", "妥小军"} <= set(_ents(art))
    assert not any(n.startswith(("把关", "火速")) for n in _ents(art))


def test_tibetan_names_without_a_surname_after_a_post(make_page):
    text = ("州总工会党组书记、主席贡布仁青出席会议并讲话。称多县总工会主席更松介绍，全县已有12个合作社建立工会。"
            "玛多县总工会主席贡嘎顿珠参加慰问。"
            "随后，慰问组来到班玛县人民医院，看望了刚下夜班的急诊科医生白玛吉。职工更多是外地人。")
    art = _one(make_page, text, settings=Settings(home_region="青海省", ner_model=""))
    roles = _roles(art)
    assert ("更松", "主席", "称多县总工会") in roles
    assert ("贡嘎顿珠", "主席", "玛多县总工会") in roles
    assert ("白玛吉", "医生", "班玛县人民医院") in roles
    assert "贡布仁青" in _ents(art) and "更多" not in _ents(art)


def test_an_honor_after_members_include_is_the_honor_alone(make_page):
    text = "服务团由劳模领衔，成员包括陇东工匠、庆阳宏达农机制造有限公司装配钳工岑志强等。"
    honors = _honors(_one(make_page, text, settings=Settings(home_region="甘肃省", ner_model="")))
    assert ("岑志强", "陇东工匠") in honors and not any(h.startswith("成员") for _, h in honors)


def test_a_city_short_form_names_the_city_not_its_county_and_stays_a_place_before_work(make_page):
    text = ("全委会议在乌鲁木齐召开。今年46岁的某师傅在克拉玛依工作生活了近三十年。"
            "以工程建设推动沈阳加快建设国家中心城市。")
    ents = _ents(_one(make_page, text, settings=Settings(home_region="新疆维吾尔自治区", ner_model="")))
    assert "乌鲁木齐市" in ents and "乌鲁木齐县" not in ents
    assert "克拉玛依市" in ents
    assert not any("中心" in n for n in ents)


def test_ordinary_words_are_no_townships_or_two_character_counties(make_page):
    text = ("推动资源下沉到苏木镇、嘎查和园区和村，实现城区主要街道全覆盖，各乡镇开展培训。"
            "这里是有名的工业重镇，围绕乡村振兴和县域经济发展。阳泉市矿区总工会当天揭牌。")
    ents = _ents(_one(make_page, text, settings=Settings(home_region="山西省", ner_model="")))
    for word in ("苏木镇", "园区和村", "城区", "主要街道", "各乡镇", "工业重镇", "和县"):
        assert word not in ents
    assert "阳泉市矿区总工会" in ents


def test_winners_listed_after_a_lead_that_names_the_honor(make_page):
    text = ("近日，区总工会发布2023年度“岚山工匠”选树名单，8名职工入选。\n"
            "入选名单如下(排名不分先后):\n"
            "么立国(北京某某热力服务有限公司运行值班员)、冷彤彤(北京市某某区妇幼保健院助产士)、俞海平(北京某某公交有限公司驾驶员)。\n"
            "获得自治区五一劳动奖状的单位中，有山南市环境卫生服务中心、山南市人民医院等。\n"
            "获得自治区五一劳动奖章的职工来自各行各业。他们中有：\n"
            "次仁平措，某某市环境卫生服务中心环卫工人；白玛，某某地区人民医院妇产科主管护师；岑海燕，某某市第二高级中学教师\n")
    art = _one(make_page, text, settings=Settings(home_region="西藏自治区", ner_model=""))
    honors = _honors(art)
    assert {("么立国", "岚山工匠"), ("冷彤彤", "岚山工匠"), ("俞海平", "岚山工匠")} <= honors
    assert ("山南市人民医院", "西藏自治区五一劳动奖状") in honors
    assert {("次仁平措", "西藏自治区五一劳动奖章"), ("白玛", "西藏自治区五一劳动奖章"),
            ("岑海燕", "西藏自治区五一劳动奖章")} <= honors
    assert "单位中" not in _ents(art)


def test_an_election_list_gives_each_name_the_post(make_page):
    text = ("固原市总工会第五次代表大会闭幕。在随后召开的五届一次全委会上，岑润泽当选为市总工会主席，"
            "马小川、海文杰、锁玉梅当选为副主席。正在清扫路面的环卫工人闪春花说，驿站很方便。")
    art = _one(make_page, text, settings=Settings(home_region="宁夏回族自治区", ner_model=""))
    roles = _roles(art)
    for name in ("马小川", "海文杰", "锁玉梅"):
        assert (name, "副主席", "固原市总工会") in roles
    assert "闪春花" in _ents(art)


def test_a_township_union_named_after_its_party_committee_in_a_chain(make_page):
    text = ("会上，上地街道总工会主席俞雅静为某公司授牌。西乡街道党工委委员、街道总工会主席岑婉介绍情况。"
            "中关村街道工委副书记、街道总工会主席黎思平出席。")
    roles = _roles(_one(make_page, text, settings=Settings(home_region="北京市", ner_model="")))
    assert ("俞雅静", "主席", "上地街道总工会") in roles
    assert ("岑婉", "主席", "西乡街道总工会") in roles and ("岑婉", "委员", "西乡街道党工委") in roles
    assert ("黎思平", "副书记", "中关村街道工委") in roles and ("黎思平", "主席", "中关村街道总工会") in roles


def test_a_city_in_parentheses_stays_inside_a_company_name_and_a_building_union_has_no_employer(make_page):
    text = "会上，蜂鸣（深圳）科技有限公司工会主席岑敏说。鼎盛大厦楼宇工会当天成立。"
    art = _one(make_page, text, settings=Settings(home_region="广东省", ner_model=""))
    assert ("岑敏", "主席", "蜂鸣（深圳）科技有限公司工会") in _roles(art)
    assert ("蜂鸣（深圳）科技有限公司工会", "union_of", "蜂鸣（深圳）科技有限公司") in _links(art)
    assert not any(rel == "union_of" and src.startswith("鼎盛大厦") for src, rel, _ in _links(art))


def test_a_district_union_printed_short_is_no_county_s_union(make_page):
    text = "贺兰县总工会在习岗镇建成司机之家。区总工会党组成员、副主席岑立忠参加投用仪式。"
    art = _one(make_page, text, settings=Settings(home_region="宁夏回族自治区", ner_model=""))
    assert ("岑立忠", "副主席", "宁夏回族自治区总工会") in _roles(art)
    assert "区总工会" not in _ents(art)["贺兰县总工会"].aliases


def test_a_joint_union_of_a_building_or_a_park_is_named_and_has_no_employer(make_page):
    art = _one(make_page, "目前，澄岚广场楼宇联合工会已覆盖企业80家。澄岚广场楼宇联合工会主席鲍俊芳说，"
                          "天禾金融大厦联合工会也已成立。由运营方上海芷栖数智科技发展有限公司牵头组建的芷栖园区工会联合会，"
                          "把园区企业串了起来。全区楼宇（园区）联合工会达到30家，推动数家企业建会。")
    names = _ents(art)
    assert names["澄岚广场楼宇联合工会"].types == (EntityType.UNION,)
    assert "天禾金融大厦联合工会" in names and "芷栖园区工会联合会" in names
    assert "上海芷栖数智科技发展有限公司" in names
    assert ("鲍俊芳", "主席", "澄岚广场楼宇联合工会") in _roles(art)
    assert not any(l[1] == "union_of" for l in _links(art))       # a joint union gathers many employers
    assert not any("（园区）" in n or n.startswith("数家") for n in names)


def test_a_named_union_before_a_verb_that_is_also_a_noun_stays_and_a_party_committee_with_a_union_is_two_bodies(make_page):
    art = _one(make_page, "这座驿站由望江路街道总工会建设。为谱写新篇章贡献工会力量。"
                          "昨天，上海市某某监狱党委联合工会组织义诊活动。")
    names = _ents(art)
    assert "望江路街道总工会" in names
    assert not any(n.endswith("贡献工会") for n in names)
    assert not any(n.endswith("联合工会") for n in names)


def test_a_company_printed_by_its_brand_alone(make_page):
    art = _one(make_page, "快递员庞小军在雁邦快递干了三年。汐驰汽车焊装车间主任谷振宇说，与重庆翎翼科技工程师一起攻关。"
                          "外卖骑手阚大勇说，鲜哆外卖给他们买了保险。浙江芮岭能源集团有限公司寺坡煤业有限公司承办。"
                          "今年的培训重点向船用智能装备倾斜，春城汽车产业链加快发展。", settings=Settings(home_region="重庆市", ner_model=""))
    names = _ents(art)
    for brand in ("雁邦快递", "汐驰汽车", "重庆翎翼科技", "鲜哆外卖"):
        assert names[brand].types == (EntityType.COMPANY,), brand
    assert ("谷振宇", "主任", "汐驰汽车") in _roles(art)
    assert ("庞小军", "快递员", "雁邦快递") in _roles(art)     # the unit a worker works at, named after
    assert not {"寺坡煤业", "船用智能", "春城汽车", "翎翼科技"} & set(names)


def test_a_quoted_regional_honor_before_a_name_and_a_counted_list_with_an_unknown_post(make_page):
    art = _one(make_page, "她就是今年新晋“湘楚工匠”郦晓芸。吉林省劳动模范、“长白山工匠”訾志刚讲述了成长历程。"
                          "某某港恒物流有限公司起重机司机仉永华、某市中医院主管护师芮婉、某某山海咖啡有限公司咖啡品鉴师钮少川"
                          "等8名职工获全国五一劳动奖章。", settings=Settings(home_region="吉林省", ner_model=""))
    honors = _honors(art)
    assert ("郦晓芸", "湘楚工匠") in honors
    assert {("訾志刚", "吉林省劳动模范"), ("訾志刚", "长白山工匠")} <= honors
    assert not any(h == "白山工匠" for _, h in honors)
    assert {("仉永华", "全国五一劳动奖章"), ("芮婉", "全国五一劳动奖章")} <= honors


def test_a_state_farm_is_a_company_and_a_farm_as_a_common_noun_is_none(make_page):
    art = _one(make_page, "凌晨3点，儋州市西部的国营岚岗农场亮起头灯。胶工羊文光是全国五一劳动奖章获得者。"
                          "干胶产量比农场平均水平高两成，垦区农场林场职工都来参加。", settings=Settings(home_region="海南省", ner_model=""))
    names = _ents(art)
    assert names["国营岚岗农场"].types == (EntityType.COMPANY,)
    assert ("羊文光", "全国五一劳动奖章") in _honors(art)
    assert ("羊文光", "胶工", "国营岚岗农场") in _roles(art)
    assert not any(n.endswith(("比农场", "林场")) or n == "垦区农场" for n in names)


def test_the_province_s_own_industry_unions_and_a_counted_set_of_unions_are_no_employer_s_union(make_page):
    art = _one(make_page, "各市州总工会、省直产业工会负责同志参加会议。市总工会：百座工会驿站温暖户外劳动者。",
               settings=Settings(home_region="湖北省", ner_model=""))
    assert not any(l[1] == "union_of" for l in _links(art))
    assert not any(n.endswith("产业") or n.startswith("百座") for n in _ents(art))


def test_an_honor_headed_by_a_division_is_read_at_the_very_start_of_a_text():
    from kg.mentions import honor_spans
    from kg.pipeline import get_context
    ctx = get_context()
    assert [h.text for h in honor_spans("某某市劳动模范", ctx)] != ["某某市劳动模范"]   # no such city
    assert "宜宾市劳动模范" in [h.text for h in honor_spans("宜宾市劳动模范", ctx)]
    assert "海南工匠" in [h.text for h in honor_spans("海南工匠", ctx)]


def test_one_character_abbreviations_and_epithets_of_provinces_and_cities(make_page):
    # home 江西: 赣 is the province, 洪城 (an epithet) is 南昌市, and 在赣 makes its bodies located in it
    art = _one(make_page, "一批在赣企业落实新规。江西省国资委有关负责人说，洪城的职工服务站已建成20个。",
               settings=Settings(home_region="江西省", ner_model=""))
    ents = _ents(art)
    assert "赣" in ents["江西省"].aliases and "洪城" in ents["南昌市"].aliases
    assert ("江西省国资委", "located_in", "江西省") in _links(art)
    # 宁 is 南京市 on a 江苏 page and 宁夏 elsewhere; 来琼 and 进京 count on any page, 援藏干部 (a compound) not
    art = _one(make_page, "省总工会代表团在宁召开座谈会。", settings=Settings(home_region="江苏省", ner_model=""))
    assert "宁" in _ents(art)["南京市"].aliases
    art = _one(make_page, "代表团在宁召开座谈会，随后来琼考察，并看望了援藏干部。去年他们进京参加培训。")
    ents = _ents(art)
    assert {"宁夏回族自治区", "海南省", "北京市"} <= set(ents) and "西藏自治区" not in ents


def test_a_one_character_abbreviation_needs_a_verb_or_a_unit_after_it(make_page):
    art = _one(make_page, "多年来，在苏晓峰的带动下，班组在吉骏汽车站稳脚跟，在新岗位上干出成绩。",
               settings=Settings(home_region="江苏省", ner_model=""))
    ents = _ents(art)
    assert not {"江苏省", "吉林省"} & set(ents)          # a name (苏晓峰) and a brand (吉骏汽车) follow
    # jieba's one-word 在京举行 holds one; 返青 (turn green) holds none
    art = _one(make_page, "技能交流活动在京举行，开春后麦苗返青。")
    assert "北京市" in _ents(art) and "青海省" not in _ents(art)
    # a city's epithet counts only on a page of its own province, and not when it opens a name
    art = _one(make_page, "春城职工在这里安心工作。")   # home 上海: neither 昆明 nor 长春
    assert not {"昆明市", "长春市"} & set(_ents(art))
    art = _one(make_page, "星城建设集团召开职代会。", settings=Settings(home_region="湖南省", ner_model=""))
    assert "长沙市" not in _ents(art)
    # an epithet jieba splits (星|城) after 在, and a unit word opening a longer word (在湘|企业职工)
    art = _one(make_page, "让骑手在星城安心工作。在湘企业职工踊跃参与。", settings=Settings(home_region="湖南省", ner_model=""))
    assert "星城" in _ents(art)["长沙市"].aliases and "湘" in _ents(art)["湖南省"].aliases
    # a county's full name before a school opens no name of its own: the school starts after it
    art = _one(make_page, "决赛在徐水区保定冀中工业职业学院举行。", settings=Settings(home_region="河北省", ner_model=""))
    assert "徐水区" in _ents(art)


def test_a_conjunction_after_a_job_opens_no_name_and_new_jobs_are_read(make_page):
    art = _one(make_page, "60余名茶农和茶企职工参加培训。在翠岭机电有限公司，青年技工詹子墨正在调试设备。"
                          "茶农樊青禾说，今年收成不错。")
    ents = _ents(art)
    assert "和茶企" not in ents
    # a job done for no employer stands alone (org null); a plant's job takes its employer
    assert {("詹子墨", "技工", "翠岭机电有限公司"), ("樊青禾", "茶农", None)} <= _roles(art)


def test_a_county_short_form_opens_a_company_and_its_declared_short_form_is_not_doubled(make_page):
    settings = Settings(home_region="云南省", ner_model="")
    art = _one(make_page, "个旧岚晟矿业有限责任公司（以下简称“岚晟矿业”）是一家国有企业。"
                          "岚晟矿业党委副书记、工会主席矣光明告诉记者，导游字秋梅也来了。", settings=settings)
    ents = _ents(art)
    assert "岚晟矿业" in ents["个旧岚晟矿业有限责任公司"].aliases       # 个旧 (a county's short form) opens it
    assert not any("有限责任公司有限责任公司" in n for n in ents)
    assert ("矣光明", "主席", "个旧岚晟矿业有限责任公司工会") in _roles(art)   # 光明, a noun, before 告诉
    assert "字秋梅" in ents                                          # a Yi surname framed by a post


def test_names_listed_before_a_group_and_an_honor_one_was_selected_for(make_page):
    art = _one(make_page, "在他的带动下，邝晓川、晏文、缪海涛等一批年轻司机成长为骨干。"
                          "其中，钳工蔺学军今年入选“齐鲁工匠”。")
    ents = _ents(art)
    assert {"邝晓川", "晏文", "缪海涛"} <= set(ents)
    assert ("蔺学军", "齐鲁工匠") in _honors(art)


def test_a_union_printed_by_its_kind_before_a_post_and_a_union_committee_s_employer(make_page):
    art = _one(make_page, "翠湖广场楼宇联合工会成立于2021年。楼宇联合工会主席岑晓岚介绍了情况。"
                          "东港精密电子有限公司工会委员会与公司签订集体合同，公司工会委员会主席邬海燕在协议上签字。")
    roles = _roles(art)
    assert ("岑晓岚", "主席", "翠湖广场楼宇联合工会") in roles
    assert ("邬海燕", "主席", "东港精密电子有限公司工会委员会") in roles
    links = _links(art)
    assert ("东港精密电子有限公司工会委员会", "union_of", "东港精密电子有限公司") in links
    assert ("东港精密电子有限公司工会委员会", "part_of", "东港精密电子有限公司") not in links


def test_a_company_union_is_named_as_printed_unless_printed_in_full(make_page):
    settings = Settings(home_region="四川省", ner_model="")
    art = _one(make_page, "四川岷峰建设集团有限公司（以下简称“岷峰建设集团”）今年开展劳动竞赛。"
                          "集团工会主席钱婉清介绍，岷峰建设集团工会将持续完善竞赛机制。", settings=settings)
    ents = _ents(art)
    assert "岷峰建设集团工会" in ents and "四川岷峰建设集团有限公司工会" not in ents
    assert ("钱婉清", "主席", "岷峰建设集团工会") in _roles(art)
    assert ("岷峰建设集团工会", "union_of", "四川岷峰建设集团有限公司") in _links(art)
    art = _one(make_page, "湖北骁腾汽车股份有限公司工会等单位作交流发言。"
                          "骁腾汽车工会主席扈丽娅分享了推行首席技师制度的做法。", settings=settings)
    ents = _ents(art)
    assert "骁腾汽车工会" in ents["湖北骁腾汽车股份有限公司工会"].aliases
    assert ("扈丽娅", "主席", "湖北骁腾汽车股份有限公司工会") in _roles(art)


def test_company_union_short_of_doctests():
    import doctest

    import kg.resolve
    result = doctest.testmod(kg.resolve)
    assert result.attempted > 0 and result.failed == 0


def test_posts_only_an_employer_has_go_to_the_story_s_company(make_page):
    settings = Settings(home_region="湖南省", ner_model="")
    art = _one(make_page, "株洲湘衡轨道交通装备股份有限公司今年举办技能竞赛。"
                          "在湘衡轨交转向架事业部，记者见到了焊接班班长滕刚。车间主任缪远山说，竞赛让大家有了奔头。",
               settings=settings)
    ents = _ents(art)
    assert "湘衡轨交" in ents["株洲湘衡轨道交通装备股份有限公司"].aliases
    roles = _roles(art)
    assert ("滕刚", "班长", "株洲湘衡轨道交通装备股份有限公司") in roles
    assert ("缪远山", "车间主任", "株洲湘衡轨道交通装备股份有限公司") in roles
    art = _one(make_page, "吉林市雪岭冰雪旅游开发有限公司工会召开会员代表大会，选举产生新一届工会委员会。"
                          "公司党委书记、董事长宫长海在讲话中提出希望。", settings=settings)
    roles = _roles(art)
    assert ("宫长海", "党委书记", "吉林市雪岭冰雪旅游开发有限公司") in roles
    assert ("宫长海", "董事长", "吉林市雪岭冰雪旅游开发有限公司") in roles


def test_sheng_zong_and_shi_zong_name_the_federation_the_article_names(make_page):
    settings = Settings(home_region="上海市", ner_model="")
    art = _one(make_page, "市总工会党组书记邵启东出席会议，市总副主席汪晓丹主持。", settings=settings)
    assert "市总" in _ents(art)["上海市总工会"].aliases
    assert ("汪晓丹", "副主席", "上海市总工会") in _roles(art)
    art = _one(make_page, "省总工会召开会议。省总牵头实施培训计划，市总经理层不在此列。",
               settings=Settings(home_region="湖南省", ner_model=""))
    ents = _ents(art)
    assert "省总" in ents["湖南省总工会"].aliases
    assert not any(n.endswith("市总工会") for n in ents)     # 市总经理 is no union
    art = _one(make_page, "省总牵头实施培训计划。", settings=Settings(home_region="湖南省", ner_model=""))
    assert "湖南省总工会" not in _ents(art)                      # no federation named: 省总 alone is not read


def test_honors_of_counted_selections_titles_recipients_and_listed_winners(make_page):
    settings = Settings(home_region="黑龙江省", ner_model="")
    art = _one(make_page, "全省第三届“龙江工匠”名单发布。其中，齐齐哈尔鹤岭重型装备股份有限公司有3人入选，数量居全省首位。"
                          "他们是车间主任冼国强、数控镗铣工帅立秋和焊工眭红梅。会上，矿山公司采煤工邝振山等10名职工"
                          "被授予“全省煤矿安全生产标兵”称号。焊工邬志刚、钳工饶冬明参加比赛。闭幕式上，主办方为邬志刚、"
                          "饶冬明等4名项目第一名获得者颁发了“黑龙江省技术能手”证书。", settings=settings)
    honors = _honors(art)
    assert {("冼国强", "龙江工匠"), ("帅立秋", "龙江工匠"), ("眭红梅", "龙江工匠")} <= honors
    assert ("邝振山", "全省煤矿安全生产标兵") in honors
    assert {("邬志刚", "黑龙江省技术能手"), ("饶冬明", "黑龙江省技术能手")} <= honors
    art = _one(make_page, "全省“龙江工匠”名单发布。鹤岭重装有3人入选。他们是车工冼国强和焊工眭红梅。", settings=settings)
    assert not any(h == "龙江工匠" for _, h in _honors(art))       # two listed for three counted: no guess


def test_honors_a_person_is_said_to_hold_beside_a_post(make_page):
    settings = Settings(home_region="山东省", ner_model="")
    art = _one(make_page, "“冬天把车伺候好了。”说话的是黑龙江省劳动模范、拖拉机手尹德胜。"
                          "58岁的山东省劳动模范、酿酒师税永刚正带着徒弟们看花摘酒。"
                          "首席科学家蔺思成出席。工作室领衔人蔺思成是公司首席科学家，也是全国五一劳动奖章获得者。"
                          "制茶师王志明讲课。王志明是海南省劳动模范、五指山岚香茶业有限公司制茶师。"
                          "分离工艺工程师邹昊天是团队里的骨干。去年，他带领攻关小组破解了杂质难题，本人也因此荣获山东省五一劳动奖章。",
               settings=settings)
    honors = _honors(art)
    assert {("尹德胜", "黑龙江省劳动模范"), ("税永刚", "山东省劳动模范"), ("蔺思成", "全国五一劳动奖章"),
            ("王志明", "海南省劳动模范"), ("邹昊天", "山东省五一劳动奖章")} <= honors
    art = _one(make_page, "会上，荣获山东省劳动模范称号的青岛海昱港口集团有限公司桥吊司机逄春山、淄博恒泓化工集团有限公司"
                          "化工操作工亓晓明、潍坊福川重工有限公司焊工禚立强作为代表上台领奖。四平市丰裕粮食仓储有限公司等单位"
                          "获得山东省五一劳动奖状。苏州瑞思纳米科技股份有限公司的“蔺思成劳模创新工作室”被命名为“苏州市示范性劳模创新工作室”。"
                          "快递员付强则希望工会能多组织活动。", settings=settings)
    honors = _honors(art)
    assert {("逄春山", "山东省劳动模范"), ("亓晓明", "山东省劳动模范"), ("禚立强", "山东省劳动模范")} <= honors
    assert ("四平市丰裕粮食仓储有限公司", "山东省五一劳动奖状") in honors
    assert ("蔺思成劳模创新工作室", "苏州市示范性劳模创新工作室") in honors
    assert "付强" in _ents(art) and "付强则" not in _ents(art)


def test_city_short_forms_before_a_closing_verb_and_zone_heads(make_page):
    settings = Settings(home_region="广西壮族自治区", ner_model="")
    art = _one(make_page, "劳模疗休养活动在桂林启动，并赴临桂区参观桂林新区规划馆。黄秀英是钦州本地人。"
                          "苏州工业园区也派人参加。", settings=settings)
    ents = _ents(art)
    assert {"桂林市", "钦州市", "临桂区"} <= set(ents)
    assert not any("参观" in n for n in ents)                 # the zone's name does not reach over a verb
    assert ents["苏州工业园区"].types == (EntityType.DISTRICT,)
    art = _one(make_page, "活动在邹城市太平镇的工业园区举行。", settings=settings)
    assert not any(n.endswith("的工业园区") for n in _ents(art))


def test_cooperative_is_an_organization_and_the_employer_of_its_head(make_page):
    art = _one(make_page, "”松溪县禾穗农机专业合作社理事长庞立春说，合作社今年为周边农户提供代耕服务。",
               settings=Settings(home_region="福建省", ner_model=""))
    assert _ents(art)["松溪县禾穗农机专业合作社"].types[0] is EntityType.ORGANIZATION
    assert ("庞立春", "理事长", "松溪县禾穗农机专业合作社") in _roles(art)
    assert "合作社" not in _ents(art)


def test_conjunction_inside_a_company_name_is_kept(make_page):
    art = _one(make_page, "区总工会还联合昆明澄和环境服务有限公司，为环卫工人免费体检。市人社局和某某公司参加。",
               settings=Settings(home_region="云南省", ner_model=""))
    assert "昆明澄和环境服务有限公司" in _ents(art)
    assert "环境服务有限公司" not in _ents(art)


def test_preposition_character_after_a_city_opens_a_company_name(make_page):
    art = _one(make_page, "他所在的吉林市顺邦达物流有限公司有60多名快递员。",
               settings=Settings(home_region="吉林省", ner_model=""))
    assert "吉林市顺邦达物流有限公司" in _ents(art)


def test_verb_before_a_district_union_is_not_its_name(make_page):
    art = _one(make_page, "接到求助后，立即指派天山区总工会职工法律援助站值班律师岑晓雯介入。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    assert "天山区总工会职工法律援助站" in _ents(art)      # the union's station, its arm
    assert not any(n.startswith("指派") for n in _ents(art))


def test_bullet_opening_a_brief_is_not_part_of_a_name(make_page):
    art = _one(make_page, "●延川县总工会日前在文安驿镇举办宣讲会。",
               settings=Settings(home_region="陕西省", ner_model=""))
    assert "延川县总工会" in _ents(art)
    assert not any("●" in n for n in _ents(art))


def test_union_named_by_its_kind_is_the_article_union_of_that_kind(make_page):
    art = _one(make_page, "街道总工会主席阿依古丽·吐尔逊介绍，驿站开放一年多来服务骑手两万人次。"
                          "记者走访了幸福路街道总工会。")
    assert ("阿依古丽·吐尔逊", "主席", "幸福路街道总工会") in _roles(art)
    art = _one(make_page, "双方首席代表、公司工会委员会主席郦秀芬在协议上签字。今年3月起，"
                          "东莞瀚嘉精密电子有限公司工会委员会收集职工诉求1300余条。")
    assert ("郦秀芬", "主席", "东莞瀚嘉精密电子有限公司工会委员会") in _roles(art)
    art = _one(make_page, "雨花区快递行业工会联合会与企业签订协议。联合会主席隆小芳说，协议明确了高温作业时间。")
    assert ("隆小芳", "主席", "雨花区快递行业工会联合会") in _roles(art)


def test_names_after_person_nouns_are_persons_with_no_post(make_page):
    art = _one(make_page, "他带出的徒弟苗小娟、訾春阳，去年在技能大赛中分获一、二等奖。"
                          "工会慰问了困难职工栾玉山、宓凤兰、蒯立新等。在师傅冼德贵的帮助下，他学会了操作。"
                          "职工文化宫举办讲座，职工周末的活动很丰富。")
    ents = _ents(art)
    for name in ("苗小娟", "訾春阳", "栾玉山", "宓凤兰", "蒯立新", "冼德贵"):
        assert name in ents, name
    assert "文化宫" not in ents and "周末" not in ents
    assert not any(r.person in ("苗小娟", "栾玉山") for r in art.roles)


def test_given_name_that_is_a_common_noun_after_a_worker_post(make_page):
    art = _one(make_page, "快递员庞海军每天傍晚都会来这里歇脚。确保产业工人高质量完成学业，焊工高温作业有补贴。")
    assert "庞海军" in _ents(art)
    assert "高质量" not in _ents(art) and "高温" not in _ents(art)


def test_every_listed_winner_before_a_count_holds_the_honor(make_page):
    art = _one(make_page, "宁波远泓港口集团有限公司桥吊司机邬某涛、慈溪恒准轴承集团有限公司磨工班班长岑某峰、"
                          "宁波衣尚派服饰股份有限公司制版师麻某燕等20人被命名为“甬城工匠”。",
               settings=Settings(home_region="浙江省", ner_model=""))
    assert {h for h in _honors(art)} >= {("邬某涛", "甬城工匠"), ("岑某峰", "甬城工匠"), ("麻某燕", "甬城工匠")}
    assert ("邬某涛", "桥吊司机", "宁波远泓港口集团有限公司") in _roles(art)
    assert ("麻某燕", "制版师", "宁波衣尚派服饰股份有限公司") in _roles(art)


def test_name_opening_a_clause_before_a_verb_of_winning(make_page):
    art = _one(make_page, "2023年，詹立新荣获全国五一劳动奖章。")
    assert ("詹立新", "全国五一劳动奖章") in _honors(art)


def test_once_won_is_read_whole_and_the_granting_body_may_follow_you(make_page):
    art = _one(make_page, "是曾获评浙江省劳动模范的服饰公司董事长邵某栋。磨工岑某峰、钳工卞某东分获前两名。"
                          "按照规定，岑某峰、卞某东将由市人力资源和社会保障局授予“宁波市技术能手”称号。",
               settings=Settings(home_region="浙江省", ner_model=""))
    honors = _honors(art)
    assert not any(h.startswith("评") for _, h in honors)
    assert {("岑某峰", "宁波市技术能手"), ("卞某东", "宁波市技术能手")} <= honors


def test_winners_of_this_honor_listed_after_the_honor_is_named(make_page):
    art = _one(make_page, "今年的河南省五一劳动奖章名单中，有2位回族职工格外引人注目。获此殊荣的是某某食品股份有限公司班长白某琴"
                          "和开封某骏客车股份有限公司焊工穆某青。", settings=Settings(home_region="河南省", ner_model=""))
    assert {("白某琴", "河南省五一劳动奖章"), ("穆某青", "河南省五一劳动奖章")} <= _honors(art)


def test_works_of_a_company_is_a_sub_unit_of_it(make_page):
    art = _one(make_page, "鞍山汇鑫钢铁集团有限公司炼钢厂转炉炉长佟某山参加比赛。",
               settings=Settings(home_region="辽宁省", ner_model=""))
    assert "鞍山汇鑫钢铁集团有限公司炼钢厂" not in _ents(art)
    assert ("佟某山", "转炉炉长", "鞍山汇鑫钢铁集团有限公司") in _roles(art)


def test_visit_verb_before_an_honor_is_not_part_of_it(make_page):
    art = _one(make_page, "在某某镇，慰问组看望了省劳模、退休职工许某福。", settings=Settings(home_region="甘肃省", ner_model=""))
    assert not any("看望" in h for _, h in _honors(art))
    assert ("许某福", "甘肃省劳动模范") in _honors(art)


def test_a_job_with_no_employer_takes_the_one_the_person_works_for(make_page):
    art = _one(make_page, "来自贵州省的货车司机龙某刚停好车，接上一杯热水。龙某刚是苏州恒运达物流有限公司的一名驾驶员，"
                          "每天往返于吴中和昆山之间。", settings=Settings(home_region="江苏省", ner_model=""))
    roles = _roles(art)
    assert ("龙某刚", "货车司机", "苏州恒运达物流有限公司") in roles
    assert ("龙某刚", "货车司机", None) not in roles


def test_a_company_a_sentence_places_the_person_at_is_the_employer_of_the_job(make_page):
    art = _one(make_page, "外卖骑手马某一边给电动车换电池，一边对记者说。今年31岁的马某是回族小伙，2019年起在郑州闪递同城配送"
                          "服务有限公司（以下简称“闪递配送”）跑外卖。", settings=Settings(home_region="河南省", ner_model=""))
    assert "郑州闪递同城配送服务有限公司" in _ents(art)    # 闪|递|同|城: jieba cut the name into characters
    assert ("马某", "外卖骑手", "郑州闪递同城配送服务有限公司") in _roles(art)


def test_post_after_zhewei_belongs_to_the_speaker_of_the_sentence_before(make_page):
    art = _one(make_page, "“驿站不是建起来就完事。”谷某蔓说。这位金水区总工会常务副主席告诉记者，区总工会还为劳动者购买了保障。"
                          "杭某民是本次大赛的裁判长。“好。”李总说。这位首席技师说，今年赛题更贴近实际。",
               settings=Settings(home_region="河南省", ner_model=""))
    roles = _roles(art)
    assert ("谷某蔓", "常务副主席", "金水区总工会") in roles
    assert not any(t == "记者" for p, t, o in roles if p == "谷某蔓")
    assert "李总" not in _ents(art)      # a form of address, not a name


def test_a_post_stated_with_rujin_yishi_at_the_company_the_story_named(make_page):
    art = _one(make_page, "他在武汉楚晟数控装备有限公司干了二十年。他带出的徒弟中，龚某如今已是公司装调班班长，"
                          "带领班组连续三年实现零返修。", settings=Settings(home_region="湖北省", ner_model=""))
    assert ("龚某", "班长", "武汉楚晟数控装备有限公司") in _roles(art)


def test_honors_of_a_session_a_topic_list_and_the_one_named_after_huocishurong(make_page):
    art = _one(make_page, "汪永年、马某军、才让东智、妥某燕、杨某新等30人被命名为第四届“陇原工匠”。"
                          "获得全国五一劳动奖章的职工中，既有某某钢铁集团有限公司炼钢厂转炉炉长甄某涛、某某汽车股份有限公司"
                          "总装车间调整工佟某娜这样的产业工人，也有某某卫生院全科医生牛某芬等普通劳动者。"
                          "今年的“福建工匠”中，一线职工占比达82%。获此殊荣的游某然是一家企业的木雕技师。"
                          "訾某、仲某文等10名教师获评“上海市教育系统青年教学能手”。",
               settings=Settings(home_region="甘肃省", ner_model=""))
    honors = _honors(art)
    assert {(p, "陇原工匠") for p in ("汪永年", "马某军", "才让东智", "妥某燕", "杨某新")} <= honors
    assert {(p, "全国五一劳动奖章") for p in ("甄某涛", "佟某娜", "牛某芬")} <= honors
    assert ("游某然", "福建工匠") in honors
    assert ("訾某", "上海市教育系统青年教学能手") in honors


def test_winner_of_an_honor_named_after_huodezhe_and_the_post_before_the_honor(make_page):
    art = _one(make_page, "沧州渤通港务集团有限公司装船机司机、河北省五一劳动奖章获得者樊某强说，今年效率又提高了。",
               settings=Settings(home_region="河北省", ner_model=""))
    assert ("樊某强", "河北省五一劳动奖章") in _honors(art)
    assert ("樊某强", "装船机司机", "沧州渤通港务集团有限公司") in _roles(art)


def test_a_worker_s_post_keeps_a_modifier_of_four_characters_and_drops_a_clause_before_de(make_page):
    art = _one(make_page, "宁德瀚驰新能源科技股份有限公司涂布工艺工程师卓某说，产线已经升级。"
                          "在上海璟曜信息科技有限公司工作的程序员俞某明说，课程很实用。",
               settings=Settings(home_region="福建省", ner_model=""))
    roles = _roles(art)
    assert ("卓某", "涂布工艺工程师", "宁德瀚驰新能源科技股份有限公司") in roles
    assert ("俞某明", "程序员", "上海璟曜信息科技有限公司") in roles


def test_a_post_held_by_someone_as_a_second_post_you_jianren(make_page):
    art = _one(make_page, "会议选举产生了沈河区餐饮行业工会联合会第一届委员会。联合会主席由沈阳盛兴楼餐饮有限公司工会主席鄢某芬兼任。",
               settings=Settings(home_region="辽宁省", ner_model=""))
    roles = _roles(art)
    assert ("鄢某芬", "主席", "沈河区餐饮行业工会联合会") in roles
    assert ("鄢某芬", "主席", "沈阳盛兴楼餐饮有限公司工会") in roles


def test_a_zone_s_management_committee_its_short_form_and_a_co_operative_s_chairman(make_page):
    art = _one(make_page, "记者从长沙经济技术开发区管理委员会获悉，一季度长沙经开区产值增长。经开区管委会副主任晏某介绍，"
                          "新签约项目14个。桐溪县青禾蔬菜种植农民专业合作社（以下简称“青禾合作社”）吸纳村民务工。"
                          "合作社理事长殳某军是土生土长的本地人。",
               settings=Settings(home_region="湖南省", ner_model=""))
    ents = _ents(art)
    assert [t.value for t in ents["长沙经济技术开发区管理委员会"].types] == ["government"]
    assert ("晏某", "副主任", "长沙经济技术开发区管理委员会") in _roles(art)
    assert ("殳某军", "理事长", "桐溪县青禾蔬菜种植农民专业合作社") in _roles(art)


def test_the_head_of_a_government_after_a_party_post_is_at_the_government_not_the_party_committee(make_page):
    art = _one(make_page, "饶阳县委副书记、县长郗某远介绍，县政府每年安排专项资金。省委常委、副省长闵某平出席。",
               settings=Settings(home_region="河北省", ner_model=""))
    roles = _roles(art)
    assert ("郗某远", "副书记", "饶阳县委") in roles
    assert ("郗某远", "县长", "饶阳县政府") in roles
    assert ("闵某平", "副省长", None) in roles


def test_an_official_with_a_surname_the_table_lacks_is_named_before_an_act(make_page):
    art = _one(make_page, "安徽省总工会党组书记、常务副主席甯立平作工作报告。浙江省总工会党组书记、常务副主席闻人清率调研组来甬。"
                          "兰州市总工会党组书记、常务副主席甯向东介绍，驿站统一标识。",
               settings=Settings(home_region="甘肃省", ner_model=""))
    roles = _roles(art)
    assert ("甯立平", "常务副主席", "安徽省总工会") in roles
    assert ("闻人清", "常务副主席", "浙江省总工会") in roles
    assert ("甯向东", "常务副主席", "兰州市总工会") in roles
    assert "主席团" not in _ents(art)


def test_posts_stated_in_a_parenthesis_after_a_quote_after_a_chain_and_in_a_later_clause(make_page):
    art = _one(make_page, "上海瀛海船舶重工集团有限公司（以下简称“瀛海重工”）今年交付两艘船。“焊缝只有0.7毫米。”戚某涛（瀛海重工首席技师）说。"
                          "机电队班组长宓振川是公司首席技师，他带领的班组完成革新41项。"
                          "记者见到了他的徒弟汪永年。今年51岁的汪永年是武威人，1996年从技校毕业后来到上海，从电焊工干起，如今是瀛海重工焊接车间首席技师。"
                          "同事说，韦某生如今是车间主任，他笑着说，现任公司质检部经理的是他的徒弟。",
               settings=Settings(home_region="上海市", ner_model=""))
    roles = _roles(art)
    company = "上海瀛海船舶重工集团有限公司"
    assert ("戚某涛", "首席技师", company) in roles
    assert ("宓振川", "班组长", company) in roles
    assert ("宓振川", "首席技师", company) in roles
    assert ("汪永年", "首席技师", company) in roles
    assert not any(p == "韦某生" and t == "经理" for p, t, o in roles)    # not the subject's clause


def test_winners_among_those_an_award_counts_out_hold_its_honor(make_page):
    art = _one(make_page, "近日，某省总工会印发决定，授予32名职工贵州省五一劳动奖章、20个集体贵州省五一劳动奖状。"
                          "获奖职工中，一线职工占比超过七成。其中，潘永刚是贵州黔峰能源有限责任公司的一名井下电钳工。"
                          "获奖职工中还有韦德明、石丽萍、禄红英等一线职工。获得奖状的集体中，有兴义市城市公共交通有限责任公司等企业。",
               settings=Settings(home_region="贵州省", ner_model=""))
    honors = _honors(art)
    medal, banner = "贵州省五一劳动奖章", "贵州省五一劳动奖状"
    assert {(p, medal) for p in ("潘永刚", "韦德明", "石丽萍", "禄红英")} <= honors
    assert ("兴义市城市公共交通有限责任公司", banner) in honors
    assert ("兴义市城市公共交通有限责任公司", medal) not in honors and ("潘永刚", banner) not in honors


def test_a_red_banner_medal_a_name_after_a_person_noun_and_a_winner_on_a_published_list(make_page):
    art = _one(make_page, "北京市三八红旗奖章获得者、某某医院急诊科主管护师郇某静，已在急诊科工作16年。"
                          "天津市劳动模范、金融从业者殷梦琪是首批主讲人之一。"
                          "近日，2023年度全国三八红旗手（集体）名单公布，都匀云峰茶业有限公司制茶师罗应芬榜上有名。",
               settings=Settings(home_region="北京市", ner_model=""))
    honors = _honors(art)
    assert ("郇某静", "北京市三八红旗奖章") in honors
    assert ("殷梦琪", "天津市劳动模范") in honors
    assert ("罗应芬", "全国三八红旗手") in honors


def test_a_brand_before_trade_words_and_a_hospital_union_called_yuan_gonghui(make_page):
    art = _one(make_page, "区总工会走进北京市海淀区清溪医院，开展关爱行动。院工会主席宓建新介绍，医院将新建女职工休息室。"
                          "北京鼎味坊餐饮管理有限公司承办比赛。鼎味坊厨师甄宇获得冠军。",
               settings=Settings(home_region="北京市", ner_model=""))
    roles = _roles(art)
    assert ("宓建新", "主席", "北京市海淀区清溪医院工会") in roles
    assert ("甄宇", "厨师", "北京鼎味坊餐饮管理有限公司") in roles
    assert "鼎味坊" in _ents(art)["北京鼎味坊餐饮管理有限公司"].aliases


def test_a_company_whose_unknown_name_jieba_cuts_into_one_and_two_characters(make_page):
    art = _one(make_page, "园区内的天津擎宇航天装备股份有限公司（以下简称“擎宇航天”）是观摩的重点。",
               settings=Settings(home_region="天津市", ner_model=""))
    assert "天津擎宇航天装备股份有限公司" in _ents(art)
    assert "装备股份有限公司" not in _ents(art)


def test_a_part_time_mark_after_a_post_and_a_post_stated_at_a_zonggonghui(make_page):
    art = _one(make_page, "省总工会副主席（兼）、莆田澜峰鞋业股份有限公司工会主席牟秀澜介绍了经验。"
                          "市总工会副主席（兼职）、全国劳动模范、莆田澜峰鞋业股份有限公司特级技师卜海涛颁发证书。"
                          "“农民工的血汗钱一分都不能少。”温雅说。温雅是莆田市总工会副主席，兼任职工法律援助中心主任。",
               settings=Settings(home_region="福建省", ner_model=""))
    roles = _roles(art)
    assert ("牟秀澜", "副主席", "福建省总工会") in roles
    assert ("牟秀澜", "主席", "莆田澜峰鞋业股份有限公司工会") in roles
    assert ("卜海涛", "副主席", "莆田市总工会") in roles
    assert ("卜海涛", "特级技师", "莆田澜峰鞋业股份有限公司") in roles
    assert ("温雅", "副主席", "莆田市总工会") in roles


def test_names_listed_beside_a_found_name_and_after_a_member_noun(make_page):
    art = _one(make_page, "新命名的“南粤工匠”梁振邦、谭浩然、岑宝莹、冯锦辉等，分别来自装备制造、电子信息等行业。"
                          "这几年，工作室成员韦嘉禾、芮思琪先后在省、市技能大赛中获奖。"
                          "他与许建国、常胜利等同事一起上岗。",
               settings=Settings(home_region="广东省", ner_model=""))
    ents = _ents(art)
    for name in ("梁振邦", "谭浩然", "岑宝莹", "冯锦辉", "韦嘉禾", "芮思琪"):
        assert name in ents and ents[name].types[0] in (EntityType.WORKER, EntityType.OFFICIAL), name
    assert ("谭浩然", "南粤工匠") in _honors(art)
    assert "装备制造" not in ents and "电子信息" not in ents


def test_a_work_area_before_a_post_is_part_of_the_post(make_page):
    art = _one(make_page, "江西鑫禾食品有限公司的车间里机器轰鸣。“订单排到了年底。”质检班长危某燕说，设备主管幸某军正在检修。",
               settings=Settings(home_region="江西省", ner_model=""))
    roles = _roles(art)
    assert ("危某燕", "质检班长", "江西鑫禾食品有限公司") in roles
    assert ("幸某军", "设备主管", "江西鑫禾食品有限公司") in roles
    art = _one(make_page, "苏州汇湖物业管理有限公司行政经理裘某嫣介绍了经验。宁波远港集团有限公司远程操控员竺某杰盯着屏幕。"
                          "凯里市锦绣民族工艺品有限公司侗族绣娘吴某金正在刺绣。技能大赛裁判长宓某东宣布成绩。"
                          "桂某勇是苏州锦澜丝绸有限公司织造技师。",
               settings=Settings(home_region="江苏省", ner_model=""))
    roles = _roles(art)
    assert ("裘某嫣", "行政经理", "苏州汇湖物业管理有限公司") in roles
    assert ("竺某杰", "远程操控员", "宁波远港集团有限公司") in roles
    assert ("吴某金", "绣娘", "凯里市锦绣民族工艺品有限公司") in roles     # a people, not a work area
    assert any(p == "宓某东" and t == "裁判长" for p, t, o in roles)
    assert ("桂某勇", "织造技师", "苏州锦澜丝绸有限公司") in roles


def test_a_model_span_of_common_words_only_is_a_kind_of_unit_not_a_name(make_page):
    art = _one(make_page, "全省新建各级劳模和工匠人才创新工作室136家，共建10个省级劳模和工匠人才创新工作室。"
                          "云栖智造科技有限公司创新工作室主任许某明介绍了经验。",
               settings=Settings(home_region="江苏省"))
    ents = _ents(art)
    assert "工匠人才创新工作室" not in ents
    assert "云栖智造科技有限公司" in ents


def test_industry_unions_of_a_city_union_and_unions_that_are_no_names(make_page):
    art = _one(make_page, "重庆市总工会机械冶金工会主席蒋某涛出席。江苏省教科文卫体工会举办培训。园区已建成楼宇（商圈）工会62家。"
                          "珠海、中山、江门三市职工可跨市享受工会服务。为澳门居民办理工会会员卡120张。",
               settings=Settings(home_region="重庆市", ner_model=""))
    ents = _ents(art)
    assert ("蒋某涛", "主席", "重庆市总工会机械冶金工会") in _roles(art)
    assert "江苏省教科文卫体工会" in ents
    assert not any(t is EntityType.COMPANY for e in ents.values() for t in e.types)
    assert not any(n.startswith(("（", "江门三市", "澳门居民")) for n in ents)


def test_a_company_named_short_takes_the_full_name_printed_in_its_union(make_page):
    art = _one(make_page, "滨海远岚港务集团举办技能比武。滨海远岚港务集团有限公司工会主办的比武中，来自5个码头公司的"
                          "40名桥吊司机同场竞技，十多家物流公司派员观摩，桥吊司机戚某玥夺冠。",
               settings=Settings(home_region="辽宁省", ner_model=""))
    ents = _ents(art)
    assert "滨海远岚港务集团有限公司" in ents
    assert "滨海远岚港务集团" in ents["滨海远岚港务集团有限公司"].aliases
    assert "滨海远岚港务集团" not in ents
    assert "码头公司" not in ents and "物流公司" not in ents     # counted kinds, not names
    assert ("滨海远岚港务集团有限公司工会", "union_of", "滨海远岚港务集团有限公司") in _links(art)
    assert not any(rel == "part_of" for _, rel, _ in _links(art))
    assert ("戚某玥", "桥吊司机", "滨海远岚港务集团有限公司") in _roles(art)


def test_a_post_after_and_belongs_to_the_name_after_it(make_page):
    art = _one(make_page, "鹤岭锻压机械股份有限公司（以下简称“鹤岭锻压”）有3人入选。他们是鹤岭锻压铸造车间主任冼某栋、"
                          "数控镗铣工帅某春和焊工眭某霞。发言的是三江平原农垦集团有限公司拖拉机手隗某志。",
               settings=Settings(home_region="黑龙江省", ner_model=""))
    roles = _roles(art)
    assert ("帅某春", "数控镗铣工", "鹤岭锻压机械股份有限公司") in roles
    assert ("眭某霞", "焊工", "鹤岭锻压机械股份有限公司") in roles


def test_the_leader_of_a_studio_named_after_a_person(make_page):
    art = _one(make_page, "走进岳麓重工机械股份有限公司，在“龙某劳模工匠创新工作室”，成员正在检查焊缝。"
                          "工作室领衔人龙某是苗族汉子。集团拥有国某刚创新工作室等工作室11个。"
                          "工作室领衔人、“湖湘工匠”国某刚带领团队攻关。焊工詹某柱说，2021年，公司以他的名字命名成立"
                          "“詹某柱木雕技艺创新工作室”。作为工作室带头人，他已带出徒弟20名。",
               settings=Settings(home_region="湖南省", ner_model=""))
    roles, ents = _roles(art), _ents(art)
    assert "龙某劳模工匠创新工作室" in ents and "詹某柱木雕技艺创新工作室" in ents
    assert ("龙某", "领衔人", "龙某劳模工匠创新工作室") in roles
    assert ("国某刚", "领衔人", "国某刚创新工作室") in roles
    assert ("詹某柱", "带头人", "詹某柱木雕技艺创新工作室") in roles
    assert not any(p == "龙某" and o == "岳麓重工机械股份有限公司" for p, t, o in roles)   # not the company's post


def test_surnames_that_are_common_words_are_read_after_a_post(make_page):
    art = _one(make_page, "车间里，焊工冒某琳说，今年订单很多。护士长玄某兰正在查房。",
               settings=Settings(home_region="吉林省", ner_model=""))
    ents = _ents(art)
    assert "冒某琳" in ents and "玄某兰" in ents


def test_a_list_of_winners_read_from_a_name_found_later_and_through_a_name_that_is_a_word(make_page):
    art = _one(make_page, "邬某琪、娄昊、甘露、鲍某东、欧阳珊、童某等41名职工荣获浙江省五一劳动奖章。"
                          "其中，邬某琪是义乌市丰岚供应链管理有限公司运营主管。",
               settings=Settings(home_region="浙江省", ner_model=""))
    honors = _honors(art)
    for name in ("邬某琪", "娄昊", "甘露", "鲍某东", "欧阳珊", "童某"):
        assert (name, "浙江省五一劳动奖章") in honors


def test_uyghur_names_joined_by_a_dot_keep_every_character(make_page):
    art = _one(make_page, "维修电工迪力夏提·阿不都许库尔说，技能等级认定让人有奔头。处负责人努尔艾力·阿不都克里木介绍了情况。"
                          "质检员祖丽皮耶·艾海提和库尔班·依明正在检测。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    ents = _ents(art)
    for name in ("迪力夏提·阿不都许库尔", "努尔艾力·阿不都克里木", "祖丽皮耶·艾海提", "库尔班·依明"):
        assert name in ents


def test_a_post_stated_in_the_next_sentence_of_the_one_person_named_and_two_posts_joined_by_jian(make_page):
    art = _one(make_page, "宁波澜峰汽车零部件股份有限公司（以下简称“澜峰股份”）成立于2003年。“企业发展靠的是人。”上官某哲说。"
                          "他是澜峰股份董事长兼总经理，2003年带着十几名工人创业。“靠的是坚持。”戚某新说。他是甬陇化工有限公司的仪表维修工。",
               settings=Settings(home_region="浙江省", ner_model=""))
    roles = _roles(art)
    assert ("上官某哲", "董事长", "宁波澜峰汽车零部件股份有限公司") in roles
    assert ("上官某哲", "总经理", "宁波澜峰汽车零部件股份有限公司") in roles
    assert ("戚某新", "仪表维修工", "甬陇化工有限公司") in roles
    assert not any(p == "戚某新" and o != "甬陇化工有限公司" for p, t, o in roles)


def test_a_post_stated_after_a_de_modifier_and_the_leader_of_a_quoted_studio(make_page):
    art = _one(make_page, "武汉楚岚光纤科技股份有限公司（以下简称“楚岚光纤”）拉丝车间里，焊工柯某说，订单很多。"
                          "2021年获得全国五一劳动奖章、2023年被授予“荆楚工匠”称号的柯某，如今已是楚岚光纤首席技师。"
                          "作为“柯某技能大师工作室”领衔人，他先后带出高级技师27名。",
               settings=Settings(home_region="湖北省", ner_model=""))
    roles = _roles(art)
    assert ("柯某", "首席技师", "武汉楚岚光纤科技股份有限公司") in roles
    assert ("柯某", "领衔人", "柯某技能大师工作室") in roles


def test_a_base_is_a_body_only_under_its_places_name_and_a_mistagged_verb_ends_a_name(make_page):
    art = _one(make_page, "今年力争新建省级劳模和工匠人才创新工作室10家，建设蔬菜基地3个。"
                          "柳州市苍岚机械有限公司在鹿寨县建成农机配件生产基地。"
                          "去年新建职工创新工作室5家。护士宓某扎根澜沧县勐朗镇卫生院12年。"
                          "钦州市海洋装备技能人才实训基地挂牌。",
               settings=Settings(home_region="广西壮族自治区", ner_model=""))
    ents = _ents(art)
    assert not [n for n in ents if n.endswith(("工作室", "生产基地", "蔬菜基地"))]
    assert not [n for n in ents if n.startswith("扎根")]
    assert "柳州市苍岚机械有限公司" in ents and "钦州市海洋装备技能人才实训基地" in ents


def test_winners_listed_before_a_verb_of_winning_or_a_long_counted_group_and_a_framed_surname(make_page):
    art = _one(make_page, "活动现场，崔某兰、鲍某刚等获得吉林省五一劳动奖章的职工代表上台领奖。"
                          "金某俊、郑某兰、苗某雨等20名来自汽车制造、轨道客车、医药健康等领域的一线职工被命名为“吉林工匠”。"
                          "授予郜某收、职某燕、郇某明等300名职工吉林省五一劳动奖章。",
               settings=Settings(home_region="吉林省", ner_model=""))
    honors = _honors(art)
    assert ("崔某兰", "吉林省五一劳动奖章") in honors and ("鲍某刚", "吉林省五一劳动奖章") in honors
    for name in ("金某俊", "郑某兰", "苗某雨"):
        assert (name, "吉林工匠") in honors
    assert ("职某燕", "吉林省五一劳动奖章") in honors and ("郇某明", "吉林省五一劳动奖章") in honors
    assert "职工" not in _ents(art)


def test_an_honor_named_by_its_level_frames_a_name_and_a_master_post(make_page):
    art = _one(make_page, "省劳模桑某芹现场为选手讲解嫁接育苗技术。全省劳动模范表彰大会同日召开。"
                          "全国劳动模范、骏岚汽车首席技能大师陆某达带领团队攻关。公司新建国家级技能大师工作室1个。",
               settings=Settings(home_region="山东省", ner_model=""))
    assert ("桑某芹", "山东省劳动模范") in _honors(art)
    assert ("陆某达", "首席技能大师", "骏岚汽车") in _roles(art)
    assert not [n for n in _ents(art) if n.endswith("工作室")]


def test_a_time_word_after_a_name_keeps_its_last_character(make_page):
    art = _one(make_page, "岚州市委副书记、市长邝振平日前到驿站调研。", settings=Settings(home_region="河南省", ner_model=""))
    assert "邝振平" in _ents(art)


def test_a_surname_that_is_a_preposition_after_a_post_before_an_officials_act(make_page):
    art = _one(make_page, "岚山医院党委书记邝某华、院长向振宁带队参加。", settings=Settings(home_region="河南省", ner_model=""))
    assert ("向振宁", "院长", "岚山医院") in _roles(art)


def test_a_time_word_closes_a_name_after_a_person_noun(make_page):
    art = _one(make_page, "徒弟初浩宇去年在全国港口行业职业技能竞赛中拿到了桥吊项目第二名。",
               settings=Settings(home_region="山东省", ner_model=""))
    assert "初浩宇" in _ents(art)


def test_departments_in_general_and_the_verb_ban_are_no_bodies(make_page):
    art = _one(make_page, "人社部门将把培训纳入补贴范围。“小企业办不了的事，联合会来办。”"
                          "他说想回村里办个培训班，推动业务“网上办”“跨城通办”。"
                          "登封市网信办和人社部负责同志出席。",
               settings=Settings(home_region="河南省", ner_model=""))
    names = set(_ents(art))
    assert not [n for n in names if n.endswith("办") and n != "登封市网信办"]
    assert "中华人民共和国人力资源和社会保障部" in names   # 人社部 itself is the ministry
    assert "登封市网信办" in names   # an office under its place's name stays


def test_ministries_come_from_the_gazetteer_and_a_bare_department_or_direction_is_no_body(make_page):
    art = _one(make_page, "财政部、交通运输部有关司局负责同志出席。公司电子商务部经理鲁某峰介绍。"
                          "带领这支队伍的，是岚丰电器智能制造部高级技师邝某杰。仓储部叉车司机苗某说。"
                          "项目位于岚州市东北部。",
               settings=Settings(home_region="河南省", ner_model=""))
    names = set(_ents(art))
    assert {"中华人民共和国财政部", "中华人民共和国交通运输部"} <= names
    assert not [n for n in names if n.endswith("部") and not n.startswith("中华人民共和国")]
    assert "中华人民共和国商务部" not in names
    assert ("邝某杰", "高级技师", "岚丰电器") in _roles(art)


def test_a_ministrys_short_name_inside_a_foreign_or_longer_name_is_not_the_ministry(make_page):
    art = _one(make_page, "美国国防部副部长表示。俄国防部新闻司代理司长透露。"
                          "财政部将会联合工业和信息化部对网站查封。人力资源社会保障部副部长蒯某出席会议。",
               settings=Settings(home_region="北京市", ner_model=""))
    names = set(_ents(art))
    assert "中华人民共和国国防部" not in names
    assert {"中华人民共和国财政部", "中华人民共和国工业和信息化部"} <= names
    assert ("蒯某", "副部长", "中华人民共和国人力资源和社会保障部") in _roles(art)


def test_a_national_industrial_union_is_a_union_and_its_short_name_an_alias(make_page):
    art = _one(make_page, "中国海员建设工会全国委员会在岚港举办竞赛。海员建设工会有关负责人介绍了赛事安排。",
               settings=Settings(home_region="广东省", ner_model=""))
    ents = _ents(art)
    union = ents["中国海员建设工会全国委员会"]
    assert union.types == (EntityType.UNION,)
    assert "海员建设工会" in union.aliases and "海员建设工会" not in ents


def test_schools_hospitals_and_workers_palaces_under_a_place_that_jieba_cuts_as_words(make_page):
    art = _one(make_page, "决赛在岚潭技师学院举行。江门市总工会联合五邑大学开设研修班。"
                          "2021年，程某航从芜湖职业技术学院毕业后进厂。开封市中心医院的20余名医护人员参加义诊。"
                          "在于都县工人文化宫为职工宣讲。镇海区总工会联合镇海区人民医院为职工体检。"
                          "大赛在怀化职业技术学院开幕。集团今年将投入3000万元建设技能实训中心。",
               settings=Settings(home_region="浙江省", ner_model=""))
    names = set(_ents(art))
    assert {"岚潭技师学院", "五邑大学", "芜湖职业技术学院", "开封市中心医院", "于都县工人文化宫",
            "镇海区总工会", "镇海区人民医院", "怀化职业技术学院"} <= names
    assert not [n for n in names if n.endswith(("厂", "文化宫")) and n != "于都县工人文化宫"]
    assert not [n for n in names if n.startswith(("联合", "万元", "3000"))]


def test_winners_under_an_enumerated_or_bold_heading_after_a_space_or_inline_after_a_lead(make_page):
    art = _one(make_page, "现将部分名单刊发如下。\n**2024年度“岚山工匠”（部分）**\n"
                          "邵某成　岚山晶盐化工股份有限公司采卤船班长\n蔡某兰　岚城公交集团驾驶员\n"
                          "二、岚山市五一劳动奖章（个人）\n冯某刚（岚山津滨轨道交通运营有限公司）\n阎某岐（岚山曙光精密铸造有限公司）\n"
                          "本批“天府工匠”平均年龄46岁。\n"
                          "获评人员中有：邱某鹏（川鑫重装铆焊车间班长）、吉克某呷（西昌风电有限公司运维班长）、汤某军（蜀峰路桥有限公司司机）等。\n"
                          "省总工会还命名沙马阿某、陈某辉、戴某等100人为2024年度“四川工匠”。",
               settings=Settings(home_region="四川省", ner_model=""))
    honors = _honors(art)
    assert {("邵某成", "岚山工匠"), ("蔡某兰", "岚山工匠")} <= honors
    assert {("冯某刚", "岚山市五一劳动奖章"), ("阎某岐", "岚山市五一劳动奖章")} <= honors
    assert {("邱某鹏", "天府工匠"), ("吉克某呷", "天府工匠"), ("汤某军", "天府工匠")} <= honors
    assert {("沙马阿某", "四川工匠"), ("陈某辉", "四川工匠"), ("戴某", "四川工匠")} <= honors


def test_a_yi_family_name_opens_a_four_character_name_whose_given_name_may_end_in_ze(make_page):
    art = _one(make_page, "凉山彝族自治州总工会党组成员、副主席俄木某则表示，培训已覆盖全州。",
               settings=Settings(home_region="四川省", ner_model=""))
    assert ("俄木某则", "副主席", "凉山彝族自治州总工会") in _roles(art)


def test_a_list_of_bodies_one_per_line_under_an_enumerated_heading_is_not_joined(make_page):
    page = make_page("测试标题\n\n本报讯（记者 钟雅琴）现将名单公示如下。\n\n一、岚山市五一劳动奖章（个人）\n\n"
                     "冯某刚（岚山津滨轨道交通运营有限公司）\n\n二、岚山市工人先锋号（集体）\n\n"
                     "岚山城北环境卫生服务有限公司\n\n岚山市平安区人民医院\n")
    art = extract_page(page, Settings(home_region="四川省", ner_model="")).articles[0]
    honors = _honors(art)
    assert ("冯某刚", "岚山市五一劳动奖章") in honors
    assert {("岚山城北环境卫生服务有限公司", "岚山市工人先锋号"), ("岚山市平安区人民医院", "岚山市工人先锋号")} <= honors
    assert not [n for n in _ents(art) if "有限公司岚山" in n]


def test_you_and_he_before_a_word_open_no_name_and_huanyou_opens_no_list_item(make_page):
    art = _one(make_page, "要让岚山晶盐化工股份有限公司工人有奔头、有干头、有盼头。茶农和民宿经营户都入了会。"
                          "受表彰的还有栾某凤、綦某、冷某斌、初某阳等来自全省各行各业的一线职工。",
               settings=Settings(home_region="四川省", ner_model=""))
    names = set(_ents(art))
    assert not {"有奔头", "有干头", "有盼头", "和民宿"} & names
    assert not any(p.startswith("有") for p, _, _ in _roles(art))
    assert {"栾某凤", "綦某", "冷某斌", "初某阳"} <= names and "有栾某凤" not in names


def test_a_list_of_names_with_no_count_sends_its_clause_to_the_tagger(make_page):
    from kg.mentions import sentences_with_gaps
    from kg.pipeline import get_context
    from kg.segment import Sentence
    ctx = get_context()
    text = "同时获命名的还有者某强、杨某华、白某升等职工。"
    gaps = sentences_with_gaps((Sentence("a", 0, 0, len(text), text),), [], ctx)
    assert [s.text for s in gaps] == [text]
    plain = "会议要求各级工会、各产业工会抓好落实。"
    assert sentences_with_gaps((Sentence("a", 0, 0, len(plain), plain),), [], ctx) == []


def test_a_place_then_yichu_a_kind_counted_or_after_deng_and_lishuyu_open_no_name(make_page):
    art = _one(make_page, "区总工会在南宁市西乡塘区一处职工活动中心举办活动。佳木斯市桦南县一处农机合作社里，农机手正在检修。"
                          "她在浙江一家制鞋厂干了12年。这些膜都要送到京某方、维某诺等面板厂。"
                          "亚布力林业局有限公司同样隶属于龙江森工集团。",
               settings=Settings(home_region="黑龙江省", ner_model=""))
    names = set(_ents(art))
    assert not [n for n in names if "一处" in n or n in ("制鞋厂", "面板厂") or n.startswith("隶属")]
    assert {"西乡塘区", "桦南县", "龙江森工集团"} <= names


def test_winners_in_a_three_cell_table_a_semicolon_list_and_a_list_after_fenbieshi(make_page):
    art = _one(make_page, "部分获奖者名单如下：\n2026年度“岚江工匠”（部分）\n姓名　单位　职务\n"
                          "谭某新　北大荒农垦集团七星农场有限公司　农机维修技师\n邵某河　齐齐哈尔北辰重型装备有限公司　数控镗工\n"
                          "会议还表彰了一批先进。\n"
                          "第五批“辽宁工匠”（部分）名单如下：付某顺（沈阳鼓风机集团股份有限公司首席技师）、"
                          "邰某军（鞍钢集团有限公司高级技师）；匡某梅（大连恒润化纤有限公司磨工）。\n"
                          "去年，他带出的徒弟中有3人获评“合肥工匠”，分别是焦某、韩某轩和时某东。",
               settings=Settings(home_region="黑龙江省", ner_model=""))
    roles, honors = _roles(art), _honors(art)
    assert ("谭某新", "农机维修技师", "北大荒农垦集团七星农场有限公司") in roles
    assert ("邵某河", "数控镗工", "齐齐哈尔北辰重型装备有限公司") in roles
    assert {("谭某新", "岚江工匠"), ("邵某河", "岚江工匠")} <= honors
    assert {("付某顺", "辽宁工匠"), ("邰某军", "辽宁工匠"), ("匡某梅", "辽宁工匠")} <= honors
    assert {("焦某", "合肥工匠"), ("韩某轩", "合肥工匠"), ("时某东", "合肥工匠")} <= honors


def test_a_units_centre_is_the_unit_a_short_kind_is_no_name_and_heping_district_is_no_conjunction(make_page):
    art = _one(make_page, "岚城市人民医院体检中心主任何某燕介绍，体检共12项。记者走进灵石汾河湾煤业有限公司智能化调度中心。"
                          "签约仪式在公司职工培训中心举行。获奖的还有苗某芬（天津市和平区新华路小学）。",
               settings=Settings(home_region="天津市", ner_model=""))
    names = set(_ents(art))
    assert {"岚城市人民医院", "灵石汾河湾煤业有限公司", "天津市和平区新华路小学"} <= names
    assert not [n for n in names if n.endswith("中心") or n == "平区新华路小学"]


def test_a_prefecture_or_park_union_by_kind_and_a_bureau_glued_to_its_head(make_page):
    settings = Settings(home_region="新疆维吾尔自治区", ner_model="")
    art = _one(make_page, "塔格里克地区总工会把职工之家建在车间旁。地区总工会副主席阚某静介绍，全地区已建会213家。",
               settings=settings)
    assert ("阚某静", "副主席", "塔格里克地区总工会") in _roles(art)
    art = _one(make_page, "澄岚智能装备产业园工会联合会成立于2022年。园区工会联合会主席骆某萍说，联合会代办服务。")
    assert ("骆某萍", "主席", "澄岚智能装备产业园工会联合会") in _roles(art)
    # jieba's dictionary holds 局局长 as one word: the bureau ends before its head's title
    art = _one(make_page, "记者日前专访了上海市人力资源和社会保障局局长濮某宏。")
    assert ("濮某宏", "局长", "上海市人力资源和社会保障局") in _roles(art)
    assert "上海市人力资源和社会保障局" in _ents(art)


def test_a_registered_company_opens_with_its_place_and_a_sales_office_is_its_company(make_page):
    # jieba breaks these brands into words the left walk stops at (启|元, 同|城, 霁|都)
    art = _one(make_page, "一等奖：柯某文（上海启元博睿科技有限公司）。庞某川是上海飞骑同城科技有限公司的一名骑手。"
                          "努尔兰·某某是新疆阿勒泰霁都牧业有限公司的兽医。")
    ents = _ents(art)
    assert {"上海启元博睿科技有限公司", "上海飞骑同城科技有限公司", "新疆阿勒泰霁都牧业有限公司"} <= set(ents)
    assert not {"博睿科技有限公司", "城科技有限公司", "牧业有限公司"} & set(ents)
    # a place already opening the name is not reached over (…区的|河南某某食品股份有限公司)
    art = _one(make_page, "位于郑州市管城回族区的河南禾岭源食品股份有限公司生产线已开工。")
    assert "河南禾岭源食品股份有限公司" in _ents(art)
    art = _one(make_page, "在迅岚快递观音桥营业部，快递员霍某平每天送件两百单。")
    assert ("霍某平", "快递员", "迅岚快递") in _roles(art)
    assert "迅岚快递观音桥营业部" not in _ents(art)


def test_winners_under_a_quoted_heading_and_bulleted_rows_under_a_lead_naming_several_honors(make_page):
    settings = Settings(home_region="江西省", ner_model="")
    art = _one(make_page, "部分获奖者名单如下：\n2025年度“黔岭匠”（部分）\n柯某明 贵州某某航空零部件有限公司 数控铣工\n"
                          "詹某贵 遵义某某重工机械有限公司 焊工\n", settings=settings)
    assert {("柯某明", "黔岭匠"), ("詹某贵", "黔岭匠")} <= _honors(art)
    art = _one(make_page, "省总工会发布2025年“赣岭工匠”名单。\n“赣岭工匠”将优先推荐参评全国五一劳动奖章、全国技术能手。"
                          "现将部分入选者名单公布如下：\n● 柯某轩　南昌某某智造有限公司数控车工\n"
                          "● 詹某云　景德镇某某陶瓷股份有限公司高级彩绘技师\n",
               headline="2025年“赣岭工匠”名单揭晓", settings=settings)
    assert {("柯某轩", "赣岭工匠"), ("詹某云", "赣岭工匠")} <= _honors(art)
    assert ("柯某轩", "数控车工", "南昌某某智造有限公司") in _roles(art)


def test_a_national_groups_short_name_opens_its_local_companys_name(make_page):
    art = _one(make_page, "国网芜湖供电公司带电作业班班长柯某雯、国网宁夏电力有限公司银川供电公司变电运维班班长詹某强获奖。")
    roles = _roles(art)
    assert ("柯某雯", "班长", "国网芜湖供电公司") in roles
    assert ("詹某强", "班长", "国网宁夏电力有限公司银川供电公司") in roles


def test_a_works_or_centre_under_a_companys_short_name_gives_its_people_to_the_company(make_page):
    art = _one(make_page, "天津澜汐化工股份有限公司举办技能竞赛，澜汐化工质检中心化验员祁某岚获一等奖。"
                          "江苏恒澄钢铁集团有限公司的恒澄钢铁高线厂轧钢工柯某东获奖。于都县融媒体中心记者到场。")
    roles, ents = _roles(art), _ents(art)
    assert ("祁某岚", "化验员", "天津澜汐化工股份有限公司") in roles
    assert ("柯某东", "轧钢工", "江苏恒澄钢铁集团有限公司") in roles
    assert "澜汐化工质检中心" not in ents and "恒澄钢铁高线厂" not in ents
    assert "澜汐化工质检中心" not in ents["天津澜汐化工股份有限公司"].aliases
    assert "于都县融媒体中心" in ents   # a place before a centre is no company's short name


def test_a_kind_of_facility_a_body_builds_is_no_name(make_page):
    art = _one(make_page, "集团今年将投入500万元建设技能实训中心。市总工会将在临沂市建设新材料产业职工实训基地。"
                          "将依托临沂澜岳工艺品有限公司建设手艺培训基地。临沂市家庭文化建设促进会举办活动。")
    ents = _ents(art)
    assert not any(n.endswith(("实训中心", "实训基地", "培训基地")) for n in ents), sorted(ents)
    assert "临沂澜岳工艺品有限公司" in ents
    assert "临沂市家庭文化建设促进会" in ents   # 建设 inside a name


def test_a_tagger_span_opening_with_a_verb_of_building_is_no_name():
    from kg.mentions import Candidate, plausible_model_span
    from kg.model import EntityType
    from kg.pipeline import get_context
    ctx = get_context()
    for text, ok in (("新建劳模工匠创新工作室", False), ("新建区总工会", True), ("澜岳劳模创新工作室", True)):
        c = Candidate(0, len(text), text, EntityType.ORGANIZATION, "model:test")
        assert plausible_model_span(c, ctx, text) is ok, text


def test_a_universitys_college_is_the_university_and_a_kind_of_area_opens_no_name(make_page):
    art = _one(make_page, "岭澜大学美术学院教师祁某岚为学员授课。劳模们走进一所乡村小学。柯某东扎根山区医院26年。")
    ents = _ents(art)
    assert "岭澜大学" in ents and "岭澜大学美术学院" not in ents
    assert ("祁某岚", "教师", "岭澜大学") in _roles(art)
    assert "乡村小学" not in ents and "山区医院" not in ents, sorted(ents)


def test_winners_under_a_heading_whose_note_gives_their_number_and_order(make_page):
    art = _one(make_page, "省总工会命名10名职工为2026年“某赵工匠”。\n\n2026年“某赵工匠”名单（10人，以姓氏笔画为序）\n\n"
                          "岑某航　秦皇岛恒帆船舶修造有限公司船体装配工\n\n龚某川　承德瑞坤矿业有限公司采煤机司机\n")
    honors = _honors(art)
    assert ("岑某航", "某赵工匠") in honors and ("龚某川", "某赵工匠") in honors, honors


def test_unions_of_several_places_are_no_body(make_page):
    art = _one(make_page, "江苏省总工会将与兄弟省市工会一道推进合作。三省一市工会将共建劳模工匠人才库。"
                          "赛后，两州工会开展交流。某掖各县区工会负责人参加座谈。京津冀工会签署协议。")
    ents = _ents(art)
    assert "江苏省总工会" in ents
    assert not any(n.endswith("工会") and n != "江苏省总工会" for n in ents), sorted(ents)


def test_a_department_or_bureau_opens_with_its_place_and_a_hall_or_a_task_committee_is_no_organ(make_page):
    art = _one(make_page, "驿站设有会客厅、议事厅和展示厅。谈判一度陷入僵局。这场招聘会由金山区人力资源和社会保障局主办，"
                          "红河州人社局副局长卢某青到场。伐木工出身的柏某林如今在岭松林业局当技师。"
                          "课题再由集团技术委员会筛选，经评审委员会评审后公示。南开区城市管理委员会参加。")
    ents = _ents(art)
    assert ents["金山区人力资源和社会保障局"].types == (EntityType.GOVERNMENT,)
    assert {("卢某青", "副局长", "红河州人社局"), ("柏某林", "技师", "岭松林业局")} <= _roles(art), _roles(art)
    assert ents["岭松林业局"].types == (EntityType.COMPANY,)
    assert ents["南开区城市管理委员会"].types == (EntityType.GOVERNMENT,)
    assert not any(n.endswith(("会客厅", "议事厅", "展示厅", "僵局", "技术委员会", "评审委员会")) for n in ents), sorted(ents)


def test_a_count_after_the_last_name_is_not_part_of_it(make_page):
    art = _one(make_page, "经职工联名推荐，设备主管柴某屹、包装工晏某三人成为候选人。")
    ents = _ents(art)
    assert "晏某" in ents and "晏某三" not in ents, sorted(ents)


def test_numbered_rows_of_winners_under_a_lead_each_hold_the_honor(make_page):
    art = _one(make_page, "获得上海市五一劳动奖章的部分职工名单如下：\n\n1.滕某舟（沪澜化工集团有限公司气化车间副主任）\n\n"
                          "2.闵某禾（申泓公交集团有限公司驾驶员）\n\n3.柏某航（沪岭云谷数\n\n据科技有限公司运维工程师）\n\n"
                          "据悉，本次受表彰的80名获得者中，一线职工占比达七成。")
    honors = _honors(art)
    assert {(n, "上海市五一劳动奖章") for n in ("滕某舟", "闵某禾", "柏某航")} <= honors, honors
    assert ("柏某航", "运维工程师", "沪岭云谷数据科技有限公司") in _roles(art), _roles(art)


def test_a_word_and_a_locative_after_a_post_is_no_name_and_deploying_is_no_organ(make_page):
    art = _one(make_page, "去年，他在全市职工技能大赛焊工项目中拿下第一名。各级工会要研究部署重点任务。双方签署协议。电工柏某中发言。")
    ents = _ents(art)
    assert "项目中" not in ents and not any(n.endswith(("部署", "签署")) for n in ents), sorted(ents)
    assert "柏某中" in ents, sorted(ents)


def test_a_job_the_lexicon_lacks_after_its_employer_is_the_post(make_page):
    art = _one(make_page, "本次共评出3名“某秦工匠”。仪式上，3名获评者代表上台领奖。他们是：祝某川（西岭精工机床有限公司数控车工）、"
                          "乔某岚（铜岭窑陶瓷文化有限公司烧成工）、郝某森（北辰石油装备有限公司修井工）。")
    assert {("乔某岚", "烧成工", "铜岭窑陶瓷文化有限公司"), ("郝某森", "修井工", "北辰石油装备有限公司")} <= _roles(art), _roles(art)
    assert {(n, "某秦工匠") for n in ("祝某川", "乔某岚", "郝某森")} <= _honors(art), _honors(art)


def test_a_firm_named_by_one_common_word_is_no_company(make_page):
    art = _one(make_page, "他说，感觉公司就像家。不少初创公司也建了工会。岭泓科技有限公司职工参赛。")
    ents = _ents(art)
    assert "岭泓科技有限公司" in ents
    assert not any(n in ents for n in ("感觉公司", "初创公司")), sorted(ents)


def test_a_city_short_form_opening_a_company_name_stays_the_city(make_page):
    # 乌鲁木齐 is the short form of 乌鲁木齐市, not the company's brand
    art = _one(make_page, "新疆乌鲁木齐恒垣纺织有限公司的车间一片忙碌。今年45岁的阿某在乌鲁木齐工作了二十多年，"
                          "后来进入恒垣纺织。", settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    ents = _ents(art)
    assert "乌鲁木齐" not in ents["新疆乌鲁木齐恒垣纺织有限公司"].aliases
    assert EntityType.DISTRICT in ents["乌鲁木齐市"].types


def test_the_shared_opening_of_two_names_is_no_company_when_it_is_a_place(make_page):
    art = _one(make_page, "培训由五指山绿岭茶业有限公司和五指山云岫茶叶专业合作社共同举办。",
               headline="五指山茶园里开起技能课", settings=Settings(home_region="海南省", ner_model=""))
    assert "五指山" not in _ents(art)
    assert not any(l[2] == "五指山" for l in _links(art))


def test_a_post_with_no_employer_in_its_sentence_takes_the_company_its_paragraph_named(make_page):
    art = _one(make_page, "走进位于经开区的宜州锐晟新能源科技有限公司，涂布车间里设备正高速运转。涂布班班长岳某涛盯着屏幕，"
                          "不时调整参数。\n另一边，宜州恒嘉物流有限公司的仓库里，叉车来回穿梭。")
    assert ("岳某涛", "班长", "宜州锐晟新能源科技有限公司") in _roles(art)


def test_a_work_area_the_dictionary_lacks_is_part_of_the_post_but_a_shop_name_or_a_court_division_is_not(make_page):
    art = _one(make_page, "宁河云峤数据服务有限公司运维主管锁某华介绍，公司目前有运维人员40名。"
                          "远岫茶业制茶师卓某坤获得第一名。"
                          "宁河区人民法院民一庭副庭长海某梅说，案件当天立案。")
    roles = _roles(art)
    assert ("锁某华", "运维主管", "宁河云峤数据服务有限公司") in roles
    assert not any(r[0] == "卓某坤" and r[1].startswith("远岫") for r in roles)   # 远岫 is a shop name
    assert ("海某梅", "副庭长", "宁河区人民法院") in roles


def test_winners_after_a_bare_colon_and_dotted_rows_under_an_honor_heading(make_page):
    art = _one(make_page, "获得某省五一劳动奖章的部分职工（排名不分先后）：邢某拉（某某乳业有限公司技术员）、"
                          "刘某英（某某市第二人民医院主管护师）、宋某岩（某某铝业有限公司电解工）。\n"
                          "青海省劳动模范（部分）\n· 索某扎 晶源锂业有限公司车间主任\n· 韩某庆 茫崖市公路养护段养护工\n"
                          "· 马某梅 西宁市城中区南滩街道南山社区党委书记\n决定号召，全省职工向他们学习。",
               settings=Settings(home_region="青海省", ner_model=""))
    honors = _honors(art)
    assert {("邢某拉", "某省五一劳动奖章"), ("刘某英", "某省五一劳动奖章"), ("宋某岩", "某省五一劳动奖章")} <= honors
    assert {("韩某庆", "青海省劳动模范"), ("马某梅", "青海省劳动模范")} <= honors
    roles = _roles(art)
    assert ("韩某庆", "养护工", "茫崖市公路养护段") in roles
    assert ("马某梅", "党委书记", "南山社区") in roles
    assert EntityType.DISTRICT in _ents(art)["南滩街道"].types


def test_a_job_the_lexicon_lacks_after_its_employer_frames_a_name_and_corner_quotes_are_quotes(make_page):
    art = _one(make_page, "同时获评「云岭工匠」的宣威市宣榕火腿食品有限公司腌制师邹某兴，把祖传手艺和现代工艺结合起来。"
                          "目前公司一线职工年流失率已降到5%。",
               settings=Settings(home_region="云南省", ner_model=""))
    assert ("邹某兴", "腌制师", "宣威市宣榕火腿食品有限公司") in _roles(art)
    assert not any(e.startswith("年流") for e in _ents(art))      # 职工|年流失率: no job, no name


def test_a_dotted_names_first_part_printed_alone_is_the_same_person(make_page):
    art = _one(make_page, "哈密甜源果业股份有限公司高级农艺师玉素江·阿不都热蹲在瓜垄间。2020年，玉素江获评新疆维吾尔自治区劳动模范。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    ents = _ents(art)
    assert "玉素江" not in ents and "玉素江" in ents["玉素江·阿不都热"].aliases
    assert ("玉素江·阿不都热", "新疆维吾尔自治区劳动模范") in _honors(art)


def test_a_body_named_only_by_division_levels_is_a_kind_not_a_name(make_page):
    art = _one(make_page, "自治区总工会要求各旗（区）总工会、各旗县市(区)总工会和县（市、区）人社局做好服务。",
               settings=Settings(home_region="内蒙古自治区", ner_model=""))
    assert set(_ents(art)) == {"内蒙古自治区总工会", "钟雅琴"}


def test_winners_printed_as_records_hold_the_honor_and_their_posts(make_page):
    art = _one(make_page, "以下为部分上海市五一劳动奖章获得者名单：\n\n"
                          "单位：浦江精铸有限公司　姓名：苗红军　岗位：铸造工\n"
                          "单位：沪东澄明化工有限公司　姓名：畅某娟　岗位：化验员\n")
    assert {("苗红军", "铸造工", "浦江精铸有限公司"),
            ("畅某娟", "化验员", "沪东澄明化工有限公司")} <= _roles(art)   # a noun given name (红军), a rare surname
    assert {("苗红军", "上海市五一劳动奖章"), ("畅某娟", "上海市五一劳动奖章")} <= _honors(art)


def test_a_sanitation_worker_or_courier_with_no_employer_named_holds_the_bare_job(make_page):
    art = _one(make_page, "“中午太阳毒，以前只能躲在树荫下。”环卫工人苗桂芬说。快递员郜晓飞说，入了会心里踏实。"
                          "浦江速运有限公司快递员岑立波也来到驿站。")
    roles = _roles(art)
    assert {("苗桂芬", "环卫工人", None), ("郜晓飞", "快递员", None)} <= roles
    assert ("岑立波", "快递员", "浦江速运有限公司") in roles      # an employer named is still the employer


def test_a_vice_governor_with_no_body_printed_heads_the_home_provinces_government(make_page):
    art = _one(make_page, "全省产业工人队伍建设改革推进会在杭州召开。副省长苗立新出席会议并讲话，省政府副秘书长郜文宇主持。",
               settings=Settings(home_region="浙江省", ner_model=""))
    assert ("苗立新", "副省长", "浙江省政府") in _roles(art)
    bare = _one(make_page, "表彰大会在杭州举行。副省长苗立新出席并讲话。",
                settings=Settings(home_region="浙江省", ner_model=""))
    assert ("苗立新", "副省长", None) in _roles(bare)      # neither the government nor the province named


def test_winners_grouped_by_place_and_an_inline_list_parted_by_commas_hold_the_honor(make_page):
    art = _one(make_page, "现将部分获奖名单刊发如下。\n\n上海市五一劳动奖章（部分）\n\n"
                          "浦东新区：苗某湘（浦江精铸有限公司数控车工），岑某文（沪东澄明化工有限公司化验员）；\n\n"
                          "闵行区：卜某琳（申城恒泰电机有限公司装配工）。\n\n"
                          "本市获评上海市劳动模范的部分人员名单如下：郜某轩（浦江智能科技有限公司首席技术官），"
                          "柏某东（申城云匠装备股份有限公司首席技师），宓某霞（沪上茶业有限公司茶艺师）。\n")
    honors = _honors(art)
    assert {("苗某湘", "上海市五一劳动奖章"), ("岑某文", "上海市五一劳动奖章"), ("卜某琳", "上海市五一劳动奖章")} <= honors
    assert {("郜某轩", "上海市劳动模范"), ("柏某东", "上海市劳动模范"), ("宓某霞", "上海市劳动模范")} <= honors


def test_a_towns_and_a_prefectures_relative_bodies_name_the_place_the_story_prints(make_page):
    town = _one(make_page, "签约仪式在宜兴市举行。桐岙镇党委副书记、镇总工会主席宓某芳主持。",
                settings=Settings(home_region="江苏省", ner_model=""))
    assert ("宓某芳", "主席", "桐岙镇总工会") in _roles(town)
    pref = _one(make_page, "甘南藏族自治州总工会和临夏回族自治州总工会联合举办培训。"
                           "在甘南藏族自治州合作市，州总工会副主席郜某东讲解法律知识。",
                settings=Settings(home_region="甘肃省", ner_model=""))
    assert ("郜某东", "副主席", "甘南藏族自治州总工会") in _roles(pref)   # the prefecture printed nearest before it
    common = _one(make_page, "盘溪镇总工会在镇政府旁设立驿站。",
                  settings=Settings(home_region="贵州省", ner_model=""))
    assert "盘溪镇政府" not in _ents(common)     # 镇政府 here is the common noun


def test_a_city_and_its_county_both_open_a_name_and_a_county_before_its_city_is_an_address(make_page):
    art = _one(make_page, "获奖单位有阿里地区人民医院、昌都市卡若区雪城供排水有限责任公司。"
                          "郜某娜（鄂尔多斯市康巴什区第七小学教师）获奖。决赛在徐水区保定澄川工业职业学院举行。",
               settings=Settings(home_region="西藏自治区", ner_model=""))
    ents = _ents(art)
    assert "昌都市卡若区雪城供排水有限责任公司" in ents          # 卡若区 is one word, not 卡|若|区
    assert ("郜某娜", "教师", "鄂尔多斯市康巴什区第七小学") in _roles(art)
    assert "保定澄川工业职业学院" in ents and "徐水区" in ents   # the county is where the college is


def test_a_notice_of_candidates_reads_profile_lines_and_gives_no_honor(make_page):
    page = make_page("山东省总工会关于2026年山东省五一劳动奖章拟表彰对象的公示\n\n"
                     "经各市总工会推荐，省总工会审核，现将拟表彰对象予以公示，公示时间为5个工作日。\n\n"
                     "一、济南市\n\n（一）山东省五一劳动奖章（个人）\n\n"
                     "苗某涛，男，汉族，1985年3月生，中共党员，济南澄川重工装备集团有限公司焊接车间主任\n\n"
                     "岑某琳（女），济南明湖澄川科技有限公司技术员\n\n"
                     "郜某伟，男，回族，1983年6月生，济南泉通澄川轨道运营有限公司电客车司机\n")
    art = extract_page(page, Settings(home_region="山东省", ner_model="")).articles[0]
    assert {("苗某涛", "主任", "济南澄川重工装备集团有限公司"), ("岑某琳", "技术员", "济南明湖澄川科技有限公司"),
            ("郜某伟", "电客车司机", "济南泉通澄川轨道运营有限公司")} <= _roles(art)
    assert _honors(art) == set()          # candidates under notice hold no honor yet
    assert "汉族" not in art.article.text and "男" not in _ents(art)


def test_the_post_in_a_named_workshop_is_its_head_and_a_bare_workshop_head_keeps_the_whole_post(make_page):
    art = _one(make_page, "他的师傅、全国劳动模范、澄川汽车焊装车间主任苗某勇正在检查焊点。"
                          "“质量就是饭碗。”在澄川电机有限公司，车间主任岑某东说。",
               settings=Settings(home_region="重庆市", ner_model=""))
    roles = _roles(art)
    assert ("苗某勇", "主任", "澄川汽车") in roles            # 焊装车间 is a sub-unit; its head is 主任
    assert ("岑某东", "车间主任", "澄川电机有限公司") in roles


def test_a_list_of_elected_names_goes_on_past_a_note_on_sex(make_page):
    art = _one(make_page, "鹭洲市总工会召开全委会议。郜某栋当选为市总工会第十四届委员会主席，"
                          "苗某萍、宓某强、岑某清（女）、柏某华当选为副主席。",
               settings=Settings(home_region="福建省", ner_model=""))
    roles = _roles(art)
    assert ("郜某栋", "主席", "鹭洲市总工会") in roles
    assert {("苗某萍", "副主席", "鹭洲市总工会"), ("宓某强", "副主席", "鹭洲市总工会"),
            ("岑某清", "副主席", "鹭洲市总工会"), ("柏某华", "副主席", "鹭洲市总工会")} <= roles


def test_an_inline_list_grouped_by_place_after_a_long_lead_holds_the_honor(make_page):
    art = _one(make_page, "获得2026年新疆维吾尔自治区五一劳动奖章的部分职工名单如下：乌鲁木齐市：苗某木（新疆澄川电力工程有限公司班长）、"
                          "岑某燕（乌鲁木齐澄川医院主管护师）；克拉玛依市：宓某斌（克拉玛依澄川公交客运有限公司驾驶员）。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    honor = "新疆维吾尔自治区五一劳动奖章"
    assert {("苗某木", honor), ("岑某燕", honor), ("宓某斌", honor)} <= _honors(art)


def test_a_given_name_that_is_a_noun_before_a_stated_post_or_an_ordinal(make_page):
    art = _one(make_page, "苗海军是宁夏澄川万通物流有限公司的一名叉车司机，妻子常年患病。"
                          "宁夏澄远物流有限公司货车司机岑光明第一个入住，他说很满意。",
               settings=Settings(home_region="宁夏回族自治区", ner_model=""))
    roles = _roles(art)
    assert ("苗海军", "叉车司机", "宁夏澄川万通物流有限公司") in roles
    assert ("岑光明", "货车司机", "宁夏澄远物流有限公司") in roles


def test_the_unit_a_worker_is_said_to_be_in_is_the_employer(make_page):
    art = _one(make_page, "在工会驿站，快递员苗某国每天都会进来充电。他所在的吉林市澄邦达物流有限公司有60多名快递员。"
                          "快递员岑某强则希望工会多组织培训。岑某强所在的吉安市澄远物流有限公司也建了工会。"
                          "快递员宓某明在成都澄程速递服务有限公司成华分部已经干了8年。",
               settings=Settings(home_region="吉林省", ner_model=""))
    roles = _roles(art)
    assert ("苗某国", "快递员", "吉林市澄邦达物流有限公司") in roles
    assert ("岑某强", "快递员", "吉安市澄远物流有限公司") in roles
    assert ("宓某明", "快递员", "成都澄程速递服务有限公司") in roles
    assert not any(r[0] in ("苗某国", "岑某强", "宓某明") and r[2] is None for r in roles)


def test_a_relative_union_in_a_title_chain_is_the_union_of_the_place_before_it(make_page):
    # GUIDELINES: 西城区人大常委会副主任、区总工会主席 -> 西城区总工会, in whatever city the story is
    art = _one(make_page, "颁奖仪式上，慈溪市人大常委会副主任、市总工会主席苗某珩，宁波市总工会党组成员、副主席岑某帆颁奖。"
                          "苗某珩表示，市总工会将继续推进。四平市总工会主席宓某栋带领市总工会班子成员走访。",
               settings=Settings(home_region="浙江省", ner_model=""))
    roles = _roles(art)
    assert ("苗某珩", "主席", "慈溪市总工会") in roles
    assert ("岑某帆", "副主席", "宁波市总工会") in roles
    assert ("宓某栋", "主席", "四平市总工会") in roles
    union = _ents(art)["慈溪市总工会"]
    assert "市总工会" in union.aliases     # the later bare 市总工会 follows the chain
    assert "市总工会" not in _ents(art)["宁波市总工会"].aliases


def test_a_job_in_a_table_cell_after_the_employer_cell(make_page):
    page = make_page("2026年度澄川工匠名单\n\n姓名　单位　职务\n\n苗某兰　绥化澄川米业有限公司　碾米工\n\n"
                     "岑某刚　上海澄川汽车电子有限公司　电子装接工\n")
    art = extract_page(page, Settings(home_region="黑龙江省", ner_model="")).articles[0]
    assert {("苗某兰", "碾米工", "绥化澄川米业有限公司"),
            ("岑某刚", "电子装接工", "上海澄川汽车电子有限公司")} <= _roles(art)


def test_a_list_of_a_posts_holders_gives_each_name_the_post(make_page):
    page = make_page("鹭洲市工会第十四次代表大会胜利闭幕\n\n本报讯（记者 钟雅琴）大会主席团常务主席苗某栋、岑某源在主席台前排就座。"
                     "省机械工会兼职副主席宓某华出席。\n\n"
                     "鹭洲市工会第十四次代表大会主席团成员名单\n\n（共5名，按姓氏笔画为序）\n\n"
                     "丁某琼（女，回族）、王某勇、叶某东、庄某华（女）、施志某\n\n大会秘书长：柏某清\n")
    arts = extract_page(page, Settings(home_region="福建省", ner_model="")).articles
    assert [a.article.headline for a in arts] == ["鹭洲市工会第十四次代表大会胜利闭幕", "鹭洲市工会第十四次代表大会主席团成员名单"]
    assert {("苗某栋", "主席团常务主席", None), ("岑某源", "主席团常务主席", None)} <= _roles(arts[0])
    assert any(r[0] == "宓某华" and r[1] == "兼职副主席" for r in _roles(arts[0]))
    listed = {(n, "主席团成员", None) for n in ("丁某琼", "王某勇", "叶某东", "庄某华", "施志某")}
    assert listed <= _roles(arts[1])     # a congress is an event: the post has no body
    assert "（共5名" not in arts[1].article.text.split("\n")[2]    # the note is a line of its own


def test_a_list_of_committee_members_gives_the_post_at_the_union_in_its_title(make_page):
    page = make_page("澄川重工工会第三届委员会委员名单\n\n宓某强、柏某华、郜某清、苗某东\n")
    art = extract_page(page, Settings(home_region="福建省", ner_model="")).articles[0]
    assert {(n, "委员", "澄川重工工会") for n in ("宓某强", "柏某华", "郜某清", "苗某东")} <= _roles(art)


def test_a_line_of_lists_each_under_its_honors_name(make_page):
    page = make_page("我县表彰劳动模范\n\n本报讯（通讯员 钟雅琴）5月8日，全县劳动模范表彰大会召开。\n\n"
                     "澄川县劳动模范:苗某伟（河北澄锐机械制造有限公司装配车间主任）、岑某珍（澄川县人民医院护士长）；"
                     "澄川县五一劳动奖章:宓某琪（河北澄锐机械制造有限公司技术员）、柏某强（河北澄山食品有限公司叉车司机）；"
                     "澄川县五一劳动奖状:河北澄锐机械制造有限公司、河北澄山食品有限公司。\n")
    art = extract_page(page, Settings(home_region="河北省", ner_model="")).articles[0]
    assert {("苗某伟", "澄川县劳动模范"), ("岑某珍", "澄川县劳动模范"), ("宓某琪", "澄川县五一劳动奖章"),
            ("柏某强", "澄川县五一劳动奖章"), ("河北澄锐机械制造有限公司", "澄川县五一劳动奖状"),
            ("河北澄山食品有限公司", "澄川县五一劳动奖状")} <= _honors(art)
    assert ("宓某琪", "技术员", "河北澄锐机械制造有限公司") in _roles(art)


def test_a_judgments_signature_lines_a_reports_speaker_line_and_anonymised_parties(make_page):
    page = make_page("以末位淘汰解除劳动合同 公司被判支付赔偿金\n\n本报讯（记者 钟雅琴）近日，一起劳动争议案审结。\n\n"
                     "澄川市南海区人民法院\n\n民事判决书\n\n原告：苗某远。\n\n被告：澄川锐丰五金制品有限公司。\n\n"
                     "如不服本判决，可以向澄川市中级人民法院上诉。\n\n审判员　岑某恩\n\n二〇二六年二月十日\n\n书记员　宓某琪\n\n"
                     "通讯员 钟雅琴 摄\n\n"
                     "凝心聚力 奋楫争先 为奋力谱写中国式现代化澄川篇章贡献工会力量\n\n——在澄川市总工会全委会上的工作报告\n\n"
                     "澄川市总工会党组书记、常务副主席　柏某峰\n\n各位委员：\n\n现在，我向全会报告工作。\n\n"
                     "公司被判违法解除劳动合同\n\n本报讯（记者 钟雅琴）2024年3月，张某入职某物流公司。公司负责人李某某要求他签承诺书。"
                     "人事专员王某说，这是规定。\n")
    arts = extract_page(page, Settings(home_region="广东省", ner_model="")).articles
    assert len(arts) == 3
    roles = _roles(arts[0])
    assert ("岑某恩", "审判员", "澄川市南海区人民法院") in roles     # the court that heads it, not the court of appeal
    assert ("宓某琪", "书记员", "澄川市南海区人民法院") in roles
    assert {("柏某峰", "党组书记", "澄川市总工会"), ("柏某峰", "常务副主席", "澄川市总工会")} <= _roles(arts[1])
    names = _ents(arts[2])
    assert not {"张某", "李某某", "王某"} & set(names)        # anonymous parties are no one the graph can name


def test_a_relative_body_joined_to_a_places_union_and_bodies_of_several_levels(make_page):
    art = _one(make_page, "澄川市顺德区总工会联合区人社局开展女职工权益保护专项监督。江门两级法院共受理劳动争议案件300件。"
                          "工会就联合集团团委办了暑期托管班。",
               settings=Settings(home_region="广东省", ner_model=""))
    names = set(_ents(art))
    assert "顺德区人社局" in names                  # the district the union before it names
    assert not any("两级" in n for n in names)     # the courts of two levels are no one body
    assert "团委办" not in names                    # 团委 | 办了: the verb, no office


def test_a_company_union_by_kind_after_is_and_by_the_companys_short_name(make_page):
    art = _one(make_page, "澄川锐丰五金制品有限公司召开工资集体协商会议。坐在长桌一边的，是公司工会主席苗某远和5名职工代表。"
                          "锐丰五金工会提前一个月做足了功课。")
    assert ("苗某远", "主席", "锐丰五金工会") in _roles(art)    # the union the story prints, by its short name


def test_posts_set_off_by_commas_after_the_name(make_page):
    art = _one(make_page, "宣讲团成员岑某恩，全国五一劳动奖章获得者，澄川锐丰输变电工程有限公司带电作业班班长。"
                          "来自澄县的焊工柏某峰，澄川宏晋焦化有限公司调火班班长，他在发言中说，要把心里话带上去。"
                          "区委常委、区委办公室主任宓某琪，区人大常委会副主任，区总工会主席苗某远出席。")
    roles = _roles(art)
    assert ("岑某恩", "班长", "澄川锐丰输变电工程有限公司") in roles   # the honor's clause passed over
    assert ("柏某峰", "班长", "澄川宏晋焦化有限公司") in roles
    assert not any(p == "宓某琪" and t == "副主任" for p, t, _ in roles)   # the next name's chain
    roles = _roles(_one(make_page, "去年获得重庆市五一劳动奖章的岑佳敏，是澄川港务集团第一位女门机司机。",
                        settings=Settings(home_region="重庆市", ner_model="")))
    assert ("岑佳敏", "门机司机", "澄川港务集团") in roles                 # no ordinal in the post
    assert not any(t.startswith("第一") for _, t, _ in roles)


def test_tagger_reads_a_name_after_a_job_the_lexicon_lacks(make_page):
    text = "在250公里外的光伏电站里，运维工苗晓岚正和同事们清洗光伏板。"
    assert "苗晓岚" in _ents(_one(make_page, text, settings=Settings(home_region="甘肃省")))


def test_a_bare_union_post_in_a_companys_story_is_at_its_union(make_page):
    art = _one(make_page, "澄川蜀锋能源集团有限公司召开职工代表大会。总经理、党委副书记宓骏作《公司工作报告》，"
                          "党委副书记、工会主席苗某远作工作报告。分公司经理柏某峰出席。")
    roles = _roles(art)
    assert ("苗某远", "主席", "澄川蜀锋能源集团有限公司工会") in roles    # the union of the story's one company
    assert "宓骏" in _ents(art) and "宓骏作" not in _ents(art)      # 某骏|作《…》: the verb is no part of the name


def test_an_award_list_with_notes_on_the_persons_and_posts_printed_first(make_page):
    page = make_page("关于表彰2025年度澄川市五一劳动奖的决定\n\n各区、县（市）总工会：\n\n"
                     "经研究，决定授予苗某远等4名同志“澄川市五一劳动奖章”。\n\n二、澄川市五一劳动奖章（4名）\n\n"
                     "苗某远　澄川瓯江智能装备有限公司数控车工\n宓某琪（女）　浙江鼎晟阀门集团有限公司质检员\n"
                     "浙江华研机电科技有限公司董事长　柏某峰\n澄川市鹿城区五马街道总工会常务副主席　岑某珍（女）\n")
    art = extract_page(page, Settings(home_region="浙江省", ner_model="")).articles[0]
    roles, honors = _roles(art), _honors(art)
    assert ("宓某琪", "质检员", "浙江鼎晟阀门集团有限公司") in roles            # the row's post, not the next row's
    assert ("柏某峰", "董事长", "浙江华研机电科技有限公司") in roles
    assert ("岑某珍", "常务副主席", "澄川市鹿城区五马街道总工会") in roles
    assert {("苗某远", "澄川市五一劳动奖章"), ("宓某琪", "澄川市五一劳动奖章"), ("柏某峰", "澄川市五一劳动奖章"),
            ("岑某珍", "澄川市五一劳动奖章")} <= honors


def test_names_in_results_lists_after_a_rank_a_prize_or_a_delegates_label(make_page):
    art = _one(make_page, "集控值班员：第一名 苗某远（澄川发电公司），第二名 宓某琪（澄川发电公司）。\n\n"
                          "三等奖：柏某峰（曲靖市，澄川麒发汽车零部件有限公司）。\n\n"
                          "代表岑某珍（澄川鑫达电子有限公司焊工）：我在这里工作了15年。",
               settings=Settings(home_region="云南省", ner_model=""))
    assert {"苗某远", "宓某琪", "柏某峰", "岑某珍"} <= set(_ents(art))
    assert "代表岑某珍" not in _ents(art)
    assert ("岑某珍", "焊工", "澄川鑫达电子有限公司") in _roles(art)


def test_names_the_name_reader_does_not_know_listed_between_known_names(make_page):
    art = _one(make_page, "获奖的有焊工苗某远、钳工宓某琪、岩罕某、依某拉等4人。",
               settings=Settings(home_region="云南省", ner_model=""))
    assert {"苗某远", "宓某琪", "岩罕某", "依某拉"} <= set(_ents(art))
    # an item that is a word or a place spoils the list: no item of it is read as a name
    art = _one(make_page, "他先后在苗某远、宓某琪、昆明市、车间等地工作。", settings=Settings(home_region="云南省", ner_model=""))
    assert "车间" not in _ents(art)


def test_a_resume_in_a_notice_of_appointments_names_the_person_and_the_posts_held(make_page):
    art = _one(make_page, "澄川市总工会拟任职干部任前公示。\n\n"
                          "郗某博，男，1980年6月生，汉族，中共党员，在职研究生学历。现任保定市竞秀区总工会党组成员、副主席，"
                          "拟任正定县总工会主席（候选人）。\n\n"
                          "米某琴，女，1983年2月生，汉族，大学学历。现任西安市长安区人力资源和社会保障局副局长，拟任某职。",
               settings=Settings(home_region="陕西省", ner_model=""))
    roles = _roles(art)
    assert {("郗某博", "党组成员", "保定市竞秀区总工会"), ("郗某博", "副主席", "保定市竞秀区总工会")} <= roles
    assert ("米某琴", "副局长", "西安市长安区人力资源和社会保障局") in roles   # 市长|安区 is no title and name
    assert not any(p == "郗某博" and o == "正定县总工会" for p, _, o in roles)     # 拟任: a post not yet held
    assert "安区" not in _ents(art)


def test_a_slate_of_an_elections_result_gives_each_holder_the_post_it_lists(make_page):
    art = _one(make_page, "在随后召开的第一次全体会议上，苗某远当选为澄川瓯江智能装备有限公司工会第四届委员会主席。\n\n"
                          "副主席：宓某琪、柏某峰（兼职）\n\n"
                          "公司党委书记、董事长岑某珍在讲话中表示，新一届工会委员会要当好职工的娘家人。",
               settings=Settings(home_region="浙江省", ner_model=""))
    roles = _roles(art)
    assert {("宓某琪", "副主席", "澄川瓯江智能装备有限公司工会"), ("柏某峰", "副主席", "澄川瓯江智能装备有限公司工会")} <= roles
    assert ("岑某珍", "董事长", "澄川瓯江智能装备有限公司") in roles      # the slate's line is no column cut
    art = _one(make_page, "温州市总工会第十五届委员会第一次全体会议选举产生新一届领导班子：主席　苗某远；"
                          "副主席　宓某琪（专职）、柏某峰（兼职）。", settings=Settings(home_region="浙江省", ner_model=""))
    assert {("苗某远", "主席", "温州市总工会"), ("宓某琪", "副主席", "温州市总工会"),
            ("柏某峰", "副主席", "温州市总工会")} <= _roles(art)


def test_names_under_a_line_that_ends_with_the_post_they_share(make_page):
    art = _one(make_page, "大会选举产生了温州市总工会第十五届委员会。\n\n"
                          "新当选的市总工会第十五届委员会常委（按姓氏笔画为序）：\n\n"
                          "苗某远、宓某琪、柏某峰、岑某珍\n\n"
                          "大会还选举产生了出席省工会代表大会的代表38名。",
               settings=Settings(home_region="浙江省", ner_model=""))
    roles = _roles(art)
    assert {(p, "常委", "温州市总工会") for p in ("苗某远", "宓某琪", "柏某峰", "岑某珍")} <= roles
    assert "岑某珍大会" not in _ents(art)       # the row of names is no column cut of the next paragraph


def test_a_table_set_with_bars_or_tabs_gives_each_row_its_post(make_page):
    art = _one(make_page, "2026年阵地建设重点项目责任表\n\n"
                          "单位 │ 负责人 │ 职务 │ 重点项目\n"
                          "温州瓯江智能装备有限公司工会 │ 苗某远 │ 工会主席 │ 产业工人技能实训基地\n"
                          "金堂县总工会 │ 宓某琪 │ 党组书记、常务副主席 │ 县域职工服务中心改造\n\n"
                          "区（市）县\t帮扶联系人\t职务\t在档户数\n"
                          "都江堰市总工会\t柏某峰\t副主席\t86\n"
                          "彭州市总工会\t岑某珍\t女职工委员会主任\t74\n",
               settings=Settings(home_region="四川省", ner_model=""))
    roles = _roles(art)
    assert ("苗某远", "主席", "温州瓯江智能装备有限公司工会") in roles       # not at a union of the union
    assert {("宓某琪", "党组书记", "金堂县总工会"), ("宓某琪", "常务副主席", "金堂县总工会")} <= roles
    assert ("柏某峰", "副主席", "都江堰市总工会") in roles                    # the unit's column has no known heading
    assert ("岑某珍", "主任", "彭州市总工会女职工委员会") in roles             # the union's own committee
    assert not any("工会工会" in e for e in _ents(art))


def test_a_listings_contact_holds_the_post_at_the_unit_that_heads_the_block(make_page):
    art = _one(make_page, "春风行动专场招聘会招聘信息如下：\n\n"
                          "1. 佛山市瑞腾电子科技有限公司\n招聘岗位：SMT操作员（20名）\n薪资待遇：5500—8000元/月\n"
                          "联系人：苗某远（人力资源部经理）\n\n"
                          "2. 佛山市南海区恒晖纺织有限公司\n招聘岗位：织布挡车工（12名）\n联系人：宓某琪（厂长）\n",
               settings=Settings(home_region="广东省", ner_model=""))
    roles = _roles(art)
    assert ("宓某琪", "厂长", "佛山市南海区恒晖纺织有限公司") in roles      # the block's own unit, not the first
    assert any(p == "苗某远" and o == "佛山市瑞腾电子科技有限公司" for p, _, o in roles)


def test_a_microblog_handle_mark_is_no_part_of_a_name(make_page):
    art = _one(make_page, "转发//@郑州航空港区总工会：为劳模点赞！//@温州瓯江智能装备有限公司：感谢关注。",
               settings=Settings(home_region="河南省", ner_model=""))
    assert {"郑州航空港区总工会", "温州瓯江智能装备有限公司"} <= set(_ents(art))
    assert not any("@" in e for e in _ents(art))


def test_a_bare_elected_post_is_at_the_union_whose_committee_was_elected(make_page):
    art = _one(make_page, "12日，瓯海区安澜街道智造产业园区工会联合会成立，园区42家企业的职工有了“娘家”。"
                          "区委常委、区总工会主席苗某远出席。会议选举产生了联合会第一届委员会，"
                          "温州澄川科技有限公司人力资源总监宓某琪当选主席，柏某峰、岑某珍当选副主席。",
               settings=Settings(home_region="浙江省", ner_model=""))
    union = "瓯海区安澜街道智造产业园区工会联合会"
    assert union in _ents(art)               # 园区|工会联合会: the token 区工会 runs into the suffix
    roles = _roles(art)
    assert {("宓某琪", "主席", union), ("柏某峰", "副主席", union), ("岑某珍", "副主席", union)} <= roles
    assert not any(r[2] == "瓯海区总工会" and r[0] != "苗某远" for r in roles)   # not the union named last


def test_the_term_of_an_elected_post_is_no_part_of_its_body(make_page):
    art = _one(make_page, "温州澄川科技有限公司工会成立。随着选举结果公布，公司人力资源总监宓某琪当选首届工会主席。"
                          "瓯海区快递行业工会联合会同日成立，快递网点负责人柏某峰当选联合会首任主席，"
                          "区总工会副主席岑某珍当选为行业工联会副主席。",
               settings=Settings(home_region="浙江省", ner_model=""))
    roles = _roles(art)
    assert ("宓某琪", "主席", "温州澄川科技有限公司工会") in roles
    assert ("柏某峰", "主席", "瓯海区快递行业工会联合会") in roles
    assert ("岑某珍", "副主席", "瓯海区快递行业工会联合会") in roles     # 工联会: a 工会联合会


def test_a_post_held_besides_another_or_stated_at_a_brands_union(make_page):
    art = _one(make_page, "浙江澄川船舶重工有限公司（以下简称“澄川重工”）焊工苗某远获评省劳动模范。"
                          "苗某远还担任澄川重工工会副主席，她把更多精力放在带徒弟上。"
                          "这是瓯岭煤化工会发起的活动。“好。”宓某琪说。宓某琪是瓯岭煤化工会主席，2023年起牵头推动这项活动。"
                          "公司副总经理柏某峰兼任工会主席。",
               settings=Settings(home_region="浙江省", ner_model=""))
    roles = _roles(art)
    assert ("苗某远", "副主席", "澄川重工工会") in roles
    assert ("宓某琪", "主席", "瓯岭煤化工会") in roles
    assert not any(r[0] == "柏某峰" and r[1] == "主席" for r in roles)   # a bare post: no body printed


def test_a_delegate_to_a_peoples_congress_holds_the_post_there(make_page):
    art = _one(make_page, "省人大代表、瓯江雨林茶叶专业合作社理事长苗某远也带着社员参加了培训。"
                          "温州市职工代表宓某琪在会上发言。\n\n——记市人大代表、澄川电气高级技师柏某峰",
               settings=Settings(home_region="浙江省", ner_model=""))
    roles = _roles(art)
    assert ("苗某远", "代表", "浙江省人大") in roles
    assert ("柏某峰", "高级技师", "澄川电气") in roles
    assert any(r[:2] == ("柏某峰", "代表") and r[2] == "温州市人大" for r in roles)
    assert not any(r[0] == "宓某琪" and r[1] == "代表" for r in roles)     # 职工代表: no congress
    assert "记市人大" not in _ents(art)     # ——记: a subtitle's "about"


def test_a_candidates_table_with_particulars_columns_and_a_row_cut_by_a_column_break(make_page):
    art = _one(make_page, "现将拟表彰对象予以公示。\n\n"
                          "| 序号 | 姓名 | 性别 | 民族 | 单位及职务 |\n|:---:|:---:|:---:|:---:|---|\n"
                          "| 1 | 苗某远 | 男 | 汉族 | 澄川瓯江智能装备有限公司焊接车间副班长 |\n"
                          "| 2 | 宓某琪 | 女 | 汉族 | 澄川星沙重工机\n\n械有限公司党委书记、董事长 |\n"
                          "| 3 | 柏某峰 | 男 | 土家族 | 澄川楚能电力工程有限公司首席设计师 |\n",
               settings=Settings(home_region="湖南省", ner_model=""))
    roles = _roles(art)
    assert ("苗某远", "副班长", "澄川瓯江智能装备有限公司") in roles
    assert {("宓某琪", "党委书记", "澄川星沙重工机械有限公司"), ("宓某琪", "董事长", "澄川星沙重工机械有限公司")} <= roles
    assert ("柏某峰", "首席设计师", "澄川楚能电力工程有限公司") in roles      # the row after the cut one
    assert not any(e in ("男", "女", "汉族") or e.startswith(("1", "2")) for e in _ents(art))


def test_a_brand_opening_with_a_character_before_a_provinces_short_form(make_page):
    art = _one(make_page, "会上，株洲市总工会和中湘瓯建集团工会作交流发言。苗某远，中湘瓯建集团有限公司测量工。",
               settings=Settings(home_region="湖南省", ner_model=""))
    ents = _ents(art)
    assert {"中湘瓯建集团工会", "中湘瓯建集团有限公司"} <= set(ents)
    assert not any(e.startswith("湘瓯建") for e in ents)


def test_a_judgments_party_lines_name_the_parties_and_those_who_act_for_them(make_page):
    art = _one(make_page, "记者从澄川市瓯海区人民法院了解到此案。\n\n"
                          "原告：苗某远，男，1986年4月12日出生，汉族，住澄川市瓯海区。\n"
                          "委托诉讼代理人：宓某琪，浙江瓯正律师事务所律师。\n"
                          "被告：澄川顺和达物流有限公司，住所地澄川市瓯海区工业北路88号。\n"
                          "法定代表人：柏某峰，该公司执行董事。\n\n"
                          "原告苗某远与被告澄川顺和达物流有限公司劳动争议一案，本院依法审理。\n\n"
                          "瓯海区总工会党组书记、常务副主席于某蓉：社会保险是职工的“保命钱”。",
               settings=Settings(home_region="浙江省", ner_model=""))
    ents, roles = _ents(art), _roles(art)
    assert "苗某远" in ents and not any(r[0] == "苗某远" for r in roles)     # a party with no post
    assert ("宓某琪", "律师", "浙江瓯正律师事务所") in roles
    assert {("柏某峰", "法定代表人", "澄川顺和达物流有限公司"), ("柏某峰", "执行董事", "澄川顺和达物流有限公司")} <= roles
    assert "被告澄川顺和达物流有限公司" not in ents
    assert ("于某蓉", "常务副主席", "瓯海区总工会") in roles          # a speaker's colon closes the name
    sources = {(r.person, r.title): r.evidence.source for r in art.roles}
    assert sources[("柏某峰", "法定代表人")] == "rule:party.v1"


def test_a_kind_of_workers_union_and_a_slogans_one_for_each_are_no_names(make_page):
    art = _one(make_page, "区总工会按照“一站点一工会”的思路推动建会，目前已建成新就业形态劳动者工会43家。",
               settings=Settings(home_region="浙江省", ner_model=""))
    assert not any("劳动者" in e or "一站点" in e for e in _ents(art))


def test_a_video_transcripts_time_codes_and_track_labels_leave_speakers_and_captions(make_page):
    art = _one(make_page, "【视频】第12期｜苗某远：在两丝公差里“绣花”\n\n"
                          "[00:21] 旁白：在澄川市马尾区，有一位老师傅。\n"
                          "00:01:26 宓某琪（澄川海峰精密机械有限公司数控车间主任）：老魏这个人，嗯，不怎么说话。\n"
                          "00:02:17 字幕：柏某峰　澄川海峰精密机械有限公司总经理\n"
                          "00:02:21 柏某峰：嗯，说实话，那时候我们也没把握。\n",
               settings=Settings(home_region="福建省", ner_model=""))
    roles = _roles(art)
    assert ("宓某琪", "主任", "澄川海峰精密机械有限公司") in roles or \
        ("宓某琪", "数控车间主任", "澄川海峰精密机械有限公司") in roles
    assert ("柏某峰", "总经理", "澄川海峰精密机械有限公司") in roles
    assert not any(e.startswith(("旁白", "字幕")) or ":" in e for e in _ents(art))


def test_a_named_station_is_a_body_and_a_unions_station_is_the_unions_arm(make_page):
    art = _one(make_page, "“先核对岗位再出发。”常家河镇劳务工作站站长巩某东说。"
                          "黄岛区总工会职工法律援助工作站值班律师苗某远接待了他们。"
                          "法律援助工作站每年接待职工600余人次，社区卫生服务站也派了医生。",
               settings=Settings(home_region="甘肃省", ner_model=""))
    ents, roles = _ents(art), _roles(art)
    assert ents["常家河镇劳务工作站"].types == (EntityType.ORGANIZATION,)
    assert ("巩某东", "站长", "常家河镇劳务工作站") in roles
    assert ents["黄岛区总工会职工法律援助工作站"].types == (EntityType.UNION,)
    assert "法律援助工作站" not in ents and "社区卫生服务站" not in ents   # kinds of station, no names


def test_a_workers_town_is_where_the_worker_lives_not_the_employer(make_page):
    art = _one(make_page, "“今年糖厂收蔗快、结算快。”田阳区那满镇蔗农苗某秀说，她家种了30亩甘蔗。"
                          "汨罗市农机手宓某卫去年考取了农机驾驶操作证。广东省援疆指挥部副总指挥于某彬出席。",
               settings=Settings(home_region="广西壮族自治区", ner_model=""))
    roles = _roles(art)
    assert ("苗某秀", "蔗农", None) in roles
    assert not any(r[0] in ("苗某秀", "宓某卫") and r[2] for r in roles)   # 那满镇, 汨罗市: no employer
    assert _ents(art)["广东省援疆指挥部"].types == (EntityType.GOVERNMENT,)


def test_a_villages_committee_before_a_post_is_the_village(make_page):
    art = _one(make_page, "“核对清楚再发钱。”柳湾村党支部书记、村委会主任苗某保一边核对名单一边说。"
                          "社区党委书记宓某怡介绍，辖区有小微单位60余家。",
               settings=Settings(home_region="陕西省", ner_model=""))
    roles = _roles(art)
    assert {("苗某保", "党支部书记", "柳湾村"), ("苗某保", "主任", "柳湾村")} <= roles
    assert ("宓某怡", "党委书记", "柳湾村") not in roles           # a community is no village


def test_a_county_opening_with_a_towns_character_is_no_relative_town(make_page):
    art = _one(make_page, "镇赉县委常委、县总工会主席苗某光出席。", settings=Settings(home_region="吉林省", ner_model=""))
    assert ("苗某光", "常委", "镇赉县委") in _roles(art)


def test_a_job_title_is_read_whole_and_a_sales_point_before_it_is_no_part(make_page):
    art = _one(make_page, "澄川宏岳特钢股份有限公司天车工苗某梅、澄川恒岭能源有限责任公司井下电钳工宓某刚、"
                          "澄川华骏化纤有限公司纺丝值班长于某燕获评。"
                          "“有了驿站，歇脚方便多了。”云雀快递大场网点快递员柏某军说。",
               settings=Settings(home_region="山西省", ner_model=""))
    roles = _roles(art)
    assert ("苗某梅", "天车工", "澄川宏岳特钢股份有限公司") in roles
    assert ("宓某刚", "井下电钳工", "澄川恒岭能源有限责任公司") in roles
    assert ("于某燕", "纺丝值班长", "澄川华骏化纤有限公司") in roles
    assert not any(r[0] == "柏某军" and "网点" in r[1] for r in roles)


def test_a_brand_opening_on_a_provinces_short_form_after_a_preposition(make_page):
    art = _one(make_page, "项目由中冀城建集团有限公司承建。中冀城建集团有限公司党委副书记、工会主席苗某斌说。",
               settings=Settings(home_region="河北省", ner_model=""))
    assert ("苗某斌", "党委副书记", "中冀城建集团有限公司") in _roles(art)
    assert "冀城建集团有限公司" not in _ents(art)


def test_a_companys_station_named_after_a_district_is_the_companys(make_page):
    art = _one(make_page, "“我们就把工会建到站点上。”石家庄迅捷同城配送服务有限公司裕华站站长苗某超说。"
                          "会上，裕华区站长宓某琪作了发言。",
               settings=Settings(home_region="河北省", ner_model=""))
    roles = _roles(art)
    assert ("苗某超", "站长", "石家庄迅捷同城配送服务有限公司") in roles
    assert ("宓某琪", "站长", "裕华区") not in roles     # a place holds no station's post


def test_each_name_of_an_appointments_list_gets_the_post_and_a_board_seat_is_the_companys(make_page):
    art = _one(make_page, "澄川领跃鞋服集团有限公司工会召开会员代表大会，补选柏某杰为职工董事。"
                          "澄川市总工会召开全委会。经无记名投票，会议补选苗某华、宓某军为市总工会第十五届委员会委员，"
                          "补选苗某华为市总工会副主席。",
               settings=Settings(home_region="福建省", ner_model=""))
    roles = _roles(art)
    assert {("苗某华", "委员", "澄川市总工会"), ("宓某军", "委员", "澄川市总工会"), ("苗某华", "副主席", "澄川市总工会")} <= roles
    assert ("柏某杰", "职工董事", "澄川领跃鞋服集团有限公司") in roles
    sources = {(r.person, r.title): r.evidence.source for r in art.roles}
    assert sources[("宓某军", "委员")] == "rule:appointment.v1"


def test_a_corps_division_and_its_city_open_one_unions_name(make_page):
    art = _one(make_page, "第八师石河子市总工会党组书记、常务副主席苗某强说，第一师阿拉尔市总工会副主席宓某华出席。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    roles = _roles(art)
    assert ("苗某强", "常务副主席", "第八师石河子市总工会") in roles
    assert ("宓某华", "副主席", "第一师阿拉尔市总工会") in roles


def test_a_name_joined_to_a_companion_by_he_keeps_its_last_character(make_page):
    art = _one(make_page, "仪式上，全国五一劳动奖章获得者、澄川鼓风机集团数控车工杭某民和他的徒弟詹某桐作为师徒代表发言。",
               settings=Settings(home_region="辽宁省", ner_model=""))
    roles = _roles(art)
    assert ("杭某民", "数控车工", "澄川鼓风机集团") in roles
    assert "杭某" not in _ents(art)
    assert _honors(art) == {("杭某民", "全国五一劳动奖章")}   # the clause before 和 describes the first name


def test_verbs_a_tagger_reads_as_nouns_open_no_union_or_company(make_page):
    art = _one(make_page, "澄川鹿鸣冰雪度假有限公司工会主席沈某琳说，滑雪教练朴某美等12名职工还被选为工会小组长。"
                          "我们一起努力。",
               settings=Settings(home_region="吉林省", ner_model=""))
    reprint = _one(make_page, "本文转载自澄川重装集团内刊。", settings=Settings(home_region="吉林省", ner_model=""))
    names = set(_ents(art)) | set(_ents(reprint))
    assert not any(n.startswith(("被选为", "转载自")) for n in names)
    assert "澄川重装集团" in names
    # the one company the story names, printed only inside its union's name, employs the coach
    assert ("朴某美", "滑雪教练", "澄川鹿鸣冰雪度假有限公司") in _roles(art)


def test_no_name_is_read_from_a_teams_post_a_noun_for_people_or_a_verb(make_page):
    art = _one(make_page, "褚某庆，澄川汽车总装车间装配工班班长。“很多职工长年吃住在基地。”郭某琪说。"
                          "其中数控车工欧阳某获评“羊城工匠”。",
               settings=Settings(home_region="安徽省", ner_model=""))
    names = set(_ents(art))
    assert not {"班班长", "年吃住", "欧阳某获"} & names
    assert "欧阳某" in names


def test_a_uyghur_name_with_rarer_transliteration_characters(make_page):
    art = _one(make_page, "调研组来到车间。艾合买提·吐送，澄川恒岳重型机械有限公司焊工班班长，去年被评为“天山工匠”。"
                          "再努尔古丽·艾海提是挡车工。宝音·巴特尔则表示赞同。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    names = set(_ents(art))
    assert {"艾合买提·吐送", "再努尔古丽·艾海提", "宝音·巴特尔"} <= names
    assert ("艾合买提·吐送", "天山工匠") in _honors(art)


def test_a_district_tie_goes_to_the_one_the_story_opens_with(make_page):
    art = _one(make_page, "晚上10点，官渡区关上街道的一间骑手驿站里灯火通明。五华区、盘龙区也在建。"
                          "区总工会副主席沐某红介绍，已在官渡区建成驿站48个。盘龙区和五华区正在推广。",
               settings=Settings(home_region="云南省", ner_model=""))
    assert ("沐某红", "副主席", "官渡区总工会") in _roles(art)


def test_bare_posts_after_an_officials_clause_are_at_the_same_company(make_page):
    art = _one(make_page, "澄川蜀峰能源集团有限公司召开职代会。会议由集团总经理晏某斌主持。"
                          "集团公司董事长、党委书记杨某川出席会议并讲话，总经理、党委副书记马某作《公司工作报告》，"
                          "党委副书记、工会主席刘某英作集团工会工作报告。",
               settings=Settings(home_region="四川省", ner_model=""))
    roles = _roles(art)
    group = "澄川蜀峰能源集团有限公司"
    assert {("晏某斌", "总经理", group), ("马某", "党委副书记", group), ("刘某英", "党委副书记", group),
            ("刘某英", "主席", group + "工会")} <= roles


def test_a_company_papers_bare_group_its_units_and_departments(make_page):
    page = make_page("澄川重工报\n主办：澄川楚钧重工集团有限公司　　内部资料　免费交流\n\n集团召开职代会\n\n"
                     "本报讯（记者 钟雅琴）4月9日，集团党委副书记、工会主席谭某琳主持会议。二分厂厂长柯某胜、"
                     "十堰公司工会干事黎某雯参加。质量部部长董某芬介绍了情况。湖北省总工会调研组来集团调研。"
                     "“今年产量又提升了。”二分厂造型工王某来说。\n")
    art = extract_page(page, Settings(home_region="湖北省", ner_model="")).articles[0]
    house = "澄川楚钧重工集团有限公司"
    roles = _roles(art)
    assert {("谭某琳", "党委副书记", house), ("谭某琳", "主席", house + "工会"), ("柯某胜", "厂长", "二分厂"),
            ("董某芬", "部长", house), ("王某来", "造型工", "二分厂")} <= roles
    assert ("二分厂", "part_of", house) in _links(art)
    assert not any(n.endswith("来集团") for n in _ents(art))
    # the same page with no masthead names no house
    plain = extract_page(make_page("集团召开职代会\n\n本报讯（记者 钟雅琴）4月9日，集团党委副书记、工会主席谭某琳主持会议。\n"),
                         Settings(home_region="湖北省", ner_model="")).articles[0]
    assert house not in _ents(plain)


def test_a_unions_committee_printed_short_is_written_out(make_page):
    art = _one(make_page, "省总工会党组成员、经审会主任杨某华主持会议。省总工会经审会副主任苏某琴、牛某斌出席。",
               settings=Settings(home_region="甘肃省", ner_model=""))
    roles = _roles(art)
    body = "甘肃省总工会经费审查委员会"
    assert {("杨某华", "主任", body), ("苏某琴", "副主任", body)} <= roles
    assert not any("经审会" in n for n in _ents(art))


def test_a_four_character_short_name_from_the_brand_and_later_characters(make_page):
    art = _one(make_page, "在宁夏某泰煤基新材料有限公司气化车间，班组长蒋某东盯着屏幕。“班组强则企业强。”某泰新材工会主席田某栋介绍。"
               "技术员马某霞是班里唯一的女同志。", settings=Settings(home_region="宁夏回族自治区", ner_model=""))
    companies = {e.name for e in art.entities if EntityType.COMPANY in e.types}
    assert companies == {"宁夏某泰煤基新材料有限公司"}    # 某泰新材 is its short name, not a second company
    assert ("马某霞", "技术员", "宁夏某泰煤基新材料有限公司") in _roles(art)


def test_a_brand_before_trades_and_a_base_is_a_kind_of_industry(make_page):
    art = _one(make_page, "嘉东能源化工基地的宁夏某泰煤基新材料有限公司开展比武。技术员马某霞获得第一名。",
               settings=Settings(home_region="宁夏回族自治区", ner_model=""))
    assert "嘉东能源" not in _ents(art)
    assert ("马某霞", "技术员", "宁夏某泰煤基新材料有限公司") in _roles(art)


def test_posts_stated_after_is_with_a_work_area_a_list_or_no_unit(make_page):
    art = _one(make_page, "山西某泉坊醋业股份有限公司开展比武。阎某珍是公司的一名熏醅技师，她总结的方法在全厂推广。"
               "徐某成是公司首席技师、省劳动模范。今年46岁的解某亮是一名桥吊司机。师傅黄某顺是公司焊接车间的首席焊工。",
               settings=Settings(home_region="山西省", ner_model=""))
    roles = _roles(art)
    company = "山西某泉坊醋业股份有限公司"
    assert {("阎某珍", "熏醅技师", company), ("徐某成", "首席技师", company), ("解某亮", "桥吊司机", company),
            ("黄某顺", "首席焊工", company)} <= roles


def test_a_delivery_station_named_after_its_street_and_its_people(make_page):
    art = _one(make_page, "1月10日，闪某外卖段店站工会成立大会在济南市槐荫区召开，站点32名外卖骑手全部加入工会。"
               "站长刘某当选为工会主席。骑手单某辉说，入了会心里踏实。", settings=Settings(home_region="山东省", ner_model=""))
    station = "闪某外卖段店站"
    assert EntityType.COMPANY in _ents(art)[station].types
    assert (station + "工会", "union_of", station) in _links(art)
    roles = _roles(art)
    assert {("刘某", "站长", station), ("刘某", "主席", station + "工会"), ("单某辉", "骑手", station)} <= roles


def test_a_delivery_station_named_after_a_city_is_no_entity(make_page):
    art = _one(make_page, "在麦某外卖沈阳站，站长谢某凯介绍了骑手的工作。", settings=Settings(home_region="辽宁省", ner_model=""))
    assert "麦某外卖沈阳站" not in _ents(art)


def test_a_company_name_whose_brand_jieba_breaks_at_a_function_word_keeps_its_place(make_page):
    art = _one(make_page, "在威海海之帆船舶重工有限公司，船体装配工丛某勇说。兰州清和源餐饮管理有限公司面案主管马某梅说。"
               "石家庄顺捷物流有限公司正定分公司驾驶员黄某勤说。", settings=Settings(home_region="山东省", ner_model=""))
    companies = {e.name for e in art.entities if EntityType.COMPANY in e.types}
    assert {"威海海之帆船舶重工有限公司", "兰州清和源餐饮管理有限公司", "石家庄顺捷物流有限公司正定分公司"} <= companies
    assert ("马某梅", "面案主管", "兰州清和源餐饮管理有限公司") in _roles(art)


def test_rows_under_a_sentence_that_names_their_honor_with_two_posts_and_a_long_job(make_page):
    art = _one(make_page, "日前，省总工会联合发布通报，以下3人获评“北疆工匠”称号（按姓氏笔画排序）。获评者每人将获得5万元奖励。\n\n"
               "王某才　沈阳北方飞某航空部件有限公司铆装钳工、特级技师\n\n"
               "晏某梁　沈阳智某数控装备有限公司数控机床装调工、高级技师\n\n"
               "李某梁　沈阳智某数控装备有限公司数控机床装调工", settings=Settings(home_region="辽宁省", ner_model=""))
    roles = _roles(art)
    assert {("王某才", "特级技师", "沈阳北方飞某航空部件有限公司"), ("晏某梁", "数控机床装调工", "沈阳智某数控装备有限公司"),
            ("李某梁", "数控机床装调工", "沈阳智某数控装备有限公司")} <= roles
    assert {("王某才", "北疆工匠"), ("晏某梁", "北疆工匠"), ("李某梁", "北疆工匠")} <= _honors(art)


def test_a_career_told_by_its_years_gives_the_posts_of_the_one_it_is_about(make_page):
    art = _one(make_page, "全国劳动模范宫某河同志因病医治无效逝世，享年72岁。宫某河同志1952年4月出生，1975年进入工厂当车工。"
               "1993年调任沈阳市铁西区总工会党组书记、主席，1998年任沈阳市总工会党组成员、副主席，2013年退休。",
               settings=Settings(home_region="辽宁省", ner_model=""))
    assert {("宫某河", "党组书记", "沈阳市铁西区总工会"), ("宫某河", "主席", "沈阳市铁西区总工会"),
            ("宫某河", "党组成员", "沈阳市总工会"), ("宫某河", "副主席", "沈阳市总工会")} <= _roles(art)


def test_a_name_set_off_by_commas_before_its_post_chain_is_a_person(make_page):
    art = _one(make_page, "“工会建到茶山上，茶农才有了娘家。”刀某强，西双版纳傣族自治州总工会党组书记、常务副主席，在调研时说。"
               "会上，王某军，昆明市总工会副主席，介绍了情况。目前，全市已有300多名站长兼任工会小组长，“站长+小组长”双岗制，目前已推开。",
               settings=Settings(home_region="云南省", ner_model=""))
    roles = _roles(art)
    assert {("刀某强", "党组书记", "西双版纳傣族自治州总工会"), ("刀某强", "常务副主席", "西双版纳傣族自治州总工会"),
            ("王某军", "副主席", "昆明市总工会")} <= roles
    assert "双岗制" not in _ents(art)


def test_a_name_after_shi_or_daibiao_set_off_before_its_post_is_a_person(make_page):
    art = _one(make_page, "大连海某船舶重工有限公司设立驿站。驿站的“首席教练”是滕某龙，海某重工电焊班班长，前年被评为“大连工匠”。"
               "来自瓦房店市的代表梁某海，大连宏某焦化有限公司调火班班长，他在发言中说：“我干了22年。”",
               settings=Settings(home_region="辽宁省", ner_model=""))
    assert {("滕某龙", "班长", "大连海某船舶重工有限公司"), ("梁某海", "班长", "大连宏某焦化有限公司")} <= _roles(art)
    assert ("滕某龙", "大连工匠") in _honors(art)


def test_a_transliterated_name_before_a_verb_of_leading_and_a_name_before_zheng(make_page):
    art = _one(make_page, "早上8点，青海塔某光电能源有限公司运维班班长扎西加措带着4名班员驶进光伏阵列。"
               "在勐罕镇，导游玉香正带着一个旅行团参观傣家竹楼。", settings=Settings(home_region="青海省", ner_model=""))
    names = _ents(art)
    assert {"扎西加措", "玉香"} <= set(names) and "玉香正" not in names
    assert ("扎西加措", "班长", "青海塔某光电能源有限公司") in _roles(art)


def test_a_profile_label_line_after_a_cut_caption_gives_the_post(make_page):
    art = _one(make_page, "聂某东、覃某雯、柯某斌等10名职工获评2024年“武汉最美职工”。\n\n▲ 覃某\n\n雯（左）在发车前对车辆进行例行检查\n\n"
               "【柯某斌：湖北鑫某汽车零部件有限公司装配车间班长】\n\n武汉经开区，被称为“中国车谷”。\n\n"
               "【覃某雯：武汉江某巴士有限公司598路驾驶员】\n\n早上6点10分，首班车准时发车。",
               settings=Settings(home_region="湖北省", ner_model=""))
    roles = _roles(art)
    assert {("柯某斌", "班长", "湖北鑫某汽车零部件有限公司"), ("覃某雯", "驾驶员", "武汉江某巴士有限公司")} <= roles
    assert not any(t.startswith("598") for _, t, _ in roles)


def test_a_post_stated_with_benzhi_yuan_tongshi_or_after_a_comma_by_a_pronoun(make_page):
    art = _one(make_page, "区总工会挂职副主席操某介绍了情况。操某本职是合肥城某公交客运有限公司的一名公交驾驶员。"
               "今年48岁的郑某明原是南充锦某丝绸有限公司的一名挡车工，妻子长期患病。"
               "“比赛中最难的是故障排除。”一等奖获得者、焊工王某耀说，他是蒙自锡某电力工程有限公司的一名维修电工。",
               settings=Settings(home_region="安徽省", ner_model=""))
    roles = _roles(art)
    assert {("操某", "公交驾驶员", "合肥城某公交客运有限公司"), ("郑某明", "挡车工", "南充锦某丝绸有限公司"),
            ("王某耀", "维修电工", "蒙自锡某电力工程有限公司")} <= roles


def test_a_candidates_table_set_with_spaces_gives_posts_at_the_company_and_its_departments(make_page):
    art = _one(make_page, "经各选举单位会员民主推荐，并报公司党委和上级工会某定区总工会审查同意，现将上海沪某精密机械有限公司工会"
               "第三届委员会候选人预备人选予以公示。\n\n姓　名　　性别　　出生年月　　现任职务\n\n"
               "钱　峰　　男　　1976.03　　公司党委委员、行政人事部部长\n"
               "陆某平　　男　　1979.05　　数控加工车间主任\n"
               "潘某娟　　女　　1982.11　　公司工会副主席、财务部副部长\n"
               "吴某祖　　男　　1980.12\n\n\n\n　　　　热处理车间班组长\n",
               settings=Settings(home_region="上海市", ner_model=""))
    company, union = "上海沪某精密机械有限公司", "上海沪某精密机械有限公司工会"
    roles = _roles(art)
    assert {("钱峰", "党委委员", company), ("钱峰", "部长", company), ("陆某平", "主任", company),
            ("潘某娟", "副主席", union), ("潘某娟", "副部长", company), ("吴某祖", "班组长", company)} <= roles
    assert "报公司" not in _ents(art)


def test_a_reply_that_makes_up_a_committee_names_its_members_and_officers(make_page):
    art = _one(make_page, "王某蕾、叶某实、钱某峰、潘某娟、严某琴、邵某华为候选人。"
               "一、同意由王某蕾、叶某实、钱某峰、潘某娟等9名同志组成上海沪某精密机械有限公司工会第三届委员会，"
               "钱某峰同志任主席，潘某娟同志任副主席。\n二、同意由严某琴、邵某华等3名同志组成第三届经费审查委员会，严某琴同志任主任。",
               settings=Settings(home_region="上海市", ner_model=""))
    union = "上海沪某精密机械有限公司工会"
    audit = union + "经费审查委员会"
    roles = _roles(art)
    assert {("王某蕾", "委员", union), ("叶某实", "委员", union), ("钱某峰", "主席", union), ("潘某娟", "副主席", union),
            ("严某琴", "委员", audit), ("严某琴", "主任", audit), ("邵某华", "委员", audit)} <= roles
    assert not any(p == "邵某华" and t == "主任" for p, t, _ in roles)


def test_a_two_column_table_of_bargaining_delegates_under_a_headline_naming_the_company(make_page):
    page = make_page("三亚椰某酒店管理有限公司签订工资专项集体合同\n\n本报讯（记者 符某芳）6月17日，三亚椰某酒店管理有限公司签订合同。"
                     "合同工资高于同档次酒店，也高于当地星级酒店平均水平。\n\n本次协商双方代表名单如下：\n\n"
                     "职工方　　　　　　　　企业方\n黄某燕　公司工会主席（首席代表）　　林某华　总经理（首席代表）\n"
                     "王某娇　客房部领班　　　　　邢某刚　副总经理\n符某俊　\n\n\n\n餐饮部厨师　　　　　陈某婷　人力资源部经理\n\n"
                     "根据合同，公司职工工资平均增长5%。\n")
    art = extract_page(page, Settings(home_region="海南省", ner_model="")).articles[0]
    company = "三亚椰某酒店管理有限公司"
    assert {("王某娇", "领班", company), ("邢某刚", "副总经理", company), ("符某俊", "厨师", company),
            ("陈某婷", "经理", company)} <= _roles(art)


def test_a_workers_post_keeps_its_modifier_after_the_word_company_or_a_long_one_after_the_employer(make_page):
    settings = Settings(home_region="广东省", ner_model="")
    roles = _roles(_one(make_page, "东莞创某微电子有限公司建了职工书屋。公司芯片测试工程师陈某蔓说：“书屋很好。”",
                        settings=settings))
    roles |= _roles(_one(make_page, "获奖名单：\n吉某才　海南琼星航空维修工程有限公司　飞机结构修理技师\n"
                         "冼某东　东莞市公安局南城分局　社区民警\n", settings=settings))
    assert {("陈某蔓", "芯片测试工程师", "东莞创某微电子有限公司"),
            ("吉某才", "飞机结构修理技师", "海南琼星航空维修工程有限公司")} <= roles
    assert not any(p == "陈某蔓" and t == "工程师" for p, t, _ in roles)


def test_a_later_clause_in_a_company_states_the_job_held_there_for_years(make_page):
    settings = Settings(home_region="江西省", ner_model="")
    art = _one(make_page, "“活不累。”涂某英笑着说。涂某英是于都本地人，在于都县锦某坊服饰有限公司当了18年缝纫工。",
               settings=settings)
    assert ("涂某英", "缝纫工", "于都县锦某坊服饰有限公司") in _roles(art)
    art = _one(make_page, "“家里好。”韦某明笑着说。“在东莞干了12年。”今年40岁的汉子韦某明，去年没有再出门，"
               "在家门口的贵州惠某电子科技有限公司当上了生产线班组长。", settings=settings)
    assert ("韦某明", "班组长", "贵州惠某电子科技有限公司") in _roles(art)
    art = _one(make_page, "“好。”李某华笑着说。李某华在大会上当选为工会主席。", settings=settings)
    assert not any(p == "李某华" and o == "大会上" for p, _, o in _roles(art))


def test_a_congress_appendix_lists_names_parted_by_spaces_under_its_posts(make_page):
    page = make_page("天津海某重工集团有限公司第五届职工代表大会第三次会议决议\n\n"
                     "会议号召，全体职工代表要以主人翁姿态投身公司改革发展！\n\n"
                     "附：天津海某重工集团有限公司第五届职工代表大会第三次会议主席团、监票人和计票人名单\n\n"
                     "主席团成员（按姓氏笔画为序）：\n丁某涛　于某东　马　骏　王某芬　张某\n\n\n\n兰　陈某庆　魏某川\n\n"
                     "提案审查委员会委员（按姓氏笔画为序）：牛某刚　田某楠　吕　鹏\n总监票人：谢某生\n监票人：孔某军　邢某娜\n")
    art = extract_page(page, Settings(home_region="天津市", ner_model="")).articles[0]
    company = "天津海某重工集团有限公司"
    roles = _roles(art)
    assert {("丁某涛", "主席团成员", company), ("马骏", "主席团成员", company), ("张某兰", "主席团成员", company),
            ("魏某川", "主席团成员", company), ("吕鹏", "提案审查委员会委员", company),
            ("孔某军", "监票人", company), ("邢某娜", "监票人", company)} <= roles
    assert "张某" not in _ents(art)


def test_a_committee_list_under_a_heading_naming_its_body_by_kind(make_page):
    page = make_page("上海沪锐精密机械有限公司工会换届选举结果公告\n\n"
                     "上海沪锐精密机械有限公司工会召开第三次会员代表大会，选举产生新一届委员会。现予公告。\n\n"
                     "公司工会第三届委员会委员（5名，按姓氏笔画排序）：\n王某蕾　叶某实　刘某恒　李　颖　钱某峰\n\n"
                     "公司工会第三届经费审查委员会委员（3名）：\n严某琴　沈某澄　邵某华\n")
    art = extract_page(page, Settings(home_region="上海市", ner_model="")).articles[0]
    union = "上海沪锐精密机械有限公司工会"
    roles = _roles(art)
    assert {("王某蕾", "委员", union), ("李颖", "委员", union), ("严某琴", "委员", union + "经费审查委员会")} <= roles
    page = make_page("省总工会经审会召开全体会议\n\n本报讯　1月14日，甘肃省总工会经费审查委员会召开全体会议。\n\n"
                     "省总工会第十四届经费审查委员会组成人员\n\n主　任：杨某华\n\n副主任：苏某琴　牛某斌\n")
    roles = _roles(extract_page(page, Settings(home_region="甘肃省", ner_model="")).articles[0])
    assert ("牛某斌", "副主任", "甘肃省总工会经费审查委员会") in roles
    assert ("牛某斌", "副主任", "甘肃省总工会") not in roles


def test_a_companys_name_opens_with_its_citys_short_form_that_jieba_cut_in_two(make_page):
    art = _one(make_page, "工会讲解了防暑知识。海东河湟建设工程有限公司派人参加。\n获奖名单：\n"
               "金某礼　中卫星河云数据科技有限公司运维工程师\n", settings=Settings(home_region="青海省", ner_model=""))
    names = _ents(art)
    assert {"海东河湟建设工程有限公司", "中卫星河云数据科技有限公司"} <= set(names)
    assert "东河湟建设工程有限公司" not in names and "卫星河云数据科技有限公司" not in names


def test_a_zones_union_work_committee_is_a_union(make_page):
    art = _one(make_page, "会上，银川市总工会、宁东能源化工基地工会工作委员会作交流发言。宁东基地工会工委主任张某海出席。",
               settings=Settings(home_region="宁夏回族自治区", ner_model=""))
    names = _ents(art)
    assert EntityType.UNION in names["宁东能源化工基地工会工作委员会"].types
    assert ("张某海", "主任", "宁东基地工会工委") in _roles(art)


def test_a_leader_taking_up_a_studio_post_names_no_studio(make_page):
    """某某担任工作室领衔人 is a clause: the name and the verb are no studio's name, and
    the worker keeps the posts the story gives him."""
    art = _one(make_page, "在位于通州区的南通海澜船舶重工有限公司总装码头，电焊工柏振华戴着面罩。"
                          "今年52岁的柏振华，是海澜重工的首席技师。"
                          "以他名字命名的柏振华技能大师工作室成立于2017年，柏振华担任工作室领衔人，先后带出技师37名。",
               settings=Settings(home_region="江苏省", ner_model=""))
    ents = _ents(art)
    assert "柏振华担任工作室" not in ents and "柏振华技能大师工作室" in ents
    roles = _roles(art)
    assert ("柏振华", "首席技师", "南通海澜船舶重工有限公司") in roles
    assert ("柏振华", "领衔人", "柏振华技能大师工作室") in roles


def test_a_pronoun_after_an_opening_clause_takes_the_paragraphs_person(make_page):
    """如今，他是某某公司首席技师: a sentence that names no one before its 他 is about the
    last person its paragraph names; a person of another paragraph is not taken."""
    art = _one(make_page, "柳州宏骏重工机械股份有限公司焊接车间里，焊工庞振海摘下面罩，擦了擦额头上的汗。"
                          "2003年从技校毕业后，他从学徒干起，一干就是二十年。如今，他是宏骏重工首席技师。\n"
                          "市总工会副主席谢雅琳出席活动。\n"
                          "这些年来，车间先后完成技术革新46项。如今，她已是公司焊装车间的工艺主管。",
               settings=Settings(home_region="广西壮族自治区", ner_model=""))
    roles = _roles(art)
    assert ("庞振海", "首席技师", "柳州宏骏重工机械股份有限公司") in roles
    assert not any(r[0] == "谢雅琳" and r[1] == "工艺主管" for r in roles)


def test_a_post_stated_with_become_or_hold_and_after_an_aged_pronoun(make_page):
    """某某担任某某公司副总裁 and ……，成为某某公司的一名运维工程师 state posts as 是 does;
    今年29岁的他是… opens with its pronoun; a department before 的一名 is no part of the post."""
    art = _one(make_page, "“平台司机越来越多，需要一个娘家。”宓志宏说。他目前担任深圳市运宝网络科技有限公司副总裁，分管平台运营。\n"
                          "25岁的杨晓东是中卫本地人，去年回到家乡，成为中卫云岭数据服务有限公司的一名运维工程师。\n"
                          "“设备不能停。”苏州瑞澜纳米科技股份有限公司的刘建军说。"
                          "今年29岁的他是瑞澜纳米设备部的一名机器人运维工程师，入职六年来，攻克难题12项。",
               settings=Settings(home_region="广东省"))
    roles = _roles(art)
    assert ("宓志宏", "副总裁", "深圳市运宝网络科技有限公司") in roles
    assert ("杨晓东", "运维工程师", "中卫云岭数据服务有限公司") in roles
    assert ("刘建军", "机器人运维工程师", "苏州瑞澜纳米科技股份有限公司") in roles


def test_a_trades_job_the_lexicon_lacks_is_read_by_its_form(make_page):
    """冰雕师, 分拣工, 拧紧工: a word of jieba's dictionary and 师/工/员 after it is a
    worker's post the lexicon need not list; 务工人员, 展会员 and 重点工程项目 give no post
    and no name."""
    art = _one(make_page, "在佳木斯雪乡冰雪文化旅游有限公司的仓库里，冰雕师孙浩然正和同事们整理雕刻工具。"
                          "走进河南伏龙山珍食品股份有限公司的车间，分拣工杨秀梅正在分拣香菇。"
                          "县总工会为务工人员刘建国送去慰问品，并在重点工程项目开展会员普惠活动。",
               settings=Settings(home_region="黑龙江省"))
    roles = _roles(art)
    assert ("孙浩然", "冰雕师", "佳木斯雪乡冰雪文化旅游有限公司") in roles
    assert ("杨秀梅", "分拣工", "河南伏龙山珍食品股份有限公司") in roles
    assert not any(r[0] == "刘建国" for r in roles)
    assert not {"程项目", "普惠"} & set(_ents(art))


def test_a_case_reports_masked_parties_are_no_entities(make_page):
    """刘某, 某配送公司, 某网络科技公司: the parties a case report masks are not entities,
    nor a masked name with the next character glued on (刘某经|招聘) or running into a
    mask (主张王|某); the court and the union's lawyer are."""
    art = _one(make_page, "【基本案情】2021年6月，刘某经招聘进入某配送公司承包经营的外卖站点从事配送工作。"
                          "某配送公司要求刘某在某网络科技公司运营的平台注册。审理中，某科技公司主张王某的加班系自愿加班。"
                          "广州市天河区人民法院审理认为，双方存在劳动关系。广东恒信律师事务所律师邝文杰代理刘某出庭。",
               settings=Settings(home_region="广东省"))
    ents = set(_ents(art))
    assert not {e for e in ents if "某" in e or e in ("张王", "网络科技公司")}, ents
    assert "广州市天河区人民法院" in ents


def test_a_career_after_a_colon_and_a_post_held_besides(make_page):
    """…：1975年任采煤班班长 and 其间，他还于1998年至2003年兼任某某集团工会副主席: a career
    told by its years, a colon before it and 兼任 too."""
    art = _one(make_page, "清明将至，淮南宏岭矿业集团有限责任公司芦山煤矿原副矿长穆长青同志因病逝世。"
                          "凭着这股较真劲儿，穆长青一步一个脚印：1975年任采煤班班长，1992年起任芦山煤矿副矿长，直到2008年退休。"
                          "其间，他还于1998年至2003年兼任宏岭矿业集团工会副主席。",
               settings=Settings(home_region="安徽省"))
    assert ("穆长青", "副主席", "宏岭矿业集团工会") in _roles(art)


def test_places_and_names_jieba_cuts_across_words(make_page):
    """入|职|长安镇: a bound character opens no township; 下一步|市总工会: a step is no place;
    　长|春天|衡精密机械有限公司: the city's short form cut across 春天 still opens the name."""
    art = _one(make_page, "【基本案情】陈某于2019年入职长安镇某电子公司，任品质部主管。"
                          "战国强表示，下一步市总工会将进一步完善帮扶机制。\n"
                          "长春市：\n\n王秀娟（女）　长春天衡精密机械有限公司数控车工\n",
               settings=Settings(home_region="吉林省", ner_model=""))
    ents = set(_ents(art))
    assert "长安镇" in ents and "职长安镇" not in ents
    assert "一步市总工会" not in ents
    assert "长春天衡精密机械有限公司" in ents and "衡精密机械有限公司" not in ents


def test_an_honor_after_one_of_and_won_just_this_year(make_page):
    """一位是“江淮工匠”、某某高级技师某甲: the honor before the post after 一位是; 某乙在码头开了
    20年门机，今年刚入选“南粤工匠”: 刚 after the year; a name ending in 刚 keeps its honor."""
    art = _one(make_page, "芜湖星衡机器人科技有限公司的顾俊峰找来了两个帮手：一位是“江淮工匠”、电气调试高级技师梅少卿，另一位是装配工杜一帆。"
                          "“半个小时就查完了。”门机司机揭振宇说。揭振宇在码头开了20年门机，今年刚入选“南粤工匠”，最关心的是职业病。"
                          "焊工易志刚荣获“湖湘工匠”称号。",
               settings=Settings(home_region="安徽省"))
    honors = _honors(art)
    assert {("梅少卿", "江淮工匠"), ("揭振宇", "南粤工匠"), ("易志刚", "湖湘工匠")} <= honors


def test_a_schedule_printed_as_a_table_names_each_cells_speaker(make_page):
    """A table's rows set apart by blank lines stay rows (not one paragraph cut by a
    column break); a name in a cell takes the post after it, in brackets or in the next
    cell, and a transliterated name ends before a common verb (某某提醒) or 参加."""
    text = ("培训班开班。课后，主治医师达瓦拉姆提醒大家注意防晒。自治区总工会经费审查委员会主任洛桑曲培参加调研。\n\n"
            "日期　　时间　　课程　　授课人\n\n"
            "7月8日　10:00—12:30　工会法律法规解读　鲍静岚　雪域大学法学院教授\n\n"
            "7月9日　15:30—18:00　工会经费审查监督　穆清禾（自治区总工会经费审查委员会办公室主任）\n\n"
            "7月10日　10:00—12:30　劳动竞赛组织实施　索南多杰　高原天路建工集团有限公司工会主席")
    art = _one(make_page, text, settings=Settings(home_region="西藏自治区", ner_model=""))
    roles = _roles(art)
    assert ("鲍静岚", "教授", "雪域大学") in roles
    assert ("穆清禾", "主任", "西藏自治区总工会经费审查委员会") in roles
    assert ("索南多杰", "主席", "高原天路建工集团有限公司工会") in roles
    assert ("洛桑曲培", "主任", "西藏自治区总工会经费审查委员会") in roles
    assert "达瓦拉姆" in _ents(art) and "达瓦拉" not in _ents(art)


def test_a_names_last_character_that_opens_a_word_with_the_verb_after_it(make_page):
    """某建新|作工作报告 (not 新作), 某玉成|为站点工会授牌 (not 成为), 某永和|介绍 (not 和):
    the clause after reads only with the character in the name."""
    art = _one(make_page, "区总工会党组书记、常务副主席郗建新作工作报告。区总工会副主席阙玉成为站点工会授牌。"
                          "街道总工会主席籍永和介绍，会客厅已接待职工600人次。",
               settings=Settings(home_region="山东省济南市槐荫区", ner_model=""))
    names = set(_ents(art))
    assert {"郗建新", "阙玉成", "籍永和"} <= names
    assert not {"郗建", "阙玉", "籍永"} & names


def test_an_elections_list_of_members_and_the_posts_of_the_new_committee(make_page):
    """当选第二届委员会委员的有（按姓氏笔画为序）：… : seats on the electing union's committee;
    当选经费审查委员会委员的有：… : seats on the committee so named; the next sentence's
    当选主席 is at the union, not at the committee the sentence before named."""
    art = _one(make_page, "大会选举产生了潭头街道总工会第二届委员会、潭头街道总工会经费审查委员会。"
                          "当选第二届委员会委员的有（按姓氏笔画为序）：卞炳坤、尤淑贞（女）、蔺明达。"
                          "当选经费审查委员会委员的有：訾桂英（女）、宓建华。"
                          "在随后召开的第二届委员会第一次全体会议上，谌晓东当选主席，鄢秀琴、阚建国当选副主席。",
               settings=Settings(home_region="福建省厦门市湖里区", ner_model=""))
    roles = _roles(art)
    union, audit = "潭头街道总工会", "潭头街道总工会经费审查委员会"
    assert {("卞炳坤", "委员", union), ("尤淑贞", "委员", union), ("蔺明达", "委员", union)} <= roles
    assert {("訾桂英", "委员", audit), ("宓建华", "委员", audit)} <= roles
    assert {("谌晓东", "主席", union), ("鄢秀琴", "副主席", union), ("阚建国", "副主席", union)} <= roles


def test_a_proposal_answer_places_department_posts_at_the_company_the_headline_names(make_page):
    """A story about the company its headline names (by a declared short form): a job in a
    workshop (某某（总装车间装配工）), a department's head signing a note (（答复人：人力资源部部长 某某）)
    and a workshop's 主任 are the company's, though the paragraph before named another company."""
    text = ("河南岳衡起重装备集团有限公司（以下简称“岳衡集团”）召开提案办理情况通报会。\n\n"
            "答复：集团已与长垣市城乡公交有限公司签订协议，开通通勤班车。\n\n"
            "提案编号：第11号　提案人：缪玉霞（总装车间装配工）　附议人：单红艳\n\n"
            "答复：集团已建成母婴关爱室4间。（答复人：人力资源部部长 笪国庆）\n\n"
            "第二代表团的职工代表、电气装配车间主任阙卫东说，津贴提高后大家干劲更足了。")
    art = _one(make_page, text, headline="岳衡集团职代会提案答复情况", settings=Settings(home_region="河南省", ner_model=""))
    roles = _roles(art)
    company = "河南岳衡起重装备集团有限公司"
    assert {("缪玉霞", "装配工", company), ("笪国庆", "部长", company), ("阙卫东", "主任", company)} <= roles


def test_a_results_table_with_bare_bars_and_titles_granted_to_listed_contestants(make_page):
    """名次｜姓名｜单位｜成绩 rows are a table's (no company runs across the bars), a row cut
    inside its company by a column break is joined again; 授予电工组某甲、某乙和焊工组某丙3名
    选手“…”称号 gives each listed name the title, the groups' labels aside."""
    text = ("竞赛决出了个人名次。\n\n名次｜姓名｜单位｜成绩\n\n第一名｜亓志鹏｜唐山燕峰钢铁集团有限公司能源动力厂｜96.5分\n\n"
            "第三名｜郜文轩｜迁安北岳钢\n\n铁有限公司炼钢厂｜93.5分\n\n"
            "闭幕式上，省人社厅授予电工组亓志鹏、郜文轩和焊工组甘宏亮、訾晓宇4名选手“河北省技术能手”称号。")
    art = _one(make_page, text, settings=Settings(home_region="河北省", ner_model=""))
    ents = _ents(art)
    assert "迁安北岳钢铁有限公司" in ents and not any("｜" in n or "|" in n for n in ents)
    assert {("亓志鹏", "河北省技术能手"), ("郜文轩", "河北省技术能手"), ("甘宏亮", "河北省技术能手"),
            ("訾晓宇", "河北省技术能手")} <= _honors(art)


def test_posts_elected_after_a_long_list_of_members_are_at_the_electing_union(make_page):
    """The election's union named more than a long list of members before: 当选主席 in the
    next paragraph is still the union's whose committee was elected."""
    members = "、".join(s + g for s in "郗蔺阙宓鄢阚谌卞訾亓" for g in ("明轩", "秀芸", "立峰", "婉清", "德昌", "雨桐"))
    text = (f"大会选举产生了潭头街道总工会第二届委员会。当选第二届委员会委员的有：{members}。\n\n"
            "在随后召开的第二届委员会第一次全体会议和经费审查委员会、女职工委员会第一次会议上，郗明轩当选主席，鄢秀芸当选副主席。")
    roles = _roles(_one(make_page, text, settings=Settings(home_region="福建省厦门市湖里区", ner_model="")))
    assert {("郗明轩", "主席", "潭头街道总工会"), ("鄢秀芸", "副主席", "潭头街道总工会")} <= roles


def test_a_commendation_list_by_prefecture_with_peoples_notes_and_a_row_cut_after_its_name(make_page):
    """Rows of 姓名（民族）　单位职务 under a prefecture's label: a Dai name with no surname is
    a name by its people's note; a row cut by a column break right after its name is joined
    again; a railway's 调车长 and a 气象台 are read."""
    text = ("决定对以下个人予以表彰。\n\n红河州（3名）\n"
            "沙正清（彝族）　红河锡峰矿业有限公司井下爆破工\n郗建国\n\n红河开远电力检修有限公司变电检修工\n"
            "岩坎（傣族）　西双版纳勐腊橡胶有限公司割胶工\n卞繁荣　曲靖滇东铁路物流有限公司调车长\n"
            "阙　雯　云南省气象台首席预报员\n")
    art = _one(make_page, text, settings=Settings(home_region="云南省", ner_model=""))
    roles = _roles(art)
    assert ("岩坎", "割胶工", "西双版纳勐腊橡胶有限公司") in roles
    assert ("郗建国", "变电检修工", "红河开远电力检修有限公司") in roles
    assert ("卞繁荣", "调车长", "曲靖滇东铁路物流有限公司") in roles
    assert ("阙雯", "首席预报员", "云南省气象台") in roles


def test_an_alliance_of_studios_and_a_name_after_a_post_by_its_peoples_note(make_page):
    """…创新工作室联盟 is one body (not its 工作室); 割胶工岩某（傣族）: a Dai name after a post,
    with no surname, is a name by its people's note."""
    text = ("三明市先进制造业劳模工匠创新工作室联盟成立。首席技师阙丽清（畲族）当选联盟首任理事长。"
            "西双版纳勐腊橡胶有限公司割胶工岩坎（傣族）在发言中说，自己每天凌晨3点就要走进橡胶林。")
    art = _one(make_page, text, settings=Settings(home_region="福建省", ner_model=""))
    roles = _roles(art)
    assert ("阙丽清", "理事长", "三明市先进制造业劳模工匠创新工作室联盟") in roles
    assert ("岩坎", "割胶工", "西双版纳勐腊橡胶有限公司") in roles


def test_a_federation_of_industry_and_commerce_is_a_body(make_page):
    """省工商联党组成员、副主席某某: 工商联 (and 侨联) close a body's name, as 妇联 and 科协 do."""
    art = _one(make_page, "省国资委副主任阙立强，省工商联党组成员、副主席宓一帆出席会议。",
               settings=Settings(home_region="陕西省", ner_model=""))
    assert {("宓一帆", "党组成员", "陕西省工商联"), ("宓一帆", "副主席", "陕西省工商联")} <= _roles(art)


def test_a_bodys_kind_printed_bare_before_its_heads_post(make_page):
    """中心主任某某, 工作站站长某某, 工作站值班律师某某: the centre or station of that kind the
    article named before; 主席 after a bare kind is left to the union rules."""
    text = ("郴州市总工会职工法律援助中心揭牌。中心主任阙若兰说，中心实行律师轮值制度。"
            "资兴市总工会职工法律援助工作站同日启用，工作站站长宓丽娜和工作站值班律师卞岚接待了首批职工。")
    roles = _roles(_one(make_page, text, settings=Settings(home_region="湖南省", ner_model="")))
    assert ("阙若兰", "主任", "郴州市总工会职工法律援助中心") in roles
    assert ("宓丽娜", "站长", "资兴市总工会职工法律援助工作站") in roles
    assert ("卞岚", "值班律师", "资兴市总工会职工法律援助工作站") in roles


def test_a_companys_works_named_by_its_trade_is_no_entity(make_page):
    """炼钢二厂, 动力厂: a works named by its trade alone is a sub-unit of the company the story
    is about; the posts in it (厂长, 党委书记, 司炉工) are the company's. A works the article
    also prints after its company (某某集团有限公司第三采油厂) is still named."""
    text = ("在辽宁恒瑞特钢有限公司（以下简称“恒瑞特钢”）炼钢二厂转炉平台上，温度计读数超过50摄氏度。"
            "炼钢二厂党委书记、厂长宓宏彬说，厂里将开展安全标杆班组创建。动力厂司炉工阙志远也参加了交流。")
    art = _one(make_page, text, settings=Settings(home_region="辽宁省", ner_model="ner-cluener"))
    roles = _roles(art)
    assert {("宓宏彬", "党委书记", "辽宁恒瑞特钢有限公司"), ("宓宏彬", "厂长", "辽宁恒瑞特钢有限公司"),
            ("阙志远", "司炉工", "辽宁恒瑞特钢有限公司")} <= roles
    assert not {"炼钢二厂", "动力厂"} & set(_ents(art))
    art = _one(make_page, "大庆恒昌石油集团有限公司第三采油厂采油工宓红梅说。第三采油厂地处让胡路区。",
               settings=Settings(home_region="黑龙江省", ner_model="ner-cluener"))
    assert "第三采油厂" in _ents(art)


def test_national_delivery_platforms_are_companies_and_employ_their_riders(make_page):
    """美团骑手某某, 在顺丰干了三年的快递员某某: the national platforms are companies by name,
    the employer of the rider or courier printed with them."""
    text = "美团骑手宓海成已在庐州跑了6年外卖。快递员阙鹏成是驿站的常客，他在顺丰干了三年。"
    art = _one(make_page, text, settings=Settings(home_region="安徽省", ner_model=""))
    assert {"美团", "顺丰速运"} <= set(_ents(art))
    assert {("宓海成", "骑手", "美团"), ("阙鹏成", "快递员", "顺丰速运")} <= _roles(art)


def test_a_platforms_brand_before_a_stations_post_and_a_brand_with_a_rare_verb(make_page):
    """某速达网络科技有限公司 is 某速达 after its first mention (网络 is a trade word), so
    某速达雨花站站长某某 is its post; 上海飞驰即送网络科技有限公司: a rare verb (飞驰) is part of
    the brand, the name opens with its place."""
    text = ("长沙湘捷达网络科技有限公司在雨花区设有站点。湘捷达雨花站站长宓志成介绍，站点有注册骑手300余名。"
            "上海飞驰即达网络科技有限公司成立工会。")
    art = _one(make_page, text, settings=Settings(home_region="湖南省", ner_model=""))
    assert ("宓志成", "站长", "长沙湘捷达网络科技有限公司") in _roles(art)
    assert "上海飞驰即达网络科技有限公司" in _ents(art)


def test_a_post_only_an_employer_has_is_at_the_company_named_paragraphs_before(make_page):
    """车间主任某某, 焊工班班长某某 in a paragraph that names no company, in a story that named
    its company before (and another company earlier still): the company named last."""
    text = ("新城铺镇有十多家企业，河北恒通物流有限公司是其中之一。\n"
            "河北恒锐机械制造有限公司起步时只有十几名工人。\n"
            "近年来，恒锐机械坚持技能立企，订单越来越多。\n"
            "在装配车间，车间主任宓志远正带着几名年轻职工调试生产线。\n"
            "焊工班班长阙春成是车间里公认的焊花能手。")
    roles = _roles(_one(make_page, text, settings=Settings(home_region="河北省", ner_model="")))
    assert {("宓志远", "车间主任", "河北恒锐机械制造有限公司"), ("阙春成", "班长", "河北恒锐机械制造有限公司")} <= roles


def test_an_audit_report_names_its_committee_short_and_its_units_heads_in_notes(make_page):
    """经审委主任某某, then 经审委副主任某某 and 经审委委员某某、某某 in later clauses: the audit
    committee of the union named before; 某区总工会（主席 某某）: the post of the body the note
    follows; 将整改情况报市总工会: 市总工会 is the home city's union, not a body named 情况报市."""
    text = ("审查工作由市总工会党组成员、经审委主任阙立新牵头，经审委副主任宓晓玲具体组织，"
            "经审委委员汪海成、冉春雁分三个小组开展工作。本次审查的单位及负责人为：张湾区总工会（主席 曾凡松）、"
            "茅箭区总工会（主席 付红云）。各单位于3月31日前将整改情况报市总工会经审委。")
    art = _one(make_page, text, headline="十堰市总工会召开全委会议",
               settings=Settings(home_region="湖北省十堰市", ner_model=""))
    roles = _roles(art)
    committee = "十堰市总工会经费审查委员会"
    assert {("阙立新", "主任", committee), ("宓晓玲", "副主任", committee), ("汪海成", "委员", committee),
            ("冉春雁", "委员", committee)} <= roles
    assert {("曾凡松", "主席", "张湾区总工会"), ("付红云", "主席", "茅箭区总工会")} <= roles
    assert not [n for n in _ents(art) if "情况" in n]


def test_a_deputys_proposal_gives_the_post_in_the_note_after_代表(make_page):
    """（一）…获得者某某代表（某某公司工会主席）提出的《…》 and an item cut by a column break
    between 某某代表 and its note: the note is the deputy's post; a paragraph that ends
    with 如下： is joined to the line a column break cut before it (…市总工会党组 / 书记、主席某某)."""
    body = ("近日，绍兴市总工会通报建议办理情况。\n\n市人大常委会副主任、市总工会党组\n\n"
            "书记、主席宓伟民多次主持召开党组会专题研究。现将有关办理情况通报如下：\n\n"
            "（一）全国五一劳动奖章获得者阙建芬代表（浙江越纺纺织印染有限公司工会主席）提出的《关于加强高温防护的建议》：办理情况：略。\n\n"
            "（二）宓建东代表\n\n（浙江恒晟化工股份有限公司工会主席）提出的《关于技能提升的建议》：办理情况：略。")
    page = make_page(f"绍兴市总工会通报建议办理情况\n\n本报讯（记者 钟雅琴）{body}\n")
    roles = _roles(extract_page(page, Settings(home_region="浙江省绍兴市", ner_model="")).articles[0])
    assert {("阙建芬", "主席", "浙江越纺纺织印染有限公司工会"), ("宓建东", "主席", "浙江恒晟化工股份有限公司工会"),
            ("宓伟民", "党组书记", "绍兴市总工会"), ("宓伟民", "主席", "绍兴市总工会")} <= roles


def test_a_duty_rotas_rows_name_the_lawyers_at_their_firms(make_page):
    """周一　某某律师事务所　某甲律师　某乙律师: each lawyer on duty is a person, 律师 at the firm
    of the row; the weekday opening the row is no name."""
    text = "中心律师值班表如下：\n周一　江苏龙城律师事务所　宓建平律师　阙文娟律师\n周二　江苏恒德律师事务所　卞晴律师\n"
    art = _one(make_page, text, settings=Settings(home_region="江苏省", ner_model=""))
    assert {("宓建平", "律师", "江苏龙城律师事务所"), ("阙文娟", "律师", "江苏龙城律师事务所"),
            ("卞晴", "律师", "江苏恒德律师事务所")} <= _roles(art)
    assert "周二" not in _ents(art)


def test_a_title_won_before_a_de_clause_and_winners_listed_before_入选(make_page):
    """去年获评“某市最美骑手”的某某站骑手某某: the quoted title won is the person's honor, however
    it is worded; 命名第三批“某某工匠”，公司的某甲、某乙入选: the names closed by 入选 hold it."""
    text = ("去年获评“杭州市最美骑手”的鲜橙外卖文新站骑手潘小成现场分享了经验。"
            "今年4月，包头市总工会命名第三批“鹿城工匠”，公司的韩志成、宓立新入选。")
    art = _one(make_page, text, settings=Settings(home_region="浙江省", ner_model="ner-cluener"))
    assert {("潘小成", "杭州市最美骑手"), ("韩志成", "鹿城工匠"), ("宓立新", "鹿城工匠")} <= _honors(art)


def test_a_mongolian_name_with_额尔敦_after_a_post_is_read_whole(make_page):
    """常务副主席某斯额尔敦在…致辞: 敦 (额尔敦, "jewel") belongs to transliterated names, so the name
    is not cut after its first three characters."""
    art = _one(make_page, "锡林郭勒盟总工会党组书记、常务副主席乌斯额尔敦在开幕式上致辞。",
               settings=Settings(home_region="内蒙古自治区", ner_model=""))
    assert {("乌斯额尔敦", "党组书记", "锡林郭勒盟总工会"), ("乌斯额尔敦", "常务副主席", "锡林郭勒盟总工会")} <= _roles(art)


def test_a_gachas_posts_are_the_villages_named_before(make_page):
    """某某苏木某某嘎查 … 嘎查党支部书记、嘎查达某某, 嘎查长某某: a 嘎查 (a grassland village) is a
    district like a 村, its party branch folded into it, and its head's post (嘎查达, 嘎查长) is its;
    某某嘎查联合工会 is a union, not cut at the interjection jieba reads in 嘎."""
    text = ("阿尔巴斯苏木巴音乌苏嘎查是第一批建起工会小组的嘎查。嘎查党支部书记、嘎查达乌力吉巴图告诉记者，会员有46人。\n"
            "在陶利嘎查，嘎查长斯琴图娅兼任工会主席。今年3月成立的陶利嘎查联合工会吸纳了驼奶加工户。")
    art = _one(make_page, text, settings=Settings(home_region="内蒙古自治区", ner_model=""))
    assert {("乌力吉巴图", "党支部书记", "巴音乌苏嘎查"), ("乌力吉巴图", "嘎查达", "巴音乌苏嘎查"),
            ("斯琴图娅", "嘎查长", "陶利嘎查")} <= _roles(art)
    assert {"巴音乌苏嘎查", "陶利嘎查", "陶利嘎查联合工会"} <= set(_ents(art))


def test_a_post_after_a_companys_noted_short_name_is_at_the_company(make_page):
    """某某有限公司（以下简称“某某”）焊接特级技师某某: the note on the company's short name stays in
    the chain; the post (with its craft) is at the company."""
    text = "入选者中，有扎根焊接岗位28年的包头北宸重型机械有限公司（以下简称“北宸重工”）焊接特级技师栾国成。"
    roles = _roles(_one(make_page, text, settings=Settings(home_region="内蒙古自治区", ner_model="")))
    assert ("栾国成", "焊接特级技师", "包头北宸重型机械有限公司") in roles


def test_a_surname_that_opens_a_common_word_after_a_post_is_no_name(make_page):
    """骑手安全课, 工人通过手机: after a post, a surname that opens a frequent word (安全, 通过) begins
    that word, not a name; 焊工韩国成 (韩国, a place) and 副主席东方晓 (a compound surname) are names."""
    text = ("工会组织了“骑手安全课”，还为工人通过手机办理入会。"
            "焊工韩国成介绍了经验。区总工会副主席东方晓出席。")
    art = _one(make_page, text, settings=Settings(home_region="河北省", ner_model=""))
    names = set(_ents(art))
    assert not {"安全课", "通过手"} & names
    assert {"韩国成", "东方晓"} <= names


def test_a_trades_team_after_its_post_is_no_name(make_page):
    """设备检修中心焊工班近三年…, 钳工组正…: 班/组 right after a worker's post make it a team, never a
    surname; 钢筋工班长某某 still names the foreman."""
    text = "在他的带动下，设备检修中心焊工班近三年没有发生一起质量事故。钢筋工班长郝大成也是全国劳动模范。"
    art = _one(make_page, text, settings=Settings(home_region="湖北省", ner_model=""))
    names = set(_ents(art))
    assert "班近" not in names and "郝大成" in names
    assert ("郝大成", "全国劳动模范") in _honors(art)


def test_a_centre_named_by_its_kind_of_work_is_no_entity(make_page):
    """技能培训中心, 研发中心 (研发 an abbreviation jieba tags j), 五轴加工中心 (a machine tool): kinds,
    no names, and a post in a company's 研发中心 is the company's; 海棠街道职工服务中心 is a name."""
    text = ("学员们在技能培训中心参加了培训。上海沪宁精密机械有限公司研发中心工艺工程师宓颖说，车间新添了一台五轴加工中心。"
            "海棠街道职工服务中心开放。")
    art = _one(make_page, text, settings=Settings(home_region="上海市", ner_model=""))
    names = set(_ents(art))
    assert not {"技能培训中心", "研发中心", "五轴加工中心", "一台五轴加工中心"} & names
    assert "海棠街道职工服务中心" in names
    assert ("宓颖", "工艺工程师", "上海沪宁精密机械有限公司") in _roles(art)


def test_a_person_before_大学_or_学会_a_street_and_a_verb_before_a_studio_name_no_body(make_page):
    """某小英大学毕业后, 跟着某国胜学会了焊接: a person, then a word; 二七区大学路: a street; 某某
    经常来工作室: a verb before 工作室, no studio named after the person; 郑州大学 is still a body."""
    text = ("今年28岁的宓小英大学毕业后回到家乡。他在工作室里跟着阙国胜学会了机器人焊接。"
            "在二七区大学路的司机之家，工会主席卞立民经常来工作室问需求。郑州大学副教授石文成说。")
    names = set(_ents(_one(make_page, text, settings=Settings(home_region="河南省", ner_model=""))))
    assert not {"宓小英大学", "阙国胜学会", "二七区大学", "卞立民经常来工作室"} & names
    assert "郑州大学" in names


def test_a_law_firm_after_its_province_and_prize_rows_with_a_long_prefecture(make_page):
    """广东莞信律师事务所 (jieba: 广|东莞|信), 湖南湘麓恒正律师事务所 (…|恒|正 an adverb): a law firm's
    registered name opens with its province, as a company's does; 一等奖：某甲（某某自治州，某某公司） /
    二等奖：… rows are rows, and a long prefecture before the unit still frames the name."""
    text = ("广东莞信律师事务所律师叶嘉成说。湖南湘麓恒正律师事务所律师曾凡成答。\n"
            "比赛结果揭晓：\n一等奖：包光成（红河哈尼族彝族自治州，云南蒙自锡能电力工程有限公司）\n"
            "二等奖：白云成（红河哈尼族彝族自治州，个旧市锡都冶炼有限公司）\n")
    art = _one(make_page, text, settings=Settings(home_region="云南省", ner_model=""))
    assert {("叶嘉成", "律师", "广东莞信律师事务所"), ("曾凡成", "律师", "湖南湘麓恒正律师事务所")} <= _roles(art)
    assert {"包光成", "白云成", "个旧市锡都冶炼有限公司"} <= set(_ents(art))


def test_a_centre_printed_with_its_full_address_keeps_it(make_page):
    """玉溪市红塔区春和街道社区卫生服务中心 (jieba: 春|和, a time word and a conjunction): the town the walk
    stopped inside opens the name, and so do the district and the city printed right before it."""
    art = _one(make_page, "玉溪市红塔区春和街道社区卫生服务中心主任施晓成说。",
               settings=Settings(home_region="云南省", ner_model=""))
    assert ("施晓成", "主任", "玉溪市红塔区春和街道社区卫生服务中心") in _roles(art)


def test_a_kind_of_station_a_community_builds_is_no_name(make_page):
    """后湖街道幸福湾社区建起新就业形态劳动者服务站: 建起 is a verb of building, so what follows in
    common words is a kind, not a station's name; the street and the community stay places."""
    names = set(_ents(_one(make_page, "后湖街道幸福湾社区建起新就业形态劳动者服务站。",
                           settings=Settings(home_region="湖北省", ner_model=""))))
    assert {"后湖街道", "幸福湾社区"} <= names and not [n for n in names if n.endswith("服务站")]


def test_a_centre_named_by_a_modern_word_of_work_is_a_kind(make_page):
    """技能实训中心, 智算中心, 社区党群服务中心: jieba's 2012 dictionary cuts 实|训 and 智|算 and counts 党群
    rarely, so the centre looked named; these words of work are common words, and a centre named
    by them is a kind; with 运维 one word, 风电运维员 still stays one post."""
    text = ("集团今年将投入3000万元建设技能实训中心。二期智算中心正式投运。整合社区党群服务中心、工会驿站等场所。"
            "甘肃蒙风新能源股份有限公司风电运维员卓晓丽说。")
    art = _one(make_page, text, settings=Settings(home_region="甘肃省", ner_model=""))
    names = set(_ents(art))
    assert not [n for n in names if n.endswith("中心")]
    assert ("卓晓丽", "风电运维员", "甘肃蒙风新能源股份有限公司") in _roles(art)


def test_a_committee_office_and_a_company_unions_committee(make_page):
    """市总工会经审会办公室主任某某, 经审办主任某某: the office is the committee's sub-unit, so the post is
    at the union's audit committee; 任命某某为某某公司工会经费审查委员会副主任: the committee of the
    company's union, which is an entity too."""
    text = ("沧州市总工会召开会议。市总工会经审会办公室主任祁红梅介绍。经审委委员汪立军分组开展工作，"
            "市总工会经审办主任满可欣负责协调。任命仉建新为晋川煤业集团有限责任公司工会经费审查委员会副主任。")
    art = _one(make_page, text, settings=Settings(home_region="河北省", ner_model=""))
    assert {("祁红梅", "主任", "沧州市总工会经费审查委员会"), ("满可欣", "主任", "沧州市总工会经费审查委员会"),
            ("仉建新", "副主任", "晋川煤业集团有限责任公司工会经费审查委员会")} <= _roles(art)
    assert ("晋川煤业集团有限责任公司工会经费审查委员会", "part_of", "晋川煤业集团有限责任公司工会") in _links(art)


def test_a_table_whose_post_is_a_column_heading_or_printed_before_the_holder(make_page):
    """| 单位 | 会员数 | 负责人 | with 常务副主席 某某 in the cell, and | 产业工会 | 会员数 | 主席 | with the
    name alone: each row is a post at the row's unit, the figures no part of it; a row whose last
    cell is a post (| 某某 | 某某公司 | 总经理 |) is no header."""
    body = ("市总工会发布统计公报。\n\n| 单位 | 基层工会数 | 会员数 | 负责人 |\n| --- | --- | --- | --- |\n"
            "| 锦江区总工会 | 2316 | 24.6 | 常务副主席 浦丽萍 |\n| 郫都区总工会 | 1768 | 15.3 | 主席 禄　婷 |\n\n"
            "| 产业工会 | 基层工会数 | 会员数 | 主席 |\n| --- | --- | --- | --- |\n"
            "| 成都市教育工会 | 1268 | 16.2 | 闻雪琴 |\n\n"
            "| 姓名 | 单位 | 职务 |\n| --- | --- | --- |\n| 卜海燕 | 成都鑫禾农业发展有限公司 | 总经理 |\n"
            "| 师卫东 | 成都市公安局武侯分局 | 社区民警 |\n")
    roles = _roles(_one(make_page, body, settings=Settings(home_region="四川省", ner_model="")))
    assert {("浦丽萍", "常务副主席", "锦江区总工会"), ("禄婷", "主席", "郫都区总工会"), ("闻雪琴", "主席", "成都市教育工会"),
            ("卜海燕", "总经理", "成都鑫禾农业发展有限公司"), ("师卫东", "社区民警", "成都市公安局武侯分局")} <= roles


def test_a_street_unions_congress_and_its_slate_with_padded_names(make_page):
    """某区某街道总工会第二次代表大会召开: the union is named (the congress is its own); the slate
    below it: a members' row under 当选第二届委员会委员的有（…）： on the next line, names padded to
    three (宓　蕾), 主席：/副主席：/…主任： lines and the audit committee's members, each its own
    line, none joined to the next by a column-break repair."""
    body = ("6月13日，历下区泉水街道总工会第二次代表大会召开。\n\n"
            "当选第二届委员会委员的有（按姓氏笔画为序）：\n\n宓　蕾、仉广辉、卜　健、禚晓萌、\n\n"
            "佴振东、岑　帆、蒯立平、籍文博\n\n主席：禚晓萌\n\n副主席：佴振东、岑　帆（兼职）\n\n"
            "经费审查委员会主任：籍文博\n\n女职工委员会主任：宓　蕾\n\n"
            "当选第二届经费审查委员会委员的有：籍文博、訾春燕、亓　静\n\n新当选的街道总工会主席禚晓萌表示。")
    art = _one(make_page, body, settings=Settings(home_region="山东省", ner_model=""))
    union = "历下区泉水街道总工会"
    assert union in _ents(art)
    assert {("宓蕾", "委员", union), ("仉广辉", "委员", union), ("籍文博", "委员", union), ("禚晓萌", "主席", union),
            ("佴振东", "副主席", union), ("岑帆", "副主席", union), ("宓蕾", "主任", union + "女职工委员会"),
            ("籍文博", "主任", union + "经费审查委员会"), ("訾春燕", "委员", union + "经费审查委员会"),
            ("亓静", "委员", union + "经费审查委员会")} <= _roles(art)


def test_a_department_or_a_union_committee_before_a_note_with_its_head(make_page):
    """承办部门：人力资源部（部长 某某）: a department of the story's company; 集团工会组织宣传部（部长
    某某）: of the company's union; 集团工会女职工委员会（主任 某某）: the union's own committee."""
    body = ("4月16日，广西蔗林糖业集团有限公司第五届职工代表大会召开，本次会议由广西蔗林糖业集团有限公司工会筹备。"
            "（一）案由：关于提高夜班津贴的提案；承办部门：人力资源部（部长 农建民）。"
            "（二）承办部门：集团工会组织宣传部（部长 廖春芳）。"
            "（三）提案人：集团工会女职工委员会（主任 陈美琴）；案由：关于建设爱心妈妈小屋的提案。")
    roles = _roles(_one(make_page, body, headline="广西蔗林糖业集团有限公司关于提案办理情况的报告",
                        settings=Settings(home_region="广西壮族自治区", ner_model="")))
    company = "广西蔗林糖业集团有限公司"
    assert {("农建民", "部长", company), ("廖春芳", "部长", company + "工会"),
            ("陈美琴", "主任", company + "工会女职工委员会")} <= roles


def test_a_foreign_dotted_name_glossed_in_latin_letters(make_page):
    """总经理马库斯·韦纳（Markus Wenner）, CEO理查德·班尼（Richard Benny）: the Latin gloss frames the
    dotted name whatever characters transliterate it; the part before the dot runs back to the post."""
    body = ("东莞博威医疗器械有限公司成立于2005年。公司总经理马库斯·韦纳（Markus Wenner）用中文对记者说。"
            "CEO理查德·班尼（Richard Benny）每次都会参加。")
    art = _one(make_page, body, settings=Settings(home_region="广东省", ner_model=""))
    assert {"马库斯·韦纳", "理查德·班尼"} <= set(_ents(art))
    assert ("马库斯·韦纳", "总经理", "东莞博威医疗器械有限公司") in _roles(art)


def test_a_townships_organs_printed_without_its_name(make_page):
    """街道党工委副书记、街道办事处主任某某 after 某某街道 has been named: the street's party working
    committee and its office, each a body of its own (the office a new one)."""
    body = ("历下区泉水街道总工会召开大会。泉水街道党工委书记冉立新出席会议，"
            "街道党工委副书记、街道办事处主任邴建华主持大会。")
    art = _one(make_page, body, settings=Settings(home_region="山东省", ner_model=""))
    assert {("邴建华", "副书记", "泉水街道党工委"), ("邴建华", "主任", "泉水街道办事处")} <= _roles(art)
    assert "泉水街道办事处" in _ents(art)


def test_a_three_character_brand_before_trade_words_and_a_seat_in_brackets(make_page):
    """东莞宏丰达五金塑胶制品有限公司 -> 宏丰达 (五金, 塑胶, 制品 are trade words); 德信精密电子（深圳）
    有限公司 -> 德信电子 (the seat in brackets is no part of the name): each short form's union is
    the company's union."""
    body = ("东莞宏丰达五金塑胶制品有限公司是一家老牌港企。宏丰达工会主席邝志坚来自四川。"
            "德信精密电子（深圳）有限公司员工2000余人。德信电子工会主席邬丽萍介绍。")
    roles = _roles(_one(make_page, body, settings=Settings(home_region="广东省", ner_model="")))
    assert {("邝志坚", "主席", "宏丰达工会"), ("邬丽萍", "主席", "德信电子工会")} <= roles


def test_a_company_unions_committee_printed_by_kind_in_a_chain(make_page):
    """质检组长、公司工会女职工委员会主任某某: 公司工会 is the company union named last, and the post is
    at its women workers' committee."""
    body = ("德信精密电子（深圳）有限公司员工2000余人。德信电子工会主席邬丽萍介绍。"
            "质检组长、公司工会女职工委员会主任覃美芳来自广西陆川县。")
    roles = _roles(_one(make_page, body, settings=Settings(home_region="广东省", ner_model="")))
    assert ("覃美芳", "主任", "德信电子工会女职工委员会") in roles


def test_a_centre_named_by_storage_or_quality_checking_is_a_kind(make_page):
    """仓储中心, 质检中心 (jieba counts 仓储 and 质检 rarely, as abbreviations): a company's centres of
    that kind, no names; the inspector in one is the company's."""
    body = ("西安泾河电力设备有限公司召开职工座谈会。集团工会在3个区域仓储中心召开座谈会。"
            "公司质检中心质检员庾小琴说。")
    art = _one(make_page, body, settings=Settings(home_region="陕西省", ner_model=""))
    assert not [n for n in _ents(art) if n.endswith("中心")]
    assert ("庾小琴", "质检员", "西安泾河电力设备有限公司") in _roles(art)


def test_a_company_printed_only_in_its_unions_name_past_a_district_union(make_page):
    """某某有限公司工会召开会员代表大会 … 某区总工会副主席某某到会 … 公司党委书记、董事长某某: 公司 is the
    company of the company union named last, not the district union printed in between."""
    body = ("通化市松岭冰雪旅游开发有限公司工会召开第二次会员代表大会。郁晓东当选为工会主席。"
            "东昌区总工会副主席阮玉芳到会指导。公司党委书记、董事长甘长城在讲话中提出希望。")
    roles = _roles(_one(make_page, body, settings=Settings(home_region="吉林省", ner_model="")))
    assert {("甘长城", "党委书记", "通化市松岭冰雪旅游开发有限公司"),
            ("甘长城", "董事长", "通化市松岭冰雪旅游开发有限公司")} <= roles


def test_a_congress_heard_reports_by_posts_printed_with_the_generic_company(make_page):
    """会议听取并审议了公司党委书记、董事长某某作的报告: the verbs before 公司 open no unit; the posts are
    the company's."""
    body = ("天津海岳重工有限公司第五届职工代表大会第三次会议召开。"
            "会议听取并审议了公司党委书记、董事长柏振山作的工作报告；听取了公司党委副书记、工会主席"
            "苗秀丽作的提案工作报告。")
    roles = _roles(_one(make_page, body, settings=Settings(home_region="天津市", ner_model="")))
    assert {("柏振山", "党委书记", "天津海岳重工有限公司"),
            ("苗秀丽", "党委副书记", "天津海岳重工有限公司")} <= roles


def test_list_rows_set_apart_by_an_ascii_space_keep_names_that_are_words(make_page):
    """· 某海军 某某公司桥吊司机 (an ASCII space after the name): the space closes the name as a
    full-width one does, so a given name that is also a word (海军, 光明) stays a name; 朵 is a
    surname of 青海's Hui families, read where a post frames it."""
    body = ("2025年度青海工匠名单\n\n"
            "· 柯海军 青海湖港物流有限公司叉车司机\n"
            "· 朵光明 海南藏族自治州共和县恰卜恰镇西岔村党支部书记\n"
            "· 沈立新 青海昆仑盐化有限公司化验员\n")
    roles = _roles(_one(make_page, body, settings=Settings(home_region="青海省", ner_model="")))
    assert {("柯海军", "叉车司机", "青海湖港物流有限公司"), ("朵光明", "党支部书记", "西岔村")} <= roles


def test_a_job_the_lexicon_lacks_after_a_works_of_the_company(make_page):
    """某某　某某集团有限公司热轧分厂主控工: the works (热轧分厂) between the company and a job the
    lexicon lacks is a sub-unit; the job is the company's."""
    body = ("2026年燕赵工匠名单\n\n"
            "苑卫华　河北恒钧钢铁集团有限公司冷轧分厂主控工\n\n"
            "钟立新　廊坊瑞衡电子科技有限公司调试工程师\n")
    roles = _roles(_one(make_page, body, settings=Settings(home_region="河北省", ner_model="")))
    assert ("苑卫华", "主控工", "河北恒钧钢铁集团有限公司") in roles


def test_a_list_of_units_under_an_advanced_unit_heading_and_padded_names_in_brackets(make_page):
    """一、全省工会工作先进单位（3个） over a row of unions: each union holds the honor (先进单位 is an
    honor's kind); 三、优秀工会工作者 over 邢　伟（某县总工会副主席）: a name padded to three before
    its post in brackets is a person, with the post and the honor."""
    body = ("附：2025年度全省工会工作先进单位和先进个人名单\n\n"
            "一、全省工会工作先进单位（3个）\n\n"
            "益阳市总工会、安化县总工会、湖南雪峰茶业有限公司工会\n\n"
            "二、优秀工会工作者（2名）\n\n"
            "邢　伟（桃江县总工会副主席）\n"
            "柴丽娟（益阳市总工会女职工部部长）\n")
    art = _one(make_page, body, settings=Settings(home_region="湖南省", ner_model=""))
    honors = _honors(art)
    assert {("益阳市总工会", "全省工会工作先进单位"), ("安化县总工会", "全省工会工作先进单位"),
            ("湖南雪峰茶业有限公司工会", "全省工会工作先进单位"), ("邢伟", "优秀工会工作者")} <= honors
    assert ("邢伟", "副主席", "桃江县总工会") in _roles(art)


def test_an_answer_letters_addressee_holds_the_posts_the_letter_gives(make_page):
    """某某委员： / 您作为…的市政协委员、某某公司工会主席，…: the deputy the answer is addressed to is a
    person and holds the posts the letter names; so does 某某代表： after 作为…的市人大代表、…班长，您…."""
    body = ("某某市总工会关于提案的答复\n\n邰建业委员：\n\n您提出的提案收悉。您作为长期扎根企业一线的市政协委员、"
            "陕西华岳路桥工程有限公司工会主席，对农民工工资支付提出的意见建议很有针对性。\n\n"
            "宁春燕代表：\n\n您提出的建议收悉。作为来自生产一线的市人大代表、铜川宏峪建材有限公司窑炉车间班长，"
            "您对粉尘防护提出的建议很好。\n")
    roles = _roles(_one(make_page, body, settings=Settings(home_region="陕西省", ner_model="")))
    assert {("邰建业", "主席", "陕西华岳路桥工程有限公司工会"), ("宁春燕", "班长", "铜川宏峪建材有限公司")} <= roles
    assert any(r[0] == "邰建业" and r[1] == "委员" and r[2] and r[2].endswith("政协") for r in roles)


def test_an_election_table_laid_out_in_spaced_columns_reads_as_a_slate(make_page):
    """职务　　姓名　　工作单位及职务 over rows in spaced columns: each row is the post at the union that
    held the election and the holder's own post in a note (副主席（兼职）：某某（某某公司工会主席））; the
    audit committee's members parted by double spaces are its 委员, at the electing union's committee, not
    at a union a note named."""
    body = ("大会选举产生了区总工会第五届委员会和经费审查委员会。"
            "在随后召开的五届一次全委会议和经费审查委员会第一次会议上，选举产生了新一届领导班子。选举结果如下：\n\n"
            "职务            姓名        工作单位及职务\n"
            "主席            卞成林      区总工会党组书记\n"
            "副主席          荀　军      区总工会党组成员\n"
            "副主席（兼职）  晏红艳      重庆渝嘉精密机械有限公司工会主席\n"
            "副主席（兼职）  甘光明      恒达智能工会主席\n\n"
            "经费审查委员会主任：岑春燕\n"
            "经费审查委员会委员：栗志刚  唐雪梅  母兴旺\n")
    art = _one(make_page, body, headline="南岸区总工会第五次代表大会闭幕",
               settings=Settings(home_region="重庆市", ner_model=""))
    roles = _roles(art)
    assert {("卞成林", "主席", "南岸区总工会"), ("荀军", "副主席", "南岸区总工会"),
            ("晏红艳", "副主席", "南岸区总工会"), ("晏红艳", "主席", "重庆渝嘉精密机械有限公司工会"),
            ("甘光明", "副主席", "南岸区总工会"), ("岑春燕", "主任", "南岸区总工会经费审查委员会"),
            ("唐雪梅", "委员", "南岸区总工会经费审查委员会"), ("母兴旺", "委员", "南岸区总工会经费审查委员会")} <= roles
    assert not [n for n in _ents(art) if "全委会议" in n]


def test_plural_levels_a_doctrine_and_verbs_before_a_level_are_no_bodies(make_page):
    """各设区市总工会 and 各市和县区总工会 are unions of a kind at several levels (not 和县's);
    中国特色社会主义工会发展道路 names no union; 认真落实省委部署: the verbs are no part of 省委."""
    body = ("坚定不移走中国特色社会主义工会发展道路。各设区市总工会、各市和县区总工会要认真落实省委部署。"
            "深渡镇总工会日前成立职工书屋。")
    names = set(_ents(_one(make_page, body, settings=Settings(home_region="江西省", ner_model=""))))
    assert not [n for n in names if "设区市" in n or "和县" in n or "主义" in n or "落实" in n]
    assert "深渡镇总工会" in names


def test_a_padded_name_after_a_leading_post_and_the_names_listed_after_it(make_page):
    """省总工会党组成员、副主席晏　慧、孙立平，: a two-character name padded to three after the post is a
    person (read without the space), and the name listed after it shares the chain."""
    body = "省总工会党组成员、副主席晏　慧、孙立平，省总工会一级巡视员陈东出席。"
    roles = _roles(_one(make_page, body, settings=Settings(home_region="江西省", ner_model="")))
    assert {("晏慧", "副主席", "江西省总工会"), ("孙立平", "副主席", "江西省总工会")} <= roles


def test_words_of_manner_before_a_body_are_skipped_after_other_predicate_words(make_page):
    """要认真落实全国总工会部署: 认真落实 (a word of manner) opens no name, whether or not another predicate
    word stands before it; the body is 全国总工会."""
    body = "各级工会要认真落实全国总工会部署，已认真落实省委要求。"
    names = set(_ents(_one(make_page, body, settings=Settings(home_region="江西省", ner_model=""))))
    assert "中华全国总工会" in names and not [n for n in names if "落实" in n]


def test_a_name_the_rules_cannot_read_after_a_post_sends_its_clause_to_the_tagger():
    from kg.mentions import sentences_with_gaps
    from kg.pipeline import get_context
    from kg.segment import Sentence
    ctx = get_context()
    text = "市总工会党组书记、主席万明朝专门听取审查情况汇报。"
    gaps = sentences_with_gaps((Sentence("a", 0, 0, len(text), text),), [], ctx)
    assert [s.text for s in gaps] == [text]
    plain = "会议由市总工会主持，各部门负责同志参加。"
    assert sentences_with_gaps((Sentence("a", 0, 0, len(plain), plain),), [], ctx) == []


def test_tagger_spans_that_are_a_count_an_anonymous_party_or_a_trades_office_are_no_names():
    from kg.mentions import PERSON, Candidate, plausible_model_span
    from kg.model import EntityType
    from kg.pipeline import get_context
    ctx = get_context()
    for text, typ, ok in (("占七成", PERSON, False), ("赵某某", PERSON, False),
                          ("邱向东", PERSON, True), ("邱向西", PERSON, False),
                          ("律师事务所", EntityType.COMPANY, False), ("澜岳律师事务所", EntityType.COMPANY, True)):
        c = Candidate(0, len(text), text, typ, "model:test")
        assert plausible_model_span(c, ctx, text) is ok, text


def test_a_given_name_the_dictionary_knows_as_a_name_after_a_post_keeps_its_stop_character(make_page):
    art = _one(make_page, "吉林市总工会党组成员、副主席邱向东，市应急管理局副局长鞠某伟出席启动仪式。",
               settings=Settings(home_region="吉林省", ner_model=""))
    assert ("邱向东", "副主席", "吉林市总工会") in _roles(art), _roles(art)
    art = _one(make_page, "车间主任邱向记者介绍了新设备。", settings=Settings(home_region="吉林省", ner_model=""))
    assert "邱向" not in _ents(art) and "邱向记" not in _ents(art)


def test_a_padded_label_over_a_row_of_names_with_their_units_is_a_slate(make_page):
    page = make_page("省总工会经审会召开全委会\n\n本报讯（记者 钟雅琴）会议增补了委员。\n\n省总工会经费审查委员会组成人员\n\n"
                     "委　员（按姓氏笔画排序）：王某燕（兰州市总工会）　石某军（天水市总工会）　何某东（省总工会经审会办公室）\n")
    roles = {r for art in extract_page(page, Settings(home_region="甘肃省", ner_model="")).articles for r in _roles(art)}
    for name in ("王某燕", "石某军", "何某东"):
        assert (name, "委员", "甘肃省总工会经费审查委员会") in roles, roles


def test_a_union_elected_after_chansheng_opens_no_name_with_the_verb(make_page):
    art = _one(make_page, "定于3月28日召开公司工会第三次会员代表大会，选举产生公司工会第三届委员会。",
               settings=Settings(home_region="上海市", ner_model=""))
    assert not any(n.startswith("产生") for n in _ents(art)), sorted(_ents(art))


def test_an_honor_printed_short_takes_the_full_title_the_article_quotes(make_page):
    art = _one(make_page, "会议授予蔺某国等10名职工“劳动竞赛标兵”荣誉称号。\n\n"
                          "竞赛标兵：蔺某国（某某煤矿掘进三队班长）、邰某财（某某煤矿综采二队采煤机司机）\n\n"
                          "“这回比的是安全和创新。”受表彰的竞赛标兵蔺某国说。",
               settings=Settings(home_region="黑龙江省", ner_model=""))
    honors = _honors(art)
    assert ("蔺某国", "劳动竞赛标兵") in honors and ("邰某财", "劳动竞赛标兵") in honors, honors
    assert not any(h.endswith("竞赛标兵") and h != "劳动竞赛标兵" for _, h in honors), honors


def test_an_honor_after_a_verb_of_inviting_is_the_honor_alone(make_page):
    art = _one(make_page, "12月5日，培训班邀请了省五一劳动奖章获得者、雷山县苗澜绣坊民族工艺品有限公司绣娘吴某香授课。",
               settings=Settings(home_region="贵州省", ner_model=""))
    assert _honors(art) == {("吴某香", "贵州省五一劳动奖章")}, _honors(art)


def test_a_name_first_results_table_under_an_election_is_a_slate_of_the_union(make_page):
    art = _one(make_page, "皖澜化工集团有限公司工会召开会员代表大会，选举产生新一届委员会。选举结果如下：\n\n"
                          "| 姓名 | 工作单位 | 职务 |\n|---|---|---|\n| 蒯某东 | 集团公司机关 | 工会主席 |\n"
                          "| 檀某杰 | 热电分公司 | 工会副主席 |\n| 眭某保 | 合成氨车间 | 委员 |\n",
               settings=Settings(home_region="安徽省", ner_model=""))
    roles = _roles(art)
    assert ("檀某杰", "副主席", "皖澜化工集团有限公司工会") in roles, roles
    assert ("眭某保", "委员", "皖澜化工集团有限公司工会") in roles, roles
    plain = _one(make_page, "座谈会上，职工代表踊跃发言。\n\n| 姓名 | 工作单位 | 职务 |\n|---|---|---|\n"
                            "| 蒯某东 | 皖澜化工集团有限公司 | 工会主席 |\n",
                 settings=Settings(home_region="安徽省", ner_model=""))
    assert ("蒯某东", "主席", "皖澜化工集团有限公司工会") in _roles(plain), _roles(plain)


def test_a_post_read_without_its_body_is_dropped_where_another_reading_placed_it(make_page):
    art = _one(make_page, "表彰会上，岚澄煤矿综采一队队长蒯某军作为先进代表发言。\n\n"
                          "获奖区队名单如下——岚澄煤矿：综采一队（队长 蒯某军）、掘进三队（队长 邰某林）；",
               settings=Settings(home_region="黑龙江省", ner_model=""))
    roles = _roles(art)
    assert ("蒯某军", "队长", "岚澄煤矿") in roles, roles
    assert ("蒯某军", "队长", None) not in roles, roles


def test_a_teams_head_in_a_note_holds_the_post_at_the_company_the_line_names(make_page):
    art = _one(make_page, "获奖区队如下。\n\n岚澄煤矿：综采一队（队长 邰某林）、运输队（队长 眭某雷）；\n\n"
                          "澜峰煤矿：掘进二队（队长 蒯某贵）。",
               settings=Settings(home_region="黑龙江省", ner_model=""))
    roles = _roles(art)
    assert {("邰某林", "队长", "岚澄煤矿"), ("眭某雷", "队长", "岚澄煤矿"), ("蒯某贵", "队长", "澜峰煤矿")} <= roles, roles


def test_a_bare_member_row_of_an_election_table_sits_on_the_union_not_the_committee_above(make_page):
    art = _one(make_page, "大会审议了《皖澜集团工会经费审查委员会工作报告》，"
                          "选举产生了皖澜化工集团有限公司工会第三届委员会、经费审查委员会。选举结果如下：\n\n"
                          "| 姓名 | 工作单位 | 职务 |\n|---|---|---|\n| 蒯某东 | 集团公司机关 | 工会主席 |\n"
                          "| 檀某杰 | 热电分公司 | 经审会主任 |\n| 眭某保 | 合成氨车间 | 委员 |\n",
               settings=Settings(home_region="安徽省", ner_model=""))
    roles = _roles(art)
    # the committee is the one the page prints, the union's short form in it, not a name composed
    assert ("檀某杰", "主任", "皖澜集团工会经费审查委员会") in roles, roles
    assert ("眭某保", "委员", "皖澜化工集团有限公司工会") in roles, roles
    assert not any(r[2] and r[2].startswith("皖澜化工集团有限公司工会经") for r in roles), roles


def test_a_community_named_before_its_own_office_is_a_place_and_the_post_is_its(make_page):
    art = _one(make_page, "在活动现场，槐荫里社区党委书记蒯某萍带来了3名环卫工人的心愿。"
                          "嘎岚村村委会主任眭某玛告诉记者，全村有312户。"
                          "过去社区工会只能帮着调解，会议由社区党委书记邰某胜主持。",
               settings=Settings(home_region="天津市", ner_model=""))
    roles, ents = _roles(art), _ents(art)
    assert ("蒯某萍", "党委书记", "槐荫里社区") in roles, roles
    assert ("眭某玛", "主任", "嘎岚村") in roles, roles
    assert {"槐荫里社区", "嘎岚村"} <= set(ents), ents
    assert not any(n.endswith("社区") and n not in ("槐荫里社区",) for n in ents), ents


def test_a_rest_station_with_its_keeper_after_it_is_an_organisation_and_the_keepers_unit(make_page):
    art = _one(make_page, "3月4日清晨，在东岚区太平路，东岚区户外劳动者暖心驿站站长蒯某丽推开门，招呼环卫工人进屋。"
                          "不少户外劳动者走进驿站歇脚。",
               settings=Settings(home_region="黑龙江省", ner_model=""))
    roles, ents = _roles(art), _ents(art)
    assert ("蒯某丽", "站长", "东岚区户外劳动者暖心驿站") in roles, roles
    assert "东岚区户外劳动者暖心驿站" in ents, ents
    assert not any(n.endswith("驿站") and n != "东岚区户外劳动者暖心驿站" for n in ents), ents


def test_a_studios_leader_printed_after_the_studio_leads_it_and_is_no_reporter(make_page):
    art = _one(make_page, "命名的工作室名单如下：\n\n"
                          "兰岚金城客运有限公司“安全节能驾驶创新工作室”（领衔人 蒯某娟）\n\n"
                          "“接触网检修创新工作室”，领衔人眭某松，兰岚轨道交通运营有限公司技师\n\n"
                          "记者了解到，邰某刚劳模创新工作室领衔人邰某刚是省劳动模范。",
               settings=Settings(home_region="甘肃省", ner_model=""))
    roles, ents = _roles(art), _ents(art)
    assert ("蒯某娟", "领衔人", "安全节能驾驶创新工作室") in roles, roles
    assert ("眭某松", "领衔人", "接触网检修创新工作室") in roles, roles
    assert ("邰某刚", "领衔人", "邰某刚劳模创新工作室") in roles, roles
    assert not any(r[1] == "记者" and r[0] != "钟雅琴" for r in roles), roles
    assert "领衔人" not in ents, ents


def test_a_dotted_name_whose_first_part_has_a_rare_sound_is_read_where_its_line_frames_it(make_page):
    art = _one(make_page, "获得自治区五一劳动奖章的部分职工名单：\n\n阿依谢姆·米尔兰（伊犁雪岚乳业有限公司质检员）\n\n"
                          "活动由艾力江·买合木提主持。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    roles, ents = _roles(art), _ents(art)
    assert ("阿依谢姆·米尔兰", "质检员", "伊犁雪岚乳业有限公司") in roles, roles
    assert "艾力江·买合木提" in ents and "由艾力江·买合木提" not in ents, ents


def test_two_list_items_that_name_their_entries_in_quotes_are_not_one_line_cut_by_a_column(make_page):
    art = _one(make_page, "命名的工作室名单如下：\n\n"
                          "“接触网检修创新工作室”，领衔人眭某松，兰岚轨道交通运营有限公司技师\n\n"
                          "兰岚瑞源热力有限公司“供热管网运维创新工作室”（领衔人 蒯某华）\n\n",
               settings=Settings(home_region="甘肃省", ner_model=""))
    roles = _roles(art)
    assert ("眭某松", "技师", "兰岚轨道交通运营有限公司") in roles, roles
    assert ("蒯某华", "领衔人", "供热管网运维创新工作室") in roles, roles


def test_a_proposals_label_credits_the_names_after_it_with_their_posts(make_page):
    art = _one(make_page, "优秀提案名单如下：\n\n"
                          "1.《关于优化物料配送路线的提案》（提案人：蒯某涛，轿车分公司总装车间主任）\n\n"
                          "3.《关于增开夜班通勤班车的提案》　提案人　邰某博（商用车分公司焊装车间班组长）、眭某梅\n\n"
                          "5.《关于增设母婴室的提案》（提案人：邰某洁）",
               settings=Settings(home_region="吉林省", ner_model=""))
    roles, ents = _roles(art), _ents(art)
    assert {"蒯某涛", "邰某博", "眭某梅", "邰某洁"} <= set(ents), ents
    assert ("蒯某涛", "主任", "轿车分公司") in roles, roles
    assert ("邰某博", "班组长", "商用车分公司") in roles, roles


def test_a_contract_partys_part_before_a_company_is_no_part_of_its_name(make_page):
    art = _one(make_page, "承包单位湖南岚筑建设工程有限公司拖欠工资。施工方衡阳铖泰建筑工程有限公司项目经理蒯某林说，"
                          "将尽快结清。职工可联系鑫岚物业工会。",
               settings=Settings(home_region="湖南省", ner_model=""))
    roles, ents = _roles(art), _ents(art)
    assert {"湖南岚筑建设工程有限公司", "衡阳铖泰建筑工程有限公司", "鑫岚物业工会"} <= set(ents), ents
    assert not any(n.startswith(("承包", "施工", "联系")) for n in ents), ents
    assert ("蒯某林", "项目经理", "衡阳铖泰建筑工程有限公司") in roles, roles


def test_city_epithets_and_the_everyday_form_of_xinjiang_name_their_divisions(make_page):
    art = _one(make_page, "在津城跑运输八年的货车司机眭某林说，驿站让他歇得踏实。",
               settings=Settings(home_region="天津市", ner_model=""))
    ents = _ents(art)
    assert "天津市" in ents and "津城" in ents["天津市"].aliases, ents
    art = _one(make_page, "眭某林来疆工作已有十年。从筑城出发的援疆工匠也来了。",
               settings=Settings(home_region="新疆维吾尔自治区", ner_model=""))
    ents = _ents(art)
    assert "新疆维吾尔自治区" in ents and "贵阳市" not in ents, ents   # a city's epithet counts on its province's pages


def test_a_list_rows_first_cell_is_a_name_where_the_rows_around_it_are_names(make_page):
    body = ("获奖职工名单如下：\n\n邰某祥　南岚金鼎重型机械有限公司装配钳工\n\n宓某钰　西岚未央智慧物流有限公司叉车司机\n\n"
            "郗某明　沧岚渤润化工有限公司仪表维修工\n\n- **斯日某楞** 锡岚蒙源乳业有限责任公司乳品检验员\n\n")
    art = _one(make_page, body, settings=Settings(home_region="内蒙古自治区", ner_model=""))
    assert ("斯日某楞", "乳品检验员", "锡岚蒙源乳业有限责任公司") in _roles(art), _roles(art)
    lone = _one(make_page, "获奖职工：\n\n- **斯日某楞** 锡岚蒙源乳业有限责任公司乳品检验员\n\n",
                settings=Settings(home_region="内蒙古自治区", ner_model=""))
    assert "斯日某楞" not in _ents(lone), _ents(lone)     # alone, the row does not say its cell is a name


def test_names_with_their_posts_in_notes_before_a_list_on_the_roll_hold_the_honor_named_before(make_page):
    art = _one(make_page, "受到命名的20名“忻岚工匠”来自装备制造等领域。蒯某杰（忻岚鼎盛机械制造有限公司焊工）、"
                          "邰某萍（原岚华兴农机制造有限公司钳工）等20人榜上有名。",
               settings=Settings(home_region="山西省", ner_model=""))
    honors = _honors(art)
    assert {("蒯某杰", "忻岚工匠"), ("邰某萍", "忻岚工匠")} <= honors, honors
