import { TestApp } from '../support/test-app';

const TENANT = '0b6a3c1e-5a8f-4f2e-9d1c-7e3b2a4c5d6f';
const API_CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SPA_CLIENT = '9c8b7a65-4321-4fed-8cba-0987654321fe';

describe('GET /api/v1/client-config', () => {
  describe("with the organisation's look configured", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start({
        env: {
          ORG_NAME: 'Stadt Musterstadt',
          ORG_LOGO_URL: 'https://cdn.musterstadt.de/logo.svg',
          ORG_PRIMARY_COLOR: '#FFCC00',
          ORG_ACCESSIBILITY_EMAIL: 'barrierefrei@musterstadt.de',
        },
      });
    });
    afterAll(() => t.close());

    it('gives logo, colour (as configured: the client checks its contrast) and contact', async () => {
      const response = await t.get(undefined, '/api/v1/client-config');
      expect(response.body.organisation).toEqual({
        name: 'Stadt Musterstadt',
        logoUrl: 'https://cdn.musterstadt.de/logo.svg',
        primaryColor: '#ffcc00',
        accessibilityEmail: 'barrierefrei@musterstadt.de',
      });
    });

    it("lets the client load the logo from its host, and images from nowhere else", async () => {
      const csp = String((await t.get(undefined, '/')).headers['content-security-policy']);
      expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/cdn\.musterstadt\.de(;|$)/);
    });
  });

  describe('in dev sign-in mode', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start({ env: { ORG_NAME: 'Stadt Musterstadt' } });
    });
    afterAll(() => t.close());

    it('answers without sign-in, with the mode and the organisation, and no Entra settings', async () => {
      const response = await t.get(undefined, '/api/v1/client-config');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toEqual({
        authMode: 'dev',
        organisation: {
          name: 'Stadt Musterstadt',
          logoUrl: null,
          primaryColor: null,
          accessibilityEmail: null,
        },
      });
    });
  });

  describe('in Entra mode', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start({
        auth: 'entra',
        env: { ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: API_CLIENT },
      });
    });
    afterAll(() => t.close());

    it('gives MSAL the tenant, the authority and the API scope', async () => {
      const response = await t.get(undefined, '/api/v1/client-config');
      expect(response.statusCode).toBe(200);
      expect(response.body).toEqual({
        authMode: 'entra',
        entra: {
          clientId: API_CLIENT,
          tenantId: TENANT,
          authority: `https://login.microsoftonline.com/${TENANT}`,
          scopes: [`api://${API_CLIENT}/access_as_user`],
        },
        organisation: { name: 'Platzbuch', logoUrl: null, primaryColor: null, accessibilityEmail: null },
      });
    });

    it('has no dev sign-in route', async () => {
      const response = await t.get(undefined, '/api/v1/dev/personas');
      expect(response.statusCode).toBe(404);
    });
  });

  describe('in Entra mode with a separate web client registration and a sovereign cloud', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start({
        auth: 'entra',
        env: {
          ENTRA_TENANT_ID: TENANT,
          ENTRA_CLIENT_ID: API_CLIENT,
          ENTRA_SPA_CLIENT_ID: SPA_CLIENT,
          ENTRA_IDENTITY_METADATA: `https://login.microsoftonline.us/${TENANT}/v2.0/.well-known/openid-configuration`,
        },
      });
    });
    afterAll(() => t.close());

    it('names the web client registration and the metadata host, and still asks for the API scope', async () => {
      const response = await t.get(undefined, '/api/v1/client-config');
      expect(response.body.entra).toEqual({
        clientId: SPA_CLIENT,
        tenantId: TENANT,
        authority: `https://login.microsoftonline.us/${TENANT}`,
        scopes: [`api://${API_CLIENT}/access_as_user`],
      });
    });
  });
});
