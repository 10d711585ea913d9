import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Building } from '@platzbuch/locations';

/**
 * A day the organisation closes beyond the public holidays (Rosenmontag, a bridge day), for every
 * building or for one. Closed for desk booking like a public holiday.
 */
@Entity('closure_days')
@Index('closure_days_organisation_key', ['day'], { unique: true, where: 'building_id IS NULL' })
@Index('closure_days_building_key', ['day', 'buildingId'], { unique: true, where: 'building_id IS NOT NULL' })
export class ClosureDay {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'date' })
  day: string;

  /** null: every building. */
  @Column({ type: 'uuid', nullable: true })
  buildingId: string | null;

  @ManyToOne(() => Building, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_id' })
  building?: Building;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
