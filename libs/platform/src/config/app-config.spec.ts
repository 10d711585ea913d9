import { ConfigError, loadConfig } from './app-config';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = '6a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const entra = { AUTH_MODE: 'entra', ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: CLIENT };

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts a newcomer with nothing set: embedded database, dev sign-in, demo data, port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded' },
      redisUrl: undefined,
      authMode: 'dev',
      seedDemo: true,
      orgTimezone: 'Europe/Berlin',
      organisation: { name: 'Platzbuch', logoUrl: null, primaryColor: null, accessibilityEmail: null },
      publicUrl: 'http://localhost:3000',
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('defaults to Entra sign-in and no demo data with a database server', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/platzbuch', ...entra });
    expect(config).toMatchObject({ authMode: 'entra', seedDemo: false, database: { kind: 'server' } });
  });

  it('derives the Entra metadata and both issuer forms from the tenant', () => {
    const config = loadConfig(entra);
    expect(config.entra).toEqual({
      tenantId: TENANT,
      clientId: CLIENT,
      identityMetadata: `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
      issuers: [`https://login.microsoftonline.com/${TENANT}/v2.0`, `https://sts.windows.net/${TENANT}/`],
      authority: `https://login.microsoftonline.com/${TENANT}`,
      spaClientId: CLIENT,
    });
  });

  it('turns the directory sync on only with a tenant and a Graph credential', () => {
    expect(loadConfig({}).directory.source).toEqual({ enabled: false, reason: 'ENTRA_TENANT_ID is not set' });
    expect(loadConfig(entra).directory.source.enabled).toBe(false);
    expect(loadConfig({ ...entra, ENTRA_CLIENT_SECRET: 's' }).directory.source).toEqual({
      enabled: true,
      tenantId: TENANT,
      credential: { kind: 'client-secret', clientId: CLIENT },
    });
    expect(loadConfig({ ENTRA_TENANT_ID: TENANT, GRAPH_STATIC_TOKEN: 't' }).directory).toMatchObject({
      source: { enabled: true, credential: { kind: 'static' } },
      intervalMinutes: 15,
      maxDeactivationShare: 0.05,
    });
  });

  it('reads the look of the organisation and its accessibility contact', () => {
    const config = loadConfig({
      ORG_NAME: 'Stadt Musterstadt',
      ORG_LOGO_URL: 'https://www.musterstadt.de/logo.svg',
      ORG_PRIMARY_COLOR: '#C8102E',
      ORG_ACCESSIBILITY_EMAIL: 'barrierefrei@musterstadt.de',
    });
    expect(config.organisation).toEqual({
      name: 'Stadt Musterstadt',
      logoUrl: 'https://www.musterstadt.de/logo.svg',
      primaryColor: '#c8102e',
      accessibilityEmail: 'barrierefrei@musterstadt.de',
    });
    expect(loadConfig({ ORG_LOGO_URL: '/branding/logo.png' }).organisation.logoUrl).toBe(
      '/branding/logo.png',
    );
  });

  it('binds to all interfaces in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...entra }).host).toBe('0.0.0.0');
  });

  it.each([
    [{ NODE_ENV: 'production', AUTH_MODE: 'dev' }, 'AUTH_MODE'],
    [{ NODE_ENV: 'production' }, 'AUTH_MODE'], // dev is the default without DATABASE_URL
    [{ PORT: '0' }, 'PORT'],
    [{ PORT: '3000abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ AUTH_MODE: 'saml' }, 'AUTH_MODE'],
    [{ AUTH_MODE: 'entra' }, 'ENTRA_TENANT_ID'],
    [{ AUTH_MODE: 'entra', ENTRA_TENANT_ID: TENANT }, 'ENTRA_CLIENT_ID'],
    [{ ...entra, ENTRA_TENANT_ID: 'contoso' }, 'ENTRA_TENANT_ID'],
    [{ ...entra, ENTRA_IDENTITY_METADATA: 'http://idp/metadata' }, 'ENTRA_IDENTITY_METADATA'],
    [{ ...entra, ENTRA_ISSUER: 'not a url' }, 'ENTRA_ISSUER'],
    [{ ...entra, ENTRA_SPA_CLIENT_ID: 'web-client' }, 'ENTRA_SPA_CLIENT_ID'],
    [{ ORG_NAME: 'x'.repeat(101) }, 'ORG_NAME'],
    [{ ORG_LOGO_URL: 'http://example.org/logo.png' }, 'ORG_LOGO_URL'],
    [{ ORG_LOGO_URL: '//example.org/logo.png' }, 'ORG_LOGO_URL'],
    [{ ORG_LOGO_URL: 'javascript:alert(1)' }, 'ORG_LOGO_URL'],
    [{ ORG_PRIMARY_COLOR: 'red' }, 'ORG_PRIMARY_COLOR'],
    [{ ORG_PRIMARY_COLOR: '#abc' }, 'ORG_PRIMARY_COLOR'],
    [{ ORG_ACCESSIBILITY_EMAIL: 'barrierefrei' }, 'ORG_ACCESSIBILITY_EMAIL'],
    [{ GRAPH_BASE_URL: 'http://graph.local/v1.0' }, 'GRAPH_BASE_URL'],
    [{ ORG_TIMEZONE: 'Europe/Bonn' }, 'ORG_TIMEZONE'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ PUBLIC_URL: 'localhost:3000' }, 'PUBLIC_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ REDIS_KEY_PREFIX: 'has spaces' }, 'REDIS_KEY_PREFIX'],
    [{ DIRECTORY_SYNC_INTERVAL_MINUTES: '-5' }, 'DIRECTORY_SYNC_INTERVAL_MINUTES'],
    [{ DIRECTORY_MAX_DEACTIVATION_SHARE: '0' }, 'DIRECTORY_MAX_DEACTIVATION_SHARE'],
    [{ DIRECTORY_MAX_DEACTIVATION_SHARE: '5%' }, 'DIRECTORY_MAX_DEACTIVATION_SHARE'],
    [{ DIRECTORY_NOTEBOOK_GROUP_ID: 'Notebooks' }, 'DIRECTORY_NOTEBOOK_GROUP_ID'],
    [{ DIRECTORY_DEVICE_PROFILE_ATTRIBUTE: 'a b' }, 'DIRECTORY_DEVICE_PROFILE_ATTRIBUTE'],
    [{ ENTRA_CLIENT_SECRET: 'secret' }, 'ENTRA_CLIENT_ID'],
  ])('refuses %j, naming %s', (env, variable) => {
    const error = failure(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable}: `)).toBe(true);
  });
});
