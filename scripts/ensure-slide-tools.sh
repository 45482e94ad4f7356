#!/usr/bin/env bash
# Make sure the real clients the slide-export tests open files in are installed. Idempotent.
#
#   rsvg-convert  (librsvg2-bin)          draws the outline SVGs as slide tools' SVG engines do
#   zbarimg       (zbar-tools)            reads the QR code back from the slide PNGs
#   pdftotext, pdfinfo, pdftoppm (poppler-utils)   read the PDFs LibreOffice makes of the .pptx
#   soffice       (libreoffice-impress)   opens each .pptx and converts it to PDF
#   unzip                                 lists and reads the parts of each .pptx (speaker notes)
#
# As root with apt-get (this machine, CI on a fresh machine): installs the missing ones with
# --no-install-recommends. Otherwise it names what is missing; the tests that need a tool
# then fail with the tool's name (they never skip silently).
set -euo pipefail

declare -A PACKAGE=(
  [rsvg-convert]=librsvg2-bin
  [zbarimg]=zbar-tools
  [pdftotext]=poppler-utils
  [pdfinfo]=poppler-utils
  [pdftoppm]=poppler-utils
  [soffice]=libreoffice-impress
  [unzip]=unzip
)

missing=()
for tool in "${!PACKAGE[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${PACKAGE[$tool]}")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "ensure-slide-tools: rsvg-convert, zbarimg, poppler-utils, LibreOffice Impress and unzip are installed"
  exit 0
fi
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-slide-tools: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "ensure-slide-tools: missing ${missing[*]}: install them (Debian/Ubuntu: apt-get install --no-install-recommends ${missing[*]})" >&2
  exit 1
fi
