"""Stage 1, path -> Page: find page files, decode them, normalise and strip light Markdown.

A page is a newspaper page saved as plain text or light Markdown. Reading one:

1. refuse what is not a page of text (missing, too big, empty, binary, undecodable,
   absurdly long lines) with an :class:`~kg.errors.InputError` that names the file
   (and line) and says what to do;
2. decode UTF-8, UTF-8 with BOM, or GB18030 (a superset of GBK/GB2312). GB18030
   decodes almost any byte string, so its result is accepted only if it reads as
   Chinese text (:func:`looks_like_chinese`);
3. normalise each line (:func:`normalise_line`) and strip Markdown
   (:func:`strip_markdown`), keeping *every* source line, empty ones included, so
   that line numbers in later stages are the line numbers of the file.
"""
from __future__ import annotations

import dataclasses

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from kg.errors import InputError
from kg.model import Line, Page
from kg.settings import Settings

__all__ = [
    "PAGE_SUFFIXES", "discover", "read_page", "decode", "looks_like_chinese",
    "lines_from_text", "normalise_line", "strip_markdown",
]

PAGE_SUFFIXES = frozenset({".txt", ".md"})

# Full-width forms U+FF01..U+FF5E map to ASCII by subtracting this offset ...
_FULLWIDTH_OFFSET = 0xFEE0
# ... except the marks that are ordinary Chinese punctuation, which stay as printed.
_FULLWIDTH_KEEP = frozenset("，！？；：（）")
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
          "\u2028\u2029\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# Corner brackets, the quotation marks of Taiwan, Hong Kong and some phone pages, are
# the mainland's quotation marks: 「云岭工匠」 -> “云岭工匠”.
_CORNER_QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}


def _build_translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0xFF01, 0xFF5F):
        if chr(code) not in _FULLWIDTH_KEEP:
            table[code] = chr(code - _FULLWIDTH_OFFSET)
    table.update({ord(c): " " for c in _SPACES})
    table.update({ord(c): None for c in _INVISIBLE})
    table.update({ord(a): b for a, b in _CORNER_QUOTES.items()})
    return table


_TRANSLATION = _build_translation()

# Share of control characters above which a decoded file is called binary.
_MAX_CONTROL_RATIO = 0.01
# Share of non-ASCII characters that must be common Chinese (GB2312) for a
# GB18030 decoding to be believed.
_MIN_COMMON_CJK_RATIO = 0.8


