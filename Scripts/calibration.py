#!/usr/bin/env python3
"""Does a quote's confidence mean what it says?

For every gold quote with a named speaker that the export found (matched as the scorer
matches them), the exported confidence and whether the exported speaker is right. Grouped by
tenths of confidence: how many, their mean confidence, the share right, and whether that share
lies within 0.05 of the mean confidence.

Usage:
  Scripts/calibration.py --gold DIR --quotes QUOTES.jsonl [--gold DIR --quotes QUOTES.jsonl ...]
                         [--tools DIR] [--markdown]

The matching and name rules are the scorer's own (`score.py` in ../shared/tools, or --tools):
imported at run time, so the script says so and exits 0 when the scorer is absent.
"""
import argparse
import os
import sys

TOLERANCE = 0.05
# A tenth with fewer quotes than this says nothing either way (one quote right or wrong moves it by 0.1 or more).
FEWEST = 10


def load_scorer(tools):
    path = os.path.join(tools, "score.py")
    if not os.path.exists(path):
        return None
    sys.path.insert(0, tools)
    import score  # noqa: E402  (found only at run time, beside the shared data)

    return score


def attributions(score, gold_dir, quotes_path):
    """(confidence, right) for each scored attribution of one gold set."""
    g = score.load_gold(gold_dir)
    entities = g["entities"]
    gold_d = score.by_doc(g["quotes"], "doc")
    pred_d = score.by_doc(score.load_jsonl(quotes_path), "article")
    covered = g["docs"] if g["docs"] is not None else set(gold_d)
    out = []
    for doc in sorted(covered):
        gold, pred = gold_d.get(doc, []), pred_d.get(doc, [])
        assign, _ = score.match_quotes(gold, pred)
        for gi, gq in enumerate(gold):
            if not gq.get("required", True) or gi not in assign or gq.get("speaker") is None:
                continue
            p = pred[assign[gi]]
            names = score.aliases_of(gq["speaker"], entities)
            for alt in gq.get("speaker_alt", []):
                names |= score.aliases_of(alt, entities)
            conf = p.get("confidence")
            if conf is None:
                continue
            out.append((float(conf), bool(score.names_match(p.get("speaker"), names))))
    return out


def table(pairs):
    """Rows (low, high, n, mean confidence, share right, within tolerance) for each tenth."""
    rows = []
    for b in range(10):
        lo, hi = b / 10, (b + 1) / 10
        inside = [(c, r) for c, r in pairs if (lo <= c < hi) or (b == 9 and c == 1.0)]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        share = sum(1 for _, r in inside if r) / len(inside)
        ok = None if len(inside) < FEWEST else abs(share - mean) <= TOLERANCE
        rows.append((lo, hi, len(inside), mean, share, ok))
    return rows


def verdict(ok):
    return "too few" if ok is None else "yes" if ok else "NO"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", action="append", required=True, help="a gold folder (repeat with --quotes)")
    ap.add_argument("--quotes", action="append", required=True, help="the quotes export for the --gold before")
    ap.add_argument("--tools", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools"))
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    a = ap.parse_args()
    if len(a.gold) != len(a.quotes):
        ap.error("give one --quotes for each --gold")
    score = load_scorer(a.tools)
    if score is None:
        print(f"calibration: {a.tools}/score.py missing; skipped")
        return 0
    pairs = []
    for gold, quotes in zip(a.gold, a.quotes):
        if not os.path.exists(os.path.join(gold, "quotes.jsonl")):
            sys.exit(f"{gold}: no quotes.jsonl")
        if not os.path.exists(quotes):
            sys.exit(f"{quotes}: no such export")
        pairs.extend(attributions(score, gold, quotes))
    rows = table(pairs)
    if a.markdown:
        print("| confidence | quotes | mean confidence | share right | within 0.05 |")
        print("| --- | ---: | ---: | ---: | --- |")
        for lo, hi, n, mean, share, ok in rows:
            print(f"| {lo:.1f}–{hi:.1f} | {n} | {mean:.3f} | {share:.3f} | {verdict(ok)} |")
    else:
        print(f"{'confidence':<12}{'quotes':>8}{'mean':>8}{'right':>8}  within {TOLERANCE}")
        for lo, hi, n, mean, share, ok in rows:
            print(f"{lo:.1f}-{hi:.1f}     {n:>8}{mean:>8.3f}{share:>8.3f}  {verdict(ok)}")
    right = sum(1 for _, r in pairs if r)
    bad = sum(1 for row in rows if row[5] is False)
    print(f"attributions {len(pairs)}, right {right}, tenths off by more than {TOLERANCE}: {bad}"
          f" (tenths of fewer than {FEWEST} quotes not judged)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
