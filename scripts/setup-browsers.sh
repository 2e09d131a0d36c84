#!/usr/bin/env bash
# Installs Debian's Chromium, Firefox ESR, their zh-CN UI languages, CJK fonts and qpdf (it encrypts a test PDF) when missing.
# Never downloads a browser build.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
# The Chinese browser UI the e2e tests run in (the extension's messages follow the browser's language).
[ -e /usr/lib/chromium/locales/zh-CN.pak ] || need+=(chromium-l10n)
ls /usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@* >/dev/null 2>&1 || need+=(firefox-esr-l10n-zh-cn)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing from Debian: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
