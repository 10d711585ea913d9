import type { BuildingView, DeskView, FloorView, ZoneView } from '@platzbuch/contracts';
import { getBuilding, getFloor, listDesks, listZones } from '../api/locations';

/** Everything a floor's page shows: the floor, its building, desks and zones. */
export interface FloorData {
  floor: FloorView;
  building: BuildingView;
  desks: DeskView[];
  zones: ZoneView[];
}

export async function loadFloorData(floorId: string): Promise<FloorData> {
  const [floor, desks, zones] = await Promise.all([
    getFloor(floorId),
    listDesks(floorId),
    listZones(floorId),
  ]);
  const building = await getBuilding(floor.buildingId);
  return { floor, building, desks, zones };
}

export function zoneNamesOf(zones: ZoneView[]): Map<string, string> {
  return new Map(zones.map((zone) => [zone.id, zone.name]));
}
