"""Statistical NER tagger (CLUENER2020 labels), numpy-only inference.

The shipped model (``kg/models/ner-cluener.npz``) is a character BiLSTM-CRF
trained by :mod:`kg.train` on the CLUENER2020 training split (the data itself is
not in this repository). Per character it sees

* the character (normalised: full-width ASCII to half-width, Latin lower-cased,
  ASCII digits to ``0``),
* the bigram ``char + next char``,
* a SoftLexicon-style bit vector: for every lexicon class, whether the character
  Begins / is in the Middle of / Ends / is a Single-character word of that class.
  Words come from jieba's dictionary (split by POS: nr, ns, nt, nz, n, v, j,
  other) and from the project's lexicons (:func:`kg.lexicons.load_lexicons`:
  surnames, titles, organisation suffixes by type, administrative divisions by
  level plus short forms, national bodies).

Usage::

    from kg.ner import load_tagger
    tagger = load_tagger()
    tagger.tag(["张三丰是北京市海淀区某公司的总经理。"])
    # -> [[(0, 3, 'name'), (4, 10, 'address'), (14, 17, 'position')]]

Spans are ``(start, end_exclusive, label)`` with CLUENER labels: name, company,
government, organization, position, address, game, movie, book, scene.

Everything here is numpy; loading reads only package files (no network).
Feature extraction is shared with :mod:`kg.train` so training and inference can
never drift apart.
"""
from __future__ import annotations

import functools
import hashlib
import json
import threading
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

__all__ = ["Tagger", "load_tagger", "DEFAULT_MODEL", "LEX_CLASSES", "normalize",
           "Featurizer", "chunk_text", "tag_spans", "lexicon_fingerprint"]

DEFAULT_MODEL = "ner-cluener.npz"
MAX_CHUNK = 256
LAC_SCALE = 0.1         # LAC emissions are scaled by this before entering the tagger

# ------------------------------------------------------------------ normalise
_NORM: dict[int, int] = {}
for _cp in range(0xFF01, 0xFF5F):            # full-width ASCII -> ASCII
    _NORM[_cp] = _cp - 0xFEE0
_NORM[0x3000] = 0x20                          # ideographic space
for _cp in list(range(0x21, 0x7F)) + list(range(0xFF01, 0xFF5F)):
    _c = chr(_NORM.get(_cp, _cp))
    if "A" <= _c <= "Z":
        _NORM[_cp] = ord(_c.lower())
    elif "0" <= _c <= "9":
        _NORM[_cp] = ord("0")
del _cp, _c


def normalize(text: str) -> str:
    """Length-preserving normalisation applied before every lookup."""
    return text.translate(_NORM)


# ------------------------------------------------------------------- lexicon
LEX_CLASSES = (
    "jb_nr", "jb_ns", "jb_nt", "jb_nz", "jb_n", "jb_v", "jb_j", "jb_x",
    "surname", "title", "suf_company", "suf_government", "suf_organization",
    "div_province", "div_city", "div_county", "div_town", "div_short", "natbody",
)
_CLS = {c: i for i, c in enumerate(LEX_CLASSES)}
_JIEBA_POS = {"nr": "jb_nr", "nrt": "jb_nr", "nrfg": "jb_nr", "ns": "jb_ns", "nsf": "jb_ns",
              "nt": "jb_nt", "nz": "jb_nz", "n": "jb_n", "ng": "jb_n", "v": "jb_v", "vn": "jb_v",
              "vd": "jb_v", "vg": "jb_v", "j": "jb_j"}
_SUF = {"company": "suf_company", "government": "suf_government"}


def _jieba_dict_bytes() -> bytes:
    return resources.files("jieba").joinpath("dict.txt").read_bytes()


