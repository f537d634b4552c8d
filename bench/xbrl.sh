#!/bin/sh
# The XBRL benchmark (docs/performance.md, "XBRL"): loads and checks, with Calculations 1.1, the
# largest shared filing (../shared/data/xbrl/amzn-10k-2022, skipped when absent) and generated
# instances of 140,000 and 1,400,000 facts (`tieout generate --format xbrl --errors 20`), each in a
# fresh JVM with bin/jvm.options and -Xmx512m, and prints the median wall time, user+system CPU,
# the peak resident set size, and whether the failed checks are exactly the planted summation
# breaks. --baseline JAR runs the same on another build first (e.g. main's), for before/after
# figures from the same run. Options: --runs N (default 3), --baseline JAR, --skip-large.
set -eu
cd "$(dirname "$0")/.."
runs=3
baseline=
large=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --skip-large) large=no; shift ;;
    *) echo "bench/xbrl.sh: unknown option $1 (expected --runs N, --baseline JAR, --skip-large)" >&2; exit 2 ;;
  esac
done
if [ ! -f target/tieout.jar ] || [ -n "$(find src pom.xml -newer target/tieout.jar -print -quit)" ]; then
  mvn -q -B package -DskipTests -Dtieout.skipSpark=true
fi
options="$(sed -e 's/#.*//' bin/jvm.options) -Xmx512m"
thp=/sys/kernel/mm/transparent_hugepage/enabled
if [ -r "$thp" ] && ! grep -q '\[never\]' "$thp"; then
  options="$options -XX:+UseTransparentHugePages"
fi
work=target/bench-xbrl
mkdir -p "$work"
sizes="140000"
[ "$large" = yes ] && sizes="140000 1400000"
for n in $sizes; do
  if [ ! -f "$work/$n/ledger.xml" ]; then
    java -Xmx1g -jar target/tieout.jar generate --format xbrl --facts "$n" --errors 20 --seed 1 "$work/$n" >/dev/null
  fi
done

# measure LABEL JAR FILE EXPECTED_FAILED: medians of $runs plain runs (report to a file, not timed separately).
measure() {
  label=$1 jar=$2 file=$3 expected=$4
  : > "$work/times"
  i=0
  while [ "$i" -lt "$runs" ]; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$work/time1" java $options -jar "$jar" check --max-file-size 1GB --max-facts 2000000 "$file" > "$work/out" 2> "$work/err" || true
    grep -v "^Command" "$work/time1" >> "$work/times"
    i=$((i + 1))
  done
  summary=$(head -1 "$work/out")
  # No summary line: the run failed (e.g. out of heap); show why instead.
  [ -n "$summary" ] || summary="no report: $(grep -m1 -E 'Error|error' "$work/err" || head -1 "$work/err")"
  failed=$(echo "$summary" | sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p')
  exact=n/a
  [ -n "$expected" ] && { [ "$failed" = "$expected" ] && exact=yes || exact="NO (${failed:-no report}, $expected planted)"; }
  wall=$(sort -n "$work/times" | awk '{ w[NR] = $1 } END { printf "%.2f (best %.2f)", w[int((NR + 1) / 2)], w[1] }')
  cpu=$(awk '{ print $2 + $3 }' "$work/times" | sort -n | awk '{ c[NR] = $1 } END { printf "%.2f", c[int((NR + 1) / 2)] }')
  rss=$(awk '$4 > m { m = $4 } END { printf "%d", m / 1024 }' "$work/times")
  printf "%-36s wall_s %s  cpu_s %s  peak_rss_mb %s  runs %s  exact %s\n" "$label" "$wall" "$cpu" "$rss" "$runs" "$exact"
  echo "    $summary"
}

planted() { grep -c ',SUM-' "$work/$1/manifest.csv"; }

for jar in $baseline target/tieout.jar; do
  tag=current
  [ "$jar" = "$baseline" ] && tag=baseline
  filing=../shared/data/xbrl/amzn-10k-2022
  if [ -d "$filing" ]; then
    measure "$tag amzn-10k-2022 (1,280 facts)" "$jar" "$filing" ""
  fi
  for n in $sizes; do
    measure "$tag generated $n facts" "$jar" "$work/$n/ledger.xml" "$(planted "$n")"
  done
done
