"""End-to-end test of examples/spark/annotate.py (run by scripts/test-spark, called from .ci/run).

Runs the Spark job in local mode on examples/articles plus 200 generated documents and checks that its
output equals `pipe annotate` on the same inputs: the same records by id, byte for byte, none missing,
none repeated. Three runs:
  files    a folder (the examples, 200 generated articles in text and HTML, bad inputs, a JSONL file
           inside), with a binary that dies in the middle of the first task it runs: Spark retries the
           task (local[2,4] allows retries), and no line may be written twice;
  jsonl    the generated documents as one JSONL file with bad lines and lines without an id;
  parquet  the same as a Parquet table, with --parquet: the Parquet tables must equal `pipe tables`.
Prints one line per check and closes with 'N passed, N failed'.
"""

import csv
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

import pyarrow as pa
import pyarrow.parquet as pq

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_LOCAL = os.path.join(REPO, "examples", "spark", "run-local.sh")
INTEGER_COLUMNS = {"bytes", "chars", "sentences", "entities", "relations", "warnings",
                   "start", "end", "src_start", "src_end", "sentence", "mentions", "geonames"}

passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name}: {detail}")


# ---------------------------------------------------------------------------------------------------
# 200 generated documents: news-like sentences from templates, seeded, in text, HTML and JSONL.

PEOPLE = ["Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Ilham Aliyev", "Ebrahim Raisi", "Angela Merkel",
          "Recep Tayyip Erdogan", "Jacinda Ardern", "Narendra Modi", "Cyril Ramaphosa", "Giorgia Meloni"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "spokesman", "Chancellor", "Defence Minister"]
PLACES = ["Paris", "Berlin", "Baku", "Tehran", "Ankara", "Wellington", "New Delhi", "Pretoria", "Rome",
          "Geneva", "Istanbul", "Kyiv"]
ORGS = ["the United Nations", "NATO", "the European Union", "the World Bank", "Reuters",
        "the International Monetary Fund", "Gazprom", "the Red Cross"]
DATES = ["on Monday", "last week", "on 15 September", "in March 2021", "two days ago", "this morning",
         "at 5 p.m.", "next year", "for three years", "since 2019"]
NATIONS = ["French", "German", "Iranian", "Turkish", "Indian", "Italian"]

TEMPLATES = [
    "{title} {person} met {person2} in {place} {date}.",
    "{person}, the {nation} {title2}, said {date} that {org} would send aid to {place}.",
    "Talks between {person} and {person2} ended without a deal in {place}, officials told {org}.",
    "{org} opened an office in {place} {date}, {person} announced.",
    "\u201cWe will not give up,\u201d {person} told reporters in {place} {date}.",
    "The {nation} delegation arrived in {place} {date}; {person} led it.",
]


def sentence(rng):
    p1, p2 = rng.sample(PEOPLE, 2)
    return rng.choice(TEMPLATES).format(
        title=rng.choice(TITLES), title2=rng.choice(TITLES).lower(), person=p1, person2=p2,
        place=rng.choice(PLACES), org=rng.choice(ORGS), date=rng.choice(DATES), nation=rng.choice(NATIONS))


def article(rng):
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(2, 6))]
    title = sentence(rng).rstrip(".")
    return title, paragraphs


def generated_documents(count=200, seed=18):
    """(id, kind, payload, dct) for `count` documents; kind is text or html."""
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        title, paragraphs = article(rng)
        day = f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if i % 3 == 0:
            body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
            html = (f"<!doctype html><html><head><title>{title}</title>"
                    f'<meta property="article:published_time" content="{day}T08:00:00Z"></head>'
                    f"<body><nav>Home | World</nav><article><h1>{title}</h1>\n{body}</article></body></html>")
            docs.append((f"gen-{i:03d}.html", "html", html, None))
        else:
            docs.append((f"gen-{i:03d}.txt", "text", title + "\n\n" + "\n\n".join(paragraphs), day))
    return docs


