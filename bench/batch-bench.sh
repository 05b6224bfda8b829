#!/usr/bin/env bash
# Throughput of the headless `batch` command: films per hour on this node for K different scripts of the same length
# (about 60 s of film each, vertical 1080x1920 by default, offline defaults: animatic, espeak-ng voices, built-in score,
# x264 veryfast), run the way a user runs it (`java -jar target/film-factory-*.jar batch DIR --out DIR`), once per
# worker count, each time into a fresh output folder (nothing reused). Prints per run:
#   wall        seconds from start to exit (JVM start included)
#   films/hour  films made x 3600 / wall
#   film        the films' mean length in seconds (from batch-report.json)
#   peak RSS    the process's maximum resident set (GNU time)
#   stages      where the time of one film goes, summed over the films (picture = drawing + encoding)
# and the load average before and after (other builds on the machine slow it down: report figures with the load).
# Arguments: [K films (2)] [WORKERS, a list ("1 2")] [PRESET vertical|horizontal|square|preview (vertical)]
#            [SCENES per script (4): about 14-15 s of film each, so about 60 s a film]
# Builds the jar first when it is missing or older than the sources (./mvnw package -DskipTests).
# Figures are printed and appended to target/bench-batch.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
films=${1:-2}
workers_list=${2:-"1 2"}
preset=${3:-vertical}
scenes=${4:-4}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/film-factory-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f | head -1)" ]; then
  ./mvnw -q -B -o package -DskipTests
  jar=$(ls target/film-factory-*.jar | grep -v '\.original$' | head -1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/scripts"
# K scripts of one shape (the same number of scenes, actions and lines of the same word counts) with different
# places, names and words, so every film is drawn, spoken and scored afresh but all last about as long.
python3 - "$work/scripts" "$films" "$scenes" <<'PY'
import random, sys, pathlib
out, films, scenes = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
places = ["KITCHEN", "HARBOUR", "OFFICE", "STATION", "GARDEN", "ROOFTOP", "LIBRARY", "MARKET", "GARAGE", "BEACH"]
times = ["DAY", "NIGHT", "DAWN", "DUSK", "MORNING"]
names = ["ANNA", "BEN", "CLARA", "DEV", "ELSA", "FINN", "GRACE", "HUGO", "IVY", "JONAS"]
words = ("rain light door window letter coffee train river music paper clock street phone table city road "
         "storm garden bridge winter summer smile quiet shadow ticket engine signal").split()
for k in range(films):
    rnd = random.Random(k)
    text = [f"Title: Batch film {k + 1}", ""]
    for s in range(scenes):
        place = places[(k + s) % len(places)]
        inside = "INT." if (k + s) % 2 == 0 else "EXT."
        text += [f"{inside} {place} {k + 1}-{s + 1} - {times[(k + s) % len(times)]}", ""]
        a, b = names[(k + s) % len(names)], names[(k + s + 3) % len(names)]
        text += [f"{a} waits by the " + " ".join(rnd.choice(words) for _ in range(8)) + ".", ""]
        text += [a, " ".join(rnd.choice(words) for _ in range(6)).capitalize() + ".", ""]
        text += [b, " ".join(rnd.choice(words) for _ in range(6)).capitalize() + ".", ""]
    (out / f"film-{k + 1:03d}.fountain").write_text("\n".join(text) + "\n")
PY
report=target/bench-batch.txt
echo "batch bench $(date -u +%FT%TZ): $films scripts of $scenes scenes, preset $preset, $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$report"
for workers in $workers_list; do
  out="$work/films-$workers"
  /usr/bin/time -f '%e %M' -o "$work/time" "$java" -jar "$jar" batch "$work/scripts" --out "$out" \
    --preset "$preset" --workers "$workers" > "$work/log" 2>&1 || { cat "$work/log"; exit 1; }
  read -r wall rss < "$work/time"
  python3 - "$out/batch-report.json" "$workers" "$wall" "$rss" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY' | tee -a "$report"
import json, sys
report, workers, wall, rss, load = json.load(open(sys.argv[1])), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
made = [f for f in report["films"] if f["state"] == "made"]
length = sum(f["duration"] for f in made) / max(1, len(made))
stages = {}
for f in made:
    for stage, seconds in f["stageSeconds"].items():
        stages[stage] = stages.get(stage, 0) + seconds
total = sum(stages.values()) or 1
per_film = ", ".join("%.1f" % f["seconds"] for f in made)
print(f"workers {workers}: {len(made)}/{report['scripts']} films of {length:.1f} s, wall {wall:.1f} s, "
      f"{len(made) * 3600 / wall:.1f} films/hour, per film {per_film} s, "
      f"peak RSS {rss / 1024:.0f} MiB, load after {load}")
print("  stages (share of film-making time): "
      + ", ".join(f"{stage} {seconds:.1f} s ({100 * seconds / total:.0f}%)" for stage, seconds in stages.items()))
PY
done
