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
import { provenance, publish, table } from './support/report';

const TARGET_MS = 10_000;

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

  // The baseline: the same 2,600 desks written by one plain INSERT, no checks, no zones.
  const plainInsert = async (buildingId: string) => {
    const floorIds = await db.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM floors WHERE building_id = $1',
      [buildingId],
    );
    const floorOf = new Map(floorIds.map((floor) => [floor.name, floor.id]));
    const desks = rows();
    await db.query(
      `INSERT INTO desks (building_id, floor_id, code, x, y, docking, monitors, height_adjustable, accessible)
       SELECT $1, * FROM unnest($2::uuid[], $3::varchar[], $4::real[], $5::real[], $6::varchar[], $7::smallint[],
                                $8::boolean[], $9::boolean[])`,
      [
        buildingId,
        desks.map((desk) => floorOf.get(desk.floor)),
        desks.map((desk) => desk.code),
        desks.map((desk) => desk.x),
        desks.map((desk) => desk.y),
        desks.map((desk) => desk.docking),
        desks.map((desk) => desk.monitors),
        desks.map((desk) => desk.heightAdjustable),
        desks.map((desk) => desk.accessible),
      ],
    );
  };

  for (let run = 0; run < RUNS; run++) {
    const baseline = await newBuilding(`Basis ${run}`);
    await time('baseline: one plain INSERT of 2,600 desks', () => plainInsert(baseline));
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

  const median = (label: string) => {
    const sorted = [...timings.get(label)!].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const base = median('baseline: one plain INSERT of 2,600 desks');
  const markdown = [
    '## Desk import: 2,600 desks at once',
    '',
    provenance('desk-import'),
    '',
    `On ${config.database.kind === 'server' ? 'the PostgreSQL server' : 'embedded PGlite'}, ${RUNS} runs, each into new buildings of five floors; ` +
      'the import validates every row completely before it writes anything, in one transaction. The baseline ' +
      'writes the same desks with one plain `INSERT … SELECT FROM unnest(…)` and no checks.',
    '',
    table(
      ['what', 'median', 'max', '× baseline', `target < ${TARGET_MS / 1000} s`],
      [...timings.entries()].map(([label, values]) => {
        const value = median(label);
        const isImport = /import|importRows/.test(label) && !label.startsWith('baseline');
        return [
          label,
          `${value.toFixed(0)} ms`,
          `${Math.max(...values).toFixed(0)} ms`,
          (value / base).toFixed(1),
          isImport ? (Math.max(...values) < TARGET_MS ? 'met' : '**missed**') : '',
        ];
      }),
    ),
  ].join('\n');
  publish('desk-import', markdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
