import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import type { BookingView } from '@platzbuch/contracts';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  decodeCursor,
  DomainEvents,
  ForbiddenError,
  NotFoundError,
  Page,
  type Principal,
  StateConflictError,
} from '@platzbuch/platform';
import { AfterCommit } from './after-commit';
import { type BookingStatus, type CancelReason } from './booking.entity';
import { type BookingChange, BookingChanged } from './booking-changed.event';
import {
  ACTIVE_SQL,
  BOOKING_COLUMNS,
  BOOKING_JOINS,
  type BookingRow,
  type CalendarBookingRow,
  PLACE_COLUMNS,
  checkInWindow,
  toBookingView,
} from './booking-views';
import { BookingWriter } from './booking-writer';
import type { CreateBookingDto } from './dto/create-booking.dto';
import type { ListBookingsQuery } from './dto/list-bookings.query';
import { IdempotentRequests } from './idempotency';
import { PolicyViolationError } from './policy-violation.error';
import { fromNowOn, resolveInterval } from './requested-interval';
import type { ResourceKind } from './reservation';
import { RuleBook } from './rules/rule-book';

/** A booking as a calendar feed shows it: when, where, and how often it has changed. */
export interface CalendarBooking {
  id: string;
  kind: ResourceKind;
  status: BookingStatus;
  start: Date;
  end: Date;
  /** IANA zone of the building (the organisation's once the place is gone). */
  timezone: string;
  placeName: string | null;
  floorName: string | null;
  buildingName: string | null;
  /** Grows with every change of the booking: the event's SEQUENCE. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A booking of the past, for the demo seeder and benchmarks: written as given, without rules. */
export interface HistoricBooking {
  deskId?: string | null;
  roomId?: string | null;
  personId: string | null;
  bookedById?: string | null;
  start: Date;
  end: Date;
  status?: BookingStatus;
  checkedInAt?: Date | null;
  cancelledAt?: Date | null;
  cancelReason?: CancelReason | null;
  releasedAt?: Date | null;
}

const IMPORT_CHUNK = 5_000;

/** Keyset position in a list of bookings. */
interface Position {
  s: string;
  i: string;
}

function isPosition(value: unknown): value is Position {
  const candidate = value as Partial<Position> | null;
  return (
    typeof candidate?.s === 'string' &&
    !Number.isNaN(Date.parse(candidate.s)) &&
    typeof candidate.i === 'string' &&
    /^[0-9a-f-]{36}$/i.test(candidate.i)
  );
}

/** Bookings of the desks and rooms in the two uuid[] parameters. */
function ofResources(deskIds: string, roomIds: string): string {
  return `((resource_kind = 'desk' AND desk_id = ANY(${deskIds}::uuid[]))
        OR (resource_kind = 'room' AND room_id = ANY(${roomIds}::uuid[])))`;
}

/** Who may see a booking: the person it is for, and whoever booked it. Enforced in every query. */
const VISIBLE_TO = `(b.person_id = $2 OR b.booked_by_id = $2)`;

@Injectable()
export class BookingsService {
  private readonly logger = new Logger(BookingsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writer: BookingWriter,
    private readonly ruleBook: RuleBook,
    private readonly idempotency: IdempotentRequests,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly afterCommit: AfterCommit,
  ) {}

  create(actor: Principal, request: CreateBookingDto, idempotencyKey?: string): Promise<BookingView> {
    return this.idempotency.run(`bookings:${actor.personId}`, idempotencyKey, request, () =>
      this.book(actor, request),
    );
  }

  private async book(actor: Principal, request: CreateBookingDto): Promise<BookingView> {
    const now = this.clock.now();
    const prepared = await this.writer.prepare(actor, request);
    const requested = resolveInterval(request, prepared.place.timezone, prepared.hours);
    const interval = requested.bySlot ? fromNowOn(requested.interval, now) : requested.interval;
    const attempt = await this.writer.attempt(prepared, interval, now, null);
    if ('refused' in attempt) throw attempt.refused;
    await this.announce([attempt.booked], 'created');
    return toBookingView(attempt.booked, prepared.rules, this.config.orgTimezone);
  }