# ------------------------------------------------------------------ discovery
def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Page files named by ``paths``: files as given, directories searched recursively.

    Directories contribute their ``.txt`` and ``.md`` files (hidden files and
    folders are skipped); a file named explicitly is taken whatever its suffix.
    The result is sorted and free of duplicates (the same file reached twice is
    listed once, under the first spelling met). A path that does not exist is an
    :class:`InputError`; a directory without pages gives nothing.
    """
    found: dict[Path, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(_pages_under(path))
        elif path.exists():
            candidates = [path]
        else:
            raise InputError(path, "no such file or directory; check the path "
                                   "(give page files or folders holding .txt/.md pages)")
        for candidate in candidates:
            found.setdefault(candidate.resolve(), candidate)
    return sorted(found.values())


def _pages_under(folder: Path) -> Iterable[Path]:
    for path in folder.rglob("*"):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if not hidden and path.suffix.lower() in PAGE_SUFFIXES and path.is_file():
            yield path


# -------------------------------------------------------------------- reading
def read_page(path: str | Path, settings: Settings = Settings()) -> Page:
    """Read one page file into a :class:`Page` (see the module docstring).

    Raises :class:`InputError` for a missing/unreadable file, a file over
    ``settings.max_file_bytes``, an empty or whitespace-only file, a binary
    file, bytes that are neither UTF-8 nor Chinese GB18030 text, and a line
    longer than ``settings.max_line_chars`` (with its line number).
    """
    raw = _read_bytes(path, settings.max_file_bytes)
    text, encoding = decode(raw, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "file holds only whitespace; remove it or add the page text")
    _check_line_lengths(text, path, settings.max_line_chars)
    p = Path(path)
    return Page(
        id=p.stem,
        path=str(path),
        name=p.name,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        lines=lines_from_text(text),
    )


def _read_bytes(path: str | Path, max_bytes: int) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise InputError(path, "is a folder, not a page file; give the files inside it")
        if size > max_bytes:
            raise InputError(path, f"file is {size} bytes, over the limit of {max_bytes} "
                                   "(setting max_file_bytes); split the page or raise the limit")
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file; check the path") from None
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror or exc}); "
                               "check its permissions") from None
    if not raw:
        raise InputError(path, "file is empty (0 bytes); remove it or add the page text")
    return raw


def decode(raw: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode page bytes; return ``(text, encoding)``.

    ``encoding`` is ``"utf-8-sig"`` (UTF-8 with a byte-order mark), ``"utf-8"`` or
    ``"gb18030"``. UTF-16/32, binary data and bytes that are neither UTF-8 nor
    Chinese text in GB18030/GBK raise :class:`InputError` naming ``path``.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "file is UTF-16/UTF-32 encoded (byte-order mark found); "
                               "re-save it as UTF-8")
    if b"\x00" in raw:
        line = raw[:raw.index(b"\x00")].count(b"\n") + 1
        raise InputError(path, "file contains NUL bytes: binary data or UTF-16/UTF-32 text, "
                               "not a text page; re-save it as UTF-8 text", line=line)
    if raw.startswith(b"\xef\xbb\xbf"):
        text, encoding = _decode_utf8(raw[3:], path, offset=3), "utf-8-sig"
    else:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding = _decode_gb18030(raw, path, exc), "gb18030"
    _check_not_binary(text, path)
    return text, encoding


def _decode_utf8(raw: bytes, path, offset: int = 0) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputError(path, f"starts with a UTF-8 byte-order mark but byte {exc.start + offset} "
                               "is not valid UTF-8; repair or re-save the file as UTF-8",
                         line=line) from None


def _decode_gb18030(raw: bytes, path, utf8_error: UnicodeDecodeError) -> str:
    line = raw[:utf8_error.start].count(b"\n") + 1
    hint = (f"is not valid UTF-8 (first bad byte on line {line}) and not Chinese text in "
            "GB18030/GBK either; re-save the file as UTF-8")
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(path, hint, line=line) from None
    if not looks_like_chinese(text):
        raise InputError(path, hint + " (decoding it as GB18030 gives garbage)", line=line)
    return text


def looks_like_chinese(text: str) -> bool:
    """Whether a GB18030 decoding reads as Chinese text rather than mojibake.

    GB18030 maps almost any byte string to *some* characters. Real GBK/GB2312
    pages use mostly common characters (those of GB2312); random bytes, UTF-16,
    Latin-1 or Shift-JIS decoded as GB18030 give mostly rare ones, or control
    and private-use characters.
    """
    non_ascii = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    if not non_ascii:
        return True
    common = sum(1 for c in non_ascii if _in_gb2312(c))
    return common / len(non_ascii) >= _MIN_COMMON_CJK_RATIO


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and char not in "\t\n\r"


def _check_not_binary(text: str, path) -> None:
    controls = sum(1 for c in text if _is_control(c))
    if controls and controls / len(text) > _MAX_CONTROL_RATIO:
        raise InputError(path, f"file looks binary ({controls} control characters in "
                               f"{len(text)}); give a text page (.txt or .md) instead")


def _check_line_lengths(text: str, path, max_chars: int) -> None:
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > max_chars:
            raise InputError(path, f"line has {len(line)} characters, over the limit of "
                                   f"{max_chars} (setting max_line_chars); is this really a "
                                   "text page? Add line breaks or raise the limit", line=number)


# -------------------------------------------------------------- normalisation
def lines_from_text(text: str) -> tuple[Line, ...]:
    """Split decoded text into :class:`Line` records: normalised, Markdown stripped.

    A list item's marker (``- ``, ``1. ``) is dropped and the line, like a line
    that is bold as a whole (a list's heading) or a Markdown table's row (its
    cells parted by full-width spaces), is marked ``block``: it stands alone and
    is never joined to its neighbours as a column break would be. A table whose
    header names its columns (单位 | 姓名 | 职务) and a record line of named fields
    (单位：某某公司　姓名：某某　岗位：焊工) give their cells in the order kg reads a
    row: name, unit, post (某某　某某公司　焊工). A table whose post column comes before its
    name column (职务 | 姓名 | 工作单位及职务, in Markdown or in columns parted by spaces) is an
    election's results: each row reads as a slate's line (副主席：某某（某某公司工会主席））.

    Every source line is kept (numbered from 1), so line numbers survive. ``text``
    may use any newline convention.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    lines = []
    columns = None      # the kinds of the current table's columns, when its header names them
    elected = False     # and whether the text above it speaks of an election (选举结果如下：)
    heading = None      # and the header row's cells
    raw_lines = _rejoin_cut_rows(text.split("\n"))
    for number, raw_line in enumerate(raw_lines, start=1):
        line = normalise_line(raw_line)
        if _TABLE_RULE.match(line):
            lines.append(Line(number=number, text="", heading=0, block=False))
            continue
        row = _TABLE_ROW.match(line)
        barred = row is None and _BARRED_ROW.match(raw_line.strip()) is not None
        if row is not None or barred:
            parts = re.split("[│\t|｜]", raw_line.strip()) if barred else row.group(1).split("|")
            cells = [strip_markdown(normalise_line(c).strip())[0] for c in parts]
            kinds = [_FIELD_KINDS.get(c) for c in cells]
            if not {"name", "post"} & set(kinds) and sum(c in _POST_HEADINGS for c in cells) == 1 \
                    and number < len(raw_lines) and _TABLE_RULE.match(normalise_line(raw_lines[number])):
                # a header row (the rule under it says so) whose post names a column of holders
                kinds = ["holder" if c in _POST_HEADINGS else k for c, k in zip(cells, kinds)]
            if kinds.count("name") == 1 or "holder" in kinds:
                columns, heading = kinds, cells     # the header row names the columns: the rows below follow it
                elected = any(_ELECTION_WORDS.search(l.text) for l in lines[-6:])
            elif columns is not None and len(cells) != len(columns):
                columns = None
            if columns is not None and cells is not heading and (slate := _slate_row(cells, columns, elected)) is not None:
                lines.append(Line(number=number, text=slate, heading=0, block=True))
                continue
            if columns is not None and cells is not heading and (held := _post_held(cells, columns, heading)):
                cells = held
            elif columns is not None and "holder" not in columns:
                cells = _in_reading_order(cells, columns, table=True)
            lines.append(Line(number=number, text="\u3000".join(c for c in cells if c), heading=0, block=True))
            continue
        spaced = _spaced_cells(line) if _CELL_GAP.search(line.strip()) else []
        if len(spaced) >= 3 and _slate_columns(kinds := [_FIELD_KINDS.get(c) for c in spaced]):
            columns, heading = kinds, spaced    # 职务　　姓名　　工作单位及职务: a plain-text table's header
            lines.append(Line(number=number, text="\u3000".join(spaced), heading=0, block=True))
            continue
        if columns is not None and len(spaced) == len(columns) and (slate := _slate_row(spaced, columns)) is not None:
            lines.append(Line(number=number, text=slate, heading=0, block=True))
            continue
        if line.strip():
            columns = None      # a blank line (a cut row's rest, left blank) ends no table
        if (record := _record_cells(line) or _profile_cells(line) or _spaced_profile_cells(line)) is not None:
            lines.append(Line(number=number, text="\u3000".join(record), heading=0, block=True))
            continue
        if (pairs := _paired_cells(line)) is not None:
            lines.append(Line(number=number, text="；".join(pairs), heading=0, block=True))
            continue
        if (names := _labelled_names(line, lines)) is not None:
            line = names     # read on as the line it was: a list's row
        line = _PADDED_LABEL.sub(r"\1\2", line)     # 主　任：某某 -> 主任：某某
        if (cue := _SUBTITLE_CUE.match(line)) is not None:
            line = line[cue.end():]     # [00:21] / 00:01:06 字幕：…: a transcript's time code and track label
        item = _LIST_ITEM.match(line)
        block = item is not None or cue is not None or _WHOLE_STRONG.match(line) is not None
        clean, level = strip_markdown(line[item.end():] if item else line)
        lines.append(Line(number=number, text=clean.rstrip(), heading=level, block=block))
    return _mark_plain_lists(lines)


def _rejoin_cut_rows(raw: list[str]) -> list[str]:
    """A Markdown table's row cut by a column break (| 3 | 某某 | 某某重工机 / blank /
    械有限公司董事长 |) joined again on its first line; the rest's line is left blank,
    so line numbers survive."""
    raw = list(raw)
    for k, line in enumerate(raw):
        if not _CUT_ROW.match(line):
            continue
        j = _next_filled(raw, k, most=3)
        if j is not None and raw[j].rstrip().endswith("|") and not raw[j].lstrip().startswith("|"):
            raw[k], raw[j] = line.rstrip() + raw[j].strip(), ""
    width = None    # the cells of the last row parted by bare bars (第一名｜某某｜某某公司｜96.5分)
    for k, line in enumerate(raw):
        # 第三名｜某某｜某某钢 / blank / 铁有限公司炼钢厂｜93.5分: such a row cut inside a cell
        if _BARE_BARS.match(line.strip()) is None:
            continue
        cells = len(re.split("[|｜]", line.strip()))
        j = _next_filled(raw, k, most=3)
        if width is not None and cells < width and j is not None and _BARE_BARS.match(raw[j].strip()) \
                and cells + len(re.split("[|｜]", raw[j].strip())) - 1 == width:
            raw[k], raw[j] = line.rstrip() + raw[j].strip(), ""
        else:
            width = cells
    for k, line in enumerate(raw):
        # 某某　 / blank / 餐饮部厨师　　　某某　某某部经理: a two-column row cut after its first name
        if _NAME_CELL.fullmatch(line.strip()) is None or not line.rstrip("\n").endswith((" ", "\u3000")):
            continue
        j = _next_filled(raw, k)
        if j is not None and _paired_cells(line.strip() + "\u3000" + raw[j].strip()) is not None:
            raw[k], raw[j] = line.strip() + "\u3000" + raw[j].strip(), ""
    for k, line in enumerate(raw):
        # 某甲　某某公司焊工 / 某乙 / blank / 某某公司钳工: a winners' row cut after its name
        if k == 0 or _NAME_CELL.fullmatch(line.strip()) is None or not _NAME_ROW_ABOVE.match(raw[k - 1].strip()):
            continue
        j = _next_filled(raw, k)
        if j is not None and re.fullmatch(r"[^\s，。；：:,]{6,40}", raw[j].strip()):
            raw[k], raw[j] = line.strip() + "\u3000" + raw[j].strip(), ""
    for k, line in enumerate(raw):
        # 李某红　张秀 / blank / 兰　陈某庆: a row of names cut inside a name
        _, names = _names_row(line)
        j = _next_filled(raw, k) if names and len(names[-1]) == 2 else None
        if j is not None and (rest := re.fullmatch(r"([\u4e00-\u9fff])[ \u3000](.+)", raw[j].strip())) \
                and (more := _spaced_names(rest.group(2), least=1)) and len(more[0]) > 1:
            raw[k], raw[j] = line.rstrip() + raw[j].strip(), ""
    for k, line in enumerate(raw):
        # 某某　　男　　1980.12 / blank / 　　　　某某车间班组长: a profile's row cut before its post
        cells = _spaced_cells(line)
        if len(cells) < 2 or _spaced_profile_cells(line) is not None or not _profile_head(cells):
            continue
        j = _next_filled(raw, k)
        if j is not None and raw[j][:1] in (" ", "\u3000") and len(_spaced_cells(raw[j])) == 1:
            raw[k], raw[j] = line.rstrip() + "\u3000\u3000" + raw[j].strip(), ""
    return raw


#: Cells parted by bars with no space around them (第一名｜某某｜某某公司｜96.5分, or a cut part of it).
_BARE_BARS = re.compile(r"^[^|｜\s]+(?:[|｜][^|｜\s]+)+$")
#: A table's row with its opening bar and a cell or more, but no closing bar: a column cut it.
_CUT_ROW = re.compile(r"^ {0,3}\|(?:[^|\n]*\|){2,}[^|\n]*[^|\s]\s*$")


#: The longest line read as a list item in a plain list (a name, a unit, a parenthesis).
LIST_LINE_CHARS = 60


def _mark_plain_lists(lines: list[Line]) -> tuple[Line, ...]:
    """On a page that parts its paragraphs with blank lines, short lines that follow
    each other with no blank line are a list (winners under an honor, one per line),
    not a paragraph cut by column breaks: they are marked ``block``."""
    blank = sum(1 for ln in lines if not ln.text.strip())
    if 2 * blank < len(lines) - blank:
        return tuple(lines)
    short = [bool(ln.text.strip()) and not ln.heading and len(ln.text) <= LIST_LINE_CHARS for ln in lines]
    return tuple(dataclasses.replace(ln, block=True)
                 if short[k] and ((k > 0 and short[k - 1]) or (k + 1 < len(lines) and short[k + 1])) else ln
                 for k, ln in enumerate(lines))


def normalise_line(line: str) -> str:
    """Full-width ASCII -> ASCII (Chinese punctuation ，！？；：（） kept), odd spaces -> ' ',
    corner brackets 「」『』 -> quotation marks “”‘’.

    Zero-width characters are dropped, stray control characters become spaces and
    trailing whitespace is removed. Other characters are left alone.

    >>> normalise_line("ＡＢＣ１２３\u3000工会，好！\u00a0 ")
    'ABC123 工会，好！'

    A half-width mark after a Han character is the full-width one (劳动模范:某某 ->
    劳动模范：某某); in a number it stays (10:30).
    """
    line = line.translate(_TRANSLATION)
    line = "".join(" " if _is_control(c) else c for c in line)
    if _ASCII_MARK.search(line):     # most lines have none: a plain class test first
        line = _ASCII_MARK_AFTER_HAN.sub(_full_width_mark, line)
    return line.rstrip()


#: Half-width marks a PDF or a web page sets in Chinese text (正定县劳动模范:某某, 主任,他说):
#: after a Han character, not inside a number (10:30 stays), they are the full-width marks.
_ASCII_MARK = re.compile(r"[,:;!?]")
_FULL_WIDTH_MARKS = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_ASCII_MARK_AFTER_HAN = re.compile(r"(?<=[\u4e00-\u9fff”）》])[,:;!?]|(?<=\d)[,;](?=[\u4e00-\u9fff“（])")


def _full_width_mark(m: re.Match) -> str:
    return _FULL_WIDTH_MARKS[m.group()]


_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|(?=[^\x00-\x7f]))(.*?)(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
#: A topic tag as apps and microblogs print it (#江苏工匠#, #产业工人# #宜昌工匠#): a label, no heading.
HASHTAGS = re.compile(r"^#[^#\s]{1,30}#(?:[ \u3000]+#[^#\s]{1,30}#)*$")    # one tag or a row of them
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]+|[^()\s]*\([^()\s]*\))(?:[ \t]+\"[^\"\n]*\")?\)")
#: A Markdown table: a row (| 姓名 | 单位 | 职务 |) becomes one list line, its cells parted
#: by full-width spaces (姓名　单位　职务); the rule under the header row is dropped.
_TABLE_ROW = re.compile(r"^ {0,3}\|(.+)\|\s*$")
#: A table's row set as plain text, its cells parted by box-drawing bars or tabs (单位 │ 姓名 │ 职务),
#: or by bars with no space around them (第一名｜某某｜某某公司｜96.5分).
_BARRED_ROW = re.compile(r"^[^│\t]+(?:[│\t][^│\t]+){2,}$|^[^|｜\s]+(?:[|｜][^|｜\s]+){2,}$")
_TABLE_RULE = re.compile(r"^ {0,3}\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
#: Column headings and record keys (姓名：某某　单位：某某公司　岗位：焊工) by what their
#: cells hold: kg reads a row as name, unit, post (某某　某某公司　焊工).
_FIELD_KINDS = {
    **dict.fromkeys(("姓名", "名字", "获奖者", "获奖人", "候选人", "人选", "负责人", "联系人", "帮扶联系人"), "name"),
    **dict.fromkeys(("单位", "工作单位", "所在单位", "供职单位", "企业", "公司", "单位名称", "企业名称"), "unit"),
    **dict.fromkeys(("岗位", "职务", "职位", "工种", "职称", "职业", "单位及职务", "单位职务", "职务职称"), "post"),
    **dict.fromkeys(("序号", "编号", "性别", "民族", "年龄", "出生年月", "出生年份", "政治面貌", "学历", "文化程度",
                     "籍贯"), "other"),
}
_READING_ORDER = ("name", "unit", "post")
#: Column headings that are a post (| 产业工会 | 会员数 | 主席 |): the column's cells are the
#: names of that post's holders at the row's unit.
_POST_HEADINGS = frozenset({"主席", "副主席", "常务副主席", "工会主席", "书记", "理事长", "会长", "组长", "站长", "队长",
                            "主任", "院长", "校长", "厂长", "经理", "董事长", "总经理", "法定代表人"})
#: A cell of figures (2316, 24.6, 15%), no unit.
_FIGURE_CELL = re.compile(r"[\d.,，%％万亿元个人名家]+")
#: A record line: fields ``key：value`` parted by spaces (姓名：某某　岗位：焊工).
_RECORD_FIELD = re.compile(r"([\u4e00-\u9fff]{2,5})[：:] *([^\s：:]+)")


def _in_reading_order(cells: list[str], kinds: list[str | None], table: bool = False) -> list[str]:
    """A row's cells with the name first, then the unit, then the post, then the rest
    in their own order (单位|姓名|岗位 -> 姓名　单位　岗位). In a ``table`` whose header
    names a post column, a column of no kind before the post is read as the unit
    (区（市）县 | 帮扶联系人 | 职务) and one after it (重点项目, 在档户数) is left out;
    a table's columns of a person's particulars (序号, 性别, 民族) are left out."""
    rank = {kind: k for k, kind in enumerate(_READING_ORDER)}
    post = kinds.index("post") if table and "post" in kinds else None
    keep = [k for k in range(len(cells)) if (post is None or k < post or kinds[k] is not None)
            and not (table and kinds[k] == "other")]
    unknown = rank["unit"] if post is not None else len(rank)
    return [cells[k] for k in sorted(keep, key=lambda k: (rank.get(kinds[k], unknown), k))]


def _post_held(cells: list[str], kinds: list[str | None], heading: list[str]) -> list[str] | None:
    """A table's row as name, unit, post when its post is the heading of its holders' column
    (| 产业工会 | 会员数 | 主席 | -> 某某　某某市教育工会　主席) or is printed in the holder's cell
    before the name (| 单位 | … | 负责人 | with 常务副主席 某某); the row's figures are left out.
    The unit is the unit column, else the first column of no kind that holds no figure.
    None for any other row."""
    if len(cells) != len(kinds):
        return None
    if "holder" in kinds:
        k = kinds.index("holder")
        name, post = cells[k], heading[k]
        if not _NAME_CELL.fullmatch(name):
            return None
    elif "name" in kinds and (m := _POST_NAME_CELL.fullmatch(cells[k := kinds.index("name")])):
        name, post = m.group("name"), m.group("post")
    else:
        return None
    units = [c for c, kind in zip(cells, kinds) if kind == "unit"] or \
        [c for j, (c, kind) in enumerate(zip(cells, kinds)) if kind is None and j != k and c and not _FIGURE_CELL.fullmatch(c)]
    return [name, units[0], post] if units else [name, post]


def _record_cells(line: str) -> list[str] | None:
    """The values of a record line that names a person and their unit or post
    (单位：某某公司　姓名：某某　岗位：焊工 -> [某某, 某某公司, 焊工]), in reading order;
    fields of other keys keep their key (性别：男). None for any other line."""
    if "：" not in line and ":" not in line:
        return None     # most lines: no field at all
    fields = line.split()
    if len(fields) < 2:
        return None
    matches = [_RECORD_FIELD.fullmatch(f) for f in fields]
    if not all(matches):
        return None
    kinds = [_FIELD_KINDS.get(m.group(1)) for m in matches]
    if kinds.count("name") != 1 or not ({"unit", "post"} & set(kinds)):
        return None
    cells = [m.group(2) if kind in _READING_ORDER else m.group(0) for m, kind in zip(matches, kinds)]
    return _in_reading_order(cells, kinds)


#: A note on a person's sex or people after the name (某某（女）, 某某（女，回族）, 某某（回族）).
PERSON_NOTE = re.compile(r"[（(](?:[男女](?:[，,、][\u4e00-\u9fff]{1,4}族)?|[\u4e00-\u9fff]{1,4}族)[）)]")
#: A candidate's or a winner's profile as official lists print it: the name (a note on
#: sex and people in brackets), personal data parted by commas (男，汉族，1985年3月生，
#: 中共党员，大学学历), then the unit and post: 某某，男，汉族，1985年3月生，中共党员，某某公司焊工.
_PERSONAL_DATUM = (r"(?:[男女]|[\u4e00-\u9fff]{1,5}族|\d{4}年\d{1,2}月(?:出)?生|\d{4}\.\d{1,2}(?:出)?生|"
                   r"中共党员|中共预备党员|共青团员|群众|无党派人士|[\u4e00-\u9fff]{2,5}(?:盟员|社员|党员)|"
                   r"[\u4e00-\u9fff]{0,4}(?:学历|本科|大专|中专|研究生|硕士|博士|高中|初中))")
_PROFILE = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,10})(?P<note>" + PERSON_NOTE.pattern + ")?"
                      r"(?P<data>(?:[，,]" + _PERSONAL_DATUM + r")*)[，,](?P<post>[^，,。；;：:]{4,60})$")


