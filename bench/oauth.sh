#!/usr/bin/env bash
# Benchmark: `header NAME` of an oauth2 secret holding a valid token vs `get` of a static
# secret on the same vault (issue 3: within 10%), and the cost of one forced refresh
# (`token refresh`: one token-endpoint round trip + one vault write) next to a plain
# vault write (`add --force`).
#
# Needs: a built binary (cargo build --release, or set FLOWLET), hyperfine, node with
# `npm ci --prefix tests/idp` done. Uses a throwaway vault unlocked through the kernel
# keyring (as after `flowlet-secrets unlock`), and the local test provider.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${FLOWLET:-$repo/target/release/flowlet-secrets}
[ -x "$bin" ] || bin=$repo/target/debug/flowlet-secrets
runs=${RUNS:-200}

tmp=$(mktemp -d)
idp_pid=""
cleanup() {
  "$bin" lock >/dev/null 2>&1 || true
  [ -n "$idp_pid" ] && kill "$idp_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
idp_port=$(free_port)
cb_port=$(free_port)

export FLOWLET_SECRETS_DIR=$tmp/vault
echo "bench passphrase" >"$tmp/pass"
FLOWLET_SECRETS_PASSPHRASE_FILE=$tmp/pass "$bin" init 2>/dev/null
if ! FLOWLET_SECRETS_PASSPHRASE_FILE=$tmp/pass "$bin" unlock 2>/dev/null; then
  echo "bench: cannot cache the key in a keyring; falling back to the passphrase file" >&2
  export FLOWLET_SECRETS_PASSPHRASE_FILE=$tmp/pass
fi

IDP_PORT=$idp_port IDP_REDIRECT_URIS=http://127.0.0.1:$cb_port/callback/api \
  IDP_CODE_AT_TTL=3600 IDP_REFRESH_AT_TTL=3600 node "$repo/tests/idp/server.mjs" >"$tmp/idp.log" 2>&1 &
idp_pid=$!
for _ in $(seq 50); do grep -q listening "$tmp/idp.log" 2>/dev/null && break; sleep 0.2; done

printf 's3cr3t-static-token' | "$bin" add password static --from-stdin 2>/dev/null
echo flowlet-test-secret | "$bin" add oauth2 api --issuer "http://127.0.0.1:$idp_port" \
  --client-id flowlet-test --from-stdin --scope "openid email offline_access" \
  --auth-param prompt=consent --redirect-port "$cb_port" >/dev/null 2>&1
BROWSER="node $repo/tests/idp/browser.mjs" "$bin" token request api --timeout 60s 2>/dev/null
"$bin" header api | curl -sf -H @- "http://127.0.0.1:$idp_port/me" >/dev/null
echo "bench: binary $bin"

hyperfine -N --warmup 20 --runs "$runs" --export-markdown "$tmp/read.md" --export-json "$tmp/read.json" \
  -n "get static" "$bin get static" \
  -n "header api (valid token)" "$bin header api"
before=$(curl -s "http://127.0.0.1:$idp_port/test/counters")
hyperfine -N --warmup 3 --runs 30 --export-markdown "$tmp/write.md" \
  -n "token refresh api" "$bin token refresh api" \
  -n "add --force (one vault write)" "sh -c 'printf x | $bin add password w --force --from-stdin'"
after=$(curl -s "http://127.0.0.1:$idp_port/test/counters")
cat "$tmp/read.md" "$tmp/write.md"
python3 - "$tmp/read.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
g, h = r["get static"], r["header api (valid token)"]
print(f"median: get {g['median']*1e3:.2f} ms, header {h['median']*1e3:.2f} ms, "
      f"ratio {h['median']/g['median']:.3f}; min ratio {h['min']/g['min']:.3f}")
PY
echo "provider token requests before/after the refresh runs: $before / $after"
