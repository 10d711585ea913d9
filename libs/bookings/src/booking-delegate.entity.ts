import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '@platzbuch/directory';

/** `delegate` (an assistant) may book for `person`; the person names them and may take it back. */
@Entity('booking_delegates')
@Check('booking_delegates_self_check', `person_id <> delegate_id`)
@Index('booking_delegates_delegate_idx', ['delegateId'])
export class BookingDelegate {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @PrimaryColumn({ type: 'uuid' })
  delegateId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegate_id' })
  delegate?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
