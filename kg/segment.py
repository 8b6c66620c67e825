"""Stage 3: Article -> sentences and tokens.

The segmenter owns a private ``jieba.Tokenizer`` (never jieba's global one)
seeded with the project's lexicons, so titles (常务副主席), organisation suffixes
and division names come out as whole words. Tokens are only used as word
boundaries by the rule components; the rules decide what a span means.
"""
from __future__ import annotations

import logging
import re
from typing import NamedTuple

from .model import Article, Sentence

# sentence-final punctuation (ASCII forms come from full-width normalisation)
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』\"']?|\n")


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Split an article's text into sentences at 。！？； and line breaks.

    >>> from kg.model import Article
    >>> a = Article("p#00", "p", 0, "标题", (), (), "标题\\n他说：“好。”我们走。", ((0, 1),))
    >>> [s.text for s in split_sentences(a)]
    ['标题', '他说：“好。”', '我们走。']
    """
    text = article.text
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if text[start:end].strip():
            out.append(Sentence(article.id, len(out), start, end, text[start:end]))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(article.id, len(out), start, len(text), text[start:]))
    return tuple(out)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    tag: str = ""   # jieba dictionary part of speech ("" when the word is unknown)


#: How often an added division name counts: enough to beat its characters, small enough
#: that the three thousand of them leave the rest of the cut as it was.
DIVISION_FREQ = 20
#: The grasslands' village (嘎查), a word jieba's dictionary lacks: cut 嘎|查, its first
#: character an interjection, it stops every name that runs into it (某某嘎查联合工会).
VILLAGE_WORDS = ("嘎查",)
#: Words of work that jieba's dictionary (2012) cuts into single characters or counts rarely
#: (实|训, 运|维; 党群 counted 25 times, 质检 98): common words, no names, so a centre named by
#: its kind of work (技能实训中心, 智算中心, 质检中心) reads as a kind, and a post after one (运维员)
#: is not cut inside it. Each with its part of speech.
MODERN_WORDS = {"实训": "vn", "智算": "n", "算力": "n", "网约车": "n", "网约": "b", "电商": "n", "新能源": "n",
                "数智": "n", "产改": "j", "运维": "vn", "智造": "vn", "双创": "j", "文创": "n", "康养": "vn",
                "托育": "vn", "研学": "vn", "党群": "n", "仓储": "vn", "质检": "vn",
                "全委会议": "n"}   # a committee's plenary meeting (jieba: 全委会|议和经费…)


class Segmenter:
    """Word boundaries from jieba's dictionary plus lexicon words.

    The words come from jieba-rs (``rjieba``), the Rust port of jieba: with
    the same dictionary and the same added words its cut without HMM is
    jieba's (jieba is given the total jieba-rs counts, so even near ties such
    as 约谈 against 约|谈 break alike), at about fifteen times the speed. A private ``jieba.Tokenizer``
    still gives the dictionary's word counts and parts of speech, which the
    rules read.

    Compound dictionary words that glue an organisation suffix to a title
    (工会主席) are split, so the organisation and the title stay separable.
    """

    def __init__(self, lexicons):
        import jieba  # lazy: importing kg must stay cheap
        import rjieba

        logging.getLogger("jieba").setLevel(logging.WARNING)
        import jieba.posseg

        self._tok = jieba.Tokenizer()
        self._tok.initialize()
        # dictionary POS tags only (no HMM tagging): cheap and deterministic
        self.tags = jieba.posseg.POSTokenizer(self._tok).word_tag_tab
        self._cutter = rjieba.Jieba()
        # a body's name the dictionary already holds (财政部) keeps its frequency: jieba
        # adds a re-added word's frequency to its total again and jieba-rs does not, so
        # re-adding would make the two cutters drift apart
        words = [*lexicons.titles, *(n for name, _type, aliases in lexicons.national_bodies
                                     for n in (name, *aliases) if not self._tok.FREQ.get(n)), *VILLAGE_WORDS,
                 *MODERN_WORDS]
        total = self._tok.total     # jieba-rs's total: a re-added word's new count replaces its old one
        for word in words:
            total += 2000 - self._tok.FREQ.get(word, 0)
            self._tok.add_word(word, 2000)
            self._cutter.add_word(word, 2000, None)
        # a division's full name is one word (卡若区, 个旧市): jieba knows few of them and
        # cuts the rest into characters that the rules then read as function words
        self._added_divisions: set[str] = set()
        for d in lexicons.divisions:
            if d.level in ("province", "city", "county") and len(d.name) >= 3 and d.name not in self._tok.FREQ:
                total += DIVISION_FREQ
                self._tok.add_word(d.name, DIVISION_FREQ)
                self._cutter.add_word(d.name, DIVISION_FREQ, None)
                self.tags[d.name] = "ns"
                self._added_divisions.add(d.name)
        for word in VILLAGE_WORDS:
            self.tags[word] = "n"
        self.tags.update(MODERN_WORDS)
        self._tok.total = total     # so jieba's own cut weighs routes as jieba-rs does
        # dictionary words that glue an organisation suffix to the next word
        # (工会主席, 工会组织) are split so the organisation name ends cleanly
        self._suffix_heads = frozenset(sx for sx, _ in lexicons.org_suffixes if len(sx) >= 2)
        self._suffix_head_lengths = tuple(sorted({len(sx) for sx in self._suffix_heads}, reverse=True))
        # three-character dictionary words that glue a unit to its own head (人社局|局长,
        # 办公厅秘书处|处长): the unit's last character, then the title
        self._glued_heads = {t[0] + t: (t[0], t) for t in lexicons.titles
                             if len(t) == 2 and self._tok.FREQ.get(t[0] + t)}

    def tokens(self, text: str) -> list[Token]:
        out = []
        pos = 0
        tags = self.tags
        split = self._split_glued
        words = self._cutter.cut(text, False)
        if "委" in text and not self._added_divisions.isdisjoint(words):
            words = self._keep_committees(words)
        for word in words:
            if len(word) < 3 or len(word) == 3 and word not in self._glued_heads:
                out.append(Token(word, pos, pos + len(word), tags.get(word, "")))
                pos += len(word)
                continue
            for part in split(word):
                out.append(Token(part, pos, pos + len(part), tags.get(part, "")))
                pos += len(part)
        return out

    def _keep_committees(self, words: list[str]) -> list[str]:
        """密云区|委办 -> 密云|区委|办: a division's party committee (区委, 县委) keeps its
        own word when an added division name took its first character."""
        added = self._added_divisions
        k = 0
        while k < len(words) - 1:
            if words[k + 1][:1] == "委" and words[k] in added:
                w = words[k]
                words[k:k + 2] = [w[:-1], *self._cutter.cut(w[-1] + words[k + 1], False)]
            k += 1
        return words

    def _split_glued(self, word: str) -> tuple[str, ...]:
        if len(word) < 4:
            return self._glued_heads.get(word, (word,))
        freq = self._tok.FREQ
        for n in self._suffix_head_lengths:
            if len(word) > n and word[:n] in self._suffix_heads:
                rest = word[n:]
                if freq.get(rest, 0) > 0:
                    return (word[:n], rest)
        return (word,)

    def boundaries(self, text: str) -> tuple[set[int], list[Token]]:
        """Token start/end offsets (one set) and the tokens themselves."""
        toks = self.tokens(text)
        bounds = {0, len(text)}
        for t in toks:
            bounds.add(t.start)
            bounds.add(t.end)
        return bounds, toks
