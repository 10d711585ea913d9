import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DateTime } from 'luxon';
import { BookingsService, publicHolidays } from '@platzbuch/bookings';
import { DepartmentsService, DirectoryImportService } from '@platzbuch/directory';
import {
  BuildingsService,
  DeskImportService,
  DesksService,
  FloorPlansService,
  FloorsService,
  RoomsService,
  ZonesService,
} from '@platzbuch/locations';
import { APP_CONFIG, type AppConfig, Clock, LockManager } from '@platzbuch/platform';
import { type Booker, generateBookings, type SeatedDesk } from './bookings';
import { type DemoBuilding, generateBuildings } from './buildings';
import { type DemoPerson, generatePeople } from './organisation';
import { SeededRandom } from './random';

/** The tenant of the demo people when no Entra tenant is configured. */
export const DEMO_TENANT_ID = '00000000-0000-4000-8000-00000000de00';
const SEED = 2026;
const PAST_DAYS = 56;
const FUTURE_DAYS = 14;

/**
 * Fills an empty installation with the demo administration when `SEED_DEMO` is on: people,
 * buildings with plans and desks, and bookings from eight weeks back to two weeks ahead. Everything
 * goes through the domains' own services, so the demo obeys the same rules as real data. Runs on
 * one instance only, and never touches a database that has anyone in it.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly locks: LockManager,
    private readonly clock: Clock,
    private readonly directory: DirectoryImportService,
    private readonly departments: DepartmentsService,
    private readonly buildings: BuildingsService,
    private readonly floors: FloorsService,
    private readonly plans: FloorPlansService,
    private readonly zones: ZonesService,
    private readonly desks: DesksService,
    private readonly deskImport: DeskImportService,
    private readonly rooms: RoomsService,
    private readonly bookings: BookingsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    await this.locks.tryRun('demo:seed', 5 * 60_000, async () => {
      if (!(await this.directory.isEmpty())) return;
      const started = Date.now();
      const counts = await this.seed();
      this.logger.log(
        `seeded demo data in ${Date.now() - started} ms: ${counts.people} people, ${counts.desks} desks, ` +
          `${counts.rooms} rooms, ${counts.bookings} bookings`,
      );
    });
  }

  private async seed(): Promise<{ people: number; desks: number; rooms: number; bookings: number }> {
    const people = generatePeople(new SeededRandom(SEED));
    const buildings = generateBuildings(new SeededRandom(SEED), people);

    const personIds = await this.directory.importPeople(
      this.config.entra?.tenantId ?? DEMO_TENANT_ID,
      people.map((person) => ({
        objectId: person.objectId,
        displayName: person.displayName,
        email: person.email,
        department: person.department,
        jobTitle: person.jobTitle,
        deviceProfile: person.deviceProfile,
        roles: person.roles,
        managerObjectId: person.managerIndex === null ? null : people[person.managerIndex].objectId,
      })),
    );
    const departments = await this.departments.ensure(people.map((person) => person.department));

    const desks: SeatedDesk[] = [];
    const rooms: { id: string; timezone: string }[] = [];
    for (const building of buildings) {
      const placed = await this.placeBuilding(building, people, departments);
      desks.push(...placed.desks);
      rooms.push(...placed.rooms);
    }

    const fixed = new Set(
      buildings.flatMap((b) =>
        b.floors.flatMap((f) => f.desks.flatMap((d) => (d.assigneeIndex === null ? [] : [d.assigneeIndex]))),
      ),
    );
    const random = new SeededRandom(SEED);
    const bookers: Booker[] = people.map((person, index) => ({
      id: personIds.get(person.objectId)!,
      department: person.department,
      officeDays: fixed.has(index) ? 0 : officeDays(random, person),
    }));
    const now = this.clock.now();
    const today = DateTime.fromJSDate(now, { zone: this.config.orgTimezone }).startOf('day');
    const from = today.minus({ days: PAST_DAYS });
    const to = today.plus({ days: FUTURE_DAYS });
    const closed = new Set(
      [...new Set([from.year, to.year])].flatMap((year) =>
        publicHolidays(year, 'NW').map((holiday) => holiday.date),
      ),
    );
    const generated = generateBookings(random, bookers, desks, rooms, {
      from: from.toISODate()!,
      to: to.toISODate()!,
      now,
      closed,
    });
    const written = await this.bookings.importHistory(generated);
    return { people: personIds.size, desks: desks.length, rooms: rooms.length, bookings: written };
  }

  /** One building through the locations services: floors, plans, zones, rooms, then its desks at once. */
  private async placeBuilding(
    building: DemoBuilding,
    people: DemoPerson[],
    departments: Map<string, string>,
  ): Promise<{ desks: SeatedDesk[]; rooms: { id: string; timezone: string }[] }> {
    const created = await this.buildings.create({
      name: building.name,
      address: building.address,
      timezone: this.config.orgTimezone,
    });
    const floorIds = new Map<string, string>();
    const zoneDepartments = new Map<string, string | null>();
    const rooms: { id: string; timezone: string }[] = [];
    for (const floor of building.floors) {
      const { id: floorId } = await this.floors.create(created.id, { name: floor.name, level: floor.level });
      floorIds.set(floor.name, floorId);
      await this.plans.replace(floorId, {
        content: Buffer.from(floor.svg),
        mediaType: 'image/svg+xml',
        filename: `${floor.name}.svg`,
      });
      for (const zone of floor.zones) {
        const departmentId = zone.department === null ? null : departments.get(zone.department)!;
        const { id } = await this.zones.create(floorId, { name: zone.name, departmentId });
        zoneDepartments.set(id, zone.department);
      }
      for (const room of floor.rooms) {
        const { id } = await this.rooms.create(floorId, room);
        rooms.push({ id, timezone: created.timezone });
      }
    }
    await this.deskImport.importRows(
      created.id,
      building.floors.flatMap((floor) =>
        floor.desks.map((desk) => ({
          floor: floor.name,
          code: desk.code,
          x: desk.x,
          y: desk.y,
          zone: desk.zone,
          docking: desk.docking,
          monitors: desk.monitors,
          heightAdjustable: desk.heightAdjustable,
          accessible: desk.accessible,
          status: desk.status,
          assignee: desk.assigneeIndex === null ? null : people[desk.assigneeIndex].email,
        })),
      ),
    );
    const desks: SeatedDesk[] = [];
    for (const floorId of floorIds.values()) {
      for (const desk of await this.desks.listOfFloor(floorId)) {
        desks.push({
          id: desk.id,
          buildingId: created.id,
          timezone: created.timezone,
          department: desk.zoneId ? (zoneDepartments.get(desk.zoneId) ?? null) : null,
          bookable: desk.status === 'active' && desk.assigneeId === null,
        });
      }
    }
    return { desks, rooms };
  }
}

/** Days a week in the office: notebook users work mobile on most days, the others come in more. */
function officeDays(random: SeededRandom, person: DemoPerson): number {
  if (person.deviceProfile === 'notebook')
    return random.weighted([
      [1, 25],
      [2, 45],
      [3, 25],
      [4, 5],
    ] as const);
  return random.weighted([
    [2, 20],
    [3, 40],
    [4, 30],
    [5, 10],
  ] as const);
}
