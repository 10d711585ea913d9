import type { BookingCollision } from '@platzbuch/contracts';
import { DomainError, type Localized } from '@platzbuch/platform';

/**
 * 409 `BOOKING_CONFLICT`: an active booking already holds the desk or room, or the person already
 * holds another desk, in an overlapping interval. The answer names the colliding intervals and
 * whether they are the person's own, never who holds them.
 */
export class BookingConflictError extends DomainError {
  constructor(
    readonly collisions: BookingCollision[],
    forSelf: boolean,
  ) {
    super('BOOKING_CONFLICT', detailOf(collisions, forSelf), { collisions });
  }
}

function detailOf(collisions: BookingCollision[], forSelf: boolean): Localized {
  const first = collisions[0];
  if (!first) {
    return {
      de: 'Dieser Platz ist in dieser Zeit bereits gebucht.',
      en: 'This place is already booked at this time.',
    };
  }
  const from = first.startLocal.slice(11, 16);
  const to = first.endLocal.slice(11, 16);
  if (!first.own) {
    return {
      de: `Dieser Platz ist von ${from} bis ${to} Uhr bereits gebucht.`,
      en: `This place is already booked from ${from} to ${to}.`,
    };
  }
  const what =
    first.reason === 'person'
      ? { de: 'einen anderen Arbeitsplatz', en: 'another desk' }
      : { de: 'diesen Platz', en: 'this place' };
  return forSelf
    ? {
        de: `Sie haben ${what.de} von ${from} bis ${to} Uhr bereits gebucht.`,
        en: `You have already booked ${what.en} from ${from} to ${to}.`,
      }
    : {
        de: `Diese Person hat ${what.de} von ${from} bis ${to} Uhr bereits gebucht.`,
        en: `This person has already booked ${what.en} from ${from} to ${to}.`,
      };
}
