import { DateTime } from 'luxon';
import type { BookingCollision, BookingPlace, BookingView } from '@platzbuch/contracts';
import type { BookingStatus, CancelReason } from './booking.entity';
import type { ResourceKind } from './reservation';
import type { CheckInRules, Rules } from './rules/rule-book';
import { inZone } from './rules/zones';

/** Where a booking or series is, as `PLACE_COLUMNS` read it. */
export interface PlaceColumns {
  resource_kind: ResourceKind;
  place_name: string | null;
  floor_id: string | null;
  floor_name: string | null;
  building_id: string | null;
  building_name: string | null;
  timezone: string | null;
  zone_id: string | null;
  zone_name: string | null;
}

/** The columns of a `Reservation`: what is booked, for whom, by whom. */
export interface ReservationColumns extends PlaceColumns {
  id: string;
  desk_id: string | null;
  room_id: string | null;
  person_id: string | null;
  booked_by_id: string | null;
}

/** A booking as the queries below read it: the row, where it is, and in which zone. */
export interface BookingRow extends ReservationColumns {
  start_at: Date;
  end_at: Date;
  day: string;
  status: BookingStatus;
  series_id: string | null;
  checked_in_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: CancelReason | null;
  released_at: Date | null;
  created_at: Date;
}

/** What a calendar feed reads of a booking. */
export interface CalendarBookingRow extends PlaceColumns {
  id: string;
  status: BookingStatus;
  start_at: Date;
  end_at: Date;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const PLACE_COLUMNS = `
  coalesce(d.code, r.name) AS place_name, coalesce(d.floor_id, r.floor_id) AS floor_id,
  coalesce(d.floor_name, r.floor_name) AS floor_name, coalesce(d.building_id, r.building_id) AS building_id,
  coalesce(d.building_name, r.building_name) AS building_name, coalesce(d.timezone, r.timezone) AS timezone,
  d.zone_id, d.zone_name`;

/** Joins the place of the desk or room of `alias`; a removed desk or room leaves it without one. */
export function placeJoins(alias: string): string {
  return `
  LEFT JOIN located_desks d ON d.id = ${alias}.desk_id
  LEFT JOIN located_rooms r ON r.id = ${alias}.room_id`;
}

/** The columns of a `BookingRow`, for `SELECT … FROM bookings b ${BOOKING_JOINS}`. */
export const BOOKING_COLUMNS = `
  b.id, b.resource_kind, b.desk_id, b.room_id, b.person_id, b.booked_by_id, b.start_at, b.end_at,
  b.day::text AS day, b.status, b.series_id, b.checked_in_at, b.cancelled_at, b.cancel_reason,
  b.released_at, b.created_at, ${PLACE_COLUMNS}`;

export const BOOKING_JOINS = placeJoins('b');

export const ACTIVE_SQL = `status IN ('confirmed', 'checked_in')`;

/**
 * ISO 8601 wall time in `zone` with its offset, milliseconds only where there are any:
 * 2026-03-30T07:00:00+02:00. Written by hand from the zone's offset, which is many times cheaper
 * than Luxon's formatting on the paths that answer every booking.
 */
export function localIso(instant: Date | DateTime, zone: string): string {
  const ms = instant instanceof Date ? instant.getTime() : instant.toMillis();
  const offset = inZone(zone).offset(ms);
  const wall = new Date(ms + offset * 60_000).toISOString();
  const millis = wall.slice(19, 23) === '.000' ? '' : wall.slice(19, 23);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wall.slice(0, 19)}${millis}${sign}${hours}:${minutes}`;
}

function iso(instant: Date | null): string | null {
  return instant ? new Date(instant).toISOString() : null;
}

/** The window in which a booking can be checked into. */
export function checkInWindow(
  start: Date,
  end: Date,
  rules: CheckInRules,
): { opensAt: Date; closesAt: Date } {
  const opensAt = new Date(start.getTime() - rules.opensMinutesBefore * 60_000);
  // Without required check-in nothing is released, so a late arrival may still check in.
  const closesAt = rules.required ? new Date(start.getTime() + rules.graceMinutes * 60_000) : end;
  return { opensAt, closesAt };
}

export function toBookingView(row: BookingRow, rules: Rules, fallbackZone: string): BookingView {
  const zone = row.timezone ?? fallbackZone;
  const start = new Date(row.start_at);
  const end = new Date(row.end_at);
  const checkIn = rules.checkInFor(row.building_id);
  const window = checkInWindow(start, end, checkIn);
  return {
    ...reservationOf(row),
    start: start.toISOString(),
    end: end.toISOString(),
    startLocal: localIso(start, zone),
    endLocal: localIso(end, zone),
    timezone: zone,
    day: row.day,
    status: row.status,
    seriesId: row.series_id,
    checkedInAt: iso(row.checked_in_at),
    cancelledAt: iso(row.cancelled_at),
    cancelledReason: row.cancel_reason,
    releasedAt: iso(row.released_at),
    createdAt: new Date(row.created_at).toISOString(),
    checkIn: {
      required: checkIn.required,
      opensAt: window.opensAt.toISOString(),
      closesAt: window.closesAt.toISOString(),
    },
  };
}

/** The fields bookings and series share, as the API shows them. */
export function reservationOf(row: ReservationColumns) {
  return {
    id: row.id,
    deskId: row.desk_id,
    roomId: row.room_id,
    personId: row.person_id,
    bookedById: row.booked_by_id,
    place: toPlace(row),
  };
}

export function toPlace(row: PlaceColumns): BookingPlace {
  return {
    kind: row.resource_kind,
    name: row.place_name,
    floorId: row.floor_id,
    floorName: row.floor_name,
    buildingId: row.building_id,
    buildingName: row.building_name,
    zoneId: row.zone_id,
    zoneName: row.zone_name,
  };
}

/** A colliding booking as a `BOOKING_CONFLICT` may show it: when, and whether it is the person's own. */
export function toCollision(
  row: { id: string; start_at: Date; end_at: Date; own: boolean; reason: 'resource' | 'person' },
  zone: string,
): BookingCollision {
  const start = new Date(row.start_at);
  const end = new Date(row.end_at);
  return {
    reason: row.reason,
    start: start.toISOString(),
    end: end.toISOString(),
    startLocal: localIso(start, zone),
    endLocal: localIso(end, zone),
    own: row.own,
    bookingId: row.own ? row.id : null,
  };
}
