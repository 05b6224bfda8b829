#!/usr/bin/env bash
# The headless `render` command end to end on the studio's demo script, run the way a user runs it
# (`java -jar target/film-factory-*.jar render SCRIPT --out DIR`), in a fresh output folder each run:
#   wall        seconds from start to exit (JVM start, breakdown, voices, score, picture, mix, mux, check)
#   film        the film's length in seconds (ffprobe)
#   realtime    film seconds per wall second (goal: above 1.0, a 60 s film in under 60 s on 2 cores)
#   peak RSS    the process's maximum resident set (GNU time)
#   again       the same command once more into the same folder, every segment reused from DIR/.segments
# Builds the jar first when it is missing or older than the sources (./mvnw package -DskipTests).
# Arguments: [LANGUAGE en|zh (default en)] [PRESET vertical|horizontal|square|preview (default vertical)] [RUNS (3)]
# Figures are printed and appended to target/bench-render.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
language=${1:-en}
preset=${2:-vertical}
runs=${3:-3}
script=src/main/resources/screenplay/demo/$language.fountain
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/film-factory-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f | head -1)" ]; then
  ./mvnw -q -B -o package -DskipTests
  jar=$(ls target/film-factory-*.jar | grep -v '\.original$' | head -1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report=target/bench-render.txt
echo "render bench $(date -u +%FT%TZ): $script, preset $preset, $(nproc) cores, $runs runs" | tee -a "$report"
for run in $(seq 1 "$runs"); do
  out="$work/run-$run"
  /usr/bin/time -f '%e %M' -o "$work/time" "$java" -jar "$jar" render "$script" --out "$out" --preset "$preset" \
    > "$work/log" 2>&1 || { cat "$work/log"; exit 1; }
  read -r wall rss < "$work/time"
  film=$(ls "$out"/*.mp4)
  length=$(/usr/bin/ffprobe -v error -show_entries format=duration -of csv=p=0 "$film")
  /usr/bin/time -f '%e %M' -o "$work/time-again" "$java" -jar "$jar" render "$script" --out "$out" \
    --preset "$preset" > "$work/log-again" 2>&1 || { cat "$work/log-again"; exit 1; }
  read -r again _ < "$work/time-again"
  awk -v run="$run" -v wall="$wall" -v film="$length" -v rss="$rss" -v again="$again" 'BEGIN {
    printf "run %d: wall %.1f s, film %.2f s, realtime %.2fx, peak RSS %.0f MiB, again (segments reused) %.1f s\n",
      run, wall, film, film / wall, rss / 1024, again }' | tee -a "$report"
done
tail -3 "$work/log"
