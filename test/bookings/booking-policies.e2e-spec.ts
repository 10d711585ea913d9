import type { Desk } from '@platzbuch/locations';
import { TestApp } from '../support/test-app';
import { holdClock } from './clock';

/** Every rule refuses with its own code, and allows right at its boundary. */
describe('booking policies', () => {
  let t: TestApp;
  let admin: { id: string };

  beforeAll(async () => {
    t = await TestApp.start();
    holdClock(t);
    admin = await t.make.admin();
  });
  afterAll(() => t.close());

  const book = (caller: { id: string }, body: object) => t.post(caller, '/api/v1/bookings', body);
  const dayAt = (desk: Desk, date: string, from = '08:00', to = '12:00') => ({
    deskId: desk.id,
    start: `${date}T${from}:00+01:00`,
    end: `${date}T${to}:00+01:00`,
  });
  const expectRule = (response: { statusCode: number; body: any }, rule: string) => {
    expect({ status: response.statusCode, code: response.body.code, rule: response.body.rule }).toEqual({
      status: 422,
      code: 'POLICY_VIOLATION',
      rule,
    });
    expect(response.body.detail).toEqual(expect.any(String));
  };

  it('RESOURCE_BLOCKED: a blocked desk cannot be booked, an active one can', async () => {
    const person = await t.make.person();
    const blocked = await t.make.desk({ status: 'blocked' });
    expectRule(await book(person, dayAt(blocked, '2027-01-12')), 'RESOURCE_BLOCKED');
    await t.db.query(`UPDATE desks SET status = 'active' WHERE id = $1`, [blocked.id]);
    expect((await book(person, dayAt(blocked, '2027-01-12'))).statusCode).toBe(201);
  });

  it('IN_PAST: a start a minute ago is refused, one this minute is allowed', async () => {
    const clock = holdClock(t, '2027-01-12T09:00:30Z');
    const person = await t.make.person();
    const desk = await t.make.desk();
    expectRule(await book(person, dayAt(desk, '2027-01-12', '09:59', '12:00')), 'IN_PAST');
    expect((await book(person, dayAt(desk, '2027-01-12', '10:00', '12:00'))).statusCode).toBe(201);
    clock.set('2027-01-11T06:00:00Z');
  });

  it('OUTSIDE_OFFICE_HOURS: 07:00-19:00 on weekdays, not a minute beyond, not on Saturdays', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    expectRule(await book(person, dayAt(desk, '2027-01-12', '06:59', '12:00')), 'OUTSIDE_OFFICE_HOURS');
    expectRule(await book(person, dayAt(desk, '2027-01-12', '12:00', '19:01')), 'OUTSIDE_OFFICE_HOURS');
    const saturday = await book(person, dayAt(desk, '2027-01-16'));
    expectRule(saturday, 'OUTSIDE_OFFICE_HOURS');
    expect(saturday.body.detail).toBe('Das Gebäude ist Samstags geschlossen.');
    expect((await book(person, dayAt(desk, '2027-01-12', '07:00', '19:00'))).statusCode).toBe(201);
  });

  it("OUTSIDE_OFFICE_HOURS follows the building's own office hours", async () => {
    const fm = await t.make.facilityManager();
    const person = await t.make.person();
    const desk = await t.make.desk();
    const hours = { weekdays: [1, 2, 3, 4, 5, 6], opensAt: '08:00', splitsAt: '12:30', closesAt: '17:00' };
    const set = await t.put(fm, `/api/v1/buildings/${desk.buildingId}/office-hours`, hours);
    expect(set.statusCode).toBe(200);
    expect(set.body).toEqual({ buildingId: desk.buildingId, ...hours, custom: true });
    expectRule(await book(person, dayAt(desk, '2027-01-12', '07:30', '10:00')), 'OUTSIDE_OFFICE_HOURS');
    const saturday = await book(person, { deskId: desk.id, date: '2027-01-16', slot: 'afternoon' });
    expect(saturday.statusCode).toBe(201);
    expect([saturday.body.startLocal, saturday.body.endLocal]).toEqual([
      '2027-01-16T12:30:00+01:00',
      '2027-01-16T17:00:00+01:00',
    ]);
    expect((await t.put(person, `/api/v1/buildings/${desk.buildingId}/office-hours`, hours)).statusCode).toBe(
      403,
    );
    const disordered = { ...hours, splitsAt: '18:00' };
    expect(
      (await t.put(fm, `/api/v1/buildings/${desk.buildingId}/office-hours`, disordered)).statusCode,
    ).toBe(400);
    const reset = await t.delete(fm, `/api/v1/buildings/${desk.buildingId}/office-hours`);
    expect(reset.body).toMatchObject({
      opensAt: '07:00',
      splitsAt: '13:00',
      closesAt: '19:00',
      custom: false,
    });
  });

  it('HOLIDAY: desks are closed on NRW public holidays and closure days, not the day before; rooms stay open', async () => {
    const clock = holdClock(t, '2027-03-22T07:00:00Z');
    const person = await t.make.person();
    const desk = await t.make.desk();
    const goodFriday = await book(person, dayAt(desk, '2027-03-26'));
    expectRule(goodFriday, 'HOLIDAY');
    expect(goodFriday.body.detail).toContain('Karfreitag');
    expect((await book(person, dayAt(desk, '2027-03-25'))).statusCode).toBe(201);
    const room = await t.make.room();
    const meeting = { roomId: room.id, start: '2027-03-26T09:00:00+01:00', end: '2027-03-26T10:00:00+01:00' };
    expect((await book(person, meeting)).statusCode).toBe(201);

    const closure = await t.post(admin, '/api/v1/closure-days', {
      date: '2027-03-24',
      name: 'Betriebsausflug',
    });
    expect(closure.statusCode).toBe(201);
    const closed = await book(person, dayAt(desk, '2027-03-24'));
    expectRule(closed, 'HOLIDAY');
    expect(closed.body.detail).toContain('Betriebsausflug');
    await t.delete(admin, `/api/v1/closure-days/${closure.body.id}`);
    expect((await book(person, dayAt(desk, '2027-03-24'))).statusCode).toBe(201);

    await t.put(admin, '/api/v1/booking-policies/organisation', { closedOnHolidays: false });
    expect((await book(await t.make.person(), dayAt(await t.make.desk(), '2027-03-26'))).statusCode).toBe(
      201,
    );
    await t.put(admin, '/api/v1/booking-policies/organisation', {});
    clock.set('2027-01-11T06:00:00Z');
  });

  it("HOLIDAY follows the organisation's state", async () => {
    const clock = holdClock(t, '2027-10-25T07:00:00Z');
    const desk = await t.make.desk();
    // Reformationstag: a holiday in Lower Saxony, not in North Rhine-Westphalia; All Saints the other way round.
    expect((await book(await t.make.person(), dayAt(desk, '2027-11-01'))).body.rule).toBe('HOLIDAY');
    await t.put(admin, '/api/v1/booking-policies/organisation', { holidayRegion: 'NI' });
    expect((await book(await t.make.person(), dayAt(desk, '2027-11-01'))).statusCode).toBe(201);
    const holidays = await t.get(admin, '/api/v1/holidays?year=2027');
    expect(holidays.body.map((h: { name: { de: string } }) => h.name.de)).toContain('Reformationstag');
    await t.put(admin, '/api/v1/booking-policies/organisation', {});
    clock.set('2027-01-11T06:00:00Z');
  });

  it('BEYOND_HORIZON: 14 days ahead by default, the 15th day is refused', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    expectRule(await book(person, dayAt(desk, '2027-01-26')), 'BEYOND_HORIZON');
    expect((await book(person, dayAt(desk, '2027-01-25'))).statusCode).toBe(201);
  });

  it("BEYOND_HORIZON follows a building's override, and a zone's over the building's", async () => {
    const person = await t.make.person();
    const zone = await t.make.zone();
    const desk = await t.make.desk({ floorId: zone.floorId, zoneId: zone.id });
    const { buildingId } = desk;
    expect(
      (await t.put(admin, `/api/v1/booking-policies/buildings/${buildingId}`, { horizonDays: 3 })).statusCode,
    ).toBe(200);
    expectRule(await book(person, dayAt(desk, '2027-01-15')), 'BEYOND_HORIZON');
    expect((await book(person, dayAt(desk, '2027-01-14'))).statusCode).toBe(201);
    await t.put(admin, `/api/v1/booking-policies/zones/${zone.id}`, { horizonDays: 4 });
    expect((await book(person, dayAt(desk, '2027-01-15'))).statusCode).toBe(201);
    const effective = await t.get(person, `/api/v1/booking-policies/effective?zoneId=${zone.id}`);
    expect(effective.body).toMatchObject({
      buildingId,
      zoneId: zone.id,
      policy: { horizonDays: 4, maxActiveBookings: 20 },
    });
    expect((await t.delete(admin, `/api/v1/booking-policies/zones/${zone.id}`)).statusCode).toBe(204);
    expectRule(await book(person, dayAt(desk, '2027-01-15', '13:00', '14:00')), 'BEYOND_HORIZON');
  });

  it('ZONE_RESERVED: members of the zone department book earlier than others', async () => {
    const department = await t.make.department();
    const zone = await t.make.zone({ departmentId: department.id });
    const desk = await t.make.desk({ floorId: zone.floorId, zoneId: zone.id });
    await t.put(admin, `/api/v1/booking-policies/zones/${zone.id}`, { departmentPriorityDays: 10 });
    const member = await t.make.person({ departmentId: department.id });
    const other = await t.make.person();
    const refused = await book(other, dayAt(desk, '2027-01-18'));
    expectRule(refused, 'ZONE_RESERVED');
    expect(refused.body.detail).toContain('Donnerstag, 14. Januar 2027');
    expect((await book(other, dayAt(desk, '2027-01-15'))).statusCode).toBe(201);
    expect((await book(member, dayAt(desk, '2027-01-25'))).statusCode).toBe(201);
  });

  it('FIXED_DESK: only its holder books it, others on days the holder released', async () => {
    const holder = await t.make.person();
    const colleague = await t.make.person();
    const desk = await t.make.desk({ assigneeId: holder.id });
    expectRule(await book(colleague, dayAt(desk, '2027-01-13')), 'FIXED_DESK');
    expect((await book(holder, dayAt(desk, '2027-01-12'))).statusCode).toBe(201);
    expect(
      (await t.post(colleague, `/api/v1/desks/${desk.id}/releases`, { dates: ['2027-01-13'] })).statusCode,
    ).toBe(403);
    const released = await t.post(holder, `/api/v1/desks/${desk.id}/releases`, {
      dates: ['2027-01-13', '2027-01-14'],
    });
    expect(released.body).toEqual([
      { deskId: desk.id, date: '2027-01-13' },
      { deskId: desk.id, date: '2027-01-14' },
    ]);
    expect((await book(colleague, dayAt(desk, '2027-01-13'))).statusCode).toBe(201);
    expect((await t.delete(holder, `/api/v1/desks/${desk.id}/releases/2027-01-13`)).statusCode).toBe(409);
    expect((await t.delete(holder, `/api/v1/desks/${desk.id}/releases/2027-01-14`)).statusCode).toBe(204);
    expectRule(await book(colleague, dayAt(desk, '2027-01-14')), 'FIXED_DESK');
    expect((await t.get(colleague, `/api/v1/desks/${desk.id}/releases`)).body).toEqual([
      { deskId: desk.id, date: '2027-01-13' },
    ]);
  });

  it('TOO_LONG: a booking may last as long as the policy says, not a minute longer', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    await t.put(admin, `/api/v1/booking-policies/buildings/${desk.buildingId}`, { maxDurationMinutes: 240 });
    const refused = await book(person, dayAt(desk, '2027-01-12', '08:00', '12:01'));
    expectRule(refused, 'TOO_LONG');
    expect(refused.body.detail).toBe('Eine Buchung darf höchstens 4 Stunden dauern.');
    expect((await book(person, dayAt(desk, '2027-01-12', '08:00', '12:00'))).statusCode).toBe(201);
  });

  it('TOO_MANY_BOOKINGS: a person holds at most so many bookings that have not ended', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    await t.put(admin, `/api/v1/booking-policies/buildings/${desk.buildingId}`, { maxActiveBookings: 2 });
    const first = await book(person, dayAt(desk, '2027-01-12'));
    expect((await book(person, dayAt(desk, '2027-01-13'))).statusCode).toBe(201);
    expectRule(await book(person, dayAt(desk, '2027-01-14')), 'TOO_MANY_BOOKINGS');
    await t.delete(person, `/api/v1/bookings/${first.body.id}`);
    expect((await book(person, dayAt(desk, '2027-01-14'))).statusCode).toBe(201);
  });

  it('PERSON_INACTIVE: nobody books for a deactivated person', async () => {
    const fm = await t.make.facilityManager();
    const desk = await t.make.desk();
    const gone = await t.make.person({ active: false });
    expectRule(await book(fm, { ...dayAt(desk, '2027-01-12'), forPersonId: gone.id }), 'PERSON_INACTIVE');
    const present = await t.make.person();
    expect((await book(fm, { ...dayAt(desk, '2027-01-12'), forPersonId: present.id })).statusCode).toBe(201);
  });

  it('lists every breach of a request, the first as its rule', async () => {
    const desk = await t.make.desk({ status: 'blocked' });
    const response = await book(await t.make.person(), dayAt(desk, '2027-01-30'));
    expect(response.body.rule).toBe('RESOURCE_BLOCKED');
    expect(response.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'RESOURCE_BLOCKED',
      'OUTSIDE_OFFICE_HOURS',
      'BEYOND_HORIZON',
    ]);
  });

  it('speaks English on request', async () => {
    const desk = await t.make.desk();
    const response = await t.post(await t.make.person(), '/api/v1/bookings', dayAt(desk, '2027-01-26'), {
      'accept-language': 'en',
    });
    expect(response.body.detail).toBe(
      'Bookings can be made at most 14 days ahead, that is until Monday 25 January 2027.',
    );
  });

  describe('administration', () => {
    it('lets only admins change policies, and validates them', async () => {
      const person = await t.make.person();
      const fm = await t.make.facilityManager();
      expect(
        (await t.put(person, '/api/v1/booking-policies/organisation', { horizonDays: 30 })).statusCode,
      ).toBe(403);
      expect((await t.put(fm, '/api/v1/booking-policies/organisation', { horizonDays: 30 })).statusCode).toBe(
        403,
      );
      expect((await t.get(person, '/api/v1/booking-policies')).statusCode).toBe(403);
      for (const invalid of [
        { horizonDays: -1 },
        { horizonDays: 'soon' },
        { maxDurationMinutes: 5 },
        { holidayRegion: 'XX' },
        { nope: 1 },
      ]) {
        expect((await t.put(admin, '/api/v1/booking-policies/organisation', invalid)).statusCode).toBe(400);
      }
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await t.put(admin, `/api/v1/booking-policies/buildings/${unknown}`, {})).statusCode).toBe(404);
      expect((await t.put(admin, `/api/v1/booking-policies/zones/${unknown}`, {})).statusCode).toBe(404);
      expect((await t.delete(admin, `/api/v1/booking-policies/zones/${unknown}`)).statusCode).toBe(404);
    });

    it('stores overrides as given and replaces them whole', async () => {
      const building = await t.make.building();
      const path = `/api/v1/booking-policies/buildings/${building.id}`;
      await t.put(admin, path, { horizonDays: 7, maxActiveBookings: 5 });
      const replaced = await t.put(admin, path, { maxActiveBookings: 3 });
      expect(replaced.body).toMatchObject({
        scope: 'building',
        buildingId: building.id,
        settings: { horizonDays: null, maxActiveBookings: 3, maxDurationMinutes: null },
      });
      const all = await t.get(admin, '/api/v1/booking-policies');
      expect(all.body).toEqual(
        expect.arrayContaining([expect.objectContaining({ buildingId: building.id })]),
      );
      const effective = await t.get(admin, `/api/v1/booking-policies/effective?buildingId=${building.id}`);
      expect(effective.body.policy).toEqual({
        horizonDays: 14,
        maxDurationMinutes: 720,
        maxActiveBookings: 3,
        closedOnHolidays: true,
        departmentPriorityDays: 0,
      });
    });

    it('lists holidays and closure days of a year; only admins add closure days', async () => {
      const person = await t.make.person();
      const building = await t.make.building();
      const list = await t.get(person, '/api/v1/holidays?year=2026');
      expect(list.statusCode).toBe(200);
      expect(
        list.body.filter((h: { kind: string }) => h.kind === 'public').map((h: { date: string }) => h.date),
      ).toEqual([
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-01',
        '2026-05-14',
        '2026-05-25',
        '2026-06-04',
        '2026-10-03',
        '2026-11-01',
        '2026-12-25',
        '2026-12-26',
      ]);
      const closure = { date: '2026-02-16', name: 'Rosenmontag', buildingId: building.id };
      expect((await t.post(person, '/api/v1/closure-days', closure)).statusCode).toBe(403);
      expect((await t.post(admin, '/api/v1/closure-days', closure)).statusCode).toBe(201);
      expect((await t.post(admin, '/api/v1/closure-days', closure)).statusCode).toBe(409);
      const forBuilding = await t.get(person, `/api/v1/holidays?year=2026&buildingId=${building.id}`);
      expect(forBuilding.body).toContainEqual(
        expect.objectContaining({ date: '2026-02-16', kind: 'closure', buildingId: building.id }),
      );
      expect((await t.get(person, '/api/v1/holidays?year=zwei')).statusCode).toBe(400);
    });
  });
});
