// Shapes of the location routes, shared by the API and the web client.

export type DockingKind = 'none' | 'usb-c' | 'thunderbolt';
export type ResourceStatusName = 'active' | 'blocked';
export type RoomEquipmentName = 'display' | 'video-conference' | 'whiteboard' | 'phone' | 'accessible';
export type PlanMediaTypeName = 'image/svg+xml' | 'image/png' | 'image/jpeg';

export interface BuildingView {
  id: string;
  name: string;
  address: string | null;
  /** IANA zone, e.g. Europe/Berlin */
  timezone: string;
}

export interface FloorPlanView {
  mediaType: PlanMediaTypeName;
  /** Intrinsic size in pixels (SVG: user units), for laying out desks before the image is loaded */
  width: number;
  height: number;
  /** Path of the image (needs the same sign-in as the API); it changes whenever the image does. */
  url: string;
  updatedAt: string;
}

export interface FloorView {
  id: string;
  buildingId: string;
  name: string;
  /** 0 ground floor, negative below ground */
  level: number;
  plan: FloorPlanView | null;
}

export interface ZoneView {
  id: string;
  floorId: string;
  name: string;
  /** The owning department of a neighbourhood, or null */
  departmentId: string | null;
  department: string | null;
}

export interface DeskEquipment {
  docking: DockingKind;
  /** 0 to 3 */
  monitors: number;
  heightAdjustable: boolean;
  accessible: boolean;
}

export interface DeskView {
  id: string;
  buildingId: string;
  floorId: string;
  /** Unique within the building: the label on the desk */
  code: string;
  /** Position on the plan in percent of its width and height (0-100) */
  x: number;
  y: number;
  zoneId: string | null;
  equipment: DeskEquipment;
  status: ResourceStatusName;
  /** The person a fixed desk is assigned to, or null for a shared desk */
  assigneeId: string | null;
}

export interface RoomView {
  id: string;
  floorId: string;
  name: string;
  capacity: number;
  equipment: RoomEquipmentName[];
  x: number;
  y: number;
  status: ResourceStatusName;
}

// Request bodies. A `PATCH` takes any part of the matching input; `null` clears a nullable field.

/** `POST /api/v1/buildings`; `timezone` defaults to the organisation's (ORG_TIMEZONE). */
export interface BuildingInput {
  name: string;
  address?: string | null;
  timezone?: string;
}

/** `POST /api/v1/buildings/{id}/floors` */
export interface FloorInput {
  name: string;
  level: number;
}

/** `POST /api/v1/floors/{id}/zones` */
export interface ZoneInput {
  name: string;
  departmentId?: string | null;
}

/** `POST /api/v1/floors/{id}/desks`; equipment left out is none, one monitor, not adjustable, not accessible. */
export interface DeskInput {
  code: string;
  x?: number;
  y?: number;
  zoneId?: string | null;
  equipment?: Partial<DeskEquipment>;
  status?: ResourceStatusName;
  assigneeId?: string | null;
}

/** `POST /api/v1/floors/{id}/rooms` */
export interface RoomInput {
  name: string;
  capacity: number;
  equipment?: RoomEquipmentName[];
  x?: number;
  y?: number;
  status?: ResourceStatusName;
}

/** Answer of `POST /api/v1/buildings/{id}/desks/import` */
export interface DeskImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  zonesCreated: number;
}

/** One error of a refused import, in the `errors` of the 400 problem (code `VALIDATION_FAILED`). */
export interface ImportError {
  /** The row as a spreadsheet numbers it: the header is line 1 */
  line: number;
  /** The column's header as the file has it */
  column?: string;
  /** In the language of the request (German unless `Accept-Language` asks for English) */
  message: string;
}
