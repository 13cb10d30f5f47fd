"""Annotate articles on Apache Spark with the `pipe` binary; write its JSON lines and, with --parquet, the
flat tables of `pipe tables` as Parquet.

    spark-submit --files /path/to/pipe examples/spark/annotate.py INPUT... -o OUTPUT [--parquet]

Spark spreads the documents over partitions; each task runs `pipe` as a subprocess on its partition, so
the annotations are exactly those of `pipe annotate` on the same inputs (same records by id). The binary
reaches the executors with `--files` (SparkFiles), so the same command runs on a laptop (`local[2]`, see
run-local.sh) and on a cluster (`--master yarn` or `k8s://...`).

Inputs (--input-format, default auto):
- files: folders (searched recursively) and files of articles, read as `pipe annotate` reads them
  (.html .htm .xhtml .txt .text .md by extension, .jsonl files inside a folder as streams of documents,
  other files reported on the executor's stderr and skipped, and whatever else the binary reads, such
  as archives). Each task writes its partition's files into a scratch folder, under their paths
  relative to the input, runs `pipe annotate` on it, and rewrites `source.path` to the input path as
  given (`hdfs:///news/2021/a.html`), so ids and paths are those of `pipe annotate INPUT`. Spark's file
  listing leaves out names starting with "." or "_" (Hadoop's rule for hidden files).
- jsonl: JSONL files of documents {"id", "text"|"html", "dct"?, "url"?}, split by lines over the
  partitions and piped through `pipe annotate --format jsonl` on standard input; `source.path` is the
  file and a line without an id gets `FILE:LINE`, as `pipe annotate FILE.jsonl` gives.
- parquet: tables with a string column `id`, `text` or `html` (or both: html wins, as in JSONL), and
  optionally `dct` (a date, a timestamp or a YYYY-MM-DD string) and `url`; each row is made a JSONL
  document; `source.path` is the table's path, a null id becomes `PATH:ROW` (row counted from 1).
auto: parquet for paths ending in .parquet, jsonl for paths ending in .jsonl or .ndjson, else files.

Output (a new folder):
- OUTPUT/records/part-*: the JSON lines, one per input document, error records included. The order is
  that of the partitions, not of the inputs: join or sort by id.
- with --parquet: OUTPUT/documents, OUTPUT/entities, OUTPUT/relations, OUTPUT/clusters, Parquet tables with the columns
  of `pipe tables` (made by `pipe tables` on each partition; integer columns typed as integers).

Failures: a bad document gives its error record (pipe writes one line per input, whatever the input),
never a failed task. A task that fails for another reason (an executor lost) is retried by Spark without
duplicate lines: every task is a pure function of its partition (the subprocess writes only to a scratch
folder the task removes), and the output is written by Spark's committer from the RDD, so only one
attempt of each partition lands in the output folder. If the binary itself dies on a JSONL or Parquet
document, the task restarts it after that document, which gets an error record of kind internal.
"""

import argparse
import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

# Columns of `pipe tables` typed as integers in Parquet; every other column is a string.
INTEGER_COLUMNS = {
    "bytes", "chars", "sentences", "entities", "relations", "warnings",
    "start", "end", "src_start", "src_end", "sentence", "mentions", "geonames",
}
TABLES = ("documents", "entities", "relations", "clusters")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", help="folders or files of articles, JSONL files, or Parquet tables")
    p.add_argument("-o", "--output", required=True, help="output folder (must not exist)")
    p.add_argument("--input-format", choices=["auto", "files", "jsonl", "parquet"], default="auto")
    p.add_argument("--parquet", action="store_true", help="also write the flat tables as Parquet")
    p.add_argument("--partitions", type=int, help="repartition the documents into N partitions first")
    p.add_argument("--pipe", default="pipe", help="file name of the binary shipped with --files (default: pipe)")
    p.add_argument("--pipe-args", default="",
                   help="more arguments for 'pipe annotate', e.g. '--dct 2021-12-01 --timeout 5'")
    p.add_argument("--compress", action="store_true", help="gzip the JSON lines")
    return p.parse_args(argv)


def input_kind(path, requested):
    if requested != "auto":
        return requested
    lowered = path.rstrip("/").lower()
    if lowered.endswith(".parquet"):
        return "parquet"
    if lowered.endswith(".jsonl") or lowered.endswith(".ndjson"):
        return "jsonl"
    return "files"


