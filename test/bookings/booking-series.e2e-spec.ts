import type { BookingSeriesResult, SeriesOccurrence } from '@platzbuch/contracts';
import { TestApp } from '../support/test-app';
import { holdClock } from './clock';

describe('weekly series and daylight saving', () => {
  let t: TestApp;
  let admin: { id: string };

  beforeAll(async () => {
    t = await TestApp.start();
    holdClock(t);
    admin = await t.make.admin();
  });
  afterAll(() => t.close());

  const series = (caller: { id: string }, body: object) => t.post(caller, '/api/v1/booking-series', body);
  const booked = (result: BookingSeriesResult) => result.occurrences.filter((o) => o.booking !== null);

  it('gives 07:00-19:00 local for the day slot on both daylight-saving switches of 2026', async () => {
    const clock = holdClock(t, '2026-03-27T08:00:00Z');
    const fm = await t.make.facilityManager();
    const desk = await t.make.desk();
    const everyDay = {
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      opensAt: '07:00',
      splitsAt: '13:00',
      closesAt: '19:00',
    };
    await t.put(fm, `/api/v1/buildings/${desk.buildingId}/office-hours`, everyDay);
    const person = await t.make.person();

    const spring = await t.post(person, '/api/v1/bookings', {
      deskId: desk.id,
      date: '2026-03-29',
      slot: 'day',
    });
    expect(spring.statusCode).toBe(201);
    expect(spring.body).toMatchObject({
      start: '2026-03-29T05:00:00.000Z',
      end: '2026-03-29T17:00:00.000Z',
      startLocal: '2026-03-29T07:00:00+02:00',
      endLocal: '2026-03-29T19:00:00+02:00',
      day: '2026-03-29',
    });

    clock.set('2026-10-23T08:00:00Z');
    const autumn = await t.post(person, '/api/v1/bookings', {
      deskId: desk.id,
      date: '2026-10-25',
      slot: 'day',
    });
    expect(autumn.statusCode).toBe(201);
    expect(autumn.body).toMatchObject({
      start: '2026-10-25T06:00:00.000Z',
      end: '2026-10-25T18:00:00.000Z',
      startLocal: '2026-10-25T07:00:00+01:00',
      endLocal: '2026-10-25T19:00:00+01:00',
    });
    clock.set('2027-01-11T06:00:00Z');
  });

  it('keeps a weekly 09:00 series at 09:00 local across both switches, reporting holidays', async () => {
    const clock = holdClock(t, '2026-03-02T06:00:00Z');
    const desk = await t.make.desk();
    await t.put(admin, `/api/v1/booking-policies/buildings/${desk.buildingId}`, {
      horizonDays: 300,
      maxActiveBookings: 100,
    });
    const person = await t.make.person();
    const response = await series(person, {
      deskId: desk.id,
      weekdays: [1],
      firstDay: '2026-03-02',
      lastDay: '2026-11-02',
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(response.statusCode).toBe(201);
    const result = response.body as BookingSeriesResult;
    expect(result.series).toMatchObject({
      weekdays: [1],
      startTime: '09:00',
      endTime: '12:00',
      timezone: 'Europe/Berlin',
    });
    expect(result.occurrences).toHaveLength(36);
    for (const occurrence of booked(result)) {
      expect(occurrence.startLocal.slice(11)).toMatch(/^09:00:00\+0[12]:00$/);
      const summer = occurrence.date >= '2026-03-29' && occurrence.date < '2026-10-25';
      expect(occurrence.start.slice(11, 16)).toBe(summer ? '07:00' : '08:00');
      expect(occurrence.booking!.seriesId).toBe(result.series.id);
    }
    const refused = result.occurrences.filter((o: SeriesOccurrence) => o.refusal !== null);
    expect(refused.map((o) => [o.date, o.refusal!.rule])).toEqual([
      ['2026-04-06', 'HOLIDAY'],
      ['2026-05-25', 'HOLIDAY'],
    ]);
    expect(refused[0].refusal!.detail.de).toContain('Ostermontag');
    clock.set('2027-01-11T06:00:00Z');
  });

  it('books every occurrence it can and reports each conflict', async () => {
    const desk = await t.make.desk();
    const [person, other] = [await t.make.person(), await t.make.person()];
    await t.post(other, '/api/v1/bookings', { deskId: desk.id, date: '2027-01-13', slot: 'morning' });
    const response = await series(person, {
      deskId: desk.id,
      weekdays: [1, 3, 5],
      firstDay: '2027-01-11',
      lastDay: '2027-01-15',
      slot: 'day',
    });
    expect(response.statusCode).toBe(201);
    const result = response.body as BookingSeriesResult;
    expect(result.occurrences.map((o) => [o.date, o.booking ? 'booked' : o.refusal!.code])).toEqual([
      ['2027-01-11', 'booked'],
      ['2027-01-13', 'BOOKING_CONFLICT'],
      ['2027-01-15', 'booked'],
    ]);
    expect(result.occurrences[1].refusal!.collisions).toEqual([expect.objectContaining({ own: false })]);
    expect(result.occurrences[0].booking).toMatchObject({
      startLocal: '2027-01-11T07:00:00+01:00',
      endLocal: '2027-01-11T19:00:00+01:00',
    });
  });

  it('cancels one occurrence, or the whole series from now on', async () => {
    const desk = await t.make.desk();
    const person = await t.make.person();
    const created = (
      await series(person, {
        deskId: desk.id,
        weekdays: [2, 4],
        firstDay: '2027-01-12',
        lastDay: '2027-01-21',
        slot: 'morning',
      })
    ).body as BookingSeriesResult;
    expect(booked(created)).toHaveLength(4);
    const [first, second] = booked(created);
    expect((await t.delete(person, `/api/v1/bookings/${first.booking!.id}`)).body.status).toBe('cancelled');
    const read = (await t.get(person, `/api/v1/booking-series/${created.series.id}`))
      .body as BookingSeriesResult;
    expect(read.occurrences.map((o) => o.booking!.status)).toEqual([
      'cancelled',
      'confirmed',
      'confirmed',
      'confirmed',
    ]);

    const clock = holdClock(t, '2027-01-14T09:00:00Z');
    const cancelled = await t.delete(person, `/api/v1/booking-series/${created.series.id}`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body.series.cancelledAt).toEqual(expect.any(String));
    // The occurrence that has begun stays; the ones to come are cancelled.
    expect(cancelled.body.occurrences.map((o: SeriesOccurrence) => o.booking!.status)).toEqual([
      'cancelled',
      'confirmed',
      'cancelled',
      'cancelled',
    ]);
    expect(second.date).toBe('2027-01-14');
    expect((await t.get(person, '/api/v1/booking-series')).body).toEqual([]);
    clock.set('2027-01-11T06:00:00Z');
  });

  it('refuses a series that reaches beyond the horizon or books nothing', async () => {
    const desk = await t.make.desk();
    const person = await t.make.person();
    const beyond = await series(person, {
      deskId: desk.id,
      weekdays: [1],
      firstDay: '2027-01-11',
      lastDay: '2027-01-26',
      slot: 'day',
    });
    expect(beyond.statusCode).toBe(422);
    expect(beyond.body.rule).toBe('BEYOND_HORIZON');
    const past = await series(person, {
      deskId: desk.id,
      weekdays: [1],
      firstDay: '2027-01-04',
      lastDay: '2027-01-12',
      slot: 'day',
    });
    expect(past.body.rule).toBe('IN_PAST');

    await t.post(await t.make.person(), '/api/v1/bookings', { deskId: desk.id, date: '2027-01-12' });
    const none = await series(person, {
      deskId: desk.id,
      weekdays: [2],
      firstDay: '2027-01-12',
      lastDay: '2027-01-12',
      slot: 'day',
    });
    expect(none.statusCode).toBe(409);
    expect(none.body.code).toBe('BOOKING_CONFLICT');
    expect(none.body.occurrences).toHaveLength(1);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM booking_series WHERE person_id = $1`,
      [person.id],
    );
    expect(count).toBe(0);

    const weekend = await series(person, {
      deskId: desk.id,
      weekdays: [6, 7],
      firstDay: '2027-01-11',
      lastDay: '2027-01-15',
      slot: 'day',
    });
    expect(weekend.statusCode).toBe(400);
    for (const invalid of [
      { deskId: desk.id, weekdays: [], firstDay: '2027-01-11', lastDay: '2027-01-15', slot: 'day' },
      { deskId: desk.id, weekdays: [8], firstDay: '2027-01-11', lastDay: '2027-01-15', slot: 'day' },
      { deskId: desk.id, weekdays: [1], firstDay: '2027-01-11', lastDay: '2027-01-15' },
      {
        deskId: desk.id,
        weekdays: [1],
        firstDay: '2027-01-11',
        lastDay: '2027-01-15',
        startTime: '12:00',
        endTime: '09:00',
      },
      { deskId: desk.id, weekdays: [1], firstDay: '2027-01-15', lastDay: '2027-01-11', slot: 'day' },
    ]) {
      expect((await series(person, invalid)).statusCode).toBe(400);
    }
  });

  it("answers someone else's series with 404", async () => {
    const desk = await t.make.desk();
    const person = await t.make.person();
    const created = await series(person, {
      deskId: desk.id,
      weekdays: [3],
      firstDay: '2027-01-13',
      lastDay: '2027-01-20',
      slot: 'afternoon',
    });
    const stranger = await t.make.person();
    expect((await t.get(stranger, `/api/v1/booking-series/${created.body.series.id}`)).statusCode).toBe(404);
    expect((await t.delete(stranger, `/api/v1/booking-series/${created.body.series.id}`)).statusCode).toBe(
      404,
    );
    expect((await t.get(person, '/api/v1/booking-series')).body.map((s: { id: string }) => s.id)).toEqual([
      created.body.series.id,
    ]);
  });
});
