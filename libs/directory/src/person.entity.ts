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
import type { Role } from '@platzbuch/platform';
import { Department } from './department.entity';

export const DEVICE_PROFILES = ['notebook', 'desktop', 'unknown'] as const;
/** Notebook users can share desks (they need a docking station); desktop users are bound to theirs. */
export type DeviceProfile = (typeof DEVICE_PROFILES)[number];

/**
 * A member of staff. Keyed by Entra tenant and object id, never by e-mail (addresses change and are
 * reused). Created by the directory sync or on first sign-in, whichever comes first.
 */
@Entity('people')
@Unique('people_tenant_object_key', ['tenantId', 'objectId'])
@Check('people_device_profile_check', `device_profile IN ('notebook', 'desktop', 'unknown')`)
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tenantId: string;

  @Column({ type: 'uuid' })
  objectId: string;

  @Column({ type: 'varchar', length: 256 })
  displayName: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  userPrincipalName: string | null;

  @Index('people_department_idx')
  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Index('people_manager_idx')
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: Person;

  @Column({ type: 'varchar', length: 256, nullable: true })
  jobTitle: string | null;

  @Column({ type: 'varchar', length: 256, nullable: true })
  officeLocation: string | null;

  /** The app roles of the last token seen (in dev mode: the demo roles). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  @Column({ type: 'varchar', length: 16, default: 'unknown' })
  deviceProfile: DeviceProfile;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
