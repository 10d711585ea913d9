import { loadConfig } from '@platzbuch/platform';
import type { DirectorySync } from './directory-sync.service';
import { DirectorySyncSchedule } from './directory-sync.schedule';

const TENANT = '11111111-2222-4333-8444-555555555555';

describe('DirectorySyncSchedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function scheduled(env: Record<string, string>) {
    const rounds: string[] = [];
    const sync = {
      runRound: async (trigger: string) => void rounds.push(trigger),
    } as unknown as DirectorySync;
    const schedule = new DirectorySyncSchedule(loadConfig(env), sync);
    schedule.onApplicationBootstrap();
    return { rounds, schedule };
  }

  it('runs a round half a minute after start, then every interval', async () => {
    const { rounds, schedule } = scheduled({
      ENTRA_TENANT_ID: TENANT,
      GRAPH_STATIC_TOKEN: 't',
      DIRECTORY_SYNC_INTERVAL_MINUTES: '10',
    });
    await jest.advanceTimersByTimeAsync(30_000);
    expect(rounds).toEqual(['schedule']);
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(rounds).toEqual(['schedule', 'schedule']);
    schedule.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(rounds).toHaveLength(2);
  });

  it('runs nothing when the sync is not configured or the interval is 0', async () => {
    const off = scheduled({ ENTRA_TENANT_ID: TENANT });
    const manual = scheduled({
      ENTRA_TENANT_ID: TENANT,
      GRAPH_STATIC_TOKEN: 't',
      DIRECTORY_SYNC_INTERVAL_MINUTES: '0',
    });
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect([off.rounds, manual.rounds]).toEqual([[], []]);
  });
});
