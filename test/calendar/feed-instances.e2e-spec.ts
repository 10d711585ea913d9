import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '@platzbuch/platform';
import { holdClock, MONDAY } from '../bookings/clock';
import { describeOnSharedServers, TestApp } from '../support/test-app';
import { feedPath, parseFeed } from './feed-support';

describeOnSharedServers(
  'calendar feeds on two instances sharing Redis (skipped without REDIS_URL and DATABASE_URL)',
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

    const fromOther = (path: string, headers: Record<string, string> = {}) =>
      other.inject({ method: 'GET', url: path, headers });

    it('serves the same ETag from both, and a change made on one is seen at once on the other', async () => {
      const person = await t.make.person();
      const desk = await t.make.desk();
      const { path } = feedPath((await t.post(person, '/api/v1/me/calendar-feed')).body.url);
      const first = await t.get(undefined, path);
      const there = await fromOther(path);
      expect(there.statusCode).toBe(200);
      expect(there.headers.etag).toBe(first.headers.etag);
      expect((await fromOther(path, { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304);

      const booked = await t.post(person, '/api/v1/bookings', {
        deskId: desk.id,
        date: '2027-01-12',
        slot: 'day',
      });
      expect(booked.statusCode).toBe(201);
      const after = await fromOther(path, { 'if-none-match': String(first.headers.etag) });
      expect(after.statusCode).toBe(200);
      expect(parseFeed(after.body).events.map((event) => event.uid)).toEqual([`${booked.body.id}@localhost`]);
    });

    it('refuses a token on the other instance the moment it is rotated', async () => {
      const person = await t.make.person();
      const { path } = feedPath((await t.post(person, '/api/v1/me/calendar-feed')).body.url);
      expect((await fromOther(path)).statusCode).toBe(200);
      await t.post(person, '/api/v1/me/calendar-feed');
      expect((await fromOther(path)).statusCode).toBe(404);
    });
  },
);
