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
  desk: `SELECT x.id, x.code AS name, x.floor_id, f.name AS floor_name, f.building_id, bu.name AS building_name,
                bu.timezone, x.zone_id, z.name AS zone_name, z.department_id AS zone_department_id
           FROM desks x JOIN floors f ON f.id = x.floor_id JOIN buildings bu ON bu.id = f.building_id
           LEFT JOIN zones z ON z.id = x.zone_id
          WHERE x.id = $1`,
  room: `SELECT x.id, x.name, x.floor_id, f.name AS floor_name, f.building_id, bu.name AS building_name,
                bu.timezone, NULL::uuid AS zone_id, NULL AS zone_name, NULL::uuid AS zone_department_id
           FROM rooms x JOIN floors f ON f.id = x.floor_id JOIN buildings bu ON bu.id = f.building_id
          WHERE x.id = $1`,
};

/** The building (and its zone) a floor, zone or building belongs to. */
export interface ScopeFacts {
  buildingId: string;
  timezone: string;
}

export type ScopeKind = 'floor' | 'building' | 'zone';

const SCOPES: Record<ScopeKind, string> = {
  floor: `SELECT f.building_id, bu.timezone FROM floors f JOIN buildings bu ON bu.id = f.building_id WHERE f.id = $1`,
  building: `SELECT bu.id AS building_id, bu.timezone FROM buildings bu WHERE bu.id = $1`,
  zone: `SELECT f.building_id, bu.timezone FROM zones z JOIN floors f ON f.id = z.floor_id
           JOIN buildings bu ON bu.id = f.building_id WHERE z.id = $1`,
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
      const [row] = await queryPrepared<PlaceRow>(this.dataSource, undefined, `place_${kind}`, QUERIES[kind], [id]);
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
