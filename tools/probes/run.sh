#!/usr/bin/env bash
# Randomised probes for silent errors (tools/probes/README.md): generates the probes once into GEN_DIR, ingests them
# with --allow-unreconciled, scores each file and tabulates the outcomes (OUT_DIR/outcomes.txt, OUT_DIR/table.txt).
#   tools/probes/run.sh [PDFBULK] [OUT_DIR] [GEN_DIR]     defaults: target/pdfbulk, target/probes/run, target/probes/gen
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/pdfbulk}")
out=${2:-target/probes/run}
gen=${3:-target/probes/gen}
score=${SCORE:-../shared/tools/score.py}
[ -f "$gen/params.txt" ] || /usr/bin/python3 tools/probes/gen.py "$gen" >/dev/null
rm -rf "$out" && mkdir -p "$out/in"
cp "$gen"/*.pdf "$out/in/"
"$bin" ingest "$out/in" -o "$out/out" --db "$out/ledger.db" --failed-dir "$out/failed" --workers 2 --no-progress \
  --quiet --allow-unreconciled >/dev/null 2>"$out/ingest.err" || true
/usr/bin/python3 "$score" "$gen" "$out/out" --per-file >"$out/score.txt"
/usr/bin/python3 tools/probes/tab.py "$out" "$gen"
