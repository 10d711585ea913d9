import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type {
  AvailabilityState,
  BookingRuleName,
  BusyInterval,
  DeskAvailability,
  DeskSuggestion,
  FloorAvailability,
  RoomAvailability,
} from '@platzbuch/contracts';
import type { Docking, RoomEquipment } from '@platzbuch/locations';
import { queryPrepared } from '@platzbuch/database';
import { Clock, NotFoundError, type Principal } from '@platzbuch/platform';
import { ACTIVE_SQL, localIso } from './booking-views';
import type { AvailabilityQuery, DeskSearchQuery } from './dto/availability.query';
import type { ResourceKind } from './reservation';
import { fromNowOn, invalidField, resolveInterval } from './requested-interval';
import { checkBookingRules, type RuleBreach } from './rules/booking-rules';
import type { LocalInterval } from './rules/office-hours';
import { PlaceDirectory, type ScopeKind } from './place-directory';
import { RuleBook, type Rules } from './rules/rule-book';
import { inZone } from './rules/zones';

const SEARCH_LIMIT = 20;

const NOT_FOUND = {
  floor: { de: 'Diese Etage gibt es nicht.', en: 'No such floor.' },
  building: { de: 'Dieses Gebäude gibt es nicht.', en: 'No such building.' },
  zone: { de: 'Diesen Bereich gibt es nicht.', en: 'No such zone.' },
};

/** An active booking overlapping the interval, as the queries aggregate them (UTC, ISO 8601). */
interface Busy {
  id: string;
  start: string;
  end: string;
  personId: string | null;
}

/** A desk with the active bookings overlapping the interval. */
interface DeskRow {
  id: string;
  code: string;
  x: number;
  y: number;
  zone_id: string | null;
  zone_name: string | null;
  zone_department_id: string | null;
  docking: Docking;
  monitors: number;
  height_adjustable: boolean;
  accessible: boolean;
  status: string;
  assignee_id: string | null;
  released: boolean;
  /** The same on every row: the department and device of the person asking. */
  viewer_department_id: string | null;
  viewer_device_profile: string | null;
  busy: Busy[] | null;
}

/** A desk as the search reads it: with its floor and building. */
interface FoundDeskRow extends DeskRow {
  floor_id: string;
  floor_name: string;
  level: number;
  building_id: string;
  building_name: string;
}

interface RoomRow {
  id: string;
  name: string;
  capacity: number;
  equipment: RoomEquipment[];
  x: number;
  y: number;
  status: string;
  busy: Busy[] | null;
}

const UTC_ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The active bookings overlapping [$3, $4) on day $2 of the desk or room `alias`, as one JSON array
 * per resource, in UTC ISO 8601 as the API writes them. OFFSET 0 keeps the subquery apart, so that
 * each desk probes the (day, desk) index; joined in, it became a scan of the whole day's bookings.
 */
function busyOf(kind: ResourceKind, alias: string): string {
  return `LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'id', b.id, 'personId', b.person_id,
               'start', to_char(b.start_at AT TIME ZONE 'UTC', ${UTC_ISO}),
               'end', to_char(b.end_at AT TIME ZONE 'UTC', ${UTC_ISO})) ORDER BY b.start_at) AS busy
        FROM bookings b
       WHERE b.day = $2 AND b.${kind}_id = ${alias}.id AND b.resource_kind = '${kind}'
         AND b.${ACTIVE_SQL} AND b.start_at < $4 AND b.end_at > $3
      OFFSET 0) busy ON true`;
}

