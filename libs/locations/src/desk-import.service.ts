import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { DeskImportReport, ImportError } from '@platzbuch/contracts';
import { PeopleService } from '@platzbuch/directory';
import { DomainError, DomainEvents, type Language } from '@platzbuch/platform';
import { Desk } from './desk.entity';
import { parseDeskCsv } from './desk-csv';
import { type DeskImportPlan, type NewZone, planDeskImport } from './desk-import-plan';
import {
  DESK_IMPORT_FIELDS,
  type DeskImportField,
  type DeskImportOptions,
  type DeskImportRow,
  type ImportProblem,
} from './desk-import-row';
import { Floor } from './floor.entity';
import { notFound } from './location-errors';
import { PlaceDetailsChanged, ResourcesBlocked } from './resource-events';
import { Zone } from './zone.entity';

// Rows per INSERT: 12 parameters each stays far below PostgreSQL's 65,535 a statement.
const CHUNK = 1_000;

// prettier-ignore
const DESK_COLUMNS = [
  'building_id', 'floor_id', 'code', 'x', 'y', 'zone_id', 'docking', 'monitors', 'height_adjustable', 'accessible',
  'status', 'assignee_id',
] as const;

/** Rows given in code name their columns by field. */
const FIELD_NAMES = new Map(DESK_IMPORT_FIELDS.map((field) => [field, field]));

/** A refused import: 400 with every problem, each in the language of the request. */
export class DeskImportRejectedError extends DomainError {
  constructor(
    private readonly problems: ImportProblem[],
    /** The columns by field, as the data names them, in the data's order. */
    private readonly columns: Map<DeskImportField, string>,
  ) {
    super('VALIDATION_FAILED', {
      de: `Die Daten enthalten ${problems.length} Fehler; es wurde nichts importiert.`,
      en: `The data has ${problems.length} error(s); nothing was imported.`,
    });
  }

  override extensionsIn(language: Language): { errors: ImportError[] } {
    const order = [...this.columns.keys()];
    const position = (field: DeskImportField | undefined) => (field ? order.indexOf(field) : -1);
    const errors = [...this.problems]
      .sort((a, b) => a.line - b.line || position(a.column) - position(b.column))
      .map(({ line, column, message }) => ({
        line,
        column: column && (this.columns.get(column) ?? column),
        message: message[language],
      }));
    return { errors };
  }
}

/**
 * Brings the desks of a building in line with a spreadsheet: checks every row first and writes
 * all of them or none, in one transaction; desks are matched by code, so importing the same file
 * again changes nothing.
 */
