import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Floor } from './floor.entity';

export const PLAN_MEDIA_TYPES = ['image/svg+xml', 'image/png', 'image/jpeg'] as const;
export type PlanMediaType = (typeof PLAN_MEDIA_TYPES)[number];

/**
 * The drawing of a floor, kept apart from `floors` so that listing floors never reads megabytes.
 * Stored in the database: every instance sees it, and backups hold it.
 */
@Entity('floor_plans')
@Check('floor_plans_media_type_check', `media_type IN ('image/svg+xml', 'image/png', 'image/jpeg')`)
export class FloorPlan {
  @PrimaryColumn({ type: 'uuid' })
  floorId: string;

  @OneToOne(() => Floor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'floor_id' })
  floor?: Floor;

  @Column({ type: 'varchar', length: 32 })
  mediaType: PlanMediaType;

  @Column({ type: 'bytea' })
  content: Buffer;

  /** Intrinsic size in pixels (or SVG user units), so clients can lay desks out before loading it. */
  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  /** Hex SHA-256 of `content`: the ETag. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
