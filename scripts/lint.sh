#!/usr/bin/env bash
# `npm run lint`: formatting (Prettier), code rules (ESLint), import cycles (madge) and unused files,
# dependencies and exports (knip). Every step runs even when another fails, so one run shows
# everything to fix; the exit status is non-zero when any step failed (scripts/test.sh stops there).
# ESLint (one type-checked program, single-threaded) runs beside the other three, which share the
# second core: about 40 s on an idle two-core machine instead of about 65 s one after the other.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

logs=$(mktemp -d)
trap 'rm -rf "${logs}"' EXIT

prettier() {
  npx prettier --check --log-level warn \
    "{packages,subgraphs,gateway,tests,scripts,bench}/**/*.{ts,js}" \
    "*.{js,mjs}" knip.jsonc docker-compose.yml
}
eslint() { npx eslint --max-warnings 0 .; }
cycles() { node scripts/check-cycles.js; }
knip() { npx knip --no-progress; }

# Each step's output goes to its own log, shown in a fixed order once all have finished.
run() { "$1" >"${logs}/$1.log" 2>&1 && touch "${logs}/$1.ok"; }
run eslint &
eslint_pid=$!
run prettier
run cycles
run knip
wait "${eslint_pid}"

failed=()
for name in prettier eslint cycles knip; do
  echo "lint: ${name}"
  cat "${logs}/${name}.log"
  [[ -e "${logs}/${name}.ok" ]] || failed+=("${name}")
done

if ((${#failed[@]} > 0)); then
  echo "lint: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "lint: passed"
