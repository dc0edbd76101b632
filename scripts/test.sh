#!/usr/bin/env bash
# Runs every test: installs what the tests need, then the Maven build with all test phases.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
exec mvn -B -ntp verify "$@"
