#!/usr/bin/env bash
# make demo: import the sample articles, ask who said what, write a CSV.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/hearsay}
mkdir -p out
DB=out/demo.db
rm -f "$DB" "$DB-wal" "$DB-shm"
export HEARSAY_DB=$DB COLUMNS=${COLUMNS:-100}

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; }

step "$BIN" import Examples/articles
# A saved web page, and a crawl delivered as WARC.gz (each record gzipped, as crawlers write them).
step "$BIN" import Examples/pages/millbrook-ferry.html
gzip -c Examples/crawl/pell-valley.warc > out/pell-valley.warc.gz
step "$BIN" import out/pell-valley.warc.gz
step "$BIN" quotes --source "The Millbrook Ledger"
step "$BIN" stats
step "$BIN" people --limit 8
step "$BIN" quotes --limit 5
step "$BIN" who "fair deal"
step "$BIN" quotes --since 2023-01-01 --limit 3
step "$BIN" export quotes --format csv --output out/quotes.csv
echo
echo "The CSV is out/quotes.csv; the database is $DB (try: HEARSAY_DB=$DB $BIN people)."
