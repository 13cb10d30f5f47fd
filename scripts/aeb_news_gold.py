#!/usr/bin/env python3
"""Builds the AEB news gold (ANNOTATION.md entities and relations on 77 English news pages) for `pipe eval`.

The annotations live in gold/aeb-news/{dev,test}/<id prefix>.ann, one item per line, entities in text order:
    LABEL<TAB>surface[<TAB>@skip=N]     an entity at the next occurrence of `surface` (after the previous entity's
                                        start), skipping N further occurrences first
    REL<TAB>type<TAB>T<i><TAB>T<j>      a relation between the i-th and j-th entity (1-based)
They hold names only, never the pages' text: the text is the normalize stage's output on the Article Extraction
Benchmark pages in ../shared/data/html/aeb-dev (see gold/aeb-news/NOTES.md), and the offsets are found again on
every run, so that they follow the normalizer.

Usage: scripts/aeb_news_gold.py OUT_DIR [--part dev|dev2|test] [--pipe PATH]
Writes OUT_DIR/gold.jsonl and OUT_DIR/input.jsonl ({"id","text","dct"}); exit 0 with a message and no files when
../shared is absent. A document whose surfaces cannot all be found again is left out, with a message.
"""
import argparse, glob, gzip, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ["EVENT", "FAC", "GPE", "LAW", "LOC", "NORP", "ORG", "PERSON", "TITLE"]
# ANNOTATION.md, "Relations": head labels and tail labels of each type.
SIGNATURES = {
    "has_title": ({"PERSON"}, {"TITLE"}),
    "works_for": ({"PERSON"}, {"ORG", "GPE"}),
    "based_in": ({"ORG"}, {"GPE", "LOC"}),
    "located_in": ({"FAC", "LOC", "GPE"}, {"GPE", "LOC"}),
    "part_of": ({"ORG"}, {"ORG"}),
    "alias_of": ({"ORG", "PERSON"}, {"ORG", "PERSON"}),
    "met_with": ({"PERSON"}, {"PERSON"}),
    "lives_in": ({"PERSON"}, {"GPE", "LOC"}),
    "killed": ({"PERSON"}, {"PERSON"}),
}


def parse(path, text):
    """The gold entities and relations of one .ann file located in `text`, or an error message."""
    entities, relations, pos = [], [], 0
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "REL":
            head, tail = int(parts[2].lstrip("T")), int(parts[3].lstrip("T"))
            if not (1 <= head <= len(entities) and 1 <= tail <= len(entities)):
                return None, f"{path}:{n}: relation argument out of range"
            relations.append({"type": parts[1], "head": f"T{head}", "tail": f"T{tail}"})
            continue
        label, surface = parts[0], parts[1]
        if label not in LABELS:
            return None, f"{path}:{n}: unknown label {label}"
        skip = int(parts[2][6:]) if len(parts) > 2 and parts[2].startswith("@skip=") else 0
        at = text.find(surface, pos)
        for _ in range(skip):
            if at < 0:
                break
            at = text.find(surface, at + 1)
        if at < 0:
            return None, f"{path}:{n}: {surface!r} not found in the normalized text"
        entities.append({"id": f"T{len(entities) + 1}", "start": at, "end": at + len(surface), "label": label,
                         "text": surface})
        pos = at + 1
    return (entities, relations), None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--part", choices=["dev", "dev2", "test"], default="dev")
    ap.add_argument("--pipe", default=os.path.join(ROOT, ".build", "release", "pipe"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "html", "aeb-dev", "html"))
    args = ap.parse_args()
    anns = sorted(glob.glob(os.path.join(ROOT, "gold", "aeb-news", args.part, "*.ann")))
    if not os.path.isdir(args.data):
        print(f"aeb-news: skipped, {args.data} is absent", file=sys.stderr)
        return 0
    pages = sorted(os.listdir(args.data))
    with tempfile.TemporaryDirectory() as tmp:
        wanted = {}
        for ann in anns:
            prefix = os.path.basename(ann)[:-4]
            match = [p for p in pages if p.startswith(prefix)]
            if len(match) != 1:
                print(f"aeb-news: {prefix}: {len(match)} pages match, left out", file=sys.stderr)
                continue
            page = match[0]
            name = page[:-3] if page.endswith(".gz") else page
            opener = gzip.open if page.endswith(".gz") else open
            with opener(os.path.join(args.data, page), "rb") as f, open(os.path.join(tmp, name), "wb") as g:
                g.write(f.read())
            wanted[name] = ann
        out = subprocess.run([args.pipe, "annotate", "--stages", "normalize", "--progress", "never", tmp],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"aeb-news: pipe annotate failed:\n{out.stderr[-2000:]}")
    os.makedirs(args.out, exist_ok=True)
    kept = 0
    with open(os.path.join(args.out, "gold.jsonl"), "w", encoding="utf-8") as gold, \
            open(os.path.join(args.out, "input.jsonl"), "w", encoding="utf-8") as inp:
        for line in out.stdout.splitlines():
            d = json.loads(line)
            ann = wanted.get(d.get("id"))
            if ann is None or "text" not in d:
                continue
            parsed, error = parse(ann, d["text"])
            if error:
                print(f"aeb-news: left out, {error}", file=sys.stderr)
                continue
            entities, relations = parsed
            dct = (d.get("meta") or {}).get("dct")
            gold.write(json.dumps({"id": d["id"], "text": d["text"], "dct": dct, "labels": LABELS,
                                   "entities": entities, "relations": relations}, ensure_ascii=False) + "\n")
            inp.write(json.dumps({"id": d["id"], "text": d["text"], "dct": dct}, ensure_ascii=False) + "\n")
            kept += 1
    print(f"aeb-news {args.part}: {kept} of {len(anns)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
