#!/usr/bin/env bash
# Kill test (issue 7): `kill -9` an import at random moments, then check that the database is sound and
# that every article is there with all its quotes and claims or not at all; re-running the import
# completes it, and a third run changes nothing. Then the same while articles are being replaced by
# new versions: each must be wholly the old version or wholly the new one.
#
# Usage: Scripts/kill-test.sh [HEARSAY_BINARY]   (KILL_COPIES=N articles per demo file, KILL_ROUNDS=N kills)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${HEARSAY_BIN:-.build/debug/hearsay}}
[ -x "$BIN" ] || { echo "kill-test: no binary at $BIN (run swift build)" >&2; exit 1; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
COPIES=${KILL_COPIES:-80}
ROUNDS=${KILL_ROUNDS:-5}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hearsay-kill.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail() { echo "kill-test: FAIL: $*" >&2; exit 1; }

# Many distinct articles: each demo article copied with a numbered closing line, and the demo feed's
# JSON lines with numbered ids, all in one folder.
mkdir -p "$WORK/in"
for ((i = 1; i <= COPIES; i++)); do
    for f in Examples/articles/*.txt; do
        { cat "$f"; printf '\n\nThis is copy %d of the story.\n' "$i"; } > "$WORK/in/copy-$i-$(basename "$f")"
    done
    sed "s/\"id\": \"demo-feed-/\"id\": \"copy-$i-feed-/" Examples/articles/feed.jsonl >> "$WORK/in/feed.jsonl"
done
TOTAL=$(( $(find "$WORK/in" -name '*.txt' | wc -l) + $(grep -c . "$WORK/in/feed.jsonl") ))

# One line per article: key, quotes, claims.
counts() {
    "$BIN" export articles --db "$1" --format jsonl \
        | sed -E 's/^\{"article":"([^"]*)".*"quotes":([0-9]+),"claims":([0-9]+)\}$/\1 \2 \3/' | LC_ALL=C sort
}

start_ms=$(( $(date +%s%N) / 1000000 ))
"$BIN" import --db "$WORK/clean.db" "$WORK/in" > "$WORK/clean.out"
counts "$WORK/clean.db" > "$WORK/clean.counts"
[ "$(wc -l < "$WORK/clean.counts")" -eq "$TOTAL" ] || fail "clean import stored $(wc -l < "$WORK/clean.counts") of $TOTAL articles"
clean_ms=$(( $(date +%s%N) / 1000000 - start_ms ))

# Kills at random moments within the time a clean import takes; each run skips what is already
# stored, so the rounds move through the whole import. Small batches give many commit points to land between.
kill_rounds() {  # DB ROUNDS LABEL ALLOWED_COUNTS...
    local db=$1 rounds=$2 label=$3
    shift 3
    local window_ms=$(( clean_ms > 500 ? clean_ms : 500 ))
    for ((round = 1; round <= rounds; round++)); do
        "$BIN" import --db "$db" --batch-size 16 "$WORK/in" > /dev/null 2>&1 &
        local pid=$!
        local delay_ms=$(( RANDOM % window_ms + 50 ))
        sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
        kill -9 "$pid" 2> /dev/null || true
        wait "$pid" 2> /dev/null || true
        [ -e "$db" ] || continue
        "$BIN" check --db "$db" > "$WORK/check.out" 2>&1 || fail "$label $round: check failed: $(cat "$WORK/check.out")"
        counts "$db" > "$WORK/kill.counts"
        # Every article present must match one complete import, quote for quote and claim for claim.
        LC_ALL=C sort -u "$@" > "$WORK/allowed.counts"
        local bad
        bad=$(LC_ALL=C comm -23 "$WORK/kill.counts" "$WORK/allowed.counts" | head -3)
        [ -z "$bad" ] || fail "$label $round: articles stored incompletely: $bad"
        local newer=0
        [ $# -gt 1 ] && newer=$(LC_ALL=C comm -12 "$WORK/kill.counts" <(LC_ALL=C comm -13 "$1" "$2") | wc -l)
        echo "kill-test: $label $round killed after ${delay_ms} ms: $(wc -l < "$WORK/kill.counts")/$TOTAL articles ($newer new versions), database sound"
    done
}
kill_rounds "$WORK/kill.db" "$ROUNDS" "import" "$WORK/clean.counts"

# The same import again completes it ...
"$BIN" import --db "$WORK/kill.db" "$WORK/in" > "$WORK/second.out" || fail "second import failed"
"$BIN" check --db "$WORK/kill.db" > /dev/null || fail "check after the second import"
counts "$WORK/kill.db" > "$WORK/kill.counts"
cmp -s "$WORK/kill.counts" "$WORK/clean.counts" || fail "after re-import the articles differ from a clean import: $(diff "$WORK/kill.counts" "$WORK/clean.counts" | head -5)"
# ... and a third time changes nothing.
before=$("$BIN" export quotes --db "$WORK/kill.db" --format jsonl | cksum)
"$BIN" import --db "$WORK/kill.db" "$WORK/in" > "$WORK/third.out" || fail "third import failed"
grep -q "(0 new, 0 replaced, $TOTAL unchanged)" "$WORK/third.out" || fail "third import changed something: $(cat "$WORK/third.out")"
after=$("$BIN" export quotes --db "$WORK/kill.db" --format jsonl | cksum)
[ "$before" = "$after" ] || fail "third import changed the quotes"

# New versions of a third of the articles (one more quote each), imported while being killed: every
# article is then its old version or its new one, never a mix.
for f in "$WORK"/in/copy-*.txt; do
    case $f in *copy-*[0369]-*) printf '\n"We will see this through," said Corin Vasquez-Hale.\n' >> "$f" ;; esac
done
"$BIN" import --db "$WORK/clean2.db" "$WORK/in" > /dev/null
counts "$WORK/clean2.db" > "$WORK/clean2.counts"
cmp -s "$WORK/clean.counts" "$WORK/clean2.counts" && fail "the new versions did not change any article's counts"
kill_rounds "$WORK/kill.db" 2 "replace" "$WORK/clean.counts" "$WORK/clean2.counts"
"$BIN" import --db "$WORK/kill.db" "$WORK/in" > /dev/null || fail "replacing import failed"
counts "$WORK/kill.db" > "$WORK/kill.counts"
cmp -s "$WORK/kill.counts" "$WORK/clean2.counts" || fail "after the replacing import the articles differ from a clean import"
echo "kill-test: ok ($ROUNDS kills while importing, 2 while replacing; $TOTAL articles; clean import ${clean_ms} ms)"
