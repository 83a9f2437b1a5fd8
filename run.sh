#!/usr/bin/env bash
# Runs DrawGuess on embedded defaults (in-memory game state, SQLite rankings): builds the SPA when it
# is missing or older than its sources and the server, then serves the SPA and the API on
# http://127.0.0.1:${PORT:-8080}, and says so once the server answers. Logs are plain lines for a person.
# `./run.sh --lan` listens on every interface instead, so phones and laptops on the same network can
# join, and prints the address they use.
set -euo pipefail
cd "$(dirname "$0")"
port="${PORT:-8080}"
bind="127.0.0.1"
case "${1:-}" in
  "") ;;
  --lan) bind="0.0.0.0" ;;
  *) echo "usage: ./run.sh [--lan]   (--lan: let other devices on the local network join)" >&2; exit 2 ;;
esac

# This machine's address on the local network: the source address of its default route (empty without one).
lan_address() {
  { ip -4 route get 1.1.1.1 2>/dev/null || true; } | awk '{for (i = 1; i < NF; i++) if ($i == "src") { print $(i + 1); exit }}'
}

if [ -f web/package.json ]; then
  if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules ]; then
    echo "DrawGuess: installing the web app's packages…"
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/package.json -newer web/dist/index.html -print -quit)" ]; then
    echo "DrawGuess: building the web app…"
    (cd web && npm run build --silent)
  fi
fi

echo "DrawGuess: building the server (about a minute the first time)…"
mkdir -p .data
dotnet build src/WebApi -c Release --nologo -v quiet >.data/build.log 2>&1 || { cat .data/build.log; exit 1; }

# Announces the address once /health answers; the server itself stays in the foreground (Ctrl+C stops it).
server_pid=$$
(
  for _ in $(seq 1 240); do
    kill -0 "$server_pid" 2>/dev/null || exit 0
    if (exec 3<>"/dev/tcp/127.0.0.1/${port}" && printf 'GET /health HTTP/1.0\r\n\r\n' >&3 && head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null; then
      if [ "$bind" = "0.0.0.0" ]; then
        address="$(lan_address)"
        [ -n "$address" ] || address="<this computer's address>"
        echo "DrawGuess is ready on the local network: open http://${address}:${port}"
        echo "  (open that address on this computer too: invite links and QR codes use the address you opened)"
      else
        echo "DrawGuess is ready: open http://localhost:${port}"
      fi
      exit 0
    fi
    sleep 0.5
  done
  echo "DrawGuess: the server did not answer on port ${port} within 2 minutes." >&2
) &

exec dotnet run --project src/WebApi -c Release --no-build -- \
  --urls "http://${bind}:${port}" \
  --LogFormat text \
  --Spa:Root "$PWD/web/dist" \
  --ConnectionStrings:Rankings "Data Source=$PWD/.data/drawguess-rankings.db"
