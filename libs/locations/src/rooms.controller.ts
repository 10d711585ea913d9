import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { RoomView } from '@platzbuch/contracts';
import { IdParam } from '@platzbuch/platform';
import { CreateRoomDto, UpdateRoomDto } from './dto/room.dto';
import { ManageLocations } from './manage-locations.decorator';
import { RoomsService } from './rooms.service';

@ApiTags('locations')
@ApiBearerAuth()
@Controller()
export class RoomsController {
  constructor(private readonly rooms: RoomsService) {}

  @Post('floors/:id/rooms')
  @ManageLocations()
  @ApiCreatedResponse({ description: 'The new meeting room' })
  create(@IdParam() floorId: string, @Body() input: CreateRoomDto): Promise<RoomView> {
    return this.rooms.create(floorId, input);
  }

  @Get('floors/:id/rooms')
  @ApiOkResponse({ description: 'Every meeting room of the floor, by name' })
  list(@IdParam() floorId: string): Promise<RoomView[]> {
    return this.rooms.listOfFloor(floorId);
  }

  @Get('rooms/:id')
  get(@IdParam() id: string): Promise<RoomView> {
    return this.rooms.get(id);
  }

  @Patch('rooms/:id')
  @ManageLocations()
  update(@IdParam() id: string, @Body() changes: UpdateRoomDto): Promise<RoomView> {
    return this.rooms.update(id, changes);
  }

  @Delete('rooms/:id')
  @HttpCode(204)
  @ManageLocations()
  @ApiNoContentResponse({ description: 'Deleted; 409 while it is booked ahead' })
  remove(@IdParam() id: string): Promise<void> {
    return this.rooms.remove(id);
  }
}
