#!/usr/bin/env bash
# Game server vs the minimal relay at increasing room counts, each run on a freshly started server
# (127.0.0.1 only), then idle memory per connected player. Every server it starts is stopped on exit.
#   bench/compare.sh GAME_DIR RELAY_DIR OUT_DIR [ROOMS...]
# GAME_DIR:  output of `dotnet publish src/WebApi -c Release -o GAME_DIR`
# RELAY_DIR: output of `dotnet publish bench/Relay -c Release -o RELAY_DIR`
# Env: TARGETS ("game relay"), SECONDS_PER_RUN (15), WARMUP (35: past the first turn's end, so the
#      window measures code the JIT has already tiered up, not start-up), IDLE_PLAYERS (2000), IDLE_HOLD (0: seconds the idle players stay before a last reading), SKIP_IDLE=1, SKIP_LOAD=1, PORT (18090),
#      LIVE_STATE=redis: the game server keeps its live state in a throw-away redis-server on REDIS_PORT
#      (default PORT+1; flushed before each run); its CPU seconds per run are written to OUT_DIR/game-R.redis-cpu.
#      LOAD_ARGS: more load.mjs options for the load runs, e.g. "--canvas-calls invoke --protocol msgpack".
#      INSTANCES=N (with LIVE_STATE=redis): N game servers on PORT, PORT+2, ... sharing the redis-server; each room's
#      players are spread over them (load.mjs with several --url), CPU summed over them and redis-server.
#      SERVER_CPUS: the CPUs the servers may run on (taskset -c), e.g. 0 for a pod with a 1-core limit (the runtime
#      then sees one processor); run this script itself under `taskset -c 1` to keep the tool and redis-server off it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
game_dir="$1"; relay_dir="$2"; out="$3"; shift 3
rooms=("$@"); [ "${#rooms[@]}" -gt 0 ] || rooms=(25 50 100 150 200)
seconds="${SECONDS_PER_RUN:-15}"; warmup="${WARMUP:-35}"; idle_players="${IDLE_PLAYERS:-2000}"; idle_hold="${IDLE_HOLD:-0}"; port="${PORT:-18090}"
mkdir -p "$out"
instances="${INSTANCES:-1}"
pids=()
redis_pid=""
game_args=()
pin=(); [ -z "${SERVER_CPUS:-}" ] || pin=(taskset -c "$SERVER_CPUS")
# As the container image sets it (Dockerfile): on one CPU the runtime otherwise delays optimizing hot code for minutes.
export DOTNET_TC_DelaySingleProcMultiplier=1
read -r -a load_args <<<"${LOAD_ARGS:-}"
[ "$instances" = 1 ] || [ "${LIVE_STATE:-}" = redis ] || { echo "INSTANCES=$instances needs LIVE_STATE=redis (instances share their rooms through Redis)" >&2; exit 2; }
stop() {
  for pid in "${pids[@]}"; do if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; done
  pids=()
}
stop_all() { stop; if [ -n "$redis_pid" ]; then kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; fi; }
trap stop_all EXIT
# load OUT_PREFIX LOAD_ARGS...: one load.mjs run against the running server. A run that fails or whose players could
# not all connect ends the comparison with its reason and the server's log, rather than an empty row in the summary.
load() {
  local prefix="$1" status=0 failure; shift
  rm -f "$prefix.json"
  node "$here/load.mjs" --url "$urls" --server-pid "$server_pids" --out "$prefix" --quiet "$@" || status=$?
  failure="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1])).results.find((r) => r.setupError); if (r) console.log("setup failed: " + r.setupError)' "$prefix.json" 2>/dev/null || echo "no $prefix.json")"
  [ "$status" -eq 0 ] && [ -z "$failure" ] && return 0
  echo "load run $prefix failed (exit $status${failure:+, $failure}); the end of the server's log:" >&2
  tail -n 20 "$(dirname "$prefix")/$target-server.log" >&2
  exit 1
}
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$1/stat"; }