def _profile_cells(line: str) -> list[str] | None:
    """A profile line's name and post (某某，男，汉族，1985年3月生，中共党员，某某公司焊工 ->
    [某某, 某某公司焊工]): read like a table row; the personal data name no entity and are
    dropped. It needs a datum or a bracketed note (某某（女），某某公司技术员); None for
    any other line."""
    if "，" not in line and "," not in line:
        return None
    m = _PROFILE.match(line)
    if m is None or not (m.group("data") or m.group("note")):
        return None
    return [m.group("name"), m.group("post")]


def _next_filled(raw: list[str], k: int, most: int = 4) -> int | None:
    """The next line after ``k`` that holds text, when one to ``most`` blank lines (a
    column break) come first; else None."""
    j = k + 1
    while j < len(raw) and j - k <= most and not raw[j].strip():
        j += 1
    return j if j < len(raw) and j > k + 1 and raw[j].strip() else None


#: A name in a table's cell: two to four characters, a two-character one perhaps padded to
#: three with a space (钱　峰).
PADDED_NAME = r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"
#: A personal datum in a table's cell (男, 汉族, 1976.03, 1985年3月, 中共党员).
_DATUM_CELL = re.compile(_PERSONAL_DATUM + r"|\d{4}[.．/-]\d{1,2}|\d{4}年\d{1,2}月")
#: A name's cell (see :data:`PADDED_NAME`), or a dotted name.
_NAME_CELL = re.compile(PADDED_NAME + r"|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,8}")
#: A cell that prints a post before its holder's name (常务副主席 某某, 主席 某　某).
_POST_NAME_CELL = re.compile(r"(?P<post>[\u4e00-\u9fff]{0,8}(?:主席|书记|主任|部长|局长|经理|董事长|理事长|会长|组长|站长|"
                             r"队长|院长|校长|厂长|委员|负责人)) (?P<name>" + PADDED_NAME + ")")


