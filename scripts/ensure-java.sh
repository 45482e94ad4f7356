#!/usr/bin/env bash
# The tools the dist tests open files with: Java 11+ for the W3C Nu validator (npm package
# vnu-jar; tests/dist/html-valid.test.ts) and `unzip` for the data archive
# (tests/dist/pages.test.ts). Idempotent: uses what is on PATH; otherwise installs Debian's
# headless JRE and unzip when root with apt.
set -uo pipefail
missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    log=$(mktemp)
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
      cat "$log" >&2
      echo "ensure-java: apt-get install ${missing[*]} failed" >&2
      exit 1
    fi
    echo "ensure-java: installed ${missing[*]}"
  else
    echo "ensure-java: missing ${missing[*]} and cannot install (not root with apt): install a Java 11+ runtime and unzip" >&2
    exit 1
  fi
fi
echo "ensure-java: using $(command -v java) ($(java -version 2>&1 | head -n 1)); $(command -v unzip)"