def _lexicon_words(max_len: int) -> dict[str, int]:
    """word -> class bit mask (only words of 1..max_len chars)."""
    from kg.lexicons import load_lexicons

    words: dict[str, int] = {}

    def add(w: str, cls: str) -> None:
        w = normalize(w.strip())
        if 0 < len(w) <= max_len:
            words[w] = words.get(w, 0) | (1 << _CLS[cls])

    for line in _jieba_dict_bytes().decode("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3:
            add(parts[0], _JIEBA_POS.get(parts[2], "jb_x"))
    lex = load_lexicons()
    for s in lex.surnames:
        add(s, "surname")
    for t in lex.titles:
        add(t, "title")
    for suf, typ in lex.org_suffixes:
        add(suf, _SUF.get(typ, "suf_organization"))
    for d in lex.divisions:
        add(d.name, "div_" + d.level)
        if d.short and d.level != "town":
            add(d.short, "div_short")
    for name, _typ, aliases in lex.national_bodies:
        add(name, "natbody")
        for a in aliases:
            add(a, "natbody")
    return words


def lexicon_fingerprint(max_len: int = 8) -> str:
    """sha256 over the sorted (word, mask) table the features are built from."""
    words = _lexicon_words(max_len)
    h = hashlib.sha256()
    for w in sorted(words):
        h.update(f"{w}\t{words[w]}\n".encode("utf-8"))
    return h.hexdigest()


@functools.lru_cache(maxsize=4)
def _trie(max_len: int) -> dict[str, int]:
    """Every word and every prefix of a word: word -> mask, prefix-only -> 0."""
    words = _lexicon_words(max_len)
    trie: dict[str, int] = {}
    for w in words:
        for k in range(1, len(w)):
            trie.setdefault(w[:k], 0)
    trie.update(words)
    return trie


# ----------------------------------------------------------------- features
class Featurizer:
    """Characters -> (char ids, bigram ids, lexicon bits); shared by training and inference."""

    PAD, UNK = 0, 1

    def __init__(self, chars: Sequence[str], bigrams: Sequence[str], max_word_len: int = 8):
        # ids 0 and 1 are PAD and UNK; the vocabularies list entries from id 2 on
        self.chars = list(chars)
        self.bigrams = list(bigrams)
        self.char_id = {c: i + 2 for i, c in enumerate(self.chars)}
        self.bigram_id = {b: i + 2 for i, b in enumerate(self.bigrams)}
        self.max_word_len = max_word_len
        self.n_classes = len(LEX_CLASSES)
        self.n_lex = 4 * self.n_classes
        self._shifts = np.arange(self.n_classes, dtype=np.int64)

    @property
    def trie(self) -> dict[str, int]:
        return _trie(self.max_word_len)

    def ids(self, norm_texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Flat char ids and bigram ids over the concatenation of the texts."""
        cg, bg = self.char_id.get, self.bigram_id.get
        cids: list[int] = []
        bids: list[int] = []
        for t in norm_texts:
            cids += [cg(c, 1) for c in t]
            s = t + "\x03"
            bids += [bg(s[i:i + 2], 1) for i in range(len(t))]
        return np.asarray(cids, dtype=np.int64), np.asarray(bids, dtype=np.int64)

    def lex_bits(self, norm_texts: Sequence[str]) -> np.ndarray:
        """(total_chars, 4 * n_classes) float32 B/M/E/S x class bits."""
        trie_get = self.trie.get
        maxlen = self.max_word_len
        st: list[int] = []
        en: list[int] = []
        mk: list[int] = []
        off = 0
        for t in norm_texts:
            n = len(t)
            for i in range(n):
                stop = min(n, i + maxlen)
                for j in range(i + 1, stop + 1):
                    m = trie_get(t[i:j])
                    if m is None:
                        break
                    if m:
                        st.append(off + i)
                        en.append(off + j)
                        mk.append(m)
            off += n
        total = off
        bmes = np.zeros((4, total), dtype=np.int64)
        if st:
            s = np.asarray(st, dtype=np.int64)
            e = np.asarray(en, dtype=np.int64)
            m = np.asarray(mk, dtype=np.int64)
            ln = e - s
            single = ln == 1
            multi = ~single
            np.bitwise_or.at(bmes[3], s[single], m[single])
            np.bitwise_or.at(bmes[0], s[multi], m[multi])
            np.bitwise_or.at(bmes[2], e[multi] - 1, m[multi])
            inner = ln > 2
            if inner.any():
                k = ln[inner] - 2
                cs = np.cumsum(k)
                pos = np.repeat(s[inner] + 1 - (cs - k), k) + np.arange(cs[-1])
                np.bitwise_or.at(bmes[1], pos, np.repeat(m[inner], k))
        bits = (bmes.T[:, :, None] >> self._shifts) & 1        # (total, 4, C)
        return bits.reshape(total, self.n_lex).astype(np.float32)



# ------------------------------------------------------- jieba's LAC (frozen)
def _read_paddle_param(data: bytes) -> np.ndarray:
    """A Paddle fluid LoDTensor file: header, TensorDesc protobuf (dims), raw float32."""
    import struct

    o = 4
    lod = struct.unpack_from("<Q", data, o)[0]
    o += 8
    for _ in range(lod):
        o += 8 + struct.unpack_from("<Q", data, o)[0]
    o += 4
    dsz = struct.unpack_from("<i", data, o)[0]
    o += 4
    desc = data[o:o + dsz]
    o += dsz

    def varint(i: int) -> tuple[int, int]:
        r = sh = 0
        while True:
            c = desc[i]
            i += 1
            r |= (c & 0x7F) << sh
            sh += 7
            if not c & 0x80:
                return r, i

    dims: list[int] = []
    i = 0
    while i < len(desc):
        key, i = varint(i)
        f, wt = key >> 3, key & 7
        if wt == 0:
            v, i = varint(i)
            if f == 2:
                dims.append(v)
        elif wt == 2:
            ln, i = varint(i)
            j, i = i, i + ln
            while f == 2 and j < i:
                v, j = varint(j)
                dims.append(v)
        else:
            raise ValueError("unexpected protobuf wire type in Paddle tensor header")
    arr = np.frombuffer(data, dtype=np.float32, offset=o)
    if arr.size != int(np.prod(dims)):
        raise ValueError(f"Paddle tensor size mismatch: dims {dims}, {arr.size} values")
    return arr.reshape(dims)


class _Lac:
    """jieba's bundled LAC-small network (Baidu Lexical Analysis, Apache-2.0): char
    embedding -> 2 x BiGRU(128) -> 57 tag emissions (POS + PER/LOC/ORG/TIME). Used frozen,
    its emissions are input features of our tagger."""

    N_OUT = 57

    def __init__(self, weights: dict[str, np.ndarray] | None = None):
        """``weights``: optional fine-tuned replacements (keys of :meth:`raw_params`, e.g. from
        a model trained with ``--lac-finetune``); the embedding always comes from jieba."""
        base = resources.files("jieba").joinpath("lac_small")
        rd = lambda n: _read_paddle_param(base.joinpath("model_baseline", n).read_bytes())  # noqa: E731
        self.vocab: dict[str, int] = {}
        for line in base.joinpath("word.dic").read_text(encoding="utf-8").split("\n"):
            t = line.split("\t")
            if len(t) == 2:
                self.vocab[t[1]] = int(t[0])
        self.oov = self.vocab["OOV"]
        self.emb = rd("word_emb")
        H = 128
        self.H = H
        raw: dict[str, np.ndarray] = {}
        for lyr in range(2):
            f, r = 2 * lyr, 2 * lyr + 1
            raw[f"lac{lyr}_w_in"] = np.concatenate([rd(f"fc_{f}.w_0"), rd(f"fc_{r}.w_0")], axis=1)   # (D, 6H)
            raw[f"lac{lyr}_b_in"] = np.concatenate([rd(f"fc_{f}.b_0") + rd(f"gru_{f}.b_0")[0],
                                                    rd(f"fc_{r}.b_0") + rd(f"gru_{r}.b_0")[0]])
            wg, wc = [], []
            for k in (f, r):
                flat = rd(f"gru_{k}.w_0").reshape(-1)     # paddle layout: (H, 2H) gates then (H, H) candidate
                wg.append(flat[:2 * H * H].reshape(H, 2 * H))
                wc.append(flat[2 * H * H:].reshape(H, H))
            raw[f"lac{lyr}_wg"] = np.stack(wg)
            raw[f"lac{lyr}_wc"] = np.stack(wc)
        raw["lac_out_w"] = rd("fc_4.w_0")
        raw["lac_out_b"] = rd("fc_4.b_0")
        for k, v in (weights or {}).items():
            if k in raw:
                raw[k] = np.asarray(v, dtype=np.float32).reshape(raw[k].shape)
        self._raw = raw
        self.layers = []
        for lyr in range(2):
            w_in, b_in = raw[f"lac{lyr}_w_in"], raw[f"lac{lyr}_b_in"]
            wg, wc = np.ascontiguousarray(raw[f"lac{lyr}_wg"]), np.ascontiguousarray(raw[f"lac{lyr}_wc"])
            if lyr == 0:     # fold the embedding into the first projection: one table lookup per char
                tab = np.ascontiguousarray(self.emb @ w_in + b_in, dtype=np.float32)
                self.layers.append((tab, None, wg, wc))
            else:
                self.layers.append((np.ascontiguousarray(w_in), b_in.astype(np.float32), wg, wc))
        self.out_w = raw["lac_out_w"]
        self.out_b = raw["lac_out_b"]

    def raw_params(self) -> dict[str, np.ndarray]:
        """The network's weights (embedding excluded) under the names a fine-tuned model stores."""
        return {k: v.copy() for k, v in self._raw.items()}

    def ids(self, raw_texts: Sequence[str]) -> np.ndarray:
        get, oov = self.vocab.get, self.oov
        out: list[int] = []
        for t in raw_texts:
            out += [get(c, oov) for c in t]
        return np.asarray(out, dtype=np.int64)

    def emissions(self, ids: np.ndarray, lay: "_Layout") -> np.ndarray:
        return self.features(ids, lay, "emit") / LAC_SCALE

    def features(self, ids: np.ndarray, lay: "_Layout", mode: str = "emit") -> np.ndarray:
        """Tagger input from LAC: ``emit`` the 57 emissions x LAC_SCALE, ``hidden`` the last
        BiGRU layer's output (256), ``both`` the two concatenated (emissions first)."""
        x = None
        for li, (w, b, wg, wc) in enumerate(self.layers):
            proj = w[ids] if li == 0 else x @ w + b
            x = lay.run_bidir(proj, self.H, _gru_step, (wg, wc))
        if mode == "hidden":
            return x
        em = x @ self.out_w + self.out_b
        em *= LAC_SCALE
        if mode == "emit":
            return em
        return np.concatenate([em, x], axis=1)


def lac_dim(mode: str = "emit") -> int:
    return {"emit": _Lac.N_OUT, "hidden": 2 * 128, "both": _Lac.N_OUT + 2 * 128}[mode]


def _gru_step(g: np.ndarray, h: np.ndarray, weights) -> np.ndarray:
    """Paddle dynamic_gru (origin_mode=False); g (2, nb, 3H) input part, h (2, nb, H)."""
    wg, wc = weights
    H = h.shape[-1]
    ur = g[..., :2 * H] + np.matmul(h, wg)
    ur *= 0.5
    np.tanh(ur, out=ur)
    ur += 1.0
    ur *= 0.5                                   # sigmoid
    u = ur[..., :H]
    c = g[..., 2 * H:] + np.matmul(ur[..., H:] * h, wc)
    np.tanh(c, out=c)
    c -= h
    c *= u
    c += h                                      # (1 - u) h + u c
    h[...] = c
    return c


def _lstm_step(g: np.ndarray, hc: np.ndarray, w_hh: np.ndarray):
    """torch LSTM cell (gates i, f, g, o); sigmoid rows of g and w_hh pre-scaled by 1/2 so
    that one tanh serves all gates: sigmoid(x) = (tanh(x / 2) + 1) / 2. hc = [h | c], updated in place."""
    H = w_hh.shape[1]
    h = hc[..., :H]
    g = g + np.matmul(h, w_hh)
    np.tanh(g, out=g)
    gi = g[..., :H]
    gf = g[..., H:2 * H]
    gg = g[..., 2 * H:3 * H]
    go = g[..., 3 * H:]
    c = hc[..., H:]
    gf += 1.0
    c *= gf
    gi += 1.0
    gi *= gg
    c += gi
    c *= 0.5
    hn = np.tanh(c)
    go += 1.0
    go *= 0.5
    hn *= go
    h[...] = hn
    return hn


class _Layout:
    """Sequences (offs, lens sorted descending) over a flat (N, .) array, for batched recurrences."""

    def __init__(self, offs: np.ndarray, lens: np.ndarray):
        self.offs, self.lens = offs, lens
        self.N = int(lens.sum())
        B = len(lens)
        T = int(lens[0]) if B else 0
        t = np.arange(T)
        self.B, self.T = B, T
        self.valid = t[None, :] < lens[:, None]                                  # (B, T)
        self.fidx = np.where(self.valid, offs[:, None] + t[None, :], self.N).T    # (T, B)
        self.bidx = np.where(self.valid, offs[:, None] + lens[:, None] - 1 - t[None, :], self.N).T
        self.nact = (lens[None, :] > t[:, None]).sum(axis=1)
        self.vT = self.valid.T

    def run_bidir(self, proj: np.ndarray, H: int, step, weights, state_width: int | None = None) -> np.ndarray:
        """proj (N, 2G): forward-direction input in [:, :G], backward in [:, G:]. Returns (N, 2H).

        ``step(g, state, weights) -> h`` updates the state view (2, nb, state_width) in place."""
        G = proj.shape[1] // 2
        S = state_width or H
        projp = np.concatenate([proj, np.zeros((1, 2 * G), proj.dtype)])
        x = np.empty((self.T, 2, self.B, G), np.float32)
        x[:, 0] = projp[self.fidx, :G]
        x[:, 1] = projp[self.bidx, G:]
        st = np.zeros((2, self.B, S), np.float32)
        hs = np.empty((self.T, 2, self.B, H), np.float32)
        for s in range(self.T):
            nb = int(self.nact[s])
            hs[s, :, :nb] = step(x[s, :, :nb], st[:, :nb], weights)
        out = np.empty((self.N + 1, 2 * H), np.float32)
        vT = self.vT
        out[self.fidx[vT], :H] = hs[:, 0][vT]
        out[self.bidx[vT], H:] = hs[:, 1][vT]
        return out[:self.N]


@functools.lru_cache(maxsize=1)
def _lac() -> _Lac:
    return _Lac()


def lac_features(raw_texts: Sequence[str], mode: str = "emit") -> list[np.ndarray]:
    """LAC features (len(text), lac_dim(mode)) per text (texts are not chunked here)."""
    lac = _lac()
    order = sorted(range(len(raw_texts)), key=lambda i: (-len(raw_texts[i]), i))
    out: list[np.ndarray] = [np.zeros((0, lac_dim(mode)), np.float32)] * len(raw_texts)
    for k in range(0, len(order), 256):
        batch = [i for i in order[k:k + 256] if raw_texts[i]]
        if not batch:
            continue
        lens = np.array([len(raw_texts[i]) for i in batch], dtype=np.int64)
        offs = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
        em = lac.features(lac.ids([raw_texts[i] for i in batch]), _Layout(offs, lens), mode)
        for i, o, n in zip(batch, offs, lens):
            out[i] = em[o:o + n]
    return out


def lac_fingerprint() -> str:
    base = resources.files("jieba").joinpath("lac_small")
    h = hashlib.sha256()
    for n in sorted(p.name for p in base.joinpath("model_baseline").iterdir()):
        h.update(n.encode() + base.joinpath("model_baseline", n).read_bytes())
    h.update(base.joinpath("word.dic").read_bytes())
    return h.hexdigest()

# ---------------------------------------------------------------- chunking
_BREAK_STRONG = set("。！？!?；;\n")
_BREAK_WEAK = set("，,、：:）)」』”\"' \t")


def chunk_text(text: str, max_len: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """Split into [start, end) pieces of at most max_len chars, preferring punctuation."""
    n = len(text)
    out: list[tuple[int, int]] = []
    start = 0
    while n - start > max_len:
        end = start + max_len
        cut = -1
        lo = start + max_len // 4
        for k in range(end - 1, lo - 1, -1):
            if text[k] in _BREAK_STRONG:
                cut = k + 1
                break
        if cut < 0:
            for k in range(end - 1, lo - 1, -1):
                if text[k] in _BREAK_WEAK:
                    cut = k + 1
                    break
        if cut < 0:
            cut = end
        out.append((start, cut))
        start = cut
    if n > start or not out:
        out.append((start, n))
    return out


# ------------------------------------------------------------------ tagging
def tag_spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """BIO / BIOES tag strings -> (start, end_exclusive, label); lenient on ill-formed input."""
    spans: list[tuple[int, int, str]] = []
    cur_start, cur_lab = -1, None
    for i, t in enumerate(list(tags) + ["O"]):
        p, _, lab = t.partition("-")
        if cur_lab is not None and (p in ("O", "B", "S") or lab != cur_lab):
            spans.append((cur_start, i, cur_lab))
            cur_lab = None
        if p in ("B", "S") or (p in ("I", "M", "E") and cur_lab is None):
            cur_start, cur_lab = i, lab
        if p in ("E", "S") and cur_lab is not None:
            spans.append((cur_start, i + 1, cur_lab))
            cur_lab = None
    return spans


class Tagger:
    """A loaded model. ``tag(texts)`` is deterministic and thread-safe."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict):
        self.meta = meta
        cfg = meta["features"]
        self.feat = Featurizer(meta["chars"], meta["bigrams"], cfg["max_word_len"])
        self.use_lac = bool(cfg.get("lac", False))
        self.lac_mode = cfg.get("lac_mode", "emit")
        self.tags: list[str] = meta["tags"]
        f32 = lambda k: np.asarray(arrays[k], dtype=np.float32)  # noqa: E731
        char_emb = f32("char_emb")
        dc = char_emb.shape[1]
        H = f32("w_hh_f").shape[1]
        self.H = H
        w_ih = np.concatenate([f32("w_ih_f"), f32("w_ih_b")], axis=0)          # (8H, D)
        bias = np.concatenate([f32("b_f"), f32("b_b")])                         # (8H,)
        # gates i, f, g, o (torch order): sigmoid(x) = (tanh(x / 2) + 1) / 2, so the
        # sigmoid rows are pre-scaled by 1/2 and one tanh serves all four gates
        scale = np.ones(4 * H, dtype=np.float32)
        scale[:2 * H] = 0.5
        scale[3 * H:] = 0.5
        scale2 = np.concatenate([scale, scale])
        w_ih = w_ih * scale2[:, None]
        bias = bias * scale2
        self.char_tab = np.ascontiguousarray(char_emb @ w_ih[:, :dc].T + bias)  # (Vc, 8H), bias folded
        self.rest_w = np.ascontiguousarray(w_ih[:, dc:].T)                      # (Db + L [+ 57], 8H)
        self.bigram_emb = f32("bigram_emb")
        self.w_hh = np.stack([f32("w_hh_f").T * scale, f32("w_hh_b").T * scale])  # (2, H, 4H)
        self.out_w = np.ascontiguousarray(f32("out_w").T)                       # (2H, K)
        self.out_b = f32("out_b")
        self.trans = f32("trans")                                               # (K, K) prev -> cur
        self.start = f32("start")
        self.end = f32("end")
        self.max_chunk = int(meta.get("max_chunk", MAX_CHUNK))
        self.batch_chars = 8192
        lac_w = {k: arrays[k] for k in arrays if k.startswith("lac")}
        self.lac = (_Lac(lac_w) if lac_w else _lac()) if self.use_lac else None

    # -- numpy forward ---------------------------------------------------------
    def inputs(self, raw_chunks: Sequence[str], norm_chunks: Sequence[str], lay: "_Layout"):
        """(char ids, dense rest) -- the model input; rest = [bigram emb | lexicon bits | LAC emissions]."""
        cids, bids = self.feat.ids(norm_chunks)
        parts = [self.bigram_emb[bids], self.feat.lex_bits(norm_chunks)]
        if self.lac is not None:
            parts.append(self.lac.features(self.lac.ids(raw_chunks), lay, self.lac_mode))
        return cids, np.concatenate(parts, axis=1)

    def _emissions(self, raw_chunks, norm_chunks, lay: "_Layout") -> np.ndarray:
        cids, rest = self.inputs(raw_chunks, norm_chunks, lay)
        proj = self.char_tab[cids]
        proj += rest @ self.rest_w                                              # (N, 8H)
        hid = lay.run_bidir(proj, self.H, _lstm_step, self.w_hh, 2 * self.H)
        return hid @ self.out_w + self.out_b                                    # (N, K)

    def _viterbi(self, em: np.ndarray, lay: "_Layout") -> np.ndarray:
        """Batched Viterbi over the layout's sequences. Returns tag ids (N,)."""
        N, K = em.shape
        res = np.zeros(N, dtype=np.int64)
        if lay.B == 0 or N == 0:
            return res
        T, B, lens = lay.T, lay.B, lay.lens
        emp = np.concatenate([em, np.zeros((1, K), em.dtype)])
        e = emp[lay.fidx]                                                       # (T, B, K)
        score = self.start + e[0]                                               # (B, K)
        bp = np.zeros((T, B, K), dtype=np.int16)
        trans = self.trans
        for s in range(1, T):
            nb = int(lay.nact[s])
            cand = score[:nb, :, None] + trans                                  # (nb, Kprev, Kcur)
            best = cand.argmax(axis=1)
            bp[s, :nb] = best
            score[:nb] = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0] + e[s, :nb]
        score = score + self.end
        cur = score.argmax(axis=1)
        tags = np.zeros((T, B), dtype=np.int64)
        ar = np.arange(B)
        for s in range(T - 1, -1, -1):
            tags[s] = cur
            if s > 0:
                cur = np.where(lens > s, bp[s, ar, cur], cur)
        res[lay.fidx[lay.vT]] = tags[lay.vT]
        return res

    def _tag_chunks(self, raw_chunks: list[str], norm_chunks: list[str]) -> list[np.ndarray]:
        """Tag ids per chunk (chunks in any order; batched internally by length)."""
        order = sorted(range(len(norm_chunks)), key=lambda i: (-len(norm_chunks[i]), i))
        results: list[np.ndarray] = [np.zeros(0, np.int64)] * len(norm_chunks)
        k = 0
        while k < len(order):
            batch = []
            chars = 0
            while k < len(order) and (not batch or chars + len(norm_chunks[order[k]]) <= self.batch_chars):
                batch.append(order[k])
                chars += len(norm_chunks[order[k]])
                k += 1
            lens = np.array([len(norm_chunks[i]) for i in batch], dtype=np.int64)
            if lens[0] == 0:
                continue
            offs = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.int64)
            lay = _Layout(offs, lens)
            em = self._emissions([raw_chunks[i] for i in batch], [norm_chunks[i] for i in batch], lay)
            ids = self._viterbi(em, lay)
            for i, o, n in zip(batch, offs, lens):
                results[i] = ids[o:o + n]
        return results

    def tag_ids(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Per-text arrays of tag ids (indexes into ``self.tags``)."""
        raw: list[str] = []
        norm_chunks: list[str] = []
        where: list[tuple[int, int]] = []
        for ti, text in enumerate(texts):
            norm = normalize(text)
            for a, b in chunk_text(norm, self.max_chunk):
                if b > a:
                    raw.append(text[a:b])
                    norm_chunks.append(norm[a:b])
                    where.append((ti, a))
        ids = self._tag_chunks(raw, norm_chunks)
        out = [np.zeros(len(t), np.int64) for t in texts]
        for (ti, a), arr in zip(where, ids):
            out[ti][a:a + len(arr)] = arr
        return out

    def tag(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """Entity spans ``(start, end_exclusive, label)`` for every text."""
        if isinstance(texts, str):
            raise TypeError("tag() takes a list of texts, not a str")
        tags = self.tags
        return [tag_spans([tags[i] for i in arr]) for arr in self.tag_ids(texts)]


# ------------------------------------------------------------------- loading
def read_model(path) -> tuple[dict[str, np.ndarray], dict]:
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files if k != "meta"}
        meta = json.loads(str(z["meta"]))
    return arrays, meta


_lock = threading.Lock()
_cache: dict[str, Tagger] = {}


def load_tagger(path: str | Path | None = None) -> Tagger:
    """Load (once per path) a tagger; default: the model shipped in ``kg/models``."""
    key = str(path) if path is not None else "<default>"
    with _lock:
        tg = _cache.get(key)
        if tg is None:
            if path is None:
                with resources.as_file(resources.files("kg").joinpath("models", DEFAULT_MODEL)) as p:
                    arrays, meta = read_model(p)
            else:
                arrays, meta = read_model(path)
            tg = Tagger(arrays, meta)
            _cache[key] = tg
        return tg