def build_inputs(work):
    docs = generated_documents()
    corpus = os.path.join(work, "corpus")
    os.makedirs(os.path.join(corpus, "generated", "more"))
    shutil.copytree(os.path.join(REPO, "examples", "articles"), os.path.join(corpus, "articles"), symlinks=False)
    for n, (doc_id, kind, payload, dct) in enumerate(docs):
        folder = os.path.join(corpus, "generated", "more" if n % 4 == 0 else "")
        with open(os.path.join(folder, doc_id), "w", encoding="utf-8") as f:
            f.write(payload)
    bad = os.path.join(corpus, "generated")
    with open(os.path.join(bad, "binary.txt"), "wb") as f:
        f.write(bytes(range(256)) * 8)
    with open(os.path.join(bad, "latin1.txt"), "wb") as f:
        f.write("Le caf\u00e9 de Fran\u00e7ois Hollande \u00e0 Paris.".encode("latin-1"))
    with open(os.path.join(bad, "ignored.pdf"), "wb") as f:
        f.write(b"%PDF-1.4 not an article")
    with open(os.path.join(bad, "inside.jsonl"), "w", encoding="utf-8") as f:
        f.write('{"id": "inside-1", "text": "Olaf Scholz met Emmanuel Macron in Berlin on Monday."}\n')
        f.write("not json at all\n\n")
        f.write('{"text": "A document without an id, written in Rome."}\n')
    # The same documents as one JSONL file: text documents carry their dct, some lines are bad.
    jsonl = os.path.join(work, "docs.jsonl")
    rows = []
    with open(jsonl, "w", encoding="utf-8") as f:
        for n, (doc_id, kind, payload, dct) in enumerate(docs):
            row = {"id": doc_id, kind: payload}
            if dct:
                row["dct"] = dct
            if n % 50 == 7:
                del row["id"]  # pipe names it FILE:LINE
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            rows.append(row)
            if n == 100:
                f.write("{broken json\n")
                f.write('{"id": "no-text"}\n')
                f.write("\n")
    return corpus, jsonl, rows


# ---------------------------------------------------------------------------------------------------

def run(command, **kw):
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, **kw)
    return result, time.time() - started


def spark(input_path, output, *options, env=None):
    result, seconds = run([RUN_LOCAL, input_path, output, *options], env=env)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-6000:], sep="\n")
    output = (result.stdout + "\n" + result.stderr).splitlines()
    summary = [line for line in output if line.startswith("pipe on spark:")]
    print(f"      spark {os.path.basename(input_path)}: {summary[-1] if summary else 'no summary'} "
          f"({seconds:.0f} s with start-up)")
    return result.returncode


def records(folder):
    lines = []
    for name in sorted(os.listdir(folder)):
        if name.startswith("part-"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                lines.extend(line.rstrip("\n") for line in f if line.strip())
    return lines


def by_id(lines):
    table = {}
    repeated = []
    for line in lines:
        rid = json.loads(line)["id"]
        if rid in table:
            repeated.append(rid)
        table[rid] = line
    return table, repeated


def compare(name, expected_lines, got_lines, normalize=None):
    expected, _ = by_id(expected_lines)
    got, repeated = by_id(got_lines)
    check(f"{name}: one line per input ({len(expected)} expected)", len(got_lines) == len(expected_lines),
          f"got {len(got_lines)} lines, expected {len(expected_lines)}")
    check(f"{name}: no id repeated", not repeated, f"repeated: {repeated[:5]}")
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    check(f"{name}: same ids", not missing and not extra, f"missing {missing[:5]}, unexpected {extra[:5]}")
    differing = []
    for rid in sorted(set(expected) & set(got)):
        a, b = expected[rid], got[rid]
        if normalize:
            a, b = normalize(json.loads(a)), normalize(json.loads(b))
        if a != b:
            differing.append(rid)
    check(f"{name}: every record equals pipe annotate's", not differing, f"differ: {differing[:5]}")


def pipe_annotate(pipe, inputs, cwd=REPO):
    result, seconds = run([pipe, "annotate", "--jobs", "2", "--progress", "never", *inputs], cwd=cwd)
    if result.returncode not in (0, 1):
        raise SystemExit(f"pipe annotate failed: {result.stderr}")
    return [line for line in result.stdout.splitlines() if line.strip()]


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader)
        rows = [tuple(None if c == "" else int(c) if h in INTEGER_COLUMNS else c for h, c in zip(header, r))
                for r in reader]
    return header, rows


def pandas_reads_tables(pipe, work):
    """The README's pandas call reads cells holding tabs, line breaks, quotes and "NA" back exactly."""
    import pandas as pd
    text = 'Said "NA"\tand\nleft, at 5 p.m.'
    record = {"schema": "pipe/1", "id": 'odd "id",\tone', "source": {"path": "x.txt", "format": "text", "bytes": 1},
              "meta": {"title": 'A "quoted", title', "url": None, "dct": None, "dct_source": "none"},
              "text": text, "sentences": [[0, len(text)]],
              "entities": [{"id": "T1", "start": 0, "end": len(text), "label": "ORG", "text": text},
                           {"id": "T2", "start": 6, "end": 8, "label": "NORP", "text": "NA"}],
              "relations": [], "warnings": []}
    error = {"schema": "pipe/1", "id": "bad", "source": {"path": "bad.txt", "format": "text", "bytes": 0},
             "error": {"kind": "empty", "message": 'the input has "no" bytes'}}
    path = os.path.join(work, "odd.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n" + json.dumps(error) + "\n")
    for fmt, sep in (("tsv", "\t"), ("csv", ",")):
        out = os.path.join(work, "odd-" + fmt)
        subprocess.run([pipe, "tables", path, "-o", out, "--format", fmt], check=True, capture_output=True)
        entities = pd.read_csv(os.path.join(out, f"entities.{fmt}"), sep=sep, keep_default_na=False, na_values=[""])
        documents = pd.read_csv(os.path.join(out, f"documents.{fmt}"), sep=sep, keep_default_na=False, na_values=[""])
        check(f"pandas reads {fmt}: tabs, line breaks, quotes and NA come back as written",
              list(entities["text"]) == [text, "NA"] and list(entities["doc"]) == [record["id"]] * 2
              and list(documents["title"].fillna("")) == [record["meta"]["title"], ""]
              and list(documents["error_kind"].fillna("")) == ["", "empty"]
              and documents["error_message"][1] == error["error"]["message"]
              and list(entities["start"]) == [0, 6],
              f"entities {entities.to_dict('list')}, documents {documents.to_dict('list')}")