def pipe_binary(name):
    """The shipped binary; copied to an executable place when the file arrived without its x bit."""
    path = SparkFiles.get(name)
    if not os.path.exists(path):
        raise RuntimeError(f"{name} was not shipped: give it to spark-submit with --files /path/to/{name}")
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="pipe-bin-"), name)
            shutil.copy(path, copy)
            os.chmod(copy, 0o755)
            path = copy
    return path


# ---------------------------------------------------------------------------------------------------
# Rewriting the id and source.path of a record line without touching the rest of its bytes.

_PREFIX = '{"schema":"pipe/1","id":'


def split_record(line):
    """(id, path, spans) of a pipe record line; spans locate the two JSON strings in the line."""
    if not line.startswith(_PREFIX):
        raise RuntimeError(f"pipe wrote a line that is not a record: {line[:200]!r}")
    decoder = json.JSONDecoder()  # made here: a module-level one cannot be pickled for the executors
    i = len(_PREFIX)
    rid, j = decoder.raw_decode(line, i)
    k = line.index('"path":', j) + len('"path":')
    path, m = decoder.raw_decode(line, k)
    return rid, path, (i, j, k, m)


def replace_fields(line, spans, new_id, new_path):
    i, j, k, m = spans
    dump = lambda s: json.dumps(s, ensure_ascii=False)
    return line[:i] + dump(new_id) + line[j:k] + dump(new_path) + line[m:]


# ---------------------------------------------------------------------------------------------------
# Files: each task writes its files into a scratch folder and runs `pipe annotate` on it.

