#!/bin/sh
# Readiness of the data container, by role. The primary is ready when it takes a write: not when
# it is full (noeviction refuses writes) nor when no replica acknowledges (min-replicas-to-write).
# A replica is ready when its link to the primary is up. A PING would stay green through both.
set -eu
role="$(redis-cli --no-auth-warning ROLE | head -n 1)"
case "$role" in
  master) [ "$(redis-cli --no-auth-warning SET "readiness-probe:$POD_NAME" ok EX 60)" = "OK" ] ;;
  slave) redis-cli --no-auth-warning INFO replication | grep -q '^master_link_status:up' ;;
  *) exit 1 ;;
esac
