#!/usr/bin/env bash
# Read benchmark of the vault (issue 2, "Performance").
#
# Builds vaults of 1,000 and 100,000 secrets (examples/bench_vault.rs: the library's own
# canonical renderer, then age encryption, in seconds), unlocks them into the kernel
# keyring with `flowlet-secrets unlock`, and compares in one run the median wall time of
#   flowlet-secrets get NAME           (identity from the keyring)
#   age -d -i IDENTITY vault.age       (the stock age CLI, same vault)
#   pass show NAME                     (a password-store of 1,000 entries, throwaway
#                                       GNUPGHOME with a passphrase-less key)
# plus the peak memory (max RSS) of `get` at 100,000 secrets against the plaintext size.
#
# Targets: get <= 1.5x age -d at 1,000 and <= 2x at 100,000; get >= 5x faster than
# pass show; peak memory <= 3x the plaintext. Exit status 1 when a target is missed.
#
# Needs: cargo, age, hyperfine, pass, gnupg, keyutils, jq, GNU time (/usr/bin/time).
# Tuning: ROUNDS (default 4) x RUNS (default 50) timed runs per command, WARMUP (5).
# Nothing outside a temp dir is touched; the cached keys are removed and gpg-agent is
# stopped on exit. The figures are wall times: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-4}
RUNS=${RUNS:-50}
WARMUP=${WARMUP:-5}

for tool in age hyperfine pass gpg jq keyctl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "bench: GNU time is missing (apt-get install time)" >&2; exit 2; }

echo "bench: cargo build --release" >&2
cargo build --release --quiet --bin flowlet-secrets --example bench_vault
BIN=$PWD/target/release/flowlet-secrets
GEN=$PWD/target/release/examples/bench_vault

work=$(mktemp -d /tmp/flowlet-bench.XXXXXX)
export GNUPGHOME=$work/gnupg PASSWORD_STORE_DIR=$work/store
cleanup() {
  for n in 1000 100000; do
    [ -d "$work/v$n" ] && "$BIN" --vault-dir "$work/v$n" lock >/dev/null 2>&1 || true
  done
  gpgconf --kill gpg-agent >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The keyring path only: no Secret Service probe, no passphrase sources.
unset DBUS_SESSION_BUS_ADDRESS FLOWLET_SECRETS_DIR FLOWLET_SECRETS_IDENTITY_FILE \
  FLOWLET_SECRETS_PASSPHRASE_FILE FLOWLET_SECRETS_PASSPHRASE_COMMAND
printf 'bench passphrase\n' >"$work/passphrase"

declare -A plain_size
for n in 1000 100000; do
  echo "bench: building a vault of $n secrets" >&2
  plain_size[$n]=$("$GEN" "$work/v$n" "$n" "$work/passphrase" "$work/id$n.txt")
  FLOWLET_SECRETS_PASSPHRASE_FILE=$work/passphrase "$BIN" --vault-dir "$work/v$n" unlock
done
name_1k=secret-000500
name_100k=secret-099999 # the last one: the scan for its header crosses the whole text

# Sanity: get works from the keyring alone (no terminal, no passphrase) and agrees with age.
for n in 1000 100000; do
  name=$([ "$n" = 1000 ] && echo "$name_1k" || echo "$name_100k")
  got=$("$BIN" --vault-dir "$work/v$n" get "$name" </dev/null)
  want=$(age -d -i "$work/id$n.txt" "$work/v$n/vault.age" |
    awk -v h="[secrets.\"$name\"]" '$0 == h {f = 1; next} /^\[/ {f = 0} f && /^value = / {print substr($0, 10, length($0) - 10)}')
  [ "$got" = "$want" ] || { echo "bench: get $name does not match age -d" >&2; exit 2; }
done

echo "bench: building a password-store of 1,000 entries" >&2
mkdir -m 700 "$GNUPGHOME"
# A passphrase-less key never needs pinentry; make sure none could ever prompt.
printf 'pinentry-program /bin/false\n' >"$GNUPGHOME/gpg-agent.conf"
gpg --batch --quiet --passphrase '' --quick-gen-key 'flowlet bench <bench@flowlet.invalid>' \
  future-default default never 2>/dev/null
fpr=$(gpg --list-secret-keys --with-colons | awk -F: '/^fpr/ {print $10; exit}')
pass init "$fpr" >/dev/null
for i in $(seq -f '%06g' 0 999); do
  head -c 30 /dev/urandom | base64 |
    gpg --batch --quiet --yes --trust-model always -e -r "$fpr" -o "$PASSWORD_STORE_DIR/secret-$i.gpg"
done
pass show "$name_1k" >/dev/null

# Several rounds, the command order reversed every other round, so that the load of a
# shared machine drifting during the run does not favour one command; the medians are
# over the samples of all rounds.
echo "bench: timing ($ROUNDS rounds x $RUNS runs, warmup $WARMUP; load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
c_get1k="$BIN --vault-dir $work/v1000 get $name_1k"
c_age1k="age -d -i $work/id1000.txt $work/v1000/vault.age"
c_pass1k="pass show $name_1k"
c_get100k="$BIN --vault-dir $work/v100000 get $name_100k"
c_age100k="age -d -i $work/id100000.txt $work/v100000/vault.age"
for r in $(seq "$ROUNDS"); do
  if [ $((r % 2)) = 1 ]; then
    set -- -n get@1k "$c_get1k" -n age@1k "$c_age1k" -n pass@1k "$c_pass1k" \
      -n get@100k "$c_get100k" -n age@100k "$c_age100k"
  else
    set -- -n age@100k "$c_age100k" -n get@100k "$c_get100k" \
      -n pass@1k "$c_pass1k" -n age@1k "$c_age1k" -n get@1k "$c_get1k"
  fi
  hyperfine -N --style none --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/t.$r.json" "$@"
done

median() {
  jq -s -r --arg n "$1" '[.[].results[] | select(.command == $n) | .times[]] | sort
    | (if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end)
    * 1000' "$work"/t.*.json
}
# CPU time (user + system, mean over rounds): less sensitive than wall time to the load
# of a shared machine, reported alongside.
cpu() {
  jq -s -r --arg n "$1" '[.[].results[] | select(.command == $n) | .user + .system]
    | add / length * 1000 | . * 100 | round / 100' "$work"/t.*.json
}
get1k=$(median get@1k)
age1k=$(median age@1k)
pass1k=$(median pass@1k)
get100k=$(median get@100k)
age100k=$(median age@100k)

maxrss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; }
rss_get=$(maxrss "$BIN" --vault-dir "$work/v100000" get "$name_100k")
rss_age=$(maxrss age -d -i "$work/id100000.txt" "$work/v100000/vault.age")

