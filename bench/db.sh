#!/usr/bin/env bash
# Overhead of `run --db NAME -- true` over plain `true`, next to one `get` (issue 6).
# The budget: `run` costs at most one `get` (one process start + one age decrypt)
# plus the spawn of COMMAND.
#
#   cargo build --release && BIN=target/release/flowlet-secrets bench/db.sh
#
# Needs hyperfine. Uses a throw-away vault unlocked through the kernel keyring
# (`unlock`), so no scrypt run is timed; the vault's key is removed (`lock`) at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${BIN:-target/debug/flowlet-secrets}")
[ -x "$BIN" ] || { echo "build first: cargo build (or set BIN)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 2; }

tmp=$(mktemp -d)
export FLOWLET_SECRETS_DIR="$tmp/vault"
export FLOWLET_SECRETS_PASSPHRASE_FILE="$tmp/passphrase"
cleanup() { "$BIN" lock >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
echo "bench passphrase" >"$FLOWLET_SECRETS_PASSPHRASE_FILE"
"$BIN" init >/dev/null 2>&1
"$BIN" unlock >/dev/null 2>&1
# A realistic vault: a few dozen secrets around the one we read.
for i in $(seq 1 30); do
  printf 'token-%s' "$i" | "$BIN" add password "api$i" --from-stdin >/dev/null 2>&1
done
printf 'p@ss:w/o%%rd #?' | "$BIN" add postgres pg -u app --port 5432 --database app \
  --option sslmode=disable --from-stdin >/dev/null 2>&1
printf 'p@ss:w/o%%rd #?' | "$BIN" add mysql my -u app --port 3306 --database app \
  --from-stdin >/dev/null 2>&1
unset FLOWLET_SECRETS_PASSPHRASE_FILE   # from here on only the keyring unlocks

hyperfine -N --warmup 10 --min-runs 100 "${@}" \
  -n 'true' 'true' \
  -n 'get pg' "$BIN get pg" \
  -n 'run --db pg -- true' "$BIN run --db pg -- true" \
  -n 'run --db my -- true' "$BIN run --db my -- true"
