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
