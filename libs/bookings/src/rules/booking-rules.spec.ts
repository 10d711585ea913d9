import { DateTime } from 'luxon';
import { DEFAULT_POLICY } from './booking-policy';
import { type BookingFacts, checkBookingRules } from './booking-rules';
import { DEFAULT_OFFICE_HOURS } from './office-hours';

const zone = 'Europe/Berlin';
const at = (iso: string) => DateTime.fromISO(iso, { zone });

function facts(overrides: Partial<BookingFacts> = {}): BookingFacts {
  return {
    now: at('2027-01-11T07:00'),
    start: at('2027-01-12T08:00'),
    end: at('2027-01-12T12:00'),
    kind: 'desk',
    resourceBlocked: false,
    assignedToSomeoneElse: false,
    zoneDepartmentId: null,
    personDepartmentId: null,
    activeBookings: 0,
    policy: DEFAULT_POLICY,
    hours: DEFAULT_OFFICE_HOURS,
    holiday: null,
    ...overrides,
  };
}

const rules = (overrides: Partial<BookingFacts>) =>
  checkBookingRules(facts(overrides)).map((breach) => breach.rule);

describe('booking rules', () => {
  it('allows an ordinary booking', () => {
    expect(rules({})).toEqual([]);
  });

  it('counts the horizon in calendar days of the building, whatever the hour', () => {
    const now = at('2027-01-11T23:30');
    expect(rules({ now, start: at('2027-01-25T07:00'), end: at('2027-01-25T08:00') })).toEqual([]);
    expect(rules({ now, start: at('2027-01-26T07:00'), end: at('2027-01-26T08:00') })).toEqual([
      'BEYOND_HORIZON',
    ]);
  });

  it("keeps to the office hours to the second, on the booking's own day", () => {
    expect(rules({ start: at('2027-01-12T06:59:30'), end: at('2027-01-12T08:00') })).toEqual([
      'OUTSIDE_OFFICE_HOURS',
    ]);
    expect(rules({ start: at('2027-01-12T08:00'), end: at('2027-01-12T19:00:01') })).toEqual([
      'OUTSIDE_OFFICE_HOURS',
    ]);
    expect(rules({ start: at('2027-01-12T07:00'), end: at('2027-01-12T19:00') })).toEqual([]);
    expect(rules({ start: at('2027-01-12T18:00'), end: at('2027-01-13T08:00') })).toContain(
      'OUTSIDE_OFFICE_HOURS',
    );
  });

  it('refuses a start before the current minute, allows one within it', () => {
    const now = at('2027-01-12T09:30:45');
    expect(rules({ now, start: at('2027-01-12T09:29:59'), end: at('2027-01-12T10:00') })).toEqual([
      'IN_PAST',
    ]);
    expect(rules({ now, start: at('2027-01-12T09:30'), end: at('2027-01-12T10:00') })).toEqual([]);
  });

  it('opens a department zone to others only for the days left after the priority', () => {
    const reserved = {
      zoneDepartmentId: 'd1',
      personDepartmentId: 'd2',
      policy: { ...DEFAULT_POLICY, departmentPriorityDays: 10 },
    };
    expect(rules({ ...reserved, start: at('2027-01-15T08:00'), end: at('2027-01-15T09:00') })).toEqual([]);
    expect(rules({ ...reserved, start: at('2027-01-16T08:00'), end: at('2027-01-16T09:00') })).toContain(
      'ZONE_RESERVED',
    );
    expect(
      rules({
        ...reserved,
        personDepartmentId: 'd1',
        start: at('2027-01-25T08:00'),
        end: at('2027-01-25T09:00'),
      }),
    ).toEqual([]);
  });

  it('closes desks, not rooms, on holidays, unless the policy keeps them open', () => {
    const holiday = { de: 'Neujahr', en: "New Year's Day" };
    expect(rules({ holiday })).toEqual(['HOLIDAY']);
    expect(rules({ holiday, kind: 'room' })).toEqual([]);
    expect(rules({ holiday, policy: { ...DEFAULT_POLICY, closedOnHolidays: false } })).toEqual([]);
  });

  it('leaves the count out where it is not known', () => {
    expect(rules({ activeBookings: 20 })).toEqual(['TOO_MANY_BOOKINGS']);
    expect(rules({ activeBookings: undefined })).toEqual([]);
  });
});
