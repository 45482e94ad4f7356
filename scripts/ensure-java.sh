#!/usr/bin/env bash
# The HTML validity test runs the W3C Nu validator (npm package vnu-jar), which needs Java 11+.
# Idempotent: uses the java on PATH; otherwise installs Debian's headless JRE when root with apt.
set -uo pipefail
if command -v java >/dev/null 2>&1; then
  echo "ensure-java: using $(command -v java) ($(java -version 2>&1 | head -n 1))"
  exit 0
fi
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  log=$(mktemp)
  if DEBIAN_FRONTEND=noninteractive apt-get update >"$log" 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends default-jre-headless >>"$log" 2>&1; then
    echo "ensure-java: installed $(java -version 2>&1 | head -n 1)"
    exit 0
  fi
  cat "$log" >&2
fi
echo "ensure-java: no java found and cannot install one; install a Java 11+ runtime to validate HTML" >&2
exit 1
