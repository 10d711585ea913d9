import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PageQuery } from '@platzbuch/platform';

export class SearchPeopleQuery extends PageQuery {
  @ApiProperty({ description: 'Words of the name, at least two characters', minLength: 2, maxLength: 100 })
  @IsString()
  @Length(2, 100)
  query: string;
}
