import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Person } from '@platzbuch/directory';
import { Room } from '@platzbuch/locations';

export const FEED_KINDS = ['person', 'room'] as const;
/** A person's own bookings, or the occupancy of one meeting room. */
export type FeedKind = (typeof FEED_KINDS)[number];

/**
 * A secret calendar subscription. Only the SHA-256 of its token is kept: a leaked table (or
 * backup) opens no feed. One feed per person and one per room; a new token replaces the old one
 * in the same row, so the old URL stops working at once.
 */
@Entity('calendar_feeds')
@Unique('calendar_feeds_token_hash_key', ['tokenHash'])
@Unique('calendar_feeds_person_key', ['personId'])
@Unique('calendar_feeds_room_key', ['roomId'])
@Check('calendar_feeds_kind_check', `kind IN ('person', 'room')`)
@Check(
  'calendar_feeds_owner_check',
  `(kind = 'person' AND person_id IS NOT NULL AND room_id IS NULL) OR (kind = 'room' AND room_id IS NOT NULL AND person_id IS NULL)`,
)
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8 })
  kind: FeedKind;

  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: Room;

  /** Who made the current token: the person, or for a room the facility manager. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
