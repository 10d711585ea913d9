import type { TestApp } from '../support/test-app';

// ical.js declares its types for `import` only; under Jest it is loaded as CommonJS.
type Ical = typeof import('ical.js', { with: { 'resolution-mode': 'import' } }).default;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as Ical;
type Component = InstanceType<Ical['Component']>;
type Time = InstanceType<Ical['Time']>;

/** A feed URL's path and token, as `POST …/calendar-feed` handed it out. */
export function feedPath(url: string): { path: string; token: string } {
  const match = /^https?:\/\/[^/]+(\/ical\/([A-Za-z0-9_-]{43})\.ics)$/.exec(url);
  if (!match) throw new Error(`not a feed URL: ${url}`);
  return { path: match[1], token: match[2] };
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  status: string;
  sequence: number;
  url: string | null;
  /** Wall time in the event's zone, `YYYY-MM-DDTHH:MM:SS` */
  startLocal: string;
  endLocal: string;
  zone: string;
  startUtc: string;
  stampUtc: boolean;
  lastModified: string | null;
}

/**
 * Parses a feed as Thunderbird does (ical.js), with its VTIMEZONEs registered first, so that
 * wall times and instants come out as a calendar client computes them.
 */
export function parseFeed(body: string): { calendar: Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(body));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const stamp = component.getFirstPropertyValue('dtstamp') as Time;
    const modified = component.getFirstPropertyValue('last-modified') as Time | null;
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      status: String(component.getFirstPropertyValue('status')),
      sequence: event.sequence,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null,
      startLocal: event.startDate.toString().slice(0, 19),
      endLocal: event.endDate.toString().slice(0, 19),
      zone: event.startDate.zone.tzid,
      startUtc: event.startDate.toJSDate().toISOString(),
      stampUtc: stamp.zone === ICAL.Timezone.utcTimezone,
      lastModified: modified ? modified.toJSDate().toISOString() : null,
    };
  });
  return { calendar, events };
}

/** Opens every day of the week in `buildingId` and lets bookings reach a year ahead. */
export async function openAllWeek(t: TestApp, admin: { id: string }, buildingId: string): Promise<void> {
  const hours = await t.put(admin, `/api/v1/buildings/${buildingId}/office-hours`, {
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    opensAt: '07:00',
    splitsAt: '13:00',
    closesAt: '19:00',
  });
  expect(hours.statusCode).toBe(200);
  const policy = await t.put(admin, '/api/v1/booking-policies/organisation', { horizonDays: 365 });
  expect(policy.statusCode).toBe(200);
}
