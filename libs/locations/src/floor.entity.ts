import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Building } from './building.entity';

@Entity('floors')
@Unique('floors_building_name_key', ['buildingId', 'name'])
// Lets desks reference (floor, building) together, so a desk's building is always its floor's.
@Unique('floors_id_building_key', ['id', 'buildingId'])
export class Floor {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  buildingId: string;

  @ManyToOne(() => Building, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_id' })
  building?: Building;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Storey number: 0 ground floor, negative below ground. */
  @Column({ type: 'smallint' })
  level: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
