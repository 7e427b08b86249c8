#!/usr/bin/env bash
# CPU used by each process of the running stack during a window, from /proc (utime + stime), so a
# benchmark's cost can be split by service:
#   bash bench/cpu-by-process.sh <delay-seconds> <window-seconds> [units-per-second]
# Start it in the background right before a benchmark; with the benchmark's throughput as the third
# argument it also prints CPU milliseconds per unit (per checkout, per search...).
# (bench/checkout.js measures this itself over its timed window: bench/lib/process-cpu.js.)
set -euo pipefail
exec node "$(dirname "$0")/lib/process-cpu.js" "$@"
