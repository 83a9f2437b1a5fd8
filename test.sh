#!/usr/bin/env bash
# Runs every test of DrawGuess:
#   1. .NET unit, architecture and integration suites (in-process server, real SignalR connections
#      over WebSockets, real SQLite; real server processes sharing a real Redis), then the integration
#      suite once more on Redis and PostgreSQL;
#   2. the web app's unit tests (Vitest) and its end-to-end scenarios in Debian's Chromium against
#      the real server, plus a real Prometheus scraping that server;
#   3. the load tool's smoke run against that server and across two instances sharing one Redis, and one
#      short bench/alternate.sh run per mode;
#   4. the operations checks (manifests, alerts, Terraform, Dockerfile, workflows);
#   5. the deployment rehearsal: the production and alpha overlays run as declared, in network
#      namespaces behind nginx, through a rolling update and failures (deploy/rehearse.sh).
# Whatever a fresh machine lacks is installed first; every server started here listens on
# 127.0.0.1 only and is stopped on exit, also on failure.
set -euo pipefail
cd "$(dirname "$0")"
root="$PWD"
work="$(mktemp -d)"
server_pid=""
cross_pids=()
redis_pid=""
pg_dir=""

cleanup() {
  for pid in "$server_pid" "${cross_pids[@]}" "$redis_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  if [ -n "$pg_dir" ]; then
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  rm -rf "$work"
}

pg_bin() { find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -1; }
trap cleanup EXIT

section() { printf '\n==> %s\n' "$*"; }

