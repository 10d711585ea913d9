export { BookingsModule } from './bookings.module';
export { BookingsService, type CalendarBooking, type HistoricBooking } from './bookings.service';
export { BookingChanged, BOOKING_CHANGES, type BookingChange } from './booking-changed.event';
export {
  Booking,
  BOOKING_STATUSES,
  ACTIVE_STATUSES,
  CANCEL_REASONS,
  type BookingStatus,
  type CancelReason,
} from './booking.entity';
export { RESOURCE_KINDS, type ResourceKind } from './reservation';
export { publicHolidays, GERMAN_STATES, type GermanState, type PublicHoliday } from './rules/german-holidays';
export { NoShowReleaseJob } from './no-show-release.job';
