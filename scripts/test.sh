#!/usr/bin/env bash
# The ONE test command (`npm test`). Fails fast, naming the failed step.
#
#   0. npm install       (only if node_modules is missing or older than package.json / package-lock.json)
#   1. the Debian programs the tests run (scripts/ensure-debian-packages.sh: Chromium, Firefox ESR,
#      Java, BibTeX, unzip, rsvg-convert, zbarimg, poppler, LibreOffice Impress)
#   2. type check        (astro check)
#  2a. type check of the browser code (tsc -p src/client/tsconfig.json: DOM types, no Node types)
#  2b. lint and format   (eslint, then prettier --check)
#   3. unit tests        (vitest, project 'unit': no build needed)
#   4. build             (astro build, ONCE, a publishing build (PUBLISH=1) under a sub-path:
#                         BASE_PATH=/ips-evidence/, SITE_URL=https://example.org, plus a few
#                         retired addresses; every later step tests this build)
#   5. dist tests        (vitest, project 'dist': reads dist/ — links, CSP, downloads, HTML validity…)
#   6. browser tests     (playwright test against dist/, Chromium; a Firefox ESR smoke test)
#
# Nothing here measures time: timings are reported by `npm run bench`.
# The preview server gets a free port chosen for this run (PLAYWRIGHT_PORT), so two runs on one
# machine (two clones, a killed run's server left behind) never share or reuse a server.
#
# Closes with one line `tests: N passed, M failed`, N and M summed over both vitest projects and
# Playwright, read from their JSON reports in test-results/.
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
# Project tools first (node_modules/.bin/node is the project's Node 24).
export PATH="$ROOT/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1
export NPM_CONFIG_UPDATE_NOTIFIER=false

RESULTS_DIR="$ROOT/test-results"
VITEST_JSON="$RESULTS_DIR/vitest.json"
VITEST_DIST_JSON="$RESULTS_DIR/vitest-dist.json"
PLAYWRIGHT_JSON="$RESULTS_DIR/playwright.json"
mkdir -p "$RESULTS_DIR"
rm -f "$VITEST_JSON" "$VITEST_DIST_JSON" "$PLAYWRIGHT_JSON"

# The one build's address: under a sub-path, as on GitHub Pages, so every test also proves that
# nothing escapes the base path. It is a publishing build (PUBLISH=1), so the dist tests also
# prove what is uploaded (tests/dist/publish.test.ts: no localhost, _headers, CSV, BibTeX, RIS).
TEST_SITE_URL=https://example.org
TEST_BASE_PATH=/ips-evidence/

TIMINGS=()
RUN_START=$EPOCHREALTIME

elapsed() { # seconds since $1 (an $EPOCHREALTIME), one decimal
  awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}

# Sum passed/failed over the JSON reports that exist; prints "N M".
count_tests() {
  node - "$VITEST_JSON" "$VITEST_DIST_JSON" "$PLAYWRIGHT_JSON" <<'EOF' 2>/dev/null || echo "0 0"
const fs = require('node:fs');
const [vitestFile, vitestDistFile, playwrightFile] = process.argv.slice(2);
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, 'utf8')); } catch { return null; } };
let passed = 0, failed = 0;
for (const v of [read(vitestFile), read(vitestDistFile)]) {
  if (!v) continue;
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
  read_cpu
  echo "  total: $(elapsed "$RUN_START")s (CPU ${CPU_NOW}s)"
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
  # A step that failed without a failing test (a type error, a build error, no test files found)
  # still counts as one failure, so the closing line never reads "0 failed" for a failed run.
  if [[ -n "$failed_step" && "$failed" == "0" ]]; then failed=1; fi
  if [[ -z "$failed_step" && "$failed" != "0" ]]; then code=1; fi
  echo "tests: $passed passed, $failed failed"
  exit "$code"
}

# CPU seconds (user + system) used so far by this script's finished children: on a shared machine
# the wall-clock time of a step says how busy the machine was; its CPU time says what it cost.
# Sets CPU_NOW. `times` must run in this shell, not in a $(…) subshell, which has no children yet.
read_cpu() {
  times >"$RESULTS_DIR/.times"
  CPU_NOW=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.1f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$RESULTS_DIR/.times")
}

# step NAME COMMAND... — run, time, stop the whole run on failure.
step() {
  local name=$1
  shift
  echo
  echo "══ $name: $* ══"
  local start=$EPOCHREALTIME cpu_start
  read_cpu
  cpu_start=$CPU_NOW
  "$@"
  local code=$?
  local secs cpu
  secs=$(elapsed "$start")
  read_cpu
  cpu=$(awk -v a="$cpu_start" -v b="$CPU_NOW" 'BEGIN { printf "%.1f", b - a }')
  TIMINGS+=("$name: ${secs}s (CPU ${cpu}s)$([[ $code != 0 ]] && echo " (FAILED, exit $code)")")
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

# A free port for this run's preview server (see playwright.config.ts).
free_port() {
  node -e "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

# The build's list of retired addresses: the site's own, and a few for the tests to follow.
test_redirects() {
  cat "$ROOT/src/redirects.txt" "$ROOT/tests/support/redirects-for-tests.txt" >"$RESULTS_DIR/redirects.txt"
}

build() {
  test_redirects &&
    PUBLISH=1 SITE_URL="$TEST_SITE_URL" BASE_PATH="$TEST_BASE_PATH" IPS_REDIRECTS_FILE="$RESULTS_DIR/redirects.txt" npx --no-install astro build
}

step "(1) Debian programs" bash "$ROOT/scripts/ensure-debian-packages.sh"
step "(2) type check" npx --no-install astro check
step "(2a) type check, browser code" npx --no-install tsc -p src/client/tsconfig.json
lint_and_format() {
  npm run --silent lint && npm run --silent format:check
}
step "(2b) lint and format" lint_and_format
step "(3) unit tests" npx --no-install vitest run --project unit --reporter=default --reporter=json --outputFile.json="$VITEST_JSON"
step "(4) build" build
echo "build took ${TIMINGS[-1]#*: } (reported, not a test: \`npm run bench\` compares it with its 60 s budget)"
step "(5) dist tests" env IPS_REQUIRE_DIST=1 npx --no-install vitest run --project dist --reporter=default --reporter=json --outputFile.json="$VITEST_DIST_JSON"
PLAYWRIGHT_PORT=$(free_port) || PLAYWRIGHT_PORT=''
export PLAYWRIGHT_PORT
echo "preview server for this run: 127.0.0.1:${PLAYWRIGHT_PORT:-(chosen by playwright.config.ts)}"
step "(6) browser tests" npx --no-install playwright test

finish 0 ""
