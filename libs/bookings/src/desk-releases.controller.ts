import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DeskReleaseView } from '@platzbuch/contracts';
import { CurrentPrincipal, IdParam, type Principal } from '@platzbuch/platform';
import { DeskReleasesService } from './desk-releases.service';
import { ReleaseDaysDto, ReleasesQuery } from './dto/desk-releases.dto';
import { DateParamPipe } from './dto/date-param.pipe';

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('desks/:id/releases')
export class DeskReleasesController {
  constructor(private readonly releases: DeskReleasesService) {}

  @Get()
  @ApiOkResponse({ description: 'Days on which the fixed desk is free for colleagues' })
  list(@IdParam() deskId: string, @Query() query: ReleasesQuery): Promise<DeskReleaseView[]> {
    return this.releases.list(deskId, query.from, query.to);
  }

  @Post()
  @HttpCode(200)
  @ApiOkResponse({
    description: 'Gives the days to colleagues (the holder of the desk, or a facility manager)',
  })
  release(
    @CurrentPrincipal() principal: Principal,
    @IdParam() deskId: string,
    @Body() request: ReleaseDaysDto,
  ): Promise<DeskReleaseView[]> {
    return this.releases.release(principal, deskId, request.dates);
  }

  @Delete(':date')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Takes the day back; 409 when a colleague has booked it' })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @IdParam() deskId: string,
    @Param('date', DateParamPipe) date: string,
  ): Promise<void> {
    return this.releases.withdraw(principal, deskId, date);
  }
}
