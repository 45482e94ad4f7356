#!/usr/bin/env bash
# Serve the site locally on a fresh clone: installs dependencies if needed, then starts
# Astro's dev server (http://localhost:4321/). `npm start` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -x node_modules/.bin/astro || ! -x node_modules/.bin/node ]]; then
  echo "serve: installing dependencies (npm install)…"
  npm install --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1
exec astro dev --host "${HOST:-127.0.0.1}" --port "${PORT:-4321}" "$@"
