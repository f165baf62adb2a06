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
# Less JIT inlining: C2 compiles a third less, leaving the cores to the work (docs/performance.md).
exec "$java_cmd" -Xmx512m -XX:+UseSerialGC -Xss4m -XX:InlineSmallCode=500 -XX:FreqInlineSize=100 $cds $PDFBULK_OPTS -jar "$self" "$@"
exit 1
