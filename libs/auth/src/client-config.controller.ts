import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ClientConfig } from '@platzbuch/contracts';
import { APP_CONFIG, type AppConfig, Public } from '@platzbuch/platform';
import { clientConfigOf } from './client-config';

/** Read by the web client before sign-in: which sign-in to offer, and the organisation's name. */
@ApiTags('sign-in')
@Controller('client-config')
export class ClientConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  @Header('Cache-Control', 'no-cache')
  @ApiOkResponse({ description: 'Sign-in mode, Entra settings for MSAL (entra mode), organisation name' })
  get(): ClientConfig {
    return clientConfigOf(this.config);
  }
}
