import type { DeskView } from '@platzbuch/contracts';
import type { Translate } from '../i18n/translate';
import type { PlanMarker } from './floor-plan';

/** "Erdgeschoss", "3. Obergeschoss", "1. Untergeschoss" */
export function levelName(level: number, t: Translate): string {
  if (level === 0) return t('level.ground');
  return level > 0 ? t('level.above', { level }) : t('level.below', { level: -level });
}

export function equipmentParts(desk: Pick<DeskView, 'equipment'>, t: Translate): string[] {
  const { docking, monitors, heightAdjustable, accessible } = desk.equipment;
  const parts = [
    t(`desk.docking.${docking}`),
    monitors === 0 ? t('desk.noMonitor') : t('desk.monitors', { count: monitors }),
  ];
  if (heightAdjustable) parts.push(t('desk.heightAdjustable'));
  if (accessible) parts.push(t('desk.accessible'));
  return parts;
}

export interface DeskDescriptionOptions {
  zone?: string | null;
  /** The desk's state for the viewer (booking will say "frei" or "belegt"), right after its name. */
  state?: string;
}

/** The accessible name of a desk: "Platz 3.14, Bereich Bürgeramt, Docking USB-C, 2 Monitore". */
export function describeDesk(desk: DeskView, t: Translate, options: DeskDescriptionOptions = {}): string {
  const parts = [t('desk.name', { code: desk.code })];
  if (options.state) parts.push(options.state);
  if (desk.status === 'blocked') parts.push(t('desk.blocked'));
  if (options.zone) parts.push(t('desk.zone', { zone: options.zone }));
  parts.push(...equipmentParts(desk, t));
  if (desk.assigneeId) parts.push(t('desk.assigned'));
  return parts.join(', ');
}

/** Desk codes in the order people count them: "3.2" before "3.10". */
export const compareCodes = new Intl.Collator('de', { numeric: true, sensitivity: 'base' }).compare;

/** The desks of a floor as plan markers, named as `describeDesk` names them. */
export function deskMarkers(
  desks: DeskView[],
  zoneNames: ReadonlyMap<string, string>,
  t: Translate,
): PlanMarker[] {
  return desks.map((desk) => ({
    id: desk.id,
    x: desk.x,
    y: desk.y,
    label: desk.code,
    name: describeDesk(desk, t, { zone: desk.zoneId ? zoneNames.get(desk.zoneId) : null }),
    variant: desk.status === 'blocked' ? 'blocked' : 'default',
  }));
}
