#!/usr/bin/env bash
# OAuth2 quickstart against a local OpenID provider, in your own browser.
#
# Starts the test provider (oidc-provider from tests/idp) on 127.0.0.1, registers it as
# the oauth2 secret `demo`, runs the Authorization Code + PKCE login in your browser
# (any login name and password are accepted), and calls the provider's userinfo
# endpoint with `flowlet-secrets header demo | curl -H @-`.
#
# It always uses a throwaway vault in a temp directory, so your own vault is never
# touched. Set FLOWLET_SECRETS_BIN to the binary (default: flowlet-secrets on PATH,
# else target/debug/flowlet-secrets).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${FLOWLET_SECRETS_BIN:-}" ] && ! command -v flowlet-secrets >/dev/null; then
  (cd "$repo" && cargo build --quiet --bin flowlet-secrets)
fi
bin=${FLOWLET_SECRETS_BIN:-$(command -v flowlet-secrets || echo "${CARGO_TARGET_DIR:-$repo/target}/debug/flowlet-secrets")}
idp_port=${IDP_PORT:-9090}
cb_port=${REDIRECT_PORT:-47813}

[ -d "$repo/tests/idp/node_modules/oidc-provider" ] || npm ci --prefix "$repo/tests/idp" --no-audit --no-fund

tmp=$(mktemp -d)
cleanup() { [ -n "${idp_pid:-}" ] && kill "$idp_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

export FLOWLET_SECRETS_DIR=$tmp/vault
unset FLOWLET_SECRETS_IDENTITY_FILE FLOWLET_SECRETS_PASSPHRASE_COMMAND
echo "quickstart passphrase" >"$tmp/pass"
export FLOWLET_SECRETS_PASSPHRASE_FILE=$tmp/pass
"$bin" init --no-keyring

echo "Starting the local OpenID provider on http://127.0.0.1:$idp_port ..."
IDP_PORT=$idp_port IDP_REDIRECT_URIS=http://127.0.0.1:$cb_port/callback/demo \
  IDP_CODE_AT_TTL=30 IDP_REFRESH_AT_TTL=30 node "$repo/tests/idp/server.mjs" >"$tmp/idp.log" 2>&1 &
idp_pid=$!
for _ in $(seq 50); do grep -q listening "$tmp/idp.log" 2>/dev/null && break; sleep 0.2; done

# The test provider's confidential client; its secret is read from stdin, never argv.
echo flowlet-test-secret | "$bin" add oauth2 demo --force \
  --issuer "http://127.0.0.1:$idp_port" --client-id flowlet-test --from-stdin \
  --scope "openid email profile offline_access" --auth-param prompt=consent \
  --redirect-port "$cb_port"

"$bin" token request demo
"$bin" token show demo

echo "userinfo:"
"$bin" header demo | curl -sf -H @- "http://127.0.0.1:$idp_port/me"
echo
echo "The access token lives 30 s; wait and run again: the header is refreshed first."
sleep 31
"$bin" header demo | curl -sf -H @- "http://127.0.0.1:$idp_port/me"
echo
"$bin" token revoke demo
