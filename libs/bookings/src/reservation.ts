import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { Person } from '@platzbuch/directory';
import { Desk, Room } from '@platzbuch/locations';

export const RESOURCE_KINDS = ['desk', 'room'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/**
 * What bookings and booking series share: a desk or a room, the person it is for, and who made it.
 * Desk, room and people are set to null when they are deleted (or when personal data is detached
 * after the retention period), so that past bookings remain as counts.
 */
export abstract class Reservation {
  @Column({ type: 'varchar', length: 8 })
  resourceKind: ResourceKind;

  @Column({ type: 'uuid', nullable: true })
  deskId: string | null;

  @ManyToOne(() => Desk, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'desk_id' })
  desk?: Desk;

  @Column({ type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => Room, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'room_id' })
  room?: Room;

  /** Whose it is; null once personal data has been detached. */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /** Who made it: the person, a delegate of theirs, or a facility manager. */
  @Column({ type: 'uuid', nullable: true })
  bookedById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'booked_by_id' })
  bookedBy?: Person;
}

/** The CHECK constraints that keep kind and resource consistent, for a table's own names. */
export const RESOURCE_KIND_CHECK = `resource_kind IN ('desk', 'room')`;
export const RESOURCE_CHECK = `(resource_kind = 'desk' AND room_id IS NULL) OR (resource_kind = 'room' AND desk_id IS NULL)`;
