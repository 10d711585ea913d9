import { isAbsolute, resolve } from 'node:path';
import { IANAZone } from 'luxon';

export type AuthMode = 'dev' | 'entra';

export type DatabaseConfig = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string };

export interface EntraConfig {
  tenantId: string;
  clientId: string;
  identityMetadata: string;
  issuers: string[];
  /** Where the web client signs in: the metadata URL's issuer base (a sovereign cloud keeps its host). */
  authority: string;
  /** The web client's own app registration, when it is not the API's (`ENTRA_SPA_CLIENT_ID`). */
  spaClientId: string;
}

/** How people come from Entra ID through Microsoft Graph (`DIRECTORY_*`, `GRAPH_*`). */
export interface DirectorySyncConfig {
  /**
   * The Entra tenant whose users are synchronised and how Graph is reached, or why the sync is off.
   * The sync is on exactly when a tenant is known (`ENTRA_TENANT_ID`) and Graph has a credential:
   * `GRAPH_STATIC_TOKEN`, or `ENTRA_CLIENT_ID` with `ENTRA_CLIENT_SECRET`.
   */
  source:
    | {
        enabled: true;
        tenantId: string;
        credential: { kind: 'static' } | { kind: 'client-secret'; clientId: string };
      }
    | { enabled: false; reason: string };
  /** Minutes between scheduled rounds; 0: only rounds started by an admin. */
  intervalMinutes: number;
  /** A round that would deactivate more than this share of active people waits for an admin. */
  maxDeactivationShare: number;
  /** Members of this Entra group use notebooks (`DIRECTORY_NOTEBOOK_GROUP_ID`). */
  notebookGroupId: string | undefined;
  /** A user attribute saying `notebook` or `desktop` (`DIRECTORY_DEVICE_PROFILE_ATTRIBUTE`). */
  deviceProfileAttribute: string | undefined;
}

/** The whole configuration of one instance, read once from the environment and never again. */
export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl: string | undefined;
  /** Starts every Redis key and channel, so that one Redis can serve several installations. */
  redisKeyPrefix: string;
  authMode: AuthMode;
  /** Present when `authMode` is `entra`; Graph sync may use the tenant and client id in any mode. */
  entra: EntraConfig | undefined;
  graph: { baseUrl: string; staticToken: string | undefined; clientSecret: string | undefined };
  directory: DirectorySyncConfig;
  orgTimezone: string;
  /** The organisation as the web client shows it: name, logo, colour, accessibility contact. */
  organisation: OrganisationConfig;
  seedDemo: boolean;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** The configurable look of the web client and the contact of its accessibility statement. */
export interface OrganisationConfig {
  /** `ORG_NAME` */
  name: string;
  /** `ORG_LOGO_URL`: an https URL or a path on this server; null shows the product's mark. */
  logoUrl: string | null;
  /** `ORG_PRIMARY_COLOR`: #rrggbb; the client darkens it where white text on it would fail WCAG AA. */
  primaryColor: string | null;
  /** `ORG_ACCESSIBILITY_EMAIL`: where people report barriers (§ 10b BGG NRW feedback mechanism). */
  accessibilityEmail: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads and checks every variable of the contract. A wrong value throws a `ConfigError` naming the
 * variable, so that an instance never starts half-configured.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const production = read('NODE_ENV') === 'production';
  const port = integer('PORT', read('PORT') ?? '3000', 1, 65535);
  const host = read('HOST') ?? (production ? '0.0.0.0' : '127.0.0.1');
  const dataDir = dataDirectory(env);

  const database = loadDatabaseConfig(env);
  const databaseUrl = database.kind === 'server' ? database.url : undefined;

  const redisUrl = read('REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError('REDIS_URL', 'must be a redis:// or rediss:// URL');
  }

  const authMode = oneOf('AUTH_MODE', read('AUTH_MODE') ?? (databaseUrl ? 'entra' : 'dev'), ['dev', 'entra']);
  if (authMode === 'dev' && production) {
    throw new ConfigError('AUTH_MODE', 'dev sign-in is refused when NODE_ENV=production; use entra');
  }

