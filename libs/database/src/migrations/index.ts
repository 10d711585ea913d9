// The order in which migrations run; `npm run migration:generate` rebuilds this list.
import { Extensions1795000000000 } from './1795000000000-Extensions';
import { Foundation1795242434440 } from './1795242434440-Foundation';
import { Bookings1795243270638 } from './1795243270638-Bookings';
import { PublishedViews1795253431656 } from './1795253431656-PublishedViews';
import { CalendarFeeds1795254135871 } from './1795254135871-CalendarFeeds';
import { BookingVersionTrigger1795254135872 } from './1795254135872-BookingVersionTrigger';
import { DirectorySync1795255164429 } from './1795255164429-DirectorySync';

export const migrations = [
  Extensions1795000000000,
  Foundation1795242434440,
  Bookings1795243270638,
  PublishedViews1795253431656,
  CalendarFeeds1795254135871,
  BookingVersionTrigger1795254135872,
  DirectorySync1795255164429,
];
