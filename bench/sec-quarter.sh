#!/bin/sh
# Loads and checks a synthetic SEC data set of a quarterly set's size (docs/performance.md): a
# num.txt of LINES lines (default 3,500,000, about 350 MB unzipped; 5,000 filings, 700 numbers
# each, a tenth of them with segments), zipped with the JDK's jar tool, checked with the us-gaap
# rules in a fresh JVM; prints wall time and peak resident memory (GNU time when installed).
# Usage: bench/sec-quarter.sh [LINES] [JAVA OPTIONS...]
set -eu
cd "$(dirname "$0")/.."
lines=${1:-3500000}
[ $# -gt 0 ] && shift
if [ ! -f target/tieout.jar ] || [ -n "$(find src pom.xml -newer target/tieout.jar -print -quit)" ]; then
  mvn -q -B package -DskipTests
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk 'BEGIN { OFS = "\t"; print "adsh", "cik", "name", "form", "period";
  for (f = 0; f < 5000; f++) printf "0000%06d-25-%06d\t%d\tCOMPANY %d INC\t10-Q\t20250331\n", f, f, f, f }' > "$work/sub.txt"
awk -v n="$lines" 'BEGIN { OFS = "\t";
  print "adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote";
  for (i = 0; i < n; i++) {
    f = i % 5000; t = int(i / 5000) % 700;
    seg = (t % 10 == 9) ? "us-gaap:StatementBusinessSegmentsAxis/abc:Segment" (t % 3) "Member;" : "";
    printf "0000%06d-25-%06d\tCustomElementNumber%03d\tus-gaap/2024\t2025033%d\t%d\tUSD\t%s\t\t%d000\t\n",
      f, f, t, (t % 2), (t % 2) * 1, seg, i }
}' > "$work/num.txt"
(cd "$work" && jar cfM quarter.zip sub.txt num.txt)
ls -l "$work/num.txt" "$work/quarter.zip" | awk '{ print $5, $NF }'
set -- java "$@" -jar target/tieout.jar check "$work/quarter.zip" --rules rules/us-gaap \
  --max-facts "$lines" --max-file-size 1G --format csv --output "$work/report.csv"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "wall %e s, peak RSS %M KB" "$@" || true
else
  start=$(date +%s.%N); "$@" || true; echo "wall $(echo "$(date +%s.%N) - $start" | bc) s"
fi
