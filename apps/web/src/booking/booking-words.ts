import type { BookingView } from '@platzbuch/contracts';
import type { Translate } from '../i18n/i18n';
import { wallTime } from './booking-when';

/** "Platz 3.14" or the room's name; kept even when the desk or room was removed since. */
export function bookedWhat(booking: Pick<BookingView, 'place'>, t: Translate): string {
  const { kind, name } = booking.place;
  if (!name) return t('myBookings.removed');
  return kind === 'desk' ? t('desk.name', { code: name }) : name;
}

/** "Rathaus, 2. Obergeschoss, Bereich Bürgeramt" */
export function bookedWhere(booking: Pick<BookingView, 'place'>, t: Translate): string {
  const { buildingName, floorName, zoneName } = booking.place;
  return [buildingName, floorName, zoneName && t('desk.zone', { zone: zoneName })].filter(Boolean).join(', ');
}

/** "07:00–13:00" in the building's wall time. */
export const bookedTime = (booking: Pick<BookingView, 'startLocal' | 'endLocal'>) =>
  `${wallTime(booking.startLocal)}–${wallTime(booking.endLocal)}`;

/** Whether the check-in window is open at `now`, for a booking that still waits for it. */
export function canCheckIn(booking: BookingView, now: Date): boolean {
  if (booking.status !== 'confirmed' || booking.personId === null) return false;
  return new Date(booking.checkIn.opensAt) <= now && now < new Date(booking.checkIn.closesAt);
}
