#!/bin/sh
# The tieout benchmark (docs/performance.md): generates synthetic ledgers of 10,000, 100,000 and
# 1,000,000 facts (and 140,000 for the comparison with the reference processor, and a workbook of
# 100,000 amount cells), checks each in a fresh JVM and prints wall time, facts/s, peak heap and
# whether exactly the planted discrepancies were found. Each JVM gets bin/tieout's options
# (bin/jvm.options); --jvm-options none measures the JVM's defaults (java -jar). Options are passed
# on, e.g. --runs 5.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f target/tieout.jar ] || [ -n "$(find src pom.xml -newer target/tieout.jar -print -quit)" ]; then
  mvn -q -B package -DskipTests
fi
exec java -Xmx2g -cp target/tieout.jar tieout.bench.Benchmark "$@"
