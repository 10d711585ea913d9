import type {
  DepartmentSummary,
  DeviceProfileImportReport,
  PersonSummary,
  SyncRunView,
  SyncStatusResponse,
} from '@platzbuch/contracts';
import { http, segment } from './http';

/** Active people whose name holds the words of `query` (at least two characters); the first page. */
export const searchPeople = (query: string, signal?: AbortSignal) =>
  http.get<PersonSummary[]>('/people', { query: { query, limit: 10 }, signal });
/** One active person; a 404 once they left. */
export const getPerson = (id: string, signal?: AbortSignal) =>
  http.get<PersonSummary>(`/people/${segment(id)}`, { signal });
/** Every department by name, to choose the one that owns a zone. */
export const listDepartments = () => http.get<DepartmentSummary[]>('/departments');

/** Whether the sync from Entra ID is on, and its last rounds, newest first. */
export const getSyncStatus = (signal?: AbortSignal) =>
  http.get<SyncStatusResponse>('/directory/sync/status', { signal });
/** Starts a round (or returns the one under way); 409 while a round is held or the sync is off. */
export const startSyncRound = () => http.post<SyncRunView>('/directory/sync');
/** Applies a held round as it was read, deactivations included. */
export const confirmSyncRound = (runId: string) =>
  http.post<SyncRunView>(`/directory/sync/${segment(runId)}/confirm`);
/** Declines a held round; the next round reads its changes again. */
export const discardSyncRound = (runId: string) =>
  http.post<SyncRunView>(`/directory/sync/${segment(runId)}/discard`);
/** Sets device profiles from a CSV (`email;deviceProfile`); all lines are checked before any changes. */
export const importDeviceProfiles = (csv: Blob) =>
  http.post<DeviceProfileImportReport>('/directory/device-profiles', { body: csv, contentType: 'text/csv' });
