import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Person } from '@platzbuch/directory';
import { BookingSeries } from './booking-series.entity';
import { Reservation, RESOURCE_CHECK, RESOURCE_KIND_CHECK } from './reservation';

export const BOOKING_STATUSES = ['confirmed', 'checked_in', 'cancelled', 'released'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** The statuses that hold a desk or room; the exclusion constraints count only these. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['confirmed', 'checked_in'];

export const CANCEL_REASONS = ['by_person', 'resource_blocked', 'person_deactivated'] as const;
/** Why a booking was cancelled; its owner sees it. */
export type CancelReason = (typeof CANCEL_REASONS)[number];

const ACTIVE = `status IN ('confirmed', 'checked_in')`;
const PERIOD = `tstzrange(start_at, end_at, '[)')`;

/**
 * One person holding one desk or meeting room for a half-open interval `[start_at, end_at)`.
 *
 * That nobody gets a desk or room twice, and that nobody holds two desks at once, are facts of the
 * database: partial exclusion constraints over the active bookings. The application checks the
 * rules before, for good messages; the constraints are what makes the promise hold under any load.
 *
 * `day` is the local day of the booking in its building's zone, so that per-day counts (occupancy)
 * read a small btree instead of the exclusion constraints' gist indexes.
 */
@Entity('bookings')
@Check('bookings_status_check', `status IN ('confirmed', 'checked_in', 'cancelled', 'released')`)
@Check('bookings_resource_kind_check', RESOURCE_KIND_CHECK)
@Check('bookings_resource_check', RESOURCE_CHECK)
@Check('bookings_interval_check', `end_at > start_at`)
@Check(
  'bookings_cancel_reason_check',
  `cancel_reason IN ('by_person', 'resource_blocked', 'person_deactivated')`,
)
@Exclusion(
  'bookings_desk_overlap_excl',
  `USING gist (desk_id WITH =, ${PERIOD} WITH &&) WHERE (${ACTIVE} AND resource_kind = 'desk')`,
)
@Exclusion(
  'bookings_room_overlap_excl',
  `USING gist (room_id WITH =, ${PERIOD} WITH &&) WHERE (${ACTIVE} AND resource_kind = 'room')`,
)
@Exclusion(
  'bookings_person_desk_overlap_excl',
  `USING gist (person_id WITH =, ${PERIOD} WITH &&) WHERE (${ACTIVE} AND resource_kind = 'desk')`,
)
@Index('bookings_day_desk_idx', ['day', 'deskId'])
@Index('bookings_person_start_idx', ['personId', 'startAt'])
@Index('bookings_booked_by_start_idx', ['bookedById', 'startAt'])
// A room's bookings in every status (its calendar feed); the exclusion index holds only active ones.
@Index('bookings_room_start_idx', ['roomId', 'startAt'], { where: 'room_id IS NOT NULL' })
export class Booking extends Reservation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz' })
  startAt: Date;

  @Column({ type: 'timestamptz' })
  endAt: Date;

  /** Local day (YYYY-MM-DD) of the start, in the building's zone. */
  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'varchar', length: 16, default: 'confirmed' })
  status: BookingStatus;

  @Index('bookings_series_idx')
  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => BookingSeries, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id' })
  series?: BookingSeries;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  cancelReason: CancelReason | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cancelled_by_id' })
  cancelledBy?: Person;

  /** When the no-show job gave the desk free because nobody checked in. */
  @Column({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * Counts the changes of the row since it was written, and `updatedAt` says when the last one was:
   * calendar clients take a booking's SEQUENCE and LAST-MODIFIED from them. A trigger maintains both
   * (migration BookingVersionTrigger), so that no UPDATE, wherever it is written, can forget them.
   */
  @Column({ type: 'int', default: 0 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
