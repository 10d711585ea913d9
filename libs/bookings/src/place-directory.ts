import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryPrepared } from '@platzbuch/database';
import type { ResourceKind } from './reservation';

/** Where a desk or room is: what changes only when facility managers move or rename things. */
export interface PlaceFacts {
  kind: ResourceKind;
  id: string;
  /** Desk code or room name. */
  name: string;
  floorId: string;
  floorName: string;
  buildingId: string;
  buildingName: string;
  timezone: string;
  zoneId: string | null;
  zoneName: string | null;
  zoneDepartmentId: string | null;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

const QUERIES: Record<ResourceKind, string> = {
  desk: `SELECT id, code AS name, floor_id, floor_name, building_id, building_name, timezone,
                zone_id, zone_name, zone_department_id
           FROM located_desks WHERE id = $1`,
  room: `SELECT id, name, floor_id, floor_name, building_id, building_name, timezone,
                NULL::uuid AS zone_id, NULL AS zone_name, NULL::uuid AS zone_department_id
           FROM located_rooms WHERE id = $1`,
};

/** The building (and its zone) a floor, zone or building belongs to. */
export interface ScopeFacts {
  buildingId: string;
  timezone: string;
}

export type ScopeKind = 'floor' | 'building' | 'zone';

const SCOPES: Record<ScopeKind, string> = {
  floor: `SELECT building_id, timezone FROM located_floors WHERE id = $1`,
  building: `SELECT id AS building_id, timezone FROM located_buildings WHERE id = $1`,
  zone: `SELECT building_id, timezone FROM located_zones WHERE id = $1`,
};

interface PlaceRow {
  id: string;
  name: string;
  floor_id: string;
  floor_name: string;
  building_id: string;
  building_name: string;
  timezone: string;
  zone_id: string | null;
  zone_name: string | null;
  zone_department_id: string | null;
}

/**
 * Where desks, rooms, floors and zones are, remembered for a minute: a booking or a floor plan
 * needs the building, zone and names, which change rarely and never decide a conflict. What may
 * change from one booking to the next (blocked, assigned, released) is read in the booking's own
 * statement instead.
 */
@Injectable()
export class PlaceDirectory {
  private readonly known = new Map<string, { facts: unknown; expiresAt: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A desk or room, with where it is. */
  find(kind: ResourceKind, id: string): Promise<PlaceFacts | undefined> {
    return this.remembered(`${kind}:${id}`, async () => {
      const [row] = await queryPrepared<PlaceRow>(
        this.dataSource,
        undefined,
        `place_${kind}`,
        QUERIES[kind],
        [id],
      );
      return row && placeOf(kind, row);
    });
  }

  /** The building of a floor, zone or building. */
  scope(kind: ScopeKind, id: string): Promise<ScopeFacts | undefined> {
    return this.remembered(`${kind}:${id}`, async () => {
      const [row] = await this.dataSource.query<{ building_id: string; timezone: string }[]>(SCOPES[kind], [
        id,
      ]);
      return row && { buildingId: row.building_id, timezone: row.timezone };
    });
  }

  private async remembered<T>(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const known = this.known.get(key);
    if (known && known.expiresAt > Date.now()) return known.facts as T;
    const facts = await load();
    if (facts === undefined) return undefined;
    if (this.known.size >= MAX_ENTRIES) this.known.clear();
    this.known.set(key, { facts, expiresAt: Date.now() + TTL_MS });
    return facts;
  }
}

function placeOf(kind: ResourceKind, row: PlaceRow): PlaceFacts {
  return {
    kind,
    id: row.id,
    name: row.name,
    floorId: row.floor_id,
    floorName: row.floor_name,
    buildingId: row.building_id,
    buildingName: row.building_name,
    timezone: row.timezone,
    zoneId: row.zone_id,
    zoneName: row.zone_name,
    zoneDepartmentId: row.zone_department_id,
  };
}
