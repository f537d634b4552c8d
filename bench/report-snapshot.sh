#!/bin/sh
# Writes every report tieout makes of the sample, of generated ledgers and of each file under
# ../shared/data (when it is there) into folder OUT, one file per input and format, with each
# command's exit code beside it. Run it before and after a change that must not alter behaviour
# and compare: `diff -r BEFORE AFTER` prints nothing when every report is byte-identical.
# Usage: bench/report-snapshot.sh OUT [SHARED_DATA_DIR]
set -eu
cd "$(dirname "$0")/.."
out=$1
shared=${2:-../shared/data}
mvn -q -B package -DskipTests
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run NAME ARGS...: one command's standard output, standard error and exit code.
run() {
  name=$1; shift
  code=0
  bin/tieout "$@" > "$out/$name.out" 2> "$out/$name.err" || code=$?
  echo "$code" > "$out/$name.exit"
}

# check NAME ARGS...: the check report in every format.
check() {
  name=$1; shift
  for format in text json csv html; do
    run "$name.$format" check "$@" --no-progress --format "$format"
  done
}

check sample
check sample-strict --strict
run sample.explain explain BS-TIE --no-progress
run sample.narrative narrative samples/entree-gold/entree-gold-mdna-2013.txt --no-progress
run sample.export export --format xbrl --no-progress "$work/export"
for f in "$work"/export/*; do cp "$f" "$out/sample.export.$(basename "$f")"; done

for format in csv xlsx; do
  bin/tieout generate --facts 5000 --errors 7 --seed 3 --format "$format" "$work/gen-$format" > /dev/null
  check "generated-$format" "$work/gen-$format" --rules "$work/gen-$format/rules"
done

if [ -d "$shared" ]; then
  for f in "$shared"/sec-fsds/*.zip "$shared"/sec-financial-report/*.xlsx "$shared"/xbrl/*; do
    check "shared-$(basename "$f")" "$f" --rules rules/us-gaap
  done
fi
# The temporary folder's name changes from run to run; the reports must not.
find "$out" -type f -exec sed -i "s|$work|WORK|g" {} +
echo "reports in $out"
