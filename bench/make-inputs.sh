#!/usr/bin/env bash
# Writes the parse benchmark inputs: real screenplays from the test corpus repeated to about 180 KB, 1 MB and 10 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/bench-inputs}
mkdir -p "$out"
corpus=src/test/resources/fountain/corpus
python3 - "$corpus" "$out" <<'PY'
import pathlib, sys
corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
names = ["the-last-birthday-card", "my-living-memory", "silent-as-murderers", "brick-and-steel", "beat-tutorial"]
body = "\n\n".join((corpus / f"{n}.fountain").read_bytes().decode("utf-8-sig").replace("\r\n", "\n") for n in names)
for label, size in [("180k", 180_000), ("1m", 1_000_000), ("10m", 10_000_000)]:
    text = (body + "\n\n") * (size // len(body.encode()) + 1)
    data = text.encode()[:size]
    data = data[: data.rfind(b"\n") + 1]
    (out / f"script-{label}.fountain").write_bytes(data)
    print(f"{label}: {len(data)} bytes")
PY
