import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@platzbuch/directory';
import { Building } from './building.entity';
import { BuildingsController } from './buildings.controller';
import { BuildingsService } from './buildings.service';
import { Desk } from './desk.entity';
import { DeskImportController } from './desk-import.controller';
import { DeskImportService } from './desk-import.service';
import { DesksController } from './desks.controller';
import { DesksService } from './desks.service';
import { Floor } from './floor.entity';
import { FloorPlan } from './floor-plan.entity';
import { FloorPlansController } from './floor-plans.controller';
import { FloorPlansService } from './floor-plans.service';
import { FloorsController } from './floors.controller';
import { FloorsService } from './floors.service';
import { LocationRemoval } from './location-removal';
import { Room } from './room.entity';
import { RoomsController } from './rooms.controller';
import { RoomsService } from './rooms.service';
import { Zone } from './zone.entity';
import { ZonesController } from './zones.controller';
import { ZonesService } from './zones.service';

const SERVICES = [
  BuildingsService,
  FloorsService,
  FloorPlansService,
  ZonesService,
  DesksService,
  RoomsService,
  DeskImportService,
];

/** Buildings, floors with their plans, zones, desks and meeting rooms. */
@Module({
  imports: [TypeOrmModule.forFeature([Building, Floor, FloorPlan, Zone, Desk, Room]), DirectoryModule],
  controllers: [
    BuildingsController,
    FloorsController,
    FloorPlansController,
    ZonesController,
    DesksController,
    RoomsController,
    DeskImportController,
  ],
  providers: [...SERVICES, LocationRemoval],
  exports: SERVICES,
})
export class LocationsModule {}
