#!/usr/bin/env bash
# Every program the tests run, from Debian, in one place (npm test's step 1). Idempotent: a program
# already on the machine is used as it is; what is missing is installed with ONE apt-get call when
# root (this machine, CI). Elsewhere (a contributor's laptop) it names the packages to install, and
# for Chromium falls back to Playwright's own build.
#
#   program                       package               used by
#   chromium                      chromium (+ fonts)    the browser tests (playwright.config.ts: same search order)
#   firefox-esr                   firefox-esr           the second-engine smoke test (tests/e2e/firefox.spec.ts)
#   java                          default-jre-headless  the W3C HTML checker (vnu-jar)
#   bibtex, plain.bst, alpha.bst  texlive-binaries, texlive-base   the .bib downloads, run through real BibTeX
#   unzip                         unzip                 the data archive and .pptx files, tested with unzip -t
#   rsvg-convert                  librsvg2-bin          SVG downloads drawn by a real SVG renderer
#   zbarimg                       zbar-tools            the QR codes on slides, read back
#   pdftotext, pdfinfo, pdftoppm  poppler-utils         the printed brief and slides as PDF
#   soffice                       libreoffice-impress   the .pptx downloads opened in Impress
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

find_first() { # the first executable among the arguments
  local c
  for c in "$@"; do
    [[ -n "$c" && -x "$c" ]] && { printf '%s\n' "$c"; return 0; }
  done
  return 1
}
find_chromium() { find_first "${CHROMIUM_PATH:-}" /usr/lib/chromium/chromium /usr/bin/chromium; }
find_firefox() { find_first "${FIREFOX_PATH:-}" /usr/bin/firefox-esr /usr/bin/firefox; }
has() { command -v "$1" >/dev/null 2>&1; }
has_bst() { has kpsewhich && [[ -n $(kpsewhich "$1" 2>/dev/null) ]]; }

missing=()
find_chromium >/dev/null || missing+=(chromium fonts-dejavu-core fonts-liberation2)
find_firefox >/dev/null || missing+=(firefox-esr)
has java || missing+=(default-jre-headless)
has bibtex || missing+=(texlive-binaries)
{ has_bst plain.bst && has_bst alpha.bst; } || missing+=(texlive-base)
has unzip || missing+=(unzip)
has rsvg-convert || missing+=(librsvg2-bin)
has zbarimg || missing+=(zbar-tools)
{ has pdftotext && has pdfinfo && has pdftoppm; } || missing+=(poppler-utils)
has soffice || missing+=(libreoffice-impress)

if [[ ${#missing[@]} -gt 0 ]]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  if [[ $(id -u) == 0 ]] && has apt-get; then
    echo "ensure-debian-packages: installing ${missing[*]}"
    log=$(mktemp -t ensure-debian-packages.XXXXXX.log)
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      echo "ensure-debian-packages: apt-get install failed (full log: $log)" >&2
      exit 1
    fi
    rm -f "$log"
  elif [[ ${#missing[@]} -gt 0 ]]; then
    # Not root: Chromium can still come from Playwright; everything else must be installed by hand.
    if ! find_chromium >/dev/null; then npx playwright install chromium || exit 1; fi
    rest=()
    for p in "${missing[@]}"; do [[ $p == chromium || $p == fonts-* ]] || rest+=("$p"); done
    if [[ ${#rest[@]} -gt 0 ]]; then
      echo "ensure-debian-packages: missing ${rest[*]} and not root with apt-get: install them (Debian/Ubuntu: apt-get install --no-install-recommends ${rest[*]})" >&2
      exit 1
    fi
  fi
fi

echo "ensure-debian-packages: chromium $(find_chromium || echo '(Playwright'"'"'s own)'), firefox $(find_firefox), java, bibtex, unzip, rsvg-convert, zbarimg, poppler-utils and soffice are on this machine"
