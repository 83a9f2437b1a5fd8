#!/bin/sh
# The sentinel container: writes sentinel.conf (Sentinel rewrites it, so it lives on an emptyDir)
# to watch the current primary under the service name the servers ask for, then runs Sentinel.
set -eu
here="$(dirname "$0")"
# shellcheck source=gitops/components/redis/config/primary.sh
. "$here/primary.sh"
primary="$(primary_now)"
conf="$SENTINEL_CONFIG_DIR/sentinel.conf"
cat >"$conf" <<CONF
port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel announce-ip $self
requirepass $REDIS_PASSWORD
sentinel sentinel-pass $REDIS_PASSWORD
sentinel monitor $SENTINEL_SERVICE $primary 6379 2
sentinel auth-pass $SENTINEL_SERVICE $REDIS_PASSWORD
sentinel down-after-milliseconds $SENTINEL_SERVICE 5000
sentinel failover-timeout $SENTINEL_SERVICE 30000
sentinel parallel-syncs $SENTINEL_SERVICE 1
CONF
echo "sentinel.sh: $self watches $primary as $SENTINEL_SERVICE"
exec redis-server "$conf" --sentinel
