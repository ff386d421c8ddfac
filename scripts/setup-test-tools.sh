#!/usr/bin/env bash
# Installs the programs the tests drive besides Node (Debian/Ubuntu, as root): LibreOffice (opens and converts the
# produced .xlsx files) and Chromium (the real-browser tests of the task pane, driven by playwright-core).
# Skips what is already there. Without them, `npm test` skips those tests with a warning; CI requires them.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then echo "== test tools present"; exit 0; fi
echo "== installing ${need[*]} (Debian packages)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
