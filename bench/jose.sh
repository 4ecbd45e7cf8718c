#!/usr/bin/env bash
# JOSE benchmarks (issue 4). Not part of CI: needs a release build, hyperfine, jwt-cli
# (`cargo install jwt-cli`; set JWT=path if it is not on PATH), python3 with PyJWT, and
# openssl.
#
# 1. Whole process, hyperfine: `jws sign` / `jws verify`, HS256 and RS256, against
#    jwt-cli and a PyJWT one-liner on the same claims. Ours unlocks the vault from the
#    OS keyring on every run, as a user's shell would.
# 2. In process, criterion (benches/jose.rs): RS256 sign, against `openssl speed rsa2048`.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-$PWD/target/release/flowlet-secrets}
JWT=${JWT:-$(command -v jwt || echo /tmp/jwtcli/bin/jwt)}
RUNS=${RUNS:-50}
[ -x "$BIN" ] || cargo build --release
for tool in hyperfine python3 openssl "$JWT"; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 2; }
done

tmp=$(mktemp -d)
export FLOWLET_SECRETS_DIR=$tmp/vault
cleanup() { "$BIN" lock >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
printf 'bench passphrase\n' > "$tmp/pass"
FLOWLET_SECRETS_PASSPHRASE_FILE=$tmp/pass "$BIN" init 2>/dev/null
"$BIN" add hs256 hs --generate
"$BIN" add rs256 rs --generate
"$BIN" get hs > "$tmp/hs.b64url"
"$BIN" get rs --field private-key > "$tmp/rs.pem"
"$BIN" pubkey rs > "$tmp/rs.pub.pem"
# jwt-cli takes standard base64 after `b64:`.
HS_B64=$(python3 -c 'import base64,sys;k=open(sys.argv[1]).read().strip();print(base64.b64encode(base64.urlsafe_b64decode(k+"="*(-len(k)%4))).decode())' "$tmp/hs.b64url")

claims=(--sub svc --scope orders:read --exp 5m)
hs_tok=$("$BIN" jws sign hs "${claims[@]}")
rs_tok=$("$BIN" jws sign rs "${claims[@]}")
py_key_hs="import base64;k=open('$tmp/hs.b64url').read().strip();K=base64.urlsafe_b64decode(k+'='*(-len(k)%4))"
py_sign="import jwt,time;t=int(time.time());print(jwt.encode({'sub':'svc','scope':'orders:read','iat':t,'exp':t+300},K,algorithm=A))"
py_verify="import jwt;print(jwt.decode(T,K,algorithms=[A]))"

hf() { hyperfine -N --warmup 5 --runs "$RUNS" --export-markdown "$tmp/$1.md" "${@:2}" >/dev/null; cat "$tmp/$1.md"; echo; }

echo "## HS256 sign"
hf hs-sign \
  -n "flowlet get (vault floor)" "$BIN get hs" \
  -n flowlet "$BIN jws sign hs --sub svc --scope orders:read --exp 5m" \
  -n jwt-cli "$JWT encode -S b64:$HS_B64 -A HS256 -s svc -P scope=orders:read --exp=300" \
  -n pyjwt "python3 -c \"$py_key_hs;A='HS256';$py_sign\""
echo "## HS256 verify"
hf hs-verify \
  -n flowlet "$BIN jws verify hs $hs_tok" \
  -n jwt-cli "$JWT decode -S b64:$HS_B64 -A HS256 $hs_tok" \
  -n pyjwt "python3 -c \"$py_key_hs;A='HS256';T='$hs_tok';$py_verify\""
echo "## RS256 sign"
hf rs-sign \
  -n "flowlet get (vault floor)" "$BIN get rs" \
  -n flowlet "$BIN jws sign rs --sub svc --scope orders:read --exp 5m" \
  -n jwt-cli "$JWT encode -S @$tmp/rs.pem -A RS256 -s svc -P scope=orders:read --exp=300" \
  -n pyjwt "python3 -c \"K=open('$tmp/rs.pem').read();A='RS256';$py_sign\""
echo "## RS256 verify"
hf rs-verify \
  -n flowlet "$BIN jws verify rs $rs_tok" \
  -n jwt-cli "$JWT decode -S @$tmp/rs.pub.pem -A RS256 $rs_tok" \
  -n pyjwt "python3 -c \"K=open('$tmp/rs.pub.pem').read();A='RS256';T='$rs_tok';$py_verify\""

echo "## In process: criterion vs openssl speed rsa2048"
# -elapsed: openssl divides by wall-clock time, as criterion does (its default is CPU
# user time, which flatters it on a busy machine).
cargo bench --bench jose -- --warm-up-time 2 --measurement-time 10 2>/dev/null | grep -E "time:"
openssl speed -elapsed -seconds 10 rsa2048 2>/dev/null | grep -E "^rsa +2048|sign/s"
