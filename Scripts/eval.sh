#!/usr/bin/env bash
# make eval: import the shared seeds and PolNeAR dev set, export, and score against the gold.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/hearsay}
SHARED=${SHARED:-../shared}
if [ ! -d "$SHARED/seeds" ] || [ ! -f "$SHARED/tools/score.py" ]; then
    echo "eval skipped: $SHARED (seeds, gold, tools/score.py) not found"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== seeds ($SHARED/seeds)"
"$BIN" import --db "$tmp/seeds.db" "$SHARED/seeds"
for kind in quotes claims articles; do
    "$BIN" export "$kind" --db "$tmp/seeds.db" --format jsonl --output "$tmp/seeds-$kind.jsonl" 2>/dev/null
done
python3 "$SHARED/tools/score.py" --gold "$SHARED/gold" --quotes "$tmp/seeds-quotes.jsonl" \
    --claims "$tmp/seeds-claims.jsonl" --articles "$tmp/seeds-articles.jsonl" >"$tmp/seeds-score.txt"
tail -1 "$tmp/seeds-score.txt"
echo
grep -E '^metadata_(fields|correct):' "$tmp/seeds-score.txt" | tr '\n' ' '
echo

if [ -f "$SHARED/polnear/dev/articles.jsonl" ]; then
    echo "== PolNeAR dev ($SHARED/polnear/dev)"
    "$BIN" import --db "$tmp/dev.db" "$SHARED/polnear/dev/articles.jsonl"
    "$BIN" export quotes --db "$tmp/dev.db" --format jsonl --output "$tmp/dev-quotes.jsonl" 2>/dev/null
    python3 "$SHARED/tools/score.py" --gold "$SHARED/polnear/dev/gold" --quotes "$tmp/dev-quotes.jsonl" | tail -1
    echo "confidence against the share of right speakers (Scripts/calibration.py):"
    python3 Scripts/calibration.py --tools "$SHARED/tools" --gold "$SHARED/polnear/dev/gold" \
        --quotes "$tmp/dev-quotes.jsonl"
    echo
fi
