import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CalendarFeedView } from '@platzbuch/contracts';
import { queryPrepared } from '@platzbuch/database';
import { RoomsService } from '@platzbuch/locations';
import { APP_CONFIG, type AppConfig, type Principal } from '@platzbuch/platform';
import type { FeedKind } from './calendar-feed.entity';
import { FeedCache, type FeedScope } from './feed-cache';
import { hashFeedToken, newFeedToken, sameHash } from './feed-token';

/** Whose calendar a token opens. */
export type FeedOwner = { kind: 'person'; personId: string } | { kind: 'room'; roomId: string };

export function scopeOf(owner: FeedOwner): FeedScope {
  return owner.kind === 'person' ? `person:${owner.personId}` : `room:${owner.roomId}`;
}

interface FeedRow {
  kind: FeedKind;
  token_hash: Buffer;
  person_id: string | null;
  room_id: string | null;
}

/** Compared against on a miss, so that a miss does the same work as a hit. */
const NO_HASH = Buffer.alloc(32);

/**
 * The secret feed URLs: issuing one replaces the owner's previous token in the same statement, so
 * the old URL is dead the moment the new one exists.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rooms: RoomsService,
    private readonly cache: FeedCache,
  ) {}

  issueForPerson(actor: Principal): Promise<CalendarFeedView> {
    return this.issue({ kind: 'person', personId: actor.personId }, actor);
  }

  async issueForRoom(actor: Principal, roomId: string): Promise<CalendarFeedView> {
    await this.rooms.get(roomId);
    return this.issue({ kind: 'room', roomId }, actor);
  }

  revokeForPerson(actor: Principal): Promise<void> {
    return this.revoke({ kind: 'person', personId: actor.personId });
  }

  async revokeForRoom(roomId: string): Promise<void> {
    await this.rooms.get(roomId);
    await this.revoke({ kind: 'room', roomId });
  }

  /** A person left: their feed dies with their access (in the deactivation's transaction when given). */
  revokeAllOf(personId: string, manager?: EntityManager): Promise<void> {
    return this.revoke({ kind: 'person', personId }, manager);
  }

  /**
   * The owner of a token, found by its hash and confirmed in constant time. A miss does the same
   * lookup and comparison as a hit, and no token is refused for its shape before that.
   */
  async resolve(token: string): Promise<FeedOwner | undefined> {
    const hash = hashFeedToken(token);
    const [row] = await queryPrepared<FeedRow>(
      this.dataSource,
      undefined,
      'calendar_feeds_resolve',
      'SELECT kind, token_hash, person_id, room_id FROM calendar_feeds WHERE token_hash = $1',
      [hash],
    );
    const matches = sameHash(row?.token_hash ?? NO_HASH, hash);
    if (!row || !matches) return undefined;
    return row.kind === 'person'
      ? { kind: 'person', personId: row.person_id! }
      : { kind: 'room', roomId: row.room_id! };
  }

  private async issue(owner: FeedOwner, actor: Principal): Promise<CalendarFeedView> {
    const token = newFeedToken();
    const column = owner.kind === 'person' ? 'person_id' : 'room_id';
    await this.dataSource.query(
      `INSERT INTO calendar_feeds (kind, token_hash, ${column}, created_by_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (${column}) DO UPDATE
         SET token_hash = EXCLUDED.token_hash, created_by_id = EXCLUDED.created_by_id, created_at = now()`,
      [
        owner.kind,
        hashFeedToken(token),
        owner.kind === 'person' ? owner.personId : owner.roomId,
        actor.personId,
      ],
    );
    await this.cache.invalidate(scopeOf(owner));
    return { url: `${this.config.publicUrl}/ical/${token}.ics` };
  }

  private async revoke(owner: FeedOwner, manager?: EntityManager): Promise<void> {
    const [column, id] = owner.kind === 'person' ? ['person_id', owner.personId] : ['room_id', owner.roomId];
    await (manager ?? this.dataSource.manager).query(`DELETE FROM calendar_feeds WHERE ${column} = $1`, [id]);
    await this.cache.invalidate(scopeOf(owner));
  }
}
