import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { DeskEquipment, DeskInput } from '@platzbuch/contracts';
import { type Docking, DOCKING_KINDS, RESOURCE_STATUSES, type ResourceStatus } from '../desk.entity';
import { IsLabel, IsPlanCoordinate, Omittable } from './validators';

/** Any part of a desk's equipment; what is left out keeps its value (or the default on creation). */
export class DeskEquipmentDto implements Partial<DeskEquipment> {
  @ApiPropertyOptional({ enum: DOCKING_KINDS, default: 'none' })
  @Omittable()
  @IsIn(DOCKING_KINDS)
  docking?: Docking;

  @ApiPropertyOptional({ minimum: 0, maximum: 3, default: 1 })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(3)
  monitors?: number;

  @ApiPropertyOptional({ default: false })
  @Omittable()
  @IsBoolean()
  heightAdjustable?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Suitable for wheelchair users' })
  @Omittable()
  @IsBoolean()
  accessible?: boolean;
}

export class CreateDeskDto implements DeskInput {
  @ApiProperty({
    maxLength: 64,
    example: '3.12',
    description: 'Unique within the building: the label on the desk',
  })
  @IsLabel(64)
  code: string;

  @IsPlanCoordinate('x')
  x?: number;

  @IsPlanCoordinate('y')
  y?: number;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A zone on the same floor',
  })
  @IsOptional()
  @IsUUID()
  zoneId?: string | null;

  @ApiPropertyOptional({ type: DeskEquipmentDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => DeskEquipmentDto)
  equipment?: DeskEquipmentDto;

  @ApiPropertyOptional({ enum: RESOURCE_STATUSES, default: 'active', description: '`blocked`: not bookable' })
  @Omittable()
  @IsIn(RESOURCE_STATUSES)
  status?: ResourceStatus;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'An active person who holds this desk as a fixed desk',
  })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;
}

export class UpdateDeskDto extends PartialType(CreateDeskDto, { skipNullProperties: false }) {}
