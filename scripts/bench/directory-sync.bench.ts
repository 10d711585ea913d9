// The directory sync at twice the size of the administration: a full round of 10,000 people (a
// tenth of them with a manager who comes later in Graph's order) from the fake Graph of the test
// suite over https, then a delta round of 200 changes. Baseline in the same run: walking the same
// pages from the fake without applying them. Run with `npm run bench -- directory-sync`; the
// figures go to docs/benchmarks.md. BENCH_DIRECTORY_PEOPLE changes the size (10,000).
//
// It needs a PostgreSQL server (DATABASE_URL, else a database of its own on the local server). The
// fake speaks https with the test run's certificate: the script restarts itself once with
// NODE_EXTRA_CA_CERTS naming it, as Node reads that variable only at start.
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate } from 'selfsigned';
import { createApp } from '../../apps/api/src/create-app';
import { DirectorySync, FetchGraphClient, StaticGraphCredentials, type SyncRun } from '@platzbuch/directory';
import { loadConfig } from '@platzbuch/platform';
import { FakeGraph, GRAPH_TOKEN } from '../../test/support/graph-fake';
import { serverDatabase, serverVersion } from './support/database';
import { table, writeSection } from './support/report';

const ROOT = resolve(__dirname, '../..');
const TLS_DIR = join(ROOT, '.cache', 'test-tls');
const PEOPLE = Number(process.env.BENCH_DIRECTORY_PEOPLE ?? 10_000);
const PAGE_SIZE = 100;
const DELTA_CHANGES = 200;
const TARGETS = { fullRoundMs: 20_000, memoryGrowthMb: 150 };

async function ensureCertificate(): Promise<void> {
  if (existsSync(join(TLS_DIR, 'cert.pem'))) return;
  mkdirSync(TLS_DIR, { recursive: true });
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 10 * 365 * 86_400_000),
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  writeFileSync(join(TLS_DIR, 'cert.pem'), pems.cert);
  writeFileSync(join(TLS_DIR, 'key.pem'), pems.private, { mode: 0o600 });
}

/** Peak resident memory and peak heap while `work` runs, sampled every 20 ms, against before it. */
async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ value: T; rssGrowth: number; heapGrowth: number; peakRss: number }> {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const sampler = setInterval(sample, 20);
  try {
    const value = await work();
    sample();
    return { value, rssGrowth: peakRss - before.rss, heapGrowth: peakHeap - before.heapUsed, peakRss };
  } finally {
    clearInterval(sampler);
  }
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function measure(): Promise<string> {
  const database = await serverDatabase(`platzbuch_bench_sync_${process.pid}`);
  const graph = await FakeGraph.start();
  graph.pageSize = PAGE_SIZE;
  try {
    const staff = graph.addUsers(PEOPLE);
    const heads = staff.slice(PEOPLE - PEOPLE / 100);
    staff
      .slice(0, PEOPLE / 10)
      .forEach((user, index) => graph.update(user.id, { managerId: heads[index % heads.length].id }));

    // Baseline: the same pages, read and parsed, nothing applied.
    const client = new FetchGraphClient(graph.baseUrl, new StaticGraphCredentials(GRAPH_TOKEN));
    const walk = async () => {
      let link: string | undefined =
        'users/delta?$select=id,displayName,userPrincipalName,mail,department,officeLocation,jobTitle,accountEnabled,manager';
      let pages = 0;
      while (link) {
        const page: { '@odata.nextLink'?: string } = await client.get(link);
        link = page['@odata.nextLink'];
        pages++;
      }
      return pages;
    };
    await walk(); // warm-up of TLS and JIT
    const baselineStart = performance.now();
    const baselinePages = await walk();
    const baselineMs = performance.now() - baselineStart;

    const config = loadConfig({
      ...process.env,
      ...graph.env(),
      DATABASE_URL: database.url,
      AUTH_MODE: 'dev',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      REDIS_URL: undefined,
    });
    const app = await createApp(config);
    await app.getHttpAdapter().getInstance().ready();
    const sync = app.get(DirectorySync);
    try {
      const fullStart = performance.now();
      const full = await withPeakMemory(async () => (await sync.runRound('admin')) as SyncRun);
      const fullMs = performance.now() - fullStart;
      if (full.value.state !== 'completed' || full.value.created !== PEOPLE) {
        throw new Error(`full round: ${JSON.stringify(full.value)}`);
      }

      graph.addUsers(DELTA_CHANGES / 2);
      staff
        .slice(PEOPLE / 2, PEOPLE / 2 + DELTA_CHANGES / 2)
        .forEach((user) => graph.update(user.id, { department: 'Neues Amt' }));
      const deltaStart = performance.now();
      const delta = (await sync.runRound('schedule'))!;
      const deltaMs = performance.now() - deltaStart;

      const growth = mb(full.rssGrowth);
      const met = (ok: boolean) => (ok ? 'met' : '**missed**');
      const version = await serverVersion(database.url);
      return [
        '## Directory sync: a full round of 10,000 people',
        '',
        `Command \`npm run bench -- directory-sync\`, run ${new Date().toISOString().slice(0, 16)}Z on ${cpus().length} × ${cpus()[0]?.model.trim()}; ` +
          `Node ${process.version}, PostgreSQL ${version}, system load ${loadavg()[0].toFixed(1)} (1-minute average) at the end. ` +
          `Graph is the test suite's fake over https on 127.0.0.1 (${PAGE_SIZE} users a page, as \`/users/delta\` pages them); ` +
          'the application runs in the same process as the fake, so memory figures include both.',
        '',
        table(
          ['measure', 'figure', 'target', ''],
          [
            [
              `Baseline: walking the ${baselinePages} pages without applying them`,
              seconds(baselineMs),
              '',
              '',
            ],
            [
              `Full round: ${full.value.pages} pages staged, ${full.value.created} people created, managers linked`,
              seconds(fullMs),
              `< ${TARGETS.fullRoundMs / 1000} s`,
              met(fullMs < TARGETS.fullRoundMs),
            ],
            ['Full round / baseline', (fullMs / baselineMs).toFixed(1), '', ''],
            [
              'Memory growth during the full round (peak RSS − RSS before)',
              `${growth.toFixed(0)} MB (peak RSS ${mb(full.peakRss).toFixed(0)} MB; heap peak ${mb(full.heapGrowth).toFixed(0)} MB above its level before)`,
              `< ${TARGETS.memoryGrowthMb} MB`,
              met(growth < TARGETS.memoryGrowthMb),
            ],
            [`Delta round: ${delta.created} joined, ${delta.updated} changed`, seconds(deltaMs), '', ''],
          ],
        ),
      ].join('\n');
    } finally {
      await app.close();
    }
  } finally {
    await graph.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  if (!process.env.PLATZBUCH_TEST_TLS_DIR) {
    await ensureCertificate();
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          NODE_EXTRA_CA_CERTS: join(TLS_DIR, 'cert.pem'),
          PLATZBUCH_TEST_TLS_DIR: TLS_DIR,
        },
      },
    );
    process.exit(child.status ?? 1);
  }
  const markdown = await measure();
  console.log(`\n${markdown}\n`);
  writeSection(join(ROOT, 'docs/benchmarks.md'), 'directory-sync', markdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