def annotate_files(rows, binary, extra, roots):
    """rows: (root index, path relative to the root, bytes). Yields record lines."""
    scratch = tempfile.mkdtemp(prefix="pipe-spark-")
    try:
        used = set()
        for root_index, rel, content in rows:
            target = os.path.join(scratch, f"in{root_index}", rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(content)
            used.add(root_index)
        if not used:
            return
        args = []
        for i in sorted(used):
            display, is_file = roots[i]
            args.append(f"in{i}/{os.path.basename(display.rstrip('/'))}" if is_file else f"in{i}")
        command = [binary, "annotate", "--jobs", "1", "--progress", "never", *extra, *args]
        proc = subprocess.Popen(command, cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stderr = _drain(proc.stderr)
        for raw in proc.stdout:
            line = raw.decode("utf-8").rstrip("\n")
            rid, path, spans = split_record(line)
            top, _, rest = path.partition("/")
            display, is_file = roots[int(top[2:])]
            if is_file:
                new_path = display
                new_id = new_path + rid[len(path):] if rid == path or rid.startswith(path + ":") else rid
            else:
                new_path = display + rest if display.endswith("/") else display + "/" + rest
                tail = rid[len(path):]
                new_id = new_path + tail if rid.startswith(path + ":") and tail[1:].isdigit() else rid
            yield replace_fields(line, spans, new_id, new_path)
        code = proc.wait()
        if code not in (0, 1):
            raise RuntimeError(f"pipe annotate exited with {code} on {args}: {stderr()[-2000:]}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _drain(stream):
    """Reads a stream on a thread (so the child never blocks on a full pipe); returns a getter."""
    chunks = []
    thread = threading.Thread(target=lambda: chunks.append(stream.read()), daemon=True)
    thread.start()

    def get():
        thread.join()
        return b"".join(chunks).decode("utf-8", "replace")
    return get


# ---------------------------------------------------------------------------------------------------
# JSONL and Parquet: documents piped through `pipe annotate --format jsonl` on standard input.

def annotate_lines(rows, binary, extra):
    """rows: (source name, line number from 1, JSON document line). Yields record lines.

    pipe writes one line per non-blank input line, in order, so output k belongs to input k: the record
    gets the source's name as `source.path`, and an id pipe had to make up (`stdin:K`) becomes
    `NAME:LINE`. When the binary dies (a bug, never a bad input by design), the document it was on gets
    an `internal` error record and a new process takes the rest.
    """
    pending = [r for r in rows if r[2].strip(" \t\r")]
    while pending:
        done = 0
        command = [binary, "annotate", "--format", "jsonl", "--jobs", "1", "--progress", "never", *extra, "-"]
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stderr = _drain(proc.stderr)
        batch = pending

        def feed():
            try:
                for _, _, text in batch:
                    proc.stdin.write(text.encode("utf-8") + b"\n")
                proc.stdin.close()
            except BrokenPipeError:
                pass
        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        for raw in proc.stdout:
            name, number, text = batch[done]
            done += 1
            yield fix_stream_record(raw.decode("utf-8").rstrip("\n"), name, number, done, text)
        writer.join()
        code = proc.wait()
        if done == len(batch) and code in (0, 1):
            return
        if done == len(batch):
            raise RuntimeError(f"pipe annotate exited with {code}: {stderr()[-2000:]}")
        name, number, text = batch[done]
        yield crash_record(name, number, text, code, stderr())
        pending = batch[done + 1:]


def fix_stream_record(line, name, number, k, text):
    rid, path, spans = split_record(line)
    if rid == f"stdin:{k}" and not _has_string_id(text):
        rid = f"{name}:{number}"
    if '"error":{"kind":' in line:
        # An error record (small): its message may name the line; say the file's line, as pipe would.
        record = json.loads(line)
        record["id"] = rid
        record["source"]["path"] = name
        message = record["error"]["message"]
        if message.startswith(f"line {k}:") or message.startswith(f"line {k} "):
            record["error"]["message"] = f"line {number}" + message[len(f"line {k}"):]
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return replace_fields(line, spans, rid, name)


def _has_string_id(text):
    try:
        value = json.loads(text)
    except ValueError:
        return False
    return isinstance(value, dict) and isinstance(value.get("id"), str)


def crash_record(name, number, text, code, stderr):
    rid = f"{name}:{number}"
    try:
        value = json.loads(text)
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            rid = value["id"]
    except ValueError:
        pass
    last = stderr.strip().splitlines()[-1:] or [""]
    record = {"schema": "pipe/1", "id": rid,
              "source": {"path": name, "format": "text", "bytes": 0, "sha256": None, "charset": None},
              "error": {"kind": "internal", "message": f"pipe exited with status {code} on this document: {last[0]}"}}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------------
# Reading the inputs into RDDs of work items.

def hadoop_path(spark, path):
    """(qualified URI, is a folder) of a path, through Hadoop's file system API."""
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    fs = p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return fs.makeQualified(p).toString(), fs.getFileStatus(p).isDirectory()


def file_items(spark, paths):
    """(root index, relative path, bytes) of every file under the inputs, and the roots as given.

    Contents come from Spark's binaryFile source (fast, and one partition per ~128 MB or per ~32 small
    files), which leaves empty files out: those are found in its file index and added with no bytes, so
    they get their error record (kind empty) as with `pipe annotate`.
    """
    sc = spark.sparkContext
    roots = []
    rdd = None
    for index, path in enumerate(paths):
        qualified, is_dir = hadoop_path(spark, path)
        roots.append((path, not is_dir))
        base = _uri_key(qualified).rstrip("/")
        df = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(path)

        def relative(uri, index=index, base=base, is_dir=is_dir):
            key = _uri_key(uri)
            if not is_dir:
                return key.rsplit("/", 1)[-1]
            if not key.startswith(base + "/"):
                raise RuntimeError(f"{uri} is not under {base}")
            return key[len(base) + 1:]
        part = df.select("path", "content").rdd.map(
            lambda row, index=index, relative=relative: (index, relative(row.path), bytes(row.content)))
        listed = {_uri_key(f) for f in df.inputFiles()}
        read = {_uri_key(r.path) for r in df.select("path").collect()}
        empty = sorted(listed - read)
        if empty:
            part = part.union(sc.parallelize([(index, relative(f), b"") for f in empty], 1))
        rdd = part if rdd is None else rdd.union(part)
    return rdd, roots


def _uri_key(uri):
    """One spelling per file: Spark writes file:/x in rows and file:///x in file lists."""
    if uri.startswith("file:"):
        return "file:/" + uri[len("file:"):].lstrip("/")
    return uri


def jsonl_items(spark, path):
    sc = spark.sparkContext
    return sc.textFile(path, minPartitions=max(2, sc.defaultParallelism)).zipWithIndex().map(lambda p: (path, p[1] + 1, p[0]))


def parquet_items(spark, path):
    df = spark.read.parquet(path)
    fields = {f.name: f.dataType for f in df.schema.fields}
    if "text" not in fields and "html" not in fields:
        raise SystemExit(f"{path}: a Parquet input needs a 'text' or an 'html' column")
    columns = [F.col(c) for c in ("id", "html", "text", "url") if c in fields]
    if "dct" in fields:
        dct = F.col("dct")
        if isinstance(fields["dct"], (T.DateType, T.TimestampType, T.TimestampNTZType)):
            dct = F.date_format(dct, "yyyy-MM-dd")
        columns.append(dct.cast("string").alias("dct"))
    lines = df.select(*columns).toJSON()
    return lines.zipWithIndex().map(lambda p: (path, p[1] + 1, p[0]))


# ---------------------------------------------------------------------------------------------------
# Flat tables: `pipe tables` on each partition of records, its TSV files read back as typed rows.

def table_rows(lines, binary):
    scratch = tempfile.mkdtemp(prefix="pipe-tables-")
    try:
        proc = subprocess.Popen([binary, "tables", "-o", scratch, "-"], stdin=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = _drain(proc.stderr)

        def feed():
            for line in lines:
                proc.stdin.write(line.encode("utf-8") + b"\n")
            proc.stdin.close()
        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        writer.join()
        code = proc.wait()
        if code != 0:
            raise RuntimeError(f"pipe tables exited with {code}: {stderr()[-2000:]}")
        for table in TABLES:
            with open(os.path.join(scratch, table + ".tsv"), newline="", encoding="utf-8") as f:
                reader = csv.reader(f, delimiter="\t", quotechar='"')
                header = next(reader)
                for row in reader:
                    yield table, tuple(typed(name, cell) for name, cell in zip(header, row))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def typed(name, cell):
    if cell == "":
        return None
    return int(cell) if name in INTEGER_COLUMNS else cell


def table_headers(binary):
    """The columns of each table, from `pipe tables` run on no record (the driver has the binary too)."""
    scratch = tempfile.mkdtemp(prefix="pipe-headers-")
    try:
        subprocess.run([binary, "tables", "-o", scratch, "-"], input=b"", check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        headers = {}
        for table in TABLES:
            with open(os.path.join(scratch, table + ".tsv"), newline="", encoding="utf-8") as f:
                headers[table] = next(csv.reader(f, delimiter="\t"))
        return headers
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def schema(header):
    return T.StructType([
        T.StructField(name, T.LongType() if name in INTEGER_COLUMNS else T.StringType(), True)
        for name in header])


# ---------------------------------------------------------------------------------------------------

def main(argv):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("pipe annotate").getOrCreate()
    sc = spark.sparkContext
    if spark.conf.get("spark.sql.files.openCostInBytes", None) in (None, "4194304", "4MB"):
        # Articles are a few KB: Spark's default cost of 4 MB a file packs ~32 of them in a partition, and
        # each partition starts one pipe process (~0.15 s of loading resources). 256 KB packs ~500.
        spark.conf.set("spark.sql.files.openCostInBytes", str(256 * 1024))
    sc.setLogLevel("WARN")
    started = time.time()
    name = args.pipe
    extra = args.pipe_args.split()
    pipe_binary(name)  # fail early, on the driver, when the binary was not shipped

    kinds = {input_kind(p, args.input_format) for p in args.inputs}
    if len(kinds) > 1:
        raise SystemExit(f"give inputs of one kind per run (got {', '.join(sorted(kinds))}), or --input-format")
    kind = kinds.pop()

    if kind == "files":
        items, roots = file_items(spark, args.inputs)
        if args.partitions:
            items = items.repartition(args.partitions)
        records = items.mapPartitions(lambda rows: annotate_files(rows, pipe_binary(name), extra, roots))
    else:
        make = jsonl_items if kind == "jsonl" else parquet_items
        items = None
        for path in args.inputs:
            part = make(spark, path)
            items = part if items is None else items.union(part)
        if args.partitions:
            items = items.repartition(args.partitions)  # each item carries its own source and line
        records = items.mapPartitions(lambda rows: annotate_lines(rows, pipe_binary(name), extra))

    records_path = os.path.join(args.output, "records")
    codec = "org.apache.hadoop.io.compress.GzipCodec" if args.compress else None
    records.saveAsTextFile(records_path, compressionCodecClass=codec)
    # Counted from the written files, in the JVM: exact whatever the retries, and no second pass of the
    # records through Python. (A key can only be a key: inside JSON strings quotes are escaped.)
    written = spark.read.text(records_path)
    total = written.count()
    errors = written.filter(F.col("value").contains('"error":{"kind":')).count()

    if args.parquet:
        # From the written records (not kept in memory meanwhile): `pipe tables` on each partition.
        headers = table_headers(pipe_binary(name))
        rows = sc.textFile(records_path).mapPartitions(lambda lines: table_rows(lines, pipe_binary(name)))
        rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
        for table in TABLES:
            part = rows.filter(lambda r, t=table: r[0] == t).map(lambda r: r[1])
            spark.createDataFrame(part, schema(headers[table])).write.parquet(os.path.join(args.output, table))
        rows.unpersist()

    seconds = time.time() - started
    print(f"pipe on spark: {total} records ({errors} error records) in {seconds:.1f} s, "
          f"{total / seconds if seconds else 0:.1f} docs/s, written to {args.output}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
