import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { BuildingView } from '@platzbuch/contracts';
import { IdParam } from '@platzbuch/platform';
import { BuildingsService } from './buildings.service';
import { CreateBuildingDto, UpdateBuildingDto } from './dto/building.dto';
import { ManageLocations } from './manage-locations.decorator';

@ApiTags('locations')
@ApiBearerAuth()
@Controller('buildings')
export class BuildingsController {
  constructor(private readonly buildings: BuildingsService) {}

  @Post()
  @ManageLocations()
  @ApiCreatedResponse({ description: 'The new building' })
  create(@Body() input: CreateBuildingDto): Promise<BuildingView> {
    return this.buildings.create(input);
  }

  @Get()
  @ApiOkResponse({ description: 'Every building, by name' })
  list(): Promise<BuildingView[]> {
    return this.buildings.list();
  }

  @Get(':id')
  get(@IdParam() id: string): Promise<BuildingView> {
    return this.buildings.get(id);
  }

  @Patch(':id')
  @ManageLocations()
  update(@IdParam() id: string, @Body() changes: UpdateBuildingDto): Promise<BuildingView> {
    return this.buildings.update(id, changes);
  }

  @Delete(':id')
  @HttpCode(204)
  @ManageLocations()
  @ApiNoContentResponse({
    description: 'Deleted with its floors, desks and rooms; 409 while any is booked ahead',
  })
  remove(@IdParam() id: string): Promise<void> {
    return this.buildings.remove(id);
  }
}
