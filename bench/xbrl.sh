#!/bin/sh
# The XBRL benchmark (docs/performance.md, "XBRL"): loads and checks, with Calculations 1.1, the
# largest shared filing (../shared/data/xbrl/amzn-10k-2022, skipped when absent) and generated
# instances of 140,000 and 1,400,000 facts (`tieout generate --format xbrl --errors 20`), each in a
# fresh JVM with bin/jvm.options and -Xmx512m, and prints the median wall time, user+system CPU,
# the peak resident set size, and whether the failed checks are exactly the planted summation
# breaks. --baseline JAR runs the same on another build (e.g. main's), for before/after figures
# from the same run; --baseline-home DIR instead runs each build as users do, DIR/bin/tieout and
# this checkout's bin/tieout (each with its class data archive when it has one; DIR is another
# checkout built with mvn package). With a baseline the runs alternate, baseline then this build,
# so that a change in the machine's load falls on both. Options: --runs N (default 3),
# --baseline JAR, --baseline-home DIR, --skip-large.
set -eu
cd "$(dirname "$0")/.."
runs=3
baseline=
baseline_home=
large=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --baseline-home) baseline_home=$(cd "$2" && pwd); shift 2 ;;
    --skip-large) large=no; shift ;;
    *) echo "bench/xbrl.sh: unknown option $1 (expected --runs N, --baseline JAR, --baseline-home DIR, --skip-large)" >&2; exit 2 ;;
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

# run1 BUILD FILE TIMES: one timed check of FILE by BUILD (a jar, or home:DIR for DIR/bin/tieout).
run1() {
  build=$1 file=$2 times=$3
  case "$build" in
    home:*)
      # shellcheck disable=SC2086
      TIEOUT_JAVA_OPTS=-Xmx512m /usr/bin/time -f "%e %U %S %M" -o "$work/time1" "${build#home:}/bin/tieout" check --no-progress \
        --max-file-size 1GB --max-facts 2000000 "$file" > "$work/out" 2> "$work/err" || true ;;
    *)
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %U %S %M" -o "$work/time1" java $options -jar "$build" check --max-file-size 1GB --max-facts 2000000 "$file" > "$work/out" 2> "$work/err" || true ;;
  esac
  grep -v "^Command" "$work/time1" >> "$times"
  cp "$work/out" "$times.out"
  cp "$work/err" "$times.err"
}

# report LABEL TIMES EXPECTED_FAILED: medians of the runs in TIMES.
report() {
  label=$1 times=$2 expected=$3
  summary=$(head -1 "$times.out")
  # No summary line: the run failed (e.g. out of heap); show why instead.
  [ -n "$summary" ] || summary="no report: $(grep -m1 -E 'Error|error' "$times.err" || head -1 "$times.err")"
  failed=$(echo "$summary" | sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p')
  exact=n/a
  [ -n "$expected" ] && { [ "$failed" = "$expected" ] && exact=yes || exact="NO (${failed:-no report}, $expected planted)"; }
  wall=$(sort -n "$times" | awk '{ w[NR] = $1 } END { printf "%.2f (best %.2f)", w[int((NR + 1) / 2)], w[1] }')
  cpu=$(awk '{ print $2 + $3 }' "$times" | sort -n | awk '{ c[NR] = $1 } END { printf "%.2f", c[int((NR + 1) / 2)] }')
  rss=$(awk '$4 > m { m = $4 } END { printf "%d", m / 1024 }' "$times")
  printf "%-36s wall_s %s  cpu_s %s  peak_rss_mb %s  runs %s  exact %s\n" "$label" "$wall" "$cpu" "$rss" "$runs" "$exact"
  echo "    $summary"
}

planted() { grep -c ',SUM-' "$work/$1/manifest.csv"; }

builds=target/tieout.jar
[ -n "$baseline" ] && builds="$baseline $builds"
[ -n "$baseline_home" ] && builds="home:$baseline_home home:$(pwd)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
filing=../shared/data/xbrl/amzn-10k-2022
inputs=""
[ -d "$filing" ] && inputs="amzn"
for n in $sizes; do inputs="$inputs $n"; done
for input in $inputs; do
  if [ "$input" = amzn ]; then file=$filing what="amzn-10k-2022 (1,280 facts)" expected=""
  else file=$work/$input/ledger.xml what="generated $input facts" expected=$(planted "$input"); fi
  b=0
  for build in $builds; do : > "$work/times.$b"; b=$((b + 1)); done
  i=0
  while [ "$i" -lt "$runs" ]; do
    b=0
    for build in $builds; do run1 "$build" "$file" "$work/times.$b"; b=$((b + 1)); done
    i=$((i + 1))
  done
  b=0
  for build in $builds; do
    tag=current
    [ "$b" = 0 ] && [ "$build" != target/tieout.jar ] && [ "$build" != "home:$(pwd)" ] && tag=baseline
    report "$tag $what" "$work/times.$b" "$expected"
    b=$((b + 1))
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
