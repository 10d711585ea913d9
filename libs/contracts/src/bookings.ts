// Shapes of the booking routes, shared by the API and the web client.
import type { PersonSummary } from './directory';
import type { DeskEquipment, RoomEquipmentName } from './locations';

export type BookingStatusName = 'confirmed' | 'checked_in' | 'cancelled' | 'released';
export type BookingResourceKind = 'desk' | 'room';
/** Convenience intervals of a day, resolved through the building's office hours. */
export type SlotName = 'day' | 'morning' | 'afternoon';
/**
 * Why a booking was cancelled: by its owner or booker, because the desk or room was taken out of
 * use, or because the person left the organisation.
 */
export type CancelReasonName = 'by_person' | 'resource_blocked' | 'person_deactivated';
/** The `rule` of a `POLICY_VIOLATION` answer. */
export type BookingRuleName =
  | 'RESOURCE_BLOCKED'
  | 'IN_PAST'
  | 'OUTSIDE_OFFICE_HOURS'
  | 'HOLIDAY'
  | 'BEYOND_HORIZON'
  | 'ZONE_RESERVED'
  | 'FIXED_DESK'
  | 'TOO_LONG'
  | 'TOO_MANY_BOOKINGS'
  | 'PERSON_INACTIVE'
  | 'CHECK_IN_NOT_OPEN'
  | 'CHECK_IN_CLOSED'
  | 'BOOKING_ENDED';
export type GermanStateCode =
  | 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HH' | 'HE' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH'; // prettier-ignore

/** A text in both languages of the product. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** `POST /api/v1/bookings`: a desk or a room; `start`/`end`, or `date` with a `slot`. */
export interface CreateBookingRequest {
  deskId?: string;
  roomId?: string;
  /** ISO 8601 with offset */
  start?: string;
  end?: string;
  /** YYYY-MM-DD, local to the building */
  date?: string;
  slot?: SlotName;
  /** Book for someone else: a person who named the caller as delegate, or anyone for facility managers */
  forPersonId?: string;
}

/** Where a booking is; names are null once the desk or room was removed. */
export interface BookingPlace {
  kind: BookingResourceKind;
  /** Desk code or room name */
  name: string | null;
  floorId: string | null;
  floorName: string | null;
  buildingId: string | null;
  buildingName: string | null;
  zoneId: string | null;
  zoneName: string | null;
}

export interface CheckInWindow {
  /** The building releases bookings nobody checked into. */
  required: boolean;
  opensAt: string;
  closesAt: string;
}

export interface BookingView {
  id: string;
  deskId: string | null;
  roomId: string | null;
  /** null once personal data was detached after the retention period */
  personId: string | null;
  /** Who made the booking: the person, a delegate, or a facility manager */
  bookedById: string | null;
  /** UTC */
  start: string;
  end: string;
  /** Wall time in the building's zone, with its offset: 2026-03-30T07:00:00+02:00 */
  startLocal: string;
  endLocal: string;
  /** IANA zone of the building */
  timezone: string;
  /** Local day, YYYY-MM-DD */
  day: string;
  status: BookingStatusName;
  seriesId: string | null;
  checkedInAt: string | null;
  cancelledAt: string | null;
  cancelledReason: CancelReasonName | null;
  releasedAt: string | null;
  createdAt: string;
  place: BookingPlace;
  checkIn: CheckInWindow;
}

/** One interval a `BOOKING_CONFLICT` collides with (in the problem's `collisions`). */
export interface BookingCollision {
  /** `resource`: the desk or room is taken; `person`: the person already holds another desk then. */
  reason: 'resource' | 'person';
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  /** The colliding booking belongs to the person the request was for. */
  own: boolean;
  /** Given only for the person's own booking. */
  bookingId: string | null;
}

/** `POST /api/v1/booking-series`: weekly on `weekdays` from `firstDay` until `lastDay`. */
export interface CreateBookingSeriesRequest {
  deskId?: string;
  roomId?: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  weekdays: number[];
  firstDay: string;
  lastDay: string;
  /** A slot, or local `startTime`/`endTime` (HH:MM) */
  slot?: SlotName;
  startTime?: string;
  endTime?: string;
  forPersonId?: string;
}

export interface BookingSeriesView {
  id: string;
  deskId: string | null;
  roomId: string | null;
  personId: string | null;
  bookedById: string | null;
  weekdays: number[];
  firstDay: string;
  lastDay: string;
  /** Local wall times, HH:MM, kept across daylight-saving switches */
  startTime: string;
  endTime: string;
  timezone: string;
  cancelledAt: string | null;
  createdAt: string;
  place: BookingPlace;
}

