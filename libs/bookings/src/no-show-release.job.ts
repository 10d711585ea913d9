import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, LockManager } from '@platzbuch/platform';
import { BOOKING_COLUMNS, BOOKING_JOINS, type BookingRow } from './booking-views';
import { BookingsService } from './bookings.service';
import { RuleBook } from './rules/rule-book';

const EVERY_MINUTE = 60_000;
/** A booking nobody checked into for a week is left alone: the job was down, not the person late. */
const CATCH_UP_DAYS = 7;

/**
 * In buildings that require check-in, releases the bookings nobody checked into by the end of the
 * grace period, so that their desks and rooms are free again. Once a minute, on one instance only.
 */
@Injectable()
export class NoShowReleaseJob {
  private readonly logger = new Logger(NoShowReleaseJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleBook: RuleBook,
    private readonly bookings: BookingsService,
    private readonly locks: LockManager,
    private readonly clock: Clock,
  ) {}

  @Interval(EVERY_MINUTE)
  async onSchedule(): Promise<void> {
    try {
      const outcome = await this.locks.tryRun('bookings:release-no-shows', EVERY_MINUTE, () =>
        this.releaseDue(),
      );
      if (outcome.ran && outcome.value > 0)
        this.logger.log(`released ${outcome.value} bookings nobody checked into`);
    } catch (error) {
      this.logger.error({ err: error }, 'releasing unchecked bookings failed');
    }
  }

  /** Releases what is due now; returns how many. */
  async releaseDue(): Promise<number> {
    const buildings = (await this.ruleBook.current()).checkInRequired();
    if (buildings.length === 0) return 0;
    const now = this.clock.now();
    const released = await this.dataSource.query<BookingRow[]>(
      `WITH due AS (
         SELECT b.id FROM bookings b
           LEFT JOIN located_desks d ON d.id = b.desk_id
           LEFT JOIN located_rooms r ON r.id = b.room_id
           JOIN unnest($1::uuid[], $2::int[]) AS s(building_id, grace_minutes)
             ON s.building_id = coalesce(d.building_id, r.building_id)
          WHERE b.status = 'confirmed'
            AND b.day BETWEEN ($3::timestamptz AT TIME ZONE 'UTC')::date - $4::int AND ($3::timestamptz AT TIME ZONE 'UTC')::date + 1
            AND b.start_at + make_interval(mins => s.grace_minutes) <= $3
          FOR UPDATE OF b SKIP LOCKED),
       changed AS (
         UPDATE bookings SET status = 'released', released_at = $3
           FROM due WHERE bookings.id = due.id AND bookings.status = 'confirmed'
         RETURNING bookings.*)
       SELECT ${BOOKING_COLUMNS} FROM changed b ${BOOKING_JOINS}`,
      [buildings.map((b) => b.buildingId), buildings.map((b) => b.graceMinutes), now, CATCH_UP_DAYS],
    );
    await this.bookings.announce(released, 'released');
    return released.length;
  }
}
