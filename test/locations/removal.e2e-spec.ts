import { Client } from 'pg';
import type { Person } from '@platzbuch/directory';
import { Building, Desk, Floor, FloorPlan, ResourcesRemoving, Room, Zone } from '@platzbuch/locations';
import { DomainEvents, StateConflictError } from '@platzbuch/platform';
import { TestApp } from '../support/test-app';

/**
 * Deleting a building, floor, desk or room asks subscribers of `ResourcesRemoving` first (bookings
 * vetoes while anything is booked ahead). Bookings adds the end-to-end test with real bookings;
 * here a stand-in handler records the events and vetoes on demand.
 */
describe('deleting locations', () => {
  let t: TestApp;
  let manager: Person;
  let seen: { deskIds: string[]; roomIds: string[]; inTransaction: boolean; lockedForOthers?: boolean }[];
  let veto: boolean;

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.make.facilityManager();
    t.app.get(DomainEvents).on(ResourcesRemoving, async (event) => {
      seen.push({
        deskIds: [...event.deskIds].sort(),
        roomIds: [...event.roomIds].sort(),
        inTransaction: event.manager.queryRunner?.isTransactionActive ?? false,
        lockedForOthers: await lockedForOthers(event),
      });
      // The handler reads through the event's manager, as bookings will.
      await event.manager.query('SELECT count(*) FROM desks WHERE id = ANY($1)', [event.deskIds]);
      if (veto) {
        throw new StateConflictError({
          de: 'Auf 3 Plätzen gibt es noch künftige Buchungen.',
          en: '3 desks still have bookings ahead.',
        });
      }
    });
  });
  beforeEach(() => {
    seen = [];
    veto = false;
  });
  afterAll(() => t.close());

  /**
   * On a server, whether another session finds the rows locked (a booking being inserted would
   * wait); the embedded database has a single session, so there it cannot be observed.
   */
  async function lockedForOthers(event: ResourcesRemoving): Promise<boolean | undefined> {
    if (t.config.database.kind !== 'server') return undefined;
    const other = new Client({ connectionString: t.config.database.url });
    await other.connect();
    try {
      const free = async (table: string, rowIds: string[]) =>
        (await other.query(`SELECT id FROM ${table} WHERE id = ANY($1) FOR UPDATE SKIP LOCKED`, [rowIds]))
          .rowCount ?? 0;
      return (await free('desks', event.deskIds)) + (await free('rooms', event.roomIds)) === 0;
    } finally {
      await other.end();
    }
  }

  /** A building with two floors, zones, desks, rooms and a plan. */
  async function building() {
    const { id } = await t.make.building();
    const floors = [
      await t.make.floor({ buildingId: id, level: 0 }),
      await t.make.floor({ buildingId: id, level: 1 }),
    ];
    const zone = await t.make.zone({ floorId: floors[0].id });
    const desks = [
      await t.make.desk({ floorId: floors[0].id, zoneId: zone.id }),
      await t.make.desk({ floorId: floors[0].id }),
      await t.make.desk({ floorId: floors[1].id }),
    ];
    const rooms = [
      await t.make.room({ floorId: floors[0].id }),
      await t.make.room({ floorId: floors[1].id }),
    ];
    await t.db.getRepository(FloorPlan).save({
      floorId: floors[0].id,
      mediaType: 'image/png',
      content: Buffer.from('png'),
      width: 1,
      height: 1,
      sha256: '0'.repeat(64),
    });
    return { id, floors, desks, rooms };
  }

  async function counts() {
    return Promise.all(
      [Building, Floor, Zone, Desk, Room, FloorPlan].map((entity) => t.db.getRepository(entity).count()),
    );
  }

  const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

  it('deletes a building with everything on it, after telling subscribers which desks and rooms go', async () => {
    const house = await building();
    const response = await t.delete(manager, `/api/v1/buildings/${house.id}`);
    expect(response.statusCode).toBe(204);
    expect(seen).toEqual([
      {
        deskIds: ids(house.desks),
        roomIds: ids(house.rooms),
        inTransaction: true,
        lockedForOthers: t.config.database.kind === 'server' ? true : undefined,
      },
    ]);
    expect(await t.db.getRepository(Floor).countBy({ buildingId: house.id })).toBe(0);
    expect(await t.db.getRepository(Desk).countBy({ buildingId: house.id })).toBe(0);
    expect(await t.db.getRepository(FloorPlan).countBy({ floorId: house.floors[0].id })).toBe(0);
  });

  it('names only the desks and rooms of a floor, a desk or a room', async () => {
    const house = await building();
    expect((await t.delete(manager, `/api/v1/floors/${house.floors[1].id}`)).statusCode).toBe(204);
    expect((await t.delete(manager, `/api/v1/desks/${house.desks[0].id}`)).statusCode).toBe(204);
    expect((await t.delete(manager, `/api/v1/rooms/${house.rooms[0].id}`)).statusCode).toBe(204);
    expect(seen.map(({ deskIds, roomIds, inTransaction }) => ({ deskIds, roomIds, inTransaction }))).toEqual([
      { deskIds: [house.desks[2].id], roomIds: [house.rooms[1].id], inTransaction: true },
      { deskIds: [house.desks[0].id], roomIds: [], inTransaction: true },
      { deskIds: [], roomIds: [house.rooms[0].id], inTransaction: true },
    ]);
  });

  it('refuses with 409 and deletes nothing when a subscriber vetoes', async () => {
    const house = await building();
    const before = await counts();
    veto = true;
    for (const url of [
      `/api/v1/buildings/${house.id}`,
      `/api/v1/floors/${house.floors[0].id}`,
      `/api/v1/desks/${house.desks[0].id}`,
      `/api/v1/rooms/${house.rooms[0].id}`,
    ]) {
      const response = await t.delete(manager, url);
      expect(response.statusCode).toBe(409);
      expect(response.body).toMatchObject({
        code: 'CONFLICT',
        detail: 'Auf 3 Plätzen gibt es noch künftige Buchungen.',
      });
    }
    expect(await counts()).toEqual(before);
    expect(seen).toHaveLength(4);
  });

  it('does not ask when there is nothing to delete', async () => {
    expect((await t.delete(manager, '/api/v1/floors/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect(seen).toHaveLength(0);
  });
});
