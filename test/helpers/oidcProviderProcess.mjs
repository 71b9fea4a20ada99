// A real OpenID provider (oidc-provider) on a loopback port, for test/oidc.test.ts. It issues
// JWT access tokens through the client_credentials grant with a resource indicator (RFC 8707):
// `sub` is the client id, `aud` the requested resource, and each client's account email rides
// along as `email` / `email_verified` (extraTokenClaims), as an IdP's access token would carry.
// Configuration: JSON in OIDC_TEST_CONFIG ({ port, jwks, clients: [{ id, secret, email?,
// emailVerified? }] }); a token request may ask for a lifetime in seconds (`ttl`). Prints "ready <issuer>" once listening. oidc-provider is an ES
// module, so it runs in its own process rather than inside jest's module system.
import process from 'node:process';
import Provider from 'oidc-provider';

const { port, jwks, clients } = JSON.parse(process.env.OIDC_TEST_CONFIG);
const issuer = `http://127.0.0.1:${port}`;
const byId = new Map(clients.map((c) => [c.id, c]));

const provider = new Provider(issuer, {
  jwks: { keys: jwks },
  clients: clients.map((c) => ({
    client_id: c.id,
    client_secret: c.secret,
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
    token_endpoint_auth_method: 'client_secret_post',
  })),
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => undefined,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resource) => ({
        scope: 'api',
        audience: resource,
        accessTokenTTL: Number(ctx.oidc.body?.ttl) || 600, // the token request's own `ttl`
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  extraTokenClaims: (_ctx, token) => {
    const client = byId.get(token.clientId);
    if (!client?.email) return undefined;
    return { email: client.email, email_verified: client.emailVerified === true };
  },
});

const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${issuer}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
