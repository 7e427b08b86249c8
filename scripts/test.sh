#!/usr/bin/env bash
# `npm test`: everything CI checks, on the real engines, from a fresh clone after `npm ci`.
#  1. install (first time) and start the engines the tests use;
#  2. type-check and build every package (tsc -b, strict);
#  3. fail if generated files (composed supergraph, SDL snapshots, codegen output) are stale;
#  4. run the unit, integration and end-to-end suites.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SERVICES="${SERVICES:-postgres redis rabbitmq}" bash scripts/services up
npx tsc -b
node scripts/check-generated.js
# Two workers: the machines have two cores, and every suite also drives real engines.
npx jest --ci --maxWorkers=2 "$@"
