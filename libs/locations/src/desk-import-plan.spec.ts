import { DESK_DEFAULTS, type Desk } from './desk.entity';
import { type BuildingState, type DeskImportPlan, planDeskImport } from './desk-import-plan';
import type { DeskImportRow, ImportProblem } from './desk-import-row';

const EG = { id: 'floor-eg', name: 'EG', level: 0 };
const OG = { id: 'floor-og', name: '1. OG', level: 1 };
const NORTH = { id: 'zone-north', floorId: EG.id, name: 'Nord' };

function desk(overrides: Partial<Desk>): Desk {
  return {
    ...DESK_DEFAULTS,
    id: 'desk-1',
    buildingId: 'b',
    floorId: EG.id,
    code: '1',
    zoneId: null,
    assigneeId: null,
    ...overrides,
  } as Desk;
}

function state(overrides: Partial<BuildingState> = {}): BuildingState {
  return {
    floors: [OG, EG],
    zones: [NORTH],
    desks: [],
    people: new Map([
      ['erika@example.org', { id: 'erika', active: true }],
      ['max@example.org', { id: 'max', active: false }],
    ]),
    ...overrides,
  };
}

const planned = (rows: DeskImportRow[], building = state()) =>
  planDeskImport(rows, building) as DeskImportPlan;
const problems = (rows: DeskImportRow[], building = state()) =>
  (planDeskImport(rows, building) as ImportProblem[]).map(({ line, column, message }) => ({
    line,
    column,
    en: message.en,
  }));

describe('planDeskImport', () => {
  it('creates a desk with the defaults for what the row leaves out', () => {
    const plan = planned([{ floor: 'EG', code: '1.01', monitors: 2 }]);
    expect(plan).toMatchObject({ created: 1, updated: 0, unchanged: 0, newZones: [] });
    expect(plan.writes).toEqual([
      { ...DESK_DEFAULTS, monitors: 2, floorId: EG.id, code: '1.01', zone: null, assigneeId: null },
    ]);
  });

  it('keeps what an existing desk has where the row says nothing, and counts a same row unchanged', () => {
    const existing = desk({
      code: '1',
      x: 12.3,
      zoneId: NORTH.id,
      assigneeId: 'erika',
      docking: 'thunderbolt',
    });
    expect(planned([{ floor: 'EG', code: '1' }], state({ desks: [existing] }))).toMatchObject({
      unchanged: 1,
      writes: [],
    });
    const plan = planned([{ floor: 'EG', code: '1', monitors: 3 }], state({ desks: [existing] }));
    expect(plan.updated).toBe(1);
    expect(plan.writes[0]).toMatchObject({
      x: 12.3,
      zone: { id: NORTH.id },
      assigneeId: 'erika',
      docking: 'thunderbolt',
      monitors: 3,
    });
  });

  it('compares positions at the precision they are stored with', () => {
    const existing = desk({ code: '1', x: Math.fround(33.3) });
    expect(planned([{ floor: 'EG', code: '1', x: 33.3 }], state({ desks: [existing] })).unchanged).toBe(1);
  });

  it('finds zones by name on the row’s floor, ignoring case, and creates a missing one once', () => {
    const plan = planned([
      { floor: 'EG', code: '1', zone: 'nord' },
      { floor: 'EG', code: '2', zone: 'Süd' },
      { floor: 'eg', code: '3', zone: 'SÜD' },
      { floor: '1. OG', code: '4', zone: 'Nord' },
    ]);
    expect(plan.newZones).toEqual([
      { floorId: EG.id, name: 'Süd' },
      { floorId: OG.id, name: 'Nord' },
    ]);
    expect(plan.writes.map((write) => write.zone)).toEqual([
      { id: NORTH.id },
      plan.newZones[0],
      plan.newZones[0],
      plan.newZones[1],
    ]);
  });

  it('takes a desk out of its zone when it moves to another floor, or when the row clears the zone', () => {
    const existing = desk({ code: '1', zoneId: NORTH.id });
    expect(planned([{ floor: '1. OG', code: '1' }], state({ desks: [existing] })).writes[0]).toMatchObject({
      floorId: OG.id,
      zone: null,
    });
    expect(
      planned([{ floor: 'EG', code: '1', zone: null }], state({ desks: [existing] })).writes[0].zone,
    ).toBeNull();
  });

  it('names desks that the import blocks, so that bookings can hear of it', () => {
    const active = desk({ id: 'a', code: '1' });
    const blocked = desk({ id: 'b', code: '2', status: 'blocked' });
    const plan = planned(
      [
        { floor: 'EG', code: '1', status: 'blocked' },
        { floor: 'EG', code: '2', status: 'blocked', monitors: 0 },
        { floor: 'EG', code: '3', status: 'blocked' },
      ],
      state({ desks: [active, blocked] }),
    );
    expect(plan.newlyBlocked).toEqual(['a']);
  });

  it('assigns desks to active people by address, and lets one who left keep a desk', () => {
    expect(planned([{ floor: 'EG', code: '1', assignee: ' Erika@Example.org ' }]).writes[0].assigneeId).toBe(
      'erika',
    );
    const kept = desk({ code: '1', assigneeId: 'max' });
    expect(
      planned([{ floor: 'EG', code: '1', assignee: 'max@example.org' }], state({ desks: [kept] })).unchanged,
    ).toBe(1);
    expect(problems([{ floor: 'EG', code: '2', assignee: 'max@example.org' }])).toEqual([
      { line: 1, column: 'assignee', en: '"max@example.org" is no longer active.' },
    ]);
    expect(problems([{ floor: 'EG', code: '2', assignee: 'nobody@example.org' }])[0].en).toBe(
      'Nobody has the address "nobody@example.org".',
    );
  });

  it('reports every problem of every row, with its line', () => {
    expect(
      problems([
        { line: 2, floor: 'EG', code: '1' },
        { line: 3, floor: 'Dach', code: '1', x: 101, y: -1, monitors: 4 },
        { line: 4, floor: '', code: ' ', zone: '', docking: 'wifi' as never, status: 'broken' as never },
        { line: 5, floor: 'EG', code: 'x'.repeat(65), heightAdjustable: 'ja' as never },
      ]),
    ).toEqual([
      { line: 3, column: 'code', en: 'Desk "1" already appears on line 2.' },
      { line: 3, column: 'floor', en: 'This building has no floor "Dach"; its floors: EG, 1. OG.' },
      { line: 3, column: 'x', en: 'x must be from 0 to 100 (percent of the plan).' },
      { line: 3, column: 'y', en: 'y must be from 0 to 100 (percent of the plan).' },
      { line: 3, column: 'monitors', en: 'monitors must be a whole number from 0 to 3.' },
      { line: 4, column: 'code', en: 'The value is missing.' },
      { line: 4, column: 'floor', en: 'The value is missing.' },
      { line: 4, column: 'zone', en: 'The value is missing.' },
      { line: 4, column: 'docking', en: 'docking must be one of none, usb-c, thunderbolt.' },
      { line: 4, column: 'status', en: 'status must be one of active, blocked.' },
      { line: 5, column: 'code', en: 'At most 64 characters.' },
      { line: 5, column: 'heightAdjustable', en: 'heightAdjustable must be true or false.' },
    ]);
  });

  it('says when the building has no floors at all', () => {
    expect(problems([{ floor: 'EG', code: '1' }], state({ floors: [] }))[0].en).toBe(
      'There is no floor "EG"; the building has no floors yet.',
    );
  });
});
