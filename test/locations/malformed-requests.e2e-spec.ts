import type { Person } from '@platzbuch/directory';
import { Building, Desk, Floor, Room, Zone } from '@platzbuch/locations';
import { type HttpMethod, TestApp } from '../support/test-app';

/**
 * Whatever a client sends, a malformed request is a 400 (or 404 for an id that names nothing)
 * problem+json, never a 500, and it writes nothing.
 */
describe('malformed requests to the location routes', () => {
  let t: TestApp;
  let manager: Person;
  let ids: { building: string; floor: string; zone: string; desk: string; room: string };

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.make.facilityManager();
    const floor = await t.make.floor();
    ids = {
      building: floor.buildingId,
      floor: floor.id,
      zone: (await t.make.zone({ floorId: floor.id })).id,
      desk: (await t.make.desk({ floorId: floor.id })).id,
      room: (await t.make.room({ floorId: floor.id })).id,
    };
  });
  afterAll(() => t.close());

  /** Every row of every location table, to compare before and after. */
  async function snapshot(): Promise<string> {
    const tables = await Promise.all(
      [Building, Floor, Zone, Desk, Room].map((entity) =>
        t.db.getRepository(entity).find({ order: { id: 'ASC' } }),
      ),
    );
    return JSON.stringify(tables);
  }

  async function expectRefused(
    method: HttpMethod,
    url: string,
    options: { body?: unknown; payload?: string; headers?: Record<string, string> },
  ) {
    const before = await snapshot();
    const response = await t.request(manager, method, url, options);
    expect({ url, body: options.body ?? options.payload, status: response.statusCode }).toMatchObject({
      status: 400,
    });
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.payload).not.toMatch(/at .*\.(ts|js):\d+|QueryFailedError|duplicate key|violates/);
    expect(await snapshot()).toBe(before);
  }

  const SOME_ID = '11111111-1111-4111-8111-111111111111';
  const huge = 'x'.repeat(100_000);
  const shared = (valid: Record<string, unknown>) => [
    [],
    [valid],
    null,
    'a string',
    42,
    { ...valid, unexpected: true },
    { ...valid, name: huge, code: huge },
    { ...valid, __proto__: { admin: true }, constructor: { prototype: {} } },
  ];

  const routes: {
    name: string;
    method: HttpMethod;
    url: () => string;
    valid: Record<string, unknown>;
    bad: unknown[];
  }[] = [
    {
      name: 'POST /buildings',
      method: 'POST',
      url: () => '/api/v1/buildings',
      valid: { name: 'Neubau' },
      bad: [
        {},
        { name: '' },
        { name: '   ' },
        { name: 5 },
        { name: null },
        { name: 'a\u0000b' },
        { name: 'Neubau', address: 7 },
        { name: 'Neubau', address: 'x'.repeat(501) },
        { name: 'Neubau', timezone: 'Mars/Olympus_Mons' },
        { name: 'Neubau', timezone: '+01:00' },
        { name: 'Neubau', timezone: null },
        { name: 'Neubau', timezone: 1 },
      ],
    },
    {
      name: 'PATCH /buildings/{id}',
      method: 'PATCH',
      url: () => `/api/v1/buildings/${ids.building}`,
      valid: { name: 'Umbenannt' },
      bad: [{ name: null }, { timezone: 'Nowhere' }, { name: ['x'] }, { id: SOME_ID }],
    },
    {
      name: 'POST /buildings/{id}/floors',
      method: 'POST',
      url: () => `/api/v1/buildings/${ids.building}/floors`,
      valid: { name: '9. OG', level: 9 },
      bad: [
        {},
        { name: '9. OG' },
        { level: 9 },
        { name: '9. OG', level: '9' },
        { name: '9. OG', level: 9.5 },
        { name: '9. OG', level: 1000 },
        { name: '9. OG', level: -21 },
      ],
    },
    {
      name: 'PATCH /floors/{id}',
      method: 'PATCH',
      url: () => `/api/v1/floors/${ids.floor}`,
      valid: { level: 3 },
      bad: [{ level: null }, { name: null }, { buildingId: SOME_ID }, { level: true }],
    },
    {
      name: 'POST /floors/{id}/zones',
      method: 'POST',
      url: () => `/api/v1/floors/${ids.floor}/zones`,
      valid: { name: 'Ost' },
      bad: [
        {},
        { name: 1 },
        { name: 'Ost', departmentId: 'not-a-uuid' },
        { name: 'Ost', departmentId: '00000000-0000-4000-8000-000000000000' },
      ],
    },
    {
      name: 'PATCH /zones/{id}',
      method: 'PATCH',
      url: () => `/api/v1/zones/${ids.zone}`,
      valid: { name: 'West' },
      bad: [{ name: null }, { floorId: SOME_ID }],
    },
    {
      name: 'POST /floors/{id}/desks',
      method: 'POST',
      url: () => `/api/v1/floors/${ids.floor}/desks`,
      valid: { code: 'Z.1' },
      bad: [
        {},
        { code: '' },
        { code: 12 },
        { code: 'x'.repeat(65) },
        { code: 'Z.1', x: '50' },
        { code: 'Z.1', x: -1 },
        { code: 'Z.1', y: 100.5 },
        { code: 'Z.1', x: null },
        { code: 'Z.1', zoneId: 'zone' },
        { code: 'Z.1', zoneId: 5 },
        { code: 'Z.1', equipment: [] },
        { code: 'Z.1', equipment: 'usb-c' },
        { code: 'Z.1', equipment: null },
        { code: 'Z.1', equipment: { monitors: 4 } },
        { code: 'Z.1', equipment: { monitors: 1.5 } },
        { code: 'Z.1', equipment: { docking: 'wifi' } },
        { code: 'Z.1', equipment: { heightAdjustable: 'ja' } },
        { code: 'Z.1', equipment: { monitors: null } },
        { code: 'Z.1', equipment: { laser: true } },
        { code: 'Z.1', status: 'broken' },
        { code: 'Z.1', status: null },
        { code: 'Z.1', assigneeId: 'me' },
        { code: 'Z.1', assigneeId: '00000000-0000-4000-8000-000000000000' },
        { code: 'Z.1', buildingId: SOME_ID },
      ],
    },
    {
      name: 'PATCH /desks/{id}',
      method: 'PATCH',
      url: () => `/api/v1/desks/${ids.desk}`,
      valid: { x: 10 },
      bad: [
        { code: null },
        { x: 101 },
        { equipment: { monitors: -1 } },
        { status: 'gone' },
        { floorId: SOME_ID },
        { zoneId: 'x' },
      ],
    },
    {
      name: 'POST /floors/{id}/rooms',
      method: 'POST',
      url: () => `/api/v1/floors/${ids.floor}/rooms`,
      valid: { name: 'Besprechung', capacity: 8 },
      bad: [
        {},
        { name: 'Besprechung' },
        { capacity: 8 },
        { name: 'Besprechung', capacity: 0 },
        { name: 'Besprechung', capacity: 501 },
        { name: 'Besprechung', capacity: '8' },
        { name: 'Besprechung', capacity: 8, equipment: 'display' },
        { name: 'Besprechung', capacity: 8, equipment: ['display', 'display'] },
        { name: 'Besprechung', capacity: 8, equipment: ['hologram'] },
        { name: 'Besprechung', capacity: 8, x: 200 },
      ],
    },
    {
      name: 'PATCH /rooms/{id}',
      method: 'PATCH',
      url: () => `/api/v1/rooms/${ids.room}`,
      valid: { capacity: 10 },
      bad: [{ capacity: null }, { equipment: null }, { status: 'blocked', floorId: SOME_ID }],
    },
  ];

  describe.each(routes.map((route) => [route.name, route] as const))('%s', (_name, route) => {
    it('refuses wrong types, unknown fields, missing and out-of-range values, and wrong shapes', async () => {
      for (const body of [...route.bad, ...shared(route.valid)]) {
        await expectRefused(route.method, route.url(), {
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
      }
    });

    it('refuses a body that is not JSON, or empty', async () => {
      // JSON reads 1e400 as Infinity, which no number field takes.
      const valid = JSON.stringify(route.valid);
      const infinite = valid.replace(/:\s*(\d+)/, ': 1e400');
      for (const payload of [
        ...(infinite === valid ? [] : [infinite]),
        '{"name": ',
        'name=Neubau',
        '',
        '{"name": "a"} trailing',
      ]) {
        await expectRefused(route.method, route.url(), {
          payload,
          headers: { 'content-type': 'application/json' },
        });
      }
      await expectRefused(route.method, route.url(), {});
    });
  });

  it('refuses a body above 1 MiB with 413 problem+json', async () => {
    const response = await t.post(manager, '/api/v1/buildings', { name: 'x'.repeat(1_100_000) });
    expect(response.statusCode).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body of another type with 415 problem+json', async () => {
    const response = await t.request(manager, 'POST', '/api/v1/buildings', {
      payload: '<building/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  describe('ids in the path', () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const malformed = [
      'abc',
      '123',
      "1'%20OR%20'1'='1",
      `${unknown}x`,
      '%00',
      'x'.repeat(150),
      '..%2F..%2Fetc%2Fpasswd',
    ];
    const paths = [
      ['GET', '/api/v1/buildings/:id'],
      ['PATCH', '/api/v1/buildings/:id'],
      ['DELETE', '/api/v1/buildings/:id'],
      ['GET', '/api/v1/buildings/:id/floors'],
      ['POST', '/api/v1/buildings/:id/floors'],
      ['POST', '/api/v1/buildings/:id/desks/import'],
      ['GET', '/api/v1/buildings/:id/desks/export'],
      ['GET', '/api/v1/floors/:id'],
      ['PATCH', '/api/v1/floors/:id'],
      ['DELETE', '/api/v1/floors/:id'],
      ['GET', '/api/v1/floors/:id/desks'],
      ['POST', '/api/v1/floors/:id/desks'],
      ['GET', '/api/v1/floors/:id/rooms'],
      ['POST', '/api/v1/floors/:id/rooms'],
      ['GET', '/api/v1/floors/:id/zones'],
      ['POST', '/api/v1/floors/:id/zones'],
      ['GET', '/api/v1/floors/:id/plan'],
      ['PUT', '/api/v1/floors/:id/plan'],
      ['DELETE', '/api/v1/floors/:id/plan'],
      ['PATCH', '/api/v1/zones/:id'],
      ['DELETE', '/api/v1/zones/:id'],
      ['GET', '/api/v1/desks/:id'],
      ['PATCH', '/api/v1/desks/:id'],
      ['DELETE', '/api/v1/desks/:id'],
      ['GET', '/api/v1/rooms/:id'],
      ['PATCH', '/api/v1/rooms/:id'],
      ['DELETE', '/api/v1/rooms/:id'],
    ] as const;
    const bodies: Record<string, { body?: unknown; payload?: string; headers?: Record<string, string> }> = {
      '/api/v1/buildings/:id/floors': { body: { name: 'EG', level: 0 } },
      '/api/v1/floors/:id/desks': { body: { code: 'A' } },
      '/api/v1/floors/:id/rooms': { body: { name: 'R', capacity: 2 } },
      '/api/v1/floors/:id/zones': { body: { name: 'Z' } },
      '/api/v1/buildings/:id/desks/import': {
        payload: 'Etage;Platz\nEG;1\n',
        headers: { 'content-type': 'text/csv' },
      },
      '/api/v1/floors/:id/plan': {
        payload: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
        headers: { 'content-type': 'image/svg+xml' },
      },
    };

    it.each(paths)(
      '%s %s: 404 for an unknown id, 400 or 404 for a malformed one, never 500',
      async (method, path) => {
        const options = method === 'GET' || method === 'DELETE' ? {} : (bodies[path] ?? { body: {} });
        const before = await snapshot();
        const missing = await t.request(manager, method, path.replace(':id', unknown), options);
        expect({ path, status: missing.statusCode, code: missing.body.code }).toEqual({
          path,
          status: 404,
          code: 'NOT_FOUND',
        });
        for (const id of malformed) {
          const response = await t.request(manager, method, path.replace(':id', id), options);
          expect({ id, refused: [400, 404].includes(response.statusCode) }).toEqual({ id, refused: true });
          expect(response.headers['content-type']).toContain('application/problem+json');
        }
        expect(await snapshot()).toBe(before);
      },
    );
  });
});
