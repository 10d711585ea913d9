import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, openEmbeddedPostgres, runMigrations } from '@platzbuch/database';
import type { DatabaseConfig } from '@platzbuch/platform';

/**
 * Every test file gets a database of its own, already migrated: a copy of a template made once per
 * run (`CREATE DATABASE … TEMPLATE` on a server; a copied data directory for PGlite).
 */
const TEMPLATE_ENV = 'PLATZBUCH_TEST_TEMPLATE';

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

function serverUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Run once per test run, in Jest's global setup (every project that needs it asks; one is made). */
export async function createTemplate(): Promise<void> {
  if (process.env[TEMPLATE_ENV]) return;
  if (process.env.DATABASE_URL) {
    const name = `platzbuch_template_${process.pid}_${Date.now()}`;
    await admin((client) => client.query(`CREATE DATABASE ${name}`));
    const dataSource = await new DataSource(dataSourceOptions({ url: serverUrl(name) })).initialize();
    await runMigrations(dataSource, false);
    await dataSource.destroy();
    process.env[TEMPLATE_ENV] = name;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'platzbuch-template-'));
    const pglite = await openEmbeddedPostgres(dataDir);
    const dataSource = await new DataSource(dataSourceOptions({ pglite })).initialize();
    await runMigrations(dataSource, true);
    await dataSource.destroy();
    await pglite.close();
    process.env[TEMPLATE_ENV] = dataDir;
  }
}

export async function dropTemplate(): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) return;
  if (process.env.DATABASE_URL) {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  } else {
    rmSync(template, { recursive: true, force: true });
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('no test database template: is the Jest global setup configured?');
  const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  if (process.env.DATABASE_URL) {
    const name = `platzbuch_test_${suffix}`;
    await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    return {
      config: { kind: 'server', url: serverUrl(name) },
      drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), `platzbuch-test-`));
  cpSync(template, dataDir, { recursive: true });
  return {
    config: { kind: 'embedded', dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
