#!/usr/bin/env bash
# The take player with many frame notes, in a real browser (Chromium at /usr/bin/chromium) on an in-JVM studio node:
# time to show the notes' markers (set in the browser, and from the server's showNotes), and to paint a noted frame's
# drawing. Note counts as arguments (default 1000 5000), e.g. `bench/player-notes-bench.sh 1000`.
# Figures are printed and appended to target/bench-player-notes.txt.
set -euo pipefail
exec "$(dirname "$0")/run-browser-bench.sh" 2g org.filmfactory.take.ui.TakePlayerNotesBrowserBench "$@"
