import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { DATE } from './iso-formats';

export class HolidaysQuery {
  @ApiProperty({ example: 2026, minimum: 1990, maximum: 2200 })
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only the organisation's and this building's closure days",
  })
  @IsOptional()
  @IsUUID()
  buildingId?: string;
}

export class CreateClosureDayDto {
  @ApiProperty({ example: '2027-02-08' })
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  date: string;

  @ApiProperty({ example: 'Rosenmontag', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Leave out for every building' })
  @IsOptional()
  @IsUUID()
  buildingId?: string;
}
