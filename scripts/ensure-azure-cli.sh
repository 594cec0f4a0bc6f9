#!/usr/bin/env bash
# The az suite (lib/emulator/az-cli) drives the emulator with Debian's azure-cli, unchanged: install it the
# way ensure-chromium.sh installs the browser when `az` is missing.
set -euo pipefail
if command -v az >/dev/null 2>&1; then exit 0; fi
echo "Installing Debian's azure-cli for the az tests…"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq azure-cli >/dev/null
az version --output tsv --query '"azure-cli"'
