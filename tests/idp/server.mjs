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
// Test hooks: GET /test/counters answers {"authorization_code": n, "refresh_token": n, ...}
// counting token-endpoint requests by grant_type; every token request is logged on stdout.
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
  }
});

provider.listen(port, '127.0.0.1', () => {
  console.log(`listening ${issuer}`);
});
