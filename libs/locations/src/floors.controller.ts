import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FloorView } from '@platzbuch/contracts';
import { IdParam } from '@platzbuch/platform';
import { CreateFloorDto, UpdateFloorDto } from './dto/floor.dto';
import { FloorsService } from './floors.service';
import { ManageLocations } from './manage-locations.decorator';

@ApiTags('locations')
@ApiBearerAuth()
@Controller()
export class FloorsController {
  constructor(private readonly floors: FloorsService) {}

  @Post('buildings/:id/floors')
  @ManageLocations()
  @ApiCreatedResponse({ description: 'The new floor' })
  create(@IdParam() buildingId: string, @Body() input: CreateFloorDto): Promise<FloorView> {
    return this.floors.create(buildingId, input);
  }

  @Get('buildings/:id/floors')
  @ApiOkResponse({ description: 'The floors of the building from the lowest up' })
  list(@IdParam() buildingId: string): Promise<FloorView[]> {
    return this.floors.listOfBuilding(buildingId);
  }

  @Get('floors/:id')
  get(@IdParam() id: string): Promise<FloorView> {
    return this.floors.get(id);
  }

  @Patch('floors/:id')
  @ManageLocations()
  update(@IdParam() id: string, @Body() changes: UpdateFloorDto): Promise<FloorView> {
    return this.floors.update(id, changes);
  }

  @Delete('floors/:id')
  @HttpCode(204)
  @ManageLocations()
  @ApiNoContentResponse({
    description: 'Deleted with its plan, zones, desks and rooms; 409 while any is booked ahead',
  })
  remove(@IdParam() id: string): Promise<void> {
    return this.floors.remove(id);
  }
}
