#!/usr/bin/env bash
# Regression corpora: statements in layouts pdfbulk was taught to read, generated with their exact truth
# (tools/corpus/README.md). Generates them once into OUT_DIR, ingests each from a copy and prints every file's
# status, then the scores against the truth.
#   tools/corpus/run.sh [PDFBULK] [OUT_DIR]      defaults: target/pdfbulk, target/corpus
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/pdfbulk}")
out=${2:-target/corpus}
score=${SCORE:-../shared/tools/score.py}
tools/corpus/generate.sh "$out"
for gen in tools/corpus/gen_*.py; do
  id=$(basename "$gen" .py)
  id=${id#gen_}
  run="$out/run/$id"
  rm -rf "$run" && mkdir -p "$run/in"
  # A copy: ingest moves the files that fail out of its input folder.
  cp "$out/$id"/*.pdf "$run/in/"
  "$bin" ingest "$run/in" -o "$run/out" --db "$run/ledger.db" --failed-dir "$run/failed" --workers 2 \
    --no-progress --quiet --allow-unreconciled >/dev/null 2>&1 || true
  python3 - "$run/ledger.db" "$id" <<'PY'
import sqlite3, sys
db, corpus = sys.argv[1], sys.argv[2]
rows = sqlite3.connect(db).execute(
    "SELECT file_name, status, reconciliation, failure_reason FROM import_logs ORDER BY file_name")
for name, status, reconciliation, reason in rows:
    print(corpus, name, status, reconciliation or "-", reason or "-")
PY
done > "$out/status.txt"
cat "$out/status.txt"
echo
awk '{print $1, $3, $4}' "$out/status.txt" | sort | uniq -c
if [ -f "$score" ]; then
  for dir in "$out"/run/*/; do
    id=$(basename "$dir")
    echo "$id $(python3 "$score" "$out/$id" "$dir/out" | tail -1)"
  done
else
  echo "corpus: $score not found: no scores" >&2
fi
