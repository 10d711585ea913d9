export { CalendarModule } from './calendar.module';
export { CalendarFeed, FEED_KINDS, type FeedKind } from './calendar-feed.entity';
export { CalendarFeedsService } from './calendar-feeds.service';
