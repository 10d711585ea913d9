import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Department } from './department.entity';
import { DepartmentsService } from './departments.service';
import { DirectoryImportService } from './directory-import.service';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { Person } from './person.entity';

/** People and departments: who works here, in which unit, with which device. */
@Module({
  imports: [TypeOrmModule.forFeature([Person, Department])],
  controllers: [PeopleController],
  providers: [PeopleService, DepartmentsService, DirectoryImportService],
  exports: [PeopleService, DepartmentsService, DirectoryImportService],
})
export class DirectoryModule {}