/** Desks matching `where` ($1 the scope), with the viewer ($5) and, for a search, where they are. */
function desksQuery(where: string, located: boolean): string {
  return `
  SELECT d.id, d.code, d.x, d.y, d.zone_id, d.zone_name, d.zone_department_id,
         d.docking, d.monitors, d.height_adjustable, d.accessible, d.status, d.assignee_id,
         ${located ? 'd.floor_id, d.floor_name, d.level, d.building_id, d.building_name,' : ''}
         d.assignee_id IS NOT NULL AND EXISTS (
           SELECT 1 FROM desk_releases rl WHERE rl.desk_id = d.id AND rl.assignee_id = d.assignee_id AND rl.day = $2
         ) AS released,
         viewer.department_id AS viewer_department_id, viewer.device_profile AS viewer_device_profile,
         busy.busy
    FROM located_desks d
    LEFT JOIN directory_people viewer ON viewer.id = $5
    ${busyOf('desk', 'd')}
   WHERE ${where}
   ORDER BY d.code, d.id`;
}

const FLOOR_DESKS = desksQuery('d.floor_id = $1', false);

const FLOOR_ROOMS = `
  SELECT r.id, r.name, r.capacity, r.equipment, r.x, r.y, r.status, busy.busy
    FROM located_rooms r
    ${busyOf('room', 'r')}
   WHERE r.floor_id = $1
   ORDER BY r.name, r.id`;

interface Viewpoint {
  viewer: Principal;
  departmentId: string | null;
  interval: LocalInterval;
  now: DateTime;
  rules: Rules;
  buildingId: string;
  zone: string;
  /** Desks alike in what the rules ask (zone, state, holder) get the same answer: asked once. */
  breaches: Map<string, RuleBreach[]>;
  /** Local wall times of the instants shown, mostly the same few slot boundaries. */
  localTimes: Map<string, string>;
}

/** What the rules need to know of one desk or room. */
interface PlaceFacts {
  buildingId: string;
  zoneId: string | null;
  zoneDepartmentId: string | null;
  assignedToSomeoneElse: boolean;
}

/**
 * What can be booked where: every desk and room of a floor with its state for an interval, and a
 * search for free desks. States come from the same rules as booking itself, so that a `free` desk
 * can be booked and every other state says why not; who holds a booked desk is never shown.
 */
