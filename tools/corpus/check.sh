#!/usr/bin/env bash
# Regression check of a parser change: ingests every statement the developers have (the dev corpus and its hostile
# files, samples/, the bench corpus when generated, every generated corpus) and writes, into OUT_DIR, what to diff
# between two builds (tools/corpus/README.md, "Checking a change").
#   tools/corpus/check.sh [PDFBULK] [OUT_DIR] [CORPUS_DIR]   defaults: target/pdfbulk, target/check, target/corpus
# OUT_DIR: status.txt (set, file, status, reconciliation, failure reason), meta.txt (account, currency, period,
# opening and closing balance, transaction count), csv.txt (each CSV's MD5), scores.txt (score.py per set), and
# on stdout the status counts and every file that came out reconciled but differs from its truth (must be none).
# REPO=: the clone to check, for a copy of this script run from elsewhere (a script edited while it runs misreads).
set -euo pipefail
cd "${REPO:-$(dirname "$0")/../..}"
bin=$(realpath "${1:-target/pdfbulk}")
out=$(realpath -m "${2:-target/check}")
corpus=${3:-target/corpus}
dev=${DEV:-../shared/corpus/dev}
score=${SCORE:-../shared/tools/score.py}
[ -d "$dev" ] || echo "check: $dev not found (DEV=): the dev corpus and its hostile files are not checked" >&2
[ -f "$score" ] || echo "check: $score not found (SCORE=): no scores, no check of reconciled files against truth" >&2
tools/corpus/generate.sh "$corpus"
rm -rf "$out" && mkdir -p "$out"
sets=("dev:$dev" "bad:$dev/bad" "samples:samples")
[ -d target/bench/corpus/200+300 ] && sets+=("bench:target/bench/corpus/200+300")
for gen in tools/corpus/gen_*.py; do
  id=$(basename "$gen" .py)
  sets+=("${id#gen_}:$corpus/${id#gen_}")
done
for set in "${sets[@]}"; do
  id=${set%%:*}
  src=${set#*:}
  [ -d "$src" ] || { echo "check: $src not found: skipped" >&2; continue; }
  run="$out/run/$id"
  mkdir -p "$run/in"
  # A copy of every file but the truth: ingest moves the files that fail out of its input folder.
  find "$src/" -maxdepth 1 -type f ! -name '*.json' ! -name '.*' -exec cp {} "$run/in/" \;
  "$bin" ingest "$run/in" -o "$run/out" --db "$run/ledger.db" --failed-dir "$run/failed" --workers 2 \
    --no-progress --quiet --allow-unreconciled >/dev/null 2>&1 || true
  python3 - "$run/ledger.db" "$id" "$out" <<'PY'
import sqlite3, sys
db, name, out = sys.argv[1:]
con = sqlite3.connect(db)
with open(out + "/status.txt", "a") as status, open(out + "/meta.txt", "a") as meta:
    for row in con.execute("SELECT file_name, status, reconciliation, failure_reason, account, currency, period_start,"
                           " period_end, opening_balance, closing_balance, transaction_count FROM import_logs"
                           " ORDER BY file_name"):
        cells = ["-" if v is None else str(v).replace(" ", "_") for v in row]
        print(name, *cells[:4], file=status)
        print(name, cells[0], *cells[4:], file=meta)
PY
  if [ "$id" != bad ] && [ -f "$score" ] && ls "$src"/*.json >/dev/null 2>&1; then
    python3 "$score" "$src" "$run/out" --per-file >"$run/score.txt"
    echo "$id $(tail -1 "$run/score.txt")" >>"$out/scores.txt"
    awk -v set="$id" 'NF >= 6 && ($6 == "yes" || $6 == "no") {print set, $1, $6}' "$run/score.txt" >>"$out/exact.txt"
  fi
done
(cd "$out/run" && find . -path '*/out/*.csv' | sort | xargs -r md5sum) >"$out/csv.txt"
awk '{print $3, $4}' "$out/status.txt" | sort | uniq -c
[ -f "$out/exact.txt" ] || exit 0
# A reconciled file must be exact: the balances vouched for it.
awk 'NR == FNR {exact[$1 " " $2] = $3; next}
     $4 == "reconciled" {f = $2; sub(/\.[^.]*$/, "", f); k = $1 " " f
       if (k in exact) {n++; if (exact[k] != "yes") {bad++; print "RECONCILED-NOT-EXACT", k}}}
     END {printf "reconciled and not exact: %d of %d reconciled files with a truth\n", bad, n}' \
  "$out/exact.txt" "$out/status.txt"
