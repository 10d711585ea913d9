/**
 * What the rest of the system may ask of Redis. Each has a Redis implementation for many
 * instances and an in-process one for a single instance without `REDIS_URL`. Redis is an
 * accelerator and a bus, never the source of truth: nothing here may hold data that PostgreSQL
 * does not also hold, except short-lived coordination state.
 */

/** Raised by `KeyValueStore` operations while Redis cannot be reached. */
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('the key-value store is unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** Short-lived keys: caches, idempotency keys, rate-limit counters. */
export abstract class KeyValueStore {
  abstract get(key: string): Promise<string | null>;
  /** Several keys in one round trip (MGET), in the order asked. */
  abstract getMany(keys: readonly string[]): Promise<(string | null)[]>;
  abstract set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Sets the key only if it does not exist; true when this call set it. */
  abstract setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  abstract delete(...keys: string[]): Promise<void>;
  /** Adds one and returns the new count; the first increment starts the expiry. */
  abstract increment(key: string, ttlSeconds: number): Promise<number>;
}

export type MessageListener = (message: string) => void;

/** Publish/subscribe across instances; delivery is best effort (a live view, not a ledger). */
export abstract class MessageBus {
  abstract publish(channel: string, message: string): Promise<void>;
  /** Returns the function that ends this subscription. */
  abstract subscribe(channel: string, listener: MessageListener): Promise<() => Promise<void>>;
}

export type LockOutcome<T> = { ran: true; value: T } | { ran: false };

/** Mutual exclusion across instances, so that one instance runs a scheduled job. */
export abstract class LockManager {
  /**
   * Runs `task` if no instance holds `name`; the lock is kept alive while the task runs and
   * expires after `ttlMs` if this instance dies.
   */
  abstract tryRun<T>(name: string, ttlMs: number, task: () => Promise<T>): Promise<LockOutcome<T>>;
}

export type RedisState = 'up' | 'down' | 'not_configured';

export abstract class RedisHealth {
  abstract state(): Promise<RedisState>;
}
