import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import type { BookingCollision } from '@platzbuch/contracts';
import { isDeadlock, isExclusionViolation, isForeignKeyViolation, queryPrepared } from '@platzbuch/database';
import { ForbiddenError, hasRole, NotFoundError, type Principal } from '@platzbuch/platform';
import { BookingConflictError } from './booking-conflict.error';
import { ACTIVE_SQL, type BookingRow, toCollision } from './booking-views';
import { type PlaceFacts, PlaceDirectory } from './place-directory';
import { PolicyViolationError } from './policy-violation.error';
import type { ResourceKind } from './reservation';
import { invalidField } from './requested-interval';
import type { EffectivePolicy } from './rules/booking-policy';
import { type BookingFacts, checkBookingRules, zoneReservedFor } from './rules/booking-rules';
import type { LocalInterval, OfficeHoursSettings } from './rules/office-hours';
import { RuleBook, type Rules } from './rules/rule-book';
import { inZone } from './rules/zones';

/** Everything known before the first occurrence is written. */
export interface PreparedBooking {
  place: PlaceFacts;
  personId: string;
  actor: Principal;
  rules: Rules;
  policy: EffectivePolicy;
  hours: OfficeHoursSettings;
}

const COLLIDED = Symbol('collided');

/** One interval booked, or refused with its reason. */
export type Attempt = { booked: BookingRow } | { refused: PolicyViolationError | BookingConflictError };

/** What the attempt read of the place and the person in the statement that wrote (or not). */
interface AttemptRow {
  status: string;
  assignee_id: string | null;
  released: boolean;
  person_active: boolean | null;
  person_department_id: string | null;
  active_bookings: number;
  allowed: boolean;
  id: string | null;
  created_at: Date | null;
}

/**
 * One statement per booking: it reads what changes (the place's state and holder, the day's
 * release, the person, how many bookings they hold, whether the caller may book for them), writes
 * the booking with `INSERT … ON CONFLICT DO NOTHING` only if all of that allows it, and answers
 * what it read either way. The exclusion constraints decide races; no row written while the rules
 * allowed it means a collision. The rules are checked again in TypeScript on what was read, for the
 * reasons a person understands; the statement's guard is what enforces them.
 */
function attemptStatement(kind: ResourceKind): string {
  const place =
    kind === 'desk'
      ? `SELECT x.status, x.assignee_id FROM located_desks x WHERE x.id = $1`
      : `SELECT x.status, NULL::uuid AS assignee_id FROM located_rooms x WHERE x.id = $1`;
  return `
    WITH place AS (${place}),
    facts AS (
      SELECT place.status, place.assignee_id,
             place.assignee_id IS NOT NULL AND EXISTS (
               SELECT 1 FROM desk_releases rl
                WHERE rl.desk_id = $1 AND rl.assignee_id = place.assignee_id AND rl.day = $7::date
             ) AS released,
             p.active AS person_active, p.department_id AS person_department_id,
             (SELECT count(*)::int FROM bookings o
               WHERE o.person_id = $2::uuid AND o.${ACTIVE_SQL} AND o.end_at > $8) AS active_bookings,
             ($2::uuid = $3::uuid OR $9::boolean OR EXISTS (
               SELECT 1 FROM booking_delegates g WHERE g.person_id = $2::uuid AND g.delegate_id = $3::uuid
             )) AS allowed
        FROM place LEFT JOIN directory_people p ON p.id = $2::uuid),
    written AS (
      INSERT INTO bookings (resource_kind, ${kind}_id, person_id, booked_by_id, series_id, start_at, end_at, day)
      SELECT '${kind}', $1, $2, $3, $4, $5, $6, $7 FROM facts
       WHERE $10::boolean AND facts.allowed AND facts.person_active AND facts.status = 'active'
         AND (facts.assignee_id IS NULL OR facts.assignee_id = $2::uuid OR facts.released)
         AND ($11::uuid IS NULL OR facts.person_department_id = $11::uuid)
         AND facts.active_bookings < $12::int
      ON CONFLICT DO NOTHING
      RETURNING id, created_at)
    SELECT facts.*, written.id, written.created_at FROM facts LEFT JOIN written ON true`;
}

const ATTEMPT_STATEMENTS = { desk: attemptStatement('desk'), room: attemptStatement('room') };

