#!/bin/sh
# pdfbulk: this file is a shell launcher followed by the runnable jar; copy it anywhere on PATH.
# PDFBULK_OPTS adds or overrides JVM options (e.g. PDFBULK_OPTS=-Xmx1g).
self="$0"
case "$self" in */*) ;; *) self=$(command -v -- "$self") ;; esac
java_cmd=java
[ -n "$JAVA_HOME" ] && java_cmd="$JAVA_HOME/bin/java"
# The class-data archive the build made beside this file: classes are mapped in, not parsed and verified.
# The JVM checks it against this jar and itself, and ignores it (silently) when either changed.
cds=""
[ -r "$self.jsa" ] && cds="-XX:SharedArchiveFile=$self.jsa -Xlog:cds*=off"
# A short ingest whose workers fill the cores runs on C1 alone: C2 would not pay for itself, and C1 then compiles each
# hot method once, not first with profiling and again once C2 turns it down (docs/performance.md, items 18 and 25).
# Java's pre-count decides the same after start (ShortRunCompilation); this guess only ever errs towards the default:
# an option it does not know, compiler options in PDFBULK_OPTS or more PDFs than the limit leave the JVM's compilers.
c1_only() {
  [ "$1" = ingest ] || return 0
  case "$PDFBULK_OPTS" in *Tiered*|*CompilationMode*|*pdfbulk.c2*) return 0 ;; esac
  shift
  dir="" workers=4 depth="-maxdepth 1"
  while [ $# -gt 0 ]; do
    case "$1" in
      --workers) [ $# -ge 2 ] || return 0; workers=$2; shift ;;
      --workers=*) workers=${1#*=} ;;
      --recursive) depth="" ;;
      -o|--output|--db|--failed-dir|--timeout|--max-file-size|--max-pages|--password|--password-file|--progress-interval-ms)
        [ $# -ge 2 ] || return 0; shift ;;
      --output=*|--db=*|--failed-dir=*|--timeout=*|--max-file-size=*|--max-pages=*|--password=*|--password-file=*) ;;
      --progress-interval-ms=*|--skip-existing|--allow-unreconciled|--verbose|--quiet|--no-progress) ;;
      --retry-failed) return 0 ;; # the failed folder's PDFs join the run, uncounted here
      -*) return 0 ;;
      *) [ -z "$dir" ] || return 0; dir=$1 ;;
    esac
    shift
  done
  cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null)
  case "$workers" in ''|*[!0-9]*) return 0 ;; esac
  case "$cores" in ''|*[!0-9]*) return 0 ;; esac
  [ -d "$dir" ] && [ "$workers" -ge "$cores" ] || return 0
  # At most 400 files and 32 MB a core (ShortRunCompilation): every name ending .pdf counts, hidden or not.
  files=$(($(find -L "$dir" -mindepth 1 $depth -iname '*.pdf' 2>/dev/null | head -n $((400 * cores + 1)) | wc -l)))
  [ "$files" -le $((400 * cores)) ] || return 0
  bytes=$(find -L "$dir" -mindepth 1 $depth -iname '*.pdf' -type f -exec ls -lLn {} + 2>/dev/null \
    | awk '{s += $5} END {printf "%.0f", s}')
  [ "$bytes" -le $((33554432 * cores)) ] && echo "-XX:TieredStopAtLevel=1"
  return 0
}
jit=$(c1_only "$@")
# Less JIT inlining, and C2 only for code three times hotter than the JVM's default: C2 compiles less, leaving the
# cores to the work (docs/performance.md, items 9 and 21). A young generation of fixed size and an old one starting at
# 64 MB: the old one is collected once full rather than filling with promoted garbage as the run goes on (item 35).
exec "$java_cmd" -Xmx512m -Xms184m -Xmn120m -XX:+UseSerialGC -Xss4m -XX:InlineSmallCode=500 -XX:FreqInlineSize=100 -XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=2000 -XX:Tier4CompileThreshold=30000 -XX:Tier4BackEdgeThreshold=120000 $cds $jit $PDFBULK_OPTS -jar "$self" "$@"
exit 1
