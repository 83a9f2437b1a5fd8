# shellcheck shell=sh
# Sourced by redis.sh and sentinel.sh: which pod is the primary now. The Sentinels of the other
# pods know (they follow every failover); when none answers (a new StatefulSet, or every pod
# restarted at once) it is pod 0, which reloads the live state from its append-only file.
self="${POD_NAME}.${REDIS_SERVICE}"

primary_now() {
  for peer in $REDIS_PEERS; do
    [ "$peer" = "$self" ] && continue
    # timeout: a peer on a lost node would hold a TCP connect for minutes.
    answer="$(timeout 3 redis-cli --no-auth-warning -h "$peer" -p 26379 SENTINEL get-master-addr-by-name "$SENTINEL_SERVICE" 2>/dev/null | head -n 1)" || answer=""
    case "$answer" in
      "" | *ERR* | *NOAUTH* | *"Could not connect"*) ;;
      *) echo "$answer"; return ;;
    esac
  done
  echo "redis-0.${REDIS_SERVICE}"
}
