// Shapes of the calendar feed routes, shared by the API and the web client.

/** `POST /api/v1/me/calendar-feed` and `POST /api/v1/rooms/{id}/calendar-feed` */
export interface CalendarFeedView {
  /** The secret subscription address (`…/ical/<token>.ics`); shown once, stored only as a hash. */
  url: string;
}
