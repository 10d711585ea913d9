import type { AvailabilityState, BookingRuleName, DeskAvailability } from '@platzbuch/contracts';
import { equipmentParts } from '../floors/desk-description';
import type { PlanMarker } from '../floors/floor-plan';
import type { Translate } from '../i18n/i18n';

/** How a state looks on the plan; each look also differs by glyph and border, never by colour alone. */
export const STATE_VARIANT: Record<AvailabilityState, PlanMarker['variant']> = {
  free: 'free',
  booked: 'taken',
  mine: 'mine',
  blocked: 'blocked',
  assigned: 'unavailable',
  restricted: 'unavailable',
};

/** The glyph of a state in lists and the legend, the same as on the plan. */
export const STATE_GLYPH: Record<AvailabilityState, string> = {
  free: '○',
  booked: '✕',
  mine: '✓',
  blocked: '⊘',
  assigned: '–',
  restricted: '–',
};

/** "frei", "belegt", "nicht buchbar: außerhalb der Öffnungszeiten" */
export function stateText(desk: Pick<DeskAvailability, 'state' | 'rule'>, t: Translate): string {
  if (desk.state === 'restricted' && desk.rule)
    return `${t('booking.state.restricted')}: ${ruleText(desk.rule, t)}`;
  return t(`booking.state.${desk.state}`);
}

export function ruleText(rule: BookingRuleName, t: Translate): string {
  return t(`booking.rule.${rule}`);
}

/** The accessible name of a desk for booking: "Platz 3.14, frei, Bereich Bürgeramt, Docking USB-C, 2 Monitore". */
export function describeAvailability(desk: DeskAvailability, t: Translate, favourite = false): string {
  const parts = [t('desk.name', { code: desk.code }), stateText(desk, t)];
  if (favourite) parts.push(t('booking.favourite'));
  if (desk.zoneName) parts.push(t('desk.zone', { zone: desk.zoneName }));
  parts.push(...equipmentParts(desk, t));
  if (desk.fixed) parts.push(t('desk.assigned'));
  return parts.join(', ');
}

export interface DeskFilter {
  zoneId: string;
  docking: boolean;
  minMonitors: number;
  heightAdjustable: boolean;
  accessible: boolean;
  onlyFree: boolean;
  onlyFavourites: boolean;
}

export const NO_FILTER: DeskFilter = {
  zoneId: '',
  docking: false,
  minMonitors: 0,
  heightAdjustable: false,
  accessible: false,
  onlyFree: false,
  onlyFavourites: false,
};

export function matchesFilter(
  desk: DeskAvailability,
  filter: DeskFilter,
  favourites: ReadonlySet<string>,
): boolean {
  const { equipment } = desk;
  return (
    (!filter.zoneId || desk.zoneId === filter.zoneId) &&
    (!filter.docking || equipment.docking !== 'none') &&
    equipment.monitors >= filter.minMonitors &&
    (!filter.heightAdjustable || equipment.heightAdjustable) &&
    (!filter.accessible || equipment.accessible) &&
    (!filter.onlyFree || desk.state === 'free') &&
    (!filter.onlyFavourites || favourites.has(desk.id))
  );
}

export function deskMarkersFor(
  desks: DeskAvailability[],
  favourites: ReadonlySet<string>,
  t: Translate,
): PlanMarker[] {
  return desks.map((desk) => ({
    id: desk.id,
    x: desk.x,
    y: desk.y,
    label: desk.code,
    name: describeAvailability(desk, t, favourites.has(desk.id)),
    variant: STATE_VARIANT[desk.state],
  }));
}
