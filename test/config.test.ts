import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, DEV_JWT_SECRET, loadConfig } from '../src/config';
import { configurationRows, configurationTable, limitRows, limitsTable } from '../src/configDocs';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('has development defaults: port 4000, embedded SQLite, a development secret, seeding', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      databaseUrl: undefined,
      seedDemo: true,
    });
    expect(config.sqlitePath).toMatch(/data[/\\]accessgraph\.sqlite$/);
    expect(config.jwt.secret).toBe(DEV_JWT_SECRET);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://localhost/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ JWT_JWKS_URL: 'ftp://idp/keys' }, 'JWT_JWKS_URL'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ LOG_FORMAT: 'fancy' }, 'LOG_FORMAT'],
    [{ TRUST_PROXY: 'not-an-address' }, 'TRUST_PROXY'],
    [{ MIGRATIONS_ON_START: 'sometimes' }, 'MIGRATIONS_ON_START'],
  ])('names the bad variable: %j', (env, variable) => {
    const error = errorOf(env);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('refuses to start in production without a real secret or JWKS', () => {
    expect(errorOf({ NODE_ENV: 'production' }).variable).toBe('JWT_SECRET');
    expect(errorOf({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET }).variable).toBe(
      'JWT_SECRET',
    );
    expect(errorOf({ NODE_ENV: 'production', JWT_SECRET: 'short' }).variable).toBe('JWT_SECRET');
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
        JWT_AUDIENCE: 'https://api.example',
      }).jwt.secret,
    ).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(40) }).seedDemo).toBe(false);
  });

  it('configures an OpenID provider: issuer, audience required in production, asymmetric algorithms (issue 20)', () => {
    const oidc = { OIDC_ISSUER: 'https://login.example.com', JWT_AUDIENCE: 'https://api.example' };
    const config = loadConfig({ NODE_ENV: 'production', ...oidc });
    expect(config.jwt).toMatchObject({
      oidcIssuer: 'https://login.example.com',
      issuer: 'https://login.example.com',
      audience: 'https://api.example',
      algorithms: ['RS256', 'ES256'],
      jwksCooldownSeconds: 30,
      linkByEmail: true,
      emailClaim: 'email',
      emailVerifiedClaim: 'email_verified',
    });
    expect(config.jwt.secret).toBeUndefined(); // no development HS256 secret beside a provider
    expect(loadConfig({ ...oidc, JWT_ISSUER: 'https://sts.example/' }).jwt.issuer).toBe(
      'https://sts.example/',
    );
    expect(loadConfig({ ...oidc, JWT_ALGORITHMS: 'ES256, EdDSA' }).jwt.algorithms).toEqual([
      'ES256',
      'EdDSA',
    ]);
    expect(errorOf({ NODE_ENV: 'production', OIDC_ISSUER: oidc.OIDC_ISSUER }).variable).toBe(
      'JWT_AUDIENCE',
    );
    expect(errorOf({ ...oidc, JWT_ALGORITHMS: 'RS256,HS256' }).variable).toBe('JWT_ALGORITHMS');
    expect(errorOf({ ...oidc, JWT_ALGORITHMS: 'none' }).variable).toBe('JWT_ALGORITHMS');
    expect(errorOf({ OIDC_ISSUER: 'ftp://login.example.com' }).variable).toBe('OIDC_ISSUER');
  });

  it('accepts MySQL and MariaDB URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' }).databaseUrl).toBe(
      'mysql://root@127.0.0.1:3306/test',
    );
    expect(loadConfig({ DATABASE_URL: 'mariadb://root@127.0.0.1/test' }).databaseUrl).toBe(
      'mariadb://root@127.0.0.1/test',
    );
  });

  it('takes PORT 0 (any free port, as the benchmarks start) and refuses ports past 65535', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(errorOf({ PORT: '65536' }).variables).toEqual(['PORT']);
  });

  it('reports every bad variable at once, typed values otherwise', () => {
    const error = errorOf({
      PORT: 'eighty',
      REDIS_URL: 'http://localhost',
      LOG_LEVEL: 'verbose',
      MAX_DEPTH: '0',
      NODE_ENV: 'production',
    });
    expect(error.variables.sort()).toEqual(
      ['JWT_SECRET', 'LOG_LEVEL', 'MAX_DEPTH', 'PORT', 'REDIS_URL'].sort(),
    );
    for (const name of error.variables) expect(error.message).toContain(name);
    const config = loadConfig({
      PORT: '8080',
      MAX_DEPTH: '7',
      TRUST_PROXY: '2',
      JOBS_ENABLED: 'no',
    });
    expect(config).toMatchObject({ port: 8080, trustProxy: 2, jobsEnabled: false });
    expect(config.limits.maxDepth).toBe(7);
    expect(loadConfig({ NODE_ENV: 'test' }).jobsEnabled).toBe(false);
  });

  it("matches the README's configuration table, row by row", () => {
    const rows = readmeTable('## Configuration', '| variable').map(([variable, dflt, meaning]) => ({
      variable,
      default: dflt,
      meaning,
    }));
    if (JSON.stringify(rows) !== JSON.stringify(configurationRows())) {
      // What to paste into README.md (then `npx prettier --write README.md`).
      console.log(configurationTable());
    }
    expect(rows).toEqual(configurationRows());
  });

  it("matches the README's limits table, row by row (defaults from VARIABLES)", () => {
    const rows = readmeTable('## Limits and operations', '| limit').map(
      ([limit, dflt, variable]) => ({
        limit,
        default: dflt,
        variable,
      }),
    );
    if (JSON.stringify(rows) !== JSON.stringify(limitRows())) console.log(limitsTable());
    expect(rows).toEqual(limitRows());
  });
});

/** The cells of the README table that starts with `header` in the section `heading`. */
function readmeTable(heading: string, header: string): string[][] {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`\n${heading}\n`));
  const start = section.indexOf(header);
  const table = section.slice(start, section.indexOf('\n\n', start));
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.split(' | ').map((c) => c.replace(/^\|?\s*|\s*\|?$/g, '')));
}
