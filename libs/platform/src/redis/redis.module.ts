import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import {
  InProcessKeyValueStore,
  InProcessLockManager,
  InProcessMessageBus,
  NotConfiguredRedisHealth,
} from './in-process';
import {
  connectRedis,
  connectWithin,
  RedisConnectionHealth,
  RedisKeyValueStore,
  RedisLockManager,
  RedisMessageBus,
} from './redis-backed';
import { KeyValueStore, LockManager, MessageBus, RedisHealth } from './redis.interfaces';

const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** Closes the connections on shutdown, after the HTTP server has finished its requests. */
class RedisLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS_CLIENT) private readonly client: Redis | undefined,
    private readonly bus: MessageBus,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.bus instanceof RedisMessageBus) await this.bus.close();
    if (this.client) await this.client.quit().catch(() => this.client?.disconnect());
  }
}

/**
 * Provides `KeyValueStore`, `MessageBus`, `LockManager` and `RedisHealth`: backed by Redis when
 * `REDIS_URL` is set, by in-process stand-ins otherwise.
 */
@Global()
@Module({})
export class RedisModule {
  static forRoot(): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS_CLIENT,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            if (!config.redisUrl) return undefined;
            const client = connectRedis(config.redisUrl, config.redisKeyPrefix, 'commands');
            await connectWithin(client, 2_000);
            return client;
          },
        },
        {
          provide: KeyValueStore,
          inject: [REDIS_CLIENT],
          useFactory: (client?: Redis) => (client ? new RedisKeyValueStore(client) : new InProcessKeyValueStore()),
        },
        {
          provide: MessageBus,
          inject: [REDIS_CLIENT, APP_CONFIG],
          useFactory: (client: Redis | undefined, config: AppConfig) =>
            client ? new RedisMessageBus(client, config.redisUrl!) : new InProcessMessageBus(),
        },
        {
          provide: LockManager,
          inject: [REDIS_CLIENT],
          useFactory: (client?: Redis) => (client ? new RedisLockManager(client) : new InProcessLockManager()),
        },
        {
          provide: RedisHealth,
          inject: [REDIS_CLIENT],
          useFactory: (client?: Redis) => (client ? new RedisConnectionHealth(client) : new NotConfiguredRedisHealth()),
        },
        RedisLifecycle,
      ],
      exports: [KeyValueStore, MessageBus, LockManager, RedisHealth],
    };
  }
}