@Injectable()
export class DeskImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    private readonly events: DomainEvents,
  ) {}

  /** Imports a CSV file (see `parseDeskCsv`); problems name the file's own column headers. */
  async importCsv(
    buildingId: string,
    file: Buffer,
    options: DeskImportOptions = {},
  ): Promise<DeskImportReport> {
    const { rows, problems, headers } = parseDeskCsv(file);
    return this.run(buildingId, rows, problems, options, headers);
  }

  /** Imports rows built in code (demo data, benchmarks); a row's `line` defaults to its position. */
  importRows(
    buildingId: string,
    rows: DeskImportRow[],
    options: DeskImportOptions = {},
  ): Promise<DeskImportReport> {
    const numbered = rows.map((row, index) => ({ ...row, line: row.line ?? index + 1 }));
    return this.run(buildingId, numbered, [], options, FIELD_NAMES);
  }

  private async run(
    buildingId: string,
    rows: DeskImportRow[],
    earlier: ImportProblem[],
    { dryRun = false }: DeskImportOptions,
    columns: Map<DeskImportField, string>,
  ): Promise<DeskImportReport> {
    // Asked before the transaction: on the embedded database a query outside it would wait forever.
    const people = await this.people.findByEmails(
      rows.flatMap((row) => (typeof row.assignee === 'string' ? [row.assignee] : [])),
    );
    const report = await this.dataSource.transaction(async (manager) => {
      // One import per building at a time, so that the counts are exact and two files do not interleave.
      const building = await manager.query<unknown[]>('SELECT 1 FROM buildings WHERE id = $1 FOR UPDATE', [
        buildingId,
      ]);
      if (building.length === 0) throw notFound('building');
      const floors = await manager.find(Floor, {
        where: { buildingId },
        select: { id: true, name: true, level: true },
      });
      const zones = await manager.find(Zone, {
        where: { floorId: In(floors.map((floor) => floor.id)) },
        select: { id: true, floorId: true, name: true },
      });
      const desks = await manager.findBy(Desk, { buildingId });
      const plan = planDeskImport(rows, { floors, zones, desks, people });
      if (earlier.length > 0 || Array.isArray(plan)) {
        throw new DeskImportRejectedError([...earlier, ...(Array.isArray(plan) ? plan : [])], columns);
      }
      const report = {
        dryRun,
        rows: rows.length,
        zonesCreated: plan.newZones.length,
        unchanged: plan.unchanged,
      };
      if (dryRun) return { ...report, created: plan.created, updated: plan.updated };
      const written = await this.write(manager, buildingId, plan);
      if (plan.newlyBlocked.length > 0)
        await this.events.publish(new ResourcesBlocked(plan.newlyBlocked, [], manager));
      return { ...report, ...written };
    });
    // An updated desk may have moved to another floor, which its bookings then name.
    if (!report.dryRun && report.updated > 0) await this.events.publish(new PlaceDetailsChanged());
    return report;
  }

  /** Creates the new zones, then inserts or updates the desks in a few multi-row statements. */
  private async write(
    manager: EntityManager,
    buildingId: string,
    plan: DeskImportPlan,
  ): Promise<Pick<DeskImportReport, 'created' | 'updated'>> {
    const zoneIds = await this.createZones(manager, plan.newZones);
    let created = 0;
    for (let start = 0; start < plan.writes.length; start += CHUNK) {
      const chunk = plan.writes.slice(start, start + CHUNK);
      const values = chunk.map(
        (_, row) =>
          `(${DESK_COLUMNS.map((_column, column) => `$${row * DESK_COLUMNS.length + column + 1}`).join(', ')})`,
      );
      const parameters = chunk.flatMap((desk) => [
        buildingId,
        desk.floorId,
        desk.code,
        desk.x,
        desk.y,
        desk.zone === null ? null : 'id' in desk.zone ? desk.zone.id : zoneIds.get(desk.zone)!,
        desk.docking,
        desk.monitors,
        desk.heightAdjustable,
        desk.accessible,
        desk.status,
        desk.assigneeId,
      ]);
      const rows = await manager.query<{ created: boolean }[]>(
        `INSERT INTO desks (${DESK_COLUMNS.join(', ')}) VALUES ${values.join(', ')}
         ON CONFLICT (building_id, code) DO UPDATE SET
           ${DESK_COLUMNS.slice(1)
             .map((column) => `${column} = EXCLUDED.${column}`)
             .join(', ')}, updated_at = now()
         RETURNING (xmax = 0) AS created`,
        parameters,
      );
      created += rows.filter((row) => row.created).length;
    }
    return { created, updated: plan.writes.length - created };
  }

  private async createZones(manager: EntityManager, zones: NewZone[]): Promise<Map<NewZone, string>> {
    if (zones.length === 0) return new Map();
    // A zone of that name created meanwhile by someone else is simply used.
    const rows = await manager.query<{ id: string; floor_id: string; name: string }[]>(
      `INSERT INTO zones (floor_id, name)
       SELECT * FROM unnest($1::uuid[], $2::varchar[])
       ON CONFLICT (floor_id, name) DO UPDATE SET name = EXCLUDED.name
       RETURNING id, floor_id, name`,
      [zones.map((zone) => zone.floorId), zones.map((zone) => zone.name)],
    );
    const ids = new Map(rows.map((row) => [`${row.floor_id}/${row.name}`, row.id]));
    return new Map(zones.map((zone) => [zone, ids.get(`${zone.floorId}/${zone.name}`)!]));
  }
}
