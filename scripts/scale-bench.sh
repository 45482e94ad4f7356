#!/usr/bin/env bash
# Build time and peak memory for 10, 100 and 1,000 SYNTHETIC trials (scripts/synthetic-data.ts),
# each built from its own data copy into its own folder: `bash scripts/scale-bench.sh [N…]`.
# The last column is the cost of each trial added since the previous row: roughly constant
# means the build grows linearly; growing with N would mean it does not.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" ASTRO_TELEMETRY_DISABLED=1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf 'trials\tbuild s\tpeak MB\tpages\tms per added trial\n'
prev_n='' prev_s=''
for n in "${@:-10 100 1000}"; do
  for m in $n; do
    node scripts/synthetic-data.ts "$m" "$scratch/data-$m" >/dev/null
    /usr/bin/time -f '%e %M' -o "$scratch/time-$m" env IPS_DATA_DIR="$scratch/data-$m" astro build --outDir "$scratch/dist-$m" >"$scratch/log-$m" 2>&1 ||
      { tail -20 "$scratch/log-$m"; exit 1; }
    read -r secs kb <"$scratch/time-$m"
    pages=$(find "$scratch/dist-$m" -name '*.html' | wc -l)
    marginal=$( [ -n "$prev_n" ] && awk -v a="$prev_s" -v b="$secs" -v m="$prev_n" -v n="$m" 'BEGIN { printf "%.2f", (b - a) * 1000 / (n - m) }' || echo '–')
    printf '%s\t%s\t%s\t%s\t%s\n' "$m" "$secs" "$((kb / 1024))" "$pages" "$marginal"
    prev_n=$m prev_s=$secs
    rm -rf "$scratch/dist-$m"
  done
done
