// Bookings at the size of the whole administration, on a real PostgreSQL: booking creation over
// HTTP against the same bookings written with plain SQL, floor availability, 32-way races for one
// desk, memory. Run with `npm run bench -- bookings`; the figures go to docs/benchmarks.md.
// It needs a PostgreSQL server: the runner's scratch database when DATABASE_URL is set, else a
// database of its own on postgres://postgres@127.0.0.1:5432. BENCH_BOOKINGS changes how many
// bookings the load writes (20,000), BENCH_LOG_LEVEL the server's log level (info); REDIS_URL,
// when set, is passed on to the server.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { Pool } from 'pg';
import { publicHolidays } from '@platzbuch/bookings';
import { serverDatabase, serverVersion } from './support/database';
import { type Fixture, loadFixture } from './support/fixture';
import { type LoadRequest, type LoadResult, load, percentile, timedConcurrently } from './support/load';
import { table, writeSection } from './support/report';
import { type BenchServer, startServer } from './support/server';

const ROOT = resolve(__dirname, '../..');

const ZONE = 'Europe/Berlin';
const CONNECTIONS = 50;
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 20_000);
const WARM_UP = 1_000;
/** Floor plans: one at a time (the latency of one), then ten at a time (how many the server answers). */
const AVAILABILITY_CONNECTIONS = 10;
const AVAILABILITY_REQUESTS = 2_500;
const RACE_ROUNDS = 50;
const RACERS = 32;
const POOL = 10;

const TARGETS = { ratio: 0.35, bookingP99: 100, availabilityP99: 25, raceP99: 100, rssMb: 400 };

/** What the measurements run against. */
interface BenchContext {
  db: Pool;
  server: BenchServer;
  fixture: Fixture;
}

/** One booking of the load: the same rows for the plain-SQL baseline and for the API. */
interface Spec {
  deskId: string;
  personId: string;
  start: DateTime;
  end: DateTime;
}

/** Working days from tomorrow on within the default horizon: not weekends, not NRW holidays. */
function bookableDays(count: number): string[] {
  const days: string[] = [];
  const today = DateTime.now().setZone(ZONE).startOf('day');
  for (let offset = 1; offset <= 14 && days.length < count; offset++) {
    const day = today.plus({ days: offset });
    const holidays = publicHolidays(day.year, 'NW').map((holiday) => holiday.date);
    if (day.weekday <= 5 && !holidays.includes(day.toISODate()!)) days.push(day.toISODate()!);
  }
  if (days.length < count)
    throw new Error(`only ${days.length} bookable days in the next two weeks; ${count} needed`);
  return days;
}

/**
 * `count` bookings on `days`: every desk in the morning, then every desk in the afternoon, day after
 * day; within one half-day every desk and every person appears once, so nothing collides.
 */
function specs(context: BenchContext, days: string[], count: number): Spec[] {
  const { desks, people } = context.fixture;
  return Array.from({ length: count }, (_, index) => {
    const group = Math.floor(index / desks.length);
    const day = days[Math.floor(group / 2)];
    const [from, to] = group % 2 === 0 ? ['07:00', '13:00'] : ['13:00', '19:00'];
    return {
      deskId: desks[index % desks.length].id,
      personId: people[(index + group * 577) % people.length],
      start: DateTime.fromISO(`${day}T${from}`, { zone: ZONE }),
      end: DateTime.fromISO(`${day}T${to}`, { zone: ZONE }),
    };
  });
}

async function plainSql(context: BenchContext, bookings: Spec[]) {
  const insert = (spec: Spec) =>
    context.db.query(
      `INSERT INTO bookings (resource_kind, desk_id, person_id, booked_by_id, start_at, end_at, day)
       VALUES ('desk', $1, $2, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
      [spec.deskId, spec.personId, spec.start.toJSDate(), spec.end.toJSDate(), spec.start.toISODate()],
    );
  const { latencies, seconds } = await timedConcurrently(bookings, CONNECTIONS, async (spec) => {
    await insert(spec);
  });
  return {
    perSecond: bookings.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

function api(context: BenchContext, bookings: Spec[]): Promise<LoadResult> {
  return load(context.server.url, CONNECTIONS, bookings.length, (index) => {
    const spec = bookings[index];
    return {
      method: 'POST',
      path: '/api/v1/bookings',
      headers: { 'content-type': 'application/json', authorization: `Dev ${spec.personId}` },
      body: JSON.stringify({ deskId: spec.deskId, start: spec.start.toISO(), end: spec.end.toISO() }),
    };
  });
}

/** `rounds` times, 32 people ask for the same desk and half-day at once; exactly one may win. */
async function races(context: BenchContext, day: string, rounds: number) {
  const { desks, people } = context.fixture;
  const latencies: number[] = [];
  const losers: number[] = [];
  const statuses: Record<number, number> = {};
  let roundsWithOneWinner = 0;
  for (let round = 0; round < rounds; round++) {
    const desk = desks[(round * 53) % desks.length];
    const racers = Array.from(
      { length: RACERS },
      (_, index) => people[(round * RACERS + index) % people.length],
    );
    const body = JSON.stringify({ deskId: desk.id, date: day, slot: 'morning' });
    const answers = await Promise.all(
      racers.map(async (personId) => {
        const began = performance.now();
        const response = await fetch(`${context.server.url}/api/v1/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Dev ${personId}` },
          body,
        });
        await response.arrayBuffer();
        const ms = performance.now() - began;
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        latencies.push(ms);
        if (response.status === 409) losers.push(ms);
        return response.status;
      }),
    );
    if (answers.filter((status) => status === 201).length === 1) roundsWithOneWinner++;
  }
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    losersP99: percentile(losers, 99),
    statuses,
    roundsWithOneWinner,
  };
}

async function overlaps(context: BenchContext): Promise<number> {
  const { rows } = await context.db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM bookings a JOIN bookings b
        ON a.id < b.id AND a.resource_kind = 'desk' AND b.resource_kind = 'desk'
       AND (a.desk_id = b.desk_id OR a.person_id = b.person_id)
       AND a.status IN ('confirmed', 'checked_in') AND b.status IN ('confirmed', 'checked_in')
       AND tstzrange(a.start_at, a.end_at, '[)') && tstzrange(b.start_at, b.end_at, '[)')`,
  );
  return rows[0].count;
}

