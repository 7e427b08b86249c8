#!/usr/bin/env bash
# Builds and runs the unit suites on each supported Node line other than the machine's own
# (package.json "engines": ^20.19 || ^22.13 || ^24), with Node binaries from the npm registry (the
# `node` package, through npx): nothing to install by hand, no version manager.
#
#   bash scripts/node-matrix.sh                 # Node 22 and 24: build + unit suites
#   NODE_VERSIONS="24" bash scripts/node-matrix.sh -- packages/errors   # extra jest arguments
#
# The build is forced (tsc -b --force) so each version really compiles every package; the tests'
# type-check (tsconfig.tests.json) runs too. Suites that need engines can be named after `--`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

versions=${NODE_VERSIONS:-22 24}
jest_args=(--ci --maxWorkers=2 --selectProjects unit)
if [[ "${1:-}" == "--" ]]; then
  shift
  jest_args=(--ci --maxWorkers=2 "$@")
fi

for version in ${versions}; do
  node_on() { npx --yes "node@${version}" "$@"; }
  echo "node-matrix: Node $(node_on --version)"
  node_on node_modules/typescript/bin/tsc -b --force
  node_on node_modules/typescript/bin/tsc -p tsconfig.tests.json
  node_on node_modules/jest/bin/jest.js "${jest_args[@]}"
  echo "node-matrix: Node ${version} built and passed"
done
