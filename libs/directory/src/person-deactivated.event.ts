import type { EntityManager } from 'typeorm';

/**
 * Why the directory deactivated a person: the account was disabled, the user was deleted into
 * Entra's recycle bin (restorable for 30 days), or deleted for good.
 */
export type DeactivationReason = 'disabled' | 'soft_deleted' | 'deleted';

/**
 * A person left the organisation or was disabled in the directory. Published inside the
 * transaction that deactivated them when `manager` is given: handlers (cancelling future bookings,
 * revoking the calendar feed, flagging mobile-work agreements for HR) use it, so that the
 * deactivation and its consequences commit together.
 */
export class PersonDeactivated {
  constructor(
    readonly personId: string,
    readonly reason: DeactivationReason = 'disabled',
    readonly manager?: EntityManager,
  ) {}
}
