import type {
  BuildingView,
  DeskView,
  FloorPlanView,
  FloorView,
  RoomView,
  ZoneView,
} from '@platzbuch/contracts';
import type { Building } from './building.entity';
import type { Desk } from './desk.entity';
import type { Floor } from './floor.entity';
import type { FloorPlan } from './floor-plan.entity';
import type { Room } from './room.entity';
import type { Zone } from './zone.entity';

/** A plan without its content: what a floor's view says about it. */
export type FloorPlanSummary = Pick<
  FloorPlan,
  'floorId' | 'mediaType' | 'width' | 'height' | 'sha256' | 'updatedAt'
>;

export function toBuildingView(building: Building): BuildingView {
  return { id: building.id, name: building.name, address: building.address, timezone: building.timezone };
}

export function toFloorView(floor: Floor, plan: FloorPlanSummary | undefined): FloorView {
  return {
    id: floor.id,
    buildingId: floor.buildingId,
    name: floor.name,
    level: floor.level,
    plan: plan ? toFloorPlanView(plan) : null,
  };
}

function toFloorPlanView(plan: FloorPlanSummary): FloorPlanView {
  return {
    mediaType: plan.mediaType,
    width: plan.width,
    height: plan.height,
    // The version in the query lets clients cache the image and still see a new one at once.
    url: `/api/v1/floors/${plan.floorId}/plan?v=${plan.sha256.slice(0, 16)}`,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function toZoneView(zone: Zone, department: string | null): ZoneView {
  return { id: zone.id, floorId: zone.floorId, name: zone.name, departmentId: zone.departmentId, department };
}

export function toDeskView(desk: Desk): DeskView {
  return {
    id: desk.id,
    buildingId: desk.buildingId,
    floorId: desk.floorId,
    code: desk.code,
    x: desk.x,
    y: desk.y,
    zoneId: desk.zoneId,
    equipment: {
      docking: desk.docking,
      monitors: desk.monitors,
      heightAdjustable: desk.heightAdjustable,
      accessible: desk.accessible,
    },
    status: desk.status,
    assigneeId: desk.assigneeId,
  };
}

export function toRoomView(room: Room): RoomView {
  return {
    id: room.id,
    floorId: room.floorId,
    name: room.name,
    capacity: room.capacity,
    equipment: room.equipment,
    x: room.x,
    y: room.y,
    status: room.status,
  };
}
