#!/usr/bin/env python3
"""Scores the ledger metadata check.sh wrote (OUT/meta.txt) against the truth JSON.

    tools/corpus/meta_score.py OUT_DIR [CORPUS_DIR] [DEV_DIR]     defaults: target/corpus, ../shared/corpus/dev

Per field (account, currency, period start, period end): right, null (not read: safe) and wrong, then every wrong
value. An account is right when its last four digits are the truth's (the ledger masks all but those).
"""
import glob
import json
import os
import re
import sys

FIELDS = ["account", "currency", "period_start", "period_end"]


def truths(corpus, dev):
    found = {}
    sets = [("dev", dev)] + [(os.path.basename(d.rstrip("/")), d) for d in sorted(glob.glob(os.path.join(corpus, "*/")))]
    for name, folder in sets:
        for path in glob.glob(os.path.join(folder, "*.json")):
            with open(path, encoding="utf-8") as f:
                t = json.load(f)
            if isinstance(t, dict) and t.get("kind") == "statement":
                found[(name, t["file"])] = t
    return found


def right(field, got, want):
    if got == want:
        return True
    digits = lambda s: re.sub(r"\D", "", s or "")
    return field == "account" and bool(want) and digits(got)[-4:] == digits(want)[-4:]


def main(argv):
    if not argv:
        print(__doc__.strip())
        return 2
    out = argv[0]
    corpus = argv[1] if len(argv) > 1 else "target/corpus"
    dev = argv[2] if len(argv) > 2 else "../shared/corpus/dev"
    truth = truths(corpus, dev)
    counts = {f: [0, 0, 0] for f in FIELDS}
    wrong = []
    files = 0
    with open(os.path.join(out, "meta.txt"), encoding="utf-8") as meta:
        for line in meta:
            cells = line.split()
            want = truth.get((cells[0], cells[1]))
            if want is None:
                continue
            files += 1
            for field, value in zip(FIELDS, cells[2:6]):
                got = None if value == "-" else value
                k = 1 if got is None else 0 if right(field, got, want.get(field)) else 2
                counts[field][k] += 1
                if k == 2:
                    wrong.append((cells[0], cells[1], field, got, want.get(field)))
    print("%d files with a truth" % files)
    for field in FIELDS:
        print("%-13s right %d / null %d / wrong %d" % (field, *counts[field]))
    for w in wrong:
        print("WRONG %s %s %s: %s, truth %s" % w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
