#!/usr/bin/env node
// The test browser: given as $BROWSER, it is started with the authorization URL. It
// drives oidc-provider's development login and consent pages over plain HTTP with a
// cookie jar, follows every redirect, and stops after the request that reaches the
// CLI's loopback listener. The login name is $FLOWLET_TEST_LOGIN (default `alice`).
// Its log goes to $FLOWLET_TEST_BROWSER_LOG when set.
import { appendFileSync } from 'node:fs';

const log = (msg) => {
  if (process.env.FLOWLET_TEST_BROWSER_LOG) {
    appendFileSync(process.env.FLOWLET_TEST_BROWSER_LOG, `${msg}\n`);
  }
};

const jar = new Map();
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
const keep = (res) => {
  // Headers.getSetCookie() is missing on old Node 18 releases: split the joined header
  // at commas that start a new `name=` pair (never inside an Expires date).
  const all = res.headers.getSetCookie
    ? res.headers.getSetCookie()
    : (res.headers.get('set-cookie') || '').split(/,(?=\s*[^;,=\s]+=)/).filter(Boolean);
  for (const c of all) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    const name = pair.slice(0, i).trim();
    const value = pair.slice(i + 1).trim();
    if (/expires=Thu, 01 Jan 1970/i.test(c) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
};

const login = process.env.FLOWLET_TEST_LOGIN || 'alice';
let url = new URL(process.argv[process.argv.length - 1]);
let method = 'GET';
let body;
for (let step = 0; step < 20; step += 1) {
  log(`${method} ${url.origin}${url.pathname}`);
  const res = await fetch(url, {
    method,
    body,
    redirect: 'manual',
    headers: {
      cookie: cookieHeader(),
      ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
  });
  keep(res);
  if (url.pathname.startsWith('/callback/')) {
    log(`listener answered ${res.status}`);
    process.exit(0);
  }
  if (res.status >= 300 && res.status < 400) {
    url = new URL(res.headers.get('location'), url);
    method = 'GET';
    body = undefined;
    continue;
  }
  const html = await res.text();
  const form = html.match(/<form[^>]*action="([^"]+)"[^>]*method="post"[\s\S]*?<\/form>/);
  if (!form) {
    log(`no form on ${url.pathname} (status ${res.status}): ${html.slice(0, 300)}`);
    process.exit(1);
  }
  const fields = new URLSearchParams();
  for (const m of form[0].matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
    const value = m[0].match(/value="([^"]*)"/);
    fields.set(m[1], value ? value[1] : '');
  }
  if (fields.has('login')) fields.set('login', login);
  if (fields.has('password')) fields.set('password', 'any-password');
  url = new URL(form[1], url);
  method = 'POST';
  body = fields.toString();
}
log('too many steps');
process.exit(1);
