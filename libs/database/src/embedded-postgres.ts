import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Extension, PGlite } from '@electric-sql/pglite';

// The package declares the types of its contrib modules as ESM only, though it ships a CommonJS
// build of each, which require() loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist') as { btree_gist: Extension };

/** `btree_gist` lets exclusion constraints mix `=` on ids with `&&` on time ranges. */
export const EMBEDDED_EXTENSIONS = { btree_gist };

/** Where the embedded database keeps its files inside `DATA_DIR`. */
export function embeddedDirectory(dataDir: string): string {
  return join(dataDir, 'postgres');
}

/**
 * PostgreSQL in WebAssembly for the no-setup start: a real PostgreSQL (exclusion constraints,
 * `btree_gist`, SQLSTATEs), in one process, with its files in `<dataDir>/postgres`. One connection
 * only: fine for a demo or a single small instance, not for production.
 */
export async function openEmbeddedPostgres(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir === undefined) return PGlite.create({ extensions: EMBEDDED_EXTENSIONS });
  const directory = embeddedDirectory(dataDir);
  mkdirSync(directory, { recursive: true });
  return PGlite.create(directory, { extensions: EMBEDDED_EXTENSIONS });
}
