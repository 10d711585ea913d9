import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DelegateView } from '@platzbuch/contracts';
import { NotFoundError, type Principal } from '@platzbuch/platform';
import { BookingDelegate } from './booking-delegate.entity';
import { invalidField } from './requested-interval';

const SUMMARY = `p.id, p.display_name AS "displayName", p.department_name AS department`;

/**
 * Delegates: people (an assistant) whom a person allows to book for them. Who booked is recorded
 * on every booking, and both the person and the booker may see and cancel it.
 */
@Injectable()
export class DelegatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The people the caller named as delegates. */
  delegates(actor: Principal): Promise<DelegateView[]> {
    return this.dataSource.query<DelegateView[]>(
      `SELECT ${SUMMARY} FROM booking_delegates g
         JOIN directory_people p ON p.id = g.delegate_id
        WHERE g.person_id = $1 ORDER BY p.display_name, p.id`,
      [actor.personId],
    );
  }

  /** The people who named the caller as delegate: those the caller may book for. */
  principals(actor: Principal): Promise<DelegateView[]> {
    return this.dataSource.query<DelegateView[]>(
      `SELECT ${SUMMARY} FROM booking_delegates g
         JOIN directory_people p ON p.id = g.person_id
        WHERE g.delegate_id = $1 AND p.active ORDER BY p.display_name, p.id`,
      [actor.personId],
    );
  }

  async add(actor: Principal, delegateId: string): Promise<DelegateView[]> {
    if (delegateId === actor.personId) {
      throw invalidField(
        { de: 'Sie können sich nicht selbst vertreten.', en: 'You cannot be your own delegate.' },
        'personId',
      );
    }
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO booking_delegates (person_id, delegate_id)
       SELECT $1, p.id FROM directory_people p WHERE p.id = $2 AND p.active
       ON CONFLICT DO NOTHING RETURNING 1`,
      [actor.personId, delegateId],
    );
    if (inserted.length === 0) {
      const [known] = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM booking_delegates WHERE person_id = $1 AND delegate_id = $2`,
        [actor.personId, delegateId],
      );
      if (!known) throw new NotFoundError({ de: 'Diese Person gibt es nicht.', en: 'No such person.' });
    }
    return this.delegates(actor);
  }

  async remove(actor: Principal, delegateId: string): Promise<void> {
    const { affected } = await this.dataSource
      .getRepository(BookingDelegate)
      .delete({ personId: actor.personId, delegateId });
    if (!affected) {
      throw new NotFoundError({
        de: 'Diese Person ist keine Vertretung von Ihnen.',
        en: 'This person is not your delegate.',
      });
    }
  }
}
