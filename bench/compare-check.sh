#!/bin/sh
# Compares this checkout's `tieout check` of a large generated tidy CSV with another checkout's
# (a baseline, e.g. main), in the same run: runs alternate between the two so that both see the same
# machine load. Prints each run's wall time and load phase (-Dtieout.phases=true) and, per
# checkout, the medians and bests (docs/performance.md#csv-readers). Both checkouts must be built (target/tieout.jar).
# Usage: bench/compare-check.sh BASELINE_CHECKOUT [RUNS] [FACTS]   (defaults: 7 runs, 1,000,000 facts)
set -eu
cd "$(dirname "$0")/.."
base=$(cd "$1" && pwd)
runs=${2:-7}
facts=${3:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin/tieout generate --facts "$facts" --errors 25 "$work/gen" > /dev/null
# Five fields a fact: a million facts exceed the default --max-cells.
cells=$((facts * 6))

# run CHECKOUT: "WALL_S LOAD_MS" of one check run (report to a file; exit 1 = findings, expected).
run() {
  start=$(date +%s%N)
  TIEOUT_JAVA_OPTS="-Xmx1g -Dtieout.phases=true" "$1/bin/tieout" check --no-progress --max-cells "$cells" \
    --rules "$work/gen/rules" "$work/gen/ledger.csv" > "$work/report.txt" 2> "$work/err.txt" || [ $? -eq 1 ]
  end=$(date +%s%N)
  load=$(sed -n 's/.*tieout-phase: load *\([0-9]*\) ms.*/\1/p' "$work/err.txt")
  echo "$(echo "scale=2; ($end - $start) / 1000000000" | bc) ${load:-?}"
}

: > "$work/base.txt"
: > "$work/this.txt"
run "$base" > /dev/null  # warm the file cache
for i in $(seq 1 "$runs"); do
  b=$(run "$base")
  t=$(run .)
  echo "run $i: baseline ${b% *} s (load ${b#* } ms), this ${t% *} s (load ${t#* } ms)"
  echo "$b" >> "$work/base.txt"
  echo "$t" >> "$work/this.txt"
done
# summary FILE NAME: medians and bests of the wall times and load phases.
summary() {
  n=$(wc -l < "$1")
  mid=$(((n + 1) / 2))
  walls=$(cut -d' ' -f1 "$1" | sort -n)
  loads=$(cut -d' ' -f2 "$1" | sort -n)
  echo "$2: wall median $(echo "$walls" | sed -n "${mid}p") s, best $(echo "$walls" | head -1) s;" \
    "load median $(echo "$loads" | sed -n "${mid}p") ms, best $(echo "$loads" | head -1) ms ($n runs)"
}
summary "$work/base.txt" "baseline ($base)"
summary "$work/this.txt" "this ($(pwd))"
