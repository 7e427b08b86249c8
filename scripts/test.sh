#!/usr/bin/env bash
# `npm test`: everything CI checks, on the real engines, from a fresh clone after `npm ci`.
#  1. install (first time) and start the engines the tests use;
#  2. build every package (tsc -b, strict) and type-check the tests too;
#  3. fail if generated files (composed supergraph, SDL snapshots, codegen output) are stale, if
#     docker-compose.yml breaks the Compose specification, or if lint fails (Prettier, ESLint, import
#     cycles, knip: scripts/lint.sh);
#  4. run the unit, integration and end-to-end suites.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Every engine some suite talks to (FerretDB for catalog, OpenSearch for search, stripe-mock for payments).
SERVICES="${SERVICES:-postgres redis rabbitmq ferretdb opensearch stripe-mock}" bash scripts/services up
npx tsc -b
npx tsc -p tsconfig.tests.json
node scripts/check-generated.js
node scripts/check-compose.js
npm run -s lint
# Two workers: the machines have two cores, and every suite also drives real engines.
npx jest --ci --maxWorkers=2 --selectProjects unit integration e2e "$@"
# Suites that restart a shared engine run last and alone.
npx jest --ci --runInBand --selectProjects serial "$@"
