import { createHash, randomUUID } from 'node:crypto';
import type { Page, Route } from 'playwright-core';
import { BrowserTest, expectAccessible } from '../support/browser';
import { TEST_CLIENT_ID, TestIdentityProvider } from '../support/identity-provider';

/**
 * The browser side of Entra, played by the test: the authorize page answers at once with a code,
 * the token endpoint checks the PKCE verifier against the challenge and hands out an access token
 * of the local identity provider, which the API then validates as it would validate Entra's.
 */
class AuthorizationServer {
  readonly authorizeRequests: URL[] = [];
  private challenge = '';
  private nonce = '';

  constructor(
    private readonly idp: TestIdentityProvider,
    private readonly person: { oid: string; name: string; roles: string[] },
  ) {}

  async attach(page: Page): Promise<void> {
    await page.route(`${this.idp.origin}/**`, (route) => this.answer(route));
  }

  private async answer(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), ...cors } });
    }
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      this.authorizeRequests.push(url);
      this.challenge = url.searchParams.get('code_challenge') ?? '';
      this.nonce = url.searchParams.get('nonce') ?? '';
      const back = new URL(url.searchParams.get('redirect_uri')!);
      const answer = new URLSearchParams({
        code: 'test-code',
        state: url.searchParams.get('state')!,
        client_info: this.clientInfo(),
      });
      if (url.searchParams.get('response_mode') === 'query') back.search = answer.toString();
      else back.hash = answer.toString();
      return route.fulfill({ status: 302, headers: { location: back.toString() } });
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(request.postData() ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const matches = createHash('sha256').update(verifier).digest('base64url') === this.challenge;
      if (form.get('code') !== 'test-code' || !matches) {
        return route.fulfill({ status: 400, headers: cors, json: { error: 'invalid_grant' } });
      }
      const claims = { oid: this.person.oid, name: this.person.name, roles: this.person.roles };
      return route.fulfill({
        status: 200,
        headers: cors,
        json: {
          token_type: 'Bearer',
          scope: form.get('scope'),
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: this.idp.token(claims),
          id_token: this.idp.token({ ...claims, aud: TEST_CLIENT_ID, nonce: this.nonce }),
          client_info: this.clientInfo(),
        },
      });
    }
    return route.fulfill({ status: 404, headers: cors, json: { error: 'not_found' } });
  }

  private clientInfo(): string {
    return Buffer.from(JSON.stringify({ uid: this.person.oid, utid: this.idp.tenantId })).toString(
      'base64url',
    );
  }
}

describe('Entra sign-in in the browser: MSAL on demand, authorization code with PKCE, bearer tokens', () => {
  let idp: TestIdentityProvider;
  let b: BrowserTest;

  beforeAll(async () => {
    idp = await TestIdentityProvider.start();
    b = await BrowserTest.start({ auth: 'entra', env: idp.env() });
  });
  afterAll(async () => {
    await b.close();
    await idp.close();
  });

  it('offers the work-account sign-in, without demo people', async () => {
    const page = await b.newPage(undefined, { bypassCSP: true });
    await page.goto('/');
    await page.getByRole('button', { name: 'Mit dem Dienstkonto anmelden' }).waitFor();
    expect(await page.getByText('Demo-Anmeldung').count()).toBe(0);
    await expectAccessible(page, 'Entra sign-in page');
    await page.close();
  });

  it('signs in by redirect with PKCE and calls the API with the access token', async () => {
    const page = await b.newPage(undefined, { bypassCSP: true });
    const server = new AuthorizationServer(idp, {
      oid: randomUUID(),
      name: 'Fiona Fachkraft',
      roles: ['FacilityManager'],
    });
    await server.attach(page);
    const apiAuthorization: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/me')) apiAuthorization.push(request.headers().authorization ?? '');
    });

    await page.goto('/floors');
    await page.getByRole('button', { name: 'Mit dem Dienstkonto anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();

    const [authorize] = server.authorizeRequests;
    expect(authorize.searchParams.get('client_id')).toBe(TEST_CLIENT_ID);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toContain(`api://${TEST_CLIENT_ID}/access_as_user`);
    expect(apiAuthorization.at(-1)).toMatch(/^Bearer ey/);
    // Back where the person started, not on the redirect address.
    await page.getByRole('heading', { level: 1, name: 'Etagenpläne' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/floors');
    // The roles of the token reach the client: a facility manager sees the editor.
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Standorte verwalten' })
      .waitFor();
    await page.close();
  });

  it('ran without uncaught errors', () => {
    expect(b.errors).toEqual([]);
  });
});
