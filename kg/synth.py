"""Synthetic pages of union news, for scale tests and benchmarks (never for quality).

    python -m kg.synth OUT_DIR --pages N [--seed S] [--region 北京市]

writes N pages in the seeds' style: a banner line, several articles per page,
each a headline, a ``本报讯（记者 X）`` byline and paragraphs with title chains
(``X区总工会党组书记、常务副主席某某``), companies with legal suffixes, districts
and towns from the shipped division lexicon, and honors. Person names are a
common surname plus one or two characters drawn at random: they are not the
names of the seeds or the gold pages (tests/test_scale.py checks this).

Page ``i`` depends only on (seed, i), so the first N pages of a bigger corpus are
the N pages of a smaller one (handy for incremental-build tests). Pages are
about 10 KB of UTF-8, like the seeds. Nothing here is measured for quality.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

__all__ = ["generate_page", "write_corpus", "main"]

#: common single-character surnames (kept only if the surname lexicon has them)
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
             "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
#: characters of given names (none of them is in a given name of the seeds or the gold pages,
#: so no generated name is one of theirs)
_GIVEN = ("嘉懿煜城轩烨伟苑博熠彤鸿煊涛霖华祺智宸正豪昊然明诚峻熙弘越彬风靖琪芮昕悦钰沛玲琦雨语桐芷若梓萱晨俊驰"
          "楷瑞致楠炎鹤晟睿天佑修黎航旭尧凯健雄耀潇")
_BRANDS = "华信恒达中科鑫源宏图瑞丰天成金泰博远嘉禾德润汇通永安广联新城盛世东方安泰合力长兴同创"
_INDUSTRIES = ("科技", "建设", "物流", "电子", "机械", "食品", "环保", "能源", "医药", "建材", "信息技术",
               "汽车服务", "物业管理", "供热", "公交", "印刷", "餐饮管理", "电力工程")
_COMPANY_SUFFIXES = ("有限公司", "股份有限公司", "有限责任公司", "集团有限公司")
_BANNERS = ("凝心聚力建功新时代 团结奋斗谱写新篇章", "竭诚服务职工群众 推动工会工作高质量发展",
            "弘扬劳模精神 劳动精神 工匠精神", "深化产业工人队伍建设改革 建设知识型技能型创新型劳动者大军")
_EVENTS = ("职工技能大赛", "劳动竞赛推进会", "工会工作会议", "职工代表大会", "安全生产月启动仪式",
           "劳模工匠宣讲活动", "困难职工帮扶工作会", "新就业形态劳动者入会集中行动", "职工心理健康讲座",
           "集体协商要约行动", "女职工关爱行动", "职工书屋建设现场会")
_FILLER = (
    "活动围绕提升职工技能素质、维护职工合法权益展开，现场气氛热烈。",
    "与会人员就进一步做好新时代工会工作进行了深入交流，大家纷纷表示将立足岗位建功立业。",
    "下一步，各级工会组织将持续深化服务职工工作，推动各项措施落地见效。",
    "据了解，此次活动共吸引{n}余名职工参与，覆盖{m}家基层单位。",
    "会议要求，要坚持以职工为中心，切实把工会组织建设得更加充满活力、更加坚强有力。",
    "近年来，当地不断完善职工服务体系，建成职工之家{m}个，累计服务职工{n}余人次。",
    "活动现场还设置了政策咨询、法律援助和健康义诊等服务台，为职工送上实实在在的关怀。",
    "参赛选手围绕理论知识和实际操作两个环节展开比拼，充分展示了过硬的技术本领。",
    "大家表示，将以此次活动为契机，进一步增强责任感和使命感，为高质量发展贡献力量。",
    "会上通报了上一年度工会重点工作完成情况，并对本年度重点任务作出部署。",
)
_LEADER_TITLES = (("党组书记", "常务副主席"), ("党组成员", "副主席"), ("主席",), ("副主席",),
                  ("党组书记", "主席"), ("经费审查委员会主任",), ("女职工委员会主任",))
_COMPANY_TITLES = (("党委书记", "董事长"), ("工会主席",), ("总经理",), ("党委副书记", "工会主席"))
_WORKER_TITLES = ("高级技师", "技师", "工程师", "驾驶员", "维修工", "焊工", "护士长", "电工")


class _Gen:
    """One page's random choices (its own RNG: page i depends only on seed and i)."""

    def __init__(self, rng: random.Random, lex, region: str | None):
        self.r = rng
        self.names: list[str] = []
        self.lex = lex
        provinces = [d for d in lex.divisions if d.level == "province" and d.name not in
                     ("台湾省", "香港特别行政区", "澳门特别行政区")]
        if region:
            self.prov = next(d for d in provinces if d.name == region)
        else:
            self.prov = self.r.choice(provinces)
        counties = [d for d in _descendants(lex, self.prov) if d.level == "county" and d.name.endswith(("区", "县"))]
        self.counties = counties or [self.prov]
        self.surnames = [s for s in _SURNAMES if s in lex.surnames]

    def name(self) -> str:
        given = self.r.choice(_GIVEN) + (self.r.choice(_GIVEN) if self.r.random() < 0.75 else "")
        name = self.r.choice(self.surnames) + given
        self.names.append(name)
        return name

    def county(self):
        return self.r.choice(self.counties)

    def town(self, county):
        towns = [d for d in self.lex.children(county) if d.level == "town"] if county is not self.prov else []
        return self.r.choice(towns) if towns else None

    def company(self, county) -> str:
        short = county.short or county.name[:-1]
        return (short + self.r.choice(_BRANDS) + self.r.choice(_BRANDS) + self.r.choice(_INDUSTRIES)
                + self.r.choice(_COMPANY_SUFFIXES))

    def filler(self) -> str:
        return self.r.choice(_FILLER).format(n=self.r.randint(2, 90) * 10, m=self.r.randint(3, 60))

    def article(self) -> list[str]:
        r = self.r
        county = self.county()
        town = self.town(county)
        cu = county.name + "总工会"
        pu = self.prov.name + "总工会"
        comp = self.company(county)
        event = r.choice(_EVENTS)
        reporter = self.name()
        head = f"{county.short or county.name}{event}举行" if r.random() < 0.5 else f"{comp}开展{event}"
        lead = (f"本报讯（记者 {reporter}）近日，{cu}{event}在{comp}举行。"
                f"{pu}{'、'.join(r.choice(_LEADER_TITLES))}{self.name()}出席并讲话。")
        paras = [lead]
        boss = self.name()
        paras.append(f"{cu}{'、'.join(r.choice(_LEADER_TITLES))}{boss}介绍了全区工会工作情况。"
                     + self.filler() + self.filler())
        paras.append(f"{comp}{'、'.join(r.choice(_COMPANY_TITLES))}{self.name()}表示，"
                     f"企业将与区总工会一道，持续推进职工技能提升。" + self.filler())
        if town is not None:
            paras.append(f"{town.name}总工会主席{self.name()}、{county.name}人力资源和社会保障局副局长"
                         f"{self.name()}等参加活动。" + self.filler())
        if r.random() < 0.6:
            honor = r.choice([h for h, _ in self.lex.honors])
            paras.append(f"{comp}{r.choice(_WORKER_TITLES)}{self.name()}曾荣获{honor}，"
                         f"他结合自身经历分享了成长经验。" + self.filler())
        for _ in range(r.randint(1, 3)):
            paras.append(self.filler() + self.filler() + self.filler())
        paras.append(f"{boss}强调，" + self.filler())
        if r.random() < 0.4:
            paras.append(f"（通讯员 {self.name()}）")
        return [head, *paras]


