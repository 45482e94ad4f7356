#!/usr/bin/env bash
# Build time and peak memory for 10, 100 and 1,000 SYNTHETIC trials (scripts/synthetic-data.ts),
# each built from its own data copy into its own folder: `bash scripts/scale-bench.sh [N…]`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" ASTRO_TELEMETRY_DISABLED=1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf 'trials\tbuild s\tpeak MB\tpages\n'
for n in "${@:-10 100 1000}"; do
  for m in $n; do
    node scripts/synthetic-data.ts "$m" "$scratch/data-$m" >/dev/null
    /usr/bin/time -f '%e %M' -o "$scratch/time-$m" env IPS_DATA_DIR="$scratch/data-$m" astro build --outDir "$scratch/dist-$m" >"$scratch/log-$m" 2>&1 ||
      { tail -20 "$scratch/log-$m"; exit 1; }
    read -r secs kb <"$scratch/time-$m"
    pages=$(find "$scratch/dist-$m" -name '*.html' | wc -l)
    printf '%s\t%s\t%s\t%s\n' "$m" "$secs" "$((kb / 1024))" "$pages"
    rm -rf "$scratch/dist-$m"
  done
done
