import { createHash } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar, type ICalEvent } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarBooking } from '@platzbuch/bookings';
import { foldLines } from './ical-lines';

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

/**
 * The calendar's text: its head as ical-generator writes it, the VTIMEZONE of every zone the events
 * use, and the events. Assembled here rather than by `feed.toString()` only for the line folding,
 * which is done by `foldLines` at a fraction of the cost.
 */
function text(feed: ICalCalendar, events: readonly ICalEvent[]): string {
  const head = calendar(feed.name() ?? '')
    .toString()
    .replace(/END:VCALENDAR(\r\n)?$/, '');
  const zones = [...new Set(events.map((event) => event.timezone()).filter((zone) => zone !== null))].sort();
  const timezones = zones.map((zone) => getVtimezoneComponent(zone) ?? '').join('');
  const body = events.map((event) => event.toString()).join('');
  return foldLines(`${head}${timezones}${body}END:VCALENDAR`);
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
  const events = bookings.map((booking) =>
    feed.createEvent({
      ...timing(booking),
      id: `${booking.id}@${host}`,
      summary: [place(booking), whereIn(booking)].filter(Boolean).join(' · '),
      location: location(booking),
      url: `${site.publicUrl}/bookings/${booking.id}`,
    }),
  );
  return text(feed, events);
}

/**
 * When a meeting room is taken, for a display beside its door: "Belegt", and nothing about who.
 * The UID is derived from the booking id rather than being it, so that the feed hands out no id
 * that names a booking elsewhere.
 */
export function roomCalendar(roomName: string, bookings: readonly CalendarBooking[], site: FeedSite): string {
  const host = new URL(site.publicUrl).hostname;
  const feed = calendar(`${site.organisation} – Raum ${roomName}`);
  const events = bookings.map((booking) =>
    feed.createEvent({
      ...timing(booking),
      id: `${createHash('sha256').update(`room-feed:${booking.id}`).digest('hex').slice(0, 32)}@${host}`,
      summary: 'Belegt',
      location: location(booking),
    }),
  );
  return text(feed, events);
}
