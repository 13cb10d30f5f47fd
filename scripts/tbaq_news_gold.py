#!/usr/bin/env python3
"""ANNOTATION.md entities and relations on the TBAQ news texts (gold/tbaq-news): tools for the annotators, and the
gold for `pipe eval` and for the entity tagger's training (scripts/ner_corpora.py reads the same files).

The texts are TimeBank 1.2 and AQUAINT newswire (WSJ, AP, NYT, Xinhua, CNN, ABC, VOA, PRI; 1989-1998) as
TempEval-3 distributes them in ../shared/data/dates/tbaq.jsonl; only their names are in the repository:
gold/tbaq-news/<doc>.ann, in the format of gold/aeb-news (scripts/aeb_news_gold.py):
    LABEL<TAB>surface[<TAB>@skip=N]     an entity at the next occurrence of `surface` after the previous entity's
                                        start, skipping N further occurrences first
    REL<TAB>type<TAB>T<i><TAB>T<j>      a relation between the i-th and j-th entity (1-based)

Split, fixed before any tuning: a document whose id hashes (sha1) to 0 mod 5 is dev, the others train.

Usage:
  scripts/tbaq_news_gold.py show DOC            the document's text, each line numbered (for annotators)
  scripts/tbaq_news_gold.py check FILE.ann...   locate every item; report errors (unknown label, surface not
                                                found, edge whitespace, overlapping entities, relations outside
                                                ANNOTATION.md's signatures) and every untagged occurrence of an
                                                annotated surface (whole words), for the annotator to tag or leave
  scripts/tbaq_news_gold.py OUT_DIR [--part dev|train]   gold.jsonl and input.jsonl of that part
"""
import hashlib, json, os, re, sys

import aeb_news_gold as aeb  # the .ann format's parser and ANNOTATION.md's labels and signatures (same folder)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "dates", "tbaq.jsonl")
GOLD = os.path.join(ROOT, "gold", "tbaq-news")


def split_of(doc):
    return "dev" if int(hashlib.sha1(doc.encode("utf-8")).hexdigest(), 16) % 5 == 0 else "train"


def documents():
    """doc id -> (text, dct) of every TBAQ document, or {} when ../shared is absent."""
    if not os.path.exists(DATA):
        return {}
    docs = {}
    for line in open(DATA, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            docs[d["doc"]] = (d["text"], d.get("dct"))
    return docs


def annotated(texts=None):
    """(doc id, split, text, dct, entities, relations) of every .ann file whose text is in ../shared, in file-name
    order; a file whose surfaces cannot all be found is left out with a message. The one reader of the files for
    `pipe eval` (below), the entity tagger (scripts/ner_corpora.py) and the relation classifier
    (scripts/prepare-relation-data)."""
    texts = documents() if texts is None else texts
    for name in sorted(os.listdir(GOLD)) if os.path.isdir(GOLD) else []:
        doc = name[:-4]
        if not name.endswith(".ann") or doc not in texts:
            continue
        text, dct = texts[doc]
        parsed, error = aeb.parse(os.path.join(GOLD, name), text)
        if error:
            print(f"tbaq-news: left out, {error}", file=sys.stderr)
            continue
        yield doc, split_of(doc), text, dct, parsed[0], parsed[1]


def check(path, text):
    """Problems of one .ann file against its text: a list of messages (errors first, then untagged repeats)."""
    parsed, error = aeb.parse(path, text)
    if error:
        return [f"ERROR {error}"]
    entities, relations = parsed
    problems = []
    for e in entities:
        if e["text"] != e["text"].strip():
            problems.append(f"ERROR edge whitespace: {e['text']!r}")
    ordered = sorted(entities, key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            problems.append(f"ERROR overlap: {a['label']} {a['text']!r} at {a['start']} and {b['label']} {b['text']!r}"
                            f" at {b['start']} (order the lines by position; use @skip=N for a later occurrence)")
    for r in relations:
        heads, tails = aeb.SIGNATURES.get(r["type"], (set(), set()))
        if not heads:
            problems.append(f"ERROR unknown relation type {r['type']}")
            continue
        h, t = entities[int(r["head"][1:]) - 1], entities[int(r["tail"][1:]) - 1]
        if h["label"] not in heads or t["label"] not in tails:
            problems.append(f"ERROR {r['type']}({h['label']} {h['text']!r}, {t['label']} {t['text']!r}) is outside "
                            f"ANNOTATION.md's signature")
    covered = [(e["start"], e["end"]) for e in entities]
    for surface in sorted({e["text"] for e in entities}):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                line = text.count("\n", 0, m.start()) + 1
                context = text[max(0, m.start() - 40):m.end() + 40].replace("\n", " ")
                problems.append(f"untagged repeat, line {line}: {surface!r} in ...{context}...")
    return problems


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    docs = documents()
    if not docs:
        print(f"tbaq-news: skipped, {DATA} is absent", file=sys.stderr)
        return 0
    if argv[:1] == ["show"]:
        text, dct = docs[argv[1]]
        print(f"# {argv[1]} (dct {dct}, {split_of(argv[1])})")
        for n, line in enumerate(text.split("\n"), 1):
            print(f"{n:4}| {line}")
        return 0
    if argv[:1] == ["check"]:
        bad = 0
        for path in argv[1:]:
            doc = os.path.basename(path)[:-4]
            if doc not in docs:
                print(f"{path}: no TBAQ document {doc}")
                bad += 1
                continue
            problems = check(path, docs[doc][0])
            bad += sum(p.startswith("ERROR") for p in problems)
            print(f"{path}: {len(problems)} notes" + "".join(f"\n  {p}" for p in problems))
        return 1 if bad else 0
    out = argv[0]
    part = argv[argv.index("--part") + 1] if "--part" in argv else "dev"
    os.makedirs(out, exist_ok=True)
    kept = 0
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as gold, \
            open(os.path.join(out, "input.jsonl"), "w", encoding="utf-8") as inp:
        for doc, split, text, dct, entities, relations in annotated(docs):
            if split != part:
                continue
            gold.write(json.dumps({"id": doc, "text": text, "dct": dct, "labels": aeb.LABELS,
                                   "entities": entities, "relations": relations}, ensure_ascii=False) + "\n")
            inp.write(json.dumps({"id": doc, "text": text, "dct": dct}, ensure_ascii=False) + "\n")
            kept += 1
    print(f"tbaq-news {part}: {kept} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
