#!/usr/bin/env node
// The hostile neighbour: given as $BROWSER, it is started with the authorization URL.
// Before the real login it attacks the CLI's loopback listener the way another local
// program or a web page can: redirects with a wrong, missing, repeated or re-encoded
// state (some with error=access_denied), other paths and methods, oversized and
// malformed requests, and connections that send half a request, nothing, or one byte
// at a time and stall. Those stay open while it hands the URL to the test browser
// (browser.mjs), whose login must still complete. Every request that would use the
// real state is one the listener must refuse (wrong method, path, size or syntax).
//
// One JSON line per attack goes to $FLOWLET_TEST_HOSTILE_LOG:
//   {"name": "...", "answer": "HTTP/1.1 400 Bad Request" | "closed" | "reset"}
// and the browser's exit status is this script's.
import net from 'node:net';
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const logFile = process.env.FLOWLET_TEST_HOSTILE_LOG;
const record = (name, answer) => {
  if (logFile) appendFileSync(logFile, `${JSON.stringify({ name, answer })}\n`);
};

const authorizeUrl = process.argv[process.argv.length - 1];
const authorize = new URL(authorizeUrl);
const redirect = new URL(authorize.searchParams.get('redirect_uri'));
const state = authorize.searchParams.get('state');
const port = Number(redirect.port);
const cb = redirect.pathname;

// Sends raw bytes on a new connection; resolves with the answer's status line, or
// "closed" / "reset" when the listener closed without one.
const send = (bytes) => new Promise((resolve) => {
  const sock = net.connect(port, '127.0.0.1');
  let data = '';
  const done = (fallback) => {
    const line = data.split('\r\n')[0];
    resolve(line || fallback);
  };
  sock.on('connect', () => sock.end(bytes));
  sock.on('data', (d) => { data += d.toString('latin1'); });
  sock.on('end', () => done('closed'));
  sock.on('error', () => done('reset'));
  sock.setTimeout(30000, () => { sock.destroy(); done('timeout'); });
});

const get = (target, extra = '') => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extra}Connection: close\r\n\r\n`;
const pct = (s) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');
const flip = (s) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
const altered = state.slice(0, -1) + (state.endsWith('A') ? 'B' : 'A');

// Connections that stall: half a request, nothing at all, and one byte every 200 ms.
const stalled = [];
const half = net.connect(port, '127.0.0.1', () => half.write(`GET ${cb}?code=evil-half&state=`));
const idle = net.connect(port, '127.0.0.1');
const drip = net.connect(port, '127.0.0.1');
const dripBytes = Buffer.from(get(`${cb}?code=evil-drip&state=nope`));
let dripAt = 0;
const dripTimer = setInterval(() => {
  if (dripAt < dripBytes.length - 4 && !drip.destroyed) drip.write(dripBytes.subarray(dripAt, (dripAt += 1)));
}, 200);
for (const s of [half, idle, drip]) {
  s.on('error', () => {});
  stalled.push(s);
}

const attacks = [
  ['wrong state', get(`${cb}?code=evil-1&state=${state}x`)],
  ['truncated state', get(`${cb}?code=evil-2&state=${state.slice(0, -1)}`)],
  ['one character changed', get(`${cb}?code=evil-3&state=${altered}`)],
  ['missing state', get(`${cb}?code=evil-4`)],
  ['empty state', get(`${cb}?code=evil-5&state=`)],
  ['access_denied with a wrong state', get(`${cb}?error=access_denied&state=nope`)],
  ['access_denied without state', get(`${cb}?error=access_denied`)],
  ['access_denied with an altered state', get(`${cb}?error=access_denied&error_description=x&state=${altered}`)],
  ['state twice, both right', get(`${cb}?code=evil-6&state=${state}&state=${state}`)],
  ['state twice, wrong first', get(`${cb}?code=evil-7&state=nope&state=${state}`)],
  ['state twice, wrong last', get(`${cb}?error=access_denied&state=${state}&state=nope`)],
  ['percent-encoded altered state', get(`${cb}?code=evil-8&state=${pct(altered)}`)],
  ['state with an encoded NUL', get(`${cb}?code=evil-9&state=${state}%00`)],
  ['state with an encoded space', get(`${cb}?code=evil-10&state=+${state}`)],
  ['double-encoded state', get(`${cb}?code=evil-11&state=${pct(pct(state))}`)],
  ['state behind a semicolon', get(`${cb}?code=evil-12;state=${state}`)],
  ['state in a fragment', get(`${cb}?code=evil-13#state=${state}`)],
  ['favicon', get('/favicon.ico')],
  ['HEAD with the right state', `HEAD ${cb}?code=evil-14&state=${state} HTTP/1.1\r\nHost: x\r\n\r\n`],
  ['POST with the right state', `POST ${cb}?code=evil-15&state=${state} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n`],
  ['POST body with the right state', `POST ${cb} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${`code=evil-16&state=${state}`.length}\r\n\r\ncode=evil-16&state=${state}`],
  ['other path with the right state', get(`/callback/other?code=evil-17&state=${state}`)],
  ['trailing slash with the right state', get(`${cb}/?code=evil-18&state=${state}`)],
  ['upper-case path with the right state', get(`${cb.toUpperCase()}?code=evil-19&state=${state}`)],
  ['encoded path with the right state', get(`${cb.replaceAll('/', '%2F')}?code=evil-20&state=${state}`)],
  ['absolute-form with the right state', get(`http://127.0.0.1:${port}${cb}?code=evil-21&state=${state}`)],
  ['flipped-case state', get(`${cb}?code=evil-22&state=${flip(state)}`)],
  ['oversized header with the right state', get(`${cb}?code=evil-23&state=${state}`, `X-Pad: ${'a'.repeat(64 * 1024)}\r\n`)],
  ['oversized query with the right state', get(`${cb}?code=evil-24&state=${state}&pad=${'b'.repeat(16 * 1024)}`)],
  ['HTTP/9.9 with the right state', `GET ${cb}?code=evil-25&state=${state} HTTP/9.9\r\n\r\n`],
  ['garbage', 'GARBAGE\r\n\r\n'],
  ['control bytes in the target', `GET ${cb}?code=evil-26\x01&state=${state} HTTP/1.1\r\n\r\n`],
  ['binary junk', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a])],
];

for (const [name, bytes] of attacks) {
  record(name, await send(bytes));
}

const browser = spawn(process.execPath, [fileURLToPath(new URL('./browser.mjs', import.meta.url)), authorizeUrl], {
  stdio: 'inherit',
});
browser.on('exit', (code) => {
  clearInterval(dripTimer);
  for (const s of stalled) s.destroy();
  process.exit(code ?? 1);
});
