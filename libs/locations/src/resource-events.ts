import type { EntityManager } from 'typeorm';
import type { DomainEvents } from '@platzbuch/platform';

/**
 * Desks and rooms are about to be deleted, alone or with their floor or building. Published inside
 * the deleting transaction after their rows were locked, so that no booking can be added to them
 * meanwhile. A handler vetoes the deletion by throwing (a `StateConflictError` saying why); it must
 * read and write through `manager`.
 */
export class ResourcesRemoving {
  constructor(
    readonly deskIds: string[],
    readonly roomIds: string[],
    readonly manager: EntityManager,
  ) {}
}

/**
 * Desks and rooms went out of use (status `blocked`), published inside the transaction that blocked
 * them. Handlers may cancel or flag what was booked on them, through `manager`.
 */
export class ResourcesBlocked {
  constructor(
    readonly deskIds: string[],
    readonly roomIds: string[],
    readonly manager: EntityManager,
  ) {}
}

/**
 * What bookings describe a place by changed: a building's name or time zone, a floor's name, a
 * desk's code or floor, a room's name. Published after the change is committed, so that a handler
 * that reads again (a calendar feed rendered afresh) reads the new state.
 */
export class PlaceDetailsChanged {}

/** Publishes `PlaceDetailsChanged` when any of `fields` differs between `before` and `after`. */
export async function announcePlaceDetails<T>(
  events: DomainEvents,
  before: T,
  after: T,
  fields: readonly (keyof T)[],
): Promise<void> {
  if (fields.some((field) => before[field] !== after[field])) await events.publish(new PlaceDetailsChanged());
}
