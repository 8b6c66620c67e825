"""Stage 6: facts between an article's entities, each with Evidence.

- ``rule:title_chain.v1``  roles from title chains read right-to-left from a name:
  "X总工会党组成员、副主席某某" gives (某某, 党组成员, X总工会) and (某某, 副主席, X总工会);
  a title with no organisation of its own inherits the previous one; 工会主席 after
  an organisation gives 主席 at that organisation's union.
- ``rule:byline.v1``       journalists' byline titles (记者, 实习记者, 通讯员, 摄影), org null.
- ``rule:honor.v1``        honors in apposition (全国劳动模范某某), in a title chain, or
  as the object of 荣获/获得 before "的 + person".
- ``rule:name_link.v1``    located_in / part_of / union_of from the names themselves.
"""
from __future__ import annotations

import re

from .mentions import PERSON, PUNCT, Candidate, title_at_end
from .model import EntityType, Evidence, Honor, Link, LinkRel, Role

HONOR_CORE = ("劳动模范", "劳模", "大工匠", "工匠", "劳动奖章", "劳动奖状", "先锋号", "巾帼标兵岗", "巾帼标兵",
              "标兵岗", "红旗手", "先进工作者", "技术能手", "岗位能手", "文明号", "贡献奖", "示范点", "模范职工之家")
HONOR_PREFIX = r"(?:全国|首都|中国|中华|[\u4e00-\u9fff]{2,3}(?:省|市)|北京|上海|天津|重庆|[\u4e00-\u9fff]{2})"
WORKER_HONOR = ("劳动模范", "劳模", "工匠", "劳动奖章", "先进工作者", "技术能手", "岗位能手", "红旗手")
WORKING_ORGANS = ("宣传部", "组织部", "统战部", "办公室", "政法委", "纪委")
BRANCH_SUFFIX = ("分行", "支行", "分公司", "分局", "分校", "分院", "分会")


def normalise_honor(h: str, ctx) -> str:
    h = h.strip("“”\"")
    if h in ctx.honors:
        return ctx.honors[h]
    if h.endswith("劳模"):
        return h[:-2] + "劳动模范"
    return h


def looks_like_honor(s: str) -> bool:
    return len(s) <= 14 and s.endswith(HONOR_CORE) and not any(ch in PUNCT for ch in s)


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
        self.by_end = {}
        for c in cands:
            self.by_end.setdefault(c.end, []).append(c)
        self.new_entities: dict[str, EntityType] = {}

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
        while pos > 0:
            j = pos
            while j > 0 and text[j - 1] not in PUNCT:
                j -= 1
            seg = (j, pos)
            if not self._segment_has_title(*seg):
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
                if not self._segment_has_title(m, k) or m == 0 and False:
                    break
                pos = k
                continue
            break
        segs.reverse()
        return segs

    def _segment_has_title(self, lo: int, hi: int) -> bool:
        return hi > lo and title_at_end(self.text, hi, self.ctx) is not None

    def roles_for(self, person: Candidate) -> list[tuple[str, str | None, int, int]]:
        """(title, org name, start, end) rows for a person from its chain."""
        rows = []
        prev_org = None
        for lo, hi in self.chain_segments(person):
            title, org = self._split_segment(lo, hi, prev_org)
            if title is None:
                continue
            if org is not None:
                prev_org = org
            rows.append((title, org, lo, person.end))
        return rows

    def _split_segment(self, lo: int, hi: int, prev_org):
        text = self.text
        options = []
        for L in range(min(self.ctx.max_title, hi - lo), 0, -1):
            t = text[hi - L:hi]
            if t in self.ctx.titles:
                options.append(t)
        if not options:
            return None, None
        for t in options:
            tstart = hi - len(t)
            c = self._org_ending(tstart, lo)
            if c is not None:
                return self._fix_title(t, self.name_of.get(id(c)), prev_org)
        t = options[0]
        tstart = hi - len(t)
        if tstart == lo:
            return self._fix_title(t, None, prev_org, inherit=True)
        c = self._org_within(lo, tstart)
        org = self.name_of.get(id(c)) if c is not None else None
        rest = text[lo:tstart]
        if prev_org and (c is None or c.start > lo) and rest.startswith(WORKING_ORGANS):
            organ = prev_org + rest[:next(len(w) for w in WORKING_ORGANS if rest.startswith(w))]
            self.new_entities.setdefault(organ, EntityType.GOVERNMENT)
            return self._fix_title(t, organ, prev_org)
        if org is None and honor_like(text[lo:tstart]):
            return self._fix_title(t, None, prev_org, inherit=True)
        return self._fix_title(t, org, prev_org)

    def _fix_title(self, title, org, prev_org, inherit=False):
        if title.startswith("工会") and len(title) > 2:
            base = org or prev_org
            if base is None:
                return title[2:], None
            union = base + "工会"
            self.new_entities.setdefault(union, EntityType.UNION)
            return title[2:], union
        if org is None and inherit:
            org = prev_org
        return title, org

    # ----------------------------------------------------------- honors
    def honors_for(self, person: Candidate) -> list[str]:
        """Honors printed in the person's chain or right before the name."""
        text = self.text
        found = []
        lo = person.start
        segs = self.chain_segments(person)
        if segs:
            lo = segs[0][0]
        # walk back over 、-separated items before the chain
        j = lo
        while j > 0 and text[j - 1] == "、":
            k = j - 1
            while k > 0 and text[k - 1] not in PUNCT:
                k -= 1
            item = text[k:j - 1]
            if looks_like_honor(item):
                found.append(normalise_honor(item, self.ctx))
                j = k
            else:
                break
        # apposition: honor immediately before the name
        head = text[max(0, person.start - 14):person.start]
        for h in sorted(self.ctx.honors, key=len, reverse=True):
            if head.endswith(h):
                found.append(self.ctx.honors[h])
                break
        else:
            m = re.search(HONOR_PREFIX + r"[\u4e00-\u9fff]{0,4}(?:" + "|".join(HONOR_CORE) + r")$", head)
            if m and looks_like_honor(m.group()):
                found.append(normalise_honor(m.group(), self.ctx))
        return found

    def won_honors(self) -> list[tuple[str, Candidate]]:
        """荣获/获得 …HONOR… 的 + person (the next person named in the clause)."""
        out = []
        for m in re.finditer(r"(荣获|获得|被评为|获评|荣膺|被授予)(首届|第[一二三四五六七八九十\d]+届)?“?([^，。；、“”]{2,14}?)”?(荣誉称号|称号)?的", self.text):
            honor = m.group(3)
            if not looks_like_honor(honor):
                continue
            clause_end = len(self.text)
            for p in "，。；":
                k = self.text.find(p, m.end())
                if k != -1:
                    clause_end = min(clause_end, k)
            for c in self.cands:
                if c.type == PERSON and m.end() <= c.start < clause_end:
                    out.append((normalise_honor(honor, self.ctx), c))
                    break
        return out


def honor_like(s: str) -> bool:
    return looks_like_honor(s)
