#!/usr/bin/env bash
# flowlet-secrets in one minute, on a throwaway vault: store an API token, then let curl
# authenticate with it by *name*, the token never on a command line or in the script.
#
#   cargo build && examples/quickstart.sh
#
# Everything happens in a temp dir that is removed at the end: your own vault and OS
# keyring are not touched (FLOWLET_SECRETS_DIR points at the temp dir, and
# `init --no-keyring` caches nothing). Needs bash, python3 (the local "API") and curl.
# Works without a terminal (CI): the passphrase comes from a file.
# FLOWLET_SECRETS_BIN overrides the binary (default: target/debug/flowlet-secrets).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${FLOWLET_SECRETS_BIN:-}" ]; then
  cargo build --quiet --bin flowlet-secrets
  FLOWLET_SECRETS_BIN=${CARGO_TARGET_DIR:-$PWD/target}/debug/flowlet-secrets
fi
fs() { "$FLOWLET_SECRETS_BIN" "$@"; }
step() { printf '\n\033[1m$ %s\033[0m\n' "$*" >&2; }
[ -t 2 ] || step() { printf '\n$ %s\n' "$*" >&2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/flowlet-quickstart.XXXXXX")
server_pid=
cleanup() {
  local status=$?
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
umask 077

# A throwaway vault, unlocked by a passphrase file instead of a prompt.
export FLOWLET_SECRETS_DIR=$tmp/vault
export FLOWLET_SECRETS_PASSPHRASE_FILE=$tmp/passphrase
head -c 24 /dev/urandom | base64 >"$FLOWLET_SECRETS_PASSPHRASE_FILE"
unset FLOWLET_SECRETS_IDENTITY_FILE FLOWLET_SECRETS_PASSPHRASE_COMMAND

step "flowlet-secrets init --no-keyring"
fs init --no-keyring </dev/null

# The API token we were given (random here). It goes in through stdin, never argv.
token="tok_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"
printf %s "$token" >"$tmp/expected-token" # for the local API below
step 'printf %s "$token" | flowlet-secrets add password api --from-stdin'
printf %s "$token" | fs add password api --description "quickstart API token" --from-stdin
unset token

step "flowlet-secrets list"
fs list </dev/null

# A local "API" that accepts exactly `Authorization: Bearer <token>` and nothing else.
cat >"$tmp/api.py" <<'EOF'
import http.server, os, sys

expected = "Bearer " + open(sys.argv[1]).read()

class Api(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.headers.get_all("Authorization") == [expected]
        body = b"200 OK: hello, authenticated client\n" if ok else b"401: wrong or missing Authorization header\n"
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = http.server.HTTPServer(("127.0.0.1", 0), Api)
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
EOF
python3 "$tmp/api.py" "$tmp/expected-token" "$tmp/port" </dev/null &
server_pid=$!
for _ in $(seq 100); do
  [ -s "$tmp/port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "quickstart: the local API did not start" >&2; exit 1; }
  sleep 0.1
done
[ -s "$tmp/port" ] || { echo "quickstart: the local API did not start" >&2; exit 1; }
url="http://127.0.0.1:$(cat "$tmp/port")/"

step "curl -s $url    # without the header"
curl -s "$url" || true

step "flowlet-secrets header api | curl -sf -H @- $url"
fs header api </dev/null | curl -sf -H @- "$url"

printf '\nDone: curl authenticated with the secret named "api". The temp vault is removed.\n' >&2
