"""Stage 1: discovering, decoding, normalising and Markdown-stripping pages."""
from __future__ import annotations

import codecs
import hashlib
import random

import pytest

from kg.errors import InputError
from kg.ingest import discover, lines_from_text, normalise_line, read_page, strip_markdown
from kg.settings import Settings

PAGE = ("云湖工会新闻\n"
        "\n"
        "青川区总工会举办职工技能比武\n"
        "本报讯（记者 柯望舒）近日，青川区总工会举办比武，“职工”说：好！\n")


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ discover
def test_ingest_discover_files_and_folders_sorted_deduplicated(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    for rel in ["a.txt", "b/c.md", "b/deep/d.TXT", "b/skip.json", "b/.hidden.txt"]:
        (tmp_path / rel).write_text("页", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("页", encoding="utf-8")

    found = discover([tmp_path / "b", tmp_path, tmp_path / "a.txt"])

    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "b/c.md", "b/deep/d.TXT"]


def test_ingest_discover_missing_path_is_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        discover([tmp_path / "nope.txt"])


def test_ingest_discover_empty_folder_gives_nothing(tmp_path):
    assert discover([tmp_path]) == []


def test_ingest_discover_explicit_file_kept_whatever_suffix(tmp_path):
    path = write(tmp_path, "page.text", "页".encode())
    assert discover([path]) == [path]


# ------------------------------------------------------------------ encodings
def test_ingest_gb18030_twin_reads_like_utf8(tmp_path):
    utf8 = read_page(write(tmp_path, "u.txt", PAGE.encode("utf-8")))
    gbk = read_page(write(tmp_path, "g.txt", PAGE.encode("gbk")))
    gb18030 = read_page(write(tmp_path, "h.txt", PAGE.encode("gb18030")))

    assert (utf8.encoding, gbk.encoding, gb18030.encoding) == ("utf-8", "gb18030", "gb18030")
    assert gbk.lines == utf8.lines == gb18030.lines
    assert utf8.lines[3].text.startswith("本报讯（记者 柯望舒）近日，")


def test_ingest_utf8_bom_is_detected_and_dropped(tmp_path):
    page = read_page(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + PAGE.encode("utf-8")))
    assert page.encoding == "utf-8-sig"
    assert page.lines[0].text == "云湖工会新闻"


@pytest.mark.parametrize("data, reason", [
    (PAGE.encode("utf-16"), "UTF-16"),
    (PAGE.encode("utf-16-le"), "NUL bytes"),
    (PAGE.encode("utf-32"), "UTF-16/UTF-32"),
    ("これは日本語の記事です。東京の会議。".encode("shift_jis"), "not valid UTF-8"),
    ("Café déjà vu, naïve façade".encode("latin-1"), "not valid UTF-8"),
    (b"plain\x01\x02\x03\x04\x05\x06 text\x07\x08", "binary"),
])
def test_ingest_rejects_undecodable_or_binary(tmp_path, data, reason):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError, match=reason) as err:
        read_page(path)
    assert str(path) in str(err.value)
    assert "re-save" in str(err.value) or "text page" in str(err.value)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_ingest_rejects_random_bytes(tmp_path, seed):
    data = random.Random(seed).randbytes(3000)
    with pytest.raises(InputError):
        read_page(write(tmp_path, "rand.txt", data))


def test_ingest_rejects_high_bytes_that_gb18030_decodes_to_garbage(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.randrange(0x81, 0xFF) for _ in range(4000))
    with pytest.raises(InputError, match="GB18030"):
        read_page(write(tmp_path, "hi.txt", data))


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b" \n\t\r\n  ", "only whitespace")])
def test_ingest_rejects_empty_pages(tmp_path, data, reason):
    with pytest.raises(InputError, match=reason):
        read_page(write(tmp_path, "empty.txt", data))


def test_ingest_rejects_long_line_with_its_number(tmp_path):
    text = "标题\n\n正文。\n" + "长" * 50 + "\n结尾。"
    path = write(tmp_path, "long.txt", text.encode())
    with pytest.raises(InputError, match="max_line_chars") as err:
        read_page(path, Settings(max_line_chars=40))
    assert err.value.line == 4
    assert f"{path}:4:" in str(err.value)


def test_ingest_rejects_file_over_size_limit(tmp_path):
    path = write(tmp_path, "big.txt", PAGE.encode())
    with pytest.raises(InputError, match="max_file_bytes"):
        read_page(path, Settings(max_file_bytes=10))


def test_ingest_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_page(tmp_path / "gone.txt")


# ---------------------------------------------------------------- page record
def test_ingest_page_fields_and_every_line_kept(tmp_path):
    raw = "\r\n标题一\r\n\r\n正文。\r旧式换行\n".encode()
    path = write(tmp_path, "007_demo.txt", raw)
    page = read_page(path)

    assert (page.id, page.name, page.path) == ("007_demo", "007_demo.txt", str(path))
    assert page.sha256 == hashlib.sha256(raw).hexdigest()
    assert [(ln.number, ln.text) for ln in page.lines] == [
        (1, ""), (2, "标题一"), (3, ""), (4, "正文。"), (5, "旧式换行")]


def test_ingest_relative_path_stays_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "rel.md", PAGE.encode())
    assert read_page("rel.md").path == "rel.md"


