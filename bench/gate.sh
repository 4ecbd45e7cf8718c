#!/usr/bin/env bash
# Benchmark of `flowlet-secrets gate` on loopback (issues 5 and 10), with wrk:
#   1. decisions per second for basic auth and for RS256 JWTs, straight at the gate;
#   2. 10,000 idle connections held open (IDLE=…): the gate must keep running and
#      serving, basic decisions/s measured meanwhile, and its resident memory (VmRSS);
#   3. the latency nginx + auth_request adds over nginx alone (same upstream), with
#      a new connection per check (nginx's default) and with upstream keepalive.
#
# Usage: bench/gate.sh            (builds target/release/flowlet-secrets if needed)
#        BIN=path/to/flowlet-secrets DURATION=10s CONNS=50 THREADS=2 bench/gate.sh
# Needs: wrk, nginx, curl, python3 with PyJWT (to mint thousands of distinct tokens).
# Everything runs in a temp directory on free loopback ports and is stopped at exit.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNS=${CONNS:-50}
WRK_THREADS=${WRK_THREADS:-2}
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=$PWD/target/release/flowlet-secrets
fi
NGINX=${NGINX:-/usr/sbin/nginx}
command -v wrk >/dev/null || { echo "bench: wrk is not installed" >&2; exit 2; }
IDLE=${IDLE:-10000}
# Room for IDLE idle sockets on both ends (the gate and the Python client).
ulimit -n "$(( IDLE * 2 + 4096 ))" 2>/dev/null || ulimit -n "$(ulimit -Hn)"

T=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$T"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 1 300); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.1; done; echo "bench: port $1 did not open" >&2; exit 2; }

export HOME=$T/home FLOWLET_SECRETS_DIR=$T/vault FLOWLET_SECRETS_PASSPHRASE_FILE=$T/pass
mkdir -p "$HOME"
echo "bench passphrase" > "$T/pass"
"$BIN" init --no-keyring >/dev/null 2>&1
printf 'open sesame' | "$BIN" add basic web -u Aladdin --from-stdin 2>/dev/null
"$BIN" add rs256 signer --generate 2>/dev/null

JWT=$("$BIN" jws sign signer --sub bench --scope orders:read --exp 1h)
# Distinct tokens, as many clients would send, sent in rotation. Minting them with
# `jws sign` would unlock the vault once per token, so PyJWT signs them with the key.
N_TOKENS=${N_TOKENS:-5000}
"$BIN" get signer --field private-key > "$T/signer.pem"
python3 - "$T/signer.pem" "$N_TOKENS" > "$T/tokens" <<'PY'
import jwt, sys, time
key = open(sys.argv[1]).read()
now = int(time.time())
for i in range(int(sys.argv[2])):
    claims = {"sub": "bench", "scope": "orders:read", "iat": now, "exp": now + 3600, "jti": str(i)}
    print(jwt.encode(claims, key, algorithm="RS256"))
