#!/usr/bin/env bash
# Installs what a fresh machine lacks for the full test suite: ffmpeg (ffprobe checks our MP4s),
# chromium (browser tests), Maven, Node.js with npm and the Node packages in scripts/node (C2PA
# oracle). PostgreSQL is not installed: the scale-out tests start an embedded one from Maven.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
need=()
command -v ffprobe >/dev/null || need+=(ffmpeg)
command -v chromium >/dev/null || need+=(chromium)
command -v mvn >/dev/null || need+=(maven)
command -v node >/dev/null || need+=(nodejs npm)
if ((${#need[@]})); then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  echo "setup: installing ${need[*]}" >&2
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [[ -f "$ROOT/scripts/node/package.json" && ! -d "$ROOT/scripts/node/node_modules" ]]; then
  echo "setup: npm install in scripts/node" >&2
  (cd "$ROOT/scripts/node" && npm install --no-audit --no-fund --silent)
fi
