import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { WALL_TIME } from './iso-formats';
import { IsWeekdays } from './weekdays.decorator';

export class OfficeHoursDto {
  @IsWeekdays('Open weekdays', [1, 2, 3, 4, 5])
  weekdays: number[];

  @ApiProperty({ example: '07:00', description: 'Local opening time' })
  @Matches(WALL_TIME, { message: 'opensAt must be HH:MM' })
  opensAt: string;

  @ApiProperty({ example: '13:00', description: 'End of the morning slot, start of the afternoon slot' })
  @Matches(WALL_TIME, { message: 'splitsAt must be HH:MM' })
  splitsAt: string;

  @ApiProperty({ example: '19:00' })
  @Matches(WALL_TIME, { message: 'closesAt must be HH:MM' })
  closesAt: string;
}

export class CheckInSettingsDto {
  @ApiProperty({ description: 'Release bookings nobody checked into by the end of the grace period' })
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 240, default: 15 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  opensMinutesBefore?: number;

  @ApiPropertyOptional({ minimum: 5, maximum: 240, default: 30 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  graceMinutes?: number;
}
