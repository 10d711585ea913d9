// npm run bench [-- <name>…]: runs scripts/bench/<name>.bench.ts (all of them without names), each
// in its own process on a scratch database: a new one on the server at DATABASE_URL, or a new
// embedded one in a temporary folder. Figures are printed; nothing is asserted.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withScratchDatabase } from './typeorm-cli.mjs';

const root = new URL('..', import.meta.url).pathname;
const directory = join(root, 'scripts/bench');
const wanted = process.argv.slice(2);
const benches = readdirSync(directory)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name));
if (benches.length === 0) {
  console.error(`no benchmark named ${wanted.join(', ')} in scripts/bench`);
  process.exit(2);
}

let failed = false;
for (const name of benches) {
  console.log(
    `\n== ${name} (${process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : 'embedded PGlite'})`,
  );
  const status = await withScratchDatabase(
    (env) =>
      spawnSync(
        process.execPath,
        [
          // A benchmark may collect its own garbage before it times anything.
          '--expose-gc',
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          join(directory, `${name}.bench.ts`),
        ],
        {
          cwd: root,
          stdio: 'inherit',
          env: { ...process.env, ...env, TZ: 'UTC', TS_NODE_PROJECT: 'tsconfig.json' },
        },
      ).status,
  );
  failed ||= status !== 0;
}
process.exit(failed ? 1 : 0);
