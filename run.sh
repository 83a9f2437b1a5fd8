#!/usr/bin/env bash
# Runs DrawGuess on embedded defaults (in-memory game state, SQLite rankings): builds the SPA when it
# is missing or older than its sources, then serves the SPA and the API on http://127.0.0.1:${PORT:-8080}.
set -euo pipefail
cd "$(dirname "$0")"
port="${PORT:-8080}"

if [ -f web/package.json ]; then
  if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules ]; then
    (cd web && npm ci --no-audit --no-fund)
  fi
  if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/package.json -newer web/dist/index.html -print -quit)" ]; then
    (cd web && npm run build)
  fi
fi

mkdir -p .data
echo "DrawGuess: open http://localhost:${port}"
exec dotnet run --project src/WebApi -c Release -- \
  --urls "http://127.0.0.1:${port}" \
  --Spa:Root "$PWD/web/dist" \
  --ConnectionStrings:Rankings "Data Source=$PWD/.data/drawguess-rankings.db"
