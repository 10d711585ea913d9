import type { Person } from '@platzbuch/directory';
import { type Building, Desk, DeskImportService, ResourcesBlocked, Zone } from '@platzbuch/locations';
import { DomainError, DomainEvents } from '@platzbuch/platform';
import { TestApp } from '../support/test-app';
import { multipart } from './fixtures';

const FLOORS = ['UG', 'EG', '1. OG', '2. OG', '3. OG'];
const HEADER = 'Etage;Platz;X;Y;Bereich;Docking;Monitore;Höhenverstellbar;Barrierefrei;Status;Zugewiesen';

/** A whole building as German Excel saves it: BOM, semicolons, decimal commas, CRLF. */
function buildingCsv(
  desks: number,
  cell: (index: number, column: number, value: string) => string = (_i, _c, value) => value,
): Buffer {
  const lines = [HEADER];
  for (let index = 0; index < desks; index++) {
    const floor = FLOORS[index % FLOORS.length];
    const values = [
      floor,
      `${FLOORS.indexOf(floor)}.${String(Math.floor(index / FLOORS.length) + 1).padStart(3, '0')}`,
      `${(index % 97) + 0.5}`.replace('.', ','),
      String(index % 100),
      index % 3 === 0 ? '' : `Bereich ${index % 4}`,
      ['keine', 'usb-c', 'thunderbolt'][index % 3],
      String(index % 4),
      index % 2 === 0 ? 'ja' : 'nein',
      index % 5 === 0 ? 'ja' : 'nein',
      index % 50 === 0 ? 'gesperrt' : 'aktiv',
      '',
    ];
    lines.push(values.map((value, column) => cell(index, column, value)).join(';'));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

describe('importing desks from a spreadsheet', () => {
  let t: TestApp;
  let manager: Person;
  let house: Building;

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.make.facilityManager();
  });
  beforeEach(async () => {
    house = await t.make.building();
    for (const [level, name] of FLOORS.entries())
      await t.make.floor({ buildingId: house.id, name, level: level - 1 });
  });
  afterAll(() => t.close());

  const post = (csv: Buffer | string, query = '', headers: Record<string, string> = {}) =>
    t.request(manager, 'POST', `/api/v1/buildings/${house.id}/desks/import${query}`, {
      payload: csv,
      headers: { 'content-type': 'text/csv', ...headers },
    });
  const desks = () =>
    t.db.getRepository(Desk).find({ where: { buildingId: house.id }, order: { code: 'ASC' } });

  it('imports a whole building of 2,600 desks, and importing it again changes nothing', async () => {
    const file = buildingCsv(2_600);
    const first = await post(file);
    expect(first.statusCode).toBe(200);
    expect(first.body).toEqual({
      dryRun: false,
      rows: 2_600,
      created: 2_600,
      updated: 0,
      unchanged: 0,
      zonesCreated: 20,
    });

    const imported = await desks();
    expect(imported).toHaveLength(2_600);
    // Row 7 of the generator: the second desk of the 1st floor.
    const sample = imported.find((desk) => desk.code === '2.002')!;
    expect(sample).toMatchObject({
      x: 7.5,
      y: 7,
      docking: 'usb-c',
      monitors: 3,
      heightAdjustable: false,
      accessible: false,
      status: 'active',
    });
    expect((await t.db.getRepository(Zone).findOneByOrFail({ id: sample.zoneId! })).name).toBe('Bereich 3');
    expect(imported.find((desk) => desk.code === '0.001')).toMatchObject({
      zoneId: null,
      status: 'blocked',
      accessible: true,
    });

    const again = await post(file);
    expect(again.body).toEqual({
      dryRun: false,
      rows: 2_600,
      created: 0,
      updated: 0,
      unchanged: 2_600,
      zonesCreated: 0,
    });
    expect((await desks()).map((desk) => desk.updatedAt.getTime())).toEqual(
      imported.map((desk) => desk.updatedAt.getTime()),
    );
  });

  it('refuses a file with one bad cell among many with the exact line and column, writing nothing', async () => {
    await post(buildingCsv(50));
    const before = JSON.stringify(await desks());
    const response = await post(
      buildingCsv(2_600, (index, column, value) => (index === 1_233 && column === 6 ? '7' : value)),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: 'Die Daten enthalten 1 Fehler; es wurde nichts importiert.',
      errors: [{ line: 1_235, column: 'Monitore', message: 'Es sind 0 bis 3 Monitore möglich.' }],
    });
    expect(response.body.errors).toHaveLength(1);
    expect(JSON.stringify(await desks())).toBe(before);
    expect(await t.db.getRepository(Zone).count({ where: { floor: { buildingId: house.id } } })).toBe(20);
  });

  it('reports every problem at once, in the language asked for', async () => {
    const csv =
      'Etage,Platz,X,Monitore,Zugewiesen\nEG,1,150,2,\n4. OG,2,1,zwei,nobody@example.org\nEG,1,,,\n';
    const response = await post(csv, '', { 'accept-language': 'en' });
    expect(response.statusCode).toBe(400);
    expect(response.body.detail).toBe('The data has 5 error(s); nothing was imported.');
    expect(response.body.errors).toEqual([
      { line: 2, column: 'X', message: 'x must be from 0 to 100 (percent of the plan).' },
      {
        line: 3,
        column: 'Etage',
        message: 'This building has no floor "4. OG"; its floors: UG, EG, 1. OG, 2. OG, 3. OG.',
      },
      { line: 3, column: 'Monitore', message: '"zwei" is not a whole number.' },
      { line: 3, column: 'Zugewiesen', message: 'Nobody has the address "nobody@example.org".' },
      { line: 4, column: 'Platz', message: 'Desk "1" already appears on line 2.' },
    ]);
    expect(await desks()).toHaveLength(0);
  });

  it('checks a file without writing anything on a dry run', async () => {
    await post(buildingCsv(10));
    const changed = buildingCsv(12, (index, column, value) => (index === 3 && column === 6 ? '0' : value));
    const before = JSON.stringify([
      await desks(),
      await t.db.getRepository(Zone).find({ order: { id: 'ASC' } }),
    ]);
    const response = await post(changed, '?dryRun=true');
    expect(response.body).toEqual({
      dryRun: true,
      rows: 12,
      created: 2,
      updated: 1,
      unchanged: 9,
      zonesCreated: 2,
    });
    expect(
      JSON.stringify([await desks(), await t.db.getRepository(Zone).find({ order: { id: 'ASC' } })]),
    ).toBe(before);
    expect((await post(changed, '?dryRun=false')).body).toMatchObject({
      dryRun: false,
      created: 2,
      updated: 1,
      zonesCreated: 2,
    });
    expect((await post(changed, '?dryRun=perhaps')).statusCode).toBe(400);
  });

  it('accepts the file as a form field, with assignees by e-mail, and reads it back as it was', async () => {
    const erika = await t.make.person({ email: 'Erika.Mustermann@stadt.example' });
    const csv = `${HEADER}\r\nEG;1.01;12,5;40;Nord;usb-c;2;ja;nein;aktiv;erika.mustermann@stadt.example\r\n"1. OG";"1.02";7;8;;keine;0;nein;ja;gesperrt;\r\n`;
    const response = await t.request(
      manager,
      'POST',
      `/api/v1/buildings/${house.id}/desks/import`,
      multipart('file', 'plaetze.csv', 'text/csv', csv),
    );
    expect(response.body).toMatchObject({ created: 2, zonesCreated: 1 });
    expect((await desks())[0]).toMatchObject({ code: '1.01', assigneeId: erika.id });

    const exported = await t.get(manager, `/api/v1/buildings/${house.id}/desks/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['cache-control']).toBe('no-store');
    expect(exported.headers['content-disposition']).toMatch(
      /^attachment; filename="arbeitsplaetze-.+\.csv"$/,
    );
    expect(exported.payload.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      HEADER,
      'EG;1.01;12,5;40;Nord;usb-c;2;ja;nein;aktiv;Erika.Mustermann@stadt.example',
      '1. OG;1.02;7;8;;keine;0;nein;ja;gesperrt;',
      '',
    ]);
    expect((await post(exported.rawPayload)).body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('updates what a row changes, keeps what it leaves empty, and moves desks between floors', async () => {
    const zone = await t.make.zone({
      floorId: (
        await t.db.query(`SELECT id FROM floors WHERE building_id = $1 AND name = 'EG'`, [house.id])
      )[0].id,
      name: 'Nord',
    });
    await post(`${HEADER}\nEG;A;10;10;nord;thunderbolt;2;ja;ja;aktiv;\nEG;B;20;20;Nord;;;;;;\n`);
    expect((await desks()).map((desk) => desk.zoneId)).toEqual([zone.id, zone.id]);

    const response = await post('Etage;Platz;Monitore\nEG;A;3\n1. OG;B;\n');
    expect(response.body).toMatchObject({ created: 0, updated: 2, unchanged: 0 });
    const [a, b] = await desks();
    expect(a).toMatchObject({
      x: 10,
      docking: 'thunderbolt',
      monitors: 3,
      heightAdjustable: true,
      zoneId: zone.id,
    });
    expect(b).toMatchObject({ x: 20, zoneId: null });
  });

  it('tells subscribers which desks the import blocks', async () => {
    const events: ResourcesBlocked[] = [];
    t.app.get(DomainEvents).on(ResourcesBlocked, (event) => void events.push(event));
    await post('Etage;Platz\nEG;1\nEG;2\n');
    await post('Etage;Platz;Status\nEG;1;gesperrt\nEG;2;aktiv\nEG;3;gesperrt\n');
    const [one] = await desks();
    expect(events.map((event) => event.deskIds)).toEqual([[one.id]]);
  });

  it('imports rows given in code, for demo data and benchmarks', async () => {
    const service = t.app.get(DeskImportService);
    const report = await service.importRows(house.id, [
      { floor: 'EG', code: 'S.1', zone: 'Süd', monitors: 2 },
      { floor: 'EG', code: 'S.2', zone: 'Süd' },
    ]);
    expect(report).toEqual({ dryRun: false, rows: 2, created: 2, updated: 0, unchanged: 0, zonesCreated: 1 });
    const refusal = await service
      .importRows(house.id, [{ floor: 'Dach', code: 'S.3' }])
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).extensionsIn('en')).toEqual({
      errors: [
        {
          line: 1,
          column: 'floor',
          message: 'This building has no floor "Dach"; its floors: UG, EG, 1. OG, 2. OG, 3. OG.',
        },
      ],
    });
  });

  it('refuses what is no desk spreadsheet, and callers who may not import', async () => {
    const workbook = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    expect((await post(workbook)).body.errors).toEqual([
      { line: 1, message: expect.stringContaining('Excel-Arbeitsmappe') },
    ]);
    expect(
      (await post('Name;Nummer\nEG;1\n')).body.errors.map((error: { line: number }) => error.line),
    ).toEqual([1, 1, 1, 1]);
    expect((await post(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41))).statusCode).toBe(413);
    const employee = await t.make.person();
    expect(
      (
        await t.request(employee, 'POST', `/api/v1/buildings/${house.id}/desks/import`, {
          payload: 'Etage;Platz\n',
          headers: { 'content-type': 'text/csv' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.get(employee, `/api/v1/buildings/${house.id}/desks/export`)).statusCode).toBe(403);
    expect(await desks()).toHaveLength(0);
  });
});
