import { ConfidentialClientApplication } from '@azure/msal-node';
import type { AppConfig } from '@platzbuch/platform';

/** Where the bearer token for Microsoft Graph comes from. */
export abstract class GraphCredentials {
  abstract token(): Promise<string>;
}

/** A token handed over ready-made (`GRAPH_STATIC_TOKEN`): a token broker outside, or a test. */
export class StaticGraphCredentials extends GraphCredentials {
  constructor(private readonly value: string) {
    super();
  }

  async token(): Promise<string> {
    return this.value;
  }
}

/**
 * The application's own token through the client-credentials grant. MSAL keeps the token in its
 * cache and asks Entra again only shortly before it expires.
 */
export class ClientSecretGraphCredentials extends GraphCredentials {
  private readonly msal: ConfidentialClientApplication;
  private readonly scope: string;

  constructor(
    tenantId: string,
    clientId: string,
    clientSecret: string,
    authority: string,
    graphBaseUrl: string,
  ) {
    super();
    const tenantAuthority = authority.includes(tenantId) ? authority : `${authority}/${tenantId}`;
    this.msal = new ConfidentialClientApplication({
      auth: {
        clientId,
        clientSecret,
        authority: tenantAuthority,
        // The authority is configured, not chosen by a user: trust its metadata without asking
        // Microsoft's instance discovery (which a sovereign cloud or a test stand-in would fail).
        knownAuthorities: [new URL(tenantAuthority).host],
      },
    });
    // National clouds have Graph on another host; the scope follows the host.
    this.scope = `${new URL(graphBaseUrl).origin}/.default`;
  }

  async token(): Promise<string> {
    const result = await this.msal.acquireTokenByClientCredential({ scopes: [this.scope] });
    if (!result?.accessToken) throw new Error('Entra issued no access token for Microsoft Graph');
    return result.accessToken;
  }
}

/** The credentials the configuration names, or undefined when the sync is off. */
export function graphCredentialsFor(config: AppConfig): GraphCredentials | undefined {
  const { source } = config.directory;
  if (!source.enabled) return undefined;
  if (source.credential.kind === 'static') return new StaticGraphCredentials(config.graph.staticToken!);
  const authority = config.entra?.authority ?? 'https://login.microsoftonline.com';
  return new ClientSecretGraphCredentials(
    source.tenantId,
    source.credential.clientId,
    config.graph.clientSecret!,
    authority,
    config.graph.baseUrl,
  );
}