  const tenantId = read('ENTRA_TENANT_ID');
  const clientId = read('ENTRA_CLIENT_ID');
  const spaClientId = read('ENTRA_SPA_CLIENT_ID');
  if (tenantId !== undefined && !GUID.test(tenantId))
    throw new ConfigError('ENTRA_TENANT_ID', 'must be a GUID');
  if (clientId !== undefined && !GUID.test(clientId))
    throw new ConfigError('ENTRA_CLIENT_ID', 'must be a GUID');
  if (spaClientId !== undefined && !GUID.test(spaClientId)) {
    throw new ConfigError('ENTRA_SPA_CLIENT_ID', 'must be a GUID');
  }
  let entra: EntraConfig | undefined;
  if (authMode === 'entra') {
    if (!tenantId) throw new ConfigError('ENTRA_TENANT_ID', 'is required when AUTH_MODE=entra');
    if (!clientId) throw new ConfigError('ENTRA_CLIENT_ID', 'is required when AUTH_MODE=entra');
    const identityMetadata =
      read('ENTRA_IDENTITY_METADATA') ??
      `https://login.microsoftonline.com/${tenantId}/v2.0/.well-known/openid-configuration`;
    httpsUrl('ENTRA_IDENTITY_METADATA', identityMetadata);
    const issuers = (
      read('ENTRA_ISSUER') ??
      `https://login.microsoftonline.com/${tenantId}/v2.0,https://sts.windows.net/${tenantId}/`
    )
      .split(',')
      .map((issuer) => issuer.trim())
      .filter(Boolean);
    if (issuers.length === 0) throw new ConfigError('ENTRA_ISSUER', 'names no issuer');
    issuers.forEach((issuer) => httpsUrl('ENTRA_ISSUER', issuer));
    const authority =
      /^(https:\/\/[^/]+\/[^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(identityMetadata)?.[1] ??
      `https://login.microsoftonline.com/${tenantId}`;
    entra = {
      tenantId,
      clientId,
      identityMetadata,
      issuers,
      authority,
      spaClientId: spaClientId ?? clientId,
    };
  }

  const graphBaseUrl = (read('GRAPH_BASE_URL') ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
  httpsUrl('GRAPH_BASE_URL', graphBaseUrl);

  const directory = loadDirectorySyncConfig(read, tenantId, clientId);

  const orgTimezone = read('ORG_TIMEZONE') ?? 'Europe/Berlin';
  if (!IANAZone.isValidZone(orgTimezone)) {
    throw new ConfigError('ORG_TIMEZONE', `"${orgTimezone}" is not an IANA time zone`);
  }

  const organisationName = read('ORG_NAME') ?? 'Platzbuch';
  if (organisationName.length > 100) throw new ConfigError('ORG_NAME', 'may be at most 100 characters long');

  const logoUrl = read('ORG_LOGO_URL') ?? null;
  // A path on this server or https elsewhere; `//host` would be a protocol-relative URL.
  if (logoUrl !== null && !(/^\/(?!\/)\S*$/.test(logoUrl) || /^https:\/\/[^/\s]+(\/\S*)?$/.test(logoUrl))) {
    throw new ConfigError('ORG_LOGO_URL', 'must be an https:// URL or a path starting with /');
  }
  if (logoUrl !== null && logoUrl.length > 500) {
    throw new ConfigError('ORG_LOGO_URL', 'may be at most 500 characters long');
  }
  const primaryColor = read('ORG_PRIMARY_COLOR')?.toLowerCase() ?? null;
  if (primaryColor !== null && !/^#[0-9a-f]{6}$/.test(primaryColor)) {
    throw new ConfigError('ORG_PRIMARY_COLOR', 'must be a colour as #rrggbb');
  }
  const accessibilityEmail = read('ORG_ACCESSIBILITY_EMAIL') ?? null;
  if (accessibilityEmail !== null && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(accessibilityEmail)) {
    throw new ConfigError('ORG_ACCESSIBILITY_EMAIL', 'must be an e-mail address');
  }

  const seedDemo = boolean('SEED_DEMO', read('SEED_DEMO') ?? String(!databaseUrl));
  const publicUrl = (read('PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) throw new ConfigError('PUBLIC_URL', 'must be an http(s) URL');

  const redisKeyPrefix = read('REDIS_KEY_PREFIX') ?? 'platzbuch:';
  if (!/^[\w:.-]{1,64}$/.test(redisKeyPrefix)) {
    throw new ConfigError('REDIS_KEY_PREFIX', 'may hold only letters, digits and _ : . - (at most 64)');
  }

  return {
    production,
    port,
    host,
    dataDir,
    database,
    redisUrl,
    redisKeyPrefix,
    authMode,
    entra,
    graph: {
      baseUrl: graphBaseUrl,
      staticToken: read('GRAPH_STATIC_TOKEN'),
      clientSecret: read('ENTRA_CLIENT_SECRET'),
    },
    directory,
    orgTimezone,
    organisation: { name: organisationName, logoUrl, primaryColor, accessibilityEmail },
    seedDemo,
    publicUrl,
    logLevel: oneOf('LOG_LEVEL', read('LOG_LEVEL') ?? 'info', LOG_LEVELS),
  };
}

function loadDirectorySyncConfig(
  read: (name: string) => string | undefined,
  tenantId: string | undefined,
  clientId: string | undefined,
): DirectorySyncConfig {
  const staticToken = read('GRAPH_STATIC_TOKEN');
  const clientSecret = read('ENTRA_CLIENT_SECRET');
  if (clientSecret && !clientId)
    throw new ConfigError('ENTRA_CLIENT_ID', 'is required with ENTRA_CLIENT_SECRET');
  const source: DirectorySyncConfig['source'] = !tenantId
    ? { enabled: false, reason: 'ENTRA_TENANT_ID is not set' }
    : staticToken
      ? { enabled: true, tenantId, credential: { kind: 'static' } }
      : clientSecret && clientId
        ? { enabled: true, tenantId, credential: { kind: 'client-secret', clientId } }
        : { enabled: false, reason: 'neither GRAPH_STATIC_TOKEN nor ENTRA_CLIENT_SECRET is set' };

  const intervalMinutes = integer(
    'DIRECTORY_SYNC_INTERVAL_MINUTES',
    read('DIRECTORY_SYNC_INTERVAL_MINUTES') ?? '15',
    0,
    1440,
  );
  const shareText = read('DIRECTORY_MAX_DEACTIVATION_SHARE') ?? '0.05';
  const maxDeactivationShare = Number(shareText);
  if (!/^(0|1)?(\.\d+)?$/.test(shareText) || !(maxDeactivationShare > 0 && maxDeactivationShare <= 1)) {
    throw new ConfigError(
      'DIRECTORY_MAX_DEACTIVATION_SHARE',
      `"${shareText}" is not a share above 0 and at most 1`,
    );
  }
  const notebookGroupId = read('DIRECTORY_NOTEBOOK_GROUP_ID');
  if (notebookGroupId !== undefined && !GUID.test(notebookGroupId)) {
    throw new ConfigError('DIRECTORY_NOTEBOOK_GROUP_ID', 'must be the GUID of an Entra group');
  }
  const deviceProfileAttribute = read('DIRECTORY_DEVICE_PROFILE_ATTRIBUTE');
  // The name goes into Graph's $select: a property name, or extensionAttribute1…15 of the on-premises ones.
  if (deviceProfileAttribute !== undefined && !/^[A-Za-z][A-Za-z0-9_]{0,119}$/.test(deviceProfileAttribute)) {
    throw new ConfigError('DIRECTORY_DEVICE_PROFILE_ATTRIBUTE', 'must be the name of a user property');
  }
  return { source, intervalMinutes, maxDeactivationShare, notebookGroupId, deviceProfileAttribute };
}

/** Only the database part, for tools (the TypeORM CLI) that need nothing else. */
export function loadDatabaseConfig(env: Env = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: 'embedded', dataDir: dataDirectory(env) };
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  return { kind: 'server', url };
}

function dataDirectory(env: Env): string {
  const path = env.DATA_DIR?.trim() || './.data';
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

function integer(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `"${raw}" is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function boolean(name: string, raw: string): boolean {
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `"${raw}" is neither true nor false`);
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
  }
  return raw as T;
}

function httpsUrl(name: string, raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `"${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new ConfigError(name, `"${raw}" must use https`);
}
