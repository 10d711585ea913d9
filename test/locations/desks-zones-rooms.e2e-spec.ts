import type { Person } from '@platzbuch/directory';
import { Desk, type Floor, ResourcesBlocked, Room, Zone } from '@platzbuch/locations';
import { DomainEvents } from '@platzbuch/platform';
import { TestApp } from '../support/test-app';

describe('desks, zones and rooms', () => {
  let t: TestApp;
  let manager: Person;
  let employee: Person;
  const blocked: ResourcesBlocked[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.make.facilityManager();
    employee = await t.make.person();
    t.app.get(DomainEvents).on(ResourcesBlocked, (event) => {
      expect(event.manager.queryRunner?.isTransactionActive).toBe(true);
      blocked.push(event);
    });
  });
  afterAll(() => t.close());

  describe('desks', () => {
    let floor: Floor;

    beforeEach(async () => {
      floor = await t.make.floor();
    });

    it('creates a desk with the defaults for what is left out', async () => {
      const response = await t.post(manager, `/api/v1/floors/${floor.id}/desks`, { code: ' 3.01 ' });
      expect(response.statusCode).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        buildingId: floor.buildingId,
        floorId: floor.id,
        code: '3.01',
        x: 50,
        y: 50,
        zoneId: null,
        equipment: { docking: 'none', monitors: 1, heightAdjustable: false, accessible: false },
        status: 'active',
        assigneeId: null,
      });
      expect((await t.get(employee, `/api/v1/desks/${response.body.id}`)).body).toEqual(response.body);
    });

    it('lists every desk of a floor with codes in natural order', async () => {
      for (const code of ['3.10', '3.2', '10.1', '3.1', 'A-2', 'A-10']) {
        await t.post(manager, `/api/v1/floors/${floor.id}/desks`, { code, x: 12.5, y: 80 });
      }
      const response = await t.get(employee, `/api/v1/floors/${floor.id}/desks`);
      expect(response.statusCode).toBe(200);
      expect(response.body.map((desk: { code: string }) => desk.code)).toEqual([
        '3.1',
        '3.2',
        '3.10',
        '10.1',
        'A-2',
        'A-10',
      ]);
      expect(response.body[0]).toMatchObject({ x: 12.5, y: 80 });
    });

    it('changes part of the equipment and keeps the rest', async () => {
      const { id } = (
        await t.post(manager, `/api/v1/floors/${floor.id}/desks`, {
          code: 'E.1',
          equipment: { docking: 'usb-c', monitors: 2, heightAdjustable: true },
        })
      ).body;
      const response = await t.patch(manager, `/api/v1/desks/${id}`, { equipment: { monitors: 3 }, x: 10 });
      expect(response.statusCode).toBe(200);
      expect(response.body).toMatchObject({
        x: 10,
        equipment: { docking: 'usb-c', monitors: 3, heightAdjustable: true, accessible: false },
      });
    });

    it('refuses a code the building has already, on any of its floors, with 409 naming it', async () => {
      await t.post(manager, `/api/v1/floors/${floor.id}/desks`, { code: 'D.1' });
      const upstairs = await t.make.floor({ buildingId: floor.buildingId });
      const response = await t.post(manager, `/api/v1/floors/${upstairs.id}/desks`, { code: 'D.1' });
      expect(response.statusCode).toBe(409);
      expect(response.body).toMatchObject({
        code: 'CONFLICT',
        detail: 'Einen Arbeitsplatz mit der Nummer „D.1“ gibt es in diesem Gebäude schon.',
      });
      const english = await t.request(manager, 'POST', `/api/v1/floors/${upstairs.id}/desks`, {
        body: { code: 'D.1' },
        headers: { 'accept-language': 'en' },
      });
      expect(english.body.detail).toBe('This building already has a desk with the code "D.1".');

      const other = (await t.post(manager, `/api/v1/floors/${upstairs.id}/desks`, { code: 'D.2' })).body;
      expect((await t.patch(manager, `/api/v1/desks/${other.id}`, { code: 'D.1' })).statusCode).toBe(409);
      expect(
        (await t.post(manager, `/api/v1/floors/${(await t.make.floor()).id}/desks`, { code: 'D.1' }))
          .statusCode,
      ).toBe(201);
    });

    it("refuses a zone of another floor with 400, as the database's composite key does", async () => {
      const elsewhere = await t.make.zone({
        floorId: (await t.make.floor({ buildingId: floor.buildingId })).id,
      });
      const before = await t.db.getRepository(Desk).count();
      const created = await t.post(manager, `/api/v1/floors/${floor.id}/desks`, {
        code: 'Z.1',
        zoneId: elsewhere.id,
      });
      expect(created.statusCode).toBe(400);
      expect(created.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'zoneId' }] });
      expect(await t.db.getRepository(Desk).count()).toBe(before);

      const desk = await t.make.desk({ floorId: floor.id });
      const changed = await t.patch(manager, `/api/v1/desks/${desk.id}`, { zoneId: elsewhere.id });
      expect(changed.statusCode).toBe(400);
      expect(changed.body.errors).toEqual([
        { field: 'zoneId', message: "zoneId must name a zone on the desk's floor" },
      ]);
      const missing = await t.patch(manager, `/api/v1/desks/${desk.id}`, {
        zoneId: '00000000-0000-4000-8000-000000000000',
      });
      expect(missing.statusCode).toBe(400);

      const own = await t.make.zone({ floorId: floor.id });
      expect((await t.patch(manager, `/api/v1/desks/${desk.id}`, { zoneId: own.id })).body.zoneId).toBe(
        own.id,
      );
      expect((await t.patch(manager, `/api/v1/desks/${desk.id}`, { zoneId: null })).body.zoneId).toBeNull();
    });

    it('gives a fixed desk only to an active person', async () => {
      const holder = await t.make.person();
      const leaver = await t.make.person({ active: false });
      const created = await t.post(manager, `/api/v1/floors/${floor.id}/desks`, {
        code: 'F.1',
        assigneeId: holder.id,
      });
      expect(created.body.assigneeId).toBe(holder.id);
      for (const assigneeId of [leaver.id, '00000000-0000-4000-8000-000000000000']) {
        const refused = await t.patch(manager, `/api/v1/desks/${created.body.id}`, { assigneeId });
        expect(refused.statusCode).toBe(400);
        expect(refused.body.errors).toEqual([
          { field: 'assigneeId', message: 'assigneeId must name an active person' },
        ]);
      }
      expect(
        (await t.patch(manager, `/api/v1/desks/${created.body.id}`, { assigneeId: null })).body.assigneeId,
      ).toBeNull();

      // Someone who has left keeps the desk they hold until it is given to another.
      const held = await t.make.desk({ floorId: floor.id, assigneeId: leaver.id });
      const kept = await t.patch(manager, `/api/v1/desks/${held.id}`, { assigneeId: leaver.id, x: 5 });
      expect(kept.body).toMatchObject({ assigneeId: leaver.id, x: 5 });
    });

    it('tells subscribers in the same transaction when a desk is blocked, and only then', async () => {
      const desk = await t.make.desk({ floorId: floor.id });
      blocked.length = 0;
      await t.patch(manager, `/api/v1/desks/${desk.id}`, { x: 20 });
      expect(blocked).toHaveLength(0);
      expect((await t.patch(manager, `/api/v1/desks/${desk.id}`, { status: 'blocked' })).body.status).toBe(
        'blocked',
      );
      await t.patch(manager, `/api/v1/desks/${desk.id}`, { status: 'blocked', x: 30 });
      expect(blocked.map((event) => [event.deskIds, event.roomIds])).toEqual([[[desk.id], []]]);
    });

    it('lets employees read but not change desks', async () => {
      const desk = await t.make.desk({ floorId: floor.id });
      expect((await t.get(employee, `/api/v1/floors/${floor.id}/desks`)).statusCode).toBe(200);
      expect((await t.post(employee, `/api/v1/floors/${floor.id}/desks`, { code: 'X' })).statusCode).toBe(
        403,
      );
      expect((await t.patch(employee, `/api/v1/desks/${desk.id}`, { x: 1 })).statusCode).toBe(403);
      expect((await t.delete(employee, `/api/v1/desks/${desk.id}`)).statusCode).toBe(403);
      expect((await t.delete(manager, `/api/v1/desks/${desk.id}`)).statusCode).toBe(204);
      expect((await t.get(employee, `/api/v1/desks/${desk.id}`)).statusCode).toBe(404);
    });
  });

  describe('zones', () => {
    it('creates neighbourhoods of departments and lists a floor’s zones by name', async () => {
      const floor = await t.make.floor();
      const department = await t.make.department({ name: 'Amt für Wohnungswesen' });
      const created = await t.post(manager, `/api/v1/floors/${floor.id}/zones`, {
        name: 'Süd',
        departmentId: department.id,
      });
      expect(created.statusCode).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        floorId: floor.id,
        name: 'Süd',
        departmentId: department.id,
        department: 'Amt für Wohnungswesen',
      });
      await t.post(manager, `/api/v1/floors/${floor.id}/zones`, { name: 'Nord' });
      const listed = await t.get(employee, `/api/v1/floors/${floor.id}/zones`);
      expect(
        listed.body.map((zone: { name: string; department: string | null }) => [zone.name, zone.department]),
      ).toEqual([
        ['Nord', null],
        ['Süd', 'Amt für Wohnungswesen'],
      ]);
    });

    it('renames a zone, changes its department, and refuses duplicate names and unknown departments', async () => {
      const floor = await t.make.floor();
      const zone = await t.make.zone({ floorId: floor.id, name: 'Ost' });
      await t.make.zone({ floorId: floor.id, name: 'West' });
      expect((await t.patch(manager, `/api/v1/zones/${zone.id}`, { name: 'West' })).statusCode).toBe(409);
      const unknown = await t.patch(manager, `/api/v1/zones/${zone.id}`, {
        departmentId: '00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.body.errors[0].field).toBe('departmentId');
      const department = await t.make.department();
      const changed = await t.patch(manager, `/api/v1/zones/${zone.id}`, {
        name: 'Ost 2',
        departmentId: department.id,
      });
      expect(changed.body).toMatchObject({
        name: 'Ost 2',
        departmentId: department.id,
        department: department.name,
      });
      expect(
        (await t.patch(manager, `/api/v1/zones/${zone.id}`, { departmentId: null })).body.department,
      ).toBeNull();
    });

    it('takes the desks out of a zone before deleting it', async () => {
      const floor = await t.make.floor();
      const zone = await t.make.zone({ floorId: floor.id });
      const desk = await t.make.desk({ floorId: floor.id, zoneId: zone.id });
      expect((await t.delete(manager, `/api/v1/zones/${zone.id}`)).statusCode).toBe(204);
      expect(await t.db.getRepository(Zone).countBy({ id: zone.id })).toBe(0);
      expect((await t.db.getRepository(Desk).findOneByOrFail({ id: desk.id })).zoneId).toBeNull();
    });
  });

  describe('rooms', () => {
    it('creates, lists, changes and deletes meeting rooms', async () => {
      const floor = await t.make.floor();
      const created = await t.post(manager, `/api/v1/floors/${floor.id}/rooms`, {
        name: 'Besprechung 10',
        capacity: 12,
        equipment: ['display', 'video-conference'],
        x: 20,
        y: 30,
      });
      expect(created.statusCode).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        floorId: floor.id,
        name: 'Besprechung 10',
        capacity: 12,
        equipment: ['display', 'video-conference'],
        x: 20,
        y: 30,
        status: 'active',
      });
      await t.post(manager, `/api/v1/floors/${floor.id}/rooms`, { name: 'Besprechung 9', capacity: 4 });
      const listed = await t.get(employee, `/api/v1/floors/${floor.id}/rooms`);
      expect(listed.body.map((room: { name: string }) => room.name)).toEqual([
        'Besprechung 9',
        'Besprechung 10',
      ]);
      expect(listed.body[0]).toMatchObject({ equipment: [], x: 50, y: 50 });

      const duplicate = await t.post(manager, `/api/v1/floors/${floor.id}/rooms`, {
        name: 'Besprechung 9',
        capacity: 2,
      });
      expect(duplicate.statusCode).toBe(409);

      blocked.length = 0;
      const changed = await t.patch(manager, `/api/v1/rooms/${created.body.id}`, {
        capacity: 14,
        status: 'blocked',
      });
      expect(changed.body).toMatchObject({
        capacity: 14,
        status: 'blocked',
        equipment: ['display', 'video-conference'],
      });
      expect(blocked.map((event) => [event.deskIds, event.roomIds])).toEqual([[[], [created.body.id]]]);

      expect((await t.delete(manager, `/api/v1/rooms/${created.body.id}`)).statusCode).toBe(204);
      expect(await t.db.getRepository(Room).countBy({ id: created.body.id })).toBe(0);
    });
  });
});
