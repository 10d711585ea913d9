import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { type Slot, SLOTS } from '../rules/office-hours';
import { DATE, INSTANT } from './iso-formats';

export class CreateBookingDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The desk to book; or `roomId`' })
  @IsOptional()
  @IsUUID()
  deskId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The meeting room to book; or `deskId`' })
  @IsOptional()
  @IsUUID()
  roomId?: string;

  @ApiPropertyOptional({
    example: '2026-11-23T08:00:00+01:00',
    description: 'ISO 8601 with offset; with `end`',
  })
  @IsOptional()
  @Matches(INSTANT, { message: 'start must be ISO 8601 with an offset' })
  @IsISO8601({ strict: true })
  start?: string;

  @ApiPropertyOptional({
    example: '2026-11-23T12:00:00+01:00',
    description: 'Exclusive end, ISO 8601 with offset',
  })
  @IsOptional()
  @Matches(INSTANT, { message: 'end must be ISO 8601 with an offset' })
  @IsISO8601({ strict: true })
  end?: string;

  @ApiPropertyOptional({
    example: '2026-11-23',
    description: 'Instead of start/end: a local day, with `slot`',
  })
  @IsOptional()
  @Matches(DATE, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  date?: string;

  @ApiPropertyOptional({
    enum: SLOTS,
    default: 'day',
    description: "With `date`: resolved through the building's office hours",
  })
  @IsOptional()
  @IsIn(SLOTS)
  slot?: Slot;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Book for someone who named the caller as delegate (facility managers: for anyone)',
  })
  @IsOptional()
  @IsUUID()
  forPersonId?: string;
}
