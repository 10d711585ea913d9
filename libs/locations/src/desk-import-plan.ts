import type { Localized } from '@platzbuch/platform';
import { DESK_DEFAULTS, type Desk, DOCKING_KINDS, RESOURCE_STATUSES } from './desk.entity';
import { definedOnly } from './defined-only';
import type { DeskImportField, DeskImportRow, ImportProblem } from './desk-import-row';
import { naturalOrder } from './natural-order';

/** What the building holds before the import, as far as the import needs it. */
export interface BuildingState {
  floors: { id: string; name: string; level: number }[];
  zones: { id: string; floorId: string; name: string }[];
  desks: Desk[];
  /** People named as assignees, by their address in lower case. */
  people: Map<string, { id: string; active: boolean }>;
}

/** A zone the import creates. */
export interface NewZone {
  floorId: string;
  name: string;
}

/** A desk to insert or update, complete; its zone is an existing one or one the import creates. */
export type PlannedDesk = Pick<
  Desk,
  | 'floorId'
  | 'code'
  | 'x'
  | 'y'
  | 'docking'
  | 'monitors'
  | 'heightAdjustable'
  | 'accessible'
  | 'status'
  | 'assigneeId'
> & { zone: { id: string } | NewZone | null };

export interface DeskImportPlan {
  newZones: NewZone[];
  /** New and changed desks; unchanged ones are left alone. */
  writes: PlannedDesk[];
  created: number;
  updated: number;
  unchanged: number;
  /** Existing desks that the import takes out of use. */
  newlyBlocked: string[];
}

/**
 * Checks every row against the building and works out what to write: a plan, or every problem
 * found. Pure, so that a dry run and the real import agree, and the rules can be tested alone.
 */
export function planDeskImport(
  rows: DeskImportRow[],
  state: BuildingState,
): DeskImportPlan | ImportProblem[] {
  const problems: ImportProblem[] = [];
  const floors = floorFinder(state.floors);
  const zones = zoneFinder(state.zones);
  const existing = new Map(state.desks.map((desk) => [desk.code, desk]));
  const firstLine = new Map<string, number>();
  const plan: DeskImportPlan = {
    newZones: [],
    writes: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    newlyBlocked: [],
  };

  rows.forEach((row, index) => {
    const line = row.line ?? index + 1;
    const report = (column: DeskImportField, de: string, en: string) =>
      problems.push({ line, column, message: { de, en } });
    const before = problems.length;

    const code = checkLabel(row.code, 64, (message) => report('code', message.de, message.en));
    if (code !== undefined) {
      const seen = firstLine.get(code);
      if (seen !== undefined) {
        report(
          'code',
          `Der Platz „${code}“ steht schon in Zeile ${seen}.`,
          `Desk "${code}" already appears on line ${seen}.`,
        );
      } else firstLine.set(code, line);
    }
    const floorName = checkLabel(row.floor, 100, (message) => report('floor', message.de, message.en));
    const floor = floorName === undefined ? undefined : floors.find(floorName);
    if (floorName !== undefined && !floor) {
      report('floor', ...floors.unknown(floorName));
    }
    for (const axis of ['x', 'y'] as const) {
      const value = row[axis];
      if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 100)) {
        report(
          axis,
          `${axis} muss zwischen 0 und 100 liegen (Prozent des Plans).`,
          `${axis} must be from 0 to 100 (percent of the plan).`,
        );
      }
    }
    const zoneName =
      row.zone === undefined || row.zone === null
        ? row.zone
        : checkLabel(row.zone, 100, (message) => report('zone', message.de, message.en));
    if (row.docking !== undefined && !(DOCKING_KINDS as readonly unknown[]).includes(row.docking)) {
      report(
        'docking',
        `Docking muss eines von ${DOCKING_KINDS.join(', ')} sein.`,
        `docking must be one of ${DOCKING_KINDS.join(', ')}.`,
      );
    }
    if (
      row.monitors !== undefined &&
      !(Number.isInteger(row.monitors) && row.monitors >= 0 && row.monitors <= 3)
    ) {
      report('monitors', 'Es sind 0 bis 3 Monitore möglich.', 'monitors must be a whole number from 0 to 3.');
    }
    for (const field of ['heightAdjustable', 'accessible'] as const) {
      if (row[field] !== undefined && typeof row[field] !== 'boolean') {
        report(field, 'Erwartet wird ja oder nein.', `${field} must be true or false.`);
      }
    }
    if (row.status !== undefined && !(RESOURCE_STATUSES as readonly unknown[]).includes(row.status)) {
      report(
        'status',
        `Status muss eines von ${RESOURCE_STATUSES.join(', ')} sein.`,
        `status must be one of ${RESOURCE_STATUSES.join(', ')}.`,
      );
    }
    const current = code === undefined ? undefined : existing.get(code);
    const assigneeId = resolveAssignee(row.assignee, current, state.people, (de, en) =>
      report('assignee', de, en),
    );

    if (problems.length > before || code === undefined || !floor) return;
    const keepsFloor = current?.floorId === floor.id;
    const desk: PlannedDesk = {
      ...DESK_DEFAULTS,
      ...(current && equipmentAndPlace(current)),
      ...definedOnly(equipmentAndPlace(row)),
      floorId: floor.id,
      code,
      zone:
        zoneName === undefined
          ? keepsFloor && current.zoneId
            ? { id: current.zoneId }
            : null
          : zoneName === null
            ? null
            : zones.resolve(floor.id, zoneName, plan.newZones),
      assigneeId: assigneeId === undefined ? (current?.assigneeId ?? null) : assigneeId,
    };
    if (!current) {
      plan.created++;
      plan.writes.push(desk);
    } else if (isSame(current, desk)) {
      plan.unchanged++;
    } else {
      plan.updated++;
      plan.writes.push(desk);
      if (current.status === 'active' && desk.status === 'blocked') plan.newlyBlocked.push(current.id);
    }
  });
  return problems.length > 0 ? problems : plan;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function checkLabel(
  value: unknown,
  maxLength: number,
  report: (message: Localized) => void,
): string | undefined {
  const label = typeof value === 'string' ? value.trim() : '';
  if (label === '') {
    report({ de: 'Der Wert fehlt.', en: 'The value is missing.' });
  } else if (label.length > maxLength) {
    report({ de: `Höchstens ${maxLength} Zeichen.`, en: `At most ${maxLength} characters.` });
  } else if (CONTROL_CHARACTER.test(label)) {
    report({ de: 'Steuerzeichen sind nicht erlaubt.', en: 'Control characters are not allowed.' });
  } else {
    return label;
  }
  return undefined;
}

