// npm run migration:generate -- <Name>
// Writes libs/database/src/migrations/<timestamp>-<Name>.ts with what the entities need beyond the
// committed migrations, and lists it in migrations/index.ts, which is rebuilt from the files.
import { readdirSync, writeFileSync } from 'node:fs';
import { generate, migrate, withScratchDatabase } from './typeorm-cli.mjs';

const directory = 'libs/database/src/migrations';

function writeIndex() {
  const migrations = readdirSync(directory)
    .filter((file) => /^\d+-[A-Za-z0-9]+\.ts$/.test(file))
    .sort()
    .map((file) => {
      const [timestamp, className] = file.replace(/\.ts$/, '').split('-');
      return { module: file.replace(/\.ts$/, ''), symbol: `${className}${timestamp}` };
    });
  writeFileSync(
    `${directory}/index.ts`,
    [
      '// The order in which migrations run; `npm run migration:generate` rebuilds this list.',
      ...migrations.map(({ module, symbol }) => `import { ${symbol} } from './${module}';`),
      '',
      `export const migrations = [${migrations.map(({ symbol }) => symbol).join(', ')}];`,
      '',
    ].join('\n'),
  );
  return migrations.length;
}

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
writeIndex();
const status = await withScratchDatabase((env) => migrate(env) || generate(env, [`${directory}/${name}`]));
console.log(`${writeIndex()} migrations listed in ${directory}/index.ts`);
process.exit(status ?? 0);