def main():
    pipe = os.environ.get("PIPE_BINARY", os.path.join(REPO, ".build", "release", "pipe"))
    work = tempfile.mkdtemp(prefix="pipe-test-spark-")
    started = time.time()
    try:
        corpus, jsonl, rows = build_inputs(work)
        pandas_reads_tables(pipe, work)
        base_env = dict(os.environ, PIPE_BINARY=pipe)

        # 1. Folder of files, with a binary that dies after two lines the first time it annotates.
        wrapper_dir = os.path.join(work, "bin")
        os.makedirs(wrapper_dir)
        wrapper = os.path.join(wrapper_dir, "pipe")
        with open(wrapper, "w") as f:
            f.write(f"""#!/bin/sh
# Test double: the first 'annotate' writes two records and dies; every later run is the real binary.
if [ "$1" = annotate ] && mkdir "{work}/failed-once" 2>/dev/null; then
    "{pipe}" "$@" | head -n 2
    exit 3
fi
exec "{pipe}" "$@"
""")
        os.chmod(wrapper, 0o755)
        env = dict(base_env, PIPE_BINARY=wrapper, SPARK_MASTER="local[2,4]")
        out = os.path.join(work, "out-files")
        code = spark(corpus, out, "--partitions", "3", env=env)
        check("files: the job succeeds although a task failed once", code == 0, f"exit status {code}")
        check("files: a task did fail and was retried", os.path.isdir(os.path.join(work, "failed-once")),
              "the test double never ran")
        expected_files = pipe_annotate(pipe, [corpus])
        if code == 0:
            compare("files", expected_files, records(os.path.join(out, "records")))

        # 2. One JSONL file, split by lines.
        out = os.path.join(work, "out-jsonl")
        code = spark(jsonl, out, "--partitions", "3", env=base_env)
        check("jsonl: the job succeeds", code == 0, f"exit status {code}")
        expected_jsonl = pipe_annotate(pipe, [jsonl])
        if code == 0:
            compare("jsonl", expected_jsonl, records(os.path.join(out, "records")))

        # 3. The same documents as a Parquet table (a null id on some rows), and Parquet tables out.
        table = os.path.join(work, "docs.parquet")
        columns = {c: [r.get(c) for r in rows] for c in ("id", "text", "html", "dct")}
        pq.write_table(pa.table(columns), table)
        out = os.path.join(work, "out-parquet")
        code = spark(table, out, "--parquet", env=base_env)
        check("parquet: the job succeeds", code == 0, f"exit status {code}")
        if code == 0:
            got = records(os.path.join(out, "records"))
            # Expected: the rows as JSONL on pipe's standard input; ids made up for rows without one
            # are PATH:ROW on Spark and stdin:LINE here, and source.path names the table or "-".
            stdin_lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            result = subprocess.run([pipe, "annotate", "--progress", "never", "-"], input=stdin_lines,
                                    capture_output=True, text=True)
            expected = []
            for n, line in enumerate(result.stdout.splitlines(), 1):
                record = json.loads(line)
                if record["id"] == f"stdin:{n}":
                    record["id"] = f"{table}:{n}"
                record["source"]["path"] = table
                expected.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
            compare("parquet", expected, got, normalize=lambda r: r)
            # Tables: pipe tables on the Spark records, against the Parquet the job wrote.
            tsv = os.path.join(work, "tables")
            with open(os.path.join(work, "spark-records.jsonl"), "w", encoding="utf-8") as f:
                f.write("\n".join(got) + "\n")
            subprocess.run([pipe, "tables", os.path.join(work, "spark-records.jsonl"), "-o", tsv],
                           check=True, capture_output=True)
            for name in ("documents", "entities", "relations", "clusters"):
                header, want = read_tsv(os.path.join(tsv, name + ".tsv"))
                parquet = pq.read_table(os.path.join(out, name))
                have = list(zip(*[parquet.column(h).to_pylist() for h in header])) if parquet.num_rows else []
                check(f"parquet tables: {name} has the columns and rows of pipe tables ({len(want)} rows)",
                      parquet.column_names == header and sorted(have, key=repr) == sorted(want, key=repr),
                      f"columns {parquet.column_names} vs {header}; {len(have)} rows vs {len(want)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"test-spark: {time.time() - started:.0f} s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
