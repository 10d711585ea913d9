import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type {
  BookingSeriesResult,
  BookingSeriesView,
  OccurrenceRefusal,
  SeriesOccurrence,
} from '@platzbuch/contracts';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  DomainError,
  NotFoundError,
  type Principal,
} from '@platzbuch/platform';
import { BookingConflictError } from './booking-conflict.error';
import { BookingSeries } from './booking-series.entity';
import {
  ACTIVE_SQL,
  BOOKING_COLUMNS,
  BOOKING_JOINS,
  type BookingRow,
  localIso,
  PLACE_COLUMNS,
  placeJoins,
  type ReservationColumns,
  reservationOf,
  toBookingView,
} from './booking-views';
import { BookingWriter, type PreparedBooking } from './booking-writer';
import { BookingsService } from './bookings.service';
import type { CreateBookingSeriesDto } from './dto/create-booking-series.dto';
import { IdempotentRequests } from './idempotency';
import { PolicyViolationError } from './policy-violation.error';
import { invalidField } from './requested-interval';
import { longDate } from './rules/booking-rules';
import { atLocalTime, type LocalInterval } from './rules/office-hours';
import { weeklyDates } from './rules/recurrence';
import { RuleBook, type Rules } from './rules/rule-book';

type SeriesRow = ReservationColumns & {
  weekdays: number[];
  first_day: string;
  last_day: string;
  start_time: string;
  end_time: string;
  series_timezone: string;
  cancelled_at: Date | null;
  created_at: Date;
};

const SERIES_COLUMNS = `
  s.id, s.resource_kind, s.desk_id, s.room_id, s.person_id, s.booked_by_id, s.weekdays,
  s.first_day::text AS first_day, s.last_day::text AS last_day, s.start_time::text AS start_time,
  s.end_time::text AS end_time, s.timezone AS series_timezone, s.cancelled_at, s.created_at, ${PLACE_COLUMNS}`;

/**
 * Weekly series: every occurrence is a booking of its own, checked against every rule and written
 * like any other, so that each is booked or reported with its reason. The series itself only
 * remembers what was asked, for showing and for cancelling it as a whole.
 */
