import type { CalendarBooking } from '@platzbuch/bookings';
import { personalCalendar, roomCalendar } from './feed-calendar';

const site = { publicUrl: 'https://platzbuch.example.org', organisation: 'Stadt Musterhausen' };

function booking(overrides: Partial<CalendarBooking> = {}): CalendarBooking {
  return {
    id: '3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b',
    kind: 'desk',
    status: 'confirmed',
    start: new Date('2026-03-30T07:00:00Z'),
    end: new Date('2026-03-30T10:00:00Z'),
    timezone: 'Europe/Berlin',
    placeName: 'S-3.14',
    floorName: '3. Obergeschoss',
    buildingName: 'Rathaus',
    version: 2,
    createdAt: new Date('2026-03-20T08:00:00Z'),
    updatedAt: new Date('2026-03-21T08:00:00Z'),
    ...overrides,
  };
}

describe('personalCalendar', () => {
  it('renders the same text for the same bookings, whenever it runs, so the ETag holds', () => {
    const first = personalCalendar([booking()], site);
    jest.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    try {
      expect(personalCalendar([booking()], site)).toBe(first);
    } finally {
      jest.useRealTimers();
    }
  });

  it('writes wall times with the zone, DTSTAMP and LAST-MODIFIED in UTC, the version as SEQUENCE', () => {
    const text = personalCalendar([booking({ status: 'released' })], site);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260330T090000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20260330T120000\r\n');
    expect(text).toContain('DTSTAMP:20260321T080000Z\r\n');
    expect(text).toContain('LAST-MODIFIED:20260321T080000Z\r\n');
    expect(text).toContain('SEQUENCE:2\r\n');
    expect(text).toContain('STATUS:CANCELLED\r\n');
    expect(text).toContain('UID:3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b@platzbuch.example.org\r\n');
    expect(text.replace(/\r\n /g, '')).toContain(
      '\r\nURL;VALUE=URI:https://platzbuch.example.org/bookings/3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b\r\n',
    );
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
  });

  it('names a place that has since been removed as such', () => {
    const text = personalCalendar([booking({ placeName: null, floorName: null, buildingName: null })], site);
    expect(text).toContain('SUMMARY:Arbeitsplatz (entfernt)\r\n');
  });
});

describe('roomCalendar', () => {
  it('says only "Belegt", and hands out no booking id', () => {
    const text = roomCalendar('Ratssaal', [booking({ kind: 'room', placeName: 'Ratssaal' })], site);
    expect(text).toContain('SUMMARY:Belegt\r\n');
    expect(text).toContain('X-WR-CALNAME:Stadt Musterhausen – Raum Ratssaal\r\n');
    expect(text).not.toContain('3f1d2c4b');
    expect(text).not.toMatch(/^URL/m);
  });
});
