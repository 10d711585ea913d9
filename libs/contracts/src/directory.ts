// Shapes of the directory routes, shared by the API and the web client.

export type RoleName = 'Admin' | 'FacilityManager' | 'HR';
export type DeviceProfileName = 'notebook' | 'desktop' | 'unknown';

/** `GET /api/v1/me` */
export interface MeResponse {
  id: string;
  displayName: string;
  email: string | null;
  /** The department's name, as the directory has it. */
  department: string | null;
  departmentId: string | null;
  roles: RoleName[];
  deviceProfile: DeviceProfileName;
}

/** One row of `GET /api/v1/people?query=`: nothing more than a colleague needs to pick someone. */
export interface PersonSummary {
  id: string;
  displayName: string;
  department: string | null;
}

/** One row of `GET /api/v1/departments`. */
export interface DepartmentSummary {
  id: string;
  name: string;
}

/** A demo person the web client offers in dev sign-in mode (`GET /api/v1/dev/personas`). */
export interface Persona extends PersonSummary {
  roles: RoleName[];
  deviceProfile: DeviceProfileName;
}

export type SyncRunStateName = 'fetching' | 'applying' | 'held' | 'completed' | 'failed' | 'discarded';

/** One round of the directory sync, in `GET /api/v1/directory/sync/status` and `POST …/sync`. */
export interface SyncRunView {
  id: string;
  state: SyncRunStateName;
  trigger: 'schedule' | 'admin';
  /** Read every user (first round, or the delta link had expired) rather than the changes. */
  full: boolean;
  start: string;
  end: string | null;
  pages: number;
  created: number;
  updated: number;
  deactivated: number;
  errors: number;
  lastError: string | null;
  /** A held round: the deactivations it would apply, and the active people they were weighed against. */
  held: { deactivations: number; activePeople: number } | null;
}

/** `GET /api/v1/directory/sync/status` */
export interface SyncStatusResponse {
  enabled: boolean;
  /** Why the sync is off, when it is. */
  reason: string | null;
  /** Minutes between scheduled rounds; 0: only rounds an admin starts. */
  intervalMinutes: number;
  maxDeactivationShare: number;
  /** Newest first. */
  runs: SyncRunView[];
}

/** `POST /api/v1/directory/device-profiles` */
export interface DeviceProfileImportReport {
  updated: number;
  unchanged: number;
}
