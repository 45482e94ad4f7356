#!/usr/bin/env bash
# Make sure a Firefox exists for the second-engine smoke test (tests/e2e/firefox.spec.ts, driven
# over WebDriver BiDi by puppeteer-core). Idempotent.
#
# Order (tests/e2e/firefox.spec.ts looks in the same order):
#   1. $FIREFOX_PATH, if set and executable
#   2. /usr/bin/firefox-esr   (Debian's Firefox ESR)
#   3. /usr/bin/firefox
# If none is found: as root with apt-get (this machine, CI), install Debian's firefox-esr;
# otherwise say how to get one (the smoke test then fails, naming what is missing).
set -euo pipefail

find_firefox() {
  local c
  for c in "${FIREFOX_PATH:-}" /usr/bin/firefox-esr /usr/bin/firefox; do
    if [[ -n "$c" && -x "$c" ]]; then
      printf '%s\n' "$c"
      return 0
    fi
  done
  return 1
}

if found="$(find_firefox)"; then
  echo "ensure-firefox: using $found ($("$found" --version 2>/dev/null | head -n1))"
  exit 0
fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-firefox: no Firefox found; installing Debian firefox-esr with apt-get (root)"
  export DEBIAN_FRONTEND=noninteractive
  log="$(mktemp -t ensure-firefox.XXXXXX.log)"
  if ! { apt-get update -q && apt-get install -y -q --no-install-recommends firefox-esr; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "ensure-firefox: apt-get install failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
  if found="$(find_firefox)"; then
    echo "ensure-firefox: installed $found ($("$found" --version 2>/dev/null | head -n1))"
    exit 0
  fi
  echo "ensure-firefox: apt-get finished but no Firefox binary was found" >&2
  exit 1
fi

echo "ensure-firefox: no Firefox found and not root with apt-get: install Firefox (ESR 128 or later) and set FIREFOX_PATH" >&2
exit 1
