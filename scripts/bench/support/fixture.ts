import type { Pool } from 'pg';

/** The loaded building set: ids the sections book and query. */
export interface Fixture {
  buildings: { id: string; name: string }[];
  /** Every desk, ordered by building, floor and code. */
  desks: { id: string; floorId: string; buildingId: string }[];
  /** Every person; all active, in 40 departments, 60 % with notebooks. */
  people: string[];
  /** A floor with exactly 200 desks. */
  largeFloorId: string;
}

/** Six buildings of a city administration of Leverkusen's size: 2,600 desks, 3,200 staff. */
const BUILDINGS = [
  { name: 'Rathaus', floors: 4, desksPerFloor: 200 },
  { name: 'Verwaltungsgebäude Opladen', floors: 3, desksPerFloor: 120 },
  { name: 'Stadthaus Schlebusch', floors: 3, desksPerFloor: 120 },
  { name: 'Technisches Rathaus', floors: 3, desksPerFloor: 120 },
  { name: 'Bürgerbüro Hitdorf', floors: 3, desksPerFloor: 120 },
  { name: 'Bildungszentrum Manfort', floors: 3, desksPerFloor: 120 },
];
const PEOPLE = 3_200;
const DEPARTMENTS = 40;
const DESKS_PER_ZONE = 40;
const TENANT = '00000000-0000-4000-8000-00000000b0b0';

/** Writes the building set with plain SQL: the locations services are not needed for it. */
export async function loadFixture(db: Pool): Promise<Fixture> {
  const departments = (
    await db.query<{ id: string }>(
      `INSERT INTO departments (name) SELECT 'Fachbereich ' || n FROM generate_series(1, $1) n RETURNING id`,
      [DEPARTMENTS],
    )
  ).rows.map((row) => row.id);
  const people = (
    await db.query<{ id: string }>(
      `INSERT INTO people (tenant_id, object_id, display_name, email, department_id, device_profile)
       SELECT $1, gen_random_uuid(), 'Person ' || n, 'person' || n || '@example.org', ($2::uuid[])[1 + n % $3],
              CASE WHEN n % 5 < 3 THEN 'notebook' ELSE 'desktop' END
         FROM generate_series(1, $4) n
       RETURNING id`,
      [TENANT, departments, DEPARTMENTS, PEOPLE],
    )
  ).rows.map((row) => row.id);

  const buildings: Fixture['buildings'] = [];
  const desks: Fixture['desks'] = [];
  let largeFloorId = '';
  for (const [index, plan] of BUILDINGS.entries()) {
    const {
      rows: [building],
    } = await db.query<{ id: string }>(
      `INSERT INTO buildings (name, timezone) VALUES ($1, 'Europe/Berlin') RETURNING id`,
      [plan.name],
    );
    buildings.push({ id: building.id, name: plan.name });
    for (let level = 0; level < plan.floors; level++) {
      const {
        rows: [floor],
      } = await db.query<{ id: string }>(
        `INSERT INTO floors (building_id, name, level) VALUES ($1, $2, $3) RETURNING id`,
        [building.id, `${level}. Obergeschoss`, level],
      );
      if (plan.desksPerFloor === 200 && !largeFloorId) largeFloorId = floor.id;
      const zoneCount = Math.ceil(plan.desksPerFloor / DESKS_PER_ZONE);
      const zones = (
        await db.query<{ id: string }>(
          `INSERT INTO zones (floor_id, name, department_id)
           SELECT $1, 'Zone ' || z, CASE WHEN z % 2 = 0 THEN ($2::uuid[])[1 + (z + $3) % $4] END
             FROM generate_series(1, $5) z
           RETURNING id`,
          [floor.id, departments, index * 7 + level, DEPARTMENTS, zoneCount],
        )
      ).rows.map((row) => row.id);
      const floorDesks = await db.query<{ id: string }>(
        `INSERT INTO desks (building_id, floor_id, code, x, y, zone_id, docking, monitors, height_adjustable)
         SELECT $1, $2, $3 || '.' || lpad(n::text, 3, '0'), 5 + (n % 20) * 4.5, 5 + (n / 20) * 8,
                ($4::uuid[])[1 + (n - 1) / $5], CASE WHEN n % 5 = 0 THEN 'none' ELSE 'usb-c' END, 1 + n % 2, n % 3 = 0
           FROM generate_series(1, $6) n
         ORDER BY n
         RETURNING id`,
        [building.id, floor.id, `${index + 1}.${level}`, zones, DESKS_PER_ZONE, plan.desksPerFloor],
      );
      desks.push(
        ...floorDesks.rows.map((row) => ({ id: row.id, floorId: floor.id, buildingId: building.id })),
      );
    }
  }
  await db.query('ANALYZE');
  return { buildings, desks, people, largeFloorId };
}
