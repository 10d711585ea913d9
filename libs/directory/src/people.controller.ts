import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MeResponse, PersonSummary } from '@platzbuch/contracts';
import {
  CurrentPrincipal,
  decodeCursor,
  IdParam,
  Page,
  Paged,
  pageLimit,
  type Principal,
} from '@platzbuch/platform';
import { SearchPeopleQuery } from './dto/search-people.query';
import { PeopleService } from './people.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get('me')
  @ApiOkResponse({ description: 'The signed-in person' })
  me(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    return this.people.me(principal.personId);
  }

  @Get('people')
  @Paged()
  @ApiOkResponse({ description: 'Active people matching the words of a name; paged with a `Link` header' })
  search(@Query() query: SearchPeopleQuery): Promise<Page<PersonSummary>> {
    const position = decodeCursor(query.cursor, isOffset);
    return this.people.search(query.query, pageLimit(query), position?.offset ?? 0);
  }

  @Get('people/:id')
  @ApiOkResponse({ description: 'One active person: id, name and department only, as the search shows them' })
  summary(@IdParam() id: string): Promise<PersonSummary> {
    return this.people.summary(id);
  }
}

function isOffset(value: unknown): value is { offset: number } {
  const offset = (value as { offset?: unknown } | null)?.offset;
  return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= 100_000;
}
