#!/usr/bin/env python3
"""Checks rendered pages as a browser built them (the DOM of `chromium --dump-dom`) against the JSON lines.

Usage: scripts/check-render-dom.py SITE_DIR ANNOTATIONS.jsonl... [--chromium PATH]
For every record, the page the index links (rows are in input order) is loaded headless and its DOM read
back. Checked, per document:
- every entity is a <mark> whose data-l is its label and whose text (its pieces joined, when a crossing
  mention was split) is exactly the entity's text; there is one first piece per entity;
- every relation is drawn (an arc <g class="... rN">) or listed (<li class="... rN">);
- the text is all there, in order: the non-space characters inside the text area, leaving out relation
  lists and arc labels, are those of the record's text.
Error records must give a page that names their error kind. Exits 1 on the first failing document.
Standard library only.
"""
import html.parser, json, os, subprocess, sys


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class PageDOM(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks = {}  # data-e -> {"label", "text", "first"}
        self.open_marks = []
        self.relations = set()
        self.text = []
        self.depth_doc = 0  # > 0 inside <div class="doc">
        self.skip = 0  # > 0 inside a relation list or an SVG
        self.stack = []
        self.body_text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        entry = [tag, False, False, False]  # tag, opened doc, opened skip, opened mark
        if tag == "div" and "doc" in classes:
            self.depth_doc += 1
            entry[1] = True
        if self.depth_doc and (tag == "svg" or (tag == "ul" and "rl" in classes)):
            self.skip += 1
            entry[2] = True
        for c in classes:
            if c.startswith("r") and c[1:].isdigit():
                self.relations.add(int(c[1:]))
        if tag == "mark" and "data-e" in a:
            key = a["data-e"]
            m = self.marks.setdefault(key, {"label": a.get("data-l"), "text": "", "first": 0})
            if "cont" not in classes:
                m["first"] += 1
            if m["label"] != a.get("data-l"):
                m["label"] = None  # pieces disagree
            self.open_marks.append(key)
            entry[3] = True
        if tag not in VOID:
            self.stack.append(entry)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if not any(entry[0] == tag for entry in self.stack):
            return  # a stray end tag closes nothing
        while self.stack:
            t, doc, skip, mark = self.stack.pop()
            if doc:
                self.depth_doc -= 1
            if skip:
                self.skip -= 1
            if mark:
                self.open_marks.pop()
            if t == tag:
                break

    def handle_data(self, data):
        for key in self.open_marks:
            self.marks[key]["text"] += data
        if self.depth_doc and not self.skip:
            self.text.append(data)
        self.body_text.append(data)


def dump_dom(chromium, path):
    out = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + os.path.abspath(path)],
        capture_output=True, text=True, timeout=120)
    if out.returncode != 0 or "<html" not in out.stdout:
        raise SystemExit(f"check-render-dom: chromium could not load {path}: {out.stderr[-500:]}")
    return out.stdout


class IndexLinks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.in_cell = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "td" and a.get("class") == "d":
            self.in_cell = True
        elif tag == "a" and self.in_cell:
            self.links.append(a["href"])
            self.in_cell = False


def squeeze(s):
    return "".join(s.split())


def main():
    args = sys.argv[1:]
    chromium = "chromium"
    if "--chromium" in args:
        i = args.index("--chromium")
        chromium = args[i + 1]
        del args[i:i + 2]
    site, inputs = args[0], args[1:]
    records = []
    for path in inputs:
        with open(path, encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    links = []
    page = 1
    while True:
        name = "index.html" if page == 1 else f"index-{page}.html"
        if not os.path.exists(os.path.join(site, name)):
            break
        parser = IndexLinks()
        with open(os.path.join(site, name), encoding="utf-8") as f:
            parser.feed(f.read())
        links += parser.links
        page += 1
    if len(links) != len(records):
        raise SystemExit(f"check-render-dom: the index links {len(links)} pages for {len(records)} records")
    checked_entities = checked_relations = 0
    for record, link in zip(records, links):
        dom = PageDOM()
        dom.feed(dump_dom(chromium, os.path.join(site, link)))
        rid = record.get("id")
        if "error" in record:
            if record["error"]["kind"] not in "".join(dom.body_text):
                raise SystemExit(f"check-render-dom: {rid}: the error kind is not on its page")
            continue
        for e in record.get("entities", []):
            m = dom.marks.get(e["id"])
            if m is None:
                raise SystemExit(f"check-render-dom: {rid}: entity {e['id']} {e['text']!r} has no mark")
            if m["label"] != e["label"]:
                raise SystemExit(f"check-render-dom: {rid}: entity {e['id']} shows label {m['label']!r}, not {e['label']!r}")
            if m["text"] != e["text"]:
                raise SystemExit(f"check-render-dom: {rid}: entity {e['id']} shows {m['text']!r}, not {e['text']!r}")
            if m["first"] != 1:
                raise SystemExit(f"check-render-dom: {rid}: entity {e['id']} has {m['first']} first pieces")
            checked_entities += 1
        for r in range(len(record.get("relations", []))):
            if r not in dom.relations:
                raise SystemExit(f"check-render-dom: {rid}: relation {r} is neither drawn nor listed")
            checked_relations += 1
        if squeeze("".join(dom.text)) != squeeze(record["text"]):
            shown, want = squeeze("".join(dom.text)), squeeze(record["text"])
            k = next((i for i in range(min(len(shown), len(want))) if shown[i] != want[i]), min(len(shown), len(want)))
            raise SystemExit(f"check-render-dom: {rid}: the page's text differs at {k}: {shown[k-20:k+20]!r} vs {want[k-20:k+20]!r}")
        print(f"check-render-dom: {rid}: {len(record.get('entities', []))} entities, "
              f"{len(record.get('relations', []))} relations, {len(record['text'])} characters in place")
    print(f"check-render-dom: {len(records)} pages, {checked_entities} entities and {checked_relations} relations checked in the DOM")


if __name__ == "__main__":
    main()
