#!/usr/bin/env bash
# Checks two Hearsay databases hold the same quotes, claims, people and articles: their exports
# compared with row ids removed and rows sorted (row ids and row order depend on insertion order).
# Usage: Scripts/same-exports.sh DB_A DB_B   (BIN from the environment)
set -euo pipefail
BIN=${BIN:-.build/debug/hearsay}
a=$1
b=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for kind in quotes claims people articles; do
    for side in a b; do
        db=$a
        [ "$side" = b ] && db=$b
        "$BIN" export "$kind" --db "$db" --format jsonl --output "$work/$side-$kind.jsonl" 2>/dev/null
        python3 - "$work/$side-$kind.jsonl" >"$work/$side-$kind.noid" <<'PY'
import json, sys
rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    row = json.loads(line)
    for key in ("id", "speaker_id", "claimant_id", "group"):
        row.pop(key, None)
    rows.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
print("\n".join(sorted(rows)))
PY
    done
    if cmp -s "$work/a-$kind.noid" "$work/b-$kind.noid"; then
        printf '%-8s same (%s rows)\n' "$kind" "$(wc -l <"$work/a-$kind.noid")"
    else
        printf '%-8s DIFFER\n' "$kind"
        diff "$work/a-$kind.noid" "$work/b-$kind.noid" | head -10 || true
        status=1
    fi
done
exit $status