@Injectable()
export class AvailabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly places: PlaceDirectory,
    private readonly ruleBook: RuleBook,
    private readonly clock: Clock,
  ) {}

  async floor(viewer: Principal, floorId: string, query: AvailabilityQuery): Promise<FloorAvailability> {
    const { scope, view, day } = await this.viewpoint(viewer, 'floor', floorId, query);
    const during = [day, view.interval.start.toJSDate(), view.interval.end.toJSDate()];
    const [desks, rooms] = await Promise.all([
      queryPrepared<DeskRow>(this.dataSource, undefined, 'bookings.availability.desks', FLOOR_DESKS, [
        floorId,
        ...during,
        viewer.personId,
      ]),
      queryPrepared<RoomRow>(this.dataSource, undefined, 'bookings.availability.rooms', FLOOR_ROOMS, [
        floorId,
        ...during,
      ]),
    ]);
    view.departmentId = desks[0]?.viewer_department_id ?? null;
    const zone = scope.timezone;
    return {
      floorId,
      buildingId: scope.buildingId,
      timezone: zone,
      from: view.interval.start.toUTC().toISO()!,
      to: view.interval.end.toUTC().toISO()!,
      fromLocal: localIso(view.interval.start, zone),
      toLocal: localIso(view.interval.end, zone),
      desks: desks.map((desk) => this.desk(view, desk)),
      rooms: rooms.map((room) => this.room(view, room)),
    };
  }

  /**
   * Free desks in a building, floor or zone that have what the person needs (a docking station for
   * notebook users): desks in the person's own department's zones first, then shared ones.
   */
  async search(viewer: Principal, query: DeskSearchQuery): Promise<DeskSuggestion[]> {
    const scopes = (['zone', 'floor', 'building'] as const).filter(
      (kind) => query[`${kind}Id`] !== undefined,
    );
    if (scopes.length !== 1) {
      throw invalidField(
        {
          de: 'Bitte genau eines angeben: buildingId, floorId oder zoneId.',
          en: 'Give exactly one of buildingId, floorId and zoneId.',
        },
        'buildingId',
      );
    }
    const [kind] = scopes;
    const scopeId = query[`${kind}Id`]!;
    const { view, day } = await this.viewpoint(viewer, kind, scopeId, query);
    const parameters: unknown[] = [
      scopeId,
      day,
      view.interval.start.toJSDate(),
      view.interval.end.toJSDate(),
      viewer.personId,
    ];
    const where = [
      { zone: 'd.zone_id = $1', floor: 'd.floor_id = $1', building: 'd.building_id = $1' }[kind],
    ];
    if (query.docking) {
      parameters.push(query.docking);
      where.push(`d.docking = $${parameters.length}`);
    }
    if (query.minMonitors !== undefined) {
      parameters.push(query.minMonitors);
      where.push(`d.monitors >= $${parameters.length}`);
    }
    if (query.heightAdjustable) where.push('d.height_adjustable');
    if (query.accessible) where.push('d.accessible');
    const rows = await this.dataSource.query<FoundDeskRow[]>(
      desksQuery(where.join(' AND '), true),
      parameters,
    );
    view.departmentId = rows[0]?.viewer_department_id ?? null;
    const needsDocking = query.needsDocking ?? rows[0]?.viewer_device_profile === 'notebook';
    const rank = (desk: FoundDeskRow) =>
      desk.zone_department_id === null ? 1 : desk.zone_department_id === view.departmentId ? 0 : 2;
    return rows
      .filter((desk) => !needsDocking || desk.docking !== 'none')
      .filter((desk) => this.desk(view, desk).state === 'free')
      .sort(
        (a, b) =>
          rank(a) - rank(b) || a.level - b.level || a.code.localeCompare(b.code, 'de', { numeric: true }),
      )
      .slice(0, query.limit ?? SEARCH_LIMIT)
      .map((desk) => ({
        id: desk.id,
        code: desk.code,
        floorId: desk.floor_id,
        floorName: desk.floor_name,
        buildingId: desk.building_id,
        buildingName: desk.building_name,
        zoneId: desk.zone_id,
        zoneName: desk.zone_name,
        equipment: equipmentOf(desk),
        ownDepartment: desk.zone_department_id !== null && desk.zone_department_id === view.departmentId,
      }));
  }

  /**
   * The building of a question, and the one local day its interval lies in; the viewer's
   * department is filled in from the query that reads the desks.
   */
  private async viewpoint(viewer: Principal, kind: ScopeKind, id: string, query: AvailabilityQuery) {
    const [found, rules] = await Promise.all([this.places.scope(kind, id), this.ruleBook.current()]);
    if (!found) throw new NotFoundError(NOT_FOUND[kind]);
    const now = this.clock.now();
    const requested = resolveInterval(
      { start: query.from, end: query.to, date: query.date, slot: query.slot },
      found.timezone,
      rules.officeHoursFor(found.buildingId),
      { start: 'from', end: 'to' },
    );
    const interval = fromNowOn(requested.interval, now);
    if (interval.end > interval.start.startOf('day').plus({ days: 1 })) {
      throw invalidField(
        {
          de: 'Der Zeitraum muss innerhalb eines Tages liegen.',
          en: 'The interval must lie within one day.',
        },
        'to',
      );
    }
    const view: Viewpoint = {
      viewer,
      departmentId: null,
      interval,
      now: DateTime.fromJSDate(now, { zone: inZone(found.timezone) }),
      rules,
      buildingId: found.buildingId,
      zone: found.timezone,
      breaches: new Map(),
      localTimes: new Map(),
    };
    return { scope: found, view, day: interval.start.toISODate()! };
  }

  private desk(view: Viewpoint, desk: DeskRow): DeskAvailability {
    const busy = (desk.busy ?? []).map((booking) => busyInterval(booking, view));
    const assignedToYou = desk.assignee_id === view.viewer.personId;
    const breaches = this.breaches(view, 'desk', desk.status, {
      buildingId: view.buildingId,
      zoneId: desk.zone_id,
      zoneDepartmentId: desk.zone_department_id,
      assignedToSomeoneElse: desk.assignee_id !== null && !assignedToYou && !desk.released,
    });
    return {
      id: desk.id,
      code: desk.code,
      x: desk.x,
      y: desk.y,
      zoneId: desk.zone_id,
      zoneName: desk.zone_name,
      equipment: equipmentOf(desk),
      ...stateOf(breaches, busy),
      fixed: desk.assignee_id !== null,
      assignedToYou,
      busy,
      yourBookingId: yourBooking(desk.busy, view),
    };
  }

  private room(view: Viewpoint, room: RoomRow): RoomAvailability {
    const busy = (room.busy ?? []).map((booking) => busyInterval(booking, view));
    const breaches = this.breaches(view, 'room', room.status, {
      buildingId: view.buildingId,
      zoneId: null,
      zoneDepartmentId: null,
      assignedToSomeoneElse: false,
    });
    return {
      id: room.id,
      name: room.name,
      capacity: room.capacity,
      equipment: room.equipment,
      x: room.x,
      y: room.y,
      ...stateOf(breaches, busy),
      busy,
      yourBookingId: yourBooking(room.busy, view),
    };
  }

  private breaches(view: Viewpoint, kind: ResourceKind, status: string, place: PlaceFacts): RuleBreach[] {
    const key = [
      kind,
      status,
      place.buildingId,
      place.zoneId,
      place.zoneDepartmentId,
      place.assignedToSomeoneElse,
    ];
    let breaches = view.breaches.get(key.join('|'));
    if (!breaches) view.breaches.set(key.join('|'), (breaches = this.check(view, kind, status, place)));
    return breaches;
  }

  private check(view: Viewpoint, kind: ResourceKind, status: string, place: PlaceFacts): RuleBreach[] {
    return checkBookingRules({
      now: view.now,
      start: view.interval.start,
      end: view.interval.end,
      kind,
      resourceBlocked: status !== 'active',
      assignedToSomeoneElse: place.assignedToSomeoneElse,
      zoneDepartmentId: place.zoneDepartmentId,
      personDepartmentId: view.departmentId,
      policy: view.rules.policyFor(place.buildingId, place.zoneId),
      hours: view.rules.officeHoursFor(place.buildingId),
      holiday: view.rules.holidayOn(view.interval.start.toISODate()!, place.buildingId),
    });
  }
}