#: A list's row of a name (with its note) and, after a space, its unit and post.
_NAME_ROW_ABOVE = re.compile(r"[\u4e00-\u9fff·]{2,8}(?:[（(][^（）()]{1,8}[）)])?[ \u3000]+[^\s，。；：:,]{4,40}")


#: The gap between a plain-text table's cells: two spaces or more.
_CELL_GAP = re.compile(r"[ \u3000]{2,}")


def _slate_columns(kinds: list[str | None]) -> bool:
    """A header whose post column comes before its one name column (职务 | 姓名 | 工作单位及职务):
    an election's results, each row a post and its holder."""
    return kinds.count("name") == 1 and "post" in kinds and kinds.index("post") < kinds.index("name")


#: What the text above a table says of an election (选举结果, 当选, 选举产生): its rows may be a slate.
_ELECTION_WORDS = re.compile(r"选举|当选")
#: An office a union's congress elects, one or two of them (工会副主席、女职工委员会主任, 委员, 经审会主任).
_ONE_OFFICE = r"(?:工会|经审会|经费审查委员会|女职工委员会|女职委)?(?:主席|常务副主席|副主席|主任|副主任|常委|委员)"
_ELECTED_OFFICE = re.compile(_ONE_OFFICE + "(?:、" + _ONE_OFFICE + ")?")


