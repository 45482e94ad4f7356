#!/usr/bin/env bash
# The download tests open files in the tools they are for (tests/unit/publish-build.test.ts,
# tests/unit/export/data-export.test.ts): BibTeX runs over every .bib with the standard styles
# (plain.bst, alpha.bst), and unzip tests the data archive. Idempotent: uses what is on PATH;
# otherwise installs Debian's packages when root with apt (texlive-binaries has bibtex,
# texlive-base the styles, unzip unzip).
set -uo pipefail
missing=()
command -v bibtex >/dev/null 2>&1 || missing+=(texlive-binaries)
if ! command -v kpsewhich >/dev/null 2>&1 || [[ -z $(kpsewhich plain.bst 2>/dev/null) || -z $(kpsewhich alpha.bst 2>/dev/null) ]]; then
  missing+=(texlive-base)
fi
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if [[ ${#missing[@]} == 0 ]]; then
  echo "ensure-tools: using $(command -v bibtex) ($(bibtex --version | head -n 1)), $(kpsewhich plain.bst), $(command -v unzip)"
  exit 0
fi
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  log=$(mktemp)
  if DEBIAN_FRONTEND=noninteractive apt-get update >"$log" 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
    echo "ensure-tools: installed ${missing[*]}"
    exit 0
  fi
  cat "$log" >&2
fi
echo "ensure-tools: missing ${missing[*]} and cannot install them; install BibTeX (Debian: texlive-binaries, texlive-base) and unzip" >&2
exit 1
