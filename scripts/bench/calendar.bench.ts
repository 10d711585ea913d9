// Calendar feeds on a real PostgreSQL: the feed of a person with 500 bookings, warm (from the
// cache), revalidated (304), rendered afresh, and an unknown token, each against GET /health
// measured in the same run. Run with `npm run bench -- calendar`; the figures go to
// docs/benchmarks.md. It needs a PostgreSQL server like the bookings benchmark; REDIS_URL, when
// set, is passed on to the server (the feed cache then lives in Redis).
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { serverDatabase, serverVersion } from './support/database';
import { type Fixture, loadFixture } from './support/fixture';
import { KeepAliveClient, type LoadResult, load, percentile } from './support/load';
import { provenance, publish, table } from './support/report';
import { type BenchServer, startServer } from './support/server';

const ROOT = resolve(__dirname, '../..');
const OWN_BOOKINGS = 500;
/** Bookings of everybody else, so that the person's are found among many. */
const OTHER_BOOKINGS = 50_000;
const REQUESTS = 3_000;
const COLD_RENDERS = 30;
const THROUGHPUT_CONNECTIONS = 10;
const TARGETS = { warmP99: 15, notModifiedP99: 3 };

/**
 * The person's 500 bookings: a morning and an afternoon a day from 30 days back on, every tenth
 * cancelled; the others' bookings spread over the same days.
 */
async function writeBookings(db: Pool, fixture: Fixture, personId: string): Promise<void> {
  await db.query(
    `INSERT INTO bookings (resource_kind, desk_id, person_id, booked_by_id, start_at, end_at, day, status,
                           cancelled_at, cancel_reason)
     SELECT 'desk', $2::uuid, $1::uuid, $1::uuid, s.start_at, s.start_at + interval '6 hours',
            (s.start_at AT TIME ZONE 'Europe/Berlin')::date,
            CASE WHEN n % 10 = 0 THEN 'cancelled' ELSE 'confirmed' END,
            CASE WHEN n % 10 = 0 THEN now() END, CASE WHEN n % 10 = 0 THEN 'by_person' END
       FROM generate_series(0, $3 - 1) n,
            LATERAL (SELECT (date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') - interval '29 days'
                             + (n / 2) * interval '1 day' + CASE WHEN n % 2 = 0 THEN interval '7 hours'
                             ELSE interval '13 hours' END) AT TIME ZONE 'Europe/Berlin' AS start_at) s`,
    [personId, fixture.desks[0].id, OWN_BOOKINGS],
  );
  await db.query(
    `INSERT INTO bookings (resource_kind, desk_id, person_id, booked_by_id, start_at, end_at, day)
     SELECT 'desk', ($1::uuid[])[1 + n % $3], ($2::uuid[])[1 + (n * 7) % $4], ($2::uuid[])[1 + (n * 7) % $4],
            s.start_at, s.start_at + interval '6 hours', (s.start_at AT TIME ZONE 'Europe/Berlin')::date
       FROM generate_series(1, $5) n,
            LATERAL (SELECT (date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') - interval '29 days'
                             + ((n / $3) % 250) * interval '1 day' + interval '7 hours')
                            AT TIME ZONE 'Europe/Berlin' AS start_at) s
     ON CONFLICT DO NOTHING`,
    [
      fixture.desks.slice(1).map((desk) => desk.id),
      fixture.people.slice(1),
      fixture.desks.length - 1,
      fixture.people.length - 1,
      OTHER_BOOKINGS,
    ],
  );
  await db.query('ANALYZE bookings');
}

