// node scripts/screenshots.mjs [--no-build] [names…]: PNGs of the main pages at 1280 and 375 px
// into docs/screenshots/, for the README and for review. Starts the built server on an empty
// embedded database with the demo administration (SEED_DEMO=true, AUTH_MODE=dev), signs in as the
// demo people through the dev sign-in, and drives Debian's chromium with playwright-core.
// Pages are named by route: a page another branch adds is captured once it is merged; until then
// a route that answers "not found" is skipped and said so.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];
/** Who is signed in, chosen among the dev sign-in's demo people by role. */
const STAFF = 'staff';
const MANAGER = 'FacilityManager';
const ADMIN = 'Admin';
const START_TIMEOUT_MS = 300_000;

/** What to capture: a file name, the route, who is signed in (nobody: the sign-in page). */
const SHOTS = [
  { name: 'sign-in', path: '/', person: null },
  { name: 'book', path: '/', person: STAFF },
  { name: 'my-bookings', path: '/bookings', person: STAFF },
  { name: 'rooms', path: '/rooms', person: STAFF },
  { name: 'floors', path: '/floors', person: STAFF },
  { name: 'floor-plan', path: ({ floorId }) => `/floors/${floorId}`, person: STAFF },
  { name: 'floor-list', path: ({ floorId }) => `/floors/${floorId}?view=list`, person: STAFF },
  { name: 'admin', path: '/admin', person: ADMIN },
  { name: 'admin-policies', path: '/admin/policies', person: ADMIN },
  { name: 'admin-office-hours', path: '/admin/office-hours', person: MANAGER },
  { name: 'admin-holidays', path: '/admin/holidays', person: ADMIN },
  { name: 'admin-fixed-desks', path: ({ buildingId }) => `/admin/fixed-desks?building=${buildingId}`, person: MANAGER },
  { name: 'admin-directory', path: '/admin/directory', person: ADMIN },
  { name: 'editor-buildings', path: '/admin/locations', person: MANAGER },
  { name: 'editor-floor', path: ({ floorId }) => `/admin/locations/floors/${floorId}`, person: MANAGER },
  { name: 'accessibility', path: '/accessibility', person: STAFF },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, server) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server stopped with code ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // Not listening yet: the first start seeds the demo administration.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer /health within ${START_TIMEOUT_MS / 1000} s`);
}

async function api(baseUrl, personId, path) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { Authorization: `Dev ${personId}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}

/** A floor with a plan and the most desks: the one that shows the most of the client. */
async function showcase(baseUrl, personId) {
  const buildings = await api(baseUrl, personId, '/buildings');
  let best = null;
  for (const building of buildings) {
    for (const floor of await api(baseUrl, personId, `/buildings/${building.id}/floors`)) {
      const desks = (await api(baseUrl, personId, `/floors/${floor.id}/desks`)).length;
      const score = desks + (floor.plan ? 10_000 : 0);
      if (!best || score > best.score) best = { score, buildingId: building.id, floorId: floor.id };
    }
  }
  if (!best) throw new Error('the demo data has no floor');
  return best;
}

async function main() {
  const args = process.argv.slice(2);
  const build = !args.includes('--no-build');
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const shots = SHOTS.filter((shot) => wanted.length === 0 || wanted.includes(shot.name));

  if (build) {
    console.log('building the web client and the API …');
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'platzbuch-screenshots-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'NODE_ENV', 'ORG_PRIMARY_COLOR', 'ORG_LOGO_URL'])
    delete env[name];
  Object.assign(env, { SEED_DEMO: 'true', AUTH_MODE: 'dev', LOG_LEVEL: 'warn', ORG_NAME: 'Stadt Musterstadt' });
  console.log(`starting the server on ${baseUrl} with the demo administration …`);
  const server = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let browser;
  try {
    await waitForHealth(baseUrl, server);
    const personas = await (await fetch(`${baseUrl}/api/v1/dev/personas`)).json();
    const idOf = (role) => {
      const persona = personas.find((candidate) =>
        role === STAFF ? candidate.roles.length === 0 : candidate.roles.includes(role),
      );
      if (!persona) throw new Error(`no demo person in the role ${role}`);
      return persona.id;
    };
    const place = await showcase(baseUrl, idOf(ADMIN));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    mkdirSync(output, { recursive: true });
    const skipped = [];
    for (const viewport of VIEWPORTS) {
      for (const shot of shots) {
        const context = await browser.newContext({ viewport, locale: 'de-DE', baseURL: baseUrl });
        if (shot.person) {
          // The dev sign-in keeps the chosen person in local storage: set before the client starts.
          await context.addInitScript(
            ([key, id]) => localStorage.setItem(key, id),
            ['platzbuch.devPersonId', idOf(shot.person)],
          );
        }
        const page = await context.newPage();
        const path = typeof shot.path === 'function' ? shot.path(place) : shot.path;
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
        // Whatever loads after the heading (lists, plans) settles before the picture.
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 20_000 });
        const heading = await page.getByRole('heading', { level: 1 }).first().textContent();
        if (heading === 'Seite nicht gefunden') {
          if (!skipped.includes(shot.name)) skipped.push(shot.name);
          await context.close();
          continue;
        }
        const file = join(output, `${shot.name}-${viewport.width}.png`);
        await page.screenshot({ path: file });
        console.log(`${file.replace(root, '')} (${Math.round(statSync(file).size / 1024)} kB)`);
        await context.close();
      }
    }
    if (skipped.length > 0) console.log(`skipped, no such page yet: ${skipped.join(', ')}`);
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