# -------------------------------------------------------------- normalisation
@pytest.mark.parametrize("raw, expected", [
    ("ＡＢＣ１２３ｘｙｚ", "ABC123xyz"),
    ("共计３０余人％", "共计30余人%"),
    ("甲\u3000乙\u00a0丙\u2002丁", "甲 乙 丙 丁"),
    ("零\u200b宽", "零宽"),
    ("尾部空格\u3000 \t", "尾部空格"),
    ("“职工”说：好！《法》，（一）。", "“职工”说：好！《法》，（一）。"),
])
def test_ingest_normalise_line(raw, expected):
    assert normalise_line(raw) == expected


def test_ingest_lines_from_text_normalises_newlines():
    assert [ln.text for ln in lines_from_text("甲\r\n乙\r丙\n")] == ["甲", "乙", "丙"]


# ------------------------------------------------------------------- markdown
@pytest.mark.parametrize("raw, expected, level", [
    ("# 页面横幅", "页面横幅", 1),
    ("## 某工会召开大会 ##", "某工会召开大会", 2),
    ("###### 六级", "六级", 6),
    ("##标题无空格", "标题无空格", 2),
    ("**加粗**与__加粗__", "加粗与加粗", 0),
    ("这是*重点*内容", "这是重点内容", 0),
    ("代码`x = 1`结束", "代码x = 1结束", 0),
    ("见[通知](https://example.org/a)。", "见通知。", 0),
    ("图片![现场照片](img/1.jpg)后", "图片后", 0),
    ("> 引用的话", "引用的话", 0),
    ("> > 二级引用", "二级引用", 0),
    ("---", "", 0),
    ("* * *", "", 0),
    ("3*4*5等于60", "3*4*5等于60", 0),
    ("注*为必填项", "注*为必填项", 0),
    ("#1 号线", "#1 号线", 0),
    ("——破折号——", "——破折号——", 0),
])
def test_ingest_strip_markdown(raw, expected, level):
    assert strip_markdown(raw) == (expected, level)


def test_ingest_markdown_page_records_heading_levels(tmp_path):
    page = read_page(write(tmp_path, "m.md", "# 横幅\n\n## 标题\n\n正文**重点**。\n".encode()))
    assert [(ln.text, ln.heading) for ln in page.lines] == [
        ("横幅", 1), ("", 0), ("标题", 2), ("", 0), ("正文重点。", 0)]


def test_short_lines_with_no_blank_between_are_a_list_on_a_blank_parted_page():
    text = "标题\n\n正文第一段，没有结束\n\n接着的一段。\n\n某甲（某某公司焊工）\n某乙（某某公司电工）\n\n末段。\n"
    lines = [ln for ln in lines_from_text(text) if ln.text]
    assert [ln.block for ln in lines] == [False, False, False, True, True, False]
    dense = "标题\n正文第一段\n某甲（某某公司焊工）\n某乙（某某公司电工）\n"   # no blank lines: nothing to tell
    assert not any(ln.block for ln in lines_from_text(dense))


def test_a_markdown_table_becomes_list_lines_and_keeps_line_numbers():
    lines = lines_from_text("名单如下：\n\n| 姓名 | 单位 |\n|:---|---:|\n| 宁小妍 | **某某电缆有限公司** |\n正文。")
    assert [ln.number for ln in lines] == [1, 2, 3, 4, 5, 6]
    assert [ln.text for ln in lines[2:5]] == ["姓名\u3000单位", "", "宁小妍\u3000某某电缆有限公司"]
    assert lines[2].block and lines[4].block and not lines[3].block


def test_a_record_line_and_a_table_whose_header_names_its_columns_read_name_unit_post():
    lines = lines_from_text("名单：\n\n单位：某某电缆有限公司　姓名：宁小妍　岗位：绞线工　性别：女\n"
                            "\n| 单位 | 姓名 | 职务 |\n|---|---|---|\n| 某某港务公司 | 岑立坤 | 装卸队队长 |\n"
                            "| 某某港务公司 | 卜海涛 |\n正文：单位：某公司。")
    texts = [ln.text for ln in lines]
    assert texts[2] == "宁小妍\u3000某某电缆有限公司\u3000绞线工\u3000性别：女" and lines[2].block
    assert texts[4] == "姓名\u3000单位\u3000职务"
    assert texts[6] == "岑立坤\u3000某某港务公司\u3000装卸队队长"
    assert texts[7] == "某某港务公司\u3000卜海涛"       # a row of another width follows no header
    assert texts[8] == "正文：单位：某公司。"          # running text with a colon is no record


def test_half_width_marks_after_han_characters_are_the_full_width_ones():
    from kg.ingest import normalise_line
    assert normalise_line("正定县劳动模范:某甲（某公司）、某乙;主任,他说!好?") == "正定县劳动模范：某甲（某公司）、某乙；主任，他说！好？"
    assert normalise_line("时间10:30,地点:会场") == "时间10:30，地点：会场"     # a clock time stays
    assert normalise_line("1,000 km; a:b") == "1,000 km; a:b"                   # Latin text stays


def test_a_row_of_names_parted_by_spaces_under_a_post_is_a_list_and_other_spaced_lines_are_left():
    texts = [l.text for l in lines_from_text(
        "主席团成员（按姓氏笔画为序）：\n丁某涛　马　骏　王某芬　张某\n\n\n兰　陈某庆\n监票人：孔某军　邢某娜\n"
        "地址：天津　河西区\n弘扬劳模精神　建功美丽天津\n工会　动态　图片")]
    assert texts[1] == "丁某涛、马骏、王某芬、张某兰、陈某庆" and texts[4] == ""
    assert texts[5] == "监票人：孔某军、邢某娜"
    assert texts[6:] == ["地址：天津 河西区", "弘扬劳模精神 建功美丽天津", "工会 动态 图片"]
