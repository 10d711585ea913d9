import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Persona } from '@platzbuch/contracts';
import { PeopleService } from '@platzbuch/directory';
import { Public } from '@platzbuch/platform';

/** Only registered in `AUTH_MODE=dev`: the demo people the web client offers to sign in as. */
@ApiTags('dev sign-in')
@Controller('dev')
export class DevSignInController {
  constructor(private readonly people: PeopleService) {}

  @Public()
  @Get('personas')
  @ApiOkResponse({ description: 'Demo people to sign in as with `Authorization: Dev <id>`' })
  personas(): Promise<Persona[]> {
    return this.people.personas();
  }
}
