#!/usr/bin/env bash
# The session-store tests and the cluster drills start Debian's redis-server (any Redis 6+ serves in production).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
echo "Installing Debian's redis-server for the session-store tests…"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
# Debian's package starts a system-wide instance on 6379; the tests run their own on 6390-6399 instead.
redis-server --version
