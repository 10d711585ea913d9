import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Building } from '@platzbuch/locations';
import { weekdaysCheck } from './rules/office-hours';

/**
 * When a building can be booked, in its local time: the open weekdays, and the day split into a
 * morning and an afternoon for the `day`, `morning` and `afternoon` slots. A building without a
 * row has the default hours (Monday to Friday, 07:00-13:00-19:00).
 */
@Entity('office_hours')
@Check('office_hours_order_check', `opens_at < splits_at AND splits_at < closes_at`)
@Check('office_hours_weekdays_check', weekdaysCheck('weekdays'))
export class OfficeHours {
  @PrimaryColumn({ type: 'uuid' })
  buildingId: string;

  @OneToOne(() => Building, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_id' })
  building?: Building;

  /** ISO weekdays on which the building is open, 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint', array: true })
  weekdays: number[];

  @Column({ type: 'time' })
  opensAt: string;

  /** End of the morning slot and start of the afternoon slot. */
  @Column({ type: 'time' })
  splitsAt: string;

  @Column({ type: 'time' })
  closesAt: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
