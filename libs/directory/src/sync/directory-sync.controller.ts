import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { SyncRunView, SyncStatusResponse } from '@platzbuch/contracts';
import { CurrentPrincipal, IdParam, type Principal, Roles } from '@platzbuch/platform';
import { DirectorySync } from './directory-sync.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory/sync')
@Roles('Admin')
export class DirectorySyncController {
  constructor(private readonly sync: DirectorySync) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'The round now running (a new one, or the one already under way)' })
  @ApiConflictResponse({ description: 'The sync is not configured, or a held round awaits confirmation' })
  start(): Promise<SyncRunView> {
    return this.sync.start('admin');
  }

  @Get('status')
  @ApiOkResponse({
    description: 'Whether the sync is on, and the last rounds with their counts, newest first',
  })
  status(): Promise<SyncStatusResponse> {
    return this.sync.status();
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The held round, applied with its deactivations' })
  confirm(@IdParam() runId: string, @CurrentPrincipal() principal: Principal): Promise<SyncRunView> {
    return this.sync.confirm(runId, principal.personId);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The held round, declined; the next round reads its changes again' })
  discard(@IdParam() runId: string, @CurrentPrincipal() principal: Principal): Promise<SyncRunView> {
    return this.sync.discard(runId, principal.personId);
  }
}
