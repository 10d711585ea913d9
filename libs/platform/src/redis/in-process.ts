import { EventEmitter } from 'node:events';
import {
  KeyValueStore,
  LockManager,
  LockOutcome,
  MessageBus,
  MessageListener,
  RedisHealth,
  RedisState,
} from './redis.interfaces';

/** Stand-ins for one instance without Redis: same behaviour, kept in this process. */
export class InProcessKeyValueStore extends KeyValueStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  // Every method reads and writes without an `await` in between, which makes each one atomic, as
  // the Redis commands they stand in for are.

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async getMany(keys: readonly string[]): Promise<(string | null)[]> {
    return keys.map((key) => this.live(key)?.value ?? null);
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.write(key, value, ttlSeconds);
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.write(key, value, ttlSeconds);
    return true;
  }

  async delete(...keys: string[]): Promise<void> {
    keys.forEach((key) => this.entries.delete(key));
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    const entry = this.live(key);
    if (!entry) {
      this.write(key, '1', ttlSeconds);
      return 1;
    }
    entry.value = String(Number(entry.value) + 1);
    return Number(entry.value);
  }

  private live(key: string): { value: string; expiresAt: number } | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private write(key: string, value: string, ttlSeconds: number): void {
    this.sweep();
    this.entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
  }

  /** Drops expired entries now and then, so that a long-running instance does not grow. */
  private sweep(): void {
    if (this.entries.size < 10_000 || Math.random() > 0.01) return;
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}

export class InProcessMessageBus extends MessageBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(channel: string, message: string): Promise<void> {
    // Delivered on a later tick, as Redis would: a publisher never runs its own listeners inline.
    setImmediate(() => this.emitter.emit(channel, message));
  }

  async subscribe(channel: string, listener: MessageListener): Promise<() => Promise<void>> {
    this.emitter.on(channel, listener);
    return async () => {
      this.emitter.off(channel, listener);
    };
  }
}

export class InProcessLockManager extends LockManager {
  private readonly held = new Set<string>();

  async tryRun<T>(name: string, _ttlMs: number, task: () => Promise<T>): Promise<LockOutcome<T>> {
    if (this.held.has(name)) return { ran: false };
    this.held.add(name);
    try {
      return { ran: true, value: await task() };
    } finally {
      this.held.delete(name);
    }
  }
}

export class NotConfiguredRedisHealth extends RedisHealth {
  async state(): Promise<RedisState> {
    return 'not_configured';
  }
}