async function freshTable(context: BenchContext): Promise<void> {
  await context.db.query('TRUNCATE bookings');
  await context.db.query('CHECKPOINT');
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rate = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

/** Everything the run measures, in the order it measures it. */
async function measure(context: BenchContext) {
  const { fixture, server } = context;
  const halfDays = Math.ceil(BOOKINGS / fixture.desks.length);
  const [warmUpDay, raceDay, ...loadDays] = bookableDays(2 + Math.ceil(halfDays / 2));
  const bookings = specs(context, loadDays, BOOKINGS);
  const warmUp = specs(context, [warmUpDay], WARM_UP);
  const loadBefore = loadavg()[0];
  server.resetPeak();

  console.log(`bookings: plain SQL, ${WARM_UP} to warm up, then ${BOOKINGS}`);
  await plainSql(context, warmUp);
  await freshTable(context);
  const sql = await plainSql(context, bookings);
  await freshTable(context);

  console.log(`bookings: API, ${WARM_UP} to warm up, then ${BOOKINGS}`);
  await api(context, warmUp);
  await freshTable(context);
  const created = await api(context, bookings);

  console.log(`bookings: availability of a 200-desk floor, ${AVAILABILITY_REQUESTS} requests twice`);
  const floorPlan = (index: number): LoadRequest => ({
    method: 'GET',
    path: `/api/v1/floors/${fixture.largeFloorId}/availability?date=${loadDays[0]}&slot=day`,
    headers: { authorization: `Dev ${fixture.people[index % fixture.people.length]}` },
  });
  const availability = await load(server.url, 1, AVAILABILITY_REQUESTS, floorPlan);
  const availabilityFlatOut = await load(
    server.url,
    AVAILABILITY_CONNECTIONS,
    AVAILABILITY_REQUESTS,
    floorPlan,
  );

  console.log(`bookings: ${RACE_ROUNDS} races of ${RACERS} people for one desk`);
  const race = await races(context, raceDay, RACE_ROUNDS);
  const overlapping = await overlaps(context);
  await context.db.query('TRUNCATE bookings');
  return {
    loadDays,
    sql,
    created,
    availability,
    availabilityFlatOut,
    race,
    overlapping,
    peakRss: server.peakRssMb(),
    load: [loadBefore, loadavg()[0]],
  };
}

type Figures = Awaited<ReturnType<typeof measure>>;

function checksOf(figures: Figures) {
  const { sql, created, availability, availabilityFlatOut, race, overlapping, peakRss } = figures;
  const answered = (statuses: Record<number, number>, ...expected: number[]) =>
    expected.reduce((sum, status) => sum + (statuses[status] ?? 0), 0);
  const unexpected =
    BOOKINGS -
    answered(created.statuses, 201) +
    (AVAILABILITY_REQUESTS - answered(availability.statuses, 200)) +
    (AVAILABILITY_REQUESTS - answered(availabilityFlatOut.statuses, 200)) +
    (RACE_ROUNDS * RACERS - answered(race.statuses, 201, 409)) +
    created.errors +
    availability.errors +
    availabilityFlatOut.errors;
  return {
    unexpected,
    ratio: created.perSecond / sql.perSecond >= TARGETS.ratio,
    bookingP99: created.p99 < TARGETS.bookingP99,
    availabilityP99: availability.p99 < TARGETS.availabilityP99,
    raceP99: race.p99 < TARGETS.raceP99,
    winners: race.roundsWithOneWinner === RACE_ROUNDS,
    noUnexpected: unexpected === 0,
    noOverlaps: overlapping === 0,
    rss: peakRss < TARGETS.rssMb,
  };
}

function report(figures: Figures, fixture: Fixture, postgres: string): string {
  const { sql, created, availability, availabilityFlatOut, race, overlapping, peakRss, loadDays } = figures;
  const system = figures.load;
  const checks = checksOf(figures);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM`;
  const where = process.env.DATABASE_URL
    ? 'a scratch database on the server at DATABASE_URL'
    : 'DATABASE_URL unset: a database of its own on the local server';
  return [
    '## Bookings: creation, availability, races',
    '',
    `Command \`npm run bench -- bookings\` (${where}), run ` +
      `${new Date().toISOString().slice(0, 16)}Z on ${machine}; Node ${process.version}, PostgreSQL ${postgres}, ` +
      `Redis: ${process.env.REDIS_URL ? 'REDIS_URL' : 'none (in-process stand-ins)'}. The server is the built \`dist\` ` +
      `in a process of its own (log level info, pool of ${POOL} connections, dev sign-in as ${fixture.people.length} ` +
      `different people); autocannon sends from 127.0.0.1. System load (1-minute average) ` +
      `${system[0].toFixed(1)} before and ${system[1].toFixed(1)} after: other work on the machine shares its cores, so ` +
      `the ratio measured in the same run says more than the absolute figures.`,
    '',
    `Data: ${fixture.buildings.length} buildings, ${fixture.desks.length} desks, ${fixture.people.length} people. ` +
      `Load: ${BOOKINGS.toLocaleString('en')} desk bookings of a morning or an afternoon on ${loadDays.length} days, ` +
      `none colliding; the baseline writes the same rows with plain SQL through \`pg\` (\`INSERT … ON CONFLICT DO ` +
      `NOTHING RETURNING id\`, pool of ${POOL}, ${CONNECTIONS} in flight) into the same empty table. Both are warmed ` +
      `up with ${WARM_UP.toLocaleString('en')} bookings first.`,
    '',
    table(
      ['measure', 'figure', 'target', ''],
      [
        [
          'Plain SQL baseline, 50 in flight',
          `${rate(sql.perSecond)} · p50 ${ms(sql.p50)} · p99 ${ms(sql.p99)}`,
          '',
          '',
        ],
        [
          '`POST /api/v1/bookings`, 50 connections',
          `${rate(created.perSecond)} · p50 ${ms(created.p50)} · p99 ${ms(created.p99)}`,
          `p99 < ${TARGETS.bookingP99} ms`,
          mark(checks.bookingP99),
        ],
        [
          'API / plain SQL',
          (created.perSecond / sql.perSecond).toFixed(2),
          `≥ ${TARGETS.ratio}`,
          mark(checks.ratio),
        ],
        [
          '`GET /api/v1/floors/{id}/availability`, 200 desks, 400 bookings, one request at a time',
          `${rate(availability.perSecond)} · p50 ${ms(availability.p50)} · p99 ${ms(availability.p99)}`,
          `p99 < ${TARGETS.availabilityP99} ms`,
          mark(checks.availabilityP99),
        ],
        [
          `The same, as fast as answered, ${AVAILABILITY_CONNECTIONS} connections`,
          `${rate(availabilityFlatOut.perSecond)} · p50 ${ms(availabilityFlatOut.p50)} · p99 ${ms(availabilityFlatOut.p99)}`,
          '',
          '',
        ],
        [
          `${RACERS} people racing for one desk, ${RACE_ROUNDS} rounds`,
          `p50 ${ms(race.p50)} · p99 ${ms(race.p99)} (the 409s: p99 ${ms(race.losersP99)}); ` +
            `one winner in ${race.roundsWithOneWinner} of ${RACE_ROUNDS}`,
          `p99 < ${TARGETS.raceP99} ms, one winner`,
          mark(checks.raceP99 && checks.winners),
        ],
        [
          'Answers other than 201, 200 and the racers’ 409s',
          String(checks.unexpected),
          '0',
          mark(checks.noUnexpected),
        ],
        ['Overlapping active bookings afterwards (SQL)', String(overlapping), '0', mark(checks.noOverlaps)],
        ['Server memory, peak RSS', `${Math.round(peakRss)} MB`, `< ${TARGETS.rssMb} MB`, mark(checks.rss)],
      ],
    ),
  ].join('\n');
}

async function main(): Promise<boolean> {
  console.log('bookings: building the server');
  execFileSync('npm', ['run', '--silent', 'build:api'], { cwd: ROOT, stdio: 'inherit' });
  const database = await serverDatabase(`platzbuch_bench_${process.pid}`);
  const db = new Pool({ connectionString: database.url, max: POOL });
  let server: BenchServer | undefined;
  try {
    console.log('bookings: loading 6 buildings, 2,600 desks and 3,200 people');
    const fixture = await loadFixture(db);
    server = await startServer(ROOT, {
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL,
    });
    const figures = await measure({ db, server, fixture });
    const markdown = report(figures, fixture, await serverVersion(database.url));
    console.log(`\n${markdown}\n`);
    writeSection(join(ROOT, 'docs/benchmarks.md'), 'bookings', markdown);
    const checks = checksOf(figures);
    const missed = Object.entries(checks).filter(([name, met]) => met === false && name !== 'unexpected');
    if (missed.length > 0)
      console.log(`bookings: targets missed: ${missed.map(([name]) => name).join(', ')}`);
    // Timing figures are reported; what must never happen fails the run.
    return checks.noUnexpected && checks.noOverlaps && checks.winners;
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
