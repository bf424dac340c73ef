#!/usr/bin/env bash
# make digests: import the seeds and PolNeAR dev and train, export quotes, claims, people and
# articles as JSON lines, and print an md5 of each with row ids taken out. A change that is not
# meant to alter what Hearsay finds must leave every digest as it was.
# Usage: Scripts/export-digests.sh [OUT_DIR]   (BIN and SHARED from the environment)
# DROP_KEYS="context occurrences" also leaves out keys added on purpose, to check that nothing
# else moved.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/hearsay}
SHARED=${SHARED:-../shared}
out=${1:-$(mktemp -d)}
mkdir -p "$out"
if [ ! -d "$SHARED/seeds" ]; then
    echo "digests skipped: $SHARED/seeds not found"
    exit 0
fi
corpora=("seeds:$SHARED/seeds")
[ -f "$SHARED/polnear/dev/articles.jsonl" ] && corpora+=("dev:$SHARED/polnear/dev/articles.jsonl")
[ -f "$SHARED/polnear/train/articles.jsonl" ] && corpora+=("train:$SHARED/polnear/train/articles.jsonl")
for entry in "${corpora[@]}"; do
    name=${entry%%:*}
    input=${entry#*:}
    db="$out/$name.db"
    rm -f "$db" "$db-wal" "$db-shm"
    "$BIN" import --db "$db" "$input" >/dev/null
    for kind in quotes claims people articles; do
        "$BIN" export "$kind" --db "$db" --format jsonl --output "$out/$name-$kind.jsonl" 2>/dev/null
        # Row ids (entity, quote and group numbers) depend on insertion order; the rest must not move.
        python3 - "$out/$name-$kind.jsonl" "${DROP_KEYS:-}" >"$out/$name-$kind.noid.jsonl" <<'PY'
import json, sys
extra = tuple(sys.argv[2].split())
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    for key in ("id", "speaker_id", "claimant_id", "group") + extra:
        row.pop(key, None)
    print(json.dumps(row, ensure_ascii=False, sort_keys=True))
PY
        printf '%-6s %-8s %s\n' "$name" "$kind" "$(md5sum <"$out/$name-$kind.noid.jsonl" | cut -c1-32)"
    done
done
