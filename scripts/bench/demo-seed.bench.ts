// How long the first start takes when it fills an empty database with the demo administration
// (`npm ci && npm start` does this on the embedded database), against the same start without demo
// data, on the embedded database and on the PostgreSQL server. Run with `npm run bench -- demo-seed`.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { loadConfig } from '@platzbuch/platform';
import { DEFAULT_SERVER } from './support/database';
import { provenance, publish, table } from './support/report';

const TARGET_SECONDS = 30;

type Place = { label: string; env: Record<string, string | undefined>; dispose(): Promise<void> };

function embedded(): Place {
  const dataDir = mkdtempSync(join(tmpdir(), 'platzbuch-seed-'));
  return {
    label: 'embedded PGlite',
    env: { DATABASE_URL: undefined, DATA_DIR: dataDir },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: DEFAULT_SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function server(): Promise<Place> {
  const name = `platzbuch_seed_${process.pid}_${Math.floor(performance.now())}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(DEFAULT_SERVER);
  url.pathname = `/${name}`;
  return {
    label: 'PostgreSQL server',
    env: { DATABASE_URL: url.toString() },
    dispose: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Starts the application on an empty database, with or without demo data; ms to ready, and counts. */
async function start(place: Place, seed: boolean): Promise<{ ms: number; bookings: number }> {
  const config = loadConfig({
    ...process.env,
    ...place.env,
    AUTH_MODE: 'dev',
    SEED_DEMO: String(seed),
    LOG_LEVEL: 'warn',
    REDIS_URL: undefined,
  });
  const started = performance.now();
  const app = await createApp(config);
  await app.getHttpAdapter().getInstance().ready();
  const ms = performance.now() - started;
  const db = app.get<DataSource>(getDataSourceToken());
  const [{ count }] = await db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM bookings');
  await app.close();
  return { ms, bookings: count };
}

async function main(): Promise<void> {
  const rows: string[][] = [];
  const places: (() => Place | Promise<Place>)[] = [embedded, server];
  for (const make of places) {
    const plain = await make();
    const seeded = await make();
    try {
      const baseline = await start(plain, false);
      const withDemo = await start(seeded, true);
      const seeding = (withDemo.ms - baseline.ms) / 1000;
      console.log(
        `${plain.label}: start ${baseline.ms.toFixed(0)} ms, with demo ${withDemo.ms.toFixed(0)} ms`,
      );
      rows.push([
        plain.label,
        `${(baseline.ms / 1000).toFixed(1)} s`,
        `${(withDemo.ms / 1000).toFixed(1)} s`,
        `${seeding.toFixed(1)} s`,
        withDemo.bookings.toLocaleString('en'),
        seeding < TARGET_SECONDS ? 'met' : '**missed**',
      ]);
    } finally {
      await plain.dispose();
      await seeded.dispose();
    }
  }

  const markdown = [
    '## Demo data: the first start',
    '',
    provenance('demo-seed'),
    '',
    'Each start is the whole application (migrations included) on a new, empty database; the ' +
      'difference between the two is what the demo costs: 3,200 people in 25 departments, 6 buildings with ' +
      '30 floor plans, 2,600 desks, the meeting rooms, and the bookings of eight weeks back and two ahead.',
    '',
    table(
      [
        'database',
        'start, no demo (baseline)',
        'start with demo',
        'seeding',
        'bookings written',
        `target < ${TARGET_SECONDS} s`,
      ],
      rows,
    ),
  ].join('\n');
  publish('demo-seed', markdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