if [ "${LIVE_STATE:-}" = redis ]; then
  redis_port="${REDIS_PORT:-$((port + 1))}"
  redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$out" >"$out/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -p "$redis_port" ping >/dev/null 2>&1 || { echo "redis-server did not start on port $redis_port:" >&2; cat "$out/redis.log" >&2; exit 1; }
  game_args=(--Storage:LiveState Redis --ConnectionStrings:Redis "127.0.0.1:$redis_port")
fi

# Every simulated player connects from 127.0.0.1: the per-address limits (README "Configuration") are lifted.
limits=(--Limits:ConnectionsPerAddress 1000000 --Limits:RegistrationsPerAddressPerMinute 1000000 --Limits:RoomsPerAddressPerMinute 1000000)

urls=""; server_pids=""
server_log() { if [ "$2" -eq 0 ]; then echo "$out/$1-server.log"; else echo "$out/$1-server-$2.log"; fi; }
start() { # start game (INSTANCES of it) or relay, wait for /health; sets urls and server_pids (comma-separated)
  local what="$1" n=1 k instance_port
  [ "$what" = game ] && n="$instances"
  urls=""; server_pids=""
  for k in $(seq 0 $((n - 1))); do
    instance_port=$((port + 2 * k))
    if [ "$what" = game ]; then
      (cd "$out" && exec "${pin[@]}" dotnet "$game_dir/DrawGuess.WebApi.dll" --contentRoot "$game_dir" --urls "http://127.0.0.1:$instance_port" \
        --ConnectionStrings:Rankings "Data Source=$out/rankings.db" "${limits[@]}" "${game_args[@]}") >"$(server_log "$what" "$k")" 2>&1 &
    else
      (cd "$out" && exec "${pin[@]}" dotnet "$relay_dir/DrawGuess.Bench.Relay.dll" --contentRoot "$relay_dir" --urls "http://127.0.0.1:$instance_port") >"$(server_log "$what" "$k")" 2>&1 &
    fi
    pids+=("$!")
    urls+="${urls:+,}http://127.0.0.1:$instance_port"; server_pids+="${server_pids:+,}$!"
  done
  for k in $(seq 0 $((n - 1))); do
    instance_port=$((port + 2 * k))
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$instance_port/health" >/dev/null && continue 2; sleep 0.2; done
    echo "server $what on port $instance_port did not start; its log:" >&2; tail -n 40 "$(server_log "$what" "$k")" >&2; return 1
  done
}

if [ "${SKIP_LOAD:-}" != 1 ]; then
  for r in "${rooms[@]}"; do
    for target in ${TARGETS:-game relay}; do
      [ -n "$redis_pid" ] && redis-cli -p "$redis_port" flushall >/dev/null
      start "$target"
      redis_before=""; [ -n "$redis_pid" ] && [ "$target" = game ] && redis_before="$(cpu_seconds "$redis_pid")"
      redis_arg=(); [ -n "$redis_pid" ] && [ "$target" = game ] && redis_arg=(--redis-pid "$redis_pid")
      load "$out/$target-$r" --target "$target" --rooms "$r" --seconds "$seconds" --warmup "$warmup" "${redis_arg[@]}" "${load_args[@]}"
      [ -n "$redis_before" ] && awk -v a="$redis_before" -v b="$(cpu_seconds "$redis_pid")" 'BEGIN { print b - a }' >"$out/game-$r.redis-cpu"
      stop; sleep 2
    done
  done
fi
if [ "${SKIP_IDLE:-}" != 1 ]; then
  for target in game relay; do
    start "$target"; sleep 3
    load "$out/$target-idle-$idle_players" --target "$target" --idle --rooms "$((idle_players / 8))" --players 8 --hold "$idle_hold"
    stop; sleep 2
  done
fi
node "$here/report.mjs" "$out" > "$out/summary.md"
cat "$out/summary.md"
