import { NoShowReleaseJob } from '@platzbuch/bookings';
import { LockManager } from '@platzbuch/platform';
import { TestApp } from '../support/test-app';
import { holdClock } from './clock';

describe('check-in and release', () => {
  let t: TestApp;
  let clock: { set(instant: string): void };

  beforeAll(async () => {
    t = await TestApp.start();
  });
  beforeEach(() => {
    clock = holdClock(t, '2027-01-11T06:00:00Z');
  });
  afterAll(() => t.close());

  async function bookingInBuildingRequiringCheckIn() {
    const fm = await t.make.facilityManager();
    const desk = await t.make.desk();
    const settings = await t.put(fm, `/api/v1/buildings/${desk.buildingId}/check-in-settings`, {
      required: true,
    });
    expect(settings.body).toEqual({
      buildingId: desk.buildingId,
      required: true,
      opensMinutesBefore: 15,
      graceMinutes: 30,
      custom: true,
    });
    const person = await t.make.person();
    const { body: booking } = await t.post(person, '/api/v1/bookings', {
      deskId: desk.id,
      start: '2027-01-12T09:00:00+01:00',
      end: '2027-01-12T12:00:00+01:00',
    });
    expect(booking.checkIn).toEqual({
      required: true,
      opensAt: '2027-01-12T07:45:00.000Z',
      closesAt: '2027-01-12T08:30:00.000Z',
    });
    return { person, desk, booking };
  }

  it('opens check-in 15 minutes before the start and closes it 30 minutes after', async () => {
    const { person, booking } = await bookingInBuildingRequiringCheckIn();
    const checkIn = () => t.post(person, `/api/v1/bookings/${booking.id}/check-in`);

    clock.set('2027-01-12T07:44:59Z');
    const early = await checkIn();
    expect(early.statusCode).toBe(422);
    expect(early.body).toMatchObject({
      rule: 'CHECK_IN_NOT_OPEN',
      detail: 'Einchecken ist ab 08:45 Uhr möglich.',
    });

    clock.set('2027-01-12T07:45:00Z');
    const onTime = await checkIn();
    expect(onTime.statusCode).toBe(200);
    expect(onTime.body).toMatchObject({ status: 'checked_in', checkedInAt: '2027-01-12T07:45:00.000Z' });
    expect((await checkIn()).body.status).toBe('checked_in');
  });

  it('refuses a check-in once the grace period is over', async () => {
    const { person, booking } = await bookingInBuildingRequiringCheckIn();
    const second = await bookingInBuildingRequiringCheckIn();
    clock.set('2027-01-12T08:29:59Z');
    expect((await t.post(person, `/api/v1/bookings/${booking.id}/check-in`)).statusCode).toBe(200);
    clock.set('2027-01-12T08:30:00Z');
    const late = await t.post(second.person, `/api/v1/bookings/${second.booking.id}/check-in`);
    expect(late.statusCode).toBe(422);
    expect(late.body.rule).toBe('CHECK_IN_CLOSED');
  });

  it('releases unchecked bookings after the grace period, so that the desk is free again', async () => {
    const { person, desk, booking } = await bookingInBuildingRequiringCheckIn();
    const checkedIn = await bookingInBuildingRequiringCheckIn();
    clock.set('2027-01-12T08:00:00Z');
    await t.post(checkedIn.person, `/api/v1/bookings/${checkedIn.booking.id}/check-in`);
    const job = t.app.get(NoShowReleaseJob);

    clock.set('2027-01-12T08:29:00Z');
    await job.releaseDue();
    expect((await t.get(person, `/api/v1/bookings/${booking.id}`)).body.status).toBe('confirmed');
    clock.set('2027-01-12T08:30:00Z');
    expect(await job.releaseDue()).toBeGreaterThanOrEqual(1);

    const released = await t.get(person, `/api/v1/bookings/${booking.id}`);
    expect(released.body).toMatchObject({ status: 'released', releasedAt: '2027-01-12T08:30:00.000Z' });
    expect((await t.get(checkedIn.person, `/api/v1/bookings/${checkedIn.booking.id}`)).body.status).toBe(
      'checked_in',
    );
    const late = await t.post(person, `/api/v1/bookings/${booking.id}/check-in`);
    expect(late.statusCode).toBe(409);
    const taken = await t.post(await t.make.person(), '/api/v1/bookings', {
      deskId: desk.id,
      start: '2027-01-12T09:30:00+01:00',
      end: '2027-01-12T12:00:00+01:00',
    });
    expect(taken.statusCode).toBe(201);
  });

  it('releases nothing where check-in is not required; a voluntary check-in stays open until the end', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    const { body: booking } = await t.post(person, '/api/v1/bookings', {
      deskId: desk.id,
      start: '2027-01-12T09:00:00+01:00',
      end: '2027-01-12T12:00:00+01:00',
    });
    expect(booking.checkIn.required).toBe(false);
    clock.set('2027-01-12T10:00:00Z');
    await t.app.get(NoShowReleaseJob).releaseDue();
    expect((await t.get(person, `/api/v1/bookings/${booking.id}`)).body.status).toBe('confirmed');
    expect((await t.post(person, `/api/v1/bookings/${booking.id}/check-in`)).body.status).toBe('checked_in');
  });

  it('ends a checked-in booking early when cancelled while running, keeping the time used', async () => {
    const person = await t.make.person();
    const desk = await t.make.desk();
    const { body: booking } = await t.post(person, '/api/v1/bookings', {
      deskId: desk.id,
      start: '2027-01-12T09:00:00+01:00',
      end: '2027-01-12T17:00:00+01:00',
    });
    clock.set('2027-01-12T08:00:00Z');
    await t.post(person, `/api/v1/bookings/${booking.id}/check-in`);
    clock.set('2027-01-12T10:15:20Z');
    const ended = await t.delete(person, `/api/v1/bookings/${booking.id}`);
    expect(ended.body).toMatchObject({ status: 'checked_in', endLocal: '2027-01-12T11:15:00+01:00' });
    const next = await t.post(await t.make.person(), '/api/v1/bookings', {
      deskId: desk.id,
      start: '2027-01-12T11:15:00+01:00',
      end: '2027-01-12T17:00:00+01:00',
    });
    expect(next.statusCode).toBe(201);
  });

  it('runs the release job on one instance at a time', async () => {
    const job = t.app.get(NoShowReleaseJob);
    const spy = jest.spyOn(job, 'releaseDue');
    const locks = t.app.get(LockManager);
    await locks.tryRun('bookings:release-no-shows', 10_000, async () => {
      await job.onSchedule();
    });
    expect(spy).not.toHaveBeenCalled();
    await job.onSchedule();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('lets only facility managers and admins change check-in settings', async () => {
    const building = await t.make.building();
    const person = await t.make.person();
    expect((await t.get(person, `/api/v1/buildings/${building.id}/check-in-settings`)).body).toMatchObject({
      required: false,
      custom: false,
    });
    expect(
      (await t.put(person, `/api/v1/buildings/${building.id}/check-in-settings`, { required: true }))
        .statusCode,
    ).toBe(403);
    const admin = await t.make.admin();
    const bad = await t.put(admin, `/api/v1/buildings/${building.id}/check-in-settings`, {
      required: true,
      graceMinutes: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await t.get(person, '/api/v1/buildings/00000000-0000-4000-8000-000000000000/check-in-settings'))
        .statusCode,
    ).toBe(404);
  });
});
