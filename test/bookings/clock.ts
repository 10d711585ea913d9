import { Clock } from '@platzbuch/platform';
import type { TestApp } from '../support/test-app';

/** Monday 11 January 2027, 07:00 in Berlin: the next two weeks hold no public holiday in NRW. */
export const MONDAY = '2027-01-11T06:00:00Z';

/** Holds the application's clock at `instant` until moved on; only the app's notion of now. */
export function holdClock(t: TestApp, instant: string = MONDAY): { set(instant: string): void } {
  let now = new Date(instant);
  jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  return {
    set(next: string) {
      now = new Date(next);
    },
  };
}
