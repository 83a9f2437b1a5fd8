#!/bin/sh
# The data container: this pod's redis-server with redis.conf, as the replica of the current
# primary unless it is the primary. Announces its stable DNS name, not its pod IP, so Sentinel
# and the servers find it again after a restart.
set -eu
here="$(dirname "$0")"
# shellcheck source=gitops/components/redis/config/primary.sh
. "$here/primary.sh"
primary="$(primary_now)"
if [ "$primary" = "$self" ]; then
  echo "redis.sh: $self starts as the primary"
else
  echo "redis.sh: $self starts as a replica of $primary"
  set -- --replicaof "$primary" 6379
fi
exec redis-server "$here/redis.conf" --dir "$REDIS_DATA" --requirepass "$REDIS_PASSWORD" --masterauth "$REDIS_PASSWORD" \
  --replica-announce-ip "$self" "$@"
