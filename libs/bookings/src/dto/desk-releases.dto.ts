import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsISO8601, IsOptional, Matches } from 'class-validator';
import { DATE } from './iso-formats';

export class ReleaseDaysDto {
  @ApiProperty({
    type: [String],
    example: ['2026-11-24', '2026-11-25'],
    description: 'Local days to give to colleagues',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(366)
  @ArrayUnique()
  @Matches(DATE, { each: true, message: 'each date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { each: true })
  dates: string[];
}

export class ReleasesQuery {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'Default: today' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  to?: string;
}
