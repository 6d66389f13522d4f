#!/usr/bin/env bash
# The streaming run recorded in BENCHMARKS.md: a generated city of N communities (default 380,
# some 10^6 members) written as NDJSON, then run through `reform batch` in a 256 MB heap.
# Prints the input's size, the members decided, the heap at its fullest before and after a
# collection and after each clean-up of the old generation (from -Xlog:gc), the peak resident
# set size and the wall time (from /usr/bin/time -v). Run from the repository's root:
#
#   reform-bench/streaming-run.sh [COMMUNITIES] [FOLDER]
#
# FOLDER (default target/streaming-run) keeps city.ndjson, results.ndjson, batch.err, gc.log
# and time.txt.
set -euo pipefail

communities=${1:-380}
work=${2:-target/streaming-run}
jar=reform-cli/target/reform.jar
heap=256m

if [[ ! -f $jar ]]; then
  mvn -B -q -pl reform-cli -am package -DskipTests
fi
mkdir -p "$work"

start=$(date +%s)
java -jar "$jar" generate --communities "$communities" --out "$work/city.ndjson"
generated=$(($(date +%s) - start))

status=0
/usr/bin/time -v -o "$work/time.txt" \
  java -Xmx$heap -Xlog:gc:file="$work/gc.log" -jar "$jar" batch "$work/city.ndjson" \
  > "$work/results.ndjson" 2> "$work/batch.err" || status=$?

bytes=$(stat -c %s "$work/city.ndjson")
lines=$(wc -l < "$work/results.ndjson")
members=$(grep -o '"members":[0-9]*' "$work/results.ndjson" | awk -F: '{s += $2} END {print s}')
persons=$(grep -o '"decisions":[0-9]*' "$work/results.ndjson" | awk -F: '{s += $2} END {print s}')
# "Pause Young (Normal) (G1 Evacuation Pause) 150M->38M(256M) 4.1ms": before -> after (heap)
before=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | awk -F'M->' '{if ($1 > m) m = $1} END {print m}')
after=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | awk -F'->' '{sub("M", "", $2); if ($2 + 0 > m) m = $2 + 0} END {print m}')
collections=$(grep -c 'Pause' "$work/gc.log" || true)
full=$(grep -c 'Pause Full' "$work/gc.log" || true)
# after each mixed collection (the old generation cleaned up after a marking cycle), in order:
# what stays between dossiers, which must not grow with the stream
mixed=$(grep 'Pause Young (Mixed)' "$work/gc.log" | grep -o '[0-9]*M->[0-9]*M' \
  | awk -F'M->' '{sub("M", "", $2); printf "%s%d", (NR > 1 ? " " : ""), $2}' || true)
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")

echo "batch exit code:            $status"
echo "input:                      $bytes bytes of NDJSON, $communities dossiers, $lines result lines"
echo "members decided:            $members (of $persons persons with an organization)"
echo "heap limit:                 $heap"
echo "heap at its fullest:        ${before} MB before a collection, ${after} MB after ($collections collections, $full full)"
echo "heap after old-gen clean-ups: ${mixed:-none} (MB, in order)"
echo "peak resident set size:     $((rss / 1024)) MB"
echo "wall time:                  $wall (batch); ${generated} s to generate the input"
tail -n 12 "$work/batch.err"
