import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { BookingsService, type CalendarBooking } from '@platzbuch/bookings';
import { RoomsService } from '@platzbuch/locations';
import { APP_CONFIG, type AppConfig, Clock, NotFoundError } from '@platzbuch/platform';
import { CalendarFeedsService, type FeedOwner, scopeOf } from './calendar-feeds.service';
import { type CachedFeed, FeedCache } from './feed-cache';
import { type FeedSite, personalCalendar, roomCalendar } from './feed-calendar';

/** How far back a feed reaches, and how long a cancelled booking stays in it so clients drop it. */
const KEEP_DAYS = 30;

export type FeedAnswer = CachedFeed & ({ notModified: true } | { notModified: false; body: Buffer | string });

/**
 * Answers `GET /ical/{token}.ics`: from the cache while nothing changed, rendered afresh
 * otherwise. Unknown and revoked tokens take the same path as known ones up to the cache lookup.
 */
@Injectable()
export class FeedDeliveryService {
  private readonly site: FeedSite;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly feeds: CalendarFeedsService,
    private readonly bookings: BookingsService,
    private readonly rooms: RoomsService,
    private readonly cache: FeedCache,
    private readonly clock: Clock,
  ) {
    this.site = { publicUrl: config.publicUrl, organisation: config.organisation.name };
  }

  /** The feed of `token`; `notModified` when `ifNoneMatch` names its current ETag. */
  async deliver(token: string, ifNoneMatch: string | undefined): Promise<FeedAnswer> {
    const owner = await this.feeds.resolve(token);
    // A miss looks into the cache as a hit does, under a scope that holds nothing.
    const { cached, generation } = await this.cache.lookup(owner ? scopeOf(owner) : 'person:-');
    if (!owner) throw new NotFoundError({ de: 'Diesen Kalender gibt es nicht.', en: 'No such calendar.' });
    if (cached && matches(ifNoneMatch, cached.etag)) return { ...cached, notModified: true };
    const body = cached && (await this.cache.body(cached.etag));
    if (cached && body) return { ...cached, notModified: false, body };

    const rendered = await this.render(owner);
    await this.cache.keep(scopeOf(owner), generation, rendered, rendered.body);
    return matches(ifNoneMatch, rendered.etag)
      ? { etag: rendered.etag, lastModified: rendered.lastModified, notModified: true }
      : { ...rendered, notModified: false };
  }

  private async render(owner: FeedOwner): Promise<CachedFeed & { body: string }> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - KEEP_DAYS * 24 * 60 * 60_000);
    let body: string;
    let bookings: CalendarBooking[];
    if (owner.kind === 'person') {
      bookings = await this.bookings.calendarEntries({ personId: owner.personId }, since);
      body = personalCalendar(bookings, this.site);
    } else {
      const [room, entries] = await Promise.all([
        this.rooms.get(owner.roomId),
        this.bookings.calendarEntries({ roomId: owner.roomId }, since),
      ]);
      bookings = entries;
      body = roomCalendar(room.name, bookings, this.site);
    }
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    const latest = bookings.reduce((max, booking) => Math.max(max, booking.updatedAt.getTime()), 0);
    // HTTP dates have whole seconds; an empty feed was last modified when it became empty, some time up to now.
    const lastModified = new Date(Math.floor((latest || now.getTime()) / 1000) * 1000);
    return { etag, lastModified, body };
  }
}

/** `If-None-Match`: a list of tags or `*`, compared weakly as RFC 9110 asks (`W/"x"` matches `"x"`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}
