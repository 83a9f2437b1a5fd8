#!/usr/bin/env bash
# Runs a GitOps overlay on this machine as the cluster would, and plays games through it:
#
#   deploy/rehearse.sh [production|alpha]        (root; Linux network namespaces)
#
# Reads the rendered overlay (kubectl kustomize gitops/overlays/<overlay>) and runs each replica of
# the Deployment as the published server (the Dockerfile's publish step) in a network namespace of
# its own on a bridge (a /28 of a documentation range, no route out), with the container's env, user, working
# directory, /tmp and port; Redis as its StatefulSet declares it and PostgreSQL for the rankings, in
# namespaces of their own under the names the manifests use; a kubelet stand-in probing from outside;
# nginx on 127.0.0.1 as the ingress. Then: the load tool's smoke run, games in several rooms, the
# HPA's decision from scraped metrics, a rolling update, kill -9, the Redis primary killed, PostgreSQL down
# for a while. See docs/operations.md#rehearsing-the-deployment. Removes everything it created on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
overlay="${1:-production}"
[ -d "gitops/overlays/$overlay" ] || { echo "no overlay gitops/overlays/$overlay" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "the rehearsal needs root (network namespaces)" >&2; exit 2; }

prefix="dgr$(( $$ % 10000 ))"
# Outside /tmp: each pod gets its own /tmp (its emptyDir), which would hide a work folder there.
work="$(mktemp -d /var/tmp/drawguess-rehearsal.XXXXXX)"

cleanup() {
  local status=$? ns pid log
  if [ "$status" -ne 0 ] && [ -d "$work" ]; then
    for log in "$work"/pods/*/server.log "$work"/redis/*.log "$work"/postgres.log "$work"/nginx/error.log; do
      [ -f "$log" ] && { echo "---- last lines of ${log#"$work"/}"; tail -n 15 "$log"; }
    done
    # Last, so that a CI log's tail shows what failed and why.
    [ -f "$work/outcome.txt" ] && { echo "----"; cat "$work/outcome.txt"; }
  fi
  if [ -n "${REHEARSAL_LOGS:-}" ] && [ -d "$work" ]; then
    mkdir -p "$REHEARSAL_LOGS"
    (cd "$work" && find pods redis nginx postgres.log outcome.txt \( -name '*.log' -o -name outcome.txt \) -exec cp --parents -t "$REHEARSAL_LOGS" {} + 2>/dev/null) || true
  fi
  for ns in $(ip netns list 2>/dev/null | awk -v p="$prefix-" 'index($1, p) == 1 {print $1}'); do
    for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
    ip netns del "$ns" 2>/dev/null || true
    rm -rf "/etc/netns/$ns"
  done
  ip link del "${prefix}br" 2>/dev/null || true
  # The pods' CPU-limit groups (deploy/rehearsal/cluster.mjs, CpuLimit), once their processes are gone.
  for group in /sys/fs/cgroup/cpu/"$prefix"-* /sys/fs/cgroup/"$prefix"-*; do
    [ -d "$group" ] || continue
    for _ in 1 2 3 4 5 6 7 8 9 10; do rmdir "$group" 2>/dev/null && break; sleep 0.2; done
  done
  if [ -f "$work/nginx/nginx.pid" ]; then kill -9 "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

install_missing() {
  local missing=() package
  for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "== installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
redis_preinstalled=true; dpkg -s redis-server >/dev/null 2>&1 || redis_preinstalled=false
sentinel_preinstalled=true; dpkg -s redis-sentinel >/dev/null 2>&1 || sentinel_preinstalled=false
install_missing iproute2 nginx-light redis-server redis-sentinel postgresql openssl util-linux
# Debian's packages start their daemons where they can; the rehearsal starts its own.
if [ "$redis_preinstalled" = false ] && [ -f /run/redis/redis-server.pid ]; then
  kill "$(cat /run/redis/redis-server.pid)" 2>/dev/null || true
fi
if [ "$sentinel_preinstalled" = false ] && [ -f /run/sentinel/redis-sentinel.pid ]; then
  kill "$(cat /run/sentinel/redis-sentinel.pid)" 2>/dev/null || true
fi
[ -d tests/ops/node_modules/yaml ] || (cd tests/ops && npm ci --no-audit --no-fund --loglevel=error)
[ -d bench/node_modules/@microsoft/signalr ] || (cd bench && npm ci --no-audit --no-fund --loglevel=error)

# A /28 of the documentation ranges that no route of this machine covers (its own uplink may sit in
# 192.0.2.0/24, and another rehearsal may hold a /28).
subnet=""
for range in 192.0.2 198.51.100 203.0.113; do
  for i in $(seq 0 15); do
    candidate="$range.$((i * 16))"
    if ! ip -4 route show to match "$candidate/28" | grep -vq '^default'; then subnet="$candidate"; break 2; fi
  done
done
[ -n "$subnet" ] || { echo "no free /28 in the documentation ranges" >&2; exit 1; }

echo "== rendering gitops/overlays/$overlay"
kubectl kustomize "gitops/overlays/$overlay" >"$work/rendered.yaml"

echo "== publishing the server as the Dockerfile does"
# Reuses the Release build when there is one (./test.sh builds it first).
no_build=()
[ -f src/WebApi/bin/Release/net10.0/DrawGuess.WebApi.dll ] && no_build=(--no-build)
dotnet publish src/WebApi/DrawGuess.WebApi.csproj -c Release "${no_build[@]}" --nologo -v quiet \
  -p:UseAppHost=false -o "$work/app" >/dev/null
if [ -f web/dist/index.html ]; then cp -r web/dist "$work/app/wwwroot"; fi
chmod -R a+rX "$work"
chmod 755 "$work"

version="0.0.0-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
node deploy/rehearsal/rehearse.mjs --overlay "$overlay" --repo "$repo" --rendered "$work/rendered.yaml" --app "$work/app" \
  --work "$work" --prefix "$prefix" --subnet "$subnet" --version "$version" ${REHEARSAL_ROOMS:+--rooms "$REHEARSAL_ROOMS"} \
  ${REHEARSAL_PG_OUTAGE:+--pgOutage "$REHEARSAL_PG_OUTAGE"}