  /** The caller's bookings (or those they made for others), in pages. */
  async list(actor: Principal, query: ListBookingsQuery, limit: number): Promise<Page<BookingView>> {
    const now = this.clock.now();
    const ranged = query.from !== undefined || query.to !== undefined;
    const descending = !ranged && query.when === 'past';
    const parameters: unknown[] = [actor.personId];
    const where = [
      query.scope === 'booked-for-others' ? 'b.booked_by_id = $1 AND b.person_id <> $1' : 'b.person_id = $1',
    ];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      where.push(condition(`$${parameters.length}`));
    };
    if (ranged) {
      if (query.from !== undefined) add((p) => `b.end_at > ${p}`, this.instantOf(query.from));
      if (query.to !== undefined) add((p) => `b.start_at < ${p}`, this.instantOf(query.to));
    } else {
      add((p) => (descending ? `b.end_at <= ${p}` : `b.end_at > ${p}`), now);
    }
    if (query.status?.length) add((p) => `b.status = ANY(${p})`, query.status);
    const position = decodeCursor(query.cursor, isPosition);
    if (position) {
      parameters.push(new Date(position.s), position.i);
      const [s, i] = [`$${parameters.length - 1}`, `$${parameters.length}`];
      where.push(descending ? `(b.start_at, b.id) < (${s}, ${i})` : `(b.start_at, b.id) > (${s}, ${i})`);
    }
    parameters.push(limit + 1);
    const order = descending ? 'DESC' : 'ASC';
    const [rows, rules] = await Promise.all([
      this.dataSource.query<BookingRow[]>(
        `SELECT ${BOOKING_COLUMNS} FROM bookings b ${BOOKING_JOINS}
          WHERE ${where.join(' AND ')}
          ORDER BY b.start_at ${order}, b.id ${order}
          LIMIT $${parameters.length}`,
        parameters,
      ),
      this.ruleBook.current(),
    ]);
    const views = rows.map((row) => toBookingView(row, rules, this.config.orgTimezone));
    return Page.of(views, limit, (last) => ({ s: last.start, i: last.id }));
  }

  async get(actor: Principal, bookingId: string): Promise<BookingView> {
    const row = await this.visible(actor, bookingId);
    return toBookingView(row, await this.ruleBook.current(), this.config.orgTimezone);
  }

  /**
   * Cancels a booking of the caller's (or one they made), freeing the slot at once. A booking that
   * has begun after its check-in ends now instead, so that the time it was used stays on record.
   */
  async cancel(actor: Principal, bookingId: string): Promise<BookingView> {
    const booking = await this.visible(actor, bookingId);
    if (booking.status === 'cancelled' || booking.status === 'released') return this.get(actor, bookingId);
    const now = this.clock.now();
    const minute = DateTime.fromJSDate(now).startOf('minute').toJSDate();
    if (new Date(booking.end_at) <= now) {
      throw new PolicyViolationError([
        {
          rule: 'BOOKING_ENDED',
          detail: {
            de: 'Eine vergangene Buchung kann nicht storniert werden.',
            en: 'A booking that has ended cannot be cancelled.',
          },
        },
      ]);
    }
    const endsEarly = booking.status === 'checked_in' && new Date(booking.start_at) < minute;
    const [row] = endsEarly
      ? await this.changeAndRead(
          `UPDATE bookings SET end_at = $2 WHERE id = $1 AND status = 'checked_in' AND end_at > $2 RETURNING *`,
          [bookingId, minute],
        )
      : await this.changeAndRead(
          `UPDATE bookings SET status = 'cancelled', cancelled_at = $3, cancel_reason = 'by_person', cancelled_by_id = $2
            WHERE id = $1 AND ${ACTIVE_SQL} RETURNING *`,
          [bookingId, actor.personId, now],
        );
    // Someone else (the no-show job, a parallel cancel) changed it first: show how it stands now.
    if (!row) return this.get(actor, bookingId);
    await this.announce([row], 'cancelled');
    return toBookingView(row, await this.ruleBook.current(), this.config.orgTimezone);
  }

