#!/bin/sh
# The Spark job against one JVM on quarterly-size SEC data sets (docs/performance.md, issue 13 part
# 5b/5c). Generates QUARTERS synthetic quarters (num.txt of LINES lines each, default 3,500,000:
# 5,000 filings of 700 numbers, a tenth with segments, as bench/sec-quarter.sh; each quarter's
# filings its own adsh), then for each count N given (default 1 2 4) checks the first N quarters:
#   one-jvm        tieout check on each zip in turn, each in a fresh JVM (-Xmx of ONE_JVM_HEAP)
#   local[2]       bin/tieout-spark with the master local[2] (driver heap LOCAL_HEAP)
#   local-cluster  bin/tieout-spark on local-cluster[2,1,EXECUTOR_MB]: two executor JVMs apart from
#                  the driver, the rows serialised and shuffled between them
# and prints one line per run: mode, quarters, facts, wall seconds, microseconds per fact, the
# summary line. Each count is run RUNS times (default 1), the modes taking turns (A B C A B C ...),
# and then each mode's median for that count is printed. At the end, per mode, the least-squares
# line through its medians, seconds = a + b * facts, with R^2 (two counts at least; with exactly
# two the line passes through both and R^2 is 1), and each Spark mode's slope b over the one JVM's:
# the per-fact cost against one JVM's, without the fixed start-up costs in a.
# All runs of one invocation are on the same machine in the same load: compare within it.
# Usage: bench/spark.sh [N...]   e.g. bench/spark.sh 1 2 4 8;  LINES=100000 RUNS=2 bench/spark.sh 1 2
# Environment: LINES, RUNS (default 1), PARTITIONS (default 8), MODES (default "one-jvm local[2] local-cluster"),
# EXECUTOR_MB (default 1024), LOCAL_HEAP (default 6g), ONE_JVM_HEAP (default 3g), WORK (a folder
# to keep the generated quarters in between runs; default a temporary one, removed at the end),
# BASELINE (another build's folder, holding bin/tieout-spark, target/tieout.jar and
# spark/target/tieout-spark.jar and classpath.txt: each Spark mode runs with it too, right after
# this build's run, its row marked "base", so that the two jobs are compared in the same load).
set -eu
cd "$(dirname "$0")/.."
home=$(pwd)
lines=${LINES:-3500000}
repeats=${RUNS:-1}
partitions=${PARTITIONS:-8}
modes=${MODES:-one-jvm local[2] local-cluster}
executor_mb=${EXECUTOR_MB:-1024}
local_heap=${LOCAL_HEAP:-6g}
one_jvm_heap=${ONE_JVM_HEAP:-3g}
[ $# -gt 0 ] || set -- 1 2 4
case "$repeats" in
  '' | *[!0-9]* | 0) echo "spark.sh: RUNS must be a whole number of at least 1, found '$repeats'" >&2; exit 2 ;;
esac
most=0
for n in "$@"; do [ "$n" -gt "$most" ] && most=$n; done
if [ ! -f spark/target/tieout-spark.jar ] || [ ! -f target/tieout.jar ]; then
  echo "spark.sh: build first: mvn -B -ntp verify (target/tieout.jar and spark/target/tieout-spark.jar)" >&2
  exit 2
fi
if [ -n "${WORK:-}" ]; then
  work=$WORK; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi

# Quarter q (0-based): filings 0000qffff-25-..., so that no two quarters share a filing.
quarter() {
  zip="$work/q$1/2025q$1.zip"
  [ -f "$zip" ] && return 0
  mkdir -p "$work/q$1"
  awk -v q="$1" 'BEGIN { OFS = "\t"; print "adsh", "cik", "name", "form", "period";
    for (f = 0; f < 5000; f++) printf "%010d-25-%06d\t%d\tCOMPANY %d INC\t10-Q\t20250331\n", q * 5000 + f, f, q * 5000 + f, q * 5000 + f }' \
    > "$work/q$1/sub.txt"
  awk -v n="$lines" -v q="$1" 'BEGIN { OFS = "\t";
    print "adsh", "tag", "version", "ddate", "qtrs", "uom", "segments", "coreg", "value", "footnote";
    for (i = 0; i < n; i++) {
      f = i % 5000; t = int(i / 5000) % 700;
      seg = (t % 10 == 9) ? "us-gaap:StatementBusinessSegmentsAxis/abc:Segment" (t % 3) "Member;" : "";
      printf "%010d-25-%06d\tCustomElementNumber%03d\tus-gaap/2024\t2025033%d\t%d\tUSD\t%s\t\t%d000\t\n",
        q * 5000 + f, f, t, (t % 2), (t % 2) * 1, seg, i }
  }' > "$work/q$1/num.txt"
  (cd "$work/q$1" && jar cfM "2025q$1.zip" sub.txt num.txt && rm sub.txt num.txt)
}

# Seconds of wall time of the command, its output in $work/last.out.
timed() {
  start=$(date +%s.%N)
  "$@" > "$work/last.out" 2>&1 || true
  echo "$(date +%s.%N) - $start" | bc
}

row() { # mode quarters seconds summary
  facts=$(( $2 * lines ))
  printf '%-14s %2d quarters %10d facts %8.1f s %6.2f us/fact  %s\n' "$1" "$2" "$facts" "$3" \
    "$(echo "$3 * 1000000 / $facts" | bc -l)" "$4"
}

