import type {
  BookingPolicySettings,
  BookingPolicyView,
  CheckInSettingsView,
  ClosureDayView,
  EffectiveBookingPolicy,
  GermanStateCode,
  HolidayView,
  OfficeHoursView,
} from '@platzbuch/contracts';
import { http, segment, send } from './http';

/** A DELETE whose answer is the state it leaves behind (the defaults now in force). */
const reset = async <T>(path: string): Promise<T> => (await (await send('DELETE', path)).json()) as T;

/** A policy as a form sends it: every setting left null is inherited from the wider scope. */
export type PolicyOverrideInput = { [K in keyof BookingPolicySettings]: BookingPolicySettings[K] | null };

export const listPolicies = () => http.get<BookingPolicyView[]>('/booking-policies');
export const getEffectivePolicy = (scope: { buildingId?: string; zoneId?: string } = {}) =>
  http.get<EffectiveBookingPolicy>('/booking-policies/effective', { query: scope });
export const setOrganisationPolicy = (
  settings: PolicyOverrideInput & { holidayRegion: GermanStateCode | null },
) => http.put<BookingPolicyView>('/booking-policies/organisation', { json: settings });
export const setBuildingPolicy = (buildingId: string, settings: PolicyOverrideInput) =>
  http.put<BookingPolicyView>(`/booking-policies/buildings/${segment(buildingId)}`, { json: settings });
export const removeBuildingPolicy = (buildingId: string) =>
  http.delete(`/booking-policies/buildings/${segment(buildingId)}`);
export const setZonePolicy = (zoneId: string, settings: PolicyOverrideInput) =>
  http.put<BookingPolicyView>(`/booking-policies/zones/${segment(zoneId)}`, { json: settings });
export const removeZonePolicy = (zoneId: string) => http.delete(`/booking-policies/zones/${segment(zoneId)}`);

export interface OfficeHoursInput {
  weekdays: number[];
  opensAt: string;
  splitsAt: string;
  closesAt: string;
}

export const getOfficeHours = (buildingId: string) =>
  http.get<OfficeHoursView>(`/buildings/${segment(buildingId)}/office-hours`);
export const setOfficeHours = (buildingId: string, hours: OfficeHoursInput) =>
  http.put<OfficeHoursView>(`/buildings/${segment(buildingId)}/office-hours`, { json: hours });
export const resetOfficeHours = (buildingId: string) =>
  reset<OfficeHoursView>(`/buildings/${segment(buildingId)}/office-hours`);

/** Minutes left out take the defaults (15 before, 30 after the start). */
export interface CheckInSettingsInput {
  required: boolean;
  opensMinutesBefore?: number;
  graceMinutes?: number;
}

export const getCheckInSettings = (buildingId: string) =>
  http.get<CheckInSettingsView>(`/buildings/${segment(buildingId)}/check-in-settings`);
export const setCheckInSettings = (buildingId: string, settings: CheckInSettingsInput) =>
  http.put<CheckInSettingsView>(`/buildings/${segment(buildingId)}/check-in-settings`, { json: settings });
export const resetCheckInSettings = (buildingId: string) =>
  reset<CheckInSettingsView>(`/buildings/${segment(buildingId)}/check-in-settings`);

export const listHolidays = (year: number, buildingId?: string) =>
  http.get<HolidayView[]>('/holidays', { query: { year, buildingId } });
export const addClosureDay = (closure: { date: string; name: string; buildingId?: string }) =>
  http.post<ClosureDayView>('/closure-days', { json: closure });
export const removeClosureDay = (id: string) => http.delete(`/closure-days/${segment(id)}`);