/** What holds the desk or room, or (for desks) the person's other desk, in the interval. */
function collisionQuery(kind: ResourceKind): string {
  const overlaps = `${ACTIVE_SQL} AND tstzrange(start_at, end_at, '[)') && tstzrange($3, $4, '[)')`;
  const resource = `
    SELECT id, start_at, end_at, person_id IS NOT DISTINCT FROM $2 AS own, 'resource' AS reason
      FROM bookings WHERE ${kind}_id = $1 AND resource_kind = '${kind}' AND ${overlaps}`;
  if (kind === 'room') return resource;
  return `${resource}
    UNION ALL
    SELECT id, start_at, end_at, true AS own, 'person' AS reason
      FROM bookings WHERE person_id = $2 AND resource_kind = 'desk' AND desk_id <> $1 AND ${overlaps}
    ORDER BY start_at`;
}

/** The desk or the room a request names; exactly one of them. */
function targetOf(request: { deskId?: string; roomId?: string }): { kind: ResourceKind; id: string } {
  if ((request.deskId === undefined) === (request.roomId === undefined)) {
    throw invalidField(
      { de: 'Bitte genau eines angeben: deskId oder roomId.', en: 'Give exactly one of deskId and roomId.' },
      'deskId',
    );
  }
  return request.deskId !== undefined
    ? { kind: 'desk', id: request.deskId }
    : { kind: 'room', id: request.roomId! };
}

/**
 * Writes bookings so that concurrency cannot beat the rules that matter. Plain INSERTs racing for
 * one slot deadlock inside the exclusion check and wait a second each; `ON CONFLICT DO NOTHING`
 * settles the same race in milliseconds, and one round trip per booking keeps the database's
 * share of the work small.
 */
