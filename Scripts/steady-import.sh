#!/usr/bin/env bash
# Imports repeated real articles (PolNeAR train, each copy under distinct keys) into one database,
# one `hearsay import` run per chunk, until MB megabytes of input are stored or the time limit is
# reached, and prints the CPU per article of every chunk: a steady import keeps that figure flat as
# the database grows.
#
# Usage: Scripts/steady-import.sh [BIN] [MB] [COPIES_PER_CHUNK] [SECONDS]
#   BIN               the hearsay binary (default .build/release/hearsay)
#   MB                input megabytes to import in all (default 1000)
#   COPIES_PER_CHUNK  copies of the 840 articles per import run (default 6, about 24 MB)
#   SECONDS           stop starting new chunks after this many seconds (default 3600)
# Environment: SHARED (default ../shared), WORK (default a new temporary folder, removed at the end
# unless KEEP=1).
set -euo pipefail

BIN=${1:-.build/release/hearsay}
MB=${2:-1000}
COPIES=${3:-6}
LIMIT=${4:-3600}
SHARED=${SHARED:-../shared}
SOURCE="$SHARED/polnear/train/articles.jsonl"

[ -x "$BIN" ] || { echo "steady-import: no hearsay binary at $BIN (run swift build -c release)" >&2; exit 2; }
[ -f "$SOURCE" ] || { echo "steady-import: $SOURCE is absent" >&2; exit 2; }
WORK=${WORK:-$(mktemp -d /tmp/steady-import-XXXXXX)}
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
DB="$WORK/steady.db"
rm -f "$DB" "$DB-wal" "$DB-shm"

started=$(date +%s)
copy=0
total_bytes=0
total_articles=0
printf '%5s %8s %9s %8s %9s %10s %8s\n' chunk articles input_MB db_MB cpu_s ms/article art/s
chunk=0
while [ $((total_bytes / 1048576)) -lt "$MB" ]; do
    [ $(($(date +%s) - started)) -lt "$LIMIT" ] || { echo "steady-import: time limit reached"; break; }
    input="$WORK/chunk.jsonl"
    # Each article under "id#copy", the rest of its line unchanged.
    python3 - "$SOURCE" "$input" "$copy" "$COPIES" <<'PY'
import json, sys
source, out, first, copies = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = [json.loads(l) for l in open(source, encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for c in range(first, first + copies):
        for a in lines:
            a = dict(a, id=f"{a['id']}#{c}")
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
PY
    bytes=$(stat -c %s "$input")
    articles=$(wc -l < "$input")
    t0=$(date +%s.%N)
    /usr/bin/time -f '%U %S' -o "$WORK/time" "$BIN" import "$input" --db "$DB" > "$WORK/import.log" 2>&1 ||
        { echo "steady-import: import failed:" >&2; tail -5 "$WORK/import.log" >&2; exit 1; }
    t1=$(date +%s.%N)
    read -r user sys < "$WORK/time"
    chunk=$((chunk + 1))
    copy=$((copy + COPIES))
    total_bytes=$((total_bytes + bytes))
    total_articles=$((total_articles + articles))
    dbmb=$(du -m "$DB" | cut -f1)
    awk -v c="$chunk" -v a="$total_articles" -v b="$total_bytes" -v d="$dbmb" -v u="$user" -v s="$sys" \
        -v n="$articles" -v t0="$t0" -v t1="$t1" \
        'BEGIN { printf "%5d %8d %9.0f %8d %9.2f %10.3f %8.0f\n", c, a, b / 1048576, d, u + s, (u + s) * 1000 / n, n / (t1 - t0) }'
done
