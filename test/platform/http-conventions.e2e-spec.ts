import { TestApp } from '../support/test-app';

describe('HTTP conventions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('answers /health with the state of database and Redis', async () => {
    const response = await t.get(undefined, '/health');
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(['up', 'not_configured']).toContain(response.body.redis);
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const person = await t.make.person();
    const response = await t.get(person, '/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND', instance: '/api/v1/nothing-here' });
  });

  it('refuses a request without sign-in with 401 problem+json', async () => {
    const response = await t.get(undefined, '/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it('answers /me for a signed-in person', async () => {
    const department = await t.make.department({ name: 'Bürgeramt' });
    const person = await t.make.person({ displayName: 'Erika Mustermann', departmentId: department.id });
    const response = await t.get(person, '/api/v1/me');
    expect(response.statusCode).toBe(200);
    expect(response.body).toEqual({
      id: person.id,
      displayName: 'Erika Mustermann',
      email: person.email,
      department: 'Bürgeramt',
      departmentId: department.id,
      roles: [],
      deviceProfile: 'unknown',
    });
  });

  it('refuses malformed JSON with 400 problem+json and no stack trace', async () => {
    const manager = await t.make.facilityManager();
    const response = await t.request(manager, 'POST', '/api/v1/buildings', {
      payload: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.payload).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('speaks German by default and English on request', async () => {
    const german = await t.get(undefined, '/api/v1/me');
    const english = await t.get(undefined, '/api/v1/me', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(german.body.title).toBe('Anmeldung erforderlich');
    expect(english.body.title).toBe('Sign-in required');
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.get(undefined, '/api/docs-json');
    expect(response.statusCode).toBe(200);
    expect(response.body.paths).toHaveProperty('/api/v1/me');
  });

  it('searches people by name, returning only id, name and department', async () => {
    const caller = await t.make.person();
    await t.make.person({ displayName: 'Jana Schulze' });
    await t.make.person({ displayName: 'Jan Schulz' });
    await t.make.person({ displayName: 'Inaktiv Schulze', active: false });
    const response = await t.get(caller, '/api/v1/people?query=schul');
    expect(response.statusCode).toBe(200);
    expect(response.body.map((p: { displayName: string }) => p.displayName)).toEqual(['Jan Schulz', 'Jana Schulze']);
    expect(Object.keys(response.body[0]).sort()).toEqual(['department', 'displayName', 'id']);
  });
});

describe('HTTP conventions: headers and request ids', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('sends security headers and a strict content security policy', async () => {
    const response = await t.get(undefined, '/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('echoes a sane incoming request id and makes one up otherwise', async () => {
    const echoed = await t.get(undefined, '/health', { 'x-request-id': 'proxy-4711' });
    expect(echoed.headers['x-request-id']).toBe('proxy-4711');
    const invented = await t.get(undefined, '/health', { 'x-request-id': 'bad id with spaces and <script>' });
    expect(invented.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the request id in problem answers', async () => {
    const response = await t.get(undefined, '/api/v1/me', { 'x-request-id': 'trace-1' });
    expect(response.body.requestId).toBe('trace-1');
  });

  it('answers a body of a type the route does not take with 415 problem+json', async () => {
    const manager = await t.make.facilityManager();
    const response = await t.request(manager, 'POST', '/api/v1/buildings', {
      payload: 'name=Rathaus',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
