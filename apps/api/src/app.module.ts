import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { AuthModule } from '@platzbuch/auth';
import { BookingsModule } from '@platzbuch/bookings';
import { CalendarModule } from '@platzbuch/calendar';
import { DatabaseModule } from '@platzbuch/database';
import { DemoModule } from '@platzbuch/demo';
import { DirectoryModule } from '@platzbuch/directory';
import { LocationsModule } from '@platzbuch/locations';
import {
  type AppConfig,
  ConfigModule,
  createValidationPipe,
  PlatformModule,
  ProblemFilter,
  RedisModule,
} from '@platzbuch/platform';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule.forRoot(),
        ScheduleModule.forRoot(),
        PlatformModule,
        DirectoryModule,
        AuthModule.forRoot(config.authMode),
        LocationsModule,
        BookingsModule,
        CalendarModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
