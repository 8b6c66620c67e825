"""Quality floors: a regression in extraction fails CI.

The floors sit a little below the figures measured when they were set (README,
"Quality"). They need the shared evaluation data next to the repository
(``../shared``) and skip cleanly where it is absent.
"""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "gold"

# measured 2026-11-21: entities 0.987, roles 0.992, honors 1.000, links 0.952
GOLD_FLOORS = {"articles": 1.0, "entities": 0.97, "roles": 0.97, "honors": 0.95, "links": 0.93,
               "union": 0.95, "official": 0.95, "worker": 0.80, "journalist": 0.98, "company": 0.90,
               "district": 0.95, "government": 0.95, "organization": 0.95}


@pytest.mark.skipif(not GOLD.is_dir(), reason="needs ../shared/gold")
def test_quality_gold_scores_stay_above_their_floors():
    from kg.evaluate import score_pages

    scores = score_pages(GOLD, REPO / "output" / "pages")   # output/ is checked to be fresh elsewhere
    low = {facet: round(scores[facet]["f1"], 3) for facet, floor in GOLD_FLOORS.items()
           if scores[facet]["f1"] < floor}
    assert not low, f"below floor {GOLD_FLOORS}: {low}"


CLUENER = REPO.parent / "shared" / "data" / "cluener" / "train.json"
# measured 2026-11-21 on the held-out 10% (genre general): name 0.790, org_any 0.801,
# position 0.727, address 0.550, micro 0.729
CLUENER_FLOORS = {"name": 0.78, "org_any": 0.79, "position": 0.71, "address": 0.54, "micro": 0.72}


@pytest.mark.skipif(not CLUENER.is_file(), reason="needs ../shared/data/cluener/train.json")
def test_quality_cluener_heldout_scores_stay_above_their_floors():
    from kg import evaluate as E

    records = E.split_records(E.read_cluener(CLUENER), "heldout")
    assert len(records) == 1075
    scores = E.span_scores(E.evaluate_cluener(records))
    low = {k: round(scores[k]["f1"], 3) for k, floor in CLUENER_FLOORS.items() if scores[k]["f1"] < floor}
    assert not low, f"below floor {CLUENER_FLOORS}: {low}"


