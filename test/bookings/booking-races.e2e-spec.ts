import { TestApp } from '../support/test-app';
import { holdClock } from './clock';

/** What the exclusion constraints promise, whatever the load: checked by SQL after the races. */
describe('booking races', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    holdClock(t);
  });
  afterAll(() => t.close());

  const overlapping = (column: 'desk_id' | 'person_id') =>
    t.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM bookings a JOIN bookings b
          ON a.${column} = b.${column} AND a.id < b.id
         AND a.resource_kind = 'desk' AND b.resource_kind = 'desk'
         AND a.status IN ('confirmed', 'checked_in') AND b.status IN ('confirmed', 'checked_in')
         AND tstzrange(a.start_at, a.end_at, '[)') && tstzrange(b.start_at, b.end_at, '[)')`,
    );

  it('gives one desk and slot to exactly one of 200 people asking at once', async () => {
    const desk = await t.make.desk();
    const people = await Promise.all(Array.from({ length: 200 }, () => t.make.person()));
    const answers = await Promise.all(
      people.map((person) =>
        t.post(person, '/api/v1/bookings', { deskId: desk.id, date: '2027-01-12', slot: 'day' }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(199);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    for (const refusal of answers.filter((answer) => answer.statusCode === 409)) {
      expect(refusal.body).toMatchObject({
        code: 'BOOKING_CONFLICT',
        collisions: [{ own: false, reason: 'resource' }],
      });
    }
    const [{ count }] = await overlapping('desk_id');
    expect(count).toBe(0);
    const [{ active }] = await t.db.query<{ active: number }[]>(
      `SELECT count(*)::int AS active FROM bookings WHERE desk_id = $1 AND status = 'confirmed'`,
      [desk.id],
    );
    expect(active).toBe(1);
  });

  it('gives one person only one of two desks asked for the same time at once', async () => {
    const person = await t.make.person();
    await t.get(person, '/api/v1/me');
    const [first, second] = [await t.make.desk(), await t.make.desk()];
    const answers = await Promise.all(
      [first, second].map((desk) =>
        t.post(person, '/api/v1/bookings', { deskId: desk.id, date: '2027-01-13' }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    const refusal = answers.find((answer) => answer.statusCode === 409)!;
    expect(refusal.body.collisions).toEqual([expect.objectContaining({ reason: 'person', own: true })]);
    const [{ count }] = await overlapping('person_id');
    expect(count).toBe(0);
  });

  it('keeps desks apart under mixed overlapping requests of many people', async () => {
    const desks = await Promise.all(Array.from({ length: 3 }, () => t.make.desk()));
    const people = await Promise.all(Array.from({ length: 30 }, () => t.make.person()));
    const windows = [
      ['08:00', '12:00'],
      ['10:00', '14:00'],
      ['12:00', '16:00'],
      ['07:00', '19:00'],
    ];
    const answers = await Promise.all(
      people.map((person, index) => {
        const [from, to] = windows[index % windows.length];
        return t.post(person, '/api/v1/bookings', {
          deskId: desks[index % desks.length].id,
          start: `2027-01-14T${from}:00+01:00`,
          end: `2027-01-14T${to}:00+01:00`,
        });
      }),
    );
    expect(answers.every((answer) => [201, 409].includes(answer.statusCode))).toBe(true);
    expect(answers.some((answer) => answer.statusCode === 201)).toBe(true);
    const [{ count }] = await overlapping('desk_id');
    expect(count).toBe(0);
  });
});