def _slate_row(cells: list[str], kinds: list[str | None], elected: bool = False) -> str | None:
    """A row under a header of :func:`_slate_columns` as a slate's line: the post, its holder and
    the holder's other cells in a note (副主席（兼职）：某某（某某公司工会主席））; None for other tables.
    Under an ``elected`` table's header (姓名 | 工作单位 | 职务 below 选举结果), a row whose post is an
    office the congress elects is one too (工会副主席：某某（某某分公司）): the unit is where the holder
    works, the office is the union's."""
    if elected and len(cells) == len(kinds) and kinds.count("name") == 1 and kinds.count("post") == 1 \
            and _ELECTED_OFFICE.fullmatch(cells[kinds.index("post")]):
        p = kinds.index("post")
        cells, kinds = [cells[p]] + cells[:p] + cells[p + 1:], ["post"] + kinds[:p] + kinds[p + 1:]
    if len(cells) != len(kinds) or not _slate_columns(kinds):
        return None
    post, name = cells[kinds.index("post")], cells[kinds.index("name")]
    if not post or not _NAME_CELL.fullmatch(name):
        return None
    rest = [c for c, kind in zip(cells, kinds) if kind not in ("post", "name", "other") and c]
    return f"{post}：{name}" + (f"（{'，'.join(rest)}）" if rest else "")


