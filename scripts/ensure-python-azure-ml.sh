#!/usr/bin/env bash
# The Python SDK suite (lib/emulator/python-sdk) drives the emulator with Azure's own azure-ai-ml, unchanged,
# as Debian packages it (python3-azure, azure-ai-ml 1.4.0; it pulls python3-azure-storage and marshmallow):
# install it the way ensure-azure-cli.sh installs az, only when missing. Debian has no pydash package, which
# azure-ai-ml imports; the tests put lib/emulator/python-sdk/pydash-standin on PYTHONPATH for that.
set -euo pipefail
STANDIN="$(cd "$(dirname "$0")/.." && pwd)/lib/emulator/python-sdk/pydash-standin"
importable() { PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$STANDIN" /usr/bin/python3 -c 'import azure.ai.ml, azure.identity, azure.storage.blob' >/dev/null 2>&1; }
if [ -x /usr/bin/python3 ] && importable; then exit 0; fi
echo "Installing Debian's python3-azure (azure-ai-ml) for the Python SDK tests…"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 python3-azure python3-azure-storage >/dev/null
importable || { echo "python3-azure is installed but azure.ai.ml still does not import" >&2; exit 1; }
