import { describe, expect, it } from '@jest/globals';
import type { DeskAvailability } from '@platzbuch/contracts';
import { createTranslator } from '../i18n/translate';
import { describeAvailability, matchesFilter, NO_FILTER, stateText } from './desk-state';

const desk = (overrides: Partial<DeskAvailability> = {}): DeskAvailability => ({
  id: 'd1',
  code: '3.14',
  x: 50,
  y: 50,
  zoneId: 'z1',
  zoneName: 'Bürgeramt',
  equipment: { docking: 'usb-c', monitors: 2, heightAdjustable: false, accessible: false },
  state: 'free',
  rule: null,
  fixed: false,
  assignedToYou: false,
  busy: [],
  yourBookingId: null,
  ...overrides,
});

describe('a desk as a screen reader hears it', () => {
  const { t } = createTranslator('de');
  const english = createTranslator('en').t;

  it('says code, state, zone and equipment', () => {
    expect(describeAvailability(desk(), t)).toBe(
      'Platz 3.14, frei, Bereich Bürgeramt, Docking USB-C, 2 Monitore',
    );
    expect(describeAvailability(desk({ state: 'booked', zoneName: null }), english)).toBe(
      'Desk 3.14, booked, USB-C dock, 2 monitors',
    );
  });

  it('gives the reason a desk cannot be booked, and marks favourites', () => {
    expect(stateText(desk({ state: 'restricted', rule: 'ZONE_RESERVED' }), t)).toBe(
      'nicht buchbar: zuerst für einen Fachbereich reserviert',
    );
    expect(describeAvailability(desk({ state: 'mine' }), t, true)).toMatch(
      /^Platz 3\.14, von Ihnen gebucht, Favorit,/,
    );
  });
});

describe('matchesFilter', () => {
  const none = new Set<string>();

  it('lets everything through without filters', () => {
    expect(matchesFilter(desk({ state: 'booked' }), NO_FILTER, none)).toBe(true);
  });

  it('asks for each piece of equipment, the zone, free desks and favourites', () => {
    expect(matchesFilter(desk(), { ...NO_FILTER, minMonitors: 3 }, none)).toBe(false);
    expect(matchesFilter(desk(), { ...NO_FILTER, heightAdjustable: true }, none)).toBe(false);
    expect(
      matchesFilter(
        desk({ equipment: { ...desk().equipment, docking: 'none' } }),
        { ...NO_FILTER, docking: true },
        none,
      ),
    ).toBe(false);
    expect(matchesFilter(desk(), { ...NO_FILTER, zoneId: 'z2' }, none)).toBe(false);
    expect(matchesFilter(desk({ state: 'booked' }), { ...NO_FILTER, onlyFree: true }, none)).toBe(false);
    expect(matchesFilter(desk(), { ...NO_FILTER, onlyFavourites: true }, none)).toBe(false);
    expect(matchesFilter(desk(), { ...NO_FILTER, onlyFavourites: true, zoneId: 'z1' }, new Set(['d1']))).toBe(
      true,
    );
  });
});
