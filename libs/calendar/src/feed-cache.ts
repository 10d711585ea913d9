import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { KeyValueStore } from '@platzbuch/platform';

/** Whose feed: a person's or a room's. Bookings change per scope, so the cache is kept per scope. */
export type FeedScope = `person:${string}` | `room:${string}`;

/** A rendered feed as the cache keeps it. */
export interface CachedFeed {
  etag: string;
  lastModified: Date;
}

/** What a lookup found: the current feed if any, and the generation a new rendering is for. */
export interface FeedLookup {
  cached: CachedFeed | undefined;
  generation: string;
}

/** Long enough to serve many refreshes of an unchanged feed; memory in Redis is all it costs. */
const FEED_TTL_SECONDS = 10 * 60;
/** Outlives every cached feed, so that a generation cannot come back while a feed of it lives. */
const GENERATION_TTL_SECONDS = 24 * 60 * 60;
/** Bumped when a place is renamed or its building's time zone changes: that can touch any feed. */
const PLACES_GENERATION = 'calendar:generation:places';
/** Bodies kept in this process as well, by ETag; a 500-booking feed is about 240 KiB. */
const LOCAL_BODY_BYTES = 32 * 1024 * 1024;

/**
 * Rendered feeds in the `KeyValueStore` (Redis, shared by all instances; in-process without it).
 * Each scope has a generation that every change of its bookings replaces, and all scopes share one
 * that changes with the places bookings name; a feed is valid only for the generations it was
 * rendered under. A rendering that raced a change was read under the old generation and is
 * therefore never served, where deleting the entry would have let it be written back stale.
 * The body is kept under its ETag, so the 304 path reads only a few bytes; and since a body never
 * changes under its ETag, each instance also keeps the bodies it served last in memory, ready to
 * send, where fetching a quarter megabyte from Redis on every refresh cost most of the warm path.
 * The store failing (Redis down) makes every lookup a miss, never an error.
 */
@Injectable()
export class FeedCache {
  private readonly logger = new Logger(FeedCache.name);
  /** Most recently used last. */
  private readonly localBodies = new Map<string, Buffer>();
  private localBytes = 0;
  /** Set while the store fails, so that an outage is logged once rather than on every refresh. */
  private failing = false;

  constructor(private readonly store: KeyValueStore) {}

  async lookup(scope: FeedScope): Promise<FeedLookup> {
    try {
      const [ofScope, ofPlaces, entry] = await this.store.getMany([
        `calendar:generation:${scope}`,
        PLACES_GENERATION,
        `calendar:feed:${scope}`,
      ]);
      const [entryGeneration, etag, modified] = entry?.split('\n') ?? [];
      const current = `${ofScope ?? ''}/${ofPlaces ?? ''}`;
      this.failing = false;
      const cached =
        entry !== null && entryGeneration === current
          ? { etag, lastModified: new Date(Number(modified)) }
          : undefined;
      return { cached, generation: current };
    } catch (error) {
      this.unavailable(error);
      return { cached: undefined, generation: '' };
    }
  }

  async body(etag: string): Promise<Buffer | null> {
    const local = this.localBodies.get(etag);
    if (local) {
      this.localBodies.delete(etag);
      this.localBodies.set(etag, local);
      return local;
    }
    try {
      const stored = await this.store.get(`calendar:body:${etag}`);
      return stored === null ? null : this.remember(etag, stored);
    } catch (error) {
      this.unavailable(error);
      return null;
    }
  }

  async keep(scope: FeedScope, generation: string, feed: CachedFeed, body: string): Promise<void> {
    this.remember(feed.etag, body);
    try {
      await this.store.set(`calendar:body:${feed.etag}`, body, FEED_TTL_SECONDS);
      await this.store.set(
        `calendar:feed:${scope}`,
        `${generation}\n${feed.etag}\n${feed.lastModified.getTime()}`,
        FEED_TTL_SECONDS,
      );
    } catch (error) {
      this.unavailable(error);
    }
  }

  /** Makes every cached rendering of `scope` stale, on this and every other instance. */
  invalidate(scope: FeedScope): Promise<void> {
    return this.renew(`calendar:generation:${scope}`);
  }

  /** Makes every cached feed stale: renders that follow read the places as they are now. */
  invalidateAll(): Promise<void> {
    return this.renew(PLACES_GENERATION);
  }

  private async renew(generationKey: string): Promise<void> {
    try {
      await this.store.set(generationKey, randomUUID(), GENERATION_TTL_SECONDS);
    } catch (error) {
      this.unavailable(error);
    }
  }

  private remember(etag: string, body: string): Buffer {
    const bytes = Buffer.from(body, 'utf8');
    if (!this.localBodies.has(etag)) {
      this.localBodies.set(etag, bytes);
      this.localBytes += bytes.length;
    }
    for (const [oldest, kept] of this.localBodies) {
      if (this.localBytes <= LOCAL_BODY_BYTES) break;
      this.localBodies.delete(oldest);
      this.localBytes -= kept.length;
    }
    return this.localBodies.get(etag) ?? bytes;
  }

  private unavailable(error: unknown): void {
    if (!this.failing)
      this.logger.warn(`calendar feed cache unavailable, rendering every feed: ${(error as Error).message}`);
    this.failing = true;
  }
}
