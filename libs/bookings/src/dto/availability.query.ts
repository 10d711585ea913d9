import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { type Docking, DOCKING_KINDS } from '@platzbuch/locations';
import { type Slot, SLOTS } from '../rules/office-hours';
import { DATE, INSTANT } from './iso-formats';

/** An interval within one local day: `from`/`to`, or `date` with a `slot`. */
export class AvailabilityQuery {
  @ApiPropertyOptional({
    example: '2026-11-23T07:00:00+01:00',
    description: 'ISO 8601 with offset; with `to`',
  })
  @IsOptional()
  @Matches(INSTANT, { message: 'from must be ISO 8601 with an offset' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-23T19:00:00+01:00' })
  @IsOptional()
  @Matches(INSTANT, { message: 'to must be ISO 8601 with an offset' })
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ example: '2026-11-23', description: 'Instead of from/to: a local day, with `slot`' })
  @IsOptional()
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  date?: string;

  @ApiPropertyOptional({ enum: SLOTS, default: 'day' })
  @IsOptional()
  @IsIn(SLOTS)
  slot?: Slot;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class DeskSearchQuery extends AvailabilityQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Search in this building; or floorId, or zoneId' })
  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  floorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  zoneId?: string;

  @ApiPropertyOptional({ description: 'Default: true for notebook users, who need a docking station' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  needsDocking?: boolean;

  @ApiPropertyOptional({
    enum: DOCKING_KINDS.filter((kind) => kind !== 'none'),
    description: 'A particular docking station',
  })
  @IsOptional()
  @IsIn(DOCKING_KINDS.filter((kind) => kind !== 'none'))
  docking?: Exclude<Docking, 'none'>;

  @ApiPropertyOptional({ minimum: 0, maximum: 3 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3)
  minMonitors?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  heightAdjustable?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  accessible?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
