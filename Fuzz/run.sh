#!/bin/sh
# Runs the fuzz target for FUZZ_SECONDS (default 300), seeded with Examples/articles.
# Crashes are written to Fuzz/crashes/; turn each into a regression test (Tests/FaultTests/FuzzRegressionTests.swift).
set -eu
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${FUZZ_SECONDS:-300}
[ -x Fuzz/.build/hearsay-fuzz ] && [ -z "$(find Sources/Extraction Sources/Ingest Fuzz/FuzzTarget.swift -newer Fuzz/.build/hearsay-fuzz -name '*.swift' | head -1)" ] || Fuzz/build.sh
CORPUS=Fuzz/.build/corpus
mkdir -p "$CORPUS" Fuzz/crashes
# Seeds: every demo article, and every JSON line of the demo feeds as its own input.
for f in Examples/articles/*.txt; do cp "$f" "$CORPUS/seed-$(basename "$f")"; done
for f in Examples/articles/*.jsonl; do
    n=0
    while IFS= read -r line; do n=$((n + 1)); printf '%s\n' "$line" > "$CORPUS/seed-$(basename "$f")-$n"; done < "$f"
done
[ -d Fuzz/crashes ] && cp Fuzz/crashes/* "$CORPUS/" 2>/dev/null || true
exec Fuzz/.build/hearsay-fuzz "$CORPUS" -dict=Fuzz/hearsay.dict -max_total_time="$SECONDS_TO_RUN" -max_len=16384 \
    -timeout=20 -rss_limit_mb=3072 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 ${FUZZ_ARGS:-}
