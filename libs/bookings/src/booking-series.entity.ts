import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Reservation, RESOURCE_CHECK, RESOURCE_KIND_CHECK } from './reservation';
import { weekdaysCheck } from './rules/office-hours';

/**
 * A weekly booking: the same desk or room on chosen weekdays at the same local time, from one day
 * until another. Each occurrence is a booking of its own (`bookings.series_id`), so that conflicts
 * and rules apply to every one, and one can be cancelled without the others.
 */
@Entity('booking_series')
@Check('booking_series_resource_kind_check', RESOURCE_KIND_CHECK)
@Check('booking_series_resource_check', RESOURCE_CHECK)
@Index('booking_series_person_idx', ['personId'])
@Check('booking_series_weekdays_check', weekdaysCheck('weekdays'))
@Check('booking_series_days_check', `last_day >= first_day`)
@Check('booking_series_times_check', `end_time > start_time`)
export class BookingSeries extends Reservation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint', array: true })
  weekdays: number[];

  @Column({ type: 'date' })
  firstDay: string;

  @Column({ type: 'date' })
  lastDay: string;

  /** Local wall time (HH:MM:SS) in `timezone`, kept across daylight-saving switches. */
  @Column({ type: 'time' })
  startTime: string;

  @Column({ type: 'time' })
  endTime: string;

  /** The building's IANA zone when the series was made. */
  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