PY
cat > "$T/rotate.lua" <<LUA
local tokens = {}
for line in io.lines("$T/tokens") do tokens[#tokens + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/auth", {["X-Original-URI"] = "/jwt/orders",
    ["Authorization"] = "Bearer " .. tokens[(i % #tokens) + 1]})
end
LUA
BASIC=$(printf 'Aladdin:open sesame' | base64 -w0)

GATE=$(free_port)
"$BIN" gate --listen 127.0.0.1:"$GATE" --rule /jwt=signer:orders:read --rule /=web \
  2>"$T/gate.log" & pids+=($!)
wait_port "$GATE"

# Sanity: the verdicts the bench relies on.
check() { curl -s -o /dev/null -w '%{http_code}' -H "X-Original-URI: $1" -H "Authorization: $2" "http://127.0.0.1:$GATE/auth"; }
[ "$(check / "Basic $BASIC")" = 200 ] || { echo "bench: basic check failed" >&2; exit 1; }
[ "$(check /jwt/x "Bearer $JWT")" = 200 ] || { echo "bench: JWT check failed" >&2; exit 1; }
[ "$(check /jwt/x "Bearer $(head -1 "$T/tokens")")" = 200 ] || { echo "bench: PyJWT token refused" >&2; exit 1; }

rps() { awk '/Requests\/sec/ {print $2}'; }
pct() { awk '$1=="50%" {print "p50 " $2} $1=="99%" {print "p99 " $2}' | tr '\n' ' '; }
errors() { grep -E 'Non-2xx|Socket errors' || true; }

echo "== gate alone: $CONNS connections, $DURATION each"
out=$(wrk -t"$WRK_THREADS" -c"$CONNS" -d"$DURATION" --latency -H "X-Original-URI: /app" -H "Authorization: Basic $BASIC" "http://127.0.0.1:$GATE/auth")
echo "basic auth decisions/s:                       $(echo "$out" | rps)  $(echo "$out" | pct) $(echo "$out" | errors)"
out=$(wrk -t"$WRK_THREADS" -c"$CONNS" -d"$DURATION" -H "X-Original-URI: /app" -H "Authorization: Basic d3Jvbmc6d3Jvbmc=" "http://127.0.0.1:$GATE/auth")
echo "basic refusals (wrong password)/s:            $(echo "$out" | rps)"
out=$(wrk -t"$WRK_THREADS" -c"$CONNS" -d"$DURATION" --latency -H "X-Original-URI: /jwt/orders" -H "Authorization: Bearer $JWT" "http://127.0.0.1:$GATE/auth")
echo "RS256 JWT decisions/s, one token:             $(echo "$out" | rps)  $(echo "$out" | pct) $(echo "$out" | errors)"
out=$(wrk -t1 -c"$CONNS" -d"$DURATION" --latency -s "$T/rotate.lua" "http://127.0.0.1:$GATE/auth")
echo "RS256 JWT decisions/s, $N_TOKENS tokens (distinct):    $(echo "$out" | rps)  $(echo "$out" | pct) $(echo "$out" | errors)"

GATE_PID=${pids[0]}
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$GATE_PID/status"; }
echo "== $IDLE idle connections held open"
echo "gate RSS before:                              $(rss_kb) kB"
python3 - "$GATE" "$IDLE" > "$T/idle.out" <<'PY' & idle_pid=$!; pids+=($idle_pid)
import socket, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
socks = []
for _ in range(n):
    s = socket.create_connection(("127.0.0.1", port))
    socks.append(s)
print("ready", len(socks), flush=True)
time.sleep(3600)
PY
for _ in $(seq 1 600); do grep -q ready "$T/idle.out" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$T/idle.out" || { echo "bench: could not open $IDLE connections" >&2; exit 1; }
sleep 1
kill -0 "$GATE_PID" || { echo "bench: the gate exited under $IDLE idle connections" >&2; cat "$T/gate.log" >&2; exit 1; }
echo "gate RSS with $IDLE idle connections:        $(rss_kb) kB"
out=$(wrk -t"$WRK_THREADS" -c"$CONNS" -d"$DURATION" --latency -H "X-Original-URI: /app" -H "Authorization: Basic $BASIC" "http://127.0.0.1:$GATE/auth")
echo "basic auth decisions/s meanwhile:             $(echo "$out" | rps)  $(echo "$out" | pct) $(echo "$out" | errors)"
echo "gate RSS after that load:                     $(rss_kb) kB"
kill "$idle_pid"; wait "$idle_pid" 2>/dev/null || true
[ "$(check / "Basic $BASIC")" = 200 ] || { echo "bench: the gate stopped serving" >&2; exit 1; }

# nginx: one upstream server, a front with and without auth_request.
UP=$(free_port); FRONT=$(free_port)
mkdir -p "$T/nginx"
user=""; [ "$(id -u)" = 0 ] && user="user root;"
cat > "$T/nginx/nginx.conf" <<EOF
$user
daemon off;
worker_processes 1;
pid $T/nginx/nginx.pid;
error_log $T/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $T/nginx/cb; proxy_temp_path $T/nginx/px;
  fastcgi_temp_path $T/nginx/fc; uwsgi_temp_path $T/nginx/uw; scgi_temp_path $T/nginx/sc;
  upstream app { server 127.0.0.1:$UP; keepalive 32; }
  upstream gate { server 127.0.0.1:$GATE; keepalive 32; }
  server { listen 127.0.0.1:$UP; location / { return 200 "ok\n"; } }
  server {
    listen 127.0.0.1:$FRONT;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    location /open/ { proxy_pass http://app; }
    location /guarded/ { auth_request /_gate; proxy_pass http://app; }
    location /guarded-ka/ { auth_request /_gate_ka; proxy_pass http://app; }
    location = /_gate {
      internal;
      proxy_pass http://127.0.0.1:$GATE;
      proxy_http_version 1.0;
      proxy_pass_request_body off;
      proxy_set_header Content-Length "";
      proxy_set_header X-Original-URI \$request_uri;
    }
    location = /_gate_ka {
      internal;
      proxy_pass http://gate;
      proxy_pass_request_body off;
      proxy_set_header Content-Length "";
      proxy_set_header X-Original-URI \$request_uri;
    }
  }
}
EOF
"$NGINX" -p "$T/nginx" -c "$T/nginx/nginx.conf" -e "$T/nginx/error.log" & pids+=($!)
wait_port "$FRONT"
[ "$(curl -s -o /dev/null -w '%{http_code}' -u 'Aladdin:open sesame' "http://127.0.0.1:$FRONT/guarded/x")" = 200 ] || { echo "bench: nginx+gate check failed" >&2; cat "$T/nginx/error.log" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$FRONT/guarded/x")" = 401 ] || { echo "bench: nginx+gate let a request in" >&2; exit 1; }

lat() { # path, connections -> "p50 p99 req/s"
  local o
  o=$(wrk -t1 -c"$2" -d"$DURATION" --latency -H "Authorization: Basic $BASIC" "http://127.0.0.1:$FRONT$1")
  echo "$(echo "$o" | pct) req/s $(echo "$o" | rps) $(echo "$o" | errors)"
}
echo "== nginx (1 worker) latency, 1 connection, $DURATION, basic auth"
echo "nginx alone:                          $(lat /open/x 1)"
echo "nginx + auth_request (new conn/check): $(lat /guarded/x 1)"
echo "nginx + auth_request (keepalive):      $(lat /guarded-ka/x 1)"
echo "== nginx throughput, $CONNS connections"
echo "nginx alone:                          $(lat /open/x "$CONNS")"
echo "nginx + auth_request (keepalive):      $(lat /guarded-ka/x "$CONNS")"
