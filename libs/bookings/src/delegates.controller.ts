import { Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DelegateView } from '@platzbuch/contracts';
import { CurrentPrincipal, IdParam, type Principal } from '@platzbuch/platform';
import { DelegatesService } from './delegates.service';

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('me')
export class DelegatesController {
  constructor(private readonly delegates: DelegatesService) {}

  @Get('delegates')
  @ApiOkResponse({ description: 'The people who may book for the caller' })
  list(@CurrentPrincipal() principal: Principal): Promise<DelegateView[]> {
    return this.delegates.delegates(principal);
  }

  @Put('delegates/:personId')
  @ApiOkResponse({ description: 'Names a delegate; answers the delegates now' })
  add(
    @CurrentPrincipal() principal: Principal,
    @IdParam('personId') personId: string,
  ): Promise<DelegateView[]> {
    return this.delegates.add(principal, personId);
  }

  @Delete('delegates/:personId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The person may no longer book for the caller' })
  remove(@CurrentPrincipal() principal: Principal, @IdParam('personId') personId: string): Promise<void> {
    return this.delegates.remove(principal, personId);
  }

  @Get('principals')
  @ApiOkResponse({ description: 'The people the caller may book for (who named the caller as delegate)' })
  principals(@CurrentPrincipal() principal: Principal): Promise<DelegateView[]> {
    return this.delegates.principals(principal);
  }
}
