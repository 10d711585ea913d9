import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** Starts apps/api/src/main.ts as `npm start` would, but from source, and waits for it to exit. */
function start(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
    { cwd: root, env: { PATH: process.env.PATH, TS_NODE_PROJECT: 'tsconfig.json', ...env }, encoding: 'utf8', timeout: 60_000 },
  );
}

describe('start-up with a wrong configuration', () => {
  it('refuses dev sign-in in production, naming the variable', () => {
    const result = start({ NODE_ENV: 'production', AUTH_MODE: 'dev' });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('AUTH_MODE');
    expect(result.stderr).toContain('production');
  });

  it('stops on a malformed value, naming the variable', () => {
    const result = start({ PORT: 'eighty' });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(/PORT: "eighty" is not a whole number/);
  });
});
