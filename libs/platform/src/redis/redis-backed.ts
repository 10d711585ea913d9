import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import {
  KeyValueStore,
  LockManager,
  LockOutcome,
  MessageBus,
  MessageListener,
  RedisHealth,
  RedisState,
  StoreUnavailableError,
} from './redis.interfaces';

/**
 * Opens a client that fails fast while Redis is unreachable instead of queueing commands: a
 * booking must never wait for Redis.
 */
export function connectRedis(url: string, keyPrefix: string, name: string): Redis {
  const client = new Redis(url, {
    connectionName: `platzbuch-${name}`,
    keyPrefix,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
    // Commands issued in the same tick (many bookings at once each invalidating a feed) leave
    // in one write: fewer system calls on a busy instance.
    enableAutoPipelining: true,
  });
  const logger = new Logger(`Redis:${name}`);
  let reported = false;
  client.on('error', (error: Error) => {
    if (!reported) logger.warn(`Redis unreachable: ${error.message}`);
    reported = true;
  });
  client.on('ready', () => {
    if (reported) logger.log('Redis reachable again');
    reported = false;
  });
  return client;
}

/**
 * Connects, waiting at most `timeoutMs`: an instance whose Redis is down still starts (degraded)
 * and keeps trying in the background.
 */
export async function connectWithin(client: Redis, timeoutMs: number): Promise<void> {
  await Promise.race([
    client.connect().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
  ]);
}

async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw new StoreUnavailableError(error);
  }
}

export class RedisKeyValueStore extends KeyValueStore {
  constructor(private readonly redis: Redis) {
    super();
  }

  get(key: string): Promise<string | null> {
    return guarded(() => this.redis.get(key));
  }

  getMany(keys: readonly string[]): Promise<(string | null)[]> {
    return guarded(() => this.redis.mget(...keys));
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await guarded(() => this.redis.set(key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds))));
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    const result = await guarded(() => this.redis.set(key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX'));
    return result === 'OK';
  }

  async delete(...keys: string[]): Promise<void> {
    if (keys.length > 0) await guarded(() => this.redis.del(...keys));
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    const [[, count]] = (await guarded(() =>
      this.redis
        .multi()
        .incr(key)
        .expire(key, Math.max(1, Math.ceil(ttlSeconds)), 'NX')
        .exec(),
    )) as [[Error | null, number]];
    return count;
  }
}

export class RedisMessageBus extends MessageBus {
  private subscriber: Redis | undefined;
  private readonly listeners = new Map<string, Set<MessageListener>>();

  private readonly prefix: string;

  constructor(
    private readonly publisher: Redis,
    private readonly url: string,
  ) {
    super();
    // keyPrefix does not apply to channels; they are prefixed by hand.
    this.prefix = publisher.options.keyPrefix ?? '';
  }

  async publish(channel: string, message: string): Promise<void> {
    await guarded(() => this.publisher.publish(this.prefix + channel, message));
  }

  async subscribe(channel: string, listener: MessageListener): Promise<() => Promise<void>> {
    const subscriber = this.connectSubscriber();
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      // ioredis subscribes again by itself after a reconnect.
      await subscriber.subscribe(this.prefix + channel).catch(() => undefined);
    }
    set.add(listener);
    return async () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(channel) === set) {
        this.listeners.delete(channel);
        await subscriber.unsubscribe(this.prefix + channel).catch(() => undefined);
      }
    };
  }

  async close(): Promise<void> {
    this.subscriber?.disconnect();
  }

  private connectSubscriber(): Redis {
    if (!this.subscriber) {
      // A subscribed connection cannot send other commands, and it must queue its SUBSCRIBE until
      // the connection is up, so it gets its own client with the offline queue on.
      this.subscriber = connectRedis(this.url, this.prefix, 'subscriber');
      this.subscriber.options.enableOfflineQueue = true;
      this.subscriber.connect().catch(() => undefined);
      this.subscriber.on('message', (channel: string, message: string) => {
        const listeners = this.listeners.get(channel.slice(this.prefix.length));
        listeners?.forEach((listener) => listener(message));
      });
    }
    return this.subscriber;
  }
}

const EXTEND_IF_OWNER = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE_IF_OWNER = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class RedisLockManager extends LockManager {
  private readonly logger = new Logger('Locks');

  constructor(private readonly redis: Redis) {
    super();
  }

  async tryRun<T>(name: string, ttlMs: number, task: () => Promise<T>): Promise<LockOutcome<T>> {
    const key = `lock:${name}`;
    const token = randomUUID();
    let acquired: string | null;
    try {
      acquired = await this.redis.set(key, token, 'PX', ttlMs, 'NX');
    } catch (error) {
      // Without Redis nobody can tell which instance should run; skipping is the safe side.
      this.logger.warn(`lock ${name} not taken, Redis unavailable: ${(error as Error).message}`);
      return { ran: false };
    }
    if (acquired !== 'OK') return { ran: false };
    const keepAlive = setInterval(
      () => void this.redis.eval(EXTEND_IF_OWNER, 1, key, token, String(ttlMs)).catch(() => undefined),
      // Three chances to extend before the lock would expire.
      Math.max(50, Math.floor(ttlMs / 3)),
    );
    keepAlive.unref();
    try {
      return { ran: true, value: await task() };
    } finally {
      clearInterval(keepAlive);
      await this.redis.eval(RELEASE_IF_OWNER, 1, key, token).catch(() => undefined);
    }
  }
}

export class RedisConnectionHealth extends RedisHealth {
  constructor(private readonly redis: Redis) {
    super();
  }

  async state(): Promise<RedisState> {
    if (this.redis.status !== 'ready') return 'down';
    try {
      await Promise.race([
        this.redis.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 500).unref()),
      ]);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
