import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Department, Person } from '@platzbuch/directory';
import { Building, Desk, Floor, Room, Zone } from '@platzbuch/locations';
import type { Role } from '@platzbuch/platform';

export const TEST_TENANT = '11111111-2222-4333-8444-555555555555';

let counter = 0;
const next = () => ++counter;

/** Small builders of test data, written straight into the test's own database. */
export class Factories {
  constructor(private readonly db: DataSource) {}

  async department(overrides: Partial<Department> = {}): Promise<Department> {
    return this.db.getRepository(Department).save({ name: `Fachbereich ${next()}`, ...overrides });
  }

  async person(overrides: Partial<Person> & { roles?: Role[] } = {}): Promise<Person> {
    const n = next();
    return this.db.getRepository(Person).save({
      tenantId: TEST_TENANT,
      objectId: randomUUID(),
      displayName: `Person ${n}`,
      email: `person${n}@example.org`,
      roles: [],
      ...overrides,
    });
  }

  facilityManager(overrides: Partial<Person> = {}): Promise<Person> {
    return this.person({ roles: ['FacilityManager'], ...overrides });
  }

  admin(overrides: Partial<Person> = {}): Promise<Person> {
    return this.person({ roles: ['Admin'], ...overrides });
  }

  async building(overrides: Partial<Building> = {}): Promise<Building> {
    return this.db.getRepository(Building).save({ name: `Haus ${next()}`, timezone: 'Europe/Berlin', ...overrides });
  }

  async floor(overrides: Partial<Floor> = {}): Promise<Floor> {
    const buildingId = overrides.buildingId ?? (await this.building()).id;
    return this.db.getRepository(Floor).save({ name: `Etage ${next()}`, level: 1, ...overrides, buildingId });
  }

  async zone(overrides: Partial<Zone> = {}): Promise<Zone> {
    const floorId = overrides.floorId ?? (await this.floor()).id;
    return this.db.getRepository(Zone).save({ name: `Zone ${next()}`, ...overrides, floorId });
  }

  async desk(overrides: Partial<Desk> = {}): Promise<Desk> {
    const floor = overrides.floorId
      ? await this.db.getRepository(Floor).findOneByOrFail({ id: overrides.floorId })
      : await this.floor();
    return this.db
      .getRepository(Desk)
      .save({ code: `D-${next()}`, ...overrides, floorId: floor.id, buildingId: floor.buildingId });
  }

  async room(overrides: Partial<Room> = {}): Promise<Room> {
    const floorId = overrides.floorId ?? (await this.floor()).id;
    return this.db.getRepository(Room).save({ name: `Raum ${next()}`, capacity: 6, ...overrides, floorId });
  }
}