@Injectable()
export class BookingWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly places: PlaceDirectory,
    private readonly ruleBook: RuleBook,
  ) {}

  /** Finds the place and the rules that apply there. */
  async prepare(
    actor: Principal,
    request: { deskId?: string; roomId?: string; forPersonId?: string },
  ): Promise<PreparedBooking> {
    const target = targetOf(request);
    const [place, rules] = await Promise.all([
      this.places.find(target.kind, target.id),
      this.ruleBook.current(),
    ]);
    if (!place) {
      throw new NotFoundError(
        target.kind === 'desk'
          ? { de: 'Diesen Arbeitsplatz gibt es nicht.', en: 'No such desk.' }
          : { de: 'Diesen Raum gibt es nicht.', en: 'No such room.' },
      );
    }
    return {
      place,
      personId: request.forPersonId ?? actor.personId,
      actor,
      rules,
      policy: rules.policyFor(place.buildingId, place.zoneId),
      hours: rules.officeHoursFor(place.buildingId),
    };
  }

  /**
   * Books `interval`, or says why not. Throws for what no interval could change: an unknown person
   * (404), or a caller who may not book for them (403). `manager` is the caller's transaction.
   */
  async attempt(
    prepared: PreparedBooking,
    interval: LocalInterval,
    now: Date,
    seriesId: string | null,
    manager?: EntityManager,
  ): Promise<Attempt> {
    const runner = manager ?? this.dataSource.manager;
    const { place, personId, actor, policy } = prepared;
    const facts: BookingFacts = {
      now: DateTime.fromJSDate(now, { zone: inZone(place.timezone) }),
      start: interval.start,
      end: interval.end,
      kind: place.kind,
      resourceBlocked: false,
      assignedToSomeoneElse: false,
      zoneDepartmentId: place.zoneDepartmentId,
      personDepartmentId: null,
      policy,
      hours: prepared.hours,
      holiday: prepared.rules.holidayOn(interval.start.toISODate()!, place.buildingId),
    };
    // What the place and the time alone allow; the statement adds what only the database knows.
    const timeAllows = checkBookingRules({ ...facts, zoneDepartmentId: null }).length === 0;
    const parameters = [
      place.id,
      personId,
      actor.personId,
      seriesId,
      interval.start.toJSDate(),
      interval.end.toJSDate(),
      interval.start.toISODate(),
      now,
      hasRole(actor, 'FacilityManager', 'Admin'),
      timeAllows,
      zoneReservedFor(facts),
      policy.maxActiveBookings,
    ];
    // A collision found gone by the time it is explained (cancelled meanwhile) is worth one retry.
    for (let attempt = 0; ; attempt++) {
      const read = await this.run(runner, place.kind, parameters);
      if (read === undefined) {
        throw new NotFoundError({
          de: 'Diesen Platz gibt es nicht mehr.',
          en: 'This place no longer exists.',
        });
      }
      if (read !== COLLIDED) {
        if (read.id && read.created_at) return { booked: this.rowOf(prepared, interval, seriesId, read) };
        this.refuseForAnyInterval(read);
        const breaches = checkBookingRules({
          ...facts,
          resourceBlocked: read.status !== 'active',
          assignedToSomeoneElse: read.assignee_id !== null && read.assignee_id !== personId && !read.released,
          personDepartmentId: read.person_department_id,
          activeBookings: read.active_bookings,
        });
        if (breaches.length > 0) return { refused: new PolicyViolationError(breaches) };
      }
      const collisions = await this.collisions(runner, prepared, interval);
      if (collisions.length > 0 || attempt > 0) {
        return { refused: new BookingConflictError(collisions, personId === actor.personId) };
      }
    }
  }

  /** What the statement read (and wrote); undefined when the place is gone. */
  private async run(
    runner: EntityManager,
    kind: ResourceKind,
    parameters: unknown[],
  ): Promise<AttemptRow | typeof COLLIDED | undefined> {
    try {
      const [read] = await queryPrepared<AttemptRow>(
        this.dataSource,
        runner,
        `bookings.attempt.${kind}`,
        ATTEMPT_STATEMENTS[kind],
        parameters,
      );
      return read;
    } catch (error) {
      // Neither should happen with ON CONFLICT DO NOTHING; should either, it is still a collision.
      if (isExclusionViolation(error) || isDeadlock(error)) return COLLIDED;
      // Deleted while this booking waited for the lock that the deletion held on its row.
      if (isForeignKeyViolation(error)) return undefined;
      throw error;
    }
  }

  private refuseForAnyInterval(read: AttemptRow): void {
    if (read.person_active === null) {
      throw new NotFoundError({ de: 'Diese Person gibt es nicht.', en: 'No such person.' });
    }
    if (!read.allowed) {
      throw new ForbiddenError({
        de: 'Sie dürfen nur für Personen buchen, die Sie als Vertretung benannt haben.',
        en: 'You may book only for people who named you as their delegate.',
      });
    }
    if (!read.person_active) {
      throw new PolicyViolationError([
        {
          rule: 'PERSON_INACTIVE',
          detail: {
            de: 'Diese Person ist im Verzeichnis deaktiviert und kann nicht mehr buchen.',
            en: 'This person is deactivated in the directory and cannot book any more.',
          },
        },
      ]);
    }
  }

  private async collisions(
    runner: EntityManager,
    prepared: PreparedBooking,
    interval: LocalInterval,
  ): Promise<BookingCollision[]> {
    const { place, personId } = prepared;
    const rows = await runner.query<
      { id: string; start_at: Date; end_at: Date; own: boolean; reason: 'resource' | 'person' }[]
    >(collisionQuery(place.kind), [place.id, personId, interval.start.toJSDate(), interval.end.toJSDate()]);
    return rows.map((row) => toCollision(row, place.timezone));
  }

  private rowOf(
    prepared: PreparedBooking,
    interval: LocalInterval,
    seriesId: string | null,
    written: AttemptRow,
  ): BookingRow {
    const { place } = prepared;
    return {
      id: written.id!,
      resource_kind: place.kind,
      desk_id: place.kind === 'desk' ? place.id : null,
      room_id: place.kind === 'room' ? place.id : null,
      person_id: prepared.personId,
      booked_by_id: prepared.actor.personId,
      start_at: interval.start.toJSDate(),
      end_at: interval.end.toJSDate(),
      day: interval.start.toISODate()!,
      status: 'confirmed',
      series_id: seriesId,
      checked_in_at: null,
      cancelled_at: null,
      cancel_reason: null,
      released_at: null,
      created_at: written.created_at!,
      place_name: place.name,
      floor_id: place.floorId,
      floor_name: place.floorName,
      building_id: place.buildingId,
      building_name: place.buildingName,
      timezone: place.timezone,
      zone_id: place.zoneId,
      zone_name: place.zoneName,
    };
  }
}