@Injectable()
export class BookingSeriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writer: BookingWriter,
    private readonly bookings: BookingsService,
    private readonly ruleBook: RuleBook,
    private readonly idempotency: IdempotentRequests,
    private readonly clock: Clock,
  ) {}

  create(
    actor: Principal,
    request: CreateBookingSeriesDto,
    idempotencyKey?: string,
  ): Promise<BookingSeriesResult> {
    return this.idempotency.run(`booking-series:${actor.personId}`, idempotencyKey, request, () =>
      this.book(actor, request),
    );
  }

  private async book(actor: Principal, request: CreateBookingSeriesDto): Promise<BookingSeriesResult> {
    const now = this.clock.now();
    const prepared = await this.writer.prepare(actor, request);
    const { place } = prepared;
    const [startTime, endTime] = this.wallTimes(request, prepared);
    this.checkSpan(request, prepared, now);
    const dates = weeklyDates(request.firstDay, request.lastDay, request.weekdays);
    if (dates.length === 0) {
      throw invalidField(
        {
          de: 'Kein Tag des Zeitraums fällt auf die gewählten Wochentage.',
          en: 'No day of the period falls on the chosen weekdays.',
        },
        'weekdays',
      );
    }

    const { series, occurrences, booked } = await this.dataSource.transaction(async (manager) => {
      const series = await manager.save(
        manager.create(BookingSeries, {
          resourceKind: place.kind,
          deskId: place.kind === 'desk' ? place.id : null,
          roomId: place.kind === 'room' ? place.id : null,
          personId: prepared.personId,
          bookedById: actor.personId,
          weekdays: [...request.weekdays].sort((a, b) => a - b),
          firstDay: request.firstDay,
          lastDay: request.lastDay,
          startTime,
          endTime,
          timezone: place.timezone,
        }),
      );
      const occurrences: SeriesOccurrence[] = [];
      const booked: BookingRow[] = [];
      // One after another in one transaction: each occurrence counts the ones booked before it.
      for (const date of dates) {
        const interval = {
          start: atLocalTime(date, startTime, place.timezone),
          end: atLocalTime(date, endTime, place.timezone),
        };
        const attempt = await this.writer.attempt(prepared, interval, now, series.id, manager);
        if ('booked' in attempt) {
          booked.push(attempt.booked);
          occurrences.push(this.occurrence(date, interval, attempt.booked, null, prepared.rules));
        } else {
          occurrences.push(this.occurrence(date, interval, null, refusalOf(attempt.refused)));
        }
      }
      if (booked.length === 0) throw nothingBooked(occurrences);
      return { series, occurrences, booked };
    });
    await this.bookings.announce(booked, 'created');
    return { series: this.seriesViewOf(await this.visible(actor, series.id)), occurrences };
  }

  /** A series of the caller's (or one they made), with its bookings. */
  async get(actor: Principal, seriesId: string): Promise<BookingSeriesResult> {
    const series = await this.visible(actor, seriesId);
    const [rows, rules] = await Promise.all([
      this.dataSource.query<BookingRow[]>(
        `SELECT ${BOOKING_COLUMNS} FROM bookings b ${BOOKING_JOINS} WHERE b.series_id = $1 ORDER BY b.start_at`,
        [seriesId],
      ),
      this.ruleBook.current(),
    ]);
    return {
      series: this.seriesViewOf(series),
      occurrences: rows.map((row) => this.bookedOccurrence(row, rules)),
    };
  }

  /** The caller's series that have days to come, newest first. */
  async listCurrent(actor: Principal): Promise<BookingSeriesView[]> {
    const today = DateTime.fromJSDate(this.clock.now(), { zone: this.config.orgTimezone }).toISODate();
    const rows = await this.dataSource.query<SeriesRow[]>(
      `SELECT ${SERIES_COLUMNS} FROM booking_series s ${placeJoins('s')}
        WHERE (s.person_id = $1 OR s.booked_by_id = $1) AND s.cancelled_at IS NULL AND s.last_day >= $2
        ORDER BY s.created_at DESC, s.id`,
      [actor.personId, today],
    );
    return rows.map((row) => this.seriesViewOf(row));
  }

  /** Cancels the series' bookings that have not begun; past and running ones stay on record. */
  async cancel(actor: Principal, seriesId: string): Promise<BookingSeriesResult> {
    await this.visible(actor, seriesId);
    const now = this.clock.now();
    const cancelled = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE booking_series SET cancelled_at = coalesce(cancelled_at, $2) WHERE id = $1`,
        [seriesId, now],
      );
      return manager.query<BookingRow[]>(
        `WITH changed AS (
           UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancel_reason = 'by_person', cancelled_by_id = $3
            WHERE series_id = $1 AND ${ACTIVE_SQL} AND start_at > $2 RETURNING *)
         SELECT ${BOOKING_COLUMNS} FROM changed b ${BOOKING_JOINS}`,
        [seriesId, now, actor.personId],
      );
    });
    await this.bookings.announce(cancelled, 'cancelled');
    return this.get(actor, seriesId);
  }

  private async visible(actor: Principal, seriesId: string): Promise<SeriesRow> {
    const [row] = await this.dataSource.query<SeriesRow[]>(
      `SELECT ${SERIES_COLUMNS} FROM booking_series s ${placeJoins('s')}
        WHERE s.id = $1 AND (s.person_id = $2 OR s.booked_by_id = $2)`,
      [seriesId, actor.personId],
    );
    if (!row) throw new NotFoundError({ de: 'Diese Serie gibt es nicht.', en: 'No such series.' });
    return row;
  }

  /** The local start and end time of every occurrence: a slot of the office hours, or as given. */
  private wallTimes(request: CreateBookingSeriesDto, prepared: PreparedBooking): [string, string] {
    const explicit = request.startTime !== undefined || request.endTime !== undefined;
    if (explicit === (request.slot !== undefined)) {
      throw invalidField(
        {
          de: 'Bitte entweder slot oder startTime und endTime angeben.',
          en: 'Give either slot, or startTime and endTime.',
        },
        'slot',
      );
    }
    if (request.slot !== undefined) {
      const { opensAt, splitsAt, closesAt } = prepared.hours;
      if (request.slot === 'morning') return [opensAt, splitsAt];
      return request.slot === 'afternoon' ? [splitsAt, closesAt] : [opensAt, closesAt];
    }
    if (
      request.startTime === undefined ||
      request.endTime === undefined ||
      request.endTime <= request.startTime
    ) {
      throw invalidField(
        { de: 'endTime muss nach startTime liegen.', en: 'endTime must be after startTime.' },
        request.startTime === undefined ? 'startTime' : 'endTime',
      );
    }
    return [request.startTime, request.endTime];
  }

  /** A series runs from today at the earliest up to the booking horizon. */
  private checkSpan(request: CreateBookingSeriesDto, prepared: PreparedBooking, now: Date): void {
    if (request.lastDay < request.firstDay) {
      throw invalidField({ de: 'lastDay liegt vor firstDay.', en: 'lastDay is before firstDay.' }, 'lastDay');
    }
    const today = DateTime.fromJSDate(now, { zone: prepared.place.timezone }).startOf('day');
    if (request.firstDay < today.toISODate()!) {
      throw new PolicyViolationError([
        {
          rule: 'IN_PAST',
          detail: {
            de: 'Eine Serie kann nicht in der Vergangenheit beginnen.',
            en: 'A series cannot start in the past.',
          },
        },
      ]);
    }
    const { horizonDays } = prepared.policy;
    const lastDay = today.plus({ days: horizonDays });
    if (request.lastDay > lastDay.toISODate()!) {
      throw new PolicyViolationError([
        {
          rule: 'BEYOND_HORIZON',
          detail: {
            de: `Eine Serie darf höchstens ${horizonDays} Tage im Voraus reichen, also bis ${longDate(lastDay).de}.`,
            en: `A series may reach at most ${horizonDays} days ahead, that is until ${longDate(lastDay).en}.`,
          },
        },
      ]);
    }
  }

  private occurrence(
    date: string,
    interval: LocalInterval,
    row: BookingRow | null,
    refusal: OccurrenceRefusal | null,
    rules?: Rules,
  ): SeriesOccurrence {
    const zone = interval.start.zoneName!;
    return {
      date,
      start: interval.start.toUTC().toISO()!,
      end: interval.end.toUTC().toISO()!,
      startLocal: localIso(interval.start, zone),
      endLocal: localIso(interval.end, zone),
      booking: row && rules ? toBookingView(row, rules, this.config.orgTimezone) : null,
      refusal,
    };
  }

  private bookedOccurrence(row: BookingRow, rules: Rules): SeriesOccurrence {
    const view = toBookingView(row, rules, this.config.orgTimezone);
    return {
      date: view.day,
      start: view.start,
      end: view.end,
      startLocal: view.startLocal,
      endLocal: view.endLocal,
      booking: view,
      refusal: null,
    };
  }

  private seriesViewOf(row: SeriesRow): BookingSeriesView {
    return {
      ...reservationOf(row),
      weekdays: row.weekdays,
      firstDay: row.first_day,
      lastDay: row.last_day,
      startTime: row.start_time.slice(0, 5),
      endTime: row.end_time.slice(0, 5),
      timezone: row.series_timezone,
      cancelledAt: row.cancelled_at ? new Date(row.cancelled_at).toISOString() : null,
      createdAt: new Date(row.created_at).toISOString(),
    };
  }
}

function refusalOf(error: PolicyViolationError | BookingConflictError): OccurrenceRefusal {
  return {
    code: error.code as OccurrenceRefusal['code'],
    rule: (error.extensions.rule as OccurrenceRefusal['rule']) ?? null,
    detail: error.detail,
    collisions: error instanceof BookingConflictError ? error.collisions : [],
  };
}

/** Not one occurrence could be booked: the series is not kept, and the answer says why for each. */
function nothingBooked(occurrences: SeriesOccurrence[]): DomainError {
  const allConflicts = occurrences.every((occurrence) => occurrence.refusal?.code === 'BOOKING_CONFLICT');
  return new DomainError(
    allConflicts ? 'BOOKING_CONFLICT' : 'POLICY_VIOLATION',
    {
      de: 'Keiner der Termine der Serie ist buchbar.',
      en: 'None of the dates of the series can be booked.',
    },
    { occurrences },
  );
}