  /** Checks the caller into their booking, within its check-in window. */
  async checkIn(actor: Principal, bookingId: string): Promise<BookingView> {
    const booking = await this.visible(actor, bookingId);
    if (booking.person_id !== actor.personId) {
      throw new ForbiddenError({
        de: 'Einchecken kann nur die Person, für die gebucht ist.',
        en: 'Only the person the booking is for can check in.',
      });
    }
    if (booking.status === 'checked_in') return this.get(actor, bookingId);
    if (booking.status !== 'confirmed') {
      throw new StateConflictError(
        booking.status === 'released'
          ? {
              de: 'Die Buchung wurde freigegeben, weil niemand rechtzeitig eingecheckt hat.',
              en: 'The booking was released because nobody checked in in time.',
            }
          : { de: 'Die Buchung ist storniert.', en: 'The booking is cancelled.' },
        { status: booking.status },
      );
    }
    const now = this.clock.now();
    const rules = await this.ruleBook.current();
    const window = checkInWindow(
      new Date(booking.start_at),
      new Date(booking.end_at),
      rules.checkInFor(booking.building_id),
    );
    const zone = booking.timezone ?? this.config.orgTimezone;
    const at = (instant: Date) => DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
    if (now < window.opensAt) {
      throw new PolicyViolationError([
        {
          rule: 'CHECK_IN_NOT_OPEN',
          detail: {
            de: `Einchecken ist ab ${at(window.opensAt)} Uhr möglich.`,
            en: `Check-in opens at ${at(window.opensAt)}.`,
          },
        },
      ]);
    }
    if (now >= window.closesAt) {
      throw new PolicyViolationError([
        {
          rule: 'CHECK_IN_CLOSED',
          detail: {
            de: `Einchecken war bis ${at(window.closesAt)} Uhr möglich.`,
            en: `Check-in closed at ${at(window.closesAt)}.`,
          },
        },
      ]);
    }
    const [row] = await this.changeAndRead(
      `UPDATE bookings SET status = 'checked_in', checked_in_at = $2 WHERE id = $1 AND status = 'confirmed' RETURNING *`,
      [bookingId, now],
    );
    if (!row) return this.checkIn(actor, bookingId);
    await this.announce([row], 'checked_in');
    return toBookingView(row, rules, this.config.orgTimezone);
  }

  /**
   * Cancels the active bookings of desks, rooms or a person that have not begun, with the reason
   * their owners will see. Runs in the caller's transaction when `manager` is given.
   */
  async cancelUpcoming(
    of: { deskIds: readonly string[]; roomIds: readonly string[] } | { personId: string },
    reason: CancelReason,
    manager?: EntityManager,
  ): Promise<number> {
    const [condition, values] =
      'personId' in of
        ? ['person_id = $3', [of.personId]]
        : [ofResources('$3', '$4'), [of.deskIds, of.roomIds]];
    const rows = await this.changeAndRead(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = $1, cancel_reason = $2
        WHERE ${ACTIVE_SQL} AND start_at > $1 AND ${condition} RETURNING *`,
      [this.clock.now(), reason, ...values],
      manager,
    );
    await this.announce(rows, 'cancelled', manager);
    return rows.length;
  }

  /** How many active bookings of these desks and rooms have not ended. */
  async countUnfinished(
    deskIds: readonly string[],
    roomIds: readonly string[],
    manager?: EntityManager,
  ): Promise<number> {
    const [{ count }] = await (manager ?? this.dataSource.manager).query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM bookings
        WHERE ${ACTIVE_SQL} AND end_at > $1 AND ${ofResources('$2', '$3')}`,
      [this.clock.now(), deskIds, roomIds],
    );
    return count;
  }

  /**
   * A person's bookings overlapping [from, to), every status, with where they are: for the
   * calendar feed. The caller decides who may read them.
   */
  async bookingsInWindow(personId: string, from: Date, to: Date): Promise<BookingView[]> {
    const [rows, rules] = await Promise.all([
      this.dataSource.query<BookingRow[]>(
        `SELECT ${BOOKING_COLUMNS} FROM bookings b ${BOOKING_JOINS}
          WHERE b.person_id = $1 AND b.start_at < $3 AND b.end_at > $2
          ORDER BY b.start_at, b.id`,
        [personId, from, to],
      ),
      this.ruleBook.current(),
    ]);
    return rows.map((row) => toBookingView(row, rules, this.config.orgTimezone));
  }

