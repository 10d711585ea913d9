import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { BuildingInput } from '@platzbuch/contracts';
import { IsIanaZone, IsLabel, Omittable, Trimmed } from './validators';

export class CreateBuildingDto implements BuildingInput {
  @ApiProperty({ maxLength: 200, example: 'Stadthaus 1' })
  @IsLabel(200)
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 500,
    example: 'Klemensstraße 10, 48143 Münster',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @ApiPropertyOptional({ example: 'Europe/Berlin', description: 'IANA time zone; defaults to ORG_TIMEZONE' })
  @Omittable()
  @IsIanaZone()
  timezone?: string;
}

export class UpdateBuildingDto extends PartialType(CreateBuildingDto, { skipNullProperties: false }) {}
