// What the web client needs to know before anyone signs in (`GET /api/v1/client-config`).

export type AuthModeName = 'dev' | 'entra';

/** Everything MSAL needs for a sign-in with PKCE against the organisation's tenant. */
export interface EntraClientConfig {
  /** The web client's application id (the API's, unless it has a registration of its own). */
  clientId: string;
  tenantId: string;
  authority: string;
  /** Delegated scopes of the API's access token, e.g. `api://<api client id>/access_as_user`. */
  scopes: string[];
}

export interface ClientConfig {
  authMode: AuthModeName;
  /** Present when `authMode` is `entra`. */
  entra?: EntraClientConfig;
  organisation: OrganisationLook;
}

/** The organisation as the web client shows it (`ORG_*` variables). */
export interface OrganisationLook {
  name: string;
  /** An https URL or a path on the server; null: the product's own mark. */
  logoUrl: string | null;
  /** #rrggbb as configured; the client checks its contrast before using it. */
  primaryColor: string | null;
  /** The contact of the accessibility statement. */
  accessibilityEmail: string | null;
}
