import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { NoShowReleaseJob } from '@platzbuch/bookings';
import { Clock, LockManager } from '@platzbuch/platform';
import { describeOnSharedServers, TestApp } from '../support/test-app';
import { holdClock, MONDAY } from './clock';

describeOnSharedServers(
  'two instances on one database and one Redis (skipped without REDIS_URL and DATABASE_URL)',
  () => {
    let t: TestApp;
    let other: NestFastifyApplication;

    beforeAll(async () => {
      t = await TestApp.start();
      other = await t.anotherInstance();
      holdClock(t);
      jest.spyOn(other.get(Clock), 'now').mockImplementation(() => new Date(MONDAY));
    });
    afterAll(async () => {
      await other.close();
      await t.close();
    });

    const onOther = (caller: { id: string }, method: 'GET' | 'POST' | 'PUT', url: string, body?: object) =>
      other.inject({ method, url, payload: body, headers: { authorization: `Dev ${caller.id}` } });

    it('applies a policy changed on one instance on the other within moments, not after the 30 s copy', async () => {
      const admin = await t.make.admin();
      const person = await t.make.person();
      const desk = await t.make.desk();
      const effective = async () =>
        (
          await onOther(person, 'GET', `/api/v1/booking-policies/effective?buildingId=${desk.buildingId}`)
        ).json().policy.horizonDays as number;
      expect(await effective()).toBe(14);
      await t.put(admin, `/api/v1/booking-policies/buildings/${desk.buildingId}`, { horizonDays: 2 });
      for (let waited = 0; (await effective()) !== 2 && waited < 2_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const answer = await onOther(person, 'POST', '/api/v1/bookings', {
        deskId: desk.id,
        date: '2027-01-14',
      });
      expect(answer.statusCode).toBe(422);
      expect(answer.json().rule).toBe('BEYOND_HORIZON');
    });

    it('repeats the first answer for an Idempotency-Key used on the other instance', async () => {
      const person = await t.make.person();
      const desk = await t.make.desk();
      const body = { deskId: desk.id, date: '2027-01-12' };
      const first = await t.post(person, '/api/v1/bookings', body, { 'idempotency-key': 'shared-1' });
      const repeat = await other.inject({
        method: 'POST',
        url: '/api/v1/bookings',
        payload: body,
        headers: { authorization: `Dev ${person.id}`, 'idempotency-key': 'shared-1' },
      });
      expect([first.statusCode, repeat.statusCode]).toEqual([201, 201]);
      expect(repeat.json().id).toBe(first.body.id);
    });

    it('runs the release job on one instance while the other holds its lock', async () => {
      const job = other.get(NoShowReleaseJob);
      const release = jest.spyOn(job, 'releaseDue');
      await t.app.get(LockManager).tryRun('bookings:release-no-shows', 10_000, () => job.onSchedule());
      expect(release).not.toHaveBeenCalled();
    });
  },
);