# Every run, "RUN QUARTERS FACTS SECONDS" a line (RUN: a mode, ":base" after it for BASELINE's).
times="$work/times.txt"
: > "$times"
# The median of the seconds of RUN at QUARTERS (of an even number of runs, the mean of the middle two).
median() {
  awk -v run="$1" -v n="$2" '$1 == run && $2 == n { print $4 }' "$times" | sort -g |
    awk '{ t[NR] = $1 } END { if (NR % 2) print t[(NR + 1) / 2]; else print (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

# Spark on loopback only, its web UI off.
export SPARK_LOCAL_IP=127.0.0.1
loopback="-Dspark.driver.host=127.0.0.1 -Dspark.ui.enabled=false"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
q=0
while [ "$q" -lt "$most" ]; do quarter "$q"; q=$((q + 1)); done
ls -l "$work"/q0/*.zip | awk '{ print "one quarter: " $5 " bytes zipped" }'
for n in "$@"; do
  in="$work/in$n"
  rm -rf "$in"; mkdir -p "$in"
  q=0
  while [ "$q" -lt "$n" ]; do ln -s "$work/q$q/2025q$q.zip" "$in/"; q=$((q + 1)); done
  runs=""
  for mode in $modes; do
    runs="$runs $mode"
    if [ -n "${BASELINE:-}" ] && [ "$mode" != one-jvm ]; then runs="$runs $mode:base"; fi
  done
  repeat=1
  while [ "$repeat" -le "$repeats" ]; do
    for run in $runs; do
      mode=${run%:base}
      spark=bin/tieout-spark
      label=$mode
      if [ "$run" != "$mode" ]; then spark=$BASELINE/bin/tieout-spark; label="$mode base"; fi
      case "$mode" in
        one-jvm)
          total=0
          for zip in "$in"/*.zip; do
            s=$(timed java -Xmx"$one_jvm_heap" -jar target/tieout.jar check "$zip" --rules rules/us-gaap \
              --max-facts "$lines" --max-file-size 1G --format csv --output "$work/report.csv")
            total=$(echo "$total + $s" | bc)
          done
          summary="each quarter apart; last: $(grep -m1 'checks' "$work/last.out" || tail -1 "$work/last.out")" ;;
        local\[2\])
          total=$(TIEOUT_JAVA_OPTS="-Xmx$local_heap -Dspark.master=local[2] $loopback" \
            timed "$spark" --partitions "$partitions" --output "$work/out" "$in")
          summary=$(grep -m1 'checks' "$work/last.out" || tail -3 "$work/last.out") ;;
        local-cluster)
          # Executors launched as Spark's own tests launch them: on this class path, no installation.
          total=$(SPARK_TESTING=1 SPARK_SCALA_VERSION=2.13 \
            TIEOUT_JAVA_OPTS="-Xmx2g -Dspark.master=local-cluster[2,1,$executor_mb] $loopback -Dspark.testing=true -Dspark.test.home=$home/spark/target" \
            timed "$spark" --partitions "$partitions" --output "$work/out" "$in")
          summary=$(grep -m1 'checks' "$work/last.out" || tail -3 "$work/last.out") ;;
        *) echo "spark.sh: unknown mode $mode" >&2; exit 2 ;;
      esac
      row "$label" "$n" "$total" "$summary"
      echo "$run $n $(( n * lines )) $total" >> "$times"
    done
    repeat=$((repeat + 1))
  done
  if [ "$repeats" -gt 1 ]; then
    for run in $runs; do
      row "median ${run%:base}$([ "$run" = "${run%:base}" ] || echo ' base')" "$n" "$(median "$run" "$n")" \
        "median of $repeats runs"
    done
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The least-squares line through each run's medians, and the slopes against one JVM's.
medians="$work/medians.txt"
: > "$medians"
for run in $runs; do
  for n in "$@"; do echo "$run $(( n * lines )) $(median "$run" "$n")" >> "$medians"; done
done
echo "fit over the medians: seconds = a + b * facts"
awk '
  { k = $1; if (!(k in count)) order[++keys] = k; count[k]++; x = $2; y = $3
    sx[k] += x; sy[k] += y; sxx[k] += x * x; sxy[k] += x * y; xs[k, count[k]] = x; ys[k, count[k]] = y }
  END {
    for (i = 1; i <= keys; i++) {
      k = order[i]; n = count[k]; label = k; sub(/:base$/, " base", label)
      d = n * sxx[k] - sx[k] * sx[k]
      if (n < 2 || d == 0) { printf "%-20s needs two quarter counts or more\n", label; continue }
      b = (n * sxy[k] - sx[k] * sy[k]) / d; a = (sy[k] - b * sx[k]) / n
      mean = sy[k] / n; res = 0; tot = 0
      for (j = 1; j <= n; j++) { e = ys[k, j] - (a + b * xs[k, j]); res += e * e; tot += (ys[k, j] - mean) ^ 2 }
      r2 = tot == 0 ? 1 : 1 - res / tot
      slope[k] = b
      printf "%-20s a = %7.2f s   b = %7.3f us/fact   R^2 = %.4f   (%d points)\n", label, a, b * 1e6, r2, n
    }
    if ("one-jvm" in slope && slope["one-jvm"] > 0) {
      for (i = 1; i <= keys; i++) {
        k = order[i]; if (k == "one-jvm" || !(k in slope)) continue
        label = k; sub(/:base$/, " base", label)
        printf "slope of %s over one JVM'"'"'s: %.2fx\n", label, slope[k] / slope["one-jvm"]
      }
    }
  }' "$medians"
