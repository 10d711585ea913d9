import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../apps/api/src/create-app';
import { loadConfig } from '@platzbuch/platform';
import { createTestDatabase } from '../support/test-database';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, then closes the listener', async () => {
    const database = await createTestDatabase();
    const config = loadConfig({
      AUTH_MODE: 'dev',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      ...(database.config.kind === 'server'
        ? { DATABASE_URL: database.config.url }
        : { DATA_DIR: database.config.dataDir }),
    });
    const app: NestFastifyApplication = await createApp(config);
    // A deliberately slow route, added before the server starts, standing in for a long request.
    app
      .getHttpAdapter()
      .getInstance()
      .get('/slow', async () => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        return { finished: true };
      });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = await app.getUrl();
    try {
      const inFlight = fetch(`${url}/slow`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const closing = app.close();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ finished: true });
      await closing;
      await expect(fetch(`${url}/health`)).rejects.toThrow();
    } finally {
      await database.drop();
    }
  }, 30_000);

  it('logs requests as JSON with their id, hides feed secrets, and stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'platzbuch-sigterm-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child: ChildProcess = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
      {
        cwd: join(__dirname, '../..'),
        env: { PATH: process.env.PATH, TS_NODE_PROJECT: 'tsconfig.json', PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      let up = false;
      for (let attempt = 0; attempt < 120 && !up; attempt++) {
        up = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
        if (!up) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(up).toBe(true);

      await fetch(`http://127.0.0.1:${port}/api/v1/dev/personas`, { headers: { 'x-request-id': 'log-check-1' } });
      await fetch(`http://127.0.0.1:${port}/ical/very-secret-feed-token.ics`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { req?: { id: string; url: string }; res?: { statusCode: number } });
      expect(lines.find((line) => line.req?.id === 'log-check-1')).toMatchObject({
        req: { url: '/api/v1/dev/personas' },
        res: { statusCode: 200 },
      });
      expect(output).not.toContain('very-secret-feed-token');
      expect(lines.some((line) => line.req?.url === '/ical/[redacted]')).toBe(true);

      child.kill('SIGTERM');
      const { code, signal } = await exited;
      // Nest closes the application, then re-raises the signal so the process ends as SIGTERM asked.
      expect(code === 0 || signal === 'SIGTERM' || code === 143).toBe(true);
      expect(output).not.toMatch(/Error|ERROR/);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
