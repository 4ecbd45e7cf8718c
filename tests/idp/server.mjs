// The real OpenID provider for the OAuth2 tests: the certified `oidc-provider` package,
// configured the way the tests need it and nothing more.
//
// Environment:
//   IDP_PORT            loopback port to listen on (required)
//   IDP_REDIRECT_URIS   comma-separated redirect URIs registered for the test client
//   IDP_CODE_AT_TTL     access-token lifetime in seconds for tokens from the code grant (default 5)
//   IDP_REFRESH_AT_TTL  access-token lifetime in seconds for refreshed tokens (default 5)
//
// Clients: `flowlet-test` (confidential, client_secret_basic, secret `flowlet-test-secret`)
// and `flowlet-public` (public, token_endpoint_auth_method none). PKCE S256 is required,
// refresh tokens are issued for `offline_access` (with prompt=consent, as OpenID Connect
// Core §11 asks) and rotated on every use; oidc-provider revokes the whole grant when a
// consumed refresh token comes back (reuse detection).
//
// Per-feature options (all off by default, so the default configuration is unchanged):
//   IDP_FEATURES        comma-separated: device (RFC 8628 device flow, client
//                       `flowlet-device`, public), client_credentials (client
//                       `flowlet-service`, secret `flowlet-service-secret`), dpop (RFC 9449),
//                       dpop_nonce (dpop with a server nonce required)
//   IDP_CLIENT_JWKS     path of a JWKS file: registers `flowlet-pkjwt`, a private_key_jwt
//                       client with these public keys, for every enabled grant
//   IDP_SLOW_DOWN       N: the first N `authorization_pending` answers to device-code polls
//                       become `slow_down` (RFC 8628 §3.5)
//   IDP_LOG             path of a file that gets one JSON line per token-endpoint request:
//                       {"t": ms since epoch, "grant", "client_id", "status", "error",
//                        "assertion_jti", "dpop_jti", "dpop_nonce_sent"}
//
// Test hooks: GET /test/counters answers {"authorization_code": n, "refresh_token": n, ...}
// counting token-endpoint requests by grant_type; every token request is logged on stdout.
import { appendFileSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

import Provider from 'oidc-provider';

const port = Number(process.env.IDP_PORT);
if (!port) {
  console.error('IDP_PORT is required');
  process.exit(2);
}
const redirectUris = (process.env.IDP_REDIRECT_URIS || '').split(',').filter(Boolean);
const codeTtl = Number(process.env.IDP_CODE_AT_TTL || 5);
const refreshTtl = Number(process.env.IDP_REFRESH_AT_TTL || 5);
const issuer = `http://127.0.0.1:${port}`;

const counters = {};

const features = new Set((process.env.IDP_FEATURES || '').split(',').filter(Boolean));
const known = ['device', 'client_credentials', 'dpop', 'dpop_nonce'];
for (const f of features) {
  if (!known.includes(f)) {
    console.error(`unknown IDP_FEATURES entry ${f} (known: ${known.join(', ')})`);
    process.exit(2);
  }
}
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
let slowDownLeft = Number(process.env.IDP_SLOW_DOWN || 0);
const logPath = process.env.IDP_LOG;

const extraClients = [];
if (features.has('device')) {
  extraClients.push({
    client_id: 'flowlet-device',
    grant_types: [DEVICE_GRANT, 'refresh_token'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'none',
  });
}
if (features.has('client_credentials')) {
  extraClients.push({
    client_id: 'flowlet-service',
    client_secret: 'flowlet-service-secret',
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
  });
}
if (process.env.IDP_CLIENT_JWKS) {
  // The code grant needs redirect URIs; without them the client is headless only.
  const grants = redirectUris.length ? ['authorization_code', 'refresh_token'] : ['refresh_token'];
  if (features.has('device')) grants.push(DEVICE_GRANT);
  if (features.has('client_credentials')) grants.push('client_credentials');
  extraClients.push({
    client_id: 'flowlet-pkjwt',
    application_type: 'native',
    grant_types: grants,
    response_types: redirectUris.length ? ['code'] : [],
    redirect_uris: redirectUris,
    token_endpoint_auth_method: 'private_key_jwt',
    jwks: JSON.parse(readFileSync(process.env.IDP_CLIENT_JWKS, 'utf8')),
  });
}

// The payload of a compact JWS, or {} (for the log only; the provider verifies).
function jwtPayload(token) {
  try {
    return JSON.parse(Buffer.from(String(token).split('.')[1], 'base64url').toString());
  } catch {
    return {};
  }
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'flowlet-test',
      client_secret: 'flowlet-test-secret',
      application_type: 'native',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      token_endpoint_auth_method: 'client_secret_basic',
    },
    {
      client_id: 'flowlet-public',
      application_type: 'native',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      token_endpoint_auth_method: 'none',
    },
    ...extraClients,
  ],
  pkce: { required: () => true, methods: ['S256'] },
  cookies: { keys: ['flowlet-test-cookie-key'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  features: {
    devInteractions: { enabled: true },
    revocation: { enabled: true },
    userinfo: { enabled: true },
    deviceFlow: { enabled: features.has('device') },
    clientCredentials: { enabled: features.has('client_credentials') },
    dPoP: {
      enabled: features.has('dpop') || features.has('dpop_nonce'),
      nonceSecret: randomBytes(32),
      requireNonce: () => features.has('dpop_nonce'),
    },
  },
  rotateRefreshToken: true,
  ttl: {
    AccessToken(ctx) {
      return ctx && ctx.oidc && ctx.oidc.params && ctx.oidc.params.grant_type === 'refresh_token'
        ? refreshTtl
        : codeTtl;
    },
  },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return {
          sub: id, email: `${id}@example.test`, email_verified: true, name: `Test User ${id}`,
        };
      },
    };
  },
});

provider.use(async (ctx, next) => {
  if (ctx.path === '/test/counters') {
    ctx.type = 'json';
    ctx.body = JSON.stringify(counters);
    return;
  }
  await next();
  if (ctx.path === '/token' && ctx.method === 'POST') {
    const gt = (ctx.oidc && ctx.oidc.params && ctx.oidc.params.grant_type) || 'unknown';
    counters[gt] = (counters[gt] || 0) + 1;
    console.log(`token request grant_type=${gt} status=${ctx.status}`);
    let body = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
    if (gt === DEVICE_GRANT && body.error === 'authorization_pending' && slowDownLeft > 0) {
      slowDownLeft -= 1;
      ctx.body = { error: 'slow_down', error_description: 'injected by the test provider' };
      body = ctx.body;
    }
    if (logPath) {
      const form = (ctx.oidc && ctx.oidc.body) || ctx.request.body || {};
      const proof = jwtPayload(ctx.get('DPoP'));
      appendFileSync(logPath, `${JSON.stringify({
        t: Date.now(),
        grant: gt,
        client_id: (ctx.oidc && ctx.oidc.client && ctx.oidc.client.clientId) || form.client_id || null,
        status: ctx.status,
        error: body.error || null,
        assertion_jti: form.client_assertion ? jwtPayload(form.client_assertion).jti || null : null,
        dpop_jti: proof.jti || null,
        dpop_nonce_sent: proof.nonce || null,
      })}\n`);
    }
  }
});

provider.listen(port, '127.0.0.1', () => {
  console.log(`listening ${issuer}`);
});
