import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const SOURCES = [
  'apps/web/index.html',
  'apps/web/vite.config.mts',
  'apps/web/src',
  'apps/web/public',
  'libs/contracts/src',
];
const BUILT = join(root, 'dist/web/index.html');

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * Builds the web client when `dist/web` is missing or older than its sources, so that a plain
 * `npm test` tests what is in the tree (CI builds before testing; then this does nothing).
 */
export function ensureWebClientBuilt(): void {
  const sources = SOURCES.map((path) => join(root, path)).filter(existsSync);
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= Math.max(...sources.map(newestChange))) return;
  console.log('\nweb client: dist/web is missing or older than apps/web; building it');
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    // Jest sets NODE_ENV=test, which would give React's development build.
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  if (result.status !== 0) throw new Error('building the web client failed');
}
