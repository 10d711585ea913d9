import { Building, Floor } from '@platzbuch/locations';
import { TestApp } from '../support/test-app';

describe('buildings and floors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ env: { ORG_TIMEZONE: 'Europe/Vienna' } });
  });
  afterAll(() => t.close());

  describe('who may create a building', () => {
    it('refuses an employee with 403 and writes nothing', async () => {
      const before = await t.db.getRepository(Building).count();
      const response = await t.post(await t.make.person(), '/api/v1/buildings', { name: 'Nicht erlaubt' });
      expect(response.statusCode).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
      expect(await t.db.getRepository(Building).count()).toBe(before);
    });

    it('asks for sign-in first', async () => {
      expect((await t.post(undefined, '/api/v1/buildings', { name: 'Anonym' })).statusCode).toBe(401);
      expect((await t.get(undefined, '/api/v1/buildings')).statusCode).toBe(401);
    });

    it('lets a facility manager and an admin create one', async () => {
      const byManager = await t.post(await t.make.facilityManager(), '/api/v1/buildings', {
        name: 'Stadthaus 1',
        address: 'Klemensstraße 10, 48143 Münster',
        timezone: 'Europe/Berlin',
      });
      expect(byManager.statusCode).toBe(201);
      expect(byManager.body).toEqual({
        id: expect.any(String),
        name: 'Stadthaus 1',
        address: 'Klemensstraße 10, 48143 Münster',
        timezone: 'Europe/Berlin',
      });
      const byAdmin = await t.post(await t.make.admin(), '/api/v1/buildings', { name: 'Stadthaus 2' });
      expect(byAdmin.statusCode).toBe(201);
    });
  });

  it("reckons a new building in the organisation's zone unless told, spelling zones canonically", async () => {
    const manager = await t.make.facilityManager();
    expect((await t.post(manager, '/api/v1/buildings', { name: 'Außenstelle' })).body).toMatchObject({
      timezone: 'Europe/Vienna',
      address: null,
    });
    expect(
      (await t.post(manager, '/api/v1/buildings', { name: 'Partnerstadt', timezone: 'europe/lisbon' })).body
        .timezone,
    ).toBe('Europe/Lisbon');
  });

  it('lists buildings by name as people read them, to every signed-in person', async () => {
    const manager = await t.make.facilityManager();
    for (const name of ['Haus 10', 'Haus 9', 'Ämterhaus'])
      await t.post(manager, '/api/v1/buildings', { name });
    const response = await t.get(await t.make.person(), '/api/v1/buildings');
    expect(response.statusCode).toBe(200);
    const names: string[] = response.body.map((building: { name: string }) => building.name);
    expect(names.filter((name) => ['Haus 10', 'Haus 9', 'Ämterhaus'].includes(name))).toEqual([
      'Ämterhaus',
      'Haus 9',
      'Haus 10',
    ]);
  });

  it('reads, changes and deletes a building', async () => {
    const manager = await t.make.admin();
    const { id } = (await t.post(manager, '/api/v1/buildings', { name: 'Altbau', address: 'Markt 1' })).body;
    expect((await t.get(await t.make.person(), `/api/v1/buildings/${id}`)).body.name).toBe('Altbau');

    const changed = await t.patch(manager, `/api/v1/buildings/${id}`, { name: 'Altbau Nord', address: null });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Altbau Nord', address: null, timezone: 'Europe/Vienna' });
    expect((await t.patch(manager, `/api/v1/buildings/${id}`, {})).body.name).toBe('Altbau Nord');

    expect((await t.patch(await t.make.person(), `/api/v1/buildings/${id}`, { name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await t.delete(await t.make.person(), `/api/v1/buildings/${id}`)).statusCode).toBe(403);
    expect((await t.delete(manager, `/api/v1/buildings/${id}`)).statusCode).toBe(204);
    expect((await t.get(manager, `/api/v1/buildings/${id}`)).statusCode).toBe(404);
    expect((await t.delete(manager, `/api/v1/buildings/${id}`)).statusCode).toBe(404);
  });

  it('refuses a second building of the same name with 409 CONFLICT naming it', async () => {
    const manager = await t.make.facilityManager();
    await t.post(manager, '/api/v1/buildings', { name: 'Rathaus' });
    const other = (await t.post(manager, '/api/v1/buildings', { name: 'Rathaus West' })).body;
    for (const response of [
      await t.post(manager, '/api/v1/buildings', { name: 'Rathaus' }),
      await t.patch(manager, `/api/v1/buildings/${other.id}`, { name: 'Rathaus' }),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.body).toMatchObject({ code: 'CONFLICT', detail: expect.stringContaining('„Rathaus“') });
    }
  });

  it('documents every location route in the OpenAPI document', async () => {
    const { paths } = (await t.get(undefined, '/api/docs-json')).body;
    // Other domains hang routes below these paths too (a floor's availability); only the location ones count.
    const routes = Object.entries(paths as Record<string, Record<string, { tags?: string[] }>>)
      .map(([path, operations]) => {
        const own = Object.keys(operations).filter((method) =>
          operations[method].tags?.includes('locations'),
        );
        return [path, own] as const;
      })
      .filter(([path, own]) => own.length > 0 && /\/(buildings|floors|zones|desks|rooms)/.test(path))
      .map(([path, own]) => `${own.join(',')} ${path}`);
    expect(routes.sort()).toEqual([
      'get /api/v1/buildings/{id}/desks/export',
      'get,patch,delete /api/v1/buildings/{id}',
      'get,patch,delete /api/v1/desks/{id}',
      'get,patch,delete /api/v1/floors/{id}',
      'get,patch,delete /api/v1/rooms/{id}',
      'patch,delete /api/v1/zones/{id}',
      'post /api/v1/buildings/{id}/desks/import',
      'post,get /api/v1/buildings',
      'post,get /api/v1/buildings/{id}/floors',
      'post,get /api/v1/floors/{id}/desks',
      'post,get /api/v1/floors/{id}/rooms',
      'post,get /api/v1/floors/{id}/zones',
      'put,get,delete /api/v1/floors/{id}/plan',
    ]);
  });

  describe('floors', () => {
    it('creates floors and lists them from the lowest up, with their plans', async () => {
      const manager = await t.make.facilityManager();
      const building = await t.make.building();
      for (const [name, level] of [
        ['2. OG', 2],
        ['UG', -1],
        ['EG', 0],
        ['1. OG', 1],
      ] as const) {
        const response = await t.post(manager, `/api/v1/buildings/${building.id}/floors`, { name, level });
        expect(response.statusCode).toBe(201);
        expect(response.body).toEqual({
          id: expect.any(String),
          buildingId: building.id,
          name,
          level,
          plan: null,
        });
      }
      const floors = await t.get(await t.make.person(), `/api/v1/buildings/${building.id}/floors`);
      expect(floors.body.map((floor: { name: string }) => floor.name)).toEqual([
        'UG',
        'EG',
        '1. OG',
        '2. OG',
      ]);
    });

    it('reads, renames, moves and deletes a floor', async () => {
      const manager = await t.make.facilityManager();
      const floor = await t.make.floor({ name: 'EG', level: 0 });
      expect((await t.get(await t.make.person(), `/api/v1/floors/${floor.id}`)).body).toMatchObject({
        name: 'EG',
        plan: null,
      });
      const changed = await t.patch(manager, `/api/v1/floors/${floor.id}`, { name: 'Erdgeschoss', level: 1 });
      expect(changed.body).toMatchObject({ id: floor.id, name: 'Erdgeschoss', level: 1 });
      expect((await t.delete(manager, `/api/v1/floors/${floor.id}`)).statusCode).toBe(204);
      expect(await t.db.getRepository(Floor).countBy({ id: floor.id })).toBe(0);
    });

    it('refuses a second floor of the same name in a building, not in another', async () => {
      const manager = await t.make.facilityManager();
      const building = await t.make.building();
      await t.make.floor({ buildingId: building.id, name: 'EG' });
      const duplicate = await t.post(manager, `/api/v1/buildings/${building.id}/floors`, {
        name: 'EG',
        level: 0,
      });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.body.detail).toContain('„EG“');
      const elsewhere = await t.post(manager, `/api/v1/buildings/${(await t.make.building()).id}/floors`, {
        name: 'EG',
        level: 0,
      });
      expect(elsewhere.statusCode).toBe(201);
    });

    it('answers 404 for the floors of a building that does not exist', async () => {
      const manager = await t.make.facilityManager();
      const missing = '00000000-0000-4000-8000-000000000000';
      expect((await t.get(manager, `/api/v1/buildings/${missing}/floors`)).statusCode).toBe(404);
      const created = await t.post(manager, `/api/v1/buildings/${missing}/floors`, { name: 'EG', level: 0 });
      expect(created.statusCode).toBe(404);
      expect(created.body.detail).toBe('Dieses Gebäude gibt es nicht.');
    });
  });
});