/** Mine before blocked before booked before what the rules say: the most useful thing to show. */
function stateOf(
  breaches: RuleBreach[],
  busy: BusyInterval[],
): { state: AvailabilityState; rule: BookingRuleName | null } {
  if (busy.some((interval) => interval.mine)) return { state: 'mine', rule: null };
  if (breaches.some((breach) => breach.rule === 'RESOURCE_BLOCKED'))
    return { state: 'blocked', rule: 'RESOURCE_BLOCKED' };
  if (busy.length > 0) return { state: 'booked', rule: null };
  if (breaches.some((breach) => breach.rule === 'FIXED_DESK'))
    return { state: 'assigned', rule: 'FIXED_DESK' };
  if (breaches.length > 0) return { state: 'restricted', rule: breaches[0].rule };
  return { state: 'free', rule: null };
}

function busyInterval(booking: Busy, view: Viewpoint): BusyInterval {
  const local = (instant: string) => {
    let text = view.localTimes.get(instant);
    if (text === undefined) view.localTimes.set(instant, (text = localIso(new Date(instant), view.zone)));
    return text;
  };
  return {
    start: booking.start,
    end: booking.end,
    startLocal: local(booking.start),
    endLocal: local(booking.end),
    mine: booking.personId === view.viewer.personId,
  };
}

function yourBooking(busy: Busy[] | null, view: Viewpoint): string | null {
  return busy?.find((booking) => booking.personId === view.viewer.personId)?.id ?? null;
}

function equipmentOf(desk: DeskRow) {
  return {
    docking: desk.docking,
    monitors: desk.monitors,
    heightAdjustable: desk.height_adjustable,
    accessible: desk.accessible,
  };
}
