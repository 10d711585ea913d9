import type { BuildingView } from '@platzbuch/contracts';
import { useSearchParam } from '../router/router';

/**
 * The building an administration page works on, kept in the address (`?building=`), so that a
 * reload or a shared link opens the same one. Without a choice, the first building; the pages ask
 * only once there is at least one.
 */
export function useBuildingChoice(
  buildings: readonly [BuildingView, ...BuildingView[]],
): [BuildingView, (buildingId: string) => void] {
  const [chosen, setChosen] = useSearchParam('building');
  const building = buildings.find((candidate) => candidate.id === chosen) ?? buildings[0];
  return [building, (buildingId) => setChosen(buildingId)];
}

/** A list of buildings with at least one, as `useBuildingChoice` needs. */
export function hasBuildings(buildings: BuildingView[]): buildings is [BuildingView, ...BuildingView[]] {
  return buildings.length > 0;
}
