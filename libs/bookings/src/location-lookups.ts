import type { DataSource } from 'typeorm';
import { NotFoundError } from '@platzbuch/platform';

// Bookings keeps its rules in its own tables, keyed by building, zone and desk ids; these read
// which such ids exist (a 404 rather than a foreign-key error) and never write a location.

export async function requireBuilding(dataSource: DataSource, buildingId: string): Promise<void> {
  const [found] = await dataSource.query<unknown[]>(`SELECT 1 FROM located_buildings WHERE id = $1`, [
    buildingId,
  ]);
  if (!found) throw new NotFoundError({ de: 'Dieses Gebäude gibt es nicht.', en: 'No such building.' });
}

/** The building a zone is in. */
export async function buildingOfZone(dataSource: DataSource, zoneId: string): Promise<string> {
  const [zone] = await dataSource.query<{ building_id: string }[]>(
    `SELECT building_id FROM located_zones WHERE id = $1`,
    [zoneId],
  );
  if (!zone) throw new NotFoundError({ de: 'Diesen Bereich gibt es nicht.', en: 'No such zone.' });
  return zone.building_id;
}

/** A desk with its assignee and its building's zone. */
export async function requireDesk(
  dataSource: DataSource,
  deskId: string,
): Promise<{ assigneeId: string | null; buildingId: string; timezone: string }> {
  const [desk] = await dataSource.query<
    { assignee_id: string | null; building_id: string; timezone: string }[]
  >(`SELECT assignee_id, building_id, timezone FROM located_desks WHERE id = $1`, [deskId]);
  if (!desk) throw new NotFoundError({ de: 'Diesen Arbeitsplatz gibt es nicht.', en: 'No such desk.' });
  return { assigneeId: desk.assignee_id, buildingId: desk.building_id, timezone: desk.timezone };
}
