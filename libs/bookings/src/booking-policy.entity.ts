import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Person } from '@platzbuch/directory';
import { Building, Zone } from '@platzbuch/locations';
import { GERMAN_STATES } from './rules/german-holidays';

export const POLICY_SCOPES = ['organisation', 'building', 'zone'] as const;
export type PolicyScope = (typeof POLICY_SCOPES)[number];

/**
 * Booking rules of the organisation, overridden per building and per zone. A null setting inherits
 * the next wider scope's (zone → building → organisation → built-in default), so an override
 * names only what differs.
 */
@Entity('booking_policies')
@Check('booking_policies_scope_check', `scope IN ('organisation', 'building', 'zone')`)
@Check(
  'booking_policies_scope_target_check',
  `(scope = 'organisation' AND building_id IS NULL AND zone_id IS NULL)
   OR (scope = 'building' AND building_id IS NOT NULL AND zone_id IS NULL)
   OR (scope = 'zone' AND zone_id IS NOT NULL AND building_id IS NULL)`,
)
@Check('booking_policies_horizon_check', `horizon_days BETWEEN 0 AND 730`)
@Check('booking_policies_duration_check', `max_duration_minutes BETWEEN 15 AND 1440`)
@Check('booking_policies_active_check', `max_active_bookings BETWEEN 1 AND 1000`)
@Check('booking_policies_priority_check', `department_priority_days BETWEEN 0 AND 730`)
@Check(
  'booking_policies_region_check',
  `holiday_region IS NULL OR (scope = 'organisation' AND holiday_region IN (${GERMAN_STATES.map((s) => `'${s}'`).join(', ')}))`,
)
@Index('booking_policies_organisation_key', ['scope'], { unique: true, where: `scope = 'organisation'` })
export class BookingPolicy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  scope: PolicyScope;

  @Index('booking_policies_building_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  buildingId: string | null;

  @ManyToOne(() => Building, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_id' })
  building?: Building;

  @Index('booking_policies_zone_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  zoneId: string | null;

  @ManyToOne(() => Zone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone?: Zone;

  /** How many days ahead a booking may start (0: today only). */
  @Column({ type: 'smallint', nullable: true })
  horizonDays: number | null;

  @Column({ type: 'smallint', nullable: true })
  maxDurationMinutes: number | null;

  /** Most bookings one person may hold that have not ended yet. */
  @Column({ type: 'smallint', nullable: true })
  maxActiveBookings: number | null;

  /** Public holidays and the organisation's closure days are closed for desk booking. */
  @Column({ type: 'boolean', nullable: true })
  closedOnHolidays: boolean | null;

  /**
   * In a zone that belongs to a department, its members may book this many days earlier than
   * everybody else (others: the horizon minus these days). 0: the zone is open to all alike.
   */
  @Column({ type: 'smallint', nullable: true })
  departmentPriorityDays: number | null;

  /** German state (ISO 3166-2 suffix, `NW`) whose public holidays apply; organisation only. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  holidayRegion: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: Person;
}
