import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Building } from '@platzbuch/locations';

/**
 * Check-in of a building. Where it is required, a booking nobody checked into by the end of the
 * grace period is released, so that the desk or room becomes free again. A building without a row
 * does not require check-in (the default window applies to voluntary check-ins).
 */
@Entity('check_in_settings')
@Check('check_in_settings_opens_check', `opens_minutes_before BETWEEN 0 AND 240`)
@Check('check_in_settings_grace_check', `grace_minutes BETWEEN 5 AND 240`)
export class CheckInSettings {
  @PrimaryColumn({ type: 'uuid' })
  buildingId: string;

  @OneToOne(() => Building, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_id' })
  building?: Building;

  @Column({ type: 'boolean' })
  required: boolean;

  /** How long before the start check-in opens. */
  @Column({ type: 'smallint' })
  opensMinutesBefore: number;

  /** How long after the start check-in stays open; then an unchecked booking is released. */
  @Column({ type: 'smallint' })
  graceMinutes: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
