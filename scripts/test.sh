#!/usr/bin/env bash
# The ONE test command (`npm test`). Fails fast, naming the failed step.
#
#   0. npm install       (only if node_modules is missing or older than package.json / package-lock.json)
#   1. ensure-chromium   (scripts/ensure-chromium.sh)
#   2. type check        (astro check)
#   3. unit tests        (vitest run)
#   4. build             (astro build, timed)
#   5. browser tests     (playwright test, against dist/)
#
# Closes with one line `tests: N passed, M failed`, N and M summed over vitest and Playwright,
# read from their JSON reports (test-results/vitest.json, test-results/playwright.json).
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
# Project tools first (node_modules/.bin/node is the project's Node 24).
export PATH="$ROOT/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1
export NPM_CONFIG_UPDATE_NOTIFIER=false

RESULTS_DIR="$ROOT/test-results"
VITEST_JSON="$RESULTS_DIR/vitest.json"
PLAYWRIGHT_JSON="$RESULTS_DIR/playwright.json"
mkdir -p "$RESULTS_DIR"
rm -f "$VITEST_JSON" "$PLAYWRIGHT_JSON"

TIMINGS=()
RUN_START=$EPOCHREALTIME

elapsed() { # seconds since $1 (an $EPOCHREALTIME), one decimal
  awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}

# Sum passed/failed over the JSON reports that exist; prints "N M".
count_tests() {
  node - "$VITEST_JSON" "$PLAYWRIGHT_JSON" <<'EOF' 2>/dev/null || echo "0 0"
const fs = require('node:fs');
const [vitestFile, playwrightFile] = process.argv.slice(2);
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, 'utf8')); } catch { return null; } };
let passed = 0, failed = 0;
const v = read(vitestFile);
if (v) {
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  // A suite that failed to load (syntax error, bad import) has no tests but is a failure.
  if ((v.numFailedTestSuites ?? 0) > 0 && (v.numFailedTests ?? 0) === 0) failed += v.numFailedTestSuites;
}
const p = read(playwrightFile);
if (p && p.stats) {
  passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected ?? 0;
  // Errors outside tests (config, webServer, a spec that throws while loading).
  if ((p.stats.unexpected ?? 0) === 0 && Array.isArray(p.errors) && p.errors.length > 0) failed += p.errors.length;
}
console.log(`${passed} ${failed}`);
EOF
}

finish() { # $1 = exit code, $2 = failed step name (empty if none)
  local code=$1 failed_step=${2:-}
  echo
  echo "── timings ─────────────────────────────"
  local t
  for t in "${TIMINGS[@]}"; do echo "  $t"; done
  echo "  total: $(elapsed "$RUN_START")s"
  if [[ -n "$failed_step" ]]; then
    echo "test.sh: FAILED at step $failed_step (exit $code)"
  else
    echo "test.sh: all steps passed"
  fi
  local counts passed failed
  counts=$(count_tests)
  passed=${counts% *}
  failed=${counts#* }
  if [[ -n "$failed_step" && "$code" == "0" ]]; then code=1; fi
  if [[ -z "$failed_step" && "$failed" != "0" ]]; then code=1; fi
  echo "tests: $passed passed, $failed failed"
  exit "$code"
}

# step NAME COMMAND... — run, time, stop the whole run on failure.
step() {
  local name=$1
  shift
  echo
  echo "══ $name: $* ══"
  local start=$EPOCHREALTIME
  "$@"
  local code=$?
  local secs
  secs=$(elapsed "$start")
  TIMINGS+=("$name: ${secs}s$([[ $code != 0 ]] && echo " (FAILED, exit $code)")")
  if [[ $code != 0 ]]; then
    echo "test.sh: step '$name' failed (exit $code) after ${secs}s" >&2
    finish "$code" "'$name'"
  fi
  echo "── $name: ok (${secs}s)"
}

needs_install() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  [[ ! -d "$ROOT/node_modules" || ! -f "$stamp" || ! -x "$ROOT/node_modules/.bin/node" ]] && return 0
  [[ "$ROOT/package-lock.json" -nt "$stamp" || "$ROOT/package.json" -nt "$stamp" ]] && return 0
  return 1
}

npm_install() {
  # `npm install`, not `npm ci`: a lockfile made on one platform may lack another's optional binaries.
  npm install --no-audit --no-fund && touch "$ROOT/node_modules/.package-lock.json"
  hash -r
}

if needs_install; then
  step "(0) npm install" npm_install
else
  echo "(0) npm install: node_modules is up to date, skipped"
fi

echo "node $(node --version) ($(command -v node))"

step "(1) ensure-chromium" bash "$ROOT/scripts/ensure-chromium.sh"
step "(1b) ensure-java" bash "$ROOT/scripts/ensure-java.sh"
step "(1c) ensure-tools" bash "$ROOT/scripts/ensure-tools.sh"
step "(1d) ensure-slide-tools" bash "$ROOT/scripts/ensure-slide-tools.sh"
step "(2) type check" npx --no-install astro check
step "(3) unit tests" npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$VITEST_JSON"
step "(4) build" npx --no-install astro build
echo "build took ${TIMINGS[-1]#*: }"
step "(5) browser tests" npx --no-install playwright test

finish 0 ""
