#!/usr/bin/env bash
# Installs the programs the tests drive besides Node (Debian/Ubuntu, as root): LibreOffice (opens and converts the
# produced .xlsx files), Chromium (the real-browser tests of the task pane, driven by playwright-core), and for the
# world corpus (test/world: report files filled and saved by other programs) Debian's python3 with the LibreOffice
# UNO bridge (python3-uno) and openpyxl (python3-openpyxl). The corpus runs /usr/bin/python3, not a pyenv python.
# nginx and openssl: test/hosting runs deploy/nginx/ttx.conf for real on localhost with a generated certificate.
# Skips what is already there. Without them, `npm test` skips those tests with a warning; CI requires them.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
/usr/bin/python3 -c "import uno" >/dev/null 2>&1 || need+=(python3-uno)
/usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || need+=(python3-openpyxl)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -eq 0 ]; then echo "== test tools present"; exit 0; fi
echo "== installing ${need[*]} (Debian packages)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
# Fail here, not in the tests, if a package did not bring what the tests use.
command -v soffice >/dev/null 2>&1 || { echo "soffice missing after install" >&2; exit 1; }
/usr/bin/python3 -c "import uno, openpyxl" || { echo "/usr/bin/python3 cannot import uno and openpyxl after install" >&2; exit 1; }
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "nginx missing after install" >&2; exit 1; }
