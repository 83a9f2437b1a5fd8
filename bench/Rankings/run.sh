#!/usr/bin/env bash
# Measures the rankings reads at a million player results on a throw-away PostgreSQL cluster:
# initdb in a temp folder, start on a free 127.0.0.1 port, run the bench, stop and delete it.
#
#   bench/Rankings/run.sh [--games 250000] [--players 100000] [--runs 50]
#
# Takes a few minutes (seeding ~1M rows is most of it). Not part of the test suite.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -n1)"
[[ -x "$bin/initdb" ]] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 2; }

data="$(mktemp -d /tmp/drawguess-bench-pg-XXXXXX)"
port="$(python3 "$repo/tests/free-port.py")"
as_pg=()
if ((EUID == 0)); then
  chown postgres:postgres "$data"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -w -m fast stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT

"${as_pg[@]}" "$bin/initdb" -D "$data" -A trust -U postgres --no-sync -E UTF8 >/dev/null
# Defaults except: loopback only, socket in the data folder, fsync off (this is a throw-away cluster,
# and seeding is not what is measured), shared_buffers large enough to hold the tables as a server would.
"${as_pg[@]}" "$bin/pg_ctl" -D "$data" -w -t 60 -l "$data/server.log" \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=256MB" start >/dev/null

dotnet run -c Release --project "$repo/bench/Rankings" -- \
  --connection "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" "$@"
