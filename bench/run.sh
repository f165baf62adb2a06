#!/usr/bin/env bash
# Benchmark of pdfbulk ingest against PDFBox alone (see docs/performance.md).
#   bench/run.sh [--files N[,N...]] [--workers N[,N...]] [--repeat R] [--big-pages P] [--short N]
#                [--out FILE] [--work DIR] [--no-pdftotext] [--no-build]
# Builds pdfbulk and the test classes, generates the corpus once (target/bench/corpus), then measures
# and prints the tables, also written to --out (default target/bench/report.md).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$a") ;;
  esac
done

command -v java >/dev/null || { echo "bench: java is not on PATH" >&2; exit 1; }

if [ "$build" = 1 ]; then
  # Offline first (fast, no network); a fresh clone without the dependencies in ~/.m2 falls back to online.
  mvn_build() {
    mvn "$@" -q -DskipTests package test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
  }
  echo "bench: building (mvn package test-compile)" >&2
  mvn_build -o 2>/dev/null || mvn_build
fi
for f in target/pdfbulk target/pdfbulk.jar target/test-classes/dev/pdfbulk/bench/BenchRunner.class \
         target/test-classpath.txt; do
  [ -e "$f" ] || { echo "bench: $f is missing; run without --no-build" >&2; exit 1; }
done

# GNU time gives the peak RSS; install it when we may, otherwise measure without it.
time_bin=""
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
  time_bin=/usr/bin/time
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "bench: installing GNU time for peak RSS (apt-get install -y time)" >&2
  if apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 \
       && apt-get install -y -qq time >/dev/null 2>&1; }; then
    time_bin=/usr/bin/time
  fi
fi
[ -n "$time_bin" ] || echo "bench: GNU time (/usr/bin/time -v) not available: peak RSS will not be measured" >&2
command -v pdftotext >/dev/null || echo "bench: pdftotext not installed (poppler-utils): not measured" >&2

cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx1g -cp "$cp" dev.pdfbulk.bench.BenchRunner --time "$time_bin" ${args[@]+"${args[@]}"}
