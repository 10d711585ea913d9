// Runs the TypeORM CLI against a scratch database that holds exactly the committed migrations:
// a new database on the server at DATABASE_URL, or a new embedded one in a temporary folder.
// Used by migration:generate and migration:check, which must compare the entities with what the
// migrations build, never with whatever a developer's database happens to hold.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const dataSource = 'libs/database/src/data-source.ts';

function cli(args, env) {
  return spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'node_modules/typeorm/cli.js', ...args],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env, TS_NODE_PROJECT: 'tsconfig.json' } },
  ).status;
}

export async function withScratchDatabase(run) {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dataDir = mkdtempSync(join(tmpdir(), 'platzbuch-migrations-'));
    try {
      return run({ DATA_DIR: dataDir, DATABASE_URL: '' });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const name = `platzbuch_scratch_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    return run({ DATABASE_URL: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export function migrate(env) {
  return cli(['-d', dataSource, 'migration:run'], env);
}

export function generate(env, extra) {
  return cli(['-d', dataSource, 'migration:generate', '--pretty', ...extra], env);
}
