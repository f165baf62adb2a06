#!/usr/bin/env bash
# Per-thread CPU seconds of a Java command, read from /proc until it exits (docs/performance.md, "Where the
# time goes"). Threads of one pool are added up under their name without the number.
#   bench/thread-cpu.sh target/pdfbulk ingest DIR --workers 2 --no-progress
# The command's own output goes to target/bench/thread-cpu.{out,err}. Threads are sampled every 0.2 s, so what a
# thread used after its last sample is missed: use it on runs of several seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
"$@" >target/bench/thread-cpu.out 2>target/bench/thread-cpu.err &
launcher=$!
declare -A ticks
hz=$(getconf CLK_TCK)
while kill -0 "$launcher" 2>/dev/null; do
  # The launcher execs java, so the command's pid is the JVM's.
  for task in /proc/"$launcher"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    stat=$(sed 's/.*) //' "$task/stat" 2>/dev/null) || continue
    # Fields after the name: utime and stime are the 12th and 13th.
    t=$(awk '{print $12 + $13}' <<<"$stat")
    ticks["${task##*/} $name"]=$t
  done
  sleep 0.2
done
wait "$launcher" || echo "thread-cpu: the command exited with $?" >&2
declare -A by_name
for key in "${!ticks[@]}"; do
  name=$(sed 's/[0-9]*$//' <<<"${key#* }")
  by_name[$name]=$(( ${by_name[$name]:-0} + ${ticks[$key]} ))
done
for name in "${!by_name[@]}"; do
  awk -v t="${by_name[$name]}" -v hz="$hz" -v n="$name" 'BEGIN { if (t > 0) printf "%8.2f  %s\n", t / hz, n }'
done | sort -rn
