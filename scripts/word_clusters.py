#!/usr/bin/env python3
"""Distributional word clusters for the entity tagger (see scripts/word-clusters).

Usage: word_clusters.py TEXT OUT SEED
Words are tokenized roughly as the pipeline does and keyed by the tagger's word hash (FNV-1a 64 of the UTF-8
bytes with ASCII letters folded to lower case, then | 8: TaggerFeatures.wordHash), so no string ships.
OUT: b"WCL1", UInt32 count, then count entries sorted by hash: UInt64 hash, UInt16 cluster of 512,
UInt8 cluster of 128, UInt8 cluster of 32 (little-endian). Cluster ids start at 1 (0: unknown word).
"""
import re, struct, sys
from collections import Counter

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:[.'’\-][A-Za-z\u00C0-\u024F]+)*\.?|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
MIN_COUNT, CONTEXTS, WINDOW, DIMS = 4, 3000, 2, 100
K = (512, 128, 32)


def word_hash(word):
    h = 0xcbf29ce484222325
    for b in word.encode("utf-8"):
        if 0x41 <= b <= 0x5A:
            b |= 0x20
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h | 8


def fold(word):
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in word)


def main():
    text_path, out_path, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sents = []
    counts = Counter()
    with open(text_path, encoding="utf-8") as f:
        for line in f:
            toks = [fold(t) for t in TOKEN.findall(line)]
            # A trailing full stop glued by the pattern is the sentence's unless the word is an abbreviation.
            toks = [t[:-1] if t.endswith(".") and t.count(".") == 1 and len(t) > 3 else t for t in toks]
            sents.append(toks)
            counts.update(toks)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for toks in sents:
        ids = [index.get(t, -1) for t in toks]
        ctx = [contexts.get(t, -1) for t in toks]
        n = len(toks)
        for i in range(n):
            if ids[i] < 0:
                continue
            for d in range(1, WINDOW + 1):
                if i - d >= 0 and ctx[i - d] >= 0:
                    rows.append(ids[i]); cols.append(ctx[i - d] + (d - 1) * CONTEXTS)
                if i + d < n and ctx[i + d] >= 0:
                    rows.append(ids[i]); cols.append(ctx[i + d] + (WINDOW + d - 1) * CONTEXTS)
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                          shape=(len(vocab), 2 * WINDOW * CONTEXTS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vectors = TruncatedSVD(DIMS, algorithm="arpack", random_state=seed).fit_transform(ppmi)
    vectors = normalize(vectors)
    fine = KMeans(K[0], n_init=1, random_state=seed, max_iter=60).fit(vectors)
    labels = [fine.labels_]
    for k in K[1:]:
        coarse = KMeans(k, n_init=4, random_state=seed).fit(normalize(fine.cluster_centers_))
        labels.append(coarse.labels_[fine.labels_])
    entries = sorted((word_hash(w), int(labels[0][i]) + 1, int(labels[1][i]) + 1, int(labels[2][i]) + 1)
                     for i, w in enumerate(vocab))
    # Two words with one hash would make the table ambiguous: keep the first (the more frequent wins
    # nothing here, so it is simply deterministic).
    out = bytearray(b"WCL1")
    unique = []
    for e in entries:
        if not unique or unique[-1][0] != e[0]:
            unique.append(e)
    out += struct.pack("<I", len(unique))
    for h, a, b, c in unique:
        out += struct.pack("<QHBB", h, a, b, c)
    with open(out_path, "wb") as f:
        f.write(out)
    print(f"word_clusters: {len(sents)} lines, {sum(counts.values())} tokens, {len(unique)} words clustered "
          f"into {K}; {len(out)} bytes", file=sys.stderr)
    for probe in ["london", "paris", "john", "smith", "microsoft", "monday", "iranian", "said", "united"]:
        if probe in index:
            i = index[probe]
            same = [w for w in vocab[:3000] if labels[0][index[w]] == labels[0][i]][:8]
            print(f"  {probe}: {same}", file=sys.stderr)


if __name__ == "__main__":
    main()
