import { TestApp } from '../support/test-app';
import { holdClock } from './clock';

describe('booking for someone else', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    holdClock(t);
  });
  afterAll(() => t.close());

  it('lets a named delegate book for the person; who booked is recorded and both may read and cancel', async () => {
    const department = await t.make.department({ name: 'Amt für Finanzen' });
    const head = await t.make.person({ displayName: 'Dr. Leitung', departmentId: department.id });
    const assistant = await t.make.person({ displayName: 'Assistenz' });
    const desk = await t.make.desk();

    const refused = await t.post(assistant, '/api/v1/bookings', {
      deskId: desk.id,
      date: '2027-01-12',
      forPersonId: head.id,
    });
    expect(refused.statusCode).toBe(403);

    const named = await t.put(head, `/api/v1/me/delegates/${assistant.id}`);
    expect(named.statusCode).toBe(200);
    expect(named.body).toEqual([{ id: assistant.id, displayName: 'Assistenz', department: null }]);
    expect((await t.get(assistant, '/api/v1/me/principals')).body).toEqual([
      { id: head.id, displayName: 'Dr. Leitung', department: 'Amt für Finanzen' },
    ]);

    const booking = await t.post(assistant, '/api/v1/bookings', {
      deskId: desk.id,
      date: '2027-01-12',
      forPersonId: head.id,
    });
    expect(booking.statusCode).toBe(201);
    expect(booking.body).toMatchObject({ personId: head.id, bookedById: assistant.id });

    expect((await t.get(head, `/api/v1/bookings/${booking.body.id}`)).statusCode).toBe(200);
    expect((await t.get(assistant, `/api/v1/bookings/${booking.body.id}`)).statusCode).toBe(200);
    expect((await t.get(head, '/api/v1/bookings')).body.map((b: { id: string }) => b.id)).toEqual([
      booking.body.id,
    ]);
    expect((await t.get(assistant, '/api/v1/bookings')).body).toEqual([]);
    expect(
      (await t.get(assistant, '/api/v1/bookings?scope=booked-for-others')).body.map(
        (b: { id: string }) => b.id,
      ),
    ).toEqual([booking.body.id]);
    // Checking in is for the person who sits there.
    expect((await t.post(assistant, `/api/v1/bookings/${booking.body.id}/check-in`)).statusCode).toBe(403);
    expect((await t.delete(assistant, `/api/v1/bookings/${booking.body.id}`)).body).toMatchObject({
      status: 'cancelled',
    });

    expect((await t.delete(head, `/api/v1/me/delegates/${assistant.id}`)).statusCode).toBe(204);
    const after = await t.post(assistant, '/api/v1/bookings', {
      deskId: desk.id,
      date: '2027-01-13',
      forPersonId: head.id,
    });
    expect(after.statusCode).toBe(403);
  });

  it('lets facility managers book for anyone', async () => {
    const fm = await t.make.facilityManager();
    const person = await t.make.person();
    const desk = await t.make.desk();
    const booking = await t.post(fm, '/api/v1/bookings', {
      deskId: desk.id,
      date: '2027-01-14',
      forPersonId: person.id,
    });
    expect(booking.statusCode).toBe(201);
    expect(booking.body).toMatchObject({ personId: person.id, bookedById: fm.id });
    const conflict = await t.post(fm, '/api/v1/bookings', {
      deskId: (await t.make.desk()).id,
      date: '2027-01-14',
      forPersonId: person.id,
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body.detail).toMatch(/^Diese Person hat/);
    const unknown = await t.post(fm, '/api/v1/bookings', {
      deskId: desk.id,
      date: '2027-01-15',
      forPersonId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses naming oneself or nobody', async () => {
    const person = await t.make.person();
    expect((await t.put(person, `/api/v1/me/delegates/${person.id}`)).statusCode).toBe(400);
    expect(
      (await t.put(person, '/api/v1/me/delegates/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await t.put(person, '/api/v1/me/delegates/not-an-id')).statusCode).toBe(400);
    expect(
      (await t.delete(person, '/api/v1/me/delegates/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    const friend = await t.make.person();
    await t.put(person, `/api/v1/me/delegates/${friend.id}`);
    expect((await t.put(person, `/api/v1/me/delegates/${friend.id}`)).body).toHaveLength(1);
  });
});
