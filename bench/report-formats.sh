#!/bin/sh
# Times `tieout check --output FILE` in each report format on one synthetic ledger (tieout generate,
# 80 planted errors), in the same run, and prints each format's wall and CPU time (medians of RUNS
# fresh JVMs, as bin/tieout runs them) and their ratio to the text report's; then the same with
# --only failed. With --baseline DIR, another checkout's build (DIR/bin/tieout, built beforehand)
# is timed first on the same ledger, every check listed, for a before/after in one run.
# Needs GNU time (/usr/bin/time). docs/performance.md, issue 13 item 5d.
# Usage: bench/report-formats.sh [--baseline DIR] [FACTS (default 140000)] [RUNS (default 3)]
set -eu
cd "$(dirname "$0")/.."
baseline=""
if [ "${1:-}" = --baseline ]; then
  baseline=$(cd "$2" && pwd)
  shift 2
fi
facts=${1:-140000}
runs=${2:-3}
if [ ! -f target/tieout.jar ] || [ -n "$(find src pom.xml -newer target/tieout.jar -print -quit)" ]; then
  mvn -q -B package -DskipTests
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin/tieout generate --facts "$facts" --errors 80 --format csv --seed 1 "$work/gen" > /dev/null

# "WALL CPU": the median wall time and the median CPU time (user + system) in seconds of $runs runs
# of LAUNCHER check with the options that follow. CPU time is shown because on a shared machine
# the wall time swings with the other processes' load.
median() {
  launcher=$1
  shift
  : > "$work/times"
  i=0
  while [ "$i" -lt "$runs" ]; do
    /usr/bin/time -f "%e %U %S" -o "$work/time" \
      "$launcher" check "$work/gen/ledger.csv" --rules "$work/gen/rules" "$@" > /dev/null 2>&1 || true
    # GNU time puts "Command exited with non-zero status 1" first when checks fail: the figures are last
    tail -n 1 "$work/time" | awk '{ print $1, $2 + $3 }' >> "$work/times"
    i=$((i + 1))
  done
  for column in 1 2; do
    cut -d' ' -f"$column" "$work/times" | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f ", t[int((NR + 1) / 2)] }'
  done
}

# One row per format for LAUNCHER, labelled BUILD and ONLY, then the options that follow.
formats() {
  launcher=$1 build=$2 only=$3
  shift 3
  text=""
  for format in text json csv html; do
    out="$work/report.$format"
    times=$(median "$launcher" --format "$format" --output "$out" "$@")
    [ -z "$text" ] && text=$times
    echo "$build $format $only $times $(wc -c < "$out") $text" | awk '{
      printf "%-9s %-6s %-7s %8s %8s %12s %8.2f %8.2f\n", $1, $2, $3, $4, $5, $6, $4 / $7, $5 / $8 }'
  done
}

echo "tieout report formats: $facts facts, median of $runs run(s) each, $(date -u '+%Y-%m-%d %H:%M') UTC," \
  "load average $(cut -d' ' -f1 /proc/loadavg) before"
printf '%-9s %-6s %-7s %8s %8s %12s %8s %8s\n' build format only wall_s cpu_s bytes wall_x cpu_x
[ -n "$baseline" ] && formats "$baseline/bin/tieout" baseline all
formats bin/tieout this all
formats bin/tieout this failed --only failed
