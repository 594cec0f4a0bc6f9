#!/usr/bin/env bash
# The read-load bench's clients are wrk (Debian's package), a C load generator: they share the replicas' two
# cores, and wrk reads a page for ~0.3 ms of CPU where Node's own HTTP client and brotli decoding took ~2.2 ms.
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then exit 0; fi
echo "Installing Debian's wrk for the read-load bench…"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
command -v wrk
