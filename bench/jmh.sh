#!/bin/sh
# JMH micro-benchmarks of the hot paths (src/test/java/tieout/bench/jmh, docs/performance.md).
# Arguments go to JMH, e.g. bench/jmh.sh HotPaths.index -f 1 -wi 2 -i 3
set -eu
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
