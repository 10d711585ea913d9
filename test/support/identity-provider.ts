import { createHmac, createSign, generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TEST_TENANT } from './factories';

export const TEST_CLIENT_ID = '6a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export interface TokenClaims {
  iss: string;
  aud: string;
  tid: string;
  oid: string;
  sub: string;
  exp: number;
  nbf: number;
  iat: number;
  name: string;
  preferred_username: string;
  scp: string;
  roles?: string[];
  ver: string;
  [claim: string]: unknown;
}

export interface TokenOptions {
  /** Header `alg`; `none` sends no signature at all. */
  alg?: 'RS256' | 'none' | 'HS256';
  kid?: string;
  typ?: string | null;
  /** Sign with a key that is not in the published key set. */
  foreignKey?: boolean;
  /** Keep the header and claims, drop the signature. */
  unsigned?: boolean;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/**
 * A local Entra stand-in: OpenID metadata and a JWKS over https (the certificate of the test run,
 * trusted through NODE_EXTRA_CA_CERTS), and access tokens shaped like Entra's v2 tokens.
 */
export class TestIdentityProvider {
  readonly kid = randomUUID();
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });

  private constructor(
    private readonly server: Server,
    readonly tenantId: string,
  ) {}

  static async start(tenantId = TEST_TENANT): Promise<TestIdentityProvider> {
    const tls = process.env.PLATZBUCH_TEST_TLS_DIR;
    if (!tls) throw new Error('PLATZBUCH_TEST_TLS_DIR is not set: run the tests through `npm test`');
    const server = createServer({
      cert: readFileSync(join(tls, 'cert.pem')),
      key: readFileSync(join(tls, 'key.pem')),
    });
    const idp = new TestIdentityProvider(server, tenantId);
    server.on('request', (request, response) => {
      if (request.method === 'POST') return idp.issue(request, response);
      const body = idp.answer(request.url?.split('?')[0] ?? '');
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body ?? { error: 'not_found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return idp;
  }

  get origin(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get issuer(): string {
    return `${this.origin}/${this.tenantId}/v2.0`;
  }

  get metadataUrl(): string {
    return `${this.issuer}/.well-known/openid-configuration`;
  }

  /** The environment an operator would set for this provider. */
  env(): Record<string, string> {
    return {
      AUTH_MODE: 'entra',
      ENTRA_TENANT_ID: this.tenantId,
      ENTRA_CLIENT_ID: TEST_CLIENT_ID,
      ENTRA_IDENTITY_METADATA: this.metadataUrl,
      ENTRA_ISSUER: this.issuer,
    };
  }

  token(claims: Partial<TokenClaims> = {}, options: TokenOptions = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const oid = claims.oid ?? randomUUID();
    const payload: TokenClaims = {
      iss: this.issuer,
      aud: TEST_CLIENT_ID,
      tid: this.tenantId,
      oid,
      sub: oid,
      iat: now - 60,
      nbf: now - 60,
      exp: now + 3600,
      name: 'Erika Mustermann',
      preferred_username: 'erika.mustermann@stadt.example',
      scp: 'access_as_user',
      ver: '2.0',
      ...claims,
    };
    const alg = options.alg ?? 'RS256';
    const header: Record<string, string> = { alg, kid: options.kid ?? this.kid };
    if (options.typ !== null) header.typ = options.typ ?? 'JWT';
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    if (alg === 'none' || options.unsigned) return `${signingInput}.`;
    if (alg === 'HS256') {
      // The classic confusion attack: HMAC keyed with the (public) RSA key.
      const secret = this.keys.publicKey.export({ type: 'spki', format: 'pem' });
      return `${signingInput}.${base64url(createHmac('sha256', secret).update(signingInput).digest())}`;
    }
    const key: KeyObject = options.foreignKey ? this.foreign.privateKey : this.keys.privateKey;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
    return `${signingInput}.${base64url(signature)}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The access token the token endpoint issues for the client-credentials grant. */
  appToken = 'app-token';
  /** The form fields of every token request. */
  readonly tokenRequests: Record<string, string>[] = [];

  /** The token endpoint, for the client-credentials grant (the directory sync reading Graph). */
  private issue(request: IncomingMessage, response: ServerResponse): void {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(body));
      this.tokenRequests.push(form);
      const ok =
        request.url?.startsWith(`/${this.tenantId}/oauth2/v2.0/token`) &&
        form.grant_type === 'client_credentials';
      response.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          ok
            ? { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: this.appToken }
            : { error: 'invalid_request' },
        ),
      );
    });
  }

  private answer(path: string): object | undefined {
    if (path === `/${this.tenantId}/v2.0/.well-known/openid-configuration`) {
      return {
        issuer: this.issuer,
        jwks_uri: `${this.origin}/${this.tenantId}/discovery/v2.0/keys`,
        authorization_endpoint: `${this.origin}/${this.tenantId}/oauth2/v2.0/authorize`,
        token_endpoint: `${this.origin}/${this.tenantId}/oauth2/v2.0/token`,
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        subject_types_supported: ['pairwise'],
      };
    }
    if (path === `/${this.tenantId}/discovery/v2.0/keys`) {
      const jwk = this.keys.publicKey.export({ format: 'jwk' });
      return { keys: [{ ...jwk, kid: this.kid, use: 'sig', alg: 'RS256' }] };
    }
    return undefined;
  }
}
