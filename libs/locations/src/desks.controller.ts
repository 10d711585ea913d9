import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { DeskView } from '@platzbuch/contracts';
import { IdParam } from '@platzbuch/platform';
import { DesksService } from './desks.service';
import { CreateDeskDto, UpdateDeskDto } from './dto/desk.dto';
import { ManageLocations } from './manage-locations.decorator';

@ApiTags('locations')
@ApiBearerAuth()
@Controller()
export class DesksController {
  constructor(private readonly desks: DesksService) {}

  @Post('floors/:id/desks')
  @ManageLocations()
  @ApiCreatedResponse({ description: 'The new desk; 409 when the building has the code already' })
  create(@IdParam() floorId: string, @Body() input: CreateDeskDto): Promise<DeskView> {
    return this.desks.create(floorId, input);
  }

  @Get('floors/:id/desks')
  @ApiOkResponse({ description: 'Every desk of the floor, codes in natural order (3.2 before 3.10)' })
  list(@IdParam() floorId: string): Promise<DeskView[]> {
    return this.desks.listOfFloor(floorId);
  }

  @Get('desks/:id')
  get(@IdParam() id: string): Promise<DeskView> {
    return this.desks.get(id);
  }

  @Patch('desks/:id')
  @ManageLocations()
  @ApiOkResponse({ description: 'The changed desk; equipment may be given in part' })
  update(@IdParam() id: string, @Body() changes: UpdateDeskDto): Promise<DeskView> {
    return this.desks.update(id, changes);
  }

  @Delete('desks/:id')
  @HttpCode(204)
  @ManageLocations()
  @ApiNoContentResponse({ description: 'Deleted; 409 while it is booked ahead' })
  remove(@IdParam() id: string): Promise<void> {
    return this.desks.remove(id);
  }
}
