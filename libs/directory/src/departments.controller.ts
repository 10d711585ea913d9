import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DepartmentSummary } from '@platzbuch/contracts';
import { DepartmentsService } from './departments.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @ApiOkResponse({ description: 'Every department, by name: a bounded list (the units of one organisation)' })
  list(): Promise<DepartmentSummary[]> {
    return this.departments.list();
  }
}
