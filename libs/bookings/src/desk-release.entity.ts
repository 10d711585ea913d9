import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '@platzbuch/directory';
import { Desk } from '@platzbuch/locations';

/**
 * A day on which the assignee of a fixed desk gives it to others. It counts only while that person
 * is still the desk's assignee, so a new assignee starts without the predecessor's releases.
 */
@Entity('desk_releases')
export class DeskRelease {
  @PrimaryColumn({ type: 'uuid' })
  deskId: string;

  @ManyToOne(() => Desk, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'desk_id' })
  desk?: Desk;

  /** Local day in the building's zone. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'uuid' })
  assigneeId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
