import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { ZoneInput, ZoneView } from '@platzbuch/contracts';
import { DepartmentsService } from '@platzbuch/directory';
import { ValidationError } from '@platzbuch/platform';
import { definedOnly } from './defined-only';
import { FloorsService } from './floors.service';
import { duplicate, explainViolations, findOrFail, notFound } from './location-errors';
import { toZoneView } from './location-views';
import { sortNaturally } from './natural-order';
import { Zone } from './zone.entity';

@Injectable()
export class ZonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Zone) private readonly zones: Repository<Zone>,
    private readonly floors: FloorsService,
    private readonly departments: DepartmentsService,
  ) {}

  /** Every zone of a floor, by name. */
  async listOfFloor(floorId: string): Promise<ZoneView[]> {
    await this.floors.find(floorId);
    const zones = sortNaturally(await this.zones.findBy({ floorId }), (zone) => zone.name);
    const names = await this.departments.namesOf(zones.flatMap((zone) => zone.departmentId ?? []));
    return zones.map((zone) =>
      toZoneView(zone, zone.departmentId ? (names.get(zone.departmentId) ?? null) : null),
    );
  }

  async create(floorId: string, input: ZoneInput): Promise<ZoneView> {
    const department = await this.departmentName(input.departmentId ?? null);
    const zone = this.zones.create({ floorId, name: input.name, departmentId: input.departmentId ?? null });
    return toZoneView(await this.save(zone), department);
  }

  async update(id: string, changes: Partial<ZoneInput>): Promise<ZoneView> {
    const zone = Object.assign(await findOrFail(this.zones, id, 'zone'), definedOnly(changes));
    const department = await this.departmentName(zone.departmentId);
    return toZoneView(await this.save(zone), department);
  }

  /** Deletes a zone; its desks stay where they are, in no zone. */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locked first, so that no desk joins the zone between clearing its desks and deleting it.
      const zone = await manager.findOne(Zone, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!zone) throw notFound('zone');
      await manager.query(`UPDATE desks SET zone_id = NULL, updated_at = now() WHERE zone_id = $1`, [id]);
      await manager.delete(Zone, { id });
    });
  }

  private save(zone: Zone): Promise<Zone> {
    return explainViolations(this.zones.save(zone), {
      unique: () => duplicate.zone(zone.name),
      foreignKey: (constraint) =>
        constraint === this.departmentForeignKey ? unknownDepartment() : notFound('floor'),
    });
  }

  /** The department's name, or a 400 when there is no such department. */
  private async departmentName(departmentId: string | null): Promise<string | null> {
    if (!departmentId) return null;
    const name = (await this.departments.namesOf([departmentId])).get(departmentId);
    if (name === undefined) throw unknownDepartment();
    return name;
  }

  private get departmentForeignKey(): string | undefined {
    return this.zones.metadata.foreignKeys.find((key) => key.columnNames.includes('department_id'))?.name;
  }
}

function unknownDepartment(): ValidationError {
  return new ValidationError({ de: 'Diese Abteilung gibt es nicht.', en: 'There is no such department.' }, [
    { field: 'departmentId', message: 'departmentId names no department' },
  ]);
}
