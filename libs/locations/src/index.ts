export { LocationsModule } from './locations.module';
export { Building } from './building.entity';
export { Floor } from './floor.entity';
export { FloorPlan, PLAN_MEDIA_TYPES, type PlanMediaType } from './floor-plan.entity';
export { Zone } from './zone.entity';
export {
  Desk,
  DESK_DEFAULTS,
  DOCKING_KINDS,
  RESOURCE_STATUSES,
  type Docking,
  type ResourceStatus,
} from './desk.entity';
export { Room, ROOM_EQUIPMENT, type RoomEquipment } from './room.entity';
export { PlaceDetailsChanged, ResourcesBlocked, ResourcesRemoving } from './resource-events';
export { BuildingsService } from './buildings.service';
export { FloorsService } from './floors.service';
export { FloorPlansService } from './floor-plans.service';
export { ZonesService } from './zones.service';
export { DesksService } from './desks.service';
export { RoomsService } from './rooms.service';
export { DeskImportService } from './desk-import.service';
export type { DeskImportOptions, DeskImportRow } from './desk-import-row';
export type { Upload } from './incoming-file.decorator';
export { RAW_UPLOADS } from './raw-uploads';
