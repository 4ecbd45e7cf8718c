#!/usr/bin/env bash
# Team vault benchmarks (issue 11, "Performance"):
#   1. `get` on a team vault with 60 members vs the same secrets with 1 member; the
#      reader is the LAST member, so age tries its key on all 60 stanzas (the worst
#      case). Target: at most 1.5x.
#   2. `git merge-driver` on two 1,000-secret vaults that each changed 500 different
#      secrets since their base. Target: under 1 s.
#
#   cargo build --release && BIN=target/release/flowlet-secrets bench/team.sh
#
# Needs hyperfine, age, age-keygen, python3. Everything lives in a temp dir.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${BIN:-target/debug/flowlet-secrets}")
[ -x "$BIN" ] || { echo "build first: cargo build (or set BIN)" >&2; exit 2; }
for t in hyperfine age age-keygen python3; do
  command -v "$t" >/dev/null || { echo "bench: $t is not installed" >&2; exit 2; }
done
SECRETS=${SECRETS:-200}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_STATE_HOME=$tmp/state TMPDIR=$tmp
mkdir -p "$HOME"
age-keygen -o "$tmp/reader.key" 2>/dev/null
age-keygen -o "$tmp/creator.key" 2>/dev/null

# A team vault of $SECRETS secrets, written by our own renderer through `add`.
make_vault() { # DIR CREATOR_KEY
  FLOWLET_SECRETS_DIR=$1 FLOWLET_SECRETS_IDENTITY_FILE=$2 "$BIN" init --shared --label first 2>/dev/null
  for i in $(seq 1 "$SECRETS"); do
    printf 'value-%06d-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' "$i" |
      FLOWLET_SECRETS_DIR=$1 FLOWLET_SECRETS_IDENTITY_FILE=$2 "$BIN" add password "s$i" --from-stdin 2>/dev/null
  done
}
echo "bench: building a 1-member and a 60-member vault of $SECRETS secrets" >&2
make_vault "$tmp/one" "$tmp/reader.key"
make_vault "$tmp/sixty" "$tmp/creator.key"
for i in $(seq 2 59); do
  age-keygen -o "$tmp/m$i.key" 2>/dev/null
  FLOWLET_SECRETS_DIR=$tmp/sixty FLOWLET_SECRETS_IDENTITY_FILE=$tmp/creator.key \
    "$BIN" recipients add "m$i" "$(age-keygen -y "$tmp/m$i.key")" 2>/dev/null
done
FLOWLET_SECRETS_DIR=$tmp/sixty FLOWLET_SECRETS_IDENTITY_FILE=$tmp/creator.key \
  "$BIN" recipients add reader "$(age-keygen -y "$tmp/reader.key")" 2>/dev/null
export FLOWLET_SECRETS_IDENTITY_FILE=$tmp/reader.key
FLOWLET_SECRETS_DIR=$tmp/sixty "$BIN" get s1 >/dev/null   # pin on first use
FLOWLET_SECRETS_DIR=$tmp/one "$BIN" get s1 >/dev/null
hyperfine -N --warmup 5 --runs "${RUNS:-50}" --export-json "$tmp/get.json" \
  -n "get, 1 member" "env FLOWLET_SECRETS_DIR=$tmp/one $BIN get s7" \
  -n "get, 60 members" "env FLOWLET_SECRETS_DIR=$tmp/sixty $BIN get s7"

# Merge: base, ours (changed s1..s500), theirs (changed s501..s1000), all 1,000 secrets.
echo "bench: building three 1,000-secret vault versions" >&2
recipient=$(age-keygen -y "$tmp/reader.key")
python3 - "$tmp" "$recipient" <<'PY'
import sys, secrets
tmp, rcpt = sys.argv[1], sys.argv[2]
key = secrets.token_hex(32)
head = f'version = 1\n\n[team]\nkey = "{key}"\nmembers = [{{ added = 1, label = "reader", recipient = "{rcpt}" }}]\nprevious_keys = []\nvault_id = "{secrets.token_hex(16)}"\n'
def doc(changed, tag):
    out = [head]
    for i in range(1, 1001):
        v = f"value-{i:06d}-{tag if i in changed else 'base'}"
        out.append(f'\n[secrets."s{i}"]\ntype = "password"\ncreated = 1\nid = "{i:016x}"\nupdated = {2 if i in changed else 1}\nvalue = "{v}"\n')
    return "".join(out)
for name, changed, tag in [("base", set(), ""), ("ours", set(range(1, 501)), "ours"), ("theirs", set(range(501, 1001)), "theirs")]:
    open(f"{tmp}/{name}.toml", "w").write(doc(changed, tag))
PY
for v in base ours theirs; do age -e -r "$recipient" -o "$tmp/$v.age" "$tmp/$v.toml"; rm "$tmp/$v.toml"; done
hyperfine -N --warmup 2 --runs "${RUNS:-20}" --prepare "cp $tmp/ours.age $tmp/a.age" \
  -n "merge-driver, 2 x 1,000 secrets" "$BIN git merge-driver $tmp/base.age $tmp/a.age $tmp/theirs.age"
