#!/usr/bin/env bash
# Where the CPU time of the headless `batch` command goes, by thread: one film of about 15 s per scene (vertical by
# default) made by `java -jar target/film-factory-*.jar batch`, the process's threads sampled from /proc twice a
# second, their CPU seconds (user + system) summed by thread name at the end:
#   frame-painter-*   drawing the animatic frames (Java2D)
#   batch-worker-*    encoding: libx264's threads are started from the worker and carry its name; also the sound
#                     (voices, score, mix) and the muxing, whose share the stage times in batch-report.json give
#   GC / C2 / C1      the JVM's garbage collector and compilers
# Arguments: [SCENES (1)] [PRESET vertical|horizontal|square|preview (vertical)]. Builds the jar when it is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
scenes=${1:-1}
preset=${2:-vertical}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/film-factory-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -type f | head -1)" ]; then
  ./mvnw -q -B -o package -DskipTests
  jar=$(ls target/film-factory-*.jar | grep -v '\.original$' | head -1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/scripts"
python3 - "$work/scripts/profile.fountain" "$scenes" <<'PY'
import sys
text = []
for s in range(int(sys.argv[2])):
    text += [f"INT. KITCHEN {s + 1} - DAY", "", "ANNA waits by the window with a letter and a cold cup of coffee.", "",
             "ANNA", "The train is late again tonight, as always.", "", "BEN", "Then we walk home by the river.", ""]
open(sys.argv[1], "w").write("\n".join(text))
PY
echo "batch cpu bench $(date -u +%FT%TZ): $scenes scene(s), preset $preset, $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -jar "$jar" batch "$work/scripts" --out "$work/films" --preset "$preset" --workers 1 > "$work/log" 2>&1 &
pid=$!
python3 - "$pid" "$work/films/batch-report.json" <<'PY'
import json, os, sys, time
pid, report = int(sys.argv[1]), sys.argv[2]
tick = os.sysconf("SC_CLK_TCK")
threads = {}
start = time.time()
while os.path.exists(f"/proc/{pid}"):
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2:].split()
            threads[tid] = (name, (int(fields[11]) + int(fields[12])) / tick)
    except (FileNotFoundError, ProcessLookupError, ValueError):
        pass
    time.sleep(0.5)
wall = time.time() - start
groups = {}
for name, cpu in threads.values():
    key = ("frame-painter (drawing)" if name.startswith("frame-painter") else
           "batch-worker (x264 encoding, sound, muxing)" if name.startswith("batch-worker") else
           "GC" if name.startswith("GC") or name.startswith("G1") else
           "JIT compilers" if name.startswith("C1") or name.startswith("C2") else "other JVM threads")
    groups[key] = groups.get(key, 0) + cpu
total = sum(groups.values())
film = json.load(open(report))["films"][0]
print(f"film {film['duration']:.1f} s, made in {film['seconds']:.1f} s, wall {wall:.1f} s, CPU {total:.1f} s")
for key, cpu in sorted(groups.items(), key=lambda kv: -kv[1]):
    print(f"  {key}: {cpu:.1f} s CPU ({100 * cpu / total:.0f}%)")
print("  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in film["stageSeconds"].items() if v >= 0.05))
PY
wait "$pid" || { cat "$work/log"; exit 1; }
