import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AfterCommit } from './after-commit';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';
import { Booking } from './booking.entity';
import { BookingPoliciesController } from './booking-policies.controller';
import { BookingPoliciesService } from './booking-policies.service';
import { BookingDelegate } from './booking-delegate.entity';
import { BookingPolicy } from './booking-policy.entity';
import { BookingSeries } from './booking-series.entity';
import { BookingSeriesController } from './booking-series.controller';
import { BookingSeriesService } from './booking-series.service';
import { BookingWriter } from './booking-writer';
import { BookingsController } from './bookings.controller';
import { BookingsListeners } from './bookings.listeners';
import { BookingsService } from './bookings.service';
import { BuildingSettingsController } from './building-settings.controller';
import { BuildingSettingsService } from './building-settings.service';
import { CheckInSettings } from './check-in-settings.entity';
import { ClosureDay } from './closure-day.entity';
import { DelegatesController } from './delegates.controller';
import { DelegatesService } from './delegates.service';
import { DeskRelease } from './desk-release.entity';
import { DeskReleasesController } from './desk-releases.controller';
import { DeskReleasesService } from './desk-releases.service';
import { HolidaysController } from './holidays.controller';
import { HolidaysService } from './holidays.service';
import { IdempotentRequests } from './idempotency';
import { NoShowReleaseJob } from './no-show-release.job';
import { OfficeHours } from './office-hours.entity';
import { PlaceDirectory } from './place-directory';
import { RuleBook } from './rules/rule-book';

/**
 * Bookings of desks and rooms: conflicts held by the database, the rules of the organisation,
 * weekly series, delegates, check-in and release, availability.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Booking,
      BookingSeries,
      BookingPolicy,
      OfficeHours,
      CheckInSettings,
      ClosureDay,
      BookingDelegate,
      DeskRelease,
    ]),
  ],
  controllers: [
    BookingsController,
    BookingSeriesController,
    AvailabilityController,
    DelegatesController,
    DeskReleasesController,
    BookingPoliciesController,
    BuildingSettingsController,
    HolidaysController,
  ],
  providers: [
    BookingsService,
    BookingSeriesService,
    AvailabilityService,
    DelegatesService,
    DeskReleasesService,
    BookingPoliciesService,
    BuildingSettingsService,
    HolidaysService,
    BookingWriter,
    PlaceDirectory,
    RuleBook,
    IdempotentRequests,
    AfterCommit,
    NoShowReleaseJob,
    BookingsListeners,
  ],
  exports: [BookingsService],
})
export class BookingsModule {}
