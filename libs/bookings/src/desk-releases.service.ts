import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { DeskReleaseView } from '@platzbuch/contracts';
import {
  Clock,
  ForbiddenError,
  hasRole,
  NotFoundError,
  type Principal,
  StateConflictError,
} from '@platzbuch/platform';
import { ACTIVE_SQL } from './booking-views';
import { requireDesk } from './location-lookups';
import { invalidField } from './requested-interval';

/**
 * Days on which the holder of a fixed desk gives it to colleagues. Only the holder (or a facility
 * manager) releases and takes back; a day a colleague has booked meanwhile cannot be taken back.
 */
@Injectable()
export class DeskReleasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Released days from today on (or within [from, to]), for anyone planning to book the desk. */
  async list(deskId: string, from?: string, to?: string): Promise<DeskReleaseView[]> {
    const desk = await requireDesk(this.dataSource, deskId);
    const rows = await this.dataSource.query<{ day: string }[]>(
      `SELECT day::text AS day FROM desk_releases
        WHERE desk_id = $1 AND assignee_id IS NOT DISTINCT FROM $2 AND day >= $3 AND ($4::date IS NULL OR day <= $4)
        ORDER BY day`,
      [deskId, desk.assigneeId, from ?? this.today(desk.timezone), to ?? null],
    );
    return rows.map((row) => ({ deskId, date: row.day }));
  }

  async release(actor: Principal, deskId: string, dates: string[]): Promise<DeskReleaseView[]> {
    const desk = await this.ownFixedDesk(actor, deskId);
    const today = this.today(desk.timezone);
    if (dates.some((date) => date < today)) {
      throw invalidField(
        { de: 'Vergangene Tage lassen sich nicht freigeben.', en: 'Past days cannot be released.' },
        'dates',
      );
    }
    await this.dataSource.query(
      `INSERT INTO desk_releases (desk_id, day, assignee_id)
       SELECT $1, day, $2 FROM unnest($3::date[]) AS day
       ON CONFLICT (desk_id, day) DO UPDATE SET assignee_id = EXCLUDED.assignee_id`,
      [deskId, desk.assigneeId, dates],
    );
    return this.list(deskId, [...dates].sort()[0], [...dates].sort().at(-1));
  }

  /** Takes a released day back, unless a colleague has booked the desk on it. */
  async withdraw(actor: Principal, deskId: string, date: string): Promise<void> {
    const desk = await this.ownFixedDesk(actor, deskId);
    const [outcome] = await this.dataSource.query<{ withdrawn: boolean; booked: boolean }[]>(
      `WITH booked AS (
         SELECT 1 FROM bookings
          WHERE resource_kind = 'desk' AND desk_id = $1 AND day = $2 AND ${ACTIVE_SQL} AND person_id IS DISTINCT FROM $3),
       withdrawn AS (
         DELETE FROM desk_releases WHERE desk_id = $1 AND day = $2 AND NOT EXISTS (SELECT 1 FROM booked) RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM withdrawn) AS withdrawn, EXISTS (SELECT 1 FROM booked) AS booked`,
      [deskId, date, desk.assigneeId],
    );
    if (outcome.booked) {
      throw new StateConflictError({
        de: 'An diesem Tag hat bereits jemand den Arbeitsplatz gebucht.',
        en: 'Someone has already booked the desk on this day.',
      });
    }
    if (!outcome.withdrawn) {
      throw new NotFoundError({ de: 'Dieser Tag ist nicht freigegeben.', en: 'This day is not released.' });
    }
  }

  private async ownFixedDesk(actor: Principal, deskId: string) {
    const desk = await requireDesk(this.dataSource, deskId);
    if (!desk.assigneeId) {
      throw new StateConflictError({
        de: 'Dies ist kein fester Arbeitsplatz.',
        en: 'This is not a fixed desk.',
      });
    }
    if (desk.assigneeId !== actor.personId && !hasRole(actor, 'FacilityManager', 'Admin')) {
      throw new ForbiddenError({
        de: 'Freigeben kann nur, wem der Arbeitsplatz zugewiesen ist.',
        en: 'Only the holder of the desk can release it.',
      });
    }
    return desk;
  }

  private today(zone: string): string {
    return DateTime.fromJSDate(this.clock.now(), { zone }).toISODate()!;
  }
}