def _spaced_cells(line: str) -> list[str]:
    """A line's cells parted by two spaces or more (a plain-text table's row)."""
    return [c for c in re.split(r"[ \u3000]{2,}", line.strip()) if c]


def _profile_head(cells: list[str]) -> bool:
    """The cells open with a name, then personal data only (某某　男　1976.03)."""
    return _NAME_CELL.fullmatch(cells[0]) is not None and len(cells) >= 2 \
        and all(_DATUM_CELL.fullmatch(c) for c in cells[1:])


#: A cell of a two-column table of people: a name, a space, the post (某某　客房部领班), a
#: note on the seat dropped (总经理（首席代表）).
_PERSON_CELL = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})[ \u3000](?P<post>[^\s，。；、：:（）()]{2,30})(?:[（(][^（）()]{1,8}[）)])?")


def _paired_cells(line: str) -> list[str] | None:
    """A row of a table set in two columns or more of people and posts (职工方 beside
    企业方: 某甲　公司工会主席（首席代表）　　某乙　总经理（首席代表） -> [某甲　公司工会主席,
    某乙　总经理]); None for any other line."""
    cells = _spaced_cells(line)
    if len(cells) < 2:
        return None
    found = [_PERSON_CELL.fullmatch(c) for c in cells]
    if not all(found):
        return None
    return [m.group("name") + "\u3000" + m.group("post") for m in found]


