import type { BuildingView, FloorView } from '@platzbuch/contracts';
import { useEffect, useState } from 'react';
import { listBuildings, listFloors } from '../api/locations';
import { levelName } from '../floors/desk-description';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/field';
import { type AsyncState, useAsync } from '../ui/use-async';
import { rememberedPlace, rememberPlace } from './remembered';

export interface PlaceChoice {
  buildings: AsyncState<BuildingView[]>;
  floors: AsyncState<FloorView[]>;
  building: BuildingView | null;
  floor: FloorView | null;
  setBuildingId: (id: string) => void;
  setFloorId: (id: string) => void;
}

/** Building and floor to book in: the last ones this browser used, else the first of each. */
export function usePlaceChoice(): PlaceChoice {
  const [place, setPlace] = useState(rememberedPlace);
  const buildings = useAsync(() => listBuildings(), []).state;
  const buildingList = buildings.status === 'done' ? buildings.data : [];
  const building = buildingList.find((b) => b.id === place.buildingId) ?? buildingList[0] ?? null;
  const floors = useAsync(
    () => (building ? listFloors(building.id) : Promise.resolve([])),
    [building?.id],
  ).state;
  const floorList = floors.status === 'done' ? [...floors.data].sort((a, b) => a.level - b.level) : [];
  const floor = floorList.find((f) => f.id === place.floorId) ?? floorList[0] ?? null;

  useEffect(() => {
    if (building && floor) rememberPlace({ buildingId: building.id, floorId: floor.id });
  }, [building?.id, floor?.id]);

  return {
    buildings,
    floors: floors.status === 'done' ? { status: 'done', data: floorList } : floors,
    building,
    floor: floor && floor.buildingId === building?.id ? floor : null,
    setBuildingId: (buildingId) => setPlace({ buildingId, floorId: null }),
    setFloorId: (floorId) => setPlace((current) => ({ ...current, floorId })),
  };
}

export function PlaceFields({ choice }: { choice: PlaceChoice }) {
  const { t } = useI18n();
  const { buildings, floors, building, floor } = choice;
  return (
    <div className="form-row">
      <SelectField
        label={t('booking.building')}
        value={building?.id ?? ''}
        disabled={buildings.status !== 'done'}
        options={(buildings.status === 'done' ? buildings.data : []).map((b) => ({
          value: b.id,
          label: b.name,
        }))}
        onChange={(event) => choice.setBuildingId(event.target.value)}
      />
      <SelectField
        label={t('booking.floor')}
        value={floor?.id ?? ''}
        disabled={floors.status !== 'done'}
        options={(floors.status === 'done' ? floors.data : []).map((f) => ({
          value: f.id,
          label: f.name === levelName(f.level, t) ? f.name : `${f.name} (${levelName(f.level, t)})`,
        }))}
        onChange={(event) => choice.setFloorId(event.target.value)}
      />
    </div>
  );
}
