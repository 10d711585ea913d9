import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

// Any fixed number; all instances agree on it so that only one migrates at a time.
const MIGRATION_LOCK = 7_302_514;

/**
 * Runs pending migrations. On a server several instances may start at once, so they queue behind
 * an advisory lock; the embedded database has one connection and one process, and needs none.
 */
export async function runMigrations(dataSource: DataSource, embedded: boolean): Promise<void> {
  const logger = new Logger('Migrations');
  const run = async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
  };
  if (embedded) return run();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await run();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
