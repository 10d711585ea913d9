import type {
  BuildingInput,
  BuildingView,
  DeskImportReport,
  DeskInput,
  DeskView,
  FloorInput,
  FloorView,
  PlanMediaTypeName,
  RoomInput,
  RoomView,
  ZoneInput,
  ZoneView,
} from '@platzbuch/contracts';
import { download, http, segment } from './http';

export const listBuildings = () => http.get<BuildingView[]>('/buildings');
export const getBuilding = (id: string) => http.get<BuildingView>(`/buildings/${segment(id)}`);
export const createBuilding = (input: BuildingInput) =>
  http.post<BuildingView>('/buildings', { json: input });
export const updateBuilding = (id: string, changes: Partial<BuildingInput>) =>
  http.patch<BuildingView>(`/buildings/${segment(id)}`, { json: changes });
export const deleteBuilding = (id: string) => http.delete(`/buildings/${segment(id)}`);

export const listFloors = (buildingId: string) =>
  http.get<FloorView[]>(`/buildings/${segment(buildingId)}/floors`);
export const getFloor = (id: string) => http.get<FloorView>(`/floors/${segment(id)}`);
export const createFloor = (buildingId: string, input: FloorInput) =>
  http.post<FloorView>(`/buildings/${segment(buildingId)}/floors`, { json: input });
export const updateFloor = (id: string, changes: Partial<FloorInput>) =>
  http.patch<FloorView>(`/floors/${segment(id)}`, { json: changes });
export const deleteFloor = (id: string) => http.delete(`/floors/${segment(id)}`);

export const PLAN_MEDIA_TYPES: readonly PlanMediaTypeName[] = ['image/svg+xml', 'image/png', 'image/jpeg'];
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/** Uploads a plan as the raw file; the API sanitises SVG and reads the size. */
export const uploadPlan = (floorId: string, file: Blob, mediaType: PlanMediaTypeName) =>
  http.put<FloorView>(`/floors/${segment(floorId)}/plan`, { body: file, contentType: mediaType });
/** The plan image, fetched with the sign-in header, which an `<img src>` cannot send. */
export const fetchPlan = (url: string, signal?: AbortSignal) =>
  download(url, { signal }).then(({ blob }) => blob);

export const listZones = (floorId: string) => http.get<ZoneView[]>(`/floors/${segment(floorId)}/zones`);
export const createZone = (floorId: string, input: ZoneInput) =>
  http.post<ZoneView>(`/floors/${segment(floorId)}/zones`, { json: input });
export const updateZone = (id: string, changes: Partial<ZoneInput>) =>
  http.patch<ZoneView>(`/zones/${segment(id)}`, { json: changes });
export const deleteZone = (id: string) => http.delete(`/zones/${segment(id)}`);

export const listDesks = (floorId: string) => http.get<DeskView[]>(`/floors/${segment(floorId)}/desks`);
export const createDesk = (floorId: string, desk: DeskInput) =>
  http.post<DeskView>(`/floors/${segment(floorId)}/desks`, { json: desk });
export const updateDesk = (id: string, changes: Partial<DeskInput>) =>
  http.patch<DeskView>(`/desks/${segment(id)}`, { json: changes });
export const deleteDesk = (id: string) => http.delete(`/desks/${segment(id)}`);

export const listRooms = (floorId: string) => http.get<RoomView[]>(`/floors/${segment(floorId)}/rooms`);
export const createRoom = (floorId: string, input: RoomInput) =>
  http.post<RoomView>(`/floors/${segment(floorId)}/rooms`, { json: input });
export const updateRoom = (id: string, changes: Partial<RoomInput>) =>
  http.patch<RoomView>(`/rooms/${segment(id)}`, { json: changes });
export const deleteRoom = (id: string) => http.delete(`/rooms/${segment(id)}`);

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Validates (`dryRun`) or imports a desk CSV; a refused file throws a problem whose `errors` name line and column. */
export const importDesks = (buildingId: string, csv: Blob, dryRun: boolean) =>
  http.post<DeskImportReport>(`/buildings/${segment(buildingId)}/desks/import`, {
    body: csv,
    contentType: 'text/csv',
    query: dryRun ? { dryRun: true } : undefined,
  });
export const exportDesks = (buildingId: string) => download(`/buildings/${segment(buildingId)}/desks/export`);