/** Floors by name: exactly as written, else ignoring case when that leaves one. */
function floorFinder(floors: BuildingState['floors']) {
  const known = [...floors]
    .sort((a, b) => a.level - b.level || naturalOrder(a.name, b.name))
    .map((floor) => floor.name);
  return {
    find: (name: string) =>
      floors.find((floor) => floor.name === name) ??
      only(floors.filter((floor) => floor.name.toLowerCase() === name.toLowerCase())),
    unknown: (name: string): [string, string] =>
      known.length === 0
        ? [
            `Die Etage „${name}“ gibt es nicht; das Gebäude hat noch keine Etagen.`,
            `There is no floor "${name}"; the building has no floors yet.`,
          ]
        : [
            `Die Etage „${name}“ gibt es in diesem Gebäude nicht; vorhanden: ${known.join(', ')}.`,
            `This building has no floor "${name}"; its floors: ${known.join(', ')}.`,
          ],
  };
}

/** Zones by floor and name (ignoring case, so "Nord" and "nord" are one), new ones collected. */
function zoneFinder(zones: BuildingState['zones']) {
  const key = (floorId: string, name: string) => `${floorId}\u0000${name.toLowerCase()}`;
  const known = new Map<string, { id: string } | NewZone>(
    zones.map((zone) => [key(zone.floorId, zone.name), { id: zone.id }]),
  );
  return {
    resolve(floorId: string, name: string, created: NewZone[]): { id: string } | NewZone {
      const exact = zones.find((zone) => zone.floorId === floorId && zone.name === name);
      if (exact) return { id: exact.id };
      let zone = known.get(key(floorId, name));
      if (!zone) {
        zone = { floorId, name };
        known.set(key(floorId, name), zone);
        created.push(zone);
      }
      return zone;
    },
  };
}

/**
 * The assignee's id; undefined when the row leaves it out. Only an active person may be given a
 * desk, though a desk may stay with one who has since left until the row names someone else.
 */
function resolveAssignee(
  assignee: string | null | undefined,
  current: Desk | undefined,
  people: BuildingState['people'],
  report: (de: string, en: string) => void,
): string | null | undefined {
  if (assignee === undefined || assignee === null) return assignee;
  const person = typeof assignee === 'string' ? people.get(assignee.trim().toLowerCase()) : undefined;
  if (!person) {
    report(`Niemand hat die Adresse „${assignee}“.`, `Nobody has the address "${assignee}".`);
  } else if (!person.active && person.id !== current?.assigneeId) {
    report(`„${assignee}“ ist nicht mehr aktiv.`, `"${assignee}" is no longer active.`);
  } else {
    return person.id;
  }
  return undefined;
}

function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** The values a row may leave out, so that the desk keeps them. */
function equipmentAndPlace({
  x,
  y,
  docking,
  monitors,
  heightAdjustable,
  accessible,
  status,
}: DeskImportRow | Desk) {
  return { x, y, docking, monitors, heightAdjustable, accessible, status };
}

function isSame(current: Desk, desk: PlannedDesk): boolean {
  return (
    current.floorId === desk.floorId &&
    // Positions are stored as `real`: compared at that precision.
    Math.fround(current.x) === Math.fround(desk.x) &&
    Math.fround(current.y) === Math.fround(desk.y) &&
    current.zoneId === (desk.zone === null ? null : 'id' in desk.zone ? desk.zone.id : undefined) &&
    current.docking === desk.docking &&
    current.monitors === desk.monitors &&
    current.heightAdjustable === desk.heightAdjustable &&
    current.accessible === desk.accessible &&
    current.status === desk.status &&
    current.assigneeId === desk.assigneeId
  );
}
