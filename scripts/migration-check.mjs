// npm run migration:check: fails when the entities need a migration that is not committed.
import { generate, migrate, withScratchDatabase } from './typeorm-cli.mjs';

const status = await withScratchDatabase((env) => migrate(env) || generate(env, ['--check', 'libs/database/src/migrations/Drift']));
if (status) {
  console.error('The entities and the committed migrations differ: run `npm run migration:generate -- <Name>`.');
  process.exit(status);
}
console.log('No schema drift: the committed migrations build exactly what the entities describe.');
