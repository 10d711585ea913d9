import type {
  BookingSeriesResult,
  BookingSeriesView,
  BookingView,
  CreateBookingRequest,
  CreateBookingSeriesRequest,
  DelegateView,
  DeskSuggestion,
  FloorAvailability,
  OfficeHoursView,
  SlotName,
} from '@platzbuch/contracts';
import { http, send, segment } from './http';

/** A local day with a slot, or explicit instants with offsets; the API resolves either in the building's zone. */
export type IntervalQuery = { date: string; slot: SlotName } | { from: string; to: string };

export const getFloorAvailability = (floorId: string, interval: IntervalQuery, signal?: AbortSignal) =>
  http.get<FloorAvailability>(`/floors/${segment(floorId)}/availability`, { query: interval, signal });

export interface DeskNeeds {
  docking?: 'usb-c' | 'thunderbolt';
  needsDocking?: boolean;
  minMonitors?: number;
  heightAdjustable?: boolean;
  accessible?: boolean;
}

/** Free desks for the caller's needs, the own department's zones first. */
export const searchDesks = (
  where: { buildingId?: string; floorId?: string },
  interval: IntervalQuery,
  needs: DeskNeeds,
  limit = 5,
) => http.get<DeskSuggestion[]>('/desk-search', { query: { ...where, ...interval, ...needs, limit } });

/**
 * Books a desk or room. The key makes a repeated click or a retried request after a lost answer
 * book once; a new attempt by the person gets a new key.
 */
export const createBooking = (request: CreateBookingRequest, idempotencyKey: string) =>
  http.post<BookingView>('/bookings', { json: request, headers: { 'Idempotency-Key': idempotencyKey } });

export const cancelBooking = (id: string) => http.delete(`/bookings/${segment(id)}`);
export const checkIn = (id: string) => http.post<BookingView>(`/bookings/${segment(id)}/check-in`);

export interface BookingPage {
  items: BookingView[];
  /** Where the next page is, from the `Link` header; null on the last page. */
  next: string | null;
}

/** One page of the caller's bookings: upcoming (soonest first) or past (latest first), or the page at `next`. */
export async function listBookings(
  list: 'upcoming' | 'past',
  options: { next?: string | null; scope?: 'own' | 'booked-for-others'; signal?: AbortSignal } = {},
): Promise<BookingPage> {
  const response = options.next
    ? await send('GET', options.next, { signal: options.signal })
    : await send('GET', '/bookings', {
        // Upcoming are what still stands; the past shows what became of each booking too.
        query: {
          when: list,
          scope: options.scope,
          limit: 20,
          status: list === 'upcoming' ? 'confirmed,checked_in' : undefined,
        },
        signal: options.signal,
      });
  const items = (await response.json()) as BookingView[];
  return { items, next: nextLink(response.headers.get('link')) };
}

/** The `rel="next"` target of an RFC 8288 `Link` header. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match) return match[1];
  }
  return null;
}

export const createSeries = (request: CreateBookingSeriesRequest, idempotencyKey: string) =>
  http.post<BookingSeriesResult>('/booking-series', {
    json: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const listSeries = () => http.get<BookingSeriesView[]>('/booking-series');
export const cancelSeries = (id: string) => http.delete(`/booking-series/${segment(id)}`);

export const getOfficeHours = (buildingId: string) =>
  http.get<OfficeHoursView>(`/buildings/${segment(buildingId)}/office-hours`);

export const listDelegates = () => http.get<DelegateView[]>('/me/delegates');
export const addDelegate = (personId: string) =>
  http.put<DelegateView[]>(`/me/delegates/${segment(personId)}`);
export const removeDelegate = (personId: string) => http.delete(`/me/delegates/${segment(personId)}`);
/** The people who named the caller as their delegate: the caller may book for them. */
export const listPrincipals = () => http.get<DelegateView[]>('/me/principals');
