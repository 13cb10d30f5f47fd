#!/usr/bin/env python3
"""Converts every annotated corpus in ../shared/data into one training format for the entity tagger.

Usage (repository root):  scripts/ner_corpora.py [OUT_DIR]      (default .build/ner-data)

Writes, never into the repository's sources (OUT_DIR is git-ignored):
  OUT_DIR/train.jsonl          every training document
  OUT_DIR/dev.jsonl            every dev document (same format; the trainer reports on it)
  OUT_DIR/test.jsonl           CrossNER test parts: a final check only, never used for tuning
  OUT_DIR/eval/NAME/{gold,input}.jsonl   the dev part of each corpus as pipe-format gold (the corpus's own
                               coarse labels PER/ORG/LOC/MISC, scored with `pipe eval --label-map conll`)
  OUT_DIR/eval-test/NAME/...   the same for the CrossNER test parts (a final check only)
  OUT_DIR/text.txt             all the unlabeled text (one paragraph a line) for scripts/word-clusters
  OUT_DIR/licences.tsv         corpus, licence (read from the data folder's README at conversion time)

One training record per document:
  {"corpus", "id", "split", "text",
   "mask": [classes the corpus annotates],
   "entities": [{"start", "end", "classes": [one class, or several when the corpus does not say which]}],
   "ignore": [[start, end], ...]}        spans whose tokens teach nothing (dropped nominal mentions, ...)
Offsets are code points of `text`, end-exclusive. The model's classes: PERSON, ORG, PLACE (GPE, LOC or
FAC: the rules split them at run time), NORP, EVENT, MISC (other proper names: works, products, awards...;
learnt so that such names are not taken for the others, never emitted). A class outside a corpus's mask
is unknown there, not O: the trainer does not penalize the tagger for predicting it on that corpus's
untagged tokens.

Splits are fixed here, before any tuning, and never depend on the model:
  GMB          sentences 1-2000 = dev (the eval split of scripts/eval-all), the rest train
  CrossNER     its own train / dev / test files (test only for the final check)
  CoNLL04      train.json = train, dev.json = dev
  WNUT17       train.conll = train, dev.conll = dev (test.conll unused)
  GUM          every third document in file-name order, starting with the first (36 of 108, all six
               genres): exactly the GUM dev documents of scripts/eval-all's name-cluster rows, so that no
               score on GUM dev is made on a document the tagger or the word clusters learnt from
  wikigold, UNER EWT dev, BTC, re3d, Re-DocRED dev_revised: by document, a document whose stable
               key hashes (sha1) to 0 mod 5 is dev, the others train (about 80/20); Re-DocRED
               test_revised is not used.

Conventions mapped to ANNOTATION.md (see map_label and the helpers; tested in scripts/test_ner_corpora.py):
  - a leading "the"/"The" is dropped from every span, a trailing possessive "'s" too;
  - titles and honorifics at the front of a person span are dropped ("President George Bush" -> "George
    Bush"; GMB and wikigold keep them inside);
  - MISC / misc / Other / OTH: NORP when the span is a nationality or group of scripts/gazetteer-curated.tsv
    (NORP lines), else EVENT or MISC (the tagger decides between the two);
  - GMB gpe: NORP when a nationality word, else PLACE (GMB tags a few countries gpe); art -> MISC, eve and
    nat (named storms) -> EVENT;
  - re3d: only spans with a capitalized word that is not the first word of a sentence-initial article are
    kept; nominal and pronominal mentions ("the Army", "We") become ignored spans, nested mentions give way
    to the outermost;
  - GUM: spans derived from the Entity= brackets: person/organization/place/event mentions whose words are
    all proper nouns (UPOS PROPN, connectors inside) after a leading determiner and without a closing
    possessive clitic, or that carry a Wikipedia identity and are capitalized; pronouns are never names
    ("I" and "He" of a famous person carry the identity); other capitalized mentions are ignored;
  - BTC / WNUT17: @handles, #hashtags and URLs are never names (ANNOTATION.md); their spans are dropped.
"""
import csv, glob, hashlib, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
CLASSES = ["PERSON", "ORG", "PLACE", "NORP", "EVENT", "MISC"]
ALL = list(CLASSES)

# ---------------------------------------------------------------------------------------------------------
# Word lists from the repository's own curated gazetteer (no data from ../shared).


