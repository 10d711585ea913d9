import type { DepartmentSummary, PersonSummary } from '@platzbuch/contracts';
import { http, segment } from './http';

/** Active people whose name holds the words of `query` (at least two characters); the first page. */
export const searchPeople = (query: string, signal?: AbortSignal) =>
  http.get<PersonSummary[]>('/people', { query: { query, limit: 10 }, signal });
/** One active person; a 404 once they left. */
export const getPerson = (id: string, signal?: AbortSignal) =>
  http.get<PersonSummary>(`/people/${segment(id)}`, { signal });
/** Every department by name, to choose the one that owns a zone. */
export const listDepartments = () => http.get<DepartmentSummary[]>('/departments');
