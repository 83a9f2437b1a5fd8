#!/usr/bin/env bash
# Scrape a running DrawGuess server with a real Prometheus and check the key series.
#
#   tests/ops/scrape-check.sh http://127.0.0.1:8080
#
# Starts the Debian "prometheus" binary on 127.0.0.1 (a free port from 19090) with a
# throw-away config and TSDB that scrape BASE_URL/metrics every second, waits for a
# few scrapes, queries the HTTP API for up, drawguess_connected_players,
# drawguess_cluster_rooms and process_resident_memory_bytes, and stops Prometheus on exit.
# MIN_PLAYERS=N additionally requires at least N connected players (for use during a
# scripted game). Exits non-zero on any failed check.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BASE_URL   (e.g. http://127.0.0.1:8080)" >&2
  exit 2
fi
base_url="${1%/}"
min_players="${MIN_PLAYERS:-0}"

if [[ ! "$base_url" =~ ^(https?)://([^/]+)(/.*)?$ ]]; then
  echo "BASE_URL must look like http://host:port[/prefix]" >&2
  exit 2
fi
scheme="${BASH_REMATCH[1]}"
target="${BASH_REMATCH[2]}"
metrics_path="${BASH_REMATCH[3]:-}/metrics"

install_if_missing() {
  local missing=()
  command -v prometheus >/dev/null || missing+=(prometheus)
  command -v curl >/dev/null || missing+=(curl)
  if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  command -v node >/dev/null || { echo "node is required to read the API answers" >&2; exit 2; }
}
install_if_missing

workdir="$(mktemp -d)"
prom_pid=""
cleanup() {
  if [[ -n "$prom_pid" ]] && kill -0 "$prom_pid" 2>/dev/null; then
    kill "$prom_pid" 2>/dev/null || true
    wait "$prom_pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=19090
while port_in_use "$port"; do
  port=$((port + 1))
  ((port < 19190)) || { echo "no free port in 19090-19189" >&2; exit 1; }
done
api="http://127.0.0.1:$port/api/v1"

cat >"$workdir/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  scrape_timeout: 900ms
  evaluation_interval: 1s
scrape_configs:
  - job_name: drawguess
    scheme: $scheme
    metrics_path: $metrics_path
    static_configs:
      - targets: ["$target"]
YAML

prometheus \
  --config.file="$workdir/prometheus.yml" \
  --storage.tsdb.path="$workdir/data" \
  --storage.tsdb.retention.time=1h \
  --web.listen-address="127.0.0.1:$port" \
  --log.level=warn >"$workdir/prometheus.log" 2>&1 &
prom_pid=$!

# query EXPR -> the API's JSON answer
query() { curl -fsS --max-time 5 "$api/query" --data-urlencode "query=$1"; }

# Runs a node expression over the "result" array of a query (r) and prints its value.
judge() {
  local expr="$1" js="$2"
  query "$expr" | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      const r = JSON.parse(s).data.result;
      const v = (x) => Number(x.value[1]);
      process.stdout.write(String(('"$js"')(r, v)));
    });'
}

deadline=$((SECONDS + 30))
until curl -fsS --max-time 2 "http://127.0.0.1:$port/-/ready" >/dev/null 2>&1; do
  if ! kill -0 "$prom_pid" 2>/dev/null; then
    echo "prometheus exited:" >&2
    cat "$workdir/prometheus.log" >&2
    exit 1
  fi
  ((SECONDS < deadline)) || { echo "prometheus not ready after 30 s" >&2; exit 1; }
  sleep 0.5
done

echo "prometheus (pid $prom_pid) on 127.0.0.1:$port scraping $scheme://$target$metrics_path"
deadline=$((SECONDS + 30))
while :; do
  scrapes="$(judge 'count_over_time(up{job="drawguess"}[1m])' '(r, v) => (r.length ? v(r[0]) : 0)')"
  ((scrapes >= 5)) && break
  ((SECONDS < deadline)) || { echo "only $scrapes scrapes after 30 s" >&2; break; }
  sleep 1
done

failures=0
check() {
  local name="$1" expr="$2" js="$3" result
  result="$(judge "$expr" "$js")" || result="query failed"
  if [[ "$result" == ok* ]]; then
    echo "PASS $name: ${result#ok }"
  else
    echo "FAIL $name: $result"
    failures=$((failures + 1))
  fi
}

check "target up" 'up{job="drawguess"}' \
  '(r, v) => r.length === 1 && v(r[0]) === 1 ? "ok up=1" : "up=" + JSON.stringify(r.map(v))'
check "scrapes" 'count_over_time(up{job="drawguess"}[1m])' \
  '(r, v) => r.length && v(r[0]) >= 3 ? "ok " + v(r[0]) + " scrapes" : "too few scrapes"'
check "drawguess_connected_players" 'drawguess_connected_players{job="drawguess"}' \
  "(r, v) => r.length === 1 && Number.isInteger(v(r[0])) && v(r[0]) >= ${min_players} ? \"ok \" + v(r[0]) + \" players\" : \"got \" + JSON.stringify(r.map(v)) + \", want an integer >= ${min_players}\""
check "drawguess_cluster_rooms" 'drawguess_cluster_rooms{job="drawguess"}' \
  '(r, v) => r.length >= 1 && r.every((x) => ["waiting", "playing"].includes(x.metric.status) && Number.isInteger(v(x)) && v(x) >= 0) ? "ok " + r.map((x) => x.metric.status + "=" + v(x)).join(" ") : "got " + JSON.stringify(r.map((x) => [x.metric, v(x)]))'
check "process_resident_memory_bytes" 'process_resident_memory_bytes{job="drawguess"}' \
  '(r, v) => r.length === 1 && v(r[0]) > 10e6 && v(r[0]) < 4e9 ? "ok " + Math.round(v(r[0]) / 1e6) + " MB" : "got " + JSON.stringify(r.map(v))'
check "no scrape errors" 'scrape_samples_scraped{job="drawguess"}' \
  '(r, v) => r.length === 1 && v(r[0]) > 0 ? "ok " + v(r[0]) + " samples per scrape" : "no samples"'

if ((failures)); then
  echo "scrape-check: $failures check(s) failed"
  exit 1
fi
echo "scrape-check: all checks passed"
