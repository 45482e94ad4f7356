#!/usr/bin/env bash
# Make sure a Chromium exists for the Playwright browser tests. Idempotent.
#
# Order (playwright.config.ts looks in the same order):
#   1. $CHROMIUM_PATH, if set and executable
#   2. /usr/lib/chromium/chromium   (Debian's real binary)
#   3. /usr/bin/chromium            (Debian's wrapper script)
# If none is found:
#   - as root with apt-get (this machine, CI): install Debian's chromium and a font package
#   - otherwise (a contributor's laptop): `npx playwright install chromium`, Playwright's own build
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

find_chromium() {
  local c
  for c in "${CHROMIUM_PATH:-}" /usr/lib/chromium/chromium /usr/bin/chromium; do
    if [[ -n "$c" && -x "$c" ]]; then
      printf '%s\n' "$c"
      return 0
    fi
  done
  return 1
}

chromium_version() {
  local v
  v="$("$1" --version 2>/dev/null | head -n1)" || true
  printf '%s' "${v%"${v##*[![:space:]]}"}"
}

if [[ -n "${CHROMIUM_PATH:-}" && ! -x "$CHROMIUM_PATH" ]]; then
  echo "ensure-chromium: warning: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; ignoring it" >&2
fi

if found="$(find_chromium)"; then
  echo "ensure-chromium: using $found ($(chromium_version "$found"))"
  exit 0
fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no Chromium found; installing Debian chromium + fonts with apt-get (root)"
  export DEBIAN_FRONTEND=noninteractive
  log="$(mktemp -t ensure-chromium.XXXXXX.log)"
  if ! { apt-get update -q && apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core fonts-liberation2; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "ensure-chromium: apt-get install failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
  if found="$(find_chromium)"; then
    echo "ensure-chromium: installed $found ($(chromium_version "$found"))"
    exit 0
  fi
  echo "ensure-chromium: apt-get finished but no Chromium binary was found" >&2
  exit 1
fi

echo "ensure-chromium: no system Chromium and not root with apt-get; running 'npx playwright install chromium'"
if ! npx --no-install playwright install chromium; then
  echo "ensure-chromium: 'npx playwright install chromium' failed; install Chromium yourself and set CHROMIUM_PATH" >&2
  exit 1
fi
echo "ensure-chromium: using Playwright's own Chromium"
