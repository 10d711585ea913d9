// The desk import at the size of the whole administration: 2,600 desks over five floors, as rows
// given in code (the demo seeder's way) and as the CSV a facility manager uploads, new, unchanged
// and as a dry run. Run with `npm run bench -- desk-import`.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/create-app';
import { Person } from '@platzbuch/directory';
import { BuildingsService, type DeskImportRow, DeskImportService, FloorsService } from '@platzbuch/locations';
import { loadConfig } from '@platzbuch/platform';

const DESKS = 2_600;
const RUNS = 5;
const FLOORS = ['EG', '1. OG', '2. OG', '3. OG', '4. OG'];

function rows(): DeskImportRow[] {
  return Array.from({ length: DESKS }, (_, index) => ({
    floor: FLOORS[index % FLOORS.length],
    code: `${index % FLOORS.length}.${String(Math.floor(index / FLOORS.length) + 1).padStart(3, '0')}`,
    x: (index * 7.3) % 100,
    y: (index * 3.1) % 100,
    zone: `Bereich ${index % 6}`,
    docking: index % 3 === 0 ? 'usb-c' : 'thunderbolt',
    monitors: index % 3,
    heightAdjustable: index % 2 === 0,
    accessible: index % 25 === 0,
  }));
}

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    AUTH_MODE: 'dev',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    REDIS_URL: undefined,
  });
  const app = await createApp(config);
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get<DataSource>(getDataSourceToken());
  const manager = await db.getRepository(Person).save({
    tenantId: '00000000-0000-4000-8000-000000000000',
    objectId: '00000000-0000-4000-8000-000000000001',
    displayName: 'Bench',
    roles: ['FacilityManager'],
  });
  const buildings = app.get(BuildingsService);
  const floors = app.get(FloorsService);
  const imports = app.get(DeskImportService);
  const newBuilding = async (name: string) => {
    const building = await buildings.create({ name });
    for (const [level, floor] of FLOORS.entries()) await floors.create(building.id, { name: floor, level });
    return building.id;
  };
  const request = (method: 'GET' | 'POST', url: string, payload?: Buffer) =>
    app.inject({
      method,
      url,
      payload,
      headers: { authorization: `Dev ${manager.id}`, 'content-type': 'text/csv' },
    });

  const timings = new Map<string, number[]>();
  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings.set(label, [...(timings.get(label) ?? []), performance.now() - started]);
    return result;
  };
  const expect = (label: string, actual: unknown, expected: Record<string, number>) => {
    const report = actual as Record<string, number>;
    if (Object.entries(expected).some(([key, value]) => report[key] !== value)) {
      throw new Error(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  };

  for (let run = 0; run < RUNS; run++) {
    const source = await newBuilding(`Quelle ${run}`);
    expect('rows', await time('importRows, 2,600 new desks', () => imports.importRows(source, rows())), {
      created: DESKS,
    });
    const exported = await time('export CSV', () =>
      request('GET', `/api/v1/buildings/${source}/desks/export`),
    );
    const csv = exported.rawPayload;

    const target = await newBuilding(`Ziel ${run}`);
    const importCsv = (query = '') =>
      request('POST', `/api/v1/buildings/${target}/desks/import${query}`, csv);
    expect('dry run', (await time('CSV dry run, 2,600 new', () => importCsv('?dryRun=true'))).json(), {
      created: DESKS,
    });
    expect('csv', (await time('CSV import, 2,600 new desks', () => importCsv())).json(), { created: DESKS });
    expect('again', (await time('CSV import again, 2,600 unchanged', () => importCsv())).json(), {
      unchanged: DESKS,
    });
  }
  await app.close();

  const width = Math.max(...[...timings.keys()].map((label) => label.length));
  console.log(
    `${'what'.padEnd(width)}  median ms  max ms   (${RUNS} runs, ${DESKS} desks, ${config.database.kind} database)`,
  );
  for (const [label, values] of timings) {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `${label.padEnd(width)}  ${median.toFixed(0).padStart(9)}  ${sorted[sorted.length - 1].toFixed(0).padStart(6)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
