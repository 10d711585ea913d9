import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { type AppConfig, loadConfig } from '@platzbuch/platform';
import { Factories } from './factories';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestAppOptions {
  auth?: 'dev' | 'entra';
  /** Further environment, as an operator would set it. */
  env?: Record<string, string | undefined>;
  /** Use the real Redis at REDIS_URL when it is set (default true). */
  redis?: boolean;
  /** Collects the application's log lines (give `env.LOG_LEVEL` too, the default is silent). */
  logLines?: string[];
}

export type Caller = { id: string } | string | undefined;

/** `describe` for what several instances share: it needs a PostgreSQL server and Redis. */
export const describeOnSharedServers =
  process.env.REDIS_URL && process.env.DATABASE_URL ? describe : describe.skip;

/** A response with its body parsed when it is JSON. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export type TestResponse<T = any> = Omit<LightMyRequestResponse, 'body'> & { body: T };

/**
 * The whole application, as `main.ts` builds it, on a database of its own; requests go through
 * Fastify's injection (all hooks, guards, pipes and filters) without a socket.
 */
export class TestApp {
  readonly db: DataSource;
  readonly make: Factories;

  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    private readonly database: TestDatabase,
  ) {
    this.db = app.get<DataSource>(getDataSourceToken());
    this.make = new Factories(this.db);
  }

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    const env: Record<string, string | undefined> = {
      NODE_ENV: 'test',
      AUTH_MODE: options.auth ?? 'dev',
      SEED_DEMO: 'false',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      REDIS_URL: options.redis === false ? undefined : process.env.REDIS_URL,
      REDIS_KEY_PREFIX: `platzbuch-test-${randomUUID().slice(0, 8)}:`,
      ...(database.config.kind === 'server'
        ? { DATABASE_URL: database.config.url }
        : { DATABASE_URL: undefined, DATA_DIR: database.config.dataDir }),
      ...options.env,
    };
    const config = loadConfig(env);
    const lines = options.logLines;
    const app = await createApp(
      config,
      lines ? { logDestination: { write: (line: string) => void lines.push(line) } } : {},
    );
    await app.getHttpAdapter().getInstance().ready();
    return new TestApp(app, config, database);
  }

  /** Another instance on this one's database and Redis, like a second replica; the caller closes it. */
  async anotherInstance(): Promise<NestFastifyApplication> {
    const other = await createApp(this.config);
    await other.getHttpAdapter().getInstance().ready();
    return other;
  }

  /** Opens a real socket on a free port of 127.0.0.1 (for a browser) and returns the base URL. */
  async listen(): Promise<string> {
    await this.app.listen({ port: 0, host: '127.0.0.1' });
    const address = this.app.getHttpServer().address();
    if (!address || typeof address === 'string') throw new Error('the test server has no TCP address');
    return `http://127.0.0.1:${address.port}`;
  }

  /** Sends a request as `caller` (a person or their id; `undefined` for no sign-in). */
  async request<T = any>(
    caller: Caller,
    method: HttpMethod,
    url: string,
    options: { body?: unknown; headers?: Record<string, string>; payload?: string | Buffer } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const id = typeof caller === 'string' ? caller : caller?.id;
    if (id && !headers.authorization) headers.authorization = `Dev ${id}`;
    const response = (await this.app.inject({
      method,
      url,
      headers,
      payload: (options.payload ?? options.body) as string | Buffer | object | undefined,
    })) as TestResponse<T>;
    const type = String(response.headers['content-type'] ?? '');
    response.body = (
      type.includes('json') && response.payload ? JSON.parse(response.payload) : response.payload
    ) as T;
    return response;
  }

  get<T = any>(caller: Caller, url: string, headers?: Record<string, string>) {
    return this.request<T>(caller, 'GET', url, { headers });
  }

  post<T = any>(caller: Caller, url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>(caller, 'POST', url, { body, headers });
  }

  put<T = any>(caller: Caller, url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>(caller, 'PUT', url, { body, headers });
  }

  patch<T = any>(caller: Caller, url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>(caller, 'PATCH', url, { body, headers });
  }

  delete<T = any>(caller: Caller, url: string, headers?: Record<string, string>) {
    return this.request<T>(caller, 'DELETE', url, { headers });
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }
}
