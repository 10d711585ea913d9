import type { DeskAvailability, FloorAvailability } from '@platzbuch/contracts';
import { TestApp } from '../support/test-app';
import { holdClock } from './clock';

describe('availability and desk search', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    holdClock(t);
  });
  afterAll(() => t.close());

  it('shows every desk of a floor with its state and equipment, never who holds a desk', async () => {
    const admin = await t.make.admin();
    const department = await t.make.department();
    const floor = await t.make.floor();
    const zone = await t.make.zone({ floorId: floor.id, departmentId: department.id, name: 'Team Nord' });
    await t.put(admin, `/api/v1/booking-policies/zones/${zone.id}`, { departmentPriorityDays: 14 });
    const viewer = await t.make.person();
    const holder = await t.make.person({ displayName: 'Geheim Gehalten' });
    const desk = (code: string, more: object = {}) => t.make.desk({ floorId: floor.id, code, ...more });
    const free = await desk('A-01', { docking: 'usb-c', monitors: 2, heightAdjustable: true });
    const booked = await desk('A-02');
    const mine = await desk('A-03');
    const blocked = await desk('A-04', { status: 'blocked' });
    const assigned = await desk('A-05', { assigneeId: holder.id });
    const restricted = await desk('A-06', { zoneId: zone.id });
    const room = await t.make.room({ floorId: floor.id, name: 'Besprechung 1' });

    await t.post(holder, '/api/v1/bookings', { deskId: booked.id, date: '2027-01-12', slot: 'morning' });
    const own = await t.post(viewer, '/api/v1/bookings', {
      deskId: mine.id,
      date: '2027-01-12',
      slot: 'afternoon',
    });
    await t.post(holder, '/api/v1/bookings', {
      roomId: room.id,
      start: '2027-01-12T10:00:00+01:00',
      end: '2027-01-12T11:00:00+01:00',
    });

    const response = await t.get(viewer, `/api/v1/floors/${floor.id}/availability?date=2027-01-12`);
    expect(response.statusCode).toBe(200);
    const body = response.body as FloorAvailability;
    expect(body).toMatchObject({
      floorId: floor.id,
      timezone: 'Europe/Berlin',
      fromLocal: '2027-01-12T07:00:00+01:00',
      toLocal: '2027-01-12T19:00:00+01:00',
    });
    const byCode = Object.fromEntries(body.desks.map((d: DeskAvailability) => [d.code, d]));
    expect(Object.fromEntries(body.desks.map((d) => [d.code, [d.state, d.rule]]))).toEqual({
      'A-01': ['free', null],
      'A-02': ['booked', null],
      'A-03': ['mine', null],
      'A-04': ['blocked', 'RESOURCE_BLOCKED'],
      'A-05': ['assigned', 'FIXED_DESK'],
      'A-06': ['restricted', 'ZONE_RESERVED'],
    });
    expect(byCode['A-01']).toMatchObject({
      id: free.id,
      equipment: { docking: 'usb-c', monitors: 2, heightAdjustable: true, accessible: false },
      fixed: false,
      busy: [],
    });
    expect(byCode['A-02'].busy).toEqual([
      {
        start: '2027-01-12T06:00:00.000Z',
        end: '2027-01-12T12:00:00.000Z',
        startLocal: '2027-01-12T07:00:00+01:00',
        endLocal: '2027-01-12T13:00:00+01:00',
        mine: false,
      },
    ]);
    expect(byCode['A-03'].yourBookingId).toBe(own.body.id);
    expect(byCode['A-05']).toMatchObject({ fixed: true, assignedToYou: false });
    expect(byCode['A-06'].zoneName).toBe('Team Nord');
    expect(body.rooms).toEqual([
      expect.objectContaining({ name: 'Besprechung 1', state: 'booked', capacity: 6 }),
    ]);
    expect(response.payload).not.toContain(holder.id);
    expect(response.payload).not.toContain('Geheim');
    expect(blocked.id && assigned.id && restricted.id).toBeTruthy();

    // The afternoon alone: the morning booking no longer collides.
    const afternoon = await t.get(
      viewer,
      `/api/v1/floors/${floor.id}/availability?date=2027-01-12&slot=afternoon`,
    );
    expect(afternoon.body.desks.find((d: DeskAvailability) => d.code === 'A-02').state).toBe('free');
    const explicit = await t.get(
      viewer,
      `/api/v1/floors/${floor.id}/availability?from=2027-01-12T12:30:00%2B01:00&to=2027-01-12T14:00:00%2B01:00`,
    );
    expect(explicit.body.desks.find((d: DeskAvailability) => d.code === 'A-02').state).toBe('booked');
  });

  it('shows the rule that closes a whole day', async () => {
    const floor = await t.make.floor();
    await t.make.desk({ floorId: floor.id });
    const response = await t.get(
      await t.make.person(),
      `/api/v1/floors/${floor.id}/availability?date=2027-01-16`,
    );
    expect(response.body.desks.map((d: DeskAvailability) => [d.state, d.rule])).toEqual([
      ['restricted', 'OUTSIDE_OFFICE_HOURS'],
    ]);
  });

  it('validates the interval and the floor', async () => {
    const person = await t.make.person();
    const floor = await t.make.floor();
    expect((await t.get(person, `/api/v1/floors/${floor.id}/availability`)).statusCode).toBe(400);
    expect((await t.get(person, `/api/v1/floors/${floor.id}/availability?date=2027-13-01`)).statusCode).toBe(
      400,
    );
    const twoDays = `from=2027-01-12T07:00:00Z&to=2027-01-14T07:00:00Z`;
    expect((await t.get(person, `/api/v1/floors/${floor.id}/availability?${twoDays}`)).statusCode).toBe(400);
    expect(
      (
        await t.get(
          person,
          '/api/v1/floors/00000000-0000-4000-8000-000000000000/availability?date=2027-01-12',
        )
      ).statusCode,
    ).toBe(404);
    expect((await t.get(person, '/api/v1/floors/floor-1/availability?date=2027-01-12')).statusCode).toBe(400);
  });

  describe('find me a desk', () => {
    it("offers notebook users desks with docking, their own department's zone first", async () => {
      const department = await t.make.department();
      const building = await t.make.building();
      const lower = await t.make.floor({ buildingId: building.id, level: 0 });
      const upper = await t.make.floor({ buildingId: building.id, level: 2 });
      const ownZone = await t.make.zone({ floorId: upper.id, departmentId: department.id });
      const otherZone = await t.make.zone({
        floorId: lower.id,
        departmentId: (await t.make.department()).id,
      });
      const person = await t.make.person({ departmentId: department.id, deviceProfile: 'notebook' });
      await t.make.desk({ floorId: lower.id, code: 'E-1', docking: 'none' });
      await t.make.desk({ floorId: lower.id, code: 'E-2', docking: 'usb-c' });
      await t.make.desk({ floorId: lower.id, code: 'E-3', docking: 'thunderbolt', zoneId: otherZone.id });
      await t.make.desk({ floorId: upper.id, code: 'O-1', docking: 'usb-c', zoneId: ownZone.id });
      const taken = await t.make.desk({
        floorId: upper.id,
        code: 'O-2',
        docking: 'usb-c',
        zoneId: ownZone.id,
      });
      await t.post(await t.make.person(), '/api/v1/bookings', { deskId: taken.id, date: '2027-01-13' });

      const response = await t.get(person, `/api/v1/desk-search?buildingId=${building.id}&date=2027-01-13`);
      expect(response.statusCode).toBe(200);
      expect(
        response.body.map((d: { code: string; ownDepartment: boolean }) => [d.code, d.ownDepartment]),
      ).toEqual([
        ['O-1', true],
        ['E-2', false],
        ['E-3', false],
      ]);
      expect(response.body[0]).toMatchObject({
        floorId: upper.id,
        buildingId: building.id,
        zoneId: ownZone.id,
      });

      const anyDesk = await t.get(
        person,
        `/api/v1/desk-search?floorId=${lower.id}&date=2027-01-13&needsDocking=false`,
      );
      expect(anyDesk.body.map((d: { code: string }) => d.code)).toEqual(['E-1', 'E-2', 'E-3']);
      const thunderbolt = await t.get(
        person,
        `/api/v1/desk-search?buildingId=${building.id}&date=2027-01-13&docking=thunderbolt`,
      );
      expect(thunderbolt.body.map((d: { code: string }) => d.code)).toEqual(['E-3']);
      expect((await t.get(person, `/api/v1/desk-search?date=2027-01-13`)).statusCode).toBe(400);
      expect(
        (await t.get(person, `/api/v1/desk-search?zoneId=${ownZone.id}&floorId=${upper.id}&date=2027-01-13`))
          .statusCode,
      ).toBe(400);
    });
  });
});
