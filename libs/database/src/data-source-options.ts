import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Options shared by the application, the tests and the TypeORM CLI. `synchronize` is off
 * everywhere: the schema comes from committed migrations only.
 */
export function dataSourceOptions(
  target: { url: string } | { pglite: PGlite },
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  const connection =
    'url' in target
      ? // Above ten connections nothing got faster here; the pool is per instance.
        { url: target.url, extra: { max: 10, application_name: 'platzbuch' } }
      : { extra: { connection: createPgConfig(target.pglite).connection, max: 1 } };
  return {
    type: 'postgres',
    ...connection,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built in (PostgreSQL 13+ and PGlite); uuid-ossp is not in PGlite.
    uuidExtension: 'pgcrypto',
    parseInt8: true,
  };
}
