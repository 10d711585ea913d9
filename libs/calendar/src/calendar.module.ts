import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingsModule } from '@platzbuch/bookings';
import { LocationsModule } from '@platzbuch/locations';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarListeners } from './calendar.listeners';
import { FeedCache } from './feed-cache';
import { FeedDeliveryService } from './feed-delivery.service';
import { IcalController } from './ical.controller';

/** Personal and room iCal feeds behind secret URLs, for Outlook, Thunderbird, phones and room displays. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeed]), BookingsModule, LocationsModule],
  controllers: [CalendarFeedsController, IcalController],
  providers: [CalendarFeedsService, FeedDeliveryService, FeedCache, CalendarListeners],
  exports: [CalendarFeedsService],
})
export class CalendarModule {}