async function newFeed(server: BenchServer, personId: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/me/calendar-feed`, {
    method: 'POST',
    headers: { authorization: `Dev ${personId}` },
  });
  if (response.status !== 201) throw new Error(`POST /api/v1/me/calendar-feed answered ${response.status}`);
  const { url } = (await response.json()) as { url: string };
  return new URL(url).pathname;
}

/** Latency, status and errors of sequential requests. */
interface Timed {
  requests: number;
  p50: number;
  p99: number;
  statuses: Record<number, number>;
  errors: number;
}

interface Route {
  path: string;
  headers?: Record<string, string>;
}

/** Requests in a row to one route before the next route's turn. */
const BLOCK = 250;

/**
 * `REQUESTS` requests to each route, one at a time over a keep-alive connection of its own, each
 * timed with the high-resolution clock to its last byte (autocannon's whole milliseconds cannot
 * tell 0.4 ms from 2.6 ms). The routes take turns in blocks of `BLOCK`, so that a burst of other
 * work on these shared cores falls on the baseline as much as on the routes compared with it.
 * The client's own garbage collection is counted, to show that it stayed out of the figures.
 */
async function sequential<K extends string>(
  server: BenchServer,
  routes: Record<K, Route>,
): Promise<{ timed: Record<K, Timed>; clientPauses: { count: number; longest: number } }> {
  const names = Object.keys(routes) as K[];
  const lines = await Promise.all(
    names.map(async (name) => {
      const latencies: number[] = [];
      const statuses: Record<number, number> = {};
      const request = KeepAliveClient.get(routes[name].path, routes[name].headers);
      return {
        name,
        client: await KeepAliveClient.open(server.url),
        request,
        latencies,
        statuses,
        errors: 0,
      };
    }),
  );
  // What setting up left behind (rendered feeds, the bookings written) is collected now, not while timing.
  globalThis.gc?.();
  const pauses: number[] = [];
  const observer = new PerformanceObserver((entries) =>
    entries.getEntries().forEach((entry) => pauses.push(entry.duration)),
  );
  observer.observe({ entryTypes: ['gc'] });
  try {
    for (let sent = 0; sent < REQUESTS; sent += BLOCK) {
      for (const line of lines) {
        for (let i = 0; i < BLOCK; i++) {
          const began = process.hrtime.bigint();
          try {
            const status = await line.client.send(line.request);
            line.statuses[status] = (line.statuses[status] ?? 0) + 1;
          } catch {
            line.errors++;
            line.client = await KeepAliveClient.open(server.url);
          }
          line.latencies.push(Number(process.hrtime.bigint() - began) / 1e6);
        }
      }
    }
  } finally {
    observer.disconnect();
    lines.forEach((line) => line.client.close());
  }
  const timed = Object.fromEntries(
    lines.map((line) => [
      line.name,
      {
        requests: line.latencies.length,
        p50: percentile(line.latencies, 50),
        p99: percentile(line.latencies, 99),
        statuses: line.statuses,
        errors: line.errors,
      },
    ]),
  ) as Record<K, Timed>;
  return { timed, clientPauses: { count: pauses.length, longest: Math.max(0, ...pauses) } };
}

/** Each round rotates the token, which invalidates the cache, then times the first fetch. */
async function coldRenders(server: BenchServer, personId: string) {
  const latencies: number[] = [];
  let bytes = 0;
  let events = 0;
  for (let round = 0; round < COLD_RENDERS; round++) {
    const path = await newFeed(server, personId);
    const began = performance.now();
    const response = await fetch(`${server.url}${path}`);
    const body = await response.text();
    latencies.push(performance.now() - began);
    if (response.status !== 200) throw new Error(`a cold feed answered ${response.status}`);
    bytes = Buffer.byteLength(body);
    events = body.split('BEGIN:VEVENT').length - 1;
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), bytes, events };
}

async function measure(server: BenchServer, personId: string) {
  const loadBefore = loadavg()[0];
  console.log('calendar: warming up');
  const cold = await coldRenders(server, personId);
  const path = await newFeed(server, personId);
  const etag = (await fetch(`${server.url}${path}`)).headers.get('etag')!;
  const routes = {
    health: { path: '/health' },
    warm: { path },
    notModified: { path, headers: { 'if-none-match': etag } },
    unknown: { path: `/ical/${'x'.repeat(43)}.ics` },
  };
  await sequential(server, routes);

  console.log(`calendar: ${REQUESTS} requests to each route, one at a time`);
  const { timed, clientPauses } = await sequential(server, routes);
  const warmFlatOut = await load(server.url, THROUGHPUT_CONNECTIONS, REQUESTS, () => ({
    method: 'GET',
    path,
    headers: {},
  }));
  return {
    cold,
    ...timed,
    clientPauses,
    warmFlatOut,
    peakRss: server.peakRssMb(),
    load: [loadBefore, loadavg()[0]],
  };
}

type Figures = Awaited<ReturnType<typeof measure>>;

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const rate = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
const latency = (result: Timed | LoadResult) => `p50 ${ms(result.p50)} · p99 ${ms(result.p99)}`;
const ratio = (value: number, base: number) => (value / Math.max(base, 0.01)).toFixed(1);
/** p50 and p99 of a line as multiples of the baseline's. */
const times = (result: { p50: number; p99: number }, base: { p50: number; p99: number }) =>
  `${ratio(result.p50, base.p50)} × · ${ratio(result.p99, base.p99)} ×`;

function unexpected(figures: Figures): number {
  const other = (result: Timed | LoadResult, status: number) =>
    result.requests - (result.statuses[status] ?? 0) + result.errors;
  return (
    other(figures.health, 200) +
    other(figures.warm, 200) +
    other(figures.notModified, 304) +
    other(figures.unknown, 404) +
    other(figures.warmFlatOut, 200)
  );
}

function report(figures: Figures, postgres: string): string {
  const { cold, health, warm, notModified, unknown, warmFlatOut } = figures;
  const where = process.env.DATABASE_URL
    ? 'a scratch database on the server at DATABASE_URL'
    : 'DATABASE_URL unset: a database of its own on the local server';
  const wrong = unexpected(figures);
  return [
    '## Calendar feeds',
    '',
    provenance('calendar'),
    '',
    `On ${where}, PostgreSQL ${postgres}; feed cache in ` +
      `${process.env.REDIS_URL ? 'Redis (REDIS_URL)' : 'the in-process store (no REDIS_URL)'}. The server is the ` +
      `built \`dist\` in a process of its own. Every line but the one with ${THROUGHPUT_CONNECTIONS} connections ` +
      `(autocannon) is ${REQUESTS.toLocaleString('en')} requests sent one at a time over a keep-alive connection ` +
      `from 127.0.0.1, each timed to its last byte; the four routes take turns in blocks of ${BLOCK}, so that ` +
      `other work on these cores falls on each alike. Load average ${figures.load[0].toFixed(1)} before; the ` +
      `baseline \`GET /health\` (one \`SELECT 1\` and a Redis ping) is measured in the same run, so the ratios ` +
      `say more than the absolute figures. The measuring client paused for its own garbage collection ` +
      `${figures.clientPauses.count === 1 ? 'once' : `${figures.clientPauses.count} times`}, the longest ` +
      `${ms(figures.clientPauses.longest)}.`,
    '',
    `Data: one person with ${OWN_BOOKINGS} desk bookings (a morning and an afternoon a day from 29 days back, ` +
      `every tenth cancelled) among ${OTHER_BOOKINGS.toLocaleString('en')} bookings of 3,199 others; the feed ` +
      `holds ${cold.events} events in ${(cold.bytes / 1024).toFixed(0)} KiB.`,
    '',
    table(
      ['measure', 'figure', 'vs. `/health` (p50 · p99)', 'target', ''],
      [
        ['`GET /health` (baseline)', latency(health), '1.0 × · 1.0 ×', '', ''],
        [
          'Feed, warm (from the cache)',
          latency(warm),
          times(warm, health),
          `p99 < ${TARGETS.warmP99} ms`,
          mark(warm.p99 < TARGETS.warmP99),
        ],
        [
          'Feed, `If-None-Match` → 304',
          latency(notModified),
          times(notModified, health),
          `p99 < ${TARGETS.notModifiedP99} ms`,
          mark(notModified.p99 < TARGETS.notModifiedP99),
        ],
        [
          `Feed rendered afresh (after a token rotation), ${COLD_RENDERS} times`,
          `p50 ${ms(cold.p50)} · p99 ${ms(cold.p99)}`,
          times(cold, health),
          '',
          '',
        ],
        ['Unknown token → 404', latency(unknown), times(unknown, health), 'about a 304', ''],
        [
          `Feed, warm, ${THROUGHPUT_CONNECTIONS} connections as fast as answered`,
          `${rate(warmFlatOut.perSecond)} · ${latency(warmFlatOut)}`,
          '',
          '',
          '',
        ],
        ['Answers other than expected', String(wrong), '', '0', mark(wrong === 0)],
        ['Server memory, peak RSS', `${Math.round(figures.peakRss)} MB`, '', '', ''],
      ],
    ),
    '',
    `A revalidation (304) costs what the baseline costs: one indexed query and one Redis round trip, ` +
      `${ms(figures.notModified.p50)} at the median and ${ms(figures.notModified.p99)} at p99 ` +
      `(\`/health\`: ${ms(figures.health.p99)}). A miss (unknown or revoked token) does what a revalidation ` +
      'does, the lookup by hash, a constant-time comparison and the cache lookup, and answers a small ' +
      'problem document instead of 304. The client writes prepared requests to a socket and reads the ' +
      "answers by their length: timed with Node's `fetch`, its own scavenges (3-4 ms, in about one request " +
      'in sixty) were counted against the server and put every p99 here at 3-5 ms.',
  ].join('\n');
}

async function main(): Promise<boolean> {
  console.log('calendar: building the server');
  execFileSync('npm', ['run', '--silent', 'build:api'], { cwd: ROOT, stdio: 'inherit' });
  const database = await serverDatabase(`platzbuch_bench_calendar_${process.pid}`);
  const db = new Pool({ connectionString: database.url, max: 4 });
  let server: BenchServer | undefined;
  try {
    console.log('calendar: loading the building set and the bookings');
    const fixture = await loadFixture(db);
    const personId = fixture.people[0];
    await writeBookings(db, fixture, personId);
    server = await startServer(ROOT, {
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL,
    });
    const figures = await measure(server, personId);
    const markdown = report(figures, await serverVersion(database.url));
    publish('calendar', markdown);
    return unexpected(figures) === 0;
  } finally {
    await server?.stop();
    await db.end();
    await database.drop();
  }
}

main().then(
  (correct) => process.exit(correct ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
