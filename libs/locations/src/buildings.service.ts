import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { BuildingInput, BuildingView } from '@platzbuch/contracts';
import { APP_CONFIG, type AppConfig, DomainEvents } from '@platzbuch/platform';
import { Building } from './building.entity';
import { definedOnly } from './defined-only';
import { duplicate, explainViolations, findOrFail } from './location-errors';
import { LocationRemoval } from './location-removal';
import { toBuildingView } from './location-views';
import { sortNaturally } from './natural-order';
import { announcePlaceDetails } from './resource-events';

@Injectable()
export class BuildingsService {
  constructor(
    @InjectRepository(Building) private readonly buildings: Repository<Building>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly removal: LocationRemoval,
    private readonly events: DomainEvents,
  ) {}

  /** Every building, by name; a city has dozens, not thousands. */
  async list(): Promise<BuildingView[]> {
    return sortNaturally(await this.buildings.find(), (building) => building.name).map(toBuildingView);
  }

  async get(id: string): Promise<BuildingView> {
    return toBuildingView(await this.find(id));
  }

  /** A new building, reckoned in the organisation's time zone unless it names its own. */
  async create(input: BuildingInput): Promise<BuildingView> {
    const building = this.buildings.create({
      name: input.name,
      address: input.address ?? null,
      timezone: canonicalZone(input.timezone ?? this.config.orgTimezone),
    });
    return toBuildingView(await this.save(building));
  }

  async update(id: string, changes: Partial<BuildingInput>): Promise<BuildingView> {
    const building = await this.find(id);
    const before = { ...building };
    const { timezone, ...rest } = definedOnly(changes);
    Object.assign(building, rest, timezone ? { timezone: canonicalZone(timezone) } : {});
    const saved = await this.save(building);
    await announcePlaceDetails(this.events, before, saved, ['name', 'timezone']);
    return toBuildingView(saved);
  }

  /** Deletes the building with its floors, plans, zones, desks and rooms; refused while any is booked ahead. */
  remove(id: string): Promise<void> {
    return this.removal.remove('building', id);
  }

  /** The building, or a 404. */
  find(id: string): Promise<Building> {
    return findOrFail(this.buildings, id, 'building');
  }

  private save(building: Building): Promise<Building> {
    return explainViolations(this.buildings.save(building), {
      unique: () => duplicate.building(building.name),
    });
  }
}

/** The zone's name as the time zone database spells it ("europe/berlin" → "Europe/Berlin"). */
function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}
