import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { type Slot, SLOTS } from '../rules/office-hours';
import { DATE, WALL_TIME } from './iso-formats';
import { IsWeekdays } from './weekdays.decorator';

export class CreateBookingSeriesDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The desk; or `roomId`' })
  @IsOptional()
  @IsUUID()
  deskId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The meeting room; or `deskId`' })
  @IsOptional()
  @IsUUID()
  roomId?: string;

  @IsWeekdays('The weekdays of the series', [1, 3])
  weekdays: number[];

  @ApiProperty({ example: '2026-11-23', description: 'First day, local to the building' })
  @Matches(DATE, { message: 'firstDay must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  firstDay: string;

  @ApiProperty({ example: '2026-12-04', description: 'Last day (included); within the booking horizon' })
  @Matches(DATE, { message: 'lastDay must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  lastDay: string;

  @ApiPropertyOptional({
    enum: SLOTS,
    description: 'A slot of the office hours; or `startTime` and `endTime`',
  })
  @IsOptional()
  @IsIn(SLOTS)
  slot?: Slot;

  @ApiPropertyOptional({
    example: '09:00',
    description: 'Local wall time, kept across daylight-saving switches',
  })
  @IsOptional()
  @Matches(WALL_TIME, { message: 'startTime must be HH:MM' })
  startTime?: string;

  @ApiPropertyOptional({ example: '12:00' })
  @IsOptional()
  @Matches(WALL_TIME, { message: 'endTime must be HH:MM' })
  endTime?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Book for someone who named the caller as delegate' })
  @IsOptional()
  @IsUUID()
  forPersonId?: string;
}
