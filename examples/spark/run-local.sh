#!/usr/bin/env bash
# Runs annotate.py on this machine with Spark in local mode (two worker threads), shipping the release
# binary with --files exactly as on a cluster. Usage:
#   examples/spark/run-local.sh INPUT OUTPUT_DIR [annotate.py options: --parquet, --partitions N, ...]
# Makes the venv with PySpark on first use (scripts/spark-venv) and builds the release binary when it is
# missing. SPARK_MASTER overrides local[2]; PIPE_BINARY names another binary.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [ $# -lt 2 ]; then
    echo "usage: $0 INPUT OUTPUT_DIR [--parquet] [--partitions N] [--input-format files|jsonl|parquet] [--pipe-args '...']" >&2
    exit 2
fi
input=$1
output=$2
shift 2
python=$("$repo/scripts/spark-venv")
pipe=${PIPE_BINARY:-$repo/.build/release/pipe}
if [ ! -x "$pipe" ]; then
    (cd "$repo" && swift build -c release --product pipe >&2)
fi
export PYSPARK_PYTHON="$python" PYSPARK_DRIVER_PYTHON="$python"
exec "$(dirname "$python")/spark-submit" \
    --master "${SPARK_MASTER:-local[2]}" \
    --conf spark.ui.enabled=false \
    --files "$pipe" \
    "$here/annotate.py" "$input" -o "$output" "$@"