export interface OccurrenceRefusal {
  code: 'BOOKING_CONFLICT' | 'POLICY_VIOLATION';
  /** For `POLICY_VIOLATION` */
  rule: BookingRuleName | null;
  detail: LocalizedText;
  collisions: BookingCollision[];
}

export interface SeriesOccurrence {
  date: string;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  booking: BookingView | null;
  refusal: OccurrenceRefusal | null;
}

/** Answer of `POST /api/v1/booking-series` and `GET /api/v1/booking-series/{id}` */
export interface BookingSeriesResult {
  series: BookingSeriesView;
  occurrences: SeriesOccurrence[];
}

/** `free` can be booked; the other states say why not (`rule` gives the reason for `restricted`). */
export type AvailabilityState = 'free' | 'booked' | 'mine' | 'blocked' | 'assigned' | 'restricted';

export interface BusyInterval {
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  /** The caller's own booking */
  mine: boolean;
}

export interface DeskAvailability {
  id: string;
  code: string;
  x: number;
  y: number;
  zoneId: string | null;
  zoneName: string | null;
  equipment: DeskEquipment;
  state: AvailabilityState;
  /** Why it cannot be booked, where a rule says so */
  rule: BookingRuleName | null;
  /** A fixed desk, bookable by others only on days its holder released */
  fixed: boolean;
  assignedToYou: boolean;
  /** Active bookings overlapping the interval; never who holds them */
  busy: BusyInterval[];
  yourBookingId: string | null;
}

export interface RoomAvailability {
  id: string;
  name: string;
  capacity: number;
  equipment: RoomEquipmentName[];
  x: number;
  y: number;
  state: AvailabilityState;
  rule: BookingRuleName | null;
  busy: BusyInterval[];
  yourBookingId: string | null;
}

/** `GET /api/v1/floors/{id}/availability` */
export interface FloorAvailability {
  floorId: string;
  buildingId: string;
  timezone: string;
  from: string;
  to: string;
  fromLocal: string;
  toLocal: string;
  desks: DeskAvailability[];
  rooms: RoomAvailability[];
}

/** One answer of `GET /api/v1/desk-search`: free desks, the person's own department's zones first. */
export interface DeskSuggestion {
  id: string;
  code: string;
  floorId: string;
  floorName: string;
  buildingId: string;
  buildingName: string;
  zoneId: string | null;
  zoneName: string | null;
  equipment: DeskEquipment;
  /** The desk is in a zone of the person's own department */
  ownDepartment: boolean;
}

export interface BookingPolicySettings {
  /** How many days ahead a booking may start (0: today only) */
  horizonDays: number;
  maxDurationMinutes: number;
  /** Most bookings one person may hold that have not ended */
  maxActiveBookings: number;
  /** Public holidays and closure days are closed for desk booking */
  closedOnHolidays: boolean;
  /** In a department's zone, members may book this many days earlier than others */
  departmentPriorityDays: number;
}

/** A stored policy: the settings it overrides; null ones are inherited. */
export interface BookingPolicyView {
  scope: 'organisation' | 'building' | 'zone';
  buildingId: string | null;
  zoneId: string | null;
  settings: { [K in keyof BookingPolicySettings]: BookingPolicySettings[K] | null };
  /** Organisation only: the German state whose public holidays apply */
  holidayRegion: GermanStateCode | null;
  updatedAt: string;
}

/** `GET /api/v1/booking-policies/effective`: what applies to a building or zone after inheritance. */
export interface EffectiveBookingPolicy {
  buildingId: string | null;
  zoneId: string | null;
  policy: BookingPolicySettings;
  holidayRegion: GermanStateCode;
}

export interface OfficeHoursView {
  buildingId: string;
  weekdays: number[];
  /** HH:MM local */
  opensAt: string;
  splitsAt: string;
  closesAt: string;
  /** false: the defaults apply */
  custom: boolean;
}

export interface CheckInSettingsView {
  buildingId: string;
  required: boolean;
  opensMinutesBefore: number;
  graceMinutes: number;
  custom: boolean;
}

/** `GET /api/v1/holidays`: public holidays of the organisation's state and its closure days. */
export interface HolidayView {
  date: string;
  name: LocalizedText;
  kind: 'public' | 'closure';
  /** Closure days: their id, and their building (null: every building) */
  closureDayId: string | null;
  buildingId: string | null;
}

export interface ClosureDayView {
  id: string;
  date: string;
  buildingId: string | null;
  name: string;
}

/** Someone named as delegate, or someone who named the caller (`GET /api/v1/me/delegates`, `/me/principals`). */
export type DelegateView = PersonSummary;

export interface DeskReleaseView {
  deskId: string;
  date: string;
}
