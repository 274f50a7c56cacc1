#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: LibreOffice (the independent spreadsheet engine the
# tests recalculate generated workbooks with and print them to PDF), poppler-utils (the PDF's text), Chromium
# (browser tests) and the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
# pdftotext and pdftoppm (poppler-utils): the print test reads LibreOffice's PDF of the generated annex page by page.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# Carlito: metric-compatible with Calibri (the workbooks' font), so LibreOffice lays out and prints them as Excel does.
# grep reads the whole list (no -q): under pipefail, grep -q leaving early would kill fc-list with SIGPIPE and report
# an installed font as missing.
font_ada() { fc-list : family 2>/dev/null | grep -i "$1" >/dev/null; }
font_ada carlito || missing+=(fonts-crosextra-carlito)
# Chromium for the task pane's browser tests (playwright-core drives it; it cannot download its own browser here).
[ -x /usr/bin/chromium ] || missing+=(chromium)
# GNU time: npm run bench reads the peak memory of `kinerja generate` and of LibreOffice from it.
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
