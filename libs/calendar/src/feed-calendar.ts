import { createHash } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarBooking } from '@platzbuch/bookings';

/** How often clients should fetch the feed again (`REFRESH-INTERVAL`, `X-PUBLISHED-TTL`). */
export const REFRESH_SECONDS = 15 * 60;

export interface FeedSite {
  /** `PUBLIC_URL`, without a trailing slash. */
  publicUrl: string;
  /** What people call the organisation, first in every calendar's name. */
  organisation: string;
}

const KIND_NAMES = { desk: 'Arbeitsplatz', room: 'Besprechungsraum' } as const;

/** "Etage 3, Rathaus": the floor and building, as far as they still exist. */
function whereIn(booking: CalendarBooking): string {
  return [booking.floorName, booking.buildingName].filter(Boolean).join(', ');
}

function place(booking: CalendarBooking): string {
  return `${KIND_NAMES[booking.kind]} ${booking.placeName ?? '(entfernt)'}`;
}

function location(booking: CalendarBooking): string {
  return [place(booking), whereIn(booking)].filter(Boolean).join(', ');
}

/**
 * A calendar that every client reads the same way: wall times in the building's zone with its
 * VTIMEZONE (never the server's zone: ical-generator would write the process's wall time for a JS
 * Date), DTSTAMP in UTC (a named calendar-level zone would drop its `Z`), and nothing that changes
 * from one rendering to the next, so that an unchanged feed keeps its ETag.
 */
function calendar(name: string): ICalCalendar {
  const feed = ical({
    name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Platzbuch', product: 'Platzbuch', language: 'DE' },
    ttl: REFRESH_SECONDS,
  });
  feed.timezone({ name: null, generator: getVtimezoneComponent });
  return feed;
}

/** RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves that one open. */
function text(feed: ICalCalendar): string {
  const body = feed.toString();
  return body.endsWith('\r\n') ? body : `${body}\r\n`;
}

function status(booking: CalendarBooking): ICalEventStatus {
  return booking.status === 'confirmed' || booking.status === 'checked_in'
    ? ICalEventStatus.CONFIRMED
    : ICalEventStatus.CANCELLED;
}

/** The parts of an event both kinds of feed share: when, how often changed, and its state. */
function timing(booking: CalendarBooking) {
  const updated = DateTime.fromJSDate(booking.updatedAt, { zone: 'utc' });
  return {
    start: DateTime.fromJSDate(booking.start, { zone: booking.timezone }),
    end: DateTime.fromJSDate(booking.end, { zone: booking.timezone }),
    timezone: booking.timezone,
    // The moment this version of the booking came to be: stable across renderings.
    stamp: updated,
    lastModified: updated,
    created: DateTime.fromJSDate(booking.createdAt, { zone: 'utc' }),
    sequence: booking.version,
    status: status(booking),
  };
}

/** A person's own bookings: which desk or room, where, and a link to the booking. */
export function personalCalendar(bookings: readonly CalendarBooking[], site: FeedSite): string {
  const host = new URL(site.publicUrl).hostname;
  const feed = calendar(`${site.organisation} – Meine Buchungen`);
  for (const booking of bookings) {
    feed.createEvent({
      ...timing(booking),
      id: `${booking.id}@${host}`,
      summary: [place(booking), whereIn(booking)].filter(Boolean).join(' · '),
      location: location(booking),
      url: `${site.publicUrl}/bookings/${booking.id}`,
    });
  }
  return text(feed);
}

/**
 * When a meeting room is taken, for a display beside its door: "Belegt", and nothing about who.
 * The UID is derived from the booking id rather than being it, so that the feed hands out no id
 * that names a booking elsewhere.
 */
export function roomCalendar(roomName: string, bookings: readonly CalendarBooking[], site: FeedSite): string {
  const host = new URL(site.publicUrl).hostname;
  const feed = calendar(`${site.organisation} – Raum ${roomName}`);
  for (const booking of bookings) {
    const uid = createHash('sha256').update(`room-feed:${booking.id}`).digest('hex').slice(0, 32);
    feed.createEvent({
      ...timing(booking),
      id: `${uid}@${host}`,
      summary: 'Belegt',
      location: location(booking),
    });
  }
  return text(feed);
}
