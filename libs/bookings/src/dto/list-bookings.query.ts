import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '@platzbuch/platform';
import { BOOKING_STATUSES, type BookingStatus } from '../booking.entity';
import { DATE_OR_INSTANT } from './iso-formats';

export const BOOKING_LISTS = ['upcoming', 'past'] as const;
export type BookingList = (typeof BOOKING_LISTS)[number];

export const BOOKING_SCOPES = ['own', 'booked-for-others'] as const;
export type BookingScope = (typeof BOOKING_SCOPES)[number];

export class ListBookingsQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Bookings overlapping [from, to): a local day (organisation zone) or an instant with offset',
    example: '2026-11-23',
  })
  @IsOptional()
  @Matches(DATE_OR_INSTANT, { message: 'from must be YYYY-MM-DD or ISO 8601 with an offset' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Exclusive end; a day means up to its start', example: '2026-12-01' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT, { message: 'to must be YYYY-MM-DD or ISO 8601 with an offset' })
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({
    enum: BOOKING_LISTS,
    default: 'upcoming',
    description: 'Without from/to: bookings not yet ended (soonest first) or ended ones (latest first)',
  })
  @IsOptional()
  @IsIn(BOOKING_LISTS)
  when?: BookingList;

  @ApiPropertyOptional({
    enum: BOOKING_SCOPES,
    default: 'own',
    description: "The caller's own bookings, or those the caller made for other people",
  })
  @IsOptional()
  @IsIn(BOOKING_SCOPES)
  scope?: BookingScope;

  @ApiPropertyOptional({
    description: 'Comma-separated statuses to include (default: all)',
    example: 'confirmed,checked_in',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value,
  )
  @IsIn(BOOKING_STATUSES, { each: true })
  status?: BookingStatus[];
}
