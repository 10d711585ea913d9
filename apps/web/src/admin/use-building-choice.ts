import type { BuildingView } from '@platzbuch/contracts';
import { useSearchParam } from '../router/router';

/**
 * The building an administration page works on, kept in the address (`?building=`), so that a
 * reload or a shared link opens the same one. Without a choice, the first building.
 */
export function useBuildingChoice(
  buildings: readonly BuildingView[],
): [BuildingView | null, (buildingId: string) => void] {
  const [chosen, setChosen] = useSearchParam('building');
  const building = buildings.find((candidate) => candidate.id === chosen) ?? buildings[0] ?? null;
  return [building, (buildingId) => setChosen(buildingId)];
}
