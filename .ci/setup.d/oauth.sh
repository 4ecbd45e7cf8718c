#!/usr/bin/env bash
# Installs the pinned oidc-provider (tests/idp/package-lock.json) for the OAuth2 tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v npm >/dev/null; then
  # Debian's nodejs ships without npm (nodesource's bundles it and conflicts with this).
  apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
npm ci --prefix tests/idp --no-audit --no-fund
