import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import {
  connectRedis,
  InProcessKeyValueStore,
  InProcessLockManager,
  InProcessMessageBus,
  type KeyValueStore,
  type LockManager,
  type MessageBus,
  RedisConnectionHealth,
  RedisKeyValueStore,
  RedisLockManager,
  RedisMessageBus,
  StoreUnavailableError,
} from '@platzbuch/platform';
import { TestApp } from '../support/test-app';

interface Implementation {
  store: KeyValueStore;
  bus: MessageBus;
  locks: LockManager;
  close(): Promise<void>;
}

const REDIS_URL = process.env.REDIS_URL;
const withRedis = REDIS_URL ? describe : describe.skip;

function inProcess(): Implementation {
  return {
    store: new InProcessKeyValueStore(),
    bus: new InProcessMessageBus(),
    locks: new InProcessLockManager(),
    close: async () => undefined,
  };
}

async function redis(): Promise<Implementation> {
  const prefix = `platzbuch-test-${randomUUID().slice(0, 8)}:`;
  const client = connectRedis(REDIS_URL!, prefix, 'test');
  await client.connect();
  const bus = new RedisMessageBus(client, REDIS_URL!);
  return {
    store: new RedisKeyValueStore(client),
    bus,
    locks: new RedisLockManager(client),
    close: async () => {
      await bus.close();
      client.disconnect();
    },
  };
}

const eventually = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(check()).toBe(true);
};

function behavesLikeTheInterfaces(make: () => Promise<Implementation> | Implementation) {
  let impl: Implementation;
  beforeEach(async () => {
    impl = await make();
  });
  afterEach(() => impl.close());

  it('stores, reads, expires and deletes keys', async () => {
    await impl.store.set('a', 'one', 60);
    expect(await impl.store.get('a')).toBe('one');
    await impl.store.delete('a');
    expect(await impl.store.get('a')).toBeNull();
    await impl.store.set('short', 'x', 1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await impl.store.get('short')).toBeNull();
  });

  it('reads several keys at once, in the order asked, missing ones as null', async () => {
    await impl.store.set('first', '1', 60);
    await impl.store.set('third', '3', 60);
    expect(await impl.store.getMany(['third', 'second', 'first'])).toEqual(['3', null, '1']);
  });

  it('sets a key only once with setIfAbsent', async () => {
    const results = await Promise.all([1, 2, 3, 4].map((n) => impl.store.setIfAbsent('once', String(n), 60)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('counts with increment', async () => {
    const counts = await Promise.all(Array.from({ length: 10 }, () => impl.store.increment('counter', 60)));
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('delivers published messages to subscribers until they unsubscribe', async () => {
    const received: string[] = [];
    const unsubscribe = await impl.bus.subscribe('floor:1', (message) => received.push(message));
    await impl.bus.publish('floor:1', 'booked');
    await impl.bus.publish('floor:2', 'elsewhere');
    await eventually(() => received.length === 1);
    expect(received).toEqual(['booked']);
    await unsubscribe();
    await impl.bus.publish('floor:1', 'after');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toEqual(['booked']);
  });

  it('runs a task under a lock once while it is held', async () => {
    let running = 0;
    let maximum = 0;
    const task = async () => {
      running++;
      maximum = Math.max(maximum, running);
      await new Promise((resolve) => setTimeout(resolve, 50));
      running--;
      return 'done';
    };
    const outcomes = await Promise.all([1, 2, 3].map(() => impl.locks.tryRun('job', 5_000, task)));
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(maximum).toBe(1);
    expect(await impl.locks.tryRun('job', 5_000, task)).toEqual({ ran: true, value: 'done' });
  });

  it('releases the lock when the task fails', async () => {
    await expect(impl.locks.tryRun('failing', 5_000, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await impl.locks.tryRun('failing', 5_000, async () => 1)).ran).toBe(true);
  });
}

describe('in-process stand-ins (no REDIS_URL)', () => {
  behavesLikeTheInterfaces(inProcess);
});

withRedis('Redis-backed implementations (needs a real Redis at REDIS_URL)', () => {
  behavesLikeTheInterfaces(redis);

  it('keeps a lock alive while a long task runs', async () => {
    const a = await redis();
    const client: Redis = (a.store as unknown as { redis: Redis }).redis;
    try {
      const long = a.locks.tryRun('long', 1_000, () => new Promise((resolve) => setTimeout(() => resolve('ok'), 2_500)));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect((await a.locks.tryRun('long', 1_000, async () => 'second')).ran).toBe(false);
      expect(await long).toEqual({ ran: true, value: 'ok' });
      expect(await client.exists('lock:long')).toBe(0);
    } finally {
      await a.close();
    }
  });
});

describe('when Redis cannot be reached', () => {
  const DEAD = 'redis://127.0.0.1:1';
  let client: Redis;

  beforeAll(() => {
    client = connectRedis(DEAD, 'platzbuch-test:', 'dead');
    client.connect().catch(() => undefined);
  });
  afterAll(() => client.disconnect());

  it('fails fast with StoreUnavailableError instead of queueing', async () => {
    const started = Date.now();
    await expect(new RedisKeyValueStore(client).get('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('does not run locked jobs', async () => {
    expect(await new RedisLockManager(client).tryRun('job', 1_000, async () => 'ran')).toEqual({ ran: false });
  });

  it('reports Redis as down', async () => {
    expect(await new RedisConnectionHealth(client).state()).toBe('down');
  });

  it('keeps /health at 200 and reports the service as degraded', async () => {
    const t = await TestApp.start({ env: { REDIS_URL: DEAD } });
    try {
      const response = await t.get(undefined, '/health');
      expect(response.statusCode).toBe(200);
      expect(response.body).toMatchObject({ status: 'ok', database: 'up', redis: 'down', degraded: ['redis'] });
    } finally {
      await t.close();
    }
  });
});
