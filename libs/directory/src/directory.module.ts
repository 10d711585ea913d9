import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@platzbuch/platform';
import { Department } from './department.entity';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { DeviceProfilesController } from './device-profiles/device-profiles.controller';
import { DeviceProfilesService } from './device-profiles/device-profiles.service';
import { DirectoryImportService } from './directory-import.service';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { Person } from './person.entity';
import { DirectorySyncController } from './sync/directory-sync.controller';
import { DirectorySyncSchedule } from './sync/directory-sync.schedule';
import { DirectorySync } from './sync/directory-sync.service';
import { DirectoryWriter } from './sync/directory-writer';
import { FetchGraphClient, GraphClient } from './sync/graph-client';
import { graphCredentialsFor, StaticGraphCredentials } from './sync/graph-credentials';
import { SyncPage } from './sync/sync-page.entity';
import { SyncRun } from './sync/sync-run.entity';

/** People and departments: who works here, in which unit, with which device; kept in step with Entra ID. */
@Module({
  imports: [TypeOrmModule.forFeature([Person, Department, SyncRun, SyncPage])],
  controllers: [PeopleController, DepartmentsController, DirectorySyncController, DeviceProfilesController],
  providers: [
    PeopleService,
    DepartmentsService,
    DirectoryImportService,
    DeviceProfilesService,
    DirectoryWriter,
    DirectorySync,
    DirectorySyncSchedule,
    {
      provide: GraphClient,
      inject: [APP_CONFIG],
      // Without a credential the sync is off and never calls Graph; the client is still built.
      useFactory: (config: AppConfig) =>
        new FetchGraphClient(
          config.graph.baseUrl,
          graphCredentialsFor(config) ?? new StaticGraphCredentials(''),
        ),
    },
  ],
  exports: [PeopleService, DepartmentsService, DirectoryImportService, DirectorySync],
})
export class DirectoryModule {}