#: A name's unit in brackets after it (某某（某某市总工会）).
_UNIT_NOTE = r"(?:[（(][^（）()\s]{2,30}[）)])?"
#: One name of a row of names, perhaps with its note, or the first character of a padded one.
_NAME_TOKEN = re.compile(r"[\u4e00-\u9fff]{1,4}" + _UNIT_NOTE)
#: The second character of a padded name (马　骏), perhaps with its note.
_PADDED_REST = re.compile(r"[\u4e00-\u9fff]" + _UNIT_NOTE)


def _spaced_names(row: str, least: int = 2) -> list[str] | None:
    """The names of a row of names parted by single spaces, a two-character name
    padded to three (丁某涛　马　骏　王某芬 -> [丁某涛, 马骏, 王某芬]), each perhaps with its
    unit in brackets (王某燕（兰州市总工会）); None for any other text."""
    tokens = re.split(r"[ \u3000]", row.strip())
    names, i = [], 0
    while i < len(tokens):
        if not _NAME_TOKEN.fullmatch(tokens[i]):
            return None
        if len(tokens[i]) == 1:
            if i + 1 == len(tokens) or not _PADDED_REST.fullmatch(tokens[i + 1]):
                return None
            names.append(tokens[i] + tokens[i + 1])
            i += 2
            continue
        names.append(tokens[i])
        i += 1
    return names if len(names) >= least else None


