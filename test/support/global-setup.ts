import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// Global setup runs outside Jest's module registry, where moduleNameMapper does not apply.
register({ baseUrl: join(__dirname, '../..'), paths: { '@platzbuch/*': ['libs/*/src'] } });

export default async function globalSetup(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTemplate } = require('./test-database') as typeof import('./test-database');
  await createTemplate();
}
