import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PersonDeactivated } from '@platzbuch/directory';
import { DomainEvents } from '@platzbuch/platform';
import { eventually } from '../support/eventually';
import { describeOnSharedServers, TestApp } from '../support/test-app';

/** What the directory sync does to a person who left: the row, then the event, in one transaction. */
async function deactivate(t: TestApp, personId: string, beforeCommit?: () => Promise<void>): Promise<void> {
  await t.db.transaction(async (manager) => {
    await manager.query('UPDATE people SET active = false WHERE id = $1', [personId]);
    await t.app.get(DomainEvents).publish(new PersonDeactivated(personId, 'disabled', manager));
    await beforeCommit?.();
  });
}

describe('a person the directory deactivates', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('is refused at once, though signed in a moment before', async () => {
    const person = await t.make.person();
    expect((await t.get(person, '/api/v1/me')).statusCode).toBe(200);
    await deactivate(t, person.id);
    const refused = await t.get(person, '/api/v1/me');
    expect(refused.statusCode).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });
});

describeOnSharedServers(
  'a person the directory deactivates, on two instances sharing Redis (skipped without REDIS_URL and DATABASE_URL)',
  () => {
    let t: TestApp;
    let other: NestFastifyApplication;

    beforeAll(async () => {
      t = await TestApp.start();
      other = await t.anotherInstance();
    });
    afterAll(async () => {
      await other.close();
      await t.close();
    });

    const meOnOther = async (personId: string) =>
      (
        await other.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: `Dev ${personId}` },
        })
      ).statusCode;

    it('is refused on the other instance within moments, not after the minute it remembers people', async () => {
      const person = await t.make.person();
      expect(await meOnOther(person.id)).toBe(200);
      await deactivate(t, person.id);
      await eventually(async () => expect(await meOnOther(person.id)).toBe(403), 2_000);
    });

    it('is not remembered from a request answered while the deactivation was not yet committed', async () => {
      const person = await t.make.person();
      expect((await t.get(person, '/api/v1/me')).statusCode).toBe(200);
      await deactivate(t, person.id, async () => {
        // Outside the transaction the person is still active: this answer is right, and must not stay.
        expect((await t.get(person, '/api/v1/me')).statusCode).toBe(200);
        await eventually(async () => expect(await meOnOther(person.id)).toBe(200), 2_000);
      });
      expect((await t.get(person, '/api/v1/me')).statusCode).toBe(403);
      expect(await meOnOther(person.id)).toBe(403);
    });
  },
);
