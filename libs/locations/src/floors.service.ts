import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { FloorInput, FloorView } from '@platzbuch/contracts';
import { DomainEvents } from '@platzbuch/platform';
import { BuildingsService } from './buildings.service';
import { definedOnly } from './defined-only';
import { Floor } from './floor.entity';
import { FloorPlansService } from './floor-plans.service';
import { duplicate, explainViolations, findOrFail, notFound } from './location-errors';
import { LocationRemoval } from './location-removal';
import { toFloorView } from './location-views';
import { naturalOrder } from './natural-order';
import { announcePlaceDetails } from './resource-events';

@Injectable()
export class FloorsService {
  constructor(
    @InjectRepository(Floor) private readonly floors: Repository<Floor>,
    private readonly buildings: BuildingsService,
    private readonly plans: FloorPlansService,
    private readonly removal: LocationRemoval,
    private readonly events: DomainEvents,
  ) {}

  /** The floors of a building from the lowest up. */
  async listOfBuilding(buildingId: string): Promise<FloorView[]> {
    await this.buildings.find(buildingId);
    const floors = await this.floors.findBy({ buildingId });
    floors.sort((a, b) => a.level - b.level || naturalOrder(a.name, b.name));
    const plans = await this.plans.summaries(floors.map((floor) => floor.id));
    return floors.map((floor) => toFloorView(floor, plans.get(floor.id)));
  }

  async get(id: string): Promise<FloorView> {
    const floor = await this.find(id);
    const plans = await this.plans.summaries([id]);
    return toFloorView(floor, plans.get(id));
  }

  async create(buildingId: string, input: FloorInput): Promise<FloorView> {
    const floor = this.floors.create({ buildingId, name: input.name, level: input.level });
    return toFloorView(await this.save(floor), undefined);
  }

  async update(id: string, changes: Partial<FloorInput>): Promise<FloorView> {
    const floor = await this.find(id);
    const before = { ...floor };
    await this.save(Object.assign(floor, definedOnly(changes)));
    await announcePlaceDetails(this.events, before, floor, ['name']);
    return this.get(id);
  }

  /** Deletes the floor with its plan, zones, desks and rooms; refused while any is booked ahead. */
  remove(id: string): Promise<void> {
    return this.removal.remove('floor', id);
  }

  /** The floor, or a 404. */
  find(id: string): Promise<Floor> {
    return findOrFail(this.floors, id, 'floor');
  }

  private save(floor: Floor): Promise<Floor> {
    return explainViolations(this.floors.save(floor), {
      unique: () => duplicate.floor(floor.name),
      foreignKey: () => notFound('building'),
    });
  }
}
