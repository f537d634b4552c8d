#!/bin/sh
# A/B of two builds on the bundled sample (docs/performance.md): runs `bin/tieout check` in this
# repository and in BASELINE (another checkout or worktree, built with mvn package) in alternating
# order, RUNS times each (default 12), and prints each one's wall times in milliseconds, sorted, with
# the median. Alternating matters here: the second of two back-to-back runs is often the faster.
# Usage: bench/ab-sample.sh BASELINE [RUNS]
set -eu
this=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "${1:?usage: bench/ab-sample.sh BASELINE [RUNS]}" && pwd)
runs=${2:-12}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ "$i" -lt "$runs" ]; do
  for repo in "$base" "$this"; do
    start=$(date +%s%N)
    (cd "$repo" && bin/tieout check >/dev/null 2>&1) || true
    end=$(date +%s%N)
    echo "$repo $(( (end - start) / 1000000 ))"
  done
  i=$((i + 1))
done | sort -k1,1 -k2,2n | awk '
  { ms[$1] = ms[$1] " " $2; n[$1]++; v[$1, n[$1]] = $2 }
  END {
    for (r in n) {
      k = n[r]; med = (k % 2) ? v[r, (k + 1) / 2] : (v[r, k / 2] + v[r, k / 2 + 1]) / 2
      printf "%s: median %d ms; runs:%s\n", r, med, ms[r]
    }
  }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
