// The web client's speed: how long a 200-desk floor takes from its availability data arriving to
// every desk on the plan, and to the first desk answering a click; beside it, in the same run, the
// same page for a floor without desks (the baseline of an empty page). Then the gzipped size of
// what the browser loads first. Run with `npm run bench -- web`; figures go to docs/benchmarks.md.
// The built client runs in Debian's chromium against a stand-in API (fixed answers from here), so
// that only the client is measured. BENCH_WEB_RUNS changes the number of page loads per case (15).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { ClientConfig, DeskAvailability, FloorAvailability, MeResponse } from '@platzbuch/contracts';
import { ensureWebClientBuilt } from '../../test/support/web-client-build';
import { provenance, publish, table } from './support/report';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist/web');
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 15);
const DESKS = 200;
const TARGETS = { interactiveMs: 300, mainBundleKb: 250 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const BUILDING = '00000000-0000-4000-8000-000000000001';
const FULL_FLOOR = '00000000-0000-4000-8000-000000000002';
const EMPTY_FLOOR = '00000000-0000-4000-8000-000000000003';
const PERSON = '00000000-0000-4000-8000-000000000004';

/** 200 desks in 20 rows of 10, every fourth one taken, a few blocked, two zones: like a real storey. */
function desks(count: number): DeskAvailability[] {
  return Array.from({ length: count }, (_, index) => {
    const row = Math.floor(index / 20);
    const column = index % 20;
    const state = index % 17 === 0 ? 'blocked' : index % 4 === 0 ? 'booked' : 'free';
    return {
      id: `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      code: `2.${String(index + 1).padStart(3, '0')}`,
      x: 3 + column * 4.8,
      y: 5 + row * 9.5,
      zoneId: column < 10 ? 'zone-a' : 'zone-b',
      zoneName: column < 10 ? 'Bürgeramt' : 'Ordnungsamt',
      equipment: {
        docking: index % 3 === 0 ? 'none' : 'usb-c',
        monitors: (index % 3) as 0 | 1 | 2,
        heightAdjustable: index % 5 === 0,
        accessible: index % 20 === 0,
      },
      state,
      rule: state === 'blocked' ? 'RESOURCE_BLOCKED' : null,
      fixed: false,
      assignedToYou: false,
      busy: [],
      yourBookingId: null,
    };
  });
}

function availability(floorId: string, count: number): FloorAvailability {
  return {
    floorId,
    buildingId: BUILDING,
    timezone: 'Europe/Berlin',
    from: '2026-11-23T06:00:00.000Z',
    to: '2026-11-23T18:00:00.000Z',
    fromLocal: '2026-11-23T07:00:00+01:00',
    toLocal: '2026-11-23T19:00:00+01:00',
    desks: desks(count),
    rooms: [],
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** The built client and the few API answers the book page asks for. */
function serve(): Promise<{ server: Server; url: string }> {
  const config: ClientConfig = {
    authMode: 'dev',
    organisation: { name: 'Stadt Musterstadt', logoUrl: null, primaryColor: null, accessibilityEmail: null },
  };
  const me: MeResponse = {
    id: PERSON,
    displayName: 'Erika Mustermann',
    email: null,
    department: 'Bürgeramt',
    departmentId: null,
    roles: [],
    deviceProfile: 'notebook',
  };
  const floor = (id: string, name: string, level: number) => ({
    id,
    buildingId: BUILDING,
    name,
    level,
    plan: null,
  });
  const answers: [RegExp, unknown][] = [
    [/^\/api\/v1\/client-config$/, config],
    [/^\/api\/v1\/me$/, me],
    [/^\/api\/v1\/me\/principals$/, []],
    [/^\/api\/v1\/buildings$/, [{ id: BUILDING, name: 'Rathaus', address: null, timezone: 'Europe/Berlin' }]],
    [
      /^\/api\/v1\/buildings\/[^/]+\/floors$/,
      [floor(FULL_FLOOR, '2. Obergeschoss', 2), floor(EMPTY_FLOOR, 'Dachgeschoss', 5)],
    ],
    [new RegExp(`^/api/v1/floors/${FULL_FLOOR}/availability$`), availability(FULL_FLOOR, DESKS)],
    [new RegExp(`^/api/v1/floors/${EMPTY_FLOOR}/availability$`), availability(EMPTY_FLOOR, 0)],
  ];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/')) {
      const answer = answers.find(([pattern]) => pattern.test(path));
      response.writeHead(answer ? 200 : 404, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(answer ? answer[1] : { code: 'NOT_FOUND', title: 'Not found', detail: '' }),
      );
      return;
    }
    const file = join(DIST, path);
    const found = file.startsWith(DIST) && statSync(file, { throwIfNoEntry: false })?.isFile();
    const served = found ? file : join(DIST, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
    response.end(readFileSync(served));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

// Runs in the page before the client: notes when the availability's JSON is parsed (the data has
// arrived), then watches frames for the desks on the plan, then clicks one and waits for it to be chosen.
const PROBE = `(() => {
  const probe = (window.__probe = { dataAt: null, renderedAt: null, interactiveAt: null });
  const json = Response.prototype.json;
  Response.prototype.json = function () {
    const result = json.call(this);
    if (this.url.includes('/availability')) result.then(() => { probe.dataAt = performance.now(); watch(); });
    return result;
  };
  function watch() {
    const expected = Number(localStorage.getItem('bench.desks'));
    const frame = () => {
      const summary = document.querySelector('.booking-summary');
      const markers = document.querySelectorAll('.plan__stage .plan-marker');
      if (!summary || markers.length !== expected) return requestAnimationFrame(frame);
      probe.renderedAt = performance.now();
      const target = expected > 0 ? markers[Math.floor(expected / 2)] : document.querySelectorAll('.segmented__option')[1];
      target.click();
      const chosen = () => target.getAttribute('aria-pressed') === 'true' ? (probe.interactiveAt = performance.now()) : requestAnimationFrame(chosen);
      requestAnimationFrame(chosen);
    };
    requestAnimationFrame(frame);
  }
})()`;

interface Timing {
  renderMs: number;
  interactiveMs: number;
}

async function measure(url: string, floorId: string, count: number): Promise<Timing[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const timings: Timing[] = [];
  try {
    for (let run = 0; run < RUNS + 1; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
      // Signed in as the demo person, on the floor to measure (what the client remembers).
      await context.addInitScript(`
        localStorage.setItem('platzbuch.devPersonId', ${JSON.stringify(PERSON)});
        localStorage.setItem('platzbuch.booking.place', ${JSON.stringify(JSON.stringify({ buildingId: BUILDING, floorId }))});
        localStorage.setItem('bench.desks', '${count}');
      `);
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction('window.__probe && window.__probe.interactiveAt !== null', undefined, {
        timeout: 30_000,
      });
      const probe = await page.evaluate<{ dataAt: number; renderedAt: number; interactiveAt: number }>(
        'window.__probe',
      );
      // The first load warms the browser's caches and is not counted.
      if (run > 0)
        timings.push({
          renderMs: probe.renderedAt - probe.dataAt,
          interactiveMs: probe.interactiveAt - probe.dataAt,
        });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return timings;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const worst = (values: number[]) => Math.max(...values);
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.9) - 1];
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** The gzipped size of what index.html loads: its entry script, and everything it loads at start. */
function bundleSizes(): { mainKb: number; initialKb: number; files: string[] } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1],
  );
  const gzipKb = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;
  const main = initial.find((file) => /^assets\/index-.*\.js$/.test(file)) ?? initial[0];
  return {
    mainKb: gzipKb(main),
    initialKb: initial.reduce((sum, file) => sum + gzipKb(file), 0),
    files: readdirSync(join(DIST, 'assets')).filter((file) => file.endsWith('.js')),
  };
}

async function main(): Promise<void> {
  ensureWebClientBuilt();
  const { server, url } = await serve();
  try {
    const empty = await measure(url, EMPTY_FLOOR, 0);
    const full = await measure(url, FULL_FLOOR, DESKS);
    const size = bundleSizes();
    const row = (name: string, timings: Timing[]) => [
      name,
      ms(median(timings.map((t) => t.renderMs))),
      ms(worst(timings.map((t) => t.renderMs))),
      ms(median(timings.map((t) => t.interactiveMs))),
      ms(p90(timings.map((t) => t.interactiveMs))),
      ms(worst(timings.map((t) => t.interactiveMs))),
    ];
    const interactive = p90(full.map((t) => t.interactiveMs));
    const markdown = [
      '## Web client: a 200-desk floor, bundle size',
      '',
      provenance('web'),
      '',
      `Book page of the built client in Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} (1280 × 900), ${RUNS} page loads per case after one warm-up, against a stand-in API. Time from the floor's availability JSON being parsed to every desk on the plan (rendered), and to a desk answering a click by showing itself chosen (interactive). Baseline in the same run: the same page for a floor without desks (its "interactive" is a click on the view switch).`,
      '',
      table(
        [
          'case',
          'rendered, median',
          'rendered, worst',
          'interactive, median',
          'interactive, p90',
          'interactive, worst',
        ],
        [row('floor without desks (baseline)', empty), row(`floor with ${DESKS} desks`, full)],
      ),
      '',
      table(
        ['what', 'gzipped', 'target'],
        [
          ['main bundle (entry script)', `${size.mainKb.toFixed(1)} kB`, `< ${TARGETS.mainBundleKb} kB`],
          ['everything loaded at start (scripts and styles)', `${size.initialKb.toFixed(1)} kB`, ''],
        ],
      ),
      '',
      `Target: a 200-desk floor interactive < ${TARGETS.interactiveMs} ms after its data arrives: p90 ${ms(interactive)} (${interactive < TARGETS.interactiveMs ? 'met' : 'NOT met'}). Main bundle ${size.mainKb < TARGETS.mainBundleKb ? 'within' : 'OVER'} its budget. MSAL (Entra sign-in) and the locations editor load as their own chunks on demand.`,
    ].join('\n');
    publish('web', markdown);
  } finally {
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