apt_install() {
  local missing=()
  for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  section "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

free_port() { python3 "$root/tests/free-port.py" "$work/ports-handed-out"; }

section ".NET: build"
dotnet build DrawGuess.sln -c Release --nologo -v quiet

section ".NET: unit, architecture and integration tests"
apt_install postgresql
redis_preinstalled=true; dpkg -s redis-server >/dev/null 2>&1 || redis_preinstalled=false
sentinel_preinstalled=true; dpkg -s redis-sentinel >/dev/null 2>&1 || sentinel_preinstalled=false
apt_install redis-server redis-sentinel
# The cluster tests start their own Redis servers and Sentinels (and stop them); Debian's packages
# may start system ones on 6379/26379 at install: stop what this install started, never what ran before.
if [ "$redis_preinstalled" = false ] && [ -f /run/redis/redis-server.pid ]; then
  service redis-server stop >/dev/null 2>&1 || kill "$(cat /run/redis/redis-server.pid)" 2>/dev/null || true
fi
if [ "$sentinel_preinstalled" = false ] && [ -f /run/sentinel/redis-sentinel.pid ]; then
  service redis-sentinel stop >/dev/null 2>&1 || kill "$(cat /run/sentinel/redis-sentinel.pid)" 2>/dev/null || true
fi
dotnet test DrawGuess.sln -c Release --no-build --nologo --logger "console;verbosity=minimal"

section ".NET: the integration suite again on the production adapters (live state in Redis, rankings in PostgreSQL)"
redis_port="$(free_port)"
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
redis_pid=$!
pg_port="$(free_port)"
pg_dir="$(mktemp -d /tmp/drawguess-suite-pg.XXXXXX)"
chown postgres:postgres "$pg_dir"
runuser -u postgres -- "$(pg_bin)/initdb" -D "$pg_dir/data" -A trust -U postgres --no-sync -E UTF8 >/dev/null
runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/server.log" \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
# The cluster tests start their own servers; the PostgreSQL tests bring their own clusters and here
# keep their pending results in Redis.
DRAWGUESS_TEST_LIVE_STATE_REDIS="127.0.0.1:${redis_port}" \
DRAWGUESS_TEST_RANKINGS_POSTGRES="Host=127.0.0.1;Port=${pg_port};Username=postgres;Database=postgres;Pooling=false" \
  dotnet test tests/Integration -c Release --no-build --nologo --logger "console;verbosity=minimal" \
    --filter "FullyQualifiedName!~DrawGuess.IntegrationTests.Cluster"

section "Web app: install, unit tests, build"
(cd web && npm ci --no-audit --no-fund --loglevel=error && npm test && npm run build)

section "Web app: end-to-end in Chromium against the real server"
apt_install chromium
port="$(free_port)"
# The browsers and the load tool all connect from 127.0.0.1, so the per-address limits are lifted.
dotnet run --project src/WebApi -c Release --no-build -- \
  --urls "http://127.0.0.1:${port}" \
  --Spa:Root "$root/web/dist" \
  --ConnectionStrings:Rankings "Data Source=$work/e2e-rankings.db" \
  --Limits:ConnectionsPerAddress 100000 --Limits:RegistrationsPerAddressPerMinute 100000 --Limits:RoomsPerAddressPerMinute 100000 \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:${port}/health" >/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done
apt_install prometheus curl
# A real Prometheus scrapes the server while the browsers play (the check waits for a few scrapes).
(sleep 15 && bash tests/ops/scrape-check.sh "http://127.0.0.1:${port}") >"$work/scrape.log" 2>&1 &
scrape_pid=$!
(cd web && DRAWGUESS_URL="http://127.0.0.1:${port}" npm run e2e)

section "Load tool: smoke run (a few rooms play real turns; no timing asserted)"
(cd bench && npm ci --no-audit --no-fund --loglevel=error && node load.mjs --smoke --url "http://127.0.0.1:${port}")

section "Load tool: smoke run with each room's players over two server instances sharing the suite's Redis (no timing asserted)"
redis-cli -p "$redis_port" flushall >/dev/null
cross_urls=""
for _ in 1 2; do
  cross_port="$(free_port)"
  dotnet src/WebApi/bin/Release/net10.0/DrawGuess.WebApi.dll --contentRoot "$root/src/WebApi/bin/Release/net10.0" \
    --urls "http://127.0.0.1:${cross_port}" --Storage:LiveState Redis --ConnectionStrings:Redis "127.0.0.1:${redis_port}" \
    --ConnectionStrings:Rankings "Data Source=$work/cross-rankings.db" \
    --Limits:ConnectionsPerAddress 100000 --Limits:RegistrationsPerAddressPerMinute 100000 --Limits:RoomsPerAddressPerMinute 100000 \
    >"$work/cross-server-${#cross_pids[@]}.log" 2>&1 &
  cross_pids+=("$!")
  cross_urls+="${cross_urls:+,}http://127.0.0.1:${cross_port}"
done
for url in ${cross_urls//,/ }; do
  for _ in $(seq 1 120); do curl -sf "$url/health" >/dev/null && break; sleep 0.5; done
  curl -sf "$url/health" >/dev/null || { tail -n 40 "$work"/cross-server-*.log; exit 1; }
done
# Fails if any room's strokes did not reach its players on the other instance (or any stroke was lost).
(cd bench && node load.mjs --smoke --url "$cross_urls")
for pid in "${cross_pids[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
cross_pids=()

section "Load tool: bench/alternate.sh, one short run in memory and one in Redis mode (no timing asserted)"
PORT="$(free_port)" REDIS_PORT="$(free_port)" SECONDS_PER_RUN=3 WARMUP=3 bench/alternate.sh "$work/bench-alternate" 1 \
  "$root/src/WebApi/bin/Release/net10.0:memory:3" "$root/src/WebApi/bin/Release/net10.0:redis:3" | tee "$work/alternate.md"
# Columns: start, mode, rooms, stroke latency, lost / dup, ...
[ "$(awk -F' [|] ' '$3 == "3" && $5 == "0 / 0"' "$work/alternate.md" | wc -l)" -eq 2 ] \
  || { echo "expected a run in each mode, with no message lost or duplicated"; exit 1; }

section "Operations: a real Prometheus scraped the server during the games"
scrape_status=0
wait "$scrape_pid" || scrape_status=$?
cat "$work/scrape.log"
[ "$scrape_status" -eq 0 ]

section "Operations: manifests, alerts, Terraform, container and workflows"
bash tests/ops/run.sh

section "Deployment rehearsal: the rendered overlays run as the cluster would run them, games played through them"
deploy/rehearse.sh production
REHEARSAL_PG_OUTAGE=20 deploy/rehearse.sh alpha

section "All tests passed"
