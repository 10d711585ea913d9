import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { ZoneInput } from '@platzbuch/contracts';
import { IsLabel } from './validators';

export class CreateZoneDto implements ZoneInput {
  @ApiProperty({ maxLength: 100, example: 'Nord' })
  @IsLabel(100)
  name: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Owning department: a neighbourhood',
  })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;
}

export class UpdateZoneDto extends PartialType(CreateZoneDto, { skipNullProperties: false }) {}