def _descendants(lex, division):
    out, todo = [], [division]
    while todo:
        d = todo.pop()
        kids = [c for c in lex.children(d) if c.level != "town"]
        out += kids
        todo += kids
    return out


def generate_page(seed: int, index: int, lex=None, region: str | None = None,
                  target_bytes: int = 10_000, names: list | None = None) -> str:
    """The text of synthetic page ``index`` for ``seed`` (deterministic).

    ``names``, if given, receives every person name written on the page."""
    if lex is None:
        from .lexicons import load_lexicons
        lex = load_lexicons()
    g = _Gen(random.Random(f"kg.synth:{seed}:{index}"), lex, region)
    lines = ["", "", g.r.choice(_BANNERS), ""]
    size = 0
    while size < target_bytes * 0.9:
        for para in g.article():
            lines += [para, ""]
            size += len(para.encode("utf-8")) + 2
    if names is not None:
        names += g.names
    return "\n".join(lines) + "\n"


def write_corpus(out_dir, pages: int, seed: int = 0, region: str | None = None,
                 start: int = 0) -> list[Path]:
    """Write pages ``start .. start+pages-1`` into ``out_dir`` as ``NNNNNN_<hash>.txt``."""
    from .lexicons import load_lexicons

    lex = load_lexicons()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + pages):
        text = generate_page(seed, i, lex, region)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        p = out / f"{i:06d}_{digest}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.synth", description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="index of the first page (default 0)")
    ap.add_argument("--region", default=None, help="province-level home of every page (default: random per page)")
    args = ap.parse_args(argv)
    paths = write_corpus(args.out_dir, args.pages, args.seed, args.region, args.start)
    total = sum(p.stat().st_size for p in paths)
    print(f"kg.synth: wrote {len(paths)} pages ({total / 1e6:.1f} MB) to {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
