#!/usr/bin/env bash
# Runs the whole suite with node's test runner: type check and lint first, then every *.test.ts under src/, bench/, scripts/
# and the console's web/test/ and web/e2e/ (browser journeys).
# Uses DATABASE_URL when set (each test creates and drops its own database under it); PGlite otherwise.
# Prints the spec report, then the TAP closing lines (# pass N / # fail N) that CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
echo "== type check (tsc --noEmit)"
if ! npx tsc -p tsconfig.json; then
  echo "# pass 0"; echo "# fail 1"; echo "type check failed"; exit 1
fi
if [ -d web/node_modules ]; then
  echo "== type check of the console (web/)"
  if ! (cd web && npx tsc -p tsconfig.json); then echo "# pass 0"; echo "# fail 1"; echo "console type check failed"; exit 1; fi
fi
if [ -f eslint.config.mjs ]; then
  # Lint (STYLE.md rule 20): typescript-eslint with types, DESIGN.md's module arrows, no import cycle.
  echo "== lint (eslint)"
  if ! npm run -s lint; then echo "# pass 0"; echo "# fail 1"; echo "lint failed"; exit 1; fi
fi
files=$(find src bench scripts examples web/test web/e2e -name '*.test.ts' -not -path '*/node_modules/*' 2>/dev/null | sort)
if [ -n "${TEST_FILTER:-}" ]; then files=$(echo "$files" | grep -E "$TEST_FILTER" || true); fi
if [ -n "${DATABASE_URL:-}" ]; then where="PostgreSQL (a fresh database per test file)"; else where="PGlite (no DATABASE_URL)"; fi
echo "== $(echo "$files" | wc -l) test files on $where"
report=$(mktemp)
# shellcheck disable=SC2086
node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$report" \
  --test-concurrency="${TEST_CONCURRENCY:-2}" --test-timeout="${TEST_TIMEOUT:-300000}" $files
code=$?
echo "== summary"
grep -E '^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ' "$report" | tail -8
rm -f "$report"
exit $code