  /**
   * The bookings a calendar feed shows, of a person or of a meeting room: every booking that ends
   * after `since`, and of the cancelled or released ones those that ended so recently or changed so
   * recently that clients still need to hear of it. The caller decides who may read them.
   */
  async calendarEntries(of: { personId: string } | { roomId: string }, since: Date): Promise<CalendarBooking[]> {
    const [owner, id] =
      'personId' in of ? ['b.person_id = $1', of.personId] : [`b.resource_kind = 'room' AND b.room_id = $1`, of.roomId];
    const rows = await this.dataSource.query<CalendarBookingRow[]>(
      `SELECT b.id, b.resource_kind, b.status, b.start_at, b.end_at, b.version, b.created_at, b.updated_at,
              ${PLACE_COLUMNS}
         FROM bookings b ${BOOKING_JOINS}
        WHERE ${owner} AND b.end_at > $2
          AND (b.${ACTIVE_SQL} OR coalesce(b.cancelled_at, b.released_at, b.updated_at) > $2)
        ORDER BY b.start_at, b.id`,
      [id, since],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.resource_kind,
      status: row.status,
      start: new Date(row.start_at),
      end: new Date(row.end_at),
      timezone: row.timezone ?? this.config.orgTimezone,
      placeName: row.place_name,
      floorName: row.floor_name,
      buildingName: row.building_name,
      version: row.version,
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
    }));
  }

  /**
   * Writes many bookings at once for trusted callers (demo data, benchmarks, migrations from
   * another system): no rules, no events; the exclusion constraints still hold, and rows that
   * collide are skipped. Returns how many were written.
   */
  async importHistory(bookings: readonly HistoricBooking[]): Promise<number> {
    let written = 0;
    for (let offset = 0; offset < bookings.length; offset += IMPORT_CHUNK) {
      const chunk = bookings.slice(offset, offset + IMPORT_CHUNK);
      const column = <T>(pick: (booking: HistoricBooking) => T) => chunk.map(pick);
      const [{ count }] = await this.dataSource.query<{ count: number }[]>(
        `WITH written AS (
           INSERT INTO bookings (resource_kind, desk_id, room_id, person_id, booked_by_id, start_at, end_at, day,
                                 status, checked_in_at, cancelled_at, cancel_reason, released_at)
           SELECT CASE WHEN i.desk_id IS NULL THEN 'room' ELSE 'desk' END, i.desk_id, i.room_id, i.person_id,
                  i.booked_by_id, i.start_at, i.end_at, (i.start_at AT TIME ZONE coalesce(d.timezone, r.timezone, $12))::date,
                  i.status, i.checked_in_at, i.cancelled_at, i.cancel_reason, i.released_at
             FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[],
                         $7::text[], $8::timestamptz[], $9::timestamptz[], $10::text[], $11::timestamptz[])
                  AS i(desk_id, room_id, person_id, booked_by_id, start_at, end_at, status, checked_in_at,
                       cancelled_at, cancel_reason, released_at)
             LEFT JOIN located_desks d ON d.id = i.desk_id
             LEFT JOIN located_rooms r ON r.id = i.room_id
           ON CONFLICT DO NOTHING
           RETURNING 1)
         SELECT count(*)::int AS count FROM written`,
        [
          column((b) => b.deskId ?? null),
          column((b) => b.roomId ?? null),
          column((b) => b.personId),
          column((b) => b.bookedById ?? b.personId),
          column((b) => b.start),
          column((b) => b.end),
          column((b) => b.status ?? 'confirmed'),
          column((b) => b.checkedInAt ?? null),
          column((b) => b.cancelledAt ?? null),
          column((b) => b.cancelReason ?? null),
          column((b) => b.releasedAt ?? null),
          this.config.orgTimezone,
        ],
      );
      written += count;
    }
    return written;
  }

  /**
   * Publishes `BookingChanged` once the changes are committed (after `manager`'s transaction, if
   * given); a failing listener is logged, never thrown, since the change stands.
   */
  async announce(rows: readonly BookingRow[], change: BookingChange, manager?: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    await this.afterCommit.run(manager, async () => {
      for (const row of rows) {
        const event = new BookingChanged(
          row.id,
          change,
          row.person_id,
          row.desk_id,
          row.room_id,
          row.floor_id,
        );
        await this.events.publish(event).catch((error: Error) => {
          this.logger.error(
            { err: error, bookingId: row.id },
            `a BookingChanged listener failed: ${error.message}`,
          );
        });
      }
    });
  }

  private async visible(actor: Principal, bookingId: string): Promise<BookingRow> {
    const [row] = await this.dataSource.query<BookingRow[]>(
      `SELECT ${BOOKING_COLUMNS} FROM bookings b ${BOOKING_JOINS} WHERE b.id = $1 AND ${VISIBLE_TO}`,
      [bookingId, actor.personId],
    );
    if (!row) throw new NotFoundError({ de: 'Diese Buchung gibt es nicht.', en: 'No such booking.' });
    return row;
  }

  /** Runs an `UPDATE … RETURNING *` and reads the changed bookings with where they are. */
  private changeAndRead(
    update: string,
    parameters: unknown[],
    manager?: EntityManager,
  ): Promise<BookingRow[]> {
    return (manager ?? this.dataSource.manager).query<BookingRow[]>(
      `WITH changed AS (${update}) SELECT ${BOOKING_COLUMNS} FROM changed b ${BOOKING_JOINS}`,
      parameters,
    );
  }

  /** A day (YYYY-MM-DD, at its start in the organisation's zone) or an instant. */
  private instantOf(value: string): Date {
    return (
      value.length === 10
        ? DateTime.fromISO(value, { zone: this.config.orgTimezone })
        : DateTime.fromISO(value, { setZone: true })
    ).toJSDate();
  }
}
