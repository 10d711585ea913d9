import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { type GermanState, GERMAN_STATES } from '../rules/german-holidays';

/** A policy override: every setting left out (or null) is inherited from the wider scope. */
export class BookingPolicyDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 730,
    nullable: true,
    description: 'How many days ahead (default 14)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(730)
  horizonDays?: number | null;

  @ApiPropertyOptional({
    minimum: 15,
    maximum: 1440,
    nullable: true,
    description: 'Longest booking (default 720)',
  })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(1440)
  maxDurationMinutes?: number | null;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 1000,
    nullable: true,
    description: 'Most bookings per person that have not ended (default 20)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxActiveBookings?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Public holidays and closure days closed for desks (default true)',
  })
  @IsOptional()
  @IsBoolean()
  closedOnHolidays?: boolean | null;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 730,
    nullable: true,
    description: "In a department's zone, how many days earlier its members may book (default 0)",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(730)
  departmentPriorityDays?: number | null;
}

export class OrganisationPolicyDto extends BookingPolicyDto {
  @ApiPropertyOptional({
    enum: GERMAN_STATES,
    nullable: true,
    description: 'State whose public holidays apply (default NW)',
  })
  @IsOptional()
  @IsIn(GERMAN_STATES)
  holidayRegion?: GermanState | null;
}
