export const BOOKING_CHANGES = ['created', 'cancelled', 'checked_in', 'released'] as const;
export type BookingChange = (typeof BOOKING_CHANGES)[number];

/**
 * A booking was created, cancelled, checked into or released; published after the change was
 * committed. Live floor views and calendar feed caches hang on it. A handler's failure is logged
 * and never undoes the change.
 */
export class BookingChanged {
  constructor(
    readonly bookingId: string,
    readonly change: BookingChange,
    readonly personId: string | null,
    readonly deskId: string | null,
    readonly roomId: string | null,
    /** null only when the desk or room has been removed since. */
    readonly floorId: string | null,
  ) {}
}
