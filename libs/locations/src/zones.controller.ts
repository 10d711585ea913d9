import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { ZoneView } from '@platzbuch/contracts';
import { IdParam } from '@platzbuch/platform';
import { CreateZoneDto, UpdateZoneDto } from './dto/zone.dto';
import { ManageLocations } from './manage-locations.decorator';
import { ZonesService } from './zones.service';

@ApiTags('locations')
@ApiBearerAuth()
@Controller()
export class ZonesController {
  constructor(private readonly zones: ZonesService) {}

  @Post('floors/:id/zones')
  @ManageLocations()
  @ApiCreatedResponse({ description: 'The new zone' })
  create(@IdParam() floorId: string, @Body() input: CreateZoneDto): Promise<ZoneView> {
    return this.zones.create(floorId, input);
  }

  @Get('floors/:id/zones')
  @ApiOkResponse({ description: 'Every zone of the floor, by name' })
  list(@IdParam() floorId: string): Promise<ZoneView[]> {
    return this.zones.listOfFloor(floorId);
  }

  @Patch('zones/:id')
  @ManageLocations()
  update(@IdParam() id: string, @Body() changes: UpdateZoneDto): Promise<ZoneView> {
    return this.zones.update(id, changes);
  }

  @Delete('zones/:id')
  @HttpCode(204)
  @ManageLocations()
  @ApiNoContentResponse({ description: 'Deleted; its desks stay, in no zone' })
  remove(@IdParam() id: string): Promise<void> {
    return this.zones.remove(id);
  }
}
