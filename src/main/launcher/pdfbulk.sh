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
# Less JIT inlining, and C2 only for code three times hotter than the JVM's default: C2 compiles less, leaving the
# cores to the work (docs/performance.md, items 9 and 21).
exec "$java_cmd" -Xmx512m -XX:+UseSerialGC -Xss4m -XX:InlineSmallCode=500 -XX:FreqInlineSize=100 -XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=2000 -XX:Tier4CompileThreshold=30000 -XX:Tier4BackEdgeThreshold=120000 $cds $PDFBULK_OPTS -jar "$self" "$@"
exit 1
