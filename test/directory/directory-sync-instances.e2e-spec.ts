import Redis from 'ioredis';
import { DirectorySync, Person } from '@platzbuch/directory';
import type { SyncRunView } from '@platzbuch/contracts';
import { TEST_TENANT } from '../support/factories';
import { FakeGraph } from '../support/graph-fake';
import { describeOnSharedServers, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

describeOnSharedServers(
  'directory sync across instances (skipped without REDIS_URL and DATABASE_URL)',
  () => {
    let graph: FakeGraph;
    let t: TestApp;

    beforeAll(async () => {
      graph = await FakeGraph.start();
      t = await TestApp.start({ env: graph.env() });
    });
    afterAll(async () => {
      await t.close();
      await graph.close();
    });

    const staffCount = () => t.db.getRepository(Person).countBy({ tenantId: TEST_TENANT });

    it('resumes a round whose instance died half-way, reading and applying no page twice', async () => {
      graph.addUsers(1_000);
      const dying = await t.anotherInstance();
      const held = graph.holdPage(5);
      const round = dying
        .get(DirectorySync)
        .runRound('admin')
        .catch((error: unknown) => error);
      await held.arrived;
      // The instance goes away while Graph is answering page 5: its database connections are gone.
      await dying.close();
      held.release();
      expect(await round).toBeInstanceOf(Error);
      // A dead instance cannot release its lock; it expires a minute later. Here it expires at once.
      const redis = new Redis(process.env.REDIS_URL!, { keyPrefix: t.config.redisKeyPrefix });
      await redis.del('lock:directory:sync');
      await redis.quit();
      const [cut] = await t.db.query<{ id: string; state: string; pages: number }[]>(
        `SELECT id, state, pages FROM directory_sync_runs`,
      );
      expect(cut).toMatchObject({ state: 'fetching', pages: 4 });

      const before = graph.requests.length;
      const resumed = await t.app.get(DirectorySync).runRound('schedule');
      expect(resumed).toMatchObject({ id: cut.id, state: 'completed', pages: 10, created: 1_000 });
      // Page 5 was asked for again (its answer never arrived); pages 1 to 4 were not.
      expect(graph.requests.slice(before).map((request) => request.path)).toHaveLength(6);
      expect(await staffCount()).toBe(1_000);
    });

    it('runs one round when two instances are asked at once, and both report the same one', async () => {
      graph.addUsers(300);
      const other = await t.anotherInstance();
      try {
        const held = graph.holdPage(1);
        const admin = await t.make.admin({ tenantId: '99999999-2222-4333-8444-555555555555' });
        const first = t.post<SyncRunView>(admin, '/api/v1/directory/sync');
        await held.arrived;
        const second = await other.inject({
          method: 'POST',
          url: '/api/v1/directory/sync',
          headers: { authorization: `Dev ${admin.id}` },
        });
        expect(await other.get(DirectorySync).runRound('schedule')).toBeUndefined();
        held.release();
        const started = await first;
        expect([started.statusCode, second.statusCode]).toEqual([202, 202]);
        expect(second.json<SyncRunView>().id).toBe(started.body.id);
        for (let waited = 0; waited < 30_000; waited += 100) {
          const [run] = await t.db.query<{ state: string }[]>(
            `SELECT state FROM directory_sync_runs WHERE id = $1`,
            [started.body.id],
          );
          if (run.state === 'completed') break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const runs = await t.db.query<{ state: string; created: number }[]>(
          `SELECT state, created FROM directory_sync_runs ORDER BY created_at`,
        );
        expect(runs.map((run) => [run.state, run.created])).toEqual([
          ['completed', 1_000],
          ['completed', 300],
        ]);
        expect(await staffCount()).toBe(1_300);
      } finally {
        await other.close();
      }
    });
  },
);
