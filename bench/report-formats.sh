#!/bin/sh
# Times `tieout check --output FILE` in each report format on one synthetic ledger (tieout generate,
# 80 planted errors), in the same run, and prints each format's wall and CPU time (medians of RUNS
# fresh JVMs, as bin/tieout runs them) and their ratio to the text report's; then the same with
# --only failed. With --baseline DIR, another checkout's build (DIR/bin/tieout, built beforehand)
# is timed on the same ledger too, every check listed, for a before/after in one run. The runs
# take turns (per round: each format on the baseline, then on this build), so that a change in the
# machine's load falls on both.
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
load=$(cut -d' ' -f1 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M')

# One run of LAUNCHER check, labelled BUILD, FORMAT and ONLY, with the options that follow: its wall
# and CPU time (user + system) in seconds and the report's size appended to $work/times. CPU time
# is shown because on a shared machine the wall time swings with the other processes' load.
measure() {
  launcher=$1 build=$2 format=$3 only=$4
  shift 4
  out="$work/report.$build.$format"
  /usr/bin/time -f "%e %U %S" -o "$work/time" \
    "$launcher" check "$work/gen/ledger.csv" --rules "$work/gen/rules" --format "$format" --output "$out" "$@" \
    > /dev/null 2>&1 || true
  # GNU time puts "Command exited with non-zero status 1" first when checks fail: the figures are last
  tail -n 1 "$work/time" | awk -v key="$build $format $only" -v bytes="$(wc -c < "$out")" \
    '{ print key, $1, $2 + $3, bytes }' >> "$work/times"
}

# The median of column COLUMN (4 wall, 5 cpu) of the runs of BUILD FORMAT ONLY.
median() {
  awk -v key="$1 $2 $3" -v column="$4" '$1 " " $2 " " $3 == key { print $column }' "$work/times" | sort -n |
    awk '{ t[NR] = $1 } END { printf "%.2f", t[int((NR + 1) / 2)] }'
}

# Runs take turns, so that each build and format meets the same load: per round, each format on
# the baseline and then on this build, then this build's --only failed.
: > "$work/times"
round=0
while [ "$round" -lt "$runs" ]; do
  for format in text json csv html; do
    [ -n "$baseline" ] && measure "$baseline/bin/tieout" baseline "$format" all
    measure bin/tieout this "$format" all
  done
  for format in text json csv html; do
    measure bin/tieout this "$format" failed --only failed
  done
  round=$((round + 1))
done

# One row per format for BUILD and ONLY: medians, size, and ratios to that build's text report.
rows() {
  for format in text json csv html; do
    echo "$1 $format $2 $(median "$1" "$format" "$2" 4) $(median "$1" "$format" "$2" 5)" \
      "$(awk -v key="$1 $format $2" '$1 " " $2 " " $3 == key { b = $6 } END { print b }' "$work/times")" \
      "$(median "$1" text "$2" 4) $(median "$1" text "$2" 5)" | awk '{
      printf "%-9s %-6s %-7s %8s %8s %12s %8.2f %8.2f\n", $1, $2, $3, $4, $5, $6, $4 / $7, $5 / $8 }'
  done
}

echo "tieout report formats: $facts facts, median of $runs run(s) each, builds and formats taking turns," \
  "from $started to $(date -u '+%H:%M') UTC, load average $load before, $(cut -d' ' -f1 /proc/loadavg) after"
printf '%-9s %-6s %-7s %8s %8s %12s %8s %8s\n' build format only wall_s cpu_s bytes wall_x cpu_x
[ -n "$baseline" ] && rows baseline all
rows this all
rows this failed
