#!/usr/bin/env bash
# make test-spark: runs Scripts/spark-extract.py in Spark local mode over our examples and the
# shared seeds (when present) as JSON lines, and over a folder of crawl files (--warc), imports its gzipped output with `import --extracted`, and checks the
# database equals a direct import of the same articles (Scripts/same-exports.sh).
# Usage: Scripts/test-spark.sh   (BIN, SHARED, VENV from the environment)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/hearsay}
SHARED=${SHARED:-../shared}
VENV=${VENV:-.build/spark-venv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

inputs=(Examples/articles)
if [ -d "$SHARED/seeds" ]; then inputs+=("$SHARED/seeds"); else echo "test-spark: $SHARED/seeds not found, examples only"; fi

# The articles as JSON lines, as a cluster would hold them: a text file becomes {"id": its relative
# path, "text": ...}. Sorted by id: articles are stored in key order by import --extracted, and
# direct import links speakers in reading order, so the direct import reads them in that order too.
python3 - "$work/articles.jsonl" "${inputs[@]}" <<'PY'
import json, os, sys
out, folders = sys.argv[1], sys.argv[2:]
lines = []
for folder in folders:
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            key = os.path.relpath(path, folder)
            if name.endswith(".txt"):
                with open(path, encoding="utf-8") as f:
                    lines.append((key, json.dumps({"id": key, "text": f.read()}, ensure_ascii=False)))
            elif name.endswith(".jsonl"):
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        if line.strip():
                            lines.append((json.loads(line).get("id", f"{key}:{number}"), line.strip()))
with open(out, "w", encoding="utf-8") as f:
    for _, line in sorted(lines):
        f.write(line + "\n")
PY
echo "test-spark: $(wc -l <"$work/articles.jsonl") articles"

"$BIN" import --db "$work/direct.db" "$work/articles.jsonl" >/dev/null

export PYSPARK_PYTHON="$PWD/$VENV/bin/python"
export PYSPARK_DRIVER_PYTHON="$PYSPARK_PYTHON"
"$VENV/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
    --conf spark.driver.extraJavaOptions=-Dlog4j2.level=warn \
    Scripts/spark-extract.py "$work/articles.jsonl" "$work/records" --partitions 4 \
    --hearsay "$PWD/$BIN" 2> >(grep -v -E '^(WARNING|Using Spark|Setting default log level|To adjust logging)' >&2)

parts=$(find "$work/records" -name 'part-*.gz' | wc -l)
echo "test-spark: $parts gzipped part files"
[ "$parts" -ge 2 ] || { echo "test-spark: expected several partitions, got $parts" >&2; exit 1; }

"$BIN" import --extracted --db "$work/extracted.db" "$work/records"
BIN=$BIN Scripts/same-exports.sh "$work/direct.db" "$work/extracted.db"

# A folder of crawl files (a gzipped WARC and saved web pages), read by --warc: each file goes to
# `hearsay extract` whole, on the executor.
mkdir -p "$work/crawl"
gzip -c Examples/crawl/pell-valley.warc >"$work/crawl/pell-valley.warc.gz"
cp Examples/pages/*.html "$work/crawl/"
"$BIN" import --db "$work/crawl-direct.db" "$work/crawl" >/dev/null
"$VENV/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
    --conf spark.driver.extraJavaOptions=-Dlog4j2.level=warn \
    Scripts/spark-extract.py "$work/crawl" "$work/crawl-records" --warc --partitions 2 \
    --hearsay "$PWD/$BIN" 2> >(grep -v -E '^(WARNING|Using Spark|Setting default log level|To adjust logging)' >&2)
"$BIN" import --extracted --db "$work/crawl-extracted.db" "$work/crawl-records"
BIN=$BIN Scripts/same-exports.sh "$work/crawl-direct.db" "$work/crawl-extracted.db"
echo "test-spark: passed in $(($(date +%s) - started)) s"
