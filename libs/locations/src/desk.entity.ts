import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Person } from '@platzbuch/directory';
import { Floor } from './floor.entity';
import { Zone } from './zone.entity';

export const DOCKING_KINDS = ['none', 'usb-c', 'thunderbolt'] as const;
export type Docking = (typeof DOCKING_KINDS)[number];

export const RESOURCE_STATUSES = ['active', 'blocked'] as const;
/** `blocked`: out of use (repairs, moves); kept on the plan but not bookable. */
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/** What a desk is when nothing else is said: in the middle of its plan, one monitor, nothing special. */
export const DESK_DEFAULTS = {
  x: 50,
  y: 50,
  docking: 'none',
  monitors: 1,
  heightAdjustable: false,
  accessible: false,
  status: 'active',
} as const satisfies Partial<Record<keyof Desk, unknown>>;

/**
 * A workstation. Its code is unique within the building (the label on the desk); its floor and
 * building are referenced together, and its zone together with the floor, so that the database
 * itself keeps a desk, its floor, its building and its zone consistent.
 */
@Entity('desks')
@Unique('desks_building_code_key', ['buildingId', 'code'])
@Check('desks_docking_check', `docking IN ('none', 'usb-c', 'thunderbolt')`)
@Check('desks_monitors_check', `monitors BETWEEN 0 AND 3`)
@Check('desks_status_check', `status IN ('active', 'blocked')`)
@Check('desks_position_check', `x BETWEEN 0 AND 100 AND y BETWEEN 0 AND 100`)
export class Desk {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  buildingId: string;

  @Index('desks_floor_idx')
  @Column({ type: 'uuid' })
  floorId: string;

  @ManyToOne(() => Floor, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'floor_id', referencedColumnName: 'id' },
    { name: 'building_id', referencedColumnName: 'buildingId' },
  ])
  floor?: Floor;

  @Column({ type: 'varchar', length: 64 })
  code: string;

  /** Position on the floor plan, in percent of its width and height (0-100). */
  @Column({ type: 'real', default: DESK_DEFAULTS.x })
  x: number;

  @Column({ type: 'real', default: DESK_DEFAULTS.y })
  y: number;

  @Index('desks_zone_idx')
  @Column({ type: 'uuid', nullable: true })
  zoneId: string | null;

  // Deleting a zone first takes its desks out of it (the service does); a composite key cannot
  // SET NULL one column only.
  @ManyToOne(() => Zone, { onDelete: 'NO ACTION' })
  @JoinColumn([
    { name: 'zone_id', referencedColumnName: 'id' },
    { name: 'floor_id', referencedColumnName: 'floorId' },
  ])
  zone?: Zone;

  @Column({ type: 'varchar', length: 16, default: DESK_DEFAULTS.docking })
  docking: Docking;

  @Column({ type: 'smallint', default: DESK_DEFAULTS.monitors })
  monitors: number;

  @Column({ type: 'boolean', default: DESK_DEFAULTS.heightAdjustable })
  heightAdjustable: boolean;

  /** Suitable for wheelchair users (height, space, access). */
  @Column({ type: 'boolean', default: DESK_DEFAULTS.accessible })
  accessible: boolean;

  @Column({ type: 'varchar', length: 16, default: DESK_DEFAULTS.status })
  status: ResourceStatus;

  /** A fixed desk: bookable only by this person, and by others on days they release it. */
  @Index('desks_assignee_idx')
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
