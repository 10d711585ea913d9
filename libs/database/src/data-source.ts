// The data source of the TypeORM CLI (`npm run migration:run`, `migration:generate`): the server at
// DATABASE_URL, or the embedded database in DATA_DIR, with every entity of every domain.
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { loadDatabaseConfig } from '@platzbuch/platform';
import { dataSourceOptions } from './data-source-options';
import { EMBEDDED_EXTENSIONS, embeddedDirectory } from './embedded-postgres';

const database = loadDatabaseConfig();
const entities = [join(__dirname, '../../*/src/**/*.entity.{ts,js}')];

function embedded(dataDir: string): PGlite {
  mkdirSync(embeddedDirectory(dataDir), { recursive: true });
  return new PGlite(embeddedDirectory(dataDir), { extensions: EMBEDDED_EXTENSIONS });
}

export default new DataSource(
  dataSourceOptions(
    database.kind === 'server' ? { url: database.url } : { pglite: embedded(database.dataDir) },
    entities,
  ),
);
