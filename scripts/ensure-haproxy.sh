#!/usr/bin/env bash
# The read-load bench balances its replicas with Debian's HAProxy (scripts/cluster/haproxy.ts), whose config
# the unit tests also run: a C balancer takes ~0.5 ms of the shared cores per page where a Node proxy took 1.9.
set -euo pipefail
if command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; then exit 0; fi
echo "Installing Debian's haproxy for the read-load bench…"
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null
# Debian's package may start a system-wide instance with its own (frontend-less) config; ours run their own.
/usr/sbin/haproxy -v | head -1
