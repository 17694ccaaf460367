#!/usr/bin/env bash
# Debian's Chromium for the widget's browser tests (Playwright's own browser download
# does not work here), and the DejaVu fonts the review app's PDF export embeds.
# Idempotent; needs root or sudo the first time.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing Debian's chromium for the browser tests"
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
[ -x /usr/bin/chromium ] || { echo "ERROR: /usr/bin/chromium is still missing after apt-get install" >&2; exit 1; }