def curated(kinds):
    words = set()
    with open(os.path.join(ROOT, "scripts", "gazetteer-curated.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[0] in kinds:
                words.update(w for w in parts[2].split("|") if w)
    return words


NORP_WORDS = curated({"NORP"})
TITLE_WORDS = curated({"TITLE", "HON"})
# Lower-case title words as they begin a GMB person span ("President", "Prime", "Minister", "Mr.").
TITLE_TOKENS = {w.lower() for t in TITLE_WORDS for w in t.split()} | {"mr", "mrs", "ms", "dr"}
CONNECTORS = {"of", "and", "the", "de", "del", "da", "di", "du", "des", "la", "le", "van", "von", "der", "den",
              "al", "bin", "ibn", "y", "&", "for", "on", "in", "upon", "-", "'s", "’s", "'", "’"}

# ---------------------------------------------------------------------------------------------------------
# Label mapping: (corpus, source label, span text) -> list of model classes, [] for "no name" (O), None for
# "unknown, ignore the span's tokens".


def is_norp(text):
    t = text.strip()
    return t in NORP_WORDS or (t.endswith("s") and t[:-1] in NORP_WORDS)


def misc_classes(text):
    return ["NORP"] if is_norp(text) else ["EVENT", "MISC"]


CROSSNER = {
    "person": ["PERSON"], "politician": ["PERSON"], "scientist": ["PERSON"], "writer": ["PERSON"],
    "musicalartist": ["PERSON"], "researcher": ["PERSON"],
    "organisation": ["ORG"], "politicalparty": ["ORG"], "band": ["ORG"], "university": ["ORG"],
    "country": ["PLACE"], "location": ["PLACE"],
    "election": ["EVENT"], "event": ["EVENT"],
    # Other proper names of the domains: works, awards, products, programming languages, conferences.
    "award": ["MISC"], "book": ["MISC"], "album": ["MISC"], "song": ["MISC"], "poem": ["MISC"],
    "magazine": ["MISC"], "academicjournal": ["MISC"], "product": ["MISC"], "programlang": ["MISC"],
    "conference": ["EVENT"], "astronomicalobject": ["PLACE"],
    # Kinds of things, mostly lower-case common nouns ("protein", "genre", "algorithm"): no proper name.
    "musicgenre": None, "literarygenre": None, "algorithm": None, "task": None, "field": None,
    "metrics": None, "chemicalcompound": None, "protein": None, "enzyme": None, "discipline": None,
    "theory": None, "chemicalelement": None, "musicalinstrument": None,
}
CONLL_LIKE = {"PER": ["PERSON"], "ORG": ["ORG"], "LOC": ["PLACE"]}
GMB = {"per": ["PERSON"], "org": ["ORG"], "geo": ["PLACE"], "eve": ["EVENT"], "nat": ["EVENT"], "art": ["MISC"]}
WNUT = {"person": ["PERSON"], "location": ["PLACE"], "corporation": ["ORG"], "group": ["ORG"],
        "product": ["MISC"], "creative-work": ["MISC"]}
RE3D = {"Person": ["PERSON"], "Organisation": ["ORG"], "Location": ["PLACE"], "Nationality": ["NORP"]}
GUM = {"person": ["PERSON"], "organization": ["ORG"], "place": ["PLACE"], "event": ["EVENT"]}
CONLL04 = {"Peop": ["PERSON"], "Org": ["ORG"], "Loc": ["PLACE"]}
REDOCRED = {"PER": ["PERSON"], "ORG": ["ORG"], "LOC": ["PLACE"]}
# gold/tbaq-news, annotated by ANNOTATION.md itself: its places split three ways, titles are no names (the rules
# find them), laws are left out of training (no other corpus marks them; the rules find them).
NEWS = {"PERSON": ["PERSON"], "ORG": ["ORG"], "GPE": ["PLACE"], "LOC": ["PLACE"], "FAC": ["PLACE"],
        "NORP": ["NORP"], "EVENT": ["EVENT"], "TITLE": [], "LAW": None}

MASKS = {
    "gmb": ALL, "crossner": ALL, "wikigold": ALL, "conll04": ALL, "redocred": ALL,
    "uner": ["PERSON", "ORG", "PLACE"], "btc": ["PERSON", "ORG", "PLACE"],
    "wnut17": ["PERSON", "ORG", "PLACE", "MISC"], "re3d": ["PERSON", "ORG", "PLACE", "NORP"],
    "gum": ["PERSON", "ORG", "PLACE", "EVENT"],
    # Works, products and platforms are untagged by ANNOTATION.md: MISC is unknown there, not O.
    "tbaq-news": ["PERSON", "ORG", "PLACE", "NORP", "EVENT"],
}


def map_label(corpus, label, text):
    """The model classes of a span labelled `label` by `corpus`; [] = not a name (O), None = ignore.
    A nationality word is NORP whatever place label a corpus gave it (Re-DocRED tags "German" LOC)."""
    classes = source_classes(corpus, label, text)
    if classes == ["PLACE"] and is_norp(text):
        return ["NORP"]
    return classes


def source_classes(corpus, label, text):
    if corpus == "crossner":
        if label == "misc":
            return misc_classes(text)
        return CROSSNER.get(label)
    if corpus in ("wikigold", "uner"):
        if label in ("MISC", "OTH"):
            return misc_classes(text)
        return CONLL_LIKE.get(label)
    if corpus == "btc":
        return CONLL_LIKE.get(label)
    if corpus == "gmb":
        if label == "gpe":
            return ["NORP"] if is_norp(text) else ["PLACE"]
        if label == "tim":
            return []
        return GMB.get(label)
    if corpus == "wnut17":
        return WNUT.get(label)
    if corpus == "re3d":
        return RE3D.get(label, [])
    if corpus == "gum":
        return GUM.get(label)
    if corpus == "conll04":
        if label == "Other":
            # CoNLL04's Other also holds dates and amounts ("13 Feb 94", "2100 GMT"): not names.
            return None if re.search(r"\d", text) else misc_classes(text)
        return CONLL04.get(label)
    if corpus == "tbaq-news":
        return NEWS.get(label)
    if corpus == "redocred":
        if label == "MISC":
            return misc_classes(text)
        if label in ("TIME", "NUM"):
            return []
        return REDOCRED.get(label)
    raise ValueError(f"unknown corpus {corpus}")


# Coarse CoNLL labels of the eval gold (the corpus's own spans, scored with `--label-map conll`).
def coarse(corpus, label):
    table = {
        "crossner": {"person": "PER", "politician": "PER", "scientist": "PER", "writer": "PER",
                     "musicalartist": "PER", "researcher": "PER", "organisation": "ORG",
                     "politicalparty": "ORG", "band": "ORG", "university": "ORG", "country": "LOC",
                     "location": "LOC", "election": "MISC", "event": "MISC", "misc": "MISC"},
        "wikigold": {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"},
        "uner": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
        "btc": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
        "wnut17": {"person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG"},
        "re3d": {"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"},
        "gum": {"person": "PER", "organization": "ORG", "place": "LOC", "event": "MISC"},
        "redocred": {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"},
    }[corpus]
    return table.get(label)


EVAL_LABELS = {
    "crossner": ["PER", "ORG", "LOC", "MISC"], "wikigold": ["PER", "ORG", "LOC", "MISC"],
    "uner": ["PER", "ORG", "LOC"], "btc": ["PER", "ORG", "LOC"], "wnut17": ["PER", "ORG", "LOC"],
    "re3d": ["PER", "ORG", "LOC", "MISC"], "gum": ["PER", "ORG", "LOC", "MISC"],
    "redocred": ["PER", "ORG", "LOC", "MISC"],
}

# ---------------------------------------------------------------------------------------------------------
# Span conventions.

HANDLE = re.compile(r"^[@#]|^https?://|^www\.")


def trim_span(text, start, end, classes):
    """ANNOTATION.md's span rules on a corpus span: no leading determiner, no trailing possessive, no title
    or honorific at the front of a person. Returns (start, end), or None when nothing is left."""
    s, e = start, end
    while True:
        m = re.match(r"(?:the|The|THE)\s+", text[s:e])
        if m and s + m.end() < e:
            s += m.end()
            continue
        break
    m = re.search(r"\s*['’]s$", text[s:e])
    if m and s + m.start() > s:
        e = s + m.start()
    if classes == ["PERSON"]:
        while True:
            m = re.match(r"([^\s]+)\s+", text[s:e])
            if not m or s + m.end() >= e:
                break
            word = m.group(1).lower().rstrip(".")
            if word in TITLE_TOKENS or m.group(1) in TITLE_WORDS or is_norp(m.group(1)):
                s += m.end()
                continue
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if s < e else None


# ---------------------------------------------------------------------------------------------------------
# Text from tokens: a light detokenizer so the tagger trains on text spaced like the news it will read.

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'re", "'ve",
                   "'ll", "'d", "'m", "''", "’s", "...", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def detokenize(tokens):
    """Joins tokens into text; returns (text, [(start, end)] per token)."""
    out, offsets = [], []
    pos = 0
    quote_open = False
    prev = None
    for tok in tokens:
        space = prev is not None
        if tok in NO_SPACE_BEFORE or (prev in NO_SPACE_AFTER):
            space = False
        if tok == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        elif prev == '"' and quote_open:
            space = False
        if space:
            out.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(out), offsets


def bio_spans(tags, iob1=False):
    """(start_token, end_token, label) of BIO (or IOB1) tags."""
    spans, cur = [], None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or not tag:
            if cur:
                spans.append(tuple(cur))
                cur = None
            continue
        kind, _, label = tag.partition("-")
        if kind == "B" or cur is None or cur[2] != label or (kind == "I" and cur is None):
            if cur:
                spans.append(tuple(cur))
            cur = [i, i + 1, label]
        else:
            cur[1] = i + 1
    return spans


def split_of(key):
    """A fixed document-level split: about one document in five is dev."""
    return "dev" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0 else "train"


# ---------------------------------------------------------------------------------------------------------
# Documents.


class Doc:
    def __init__(self, corpus, id, split):
        self.corpus, self.id, self.split = corpus, id, split
        self.parts = []          # text pieces
        self.length = 0
        self.spans = []          # (start, end, source label)

    def add_sentence(self, tokens, spans, sep=" "):
        """Appends a tokenized sentence with (start_token, end_token, label) spans."""
        text, offsets = detokenize(tokens)
        if self.length:
            self.parts.append(sep)
            self.length += len(sep)
        base = self.length
        self.parts.append(text)
        self.length += len(text)
        for a, b, label in spans:
            self.spans.append((base + offsets[a][0], base + offsets[b - 1][1], label))

    @property
    def text(self):
        return "".join(self.parts)


def record(doc, text=None, spans=None, ignore=None):
    """The training record of a document: spans mapped to model classes and trimmed."""
    text = doc.text if text is None else text
    spans = doc.spans if spans is None else spans
    entities, ignored = [], list(ignore or [])
    for s, e, label in spans:
        classes = map_label(doc.corpus, label, text[s:e])
        if classes is None:
            ignored.append([s, e])
            continue
        if not classes:
            continue
        if HANDLE.search(text[s:e]):
            continue
        t = trim_span(text, s, e, classes)
        if t is None:
            continue
        entities.append({"start": t[0], "end": t[1], "classes": classes})
    return {"corpus": doc.corpus, "id": doc.id, "split": doc.split, "text": text, "mask": MASKS[doc.corpus],
            "entities": entities, "ignore": ignored}


def eval_gold(doc, text=None, spans=None):
    """The pipe-format gold of a dev document: the corpus's own spans with coarse CoNLL labels."""
    text = doc.text if text is None else text
    spans = doc.spans if spans is None else spans
    ents = []
    for s, e, label in spans:
        c = coarse(doc.corpus, label)
        if c and not HANDLE.search(text[s:e]):
            ents.append({"start": s, "end": e, "label": c, "text": text[s:e]})
    return {"id": doc.id, "text": text, "labels": EVAL_LABELS[doc.corpus], "entities": ents}


# ---------------------------------------------------------------------------------------------------------
# Readers. Each yields (Doc, name of its eval row or None).


def read_columns(path, word_col=0, tag_col=-1, sep=None):
    """Sentences of a column file: lists of (word, tag); "-DOCSTART-" lines give None (a document break)."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sent:
                    yield sent
                    sent = []
                yield None
                continue
            if not line.strip():
                if sent:
                    yield sent
                    sent = []
                continue
            cols = line.split(sep) if sep else line.split()
            if len(cols) < 2:
                continue
            sent.append((cols[word_col], cols[tag_col]))
    if sent:
        yield sent


def crossner():
    for domain in ["politics", "science", "music", "literature", "ai"]:
        for part in ["train", "dev", "test"]:
            path = os.path.join(DATA, "ner", "crossner", domain, f"{part}.txt")
            if not os.path.exists(path):
                continue
            for n, sent in enumerate(s for s in read_columns(path, sep="\t") if s):
                doc = Doc("crossner", f"crossner-{domain}-{part}:{n + 1}", part)
                words = [w for w, _ in sent]
                doc.add_sentence(words, bio_spans([t for _, t in sent]))
                yield doc, f"crossner-{domain}"


def wikigold():
    path = os.path.join(DATA, "ner", "wikigold", "wikigold.conll.txt")
    if not os.path.exists(path):
        return
    n, doc = 0, None
    for sent in read_columns(path):
        if sent is None:
            if doc and doc.length:
                yield doc, "wikigold"
            n += 1
            doc = Doc("wikigold", f"wikigold:{n}", split_of(f"wikigold:{n}"))
            continue
        if doc is None:
            n += 1
            doc = Doc("wikigold", f"wikigold:{n}", split_of(f"wikigold:{n}"))
        words = [w for w, _ in sent]
        doc.add_sentence(words, bio_spans([t for _, t in sent], iob1=True))
    if doc and doc.length:
        yield doc, "wikigold"


def uner():
    path = os.path.join(DATA, "ner", "uner-en-ewt", "en_ewt-ud-dev.iob2")
    if not os.path.exists(path):
        return
    doc, sent = None, []

    def flush():
        if sent and doc is not None:
            doc.add_sentence([w for w, _ in sent], bio_spans([t for _, t in sent]))
        sent.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                flush()
                if doc and doc.length:
                    yield doc, "uner-ewt"
                key = line.split("=", 1)[1].strip()
                doc = Doc("uner", f"uner:{key}", split_of(f"uner:{key}"))
            elif line.startswith("#"):
                continue
            elif not line.strip():
                flush()
            else:
                cols = line.split("\t")
                sent.append((cols[1], cols[2]))
    flush()
    if doc and doc.length:
        yield doc, "uner-ewt"


def btc():
    for path in sorted(glob.glob(os.path.join(DATA, "ner", "btc", "CONLL-format", "data", "*.conll"))):
        section = os.path.basename(path).split(".")[0]
        for n, sent in enumerate(s for s in read_columns(path) if s):
            key = f"btc-{section}:{n + 1}"
            doc = Doc("btc", key, split_of(key))
            doc.add_sentence([w for w, _ in sent], bio_spans([t for _, t in sent]))
            yield doc, "btc"


def wnut17():
    for part in ["train", "dev"]:
        path = os.path.join(DATA, "ner", "wnut17", f"{part}.conll")
        if not os.path.exists(path):
            continue
        for n, sent in enumerate(s for s in read_columns(path) if s):
            doc = Doc("wnut17", f"wnut17-{part}:{n + 1}", part)
            doc.add_sentence([w for w, _ in sent], bio_spans([t for _, t in sent]))
            yield doc, "wnut17"


def gmb():
    path = os.path.join(DATA, "ner", "gmb", "ner_dataset.csv")
    if not os.path.exists(path):
        return
    with open(path, encoding="latin-1") as f:
        rows = csv.reader(f)
        next(rows)
        sent, n = [], 0
        for row in rows:
            if len(row) < 4:
                continue
            if row[0].startswith("Sentence") and sent:
                n += 1
                yield gmb_doc(n, sent), None
                sent = []
            sent.append((row[1], row[3]))
        if sent:
            n += 1
            yield gmb_doc(n, sent), None


def gmb_doc(n, sent):
    doc = Doc("gmb", f"gmb:{n}", "dev" if n <= 2000 else "train")
    doc.add_sentence([w for w, _ in sent], bio_spans([t for _, t in sent]))
    return doc


def conll04():
    for part in ["train", "dev"]:
        path = os.path.join(DATA, "relations", "conll04", f"{part}.json")
        if not os.path.exists(path):
            continue
        for n, s in enumerate(json.load(open(path, encoding="utf-8"))):
            doc = Doc("conll04", f"conll04-{part}:{n + 1}", part)
            doc.add_sentence(s["tokens"], [(e["start"], e["end"], e["type"]) for e in s["entities"]])
            yield doc, None   # scripts/eval-all scores CoNLL04 dev from the corpus file itself


def redocred():
    path = os.path.join(DATA, "relations", "re-docred", "dev_revised.json")
    if not os.path.exists(path):
        return
    for n, d in enumerate(json.load(open(path, encoding="utf-8"))):
        key = f"redocred:{d.get('title', n)}"
        doc = Doc("redocred", key, split_of(key))
        by_sent = {}
        for vertex in d["vertexSet"]:
            for m in vertex:
                by_sent.setdefault(m["sent_id"], []).append((m["pos"][0], m["pos"][1], m["type"]))
        for i, sent in enumerate(d["sents"]):
            doc.add_sentence(sent, outermost(by_sent.get(i, [])))
        yield doc, "redocred"


def outermost(spans):
    """Token spans without nesting or overlap: the longest first, then the earliest."""
    kept = []
    for a, b, label in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(b <= k[0] or a >= k[1] for k in kept):
            kept.append((a, b, label))
    return sorted(kept)


def re3d():
    for folder in sorted(glob.glob(os.path.join(DATA, "ner", "re3d", "*"))):
        docs_path = os.path.join(folder, "documents.json")
        if not os.path.exists(docs_path):
            continue
        source = os.path.basename(folder)
        texts = {}
        for line in open(docs_path, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                texts[d["_id"]] = d["text"]
        ents = {}
        for line in open(os.path.join(folder, "entities.json"), encoding="utf-8"):
            if line.strip():
                e = json.loads(line)
                ents.setdefault(e["documentId"], []).append((e["begin"], e["end"], e["type"]))
        for did in sorted(texts):
            key = f"re3d:{source}:{did}"
            doc = Doc("re3d", key, split_of(key))
            text = texts[did]
            doc.parts, doc.length = [text], len(text)
            spans, ignore = [], []
            for s, e, label in outermost(ents.get(did, [])):
                if label not in RE3D:
                    continue
                if proper(text, s, e):
                    spans.append((s, e, label))
                else:
                    ignore.append([s, e])
            doc.spans = spans
            doc.re3d_ignore = ignore
            yield doc, "re3d"


def proper(text, s, e):
    """A re3d mention is a name when, after a leading "the", every word is capitalized or a connector
    ("Members of the Security Council"); "a new Prime Minister-designate", "Iraqi population" and "We"
    are nominal or pronominal mentions."""
    words = re.findall(r"[^\s]+", text[s:e])
    if words and words[0] in ("the", "The"):
        words = words[1:]
    if not words or (len(words) == 1 and words[0].lower() in ("we", "i", "they", "he", "she", "it", "us", "you")):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in CONNECTORS or not w[0].isalpha()
                                         for w in words)


def gum_split(paths):
    """(path, split) of the GUM files: every third in file-name order (C locale, as `LC_ALL=C sort` in
    scripts/eval-all), starting with the first, is dev."""
    return [(p, "dev" if i % 3 == 0 else "train")
            for i, p in enumerate(sorted(paths, key=lambda p: os.path.basename(p).encode("utf-8")))]


def gum():
    for path, split in gum_split(glob.glob(os.path.join(DATA, "ner", "gum", "dep", "GUM_*.conllu"))):
        name = os.path.basename(path)[:-len(".conllu")]
        doc = Doc("gum", f"gum:{name}", split)
        sents = []
        cur = []
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            cur.append(cols)
        if cur:
            sents.append(cur)
        spans, ignore = [], []
        text_parts, pos = [], 0
        stack = {}
        for sent in sents:
            if pos:
                text_parts.append(" ")
                pos += 1
            toks = []
            for cols in sent:
                word, upos, misc = cols[1], cols[3], cols[9]
                start = pos
                text_parts.append(word)
                pos += len(word)
                toks.append((start, pos, word, upos))
                if "SpaceAfter=No" not in misc:
                    text_parts.append(" ")
                    pos += 1
                ent = next((p[len("Entity="):] for p in misc.split("|") if p.startswith("Entity=")), "")
                for m in re.finditer(r"\((\d+)-([^()]*?)(?=\(|\)|$)|(\d+)\)", ent):
                    if m.group(1):
                        fields = m.group(2).split("-")
                        etype = fields[0]
                        identity = "-".join(fields[6:])
                        stack.setdefault(m.group(1), []).append((len(toks) - 1, etype, identity, toks))
                    else:
                        eid = m.group(3)
                        if stack.get(eid):
                            first, etype, identity, ts = stack[eid].pop()
                            if ts is toks:
                                gum_mention(toks[first:], etype, identity, spans, ignore)
                # A mention opened and closed on one word: "(12-person-...)" in one bracket pair.
                for m in re.finditer(r"\((\d+)-([^()]*?)\)", ent):
                    fields = m.group(2).split("-")
                    eid = m.group(1)
                    if stack.get(eid):
                        first, etype, identity, ts = stack[eid].pop()
                        gum_mention(toks[first:], fields[0], "-".join(fields[6:]), spans, ignore)
            # Drop the trailing space of the sentence (the join adds one).
            if text_parts and text_parts[-1] == " ":
                text_parts.pop()
                pos -= 1
        doc.parts, doc.length = ["".join(text_parts)], pos
        doc.spans = [(s, e, l) for s, e, l in outermost([(s, e, l) for s, e, l in spans])]
        doc.re3d_ignore = ignore
        yield doc, "gum-ner"


def gum_mention(toks, etype, identity, spans, ignore):
    """A GUM mention (tokens with offsets, entity type, Wikipedia identity) as a name span or an ignored one."""
    if etype not in GUM:
        if any(t[2][:1].isupper() for t in toks[1:]) or (len(toks) == 1 and toks[0][3] == "PROPN"):
            ignore.append([toks[0][0], toks[-1][1]])
        return
    ts = list(toks)
    while ts and ts[0][3] in ("DET", "PRON") and ts[0][2].lower() in ("the", "a", "an", "this", "that", "these",
                                                                          "those", "its", "his", "her", "their"):
        ts = ts[1:]
    # A possessive clitic closing the mention ("Warhol 's") is not part of the name (ANNOTATION.md).
    while ts and ts[-1][3] == "PART" and ts[-1][2] in ("'s", "'", "’s", "’"):
        ts = ts[:-1]
    # A pronoun is no name, even one that refers to a person with a Wikipedia identity ("I", "He").
    if not ts or all(t[3] == "PRON" for t in ts):
        return
    propn = all(t[3] == "PROPN" or (t[2].lower() in CONNECTORS and 0 < i < len(ts) - 1)
                for i, t in enumerate(ts))
    capitalized = ts[0][2][:1].isupper() and all(t[2][:1].isupper() or t[2].lower() in CONNECTORS for t in ts)
    if propn or (identity and capitalized):
        spans.append((ts[0][0], ts[-1][1], etype))
    elif any(t[3] == "PROPN" for t in ts):
        ignore.append([ts[0][0], ts[-1][1]])


def tbaq_news():
    """gold/tbaq-news: ANNOTATION.md entities on the TBAQ newswire texts (scripts/tbaq_news_gold.py: its format and
    its fixed split). Its dev part is scored by scripts/eval-all with all nine labels, not here."""
    import tbaq_news_gold
    for doc_id, split, text, _, entities, _ in tbaq_news_gold.annotated():
        doc = Doc("tbaq-news", f"tbaq-news:{doc_id}", split)
        doc.parts, doc.length = [text], len(text)
        doc.spans = [(e["start"], e["end"], e["label"]) for e in entities]
        yield doc, None


READERS = [gmb, crossner, wikigold, uner, btc, wnut17, re3d, gum, redocred, conll04, tbaq_news]

LICENCE_NOTES = {
    "gmb": "GMB texts public domain", "crossner": "MIT (repository); text Wikipedia CC BY-SA",
    "wikigold": "CC BY 4.0", "uner": "CC BY-SA 4.0", "btc": "CC BY 4.0", "wnut17": "CC BY 4.0",
    "re3d": "per source folder: OGL v3, public domain, CC BY 3.0 AU, CC BY-SA 3.0, EC reuse notice",
    "gum": "annotations CC BY 4.0; texts CC BY 2.5 / CC BY-SA 3.0 / CC BY 4.0",
    "redocred": "MIT; text Wikipedia CC BY-SA", "conll04": "research data",
    "tbaq-news": "annotations: this repository (gold/tbaq-news); texts TBAQ, research use as TempEval-3 distributes them",
}


def licences():
    """Each corpus's licence as data/README.md states it (read now, so a change there shows up)."""
    readme = os.path.join(DATA, "README.md")
    rows = {}
    if os.path.exists(readme):
        for line in open(readme, encoding="utf-8"):
            cols = [c.strip() for c in line.split("|")]
            if len(cols) > 5 and cols[1].startswith("`"):
                rows[cols[1]] = cols[4]
    keys = {"gmb": "ner/gmb", "crossner": "ner/crossner", "wikigold": "ner/wikigold", "uner": "ner/uner",
            "btc": "ner/btc", "wnut17": "ner/wnut17", "re3d": "ner/re3d", "gum": "ner/gum",
            "redocred": "relations/re-docred", "conll04": "relations/conll04"}
    out = {}
    for corpus, prefix in keys.items():
        found = [v for k, v in rows.items() if k.strip("`").startswith(prefix)]
        out[corpus] = found[0] if found else LICENCE_NOTES[corpus]
    out["tbaq-news"] = LICENCE_NOTES["tbaq-news"]
    return out


def unlabeled_texts():
    """Other text of ../shared/data for the word clusters: TBAQ, AEB article bodies, KnowledgeNet, EWT."""
    path = os.path.join(DATA, "dates", "tbaq.jsonl")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                yield json.loads(line)["text"]
    path = os.path.join(DATA, "html", "aeb-dev", "ground-truth.json")
    if os.path.exists(path):
        for _, v in sorted(json.load(open(path, encoding="utf-8")).items()):
            yield v.get("articleBody") or ""
    path = os.path.join(DATA, "relations", "knowledgenet", "knowledgenet-train-folds1-4.jsonl")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                yield json.loads(line).get("documentText", "")
    path = os.path.join(DATA, "relations", "re-docred", "test_revised.json")
    if os.path.exists(path):
        for d in json.load(open(path, encoding="utf-8")):
            yield " ".join(detokenize(s)[0] for s in d["sents"])
    path = os.path.join(DATA, "sentences", "ewt", "en_ewt-ud-dev.conllu")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("# text = "):
                yield line[len("# text = "):].rstrip("\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "ner-data")
    if not os.path.isdir(DATA):
        sys.exit("ner_corpora: ../shared/data is absent")
    os.makedirs(out, exist_ok=True)
    files = {p: open(os.path.join(out, f"{p}.jsonl"), "w", encoding="utf-8") for p in ("train", "dev", "test")}
    text_out = open(os.path.join(out, "text.txt"), "w", encoding="utf-8")
    evals = {}
    counts = {}
    for reader in READERS:
        for doc, row in reader():
            ignore = getattr(doc, "re3d_ignore", None)
            rec = record(doc, ignore=ignore)
            files[doc.split].write(json.dumps(rec, ensure_ascii=False) + "\n")
            if doc.split == "train":   # dev and test texts stay unseen, even unlabeled
                text_out.write(rec["text"].replace("\n", " ") + "\n")
            c = counts.setdefault((doc.corpus, doc.split), [0, 0])
            c[0] += 1
            c[1] += len(rec["entities"])
            # The pipeline normalizes text to NFC: a dev text that is not NFC could not be aligned for scoring.
            if doc.split in ("dev", "test") and row and unicodedata.normalize("NFC", rec["text"]) == rec["text"]:
                # Test parts (CrossNER) go to eval-test/: scored once, at the end, never while tuning.
                evals.setdefault(row if doc.split == "dev" else "test/" + row, []).append(eval_gold(doc))
    for t in unlabeled_texts():
        if t.strip():
            text_out.write(t.replace("\n", " ") + "\n")
    for f in files.values():
        f.close()
    text_out.close()
    for row, golds in evals.items():
        d = os.path.join(out, "eval-test", row[5:]) if row.startswith("test/") else os.path.join(out, "eval", row)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "gold.jsonl"), "w", encoding="utf-8") as g, \
                open(os.path.join(d, "input.jsonl"), "w", encoding="utf-8") as i:
            for gold in golds:
                g.write(json.dumps(gold, ensure_ascii=False) + "\n")
                i.write(json.dumps({"id": gold["id"], "text": gold["text"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "licences.tsv"), "w", encoding="utf-8") as f:
        for corpus, lic in licences().items():
            f.write(f"{corpus}\t{lic}\n")
    for (corpus, split), (docs, ents) in sorted(counts.items()):
        print(f"ner_corpora: {corpus:9} {split:5} {docs:6} documents {ents:7} entities", file=sys.stderr)


if __name__ == "__main__":
    main()