#: A label that heads a row of names (监票人：, 主　任：, 主席团成员（按姓氏笔画为序）：, 名单：): a post
#: or a list, perhaps padded with spaces, perhaps with a note.
POST_LABEL = r"[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,19}[人员长任表单席记](?:[（(][^（）()\n]{1,16}[）)])?[：:]"
_NAMES_LABEL = re.compile(r"^(?P<label>" + POST_LABEL + r")?(?P<row>.+)$")


def _names_row(line: str) -> tuple[str, list[str] | None]:
    """A line's label (if any) and the names of its row of names (see :func:`_spaced_names`)."""
    m = _NAMES_LABEL.match(line.strip())
    if m is None:
        return "", None
    return m.group("label") or "", _spaced_names(m.group("row"))


#: A two-character label padded to three at a line's start, before its colon (主　任：,
#: 委　员（按姓氏笔画排序）：): the layout's pad, no part of the word.
_PADDED_LABEL = re.compile(r"^([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=(?:[（(][^（）()\n]{1,16}[）)])?[：:])")


def _labelled_names(line: str, above: list[Line]) -> str | None:
    """A row of names parted by spaces, under a label on the line above (主席团成员：) or
    after one on its own line (监票人：某甲　某乙), rewritten as a list set off by 、
    (监票人：某甲、某乙); None for any other line. Three names at least with no label."""
    label, names = _names_row(line)
    if names is None:
        return None
    last = next((l.text for l in reversed(above) if l.text.strip()), "")
    if not label and not (re.fullmatch(POST_LABEL, last.strip()) and len(names) >= 3):
        return None
    return label + "、".join(names)


def _spaced_profile_cells(line: str) -> list[str] | None:
    """A candidates' table row set with spaces (钱　峰　　男　　1976.03　　公司党委委员、
    某某部部长 -> [钱峰, 公司党委委员、某某部部长]): the name, personal data, then the
    post; the data name no entity and are dropped. None for any other line."""
    cells = _spaced_cells(line)
    if len(cells) < 3 or not _profile_head(cells[:-1]) or _DATUM_CELL.fullmatch(cells[-1]) \
            or re.search(r"[。；，,]", cells[-1]):
        return None
    return [re.sub(r"[ \u3000]", "", cells[0]), cells[-1]]


#: A video transcript's cue at a line's start: a time code ([00:21], 00:01:06) and its
#: track's label (字幕：, 旁白：): the line is the subtitle's text, a line of its own.
_SUBTITLE_CUE = re.compile(r"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \u3000]*|\d{2}:\d{2}:\d{2}[ \u3000]+)"
                           r"(?:(?:字幕|旁白|画外音|同期声|解说)[：:][ \u3000]*)?")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)")
_WHOLE_STRONG = re.compile(r"^ {0,3}(?:\*\*[^*\n]+\*\*|__[^_\n]+__)[ \t]*$")
_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_EMPH = re.compile(r"(?<![A-Za-z0-9*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![A-Za-z0-9*])")


def strip_markdown(line: str) -> tuple[str, int]:
    """Remove light Markdown from one line; return ``(text, heading_level)``.

    Handles ATX headings, block quotes, horizontal rules (-> empty line), images
    (dropped), links (-> their text), inline code, ``**strong**``/``__strong__``
    and ``*emphasis*``. A lone ``*`` or one inside a word (``3*4``) is left alone.

    >>> strip_markdown("## 某区**工会**召开[大会](http://x.cn)")
    ('某区工会召开大会', 2)
    >>> strip_markdown("---")
    ('', 0)
    """
    if _RULE.match(line):
        return "", 0
    line = _QUOTE.sub("", line)
    level = 0
    heading = None if HASHTAGS.match(line) else _HEADING.match(line)
    if heading:
        level, line = len(heading.group(1)), heading.group(2)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(lambda m: m.group(1) or m.group(2), line)
    line = _EMPH.sub(r"\1", line)
    return line.strip() if level else line, level
