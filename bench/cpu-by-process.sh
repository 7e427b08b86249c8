#!/usr/bin/env bash
# CPU used by each process of the running stack during a window, from /proc (utime + stime), so a
# benchmark's cost can be split by service:
#   bash bench/cpu-by-process.sh <delay-seconds> <window-seconds> [units-per-second]
# Start it in the background right before a benchmark; with the benchmark's throughput as the third
# argument it also prints CPU milliseconds per unit (per checkout, per search...).
set -euo pipefail
delay="${1:?delay in seconds}"
window="${2:?window in seconds}"
rate="${3:-}"
sleep "$delay"

pids() {
  pgrep -f '/dist/main.js' || true
  pgrep -f 'CommerceOpenSearch' || true
  pgrep -x postgres || true
  pgrep -f 'stripe-mock' || true
  pgrep -f 'beam.smp' || true
  pgrep -x redis-server || true
  pgrep -x wrk || true
  pgrep -f 'node bench/' || true
}

name_of() {
  local cmd
  cmd="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true)"
  case "$cmd" in
    */dist/main.js*) sed -E 's#.*/(gateway|subgraphs/[a-z]+)/dist/main\.js.*#\1#' <<<"$cmd" ;;
    *CommerceOpenSearch*) echo opensearch ;;
    *beam.smp*) echo rabbitmq ;;
    *stripe-mock*) echo stripe-mock ;;
    postgres* | */bin/postgres*) echo postgresql ;;
    *redis-server*) echo redis ;;
    *bench/* | wrk*) echo load-generator ;;
    *) awk '{print $1}' <<<"$cmd" | xargs basename ;;
  esac
}

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

declare -A before
mapfile -t all < <(pids | sort -u)
for pid in "${all[@]}"; do before[$pid]=$(ticks "$pid"); done
sleep "$window"
hz=$(getconf CLK_TCK)
for pid in "${all[@]}"; do
  echo "$(name_of "$pid") $(( $(ticks "$pid") - ${before[$pid]} ))"
done | awk -v hz="$hz" -v w="$window" -v rate="$rate" '
  { used[$1] += $2 * 1000 / hz; total += $2 * 1000 / hz }
  END {
    for (p in used) {
      line = sprintf("%-22s %6.0f ms CPU/s", p, used[p] / w)
      if (rate > 0) line = line sprintf("  %6.2f ms per unit", used[p] / w / rate)
      print line
    }
    line = sprintf("%-22s %6.0f ms CPU/s", "total", total / w)
    if (rate > 0) line = line sprintf("  %6.2f ms per unit", total / w / rate)
    print line
  }' | sort -k2 -n -r
