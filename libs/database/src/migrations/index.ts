// The order in which migrations run; `npm run migration:generate` rebuilds this list.
import { Extensions1795000000000 } from './1795000000000-Extensions';
import { Foundation1795242434440 } from './1795242434440-Foundation';
import { Bookings1795243270638 } from './1795243270638-Bookings';
import { DirectorySync1795255164429 } from './1795255164429-DirectorySync';

export const migrations = [Extensions1795000000000, Foundation1795242434440, Bookings1795243270638, DirectorySync1795255164429];
