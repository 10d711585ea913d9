import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { FloorInput } from '@platzbuch/contracts';
import { IsLabel } from './validators';

export class CreateFloorDto implements FloorInput {
  @ApiProperty({ maxLength: 100, example: '3. OG' })
  @IsLabel(100)
  name: string;

  @ApiProperty({
    minimum: -20,
    maximum: 200,
    example: 3,
    description: '0 ground floor, negative below ground',
  })
  @IsInt()
  @Min(-20)
  @Max(200)
  level: number;
}

export class UpdateFloorDto extends PartialType(CreateFloorDto, { skipNullProperties: false }) {}
