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
import type { ResourceStatus } from './desk.entity';
import { Floor } from './floor.entity';

export const ROOM_EQUIPMENT = ['display', 'video-conference', 'whiteboard', 'phone', 'accessible'] as const;
export type RoomEquipment = (typeof ROOM_EQUIPMENT)[number];

@Entity('rooms')
@Unique('rooms_floor_name_key', ['floorId', 'name'])
@Check('rooms_capacity_check', `capacity BETWEEN 1 AND 500`)
@Check('rooms_status_check', `status IN ('active', 'blocked')`)
@Check('rooms_position_check', `x BETWEEN 0 AND 100 AND y BETWEEN 0 AND 100`)
export class Room {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('rooms_floor_idx')
  @Column({ type: 'uuid' })
  floorId: string;

  @ManyToOne(() => Floor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'floor_id' })
  floor?: Floor;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'smallint' })
  capacity: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  equipment: RoomEquipment[];

  /** Position on the floor plan, in percent of its width and height (0-100). */
  @Column({ type: 'real', default: 50 })
  x: number;

  @Column({ type: 'real', default: 50 })
  y: number;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: ResourceStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
