#!/bin/sh
# Loads and checks an SEC data set of a quarterly set's size (docs/performance.md) in a fresh JVM
# with the us-gaap rules, writing the CSV report; prints wall time and peak resident memory (GNU time
# when installed).
#
# By default the set is a real quarter tiled: ../shared/data/sec-fsds/2010q1-with-segments.zip
# (495 filings, 194,741 num rows in the current layout) copied until num.txt has LINES rows, each
# copy's filings renamed (the adsh's first two digits become the copy's number), so that the tags,
# their proportions, the segments and the values are a real quarter's, the rules bind and findings
# are written. With --custom-tags, the earlier synthetic set instead: 5,000 filings of 700 numbers
# tagged CustomElementNumberNNN (a tenth with segments), which no rule binds (0 checks): the load
# alone.
#
# The check runs as users run it, through bin/tieout (its JVM options: the quick compiler, the serial
# collector), with JAVA OPTIONS added (TIEOUT_JAVA_OPTS; e.g. -Xmx1g); with --java-defaults through
# plain `java JAVA OPTIONS -jar`, the JVM's own defaults, as this bench ran until 2026-12-07.
#
# Usage: bench/sec-quarter.sh [--custom-tags] [--java-defaults] [LINES (default 3500000)] [JAVA OPTIONS...]
# Set TIEOUT_HOME to time another checkout's build (its target/tieout.jar and bin/tieout) on the same kind of set.
set -eu
cd "$(dirname "$0")/.."
custom=false
if [ "${1:-}" = --custom-tags ]; then
  custom=true
  shift
fi
defaults=false
if [ "${1:-}" = --java-defaults ]; then
  defaults=true
  shift
fi
lines=${1:-3500000}
[ $# -gt 0 ] && shift
home=${TIEOUT_HOME:-$(pwd)}
if [ "$home" = "$(pwd)" ] && { [ ! -f target/tieout.jar ] || [ -n "$(find src pom.xml -newer target/tieout.jar -print -quit)" ]; }; then
  mvn -q -B package -DskipTests
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if $custom; then
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
else
  quarter=../shared/data/sec-fsds/2010q1-with-segments.zip
  if [ ! -f "$quarter" ]; then
    echo "sec-quarter: $quarter not found (see ../shared/data/SOURCES.md); use --custom-tags for the synthetic set" >&2
    exit 2
  fi
  (cd "$work" && unzip -q "$OLDPWD/$quarter" sub.txt num.txt && mv sub.txt one-sub.txt && mv num.txt one-num.txt)
  rows=$(($(wc -l < "$work/one-num.txt") - 1))
  copies=$(( (lines + rows - 1) / rows ))
  # The copies' filings, then their numbers up to LINES rows; copy k's adsh starts with k (00, 01, ...).
  awk -v copies="$copies" 'NR == 1 { print; next } { line[NR] = $0 }
    END { for (k = 0; k < copies; k++) for (i = 2; i <= NR; i++) print sprintf("%02d", k) substr(line[i], 3) }' \
    "$work/one-sub.txt" > "$work/sub.txt"
  awk -v copies="$copies" -v n="$lines" 'NR == 1 { print; next } { line[NR] = $0 }
    END { for (k = 0; k < copies; k++) for (i = 2; i <= NR; i++) if (written++ < n) print sprintf("%02d", k) substr(line[i], 3) }' \
    "$work/one-num.txt" > "$work/num.txt"
  rm "$work/one-sub.txt" "$work/one-num.txt"
fi
(cd "$work" && jar cfM quarter.zip sub.txt num.txt)
echo "num.txt $(($(wc -l < "$work/num.txt") - 1)) rows, $(wc -c < "$work/num.txt") bytes; zip $(wc -c < "$work/quarter.zip") bytes"
if $defaults; then
  set -- java "$@" -jar "$home/target/tieout.jar"
else
  TIEOUT_JAVA_OPTS="${TIEOUT_JAVA_OPTS:-} $*"
  export TIEOUT_JAVA_OPTS
  set -- "$home/bin/tieout"
fi
set -- "$@" check "$work/quarter.zip" --rules rules/us-gaap \
  --max-facts "$lines" --max-file-size 1G --format csv --output "$work/report.csv"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "wall %e s, cpu %U+%S s, peak RSS %M KB" "$@" || true
else
  start=$(date +%s.%N); "$@" || true; echo "wall $(echo "$(date +%s.%N) - $start" | bc) s"
fi
echo "report: $(($(wc -l < "$work/report.csv") - 1)) rows"
