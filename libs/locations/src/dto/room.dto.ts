import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsInt, Max, Min } from 'class-validator';
import type { RoomInput } from '@platzbuch/contracts';
import { RESOURCE_STATUSES, type ResourceStatus } from '../desk.entity';
import { ROOM_EQUIPMENT, type RoomEquipment } from '../room.entity';
import { IsLabel, IsPlanCoordinate, Omittable } from './validators';

export class CreateRoomDto implements RoomInput {
  @ApiProperty({ maxLength: 100, example: 'Besprechung 3.01' })
  @IsLabel(100)
  name: string;

  @ApiProperty({ minimum: 1, maximum: 500, example: 8 })
  @IsInt()
  @Min(1)
  @Max(500)
  capacity: number;

  @ApiPropertyOptional({ enum: ROOM_EQUIPMENT, isArray: true, default: [] })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(ROOM_EQUIPMENT, { each: true })
  equipment?: RoomEquipment[];

  @IsPlanCoordinate('x')
  x?: number;

  @IsPlanCoordinate('y')
  y?: number;

  @ApiPropertyOptional({ enum: RESOURCE_STATUSES, default: 'active', description: '`blocked`: not bookable' })
  @Omittable()
  @IsIn(RESOURCE_STATUSES)
  status?: ResourceStatus;
}

export class UpdateRoomDto extends PartialType(CreateRoomDto, { skipNullProperties: false }) {}
