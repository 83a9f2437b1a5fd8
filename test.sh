#!/usr/bin/env bash
# Runs every test: .NET unit, architecture and integration suites (in-process server, real SignalR
# connections over WebSockets, real SQLite).
set -euo pipefail
cd "$(dirname "$0")"

dotnet build DrawGuess.sln -c Release --nologo -v quiet
dotnet test DrawGuess.sln -c Release --no-build --nologo --logger "console;verbosity=minimal"