echo "CPU time (user+sys), 1,000 secrets: get $(cpu get@1k) ms | age -d $(cpu age@1k) ms | pass show $(cpu pass@1k) ms (gpg-agent not counted)"
echo "CPU time (user+sys), 100,000 secrets: get $(cpu get@100k) ms | age -d $(cpu age@100k) ms"
python3 - "$get1k" "$age1k" "$pass1k" "$get100k" "$age100k" "$rss_get" "$rss_age" \
  "${plain_size[1000]}" "${plain_size[100000]}" <<'EOF'
import sys
get1k, age1k, pass1k, get100k, age100k = map(float, sys.argv[1:6])
rss_get, rss_age, plain1k, plain100k = map(int, sys.argv[6:10])
rss_get_b = rss_get * 1024
rows = [
    ("get vs age -d, 1,000 secrets", get1k / age1k, "<= 1.5x", get1k / age1k <= 1.5),
    ("get vs age -d, 100,000 secrets", get100k / age100k, "<= 2x", get100k / age100k <= 2.0),
    ("pass show / get, 1,000 entries", pass1k / get1k, ">= 5x", pass1k / get1k >= 5.0),
    ("peak RSS of get / plaintext, 100,000", rss_get_b / plain100k, "<= 3x", rss_get_b / plain100k <= 3.0),
]
print(f"median wall time, 1,000 secrets   : get {get1k:.2f} ms | age -d {age1k:.2f} ms | pass show {pass1k:.2f} ms")
print(f"median wall time, 100,000 secrets : get {get100k:.2f} ms | age -d {age100k:.2f} ms")
print(f"plaintext: {plain1k:,} B (1,000) / {plain100k:,} B (100,000)")
print(f"max RSS at 100,000: get {rss_get / 1024:.1f} MiB | age -d {rss_age / 1024:.1f} MiB")
missed = 0
for what, ratio, target, ok in rows:
    print(f"{'ok    ' if ok else 'MISSED'} {what}: {ratio:.2f}x (target {target})")
    missed += not ok
sys.exit(1 if missed else 0)
EOF