PROVINCES = REPO / "tests" / "fixtures" / "provinces"
# Invented pages of other provinces' papers (四川, 广东, a national daily, 江苏), written
# and annotated under ../shared/eval/GUIDELINES.md by annotators who never saw kg's code.
# First measured before any rule had seen them (entities 0.749, roles 0.525, links 0.579);
# the rules were then generalised against them, so they are a development set now.
# Three more (山东, 重庆, a national economic page) were added in the next session after one
# unseen run (entities 0.870, roles 0.729, honors 0.741, links 0.667), and four more (浙江, 辽宁,
# a 湖北 web portal in Markdown, 广西) the session after (unseen: entities 0.899, roles 0.812,
# honors 0.518, links 0.731), and four more (河南, a 重庆 general news site, 福建, 内蒙古) the
# session after that (unseen: articles 0.760, entities 0.672, roles 0.575, honors 0.192, links 0.591),
# and four more (陕西, a 新疆 public account, 上海, a 湖南 general news site) the session after that
# (unseen: articles 0.682, entities 0.491, roles 0.333, honors 0.338, links 0.403), and four more
# (天津 with a Markdown table, a 贵州 union website, a 黑龙江 PDF export, a 江西 county TV station's
# transcripts) the session after that (unseen: articles 0.522, entities 0.388, roles 0.345,
# honors 0.231, links 0.279), four more (安徽, 吉林, 甘肃, 青海; unseen: entities 0.890, roles 0.746,
# honors 0.444, links 0.840) and four more (宁夏, 深圳, 西藏, a 北京 district paper; unseen:
# articles 0.970, entities 0.802, roles 0.682, honors 0.476, links 0.729) and four more (江西, a 海南
# general paper, 湖北, 吉林; unseen: articles 0.892, entities 0.804, roles 0.702, honors 0.467, links 0.689)
# and four more (湖南, 广东, a 山东 general paper, 云南; unseen: articles 1.0, entities 0.894, roles 0.775,
# honors 0.711, links 0.765) and four more (黑龙江, 四川, a 江苏 city paper, 广西; unseen: articles 1.0,
# entities 0.910, roles 0.862, honors 0.603, links 0.739) and four more (辽宁, 安徽, a 浙江 city paper,
# 河南; unseen: articles 0.750, entities 0.567, roles 0.555, honors 0.465, links 0.482) and four more
# (上海, 福建, a 河北 and a 甘肃 provincial daily; unseen: articles 0.903, entities 0.750, roles 0.691,
# honors 0.500, links 0.728) and four more (a 北京 and a 天津 union daily, a 山西 provincial daily, a 贵州
# union paper in Markdown; unseen: articles 0.861, entities 0.820, roles 0.734, honors 0.691, links 0.815)
# and four more (内蒙古, 重庆, 江苏 union papers, a 广东 provincial daily; unseen: articles 1.0, entities 0.908,
# roles 0.815, honors 0.867, links 0.826) and four more (浙江 and 陕西 union papers, a 湖北 and a 新疆 general
# daily; unseen: articles 0.825, entities 0.691, roles 0.673, honors 0.652, links 0.691) and four more
# (山东 and 吉林 union papers, a 河南 and a 广西 general daily; unseen: articles 0.971, entities 0.924,
# roles 0.880, honors 0.705, links 0.858) and four more (a 福建, a 天津 and a 四川 general daily, a 青海
# union paper; unseen: articles 0.827, entities 0.770, roles 0.730, honors 0.529, links 0.727) and four
# more (a 辽宁, an 安徽 web portal and a 黑龙江 general daily, a 海南 union paper; unseen: articles 0.895,
# entities 0.833, roles 0.783, honors 0.784, links 0.770) and four more (a 重庆 union paper, a 江西 daily
# saved from a public account, a 贵州 daily copied from a PDF, a 宁夏 union paper; unseen: articles 0.734,
# entities 0.689, roles 0.665, honors 0.655, links 0.681) and four more (a 西藏 general daily, a 上海
# news site, a 河北 and a 甘肃 union paper; unseen: articles 0.914, entities 0.744, roles 0.685,
# honors 0.630, links 0.663) and four more (a 江苏 general daily saved from its app, a national union
# daily, a 陕西 news site, a 宁夏 general daily; unseen: articles 0.816, entities 0.718, roles 0.646,
# honors 0.326, links 0.676) and four more (an 内蒙古 general daily pasted from a PDF, a 青海 general
# daily, a 山西 union paper, a 云南 daily from a public account; unseen: articles 0.692, entities 0.596,
# roles 0.535, honors 0.220, links 0.582) and four more (湖南 and 江苏 union papers, a 浙江 city daily with
# English names, a 广东 legal-affairs page; unseen: articles 0.933, entities 0.862, roles 0.791,
# honors 0.515, links 0.735) and four more (a 新疆 union paper, a 山东 page that is mostly a notice of
# candidates, a 福建 union congress page, a 四川 energy group's own paper; unseen: articles 0.866,
# entities 0.663, roles 0.519, honors 0.395, links 0.504) and four more (a 河北 county page copied from
# a PDF, hard-wrapped; a 湖南 page led by an interview; a 江西 page printing a union's work report; a
# 广东 legal page with a judgment; unseen: articles 0.921, entities 0.793, roles 0.794, honors 0.581,
# links 0.600) and four more (a 浙江 page reprinting a union's official document with its award lists,
# a 山东 page led by a TV news script, a 湖北 union's WeChat post set, a 新疆 bilingual page with
# Uyghur lines; unseen: articles 0.656, entities 0.533, roles 0.505, honors 0.312, links 0.483)
# and four more (a 广东 page led by a job-fair notice with company listings, a 四川 page printing a
# slide deck's text with tables set with bars and tabs, a 河南 page led by a microblog thread, a 江苏
# page with a union congress's work report and election; unseen: articles 0.987, entities 0.910,
# roles 0.855, honors 0.874, links 0.814) and four more (a 湖南 notice of candidates with a table, a
# 山东 judgment's page, a 福建 video transcript, a 黑龙江 hotline's replies; unseen: articles 0.974,
# entities 0.908, roles 0.831, honors 0.874, links 0.842) and four more (a 新疆 兵团 page, a 广西
# collective wage agreement's text, a 贵州 feature on a 驻村第一书记, a 河北 city union's minutes;
# unseen: articles 0.962, entities 0.860, roles 0.759, honors 0.840, links 0.687) and four more (a 山西
# accident investigation report, a 湖南 legal Q&A column, a 湖北 company's own paper, a 甘肃 union
# funds audit report; unseen: articles 0.927, entities 0.824, roles 0.674, honors 0.647, links 0.738)
# and four more (a 辽宁 page led by an obituary, a 陕西 list of staff congress motions, an 内蒙古
# competition scoreboard, a 天津 district's web portal with readers' comments; unseen: articles 0.864,
# entities 0.744, roles 0.630, honors 0.566, links 0.649) and four more (a 上海 company union's election
# notices, a 海南 bargaining page with a two-column table of delegates, a 青海 union's reply to a deputy,
# a 西藏 training course's timetable; unseen: articles 0.883, entities 0.782, roles 0.680, honors 0.698,
# links 0.735) and four more (a 天津 company's staff congress resolution with its appendix of lists, a
# 重庆 Q&A interview with a model worker, a 宁夏 union statistical bulletin, a 广西 county media centre's
# WeChat post with readers' comments; unseen: articles 0.962, entities 0.859, roles 0.791, honors 0.855,
# links 0.746) and four more (a 吉林 company's wage collective contract in full, a 广东 page of
# labour-dispute cases with masked parties, an 安徽 memorial to a model worker, a 黑龙江 page OCR'd from
# a scan; unseen: articles 0.916, entities 0.909, roles 0.882, honors 0.895, links 0.904) and four more
# (a 福建 street union's change of term, a 云南 commendation decision, a 河南 company's staff congress
# proposals and answers, a 河北 competition's results tables; unseen: articles 1.0, entities 0.905,
# roles 0.848, honors 0.859, links 0.864) and four more (a 内蒙古 page on unions in 嘎查 and 苏木, a
# 江苏 legal-aid centre's duty rota and cases, a 浙江 city union's answers to deputies' proposals, a
# 湖北 union-funds audit report in full; unseen: articles 0.975, entities 0.883, roles 0.735, honors
# 0.732, links 0.781) and four more (a 四川 city union's statistics bulletin with Markdown tables, a 广西
# group's answers to its staff congress's proposals, a 山东 street union's election and slate, a 广东
# page on foreign- and Hong-Kong-invested factories with English names; unseen: articles 1.0, entities
# 0.913, roles 0.823, honors 0.778, links 0.823) and four more (a 湖南 decision honouring units and
# people, a 江西 symposium with its attendance table, a 重庆 district union's congress with its results
# in spaced columns, a 陕西 city union's answers to a 政协 member and a 人大 deputy; unseen: articles
# 0.974, entities 0.905, roles 0.856, honors 0.692, links 0.846) and four more (an 安徽 group union's
# congress with a name-first results table, a 黑龙江 coal group's contest with its teams' heads in
# notes, a 天津 district union enrolling riders at brands' stations, a 贵州 review of a year's work over
# county unions; unseen: articles 1.0, entities 0.955, roles 0.871, honors 0.548, links 0.882) and four
# more (a 甘肃 studio list with leaders in notes, a 新疆 award meeting with dotted names, a 吉林 congress's
# proposals and proposers, a 辽宁 notice of candidates; unseen: articles 1.0, entities 0.926, roles 0.835,
# honors 0.690, links 0.766) and four more (a 海南 interview in questions and answers, a 上海 craftsmen
# table, a 山西 coal mine's story with an intertitle, a 宁夏 awards decision; unseen: articles 0.988,
# entities 0.911, roles 0.895, honors 0.871, links 0.792).
# measured over all hundred and seventy-one: articles 1.0, entities 0.957, roles 0.926, honors 0.892,
# links 0.868, union 0.971, official 0.981, worker 0.933, district 0.945, company 0.932, government
# 0.963, organization 0.900 (the WeChat page's newspapers typed as organisations by its annotator)
PROVINCE_FLOORS = {"articles": 1.0, "entities": 0.950, "roles": 0.920, "honors": 0.885, "links": 0.864,
                   "union": 0.964, "official": 0.975, "worker": 0.926, "district": 0.939, "journalist": 0.99,
                   "company": 0.925, "government": 0.958, "organization": 0.895}


def test_quality_other_provinces_pages_stay_above_their_floors(tmp_path):
    import subprocess
    import sys

    from kg.evaluate import score_pages

    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "kg", "build", str(PROVINCES / "pages"), "-o", str(out),
                    "--no-cache", "-q", "--jobs", "1"], check=True, cwd=REPO)
    scores = score_pages(PROVINCES / "gold", out / "pages")
    low = {facet: round(scores[facet]["f1"], 3) for facet, floor in PROVINCE_FLOORS.items()
           if scores[facet]["f1"] < floor}
    assert not low, f"below floor {PROVINCE_FLOORS}: {low}"
