import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, Max, Min } from 'class-validator';

/** ISO weekdays, 1 = Monday … 7 = Sunday: at least one, each once. */
export function IsWeekdays(description: string, example: number[]): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      type: [Number],
      example,
      description: `${description}; ISO weekdays, 1 = Monday … 7 = Sunday`,
    }),
    ArrayMinSize(1),
    ArrayMaxSize(7),
    ArrayUnique(),
    IsInt({ each: true }),
    Min(1, { each: true }),
    Max(7, { each: true }),
  );
}
