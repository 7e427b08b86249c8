#!/usr/bin/env bash
# Search and suggest through the gateway with wrk (C, light on CPU, so the 2-core machine spends its
# time on the system under test, not on the load generator). Needs a seeded, running stack:
#   npm run start:stack & npm run seed -- --size 100000
#   bash bench/search-wrk.sh <label> [connections] [seconds]
# Requests follow a Zipf law over a population of distinct queries (bench/lib/bodies.js).
# The gateway's response cache is part of what is measured: run the stack with RESPONSE_CACHE_MB=0 to
# measure without it. Each result line carries cache_hit_ratio (answers with an Age header).
# Writes bench/results/search-wrk-<label>.json (replacing the previous run of that label; the date is
# inside, the history in docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
label="${1:?label, e.g. opensearch-100k}"
connections="${2:-20}"
seconds="${3:-20}"
url="${GATEWAY_URL:-http://127.0.0.1:4000/graphql}"
bodies="$(mktemp -d)"
population=$(node bench/lib/bodies.js "$bodies")
# Warm-up, not recorded: JIT compilation in every process and the engines' caches, as in a running shop.
for kind in search suggest; do
  BODIES_FILE="$bodies/$kind.txt" wrk -t2 -c"$connections" -d"${WARMUP_SECONDS:-5}s" -s bench/wrk/graphql.lua "$url" >/dev/null
done
search=$(BODIES_FILE="$bodies/search.txt" wrk -t2 -c"$connections" -d"${seconds}s" -s bench/wrk/graphql.lua "$url" | tail -1)
suggest=$(BODIES_FILE="$bodies/suggest.txt" wrk -t2 -c"$connections" -d"${seconds}s" -s bench/wrk/graphql.lua "$url" | tail -1)
stamp=$(date -u +%Y-%m-%dT%H-%M-%SZ)
mkdir -p bench/results
out="bench/results/search-wrk-$label.json"
printf '{"benchmark":"search-wrk","label":"%s","date":"%s","connections":%s,"seconds":%s,"order":"zipf","population":%s,"search":%s,"suggest":%s}\n' \
  "$label" "$stamp" "$connections" "$seconds" "$population" "$search" "$suggest" > "$out"
echo "search:  $search"
echo "suggest: $suggest"
echo "written to $out"
