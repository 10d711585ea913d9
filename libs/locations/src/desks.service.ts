import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import type { DeskInput, DeskView } from '@platzbuch/contracts';
import { PeopleService } from '@platzbuch/directory';
import { DomainEvents, ValidationError } from '@platzbuch/platform';
import { BuildingsService } from './buildings.service';
import { definedOnly } from './defined-only';
import { DESK_DEFAULTS, Desk } from './desk.entity';
import { type DeskCsvFile, formatDeskCsv } from './desk-csv';
import { Floor } from './floor.entity';
import { FloorsService } from './floors.service';
import { duplicate, explainViolations, findOrFail, notFound } from './location-errors';
import { LocationRemoval } from './location-removal';
import { toDeskView } from './location-views';
import { naturalOrder, sortNaturally } from './natural-order';
import { announcePlaceDetails, ResourcesBlocked } from './resource-events';
import { Zone } from './zone.entity';

@Injectable()
export class DesksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Desk) private readonly desks: Repository<Desk>,
    private readonly buildings: BuildingsService,
    private readonly floors: FloorsService,
    private readonly people: PeopleService,
    private readonly events: DomainEvents,
    private readonly removal: LocationRemoval,
  ) {}

  /** Every desk of a floor (a plan needs them all), codes in natural order: 3.2 before 3.10. */
  async listOfFloor(floorId: string): Promise<DeskView[]> {
    await this.floors.find(floorId);
    return sortNaturally(await this.desks.findBy({ floorId }), (desk) => desk.code).map(toDeskView);
  }

  async get(id: string): Promise<DeskView> {
    return toDeskView(await findOrFail(this.desks, id, 'desk'));
  }

  async create(floorId: string, input: DeskInput): Promise<DeskView> {
    const floor = await this.floors.find(floorId);
    await this.checkAssignee(input.assigneeId);
    const desk = this.desks.create({
      ...DESK_DEFAULTS,
      ...definedOnly({ x: input.x, y: input.y, status: input.status, ...input.equipment }),
      buildingId: floor.buildingId,
      floorId,
      code: input.code,
      zoneId: input.zoneId ?? null,
      assigneeId: input.assigneeId ?? null,
    });
    return toDeskView(await this.save(this.dataSource.manager, desk));
  }

  /** Changes a desk; blocking it tells subscribers of `ResourcesBlocked` in the same transaction. */
  async update(id: string, changes: Partial<DeskInput>): Promise<DeskView> {
    const { equipment, ...rest } = definedOnly(changes);
    await this.checkAssignee(rest.assigneeId, id);
    const [before, saved] = await this.dataSource.transaction(async (manager) => {
      const desk = await manager.findOne(Desk, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!desk) throw notFound('desk');
      const unchanged = { ...desk };
      Object.assign(desk, rest, definedOnly(equipment ?? {}));
      const changed = await this.save(manager, desk);
      if (unchanged.status !== 'blocked' && changed.status === 'blocked') {
        await this.events.publish(new ResourcesBlocked([id], [], manager));
      }
      return [unchanged, changed];
    });
    await announcePlaceDetails(this.events, before, saved, ['code', 'floorId']);
    return toDeskView(saved);
  }

  /** Deletes a desk; refused while it is booked ahead. */
  remove(id: string): Promise<void> {
    return this.removal.remove('desk', id);
  }

  /**
   * All desks of a building as a spreadsheet (the format the import reads), floor by floor from the
   * lowest, codes in natural order.
   */
  async exportCsv(buildingId: string): Promise<DeskCsvFile> {
    const building = await this.buildings.find(buildingId);
    const floors = await this.dataSource.manager.findBy(Floor, { buildingId });
    const zones = await this.dataSource.manager.findBy(Zone, {
      floorId: In(floors.map((floor) => floor.id)),
    });
    const desks = await this.desks.findBy({ buildingId });
    const emails = await this.people.emailsOf(desks.flatMap((desk) => desk.assigneeId ?? []));
    const floorById = new Map(floors.map((floor) => [floor.id, floor]));
    const zoneNames = new Map(zones.map((zone) => [zone.id, zone.name]));
    const position = (desk: Desk) => floorById.get(desk.floorId)!;
    desks.sort(
      (a, b) =>
        position(a).level - position(b).level ||
        naturalOrder(position(a).name, position(b).name) ||
        naturalOrder(a.code, b.code),
    );
    return formatDeskCsv(
      building.name,
      desks.map((desk) => ({
        floor: position(desk).name,
        code: desk.code,
        x: desk.x,
        y: desk.y,
        zone: desk.zoneId ? (zoneNames.get(desk.zoneId) ?? null) : null,
        docking: desk.docking,
        monitors: desk.monitors,
        heightAdjustable: desk.heightAdjustable,
        accessible: desk.accessible,
        status: desk.status,
        assignee: desk.assigneeId ? (emails.get(desk.assigneeId) ?? null) : null,
      })),
    );
  }

  /** A fixed desk goes to an active person; one who has since left may keep the desk they hold. */
  private async checkAssignee(assigneeId: string | null | undefined, deskId?: string): Promise<void> {
    if (!assigneeId || (await this.people.activeIds([assigneeId])).has(assigneeId)) return;
    const current = deskId ? (await findOrFail(this.desks, deskId, 'desk')).assigneeId : null;
    if (assigneeId !== current) throw inactiveAssignee();
  }

  private save(manager: EntityManager, desk: Desk): Promise<Desk> {
    const foreignKey = (column: string) =>
      this.desks.metadata.foreignKeys.find((key) => key.columnNames.includes(column))?.name;
    return explainViolations(manager.save(desk), {
      unique: () => duplicate.desk(desk.code),
      foreignKey: (constraint) =>
        constraint === foreignKey('zone_id')
          ? zoneNotOnFloor()
          : constraint === foreignKey('assignee_id')
            ? inactiveAssignee()
            : notFound('floor'),
    });
  }
}

function zoneNotOnFloor(): ValidationError {
  return new ValidationError(
    {
      de: 'Dieser Bereich liegt nicht auf der Etage des Platzes.',
      en: "The zone is not on the desk's floor.",
    },
    [{ field: 'zoneId', message: "zoneId must name a zone on the desk's floor" }],
  );
}

function inactiveAssignee(): ValidationError {
  return new ValidationError(
    {
      de: 'Ein fester Platz kann nur einer aktiven Person zugewiesen werden.',
      en: 'A fixed desk can only be assigned to an active person.',
    },
    [{ field: 'assigneeId', message: 'assigneeId must name an active person' }],
  );
}
