import type { CalendarFeedView } from '@platzbuch/contracts';
import { http, segment } from './http';

/** Where a calendar feed is made (`POST`, a new secret address) and ended (`DELETE`). */
export const ownCalendarFeedPath = '/me/calendar-feed';
export const roomCalendarFeedPath = (roomId: string) => `/rooms/${segment(roomId)}/calendar-feed`;

export const issueCalendarFeed = (path: string) => http.post<CalendarFeedView>(path);
export const endCalendarFeed = (path: string) => http.delete(path);
