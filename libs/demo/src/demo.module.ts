import { Module } from '@nestjs/common';
import { BookingsModule } from '@platzbuch/bookings';
import { DirectoryModule } from '@platzbuch/directory';
import { LocationsModule } from '@platzbuch/locations';
import { DemoSeeder } from './demo-seeder';

/** Demo data for an empty database (`SEED_DEMO`). */
@Module({
  imports: [DirectoryModule, LocationsModule, BookingsModule],
  providers: [DemoSeeder],
})
export class DemoModule {}
