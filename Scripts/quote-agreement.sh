#!/usr/bin/env bash
# Do quotes survive the trip through HTML? Imports the development pages, and separately their
# gold text as plain text, then scores the first import's quotes against the second's with the
# seeds scorer (../shared/tools/score.py: its matching, P/R/F1 and attribution).
#   Scripts/quote-agreement.sh [BIN] [SHARED]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${BIN:-.build/release/hearsay}}
SHARED=${2:-${SHARED:-../shared}}
PAGES=$SHARED/html/readability/pages
GOLD=$SHARED/html/readability/gold/articles.jsonl
if [ ! -d "$PAGES" ] || [ ! -f "$SHARED/tools/score.py" ]; then
    echo "quote-agreement: $PAGES or $SHARED/tools/score.py missing; skipped"
    exit 0
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BIN" import --db "$WORK/pages.db" "$PAGES" > /dev/null 2> "$WORK/pages.err" || true
"$BIN" export quotes --db "$WORK/pages.db" --format jsonl --output "$WORK/pages-quotes.jsonl" > /dev/null 2>&1
# Each gold body as NAME.html.txt, so its key is the page's plus ".txt".
python3 - "$GOLD" "$WORK/texts" <<'PY'
import json, os, sys
gold, folder = sys.argv[1], sys.argv[2]
os.makedirs(folder)
for line in open(gold, encoding="utf-8"):
    if line.strip():
        page = json.loads(line)
        with open(os.path.join(folder, page["article"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(page.get("body") or "")
PY
"$BIN" import --db "$WORK/texts.db" "$WORK/texts" > /dev/null 2> "$WORK/texts.err" || true
"$BIN" export quotes --db "$WORK/texts.db" --format jsonl --output "$WORK/text-quotes.jsonl" > /dev/null 2>&1
# The plain-text import's quotes become the gold; every page is a document, quotes or not.
python3 - "$GOLD" "$WORK/text-quotes.jsonl" "$WORK/gold" <<'PY'
import json, os, sys
gold, quotes, folder = sys.argv[1:4]
os.makedirs(folder)
names = [json.loads(l)["article"] for l in open(gold, encoding="utf-8") if l.strip()]
with open(os.path.join(folder, "docs.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(names) + "\n")
with open(os.path.join(folder, "quotes.jsonl"), "w", encoding="utf-8") as out:
    for line in open(quotes, encoding="utf-8"):
        q = json.loads(line)
        doc = q["article"][:-4] if q["article"].endswith(".txt") else q["article"]
        out.write(json.dumps({"doc": doc, "text": q["text"], "speaker": q.get("speaker"), "required": True}) + "\n")
PY
echo "pages: $(wc -l < "$WORK/pages-quotes.jsonl") quotes; gold text as plain text: $(wc -l < "$WORK/text-quotes.jsonl") quotes"
if [ -n "${VERBOSE:-}" ]; then
    python3 "$SHARED/tools/score.py" --gold "$WORK/gold" --quotes "$WORK/pages-quotes.jsonl" -v
else
    python3 "$SHARED/tools/score.py" --gold "$WORK/gold" --quotes "$WORK/pages-quotes.jsonl" | tail -n 1
fi
