import { randomUUID } from 'node:crypto';
import { Person } from '@platzbuch/directory';
import { TestIdentityProvider, TEST_CLIENT_ID } from '../support/identity-provider';
import { TestApp } from '../support/test-app';

describe('Entra sign-in (AUTH_MODE=entra against a local identity provider over https)', () => {
  let idp: TestIdentityProvider;
  let t: TestApp;

  beforeAll(async () => {
    idp = await TestIdentityProvider.start();
    t = await TestApp.start({ auth: 'entra', env: idp.env() });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  const me = (token: string) => t.get(undefined, '/api/v1/me', { authorization: `Bearer ${token}` });

  it('accepts a valid token and creates the person on first use, keyed by tenant and object id', async () => {
    const oid = randomUUID();
    const first = await me(idp.token({ oid, name: 'Erika Mustermann', roles: ['FacilityManager'] }));
    expect(first.statusCode).toBe(200);
    expect(first.body).toMatchObject({ displayName: 'Erika Mustermann', roles: ['FacilityManager'] });

    const again = await me(idp.token({ oid, roles: [] }));
    expect(again.statusCode).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.roles).toEqual([]);
    expect(await t.db.getRepository(Person).countBy({ objectId: oid })).toBe(1);
  });

  it('accepts the api:// form of the audience', async () => {
    expect((await me(idp.token({ aud: `api://${TEST_CLIENT_ID}` }))).statusCode).toBe(200);
  });

  it('ignores roles it does not know', async () => {
    const response = await me(idp.token({ roles: ['Admin', 'GlobalGod'] }));
    expect(response.body.roles).toEqual(['Admin']);
  });

  const refused: [string, () => string][] = [
    ['a token of another tenant', () => {
      const other = '99999999-8888-4777-8666-555555555555';
      return idp.token({ tid: other, iss: `${idp.origin}/${other}/v2.0` });
    }],
    ['a token whose tid is another tenant under our issuer', () =>
      idp.token({ tid: '99999999-8888-4777-8666-555555555555' })],
    ['a wrong audience', () => idp.token({ aud: '00000000-0000-4000-8000-000000000000' })],
    ['a wrong issuer', () => idp.token({ iss: 'https://sts.example.com/evil/v2.0' })],
    ['an expired token', () => idp.token({ exp: Math.floor(Date.now() / 1000) - 3600, iat: Math.floor(Date.now() / 1000) - 7200, nbf: Math.floor(Date.now() / 1000) - 7200 })],
    ['a token not valid yet', () => idp.token({ nbf: Math.floor(Date.now() / 1000) + 3600 })],
    ['alg: none', () => idp.token({}, { alg: 'none' })],
    ['an unsigned token', () => idp.token({}, { unsigned: true })],
    ['HS256 keyed with the public key', () => idp.token({}, { alg: 'HS256' })],
    ['a signature by a key not in the key set', () => idp.token({}, { foreignKey: true })],
    ['an unknown key id', () => idp.token({}, { kid: 'no-such-key' })],
    ['a token without the API scope', () => idp.token({ scp: 'User.Read' })],
    ['a token without an object id', () => idp.token({ oid: '' })],
    ['garbage', () => 'not-a-token'],
    ['three dots of garbage', () => 'a.b.c'],
    ['non-JSON segments', () => `${Buffer.from('{{{').toString('base64url')}.${Buffer.from('x').toString('base64url')}.sig`],
  ];

  it.each(refused)('refuses %s with 401 problem+json', async (_what, make) => {
    const response = await me(make());
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a missing or non-bearer Authorization header with 401', async () => {
    expect((await t.get(undefined, '/api/v1/me')).statusCode).toBe(401);
    const person = await t.make.person();
    expect((await t.get(person, '/api/v1/me')).statusCode).toBe(401); // a dev header in entra mode
    expect((await t.get(undefined, '/api/v1/me', { authorization: 'Basic dXNlcjpwYXNz' })).statusCode).toBe(401);
  });

  it('creates nobody for refused tokens', async () => {
    const oid = randomUUID();
    await me(idp.token({ oid, aud: 'wrong' }));
    await me(idp.token({ oid }, { foreignKey: true }));
    expect(await t.db.getRepository(Person).countBy({ objectId: oid })).toBe(0);
  });

  it('refuses a person the directory has deactivated with 403', async () => {
    const person = await t.make.person({ tenantId: idp.tenantId, active: false });
    const response = await me(idp.token({ oid: person.objectId }));
    expect(response.statusCode).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });

  it('does not offer dev sign-in', async () => {
    expect((await t.get(undefined, '/api/v1/dev/personas')).statusCode).toBe(404);
  });
});

describe('Entra sign-in while the identity provider is unreachable', () => {
  it('answers 503 UNAVAILABLE, not 401 and not 500', async () => {
    const idp = await TestIdentityProvider.start();
    const env = idp.env();
    const token = idp.token();
    await idp.close();
    const t = await TestApp.start({ auth: 'entra', env });
    try {
      const response = await t.get(undefined, '/api/v1/me', { authorization: `Bearer ${token}` });
      expect(response.statusCode).toBe(503);
      expect(response.body.code).toBe('UNAVAILABLE');
    } finally {
      await t.close();
    }
  });
});
