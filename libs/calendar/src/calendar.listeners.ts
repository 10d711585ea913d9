import { Injectable, OnModuleInit } from '@nestjs/common';
import { BookingChanged } from '@platzbuch/bookings';
import { PersonDeactivated } from '@platzbuch/directory';
import { PlaceDetailsChanged } from '@platzbuch/locations';
import { DomainEvents } from '@platzbuch/platform';
import { CalendarFeedsService } from './calendar-feeds.service';
import { FeedCache } from './feed-cache';

/** What calendar feeds do when bookings or people change. */
@Injectable()
export class CalendarListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly feeds: CalendarFeedsService,
    private readonly cache: FeedCache,
  ) {}

  onModuleInit(): void {
    this.events.on(BookingChanged, async (event) => {
      if (event.personId) await this.cache.invalidate(`person:${event.personId}`);
      if (event.roomId) await this.cache.invalidate(`room:${event.roomId}`);
    });
    this.events.on(PersonDeactivated, (event) => this.feeds.revokeAllOf(event.personId, event.manager));
    // A renamed building can be in thousands of feeds: all of them are rendered afresh when next asked.
    this.events.on(PlaceDetailsChanged, () => this.cache.invalidateAll());
  }
}
