#!/usr/bin/env bash
# Runs builds and modes in turn, ROUNDS times over, each run a bench/compare.sh of its own (a fresh
# server, and a flushed redis-server in Redis mode): on a machine whose speed drifts within minutes,
# only runs taken in turn compare fairly (docs/performance.md). Prints a row per run as it ends.
#   bench/alternate.sh OUT_DIR ROUNDS SPEC...
# SPEC: GAME_DIR:MODE:ROOMS[:OPTIONS], MODE memory or redis, OPTIONS load.mjs options as KEY=VALUE joined by commas,
# e.g. /tmp/dg-game:redis:140 /tmp/dg-game:memory:200 /tmp/dg-game:memory:200:canvas-calls=invoke,protocol=msgpack
# Env: SECONDS_PER_RUN, WARMUP, PORT as for compare.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"; rounds="$2"; shift 2
[ "$#" -gt 0 ] || { echo "usage: bench/alternate.sh OUT_DIR ROUNDS GAME_DIR:MODE:ROOMS..." >&2; exit 2; }
mkdir -p "$out"
runs=0
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    IFS=: read -r game_dir mode rooms options <<<"$spec"
    load_args=""
    for option in ${options//,/ }; do load_args+=" --${option%%=*} ${option#*=}"; done
    case "$mode" in
      memory) live_state= ;;
      redis) live_state=redis ;;
      *) echo "unknown mode '$mode' in $spec (memory or redis)" >&2; exit 2 ;;
    esac
    runs=$((runs + 1))
    dir="$out/$(printf '%03d' "$runs")-$(basename "$game_dir")-$mode-$rooms${options:+-${options//[=,]/-}}-round$round"
    # TARGETS=game: compare.sh starts no relay, so it is given none ("-").
    TARGETS=game LIVE_STATE="$live_state" LOAD_ARGS="$load_args" SKIP_IDLE=1 "$here/compare.sh" "$game_dir" - "$dir" "$rooms" >"$dir.log" 2>&1 \
      || { echo "run failed; the end of $dir.log:" >&2; tail -n 40 "$dir.log" >&2; exit 1; }
    node "$here/runs.mjs" "$dir"
  done
done
