import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DeskSuggestion, FloorAvailability } from '@platzbuch/contracts';
import { CurrentPrincipal, IdParam, type Principal } from '@platzbuch/platform';
import { AvailabilityService } from './availability.service';
import { AvailabilityQuery, DeskSearchQuery } from './dto/availability.query';

@ApiTags('bookings')
@ApiBearerAuth()
@Controller()
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Get('floors/:id/availability')
  @ApiOkResponse({
    description:
      'Every desk and room of the floor with its state for an interval within one day: free, booked, mine, blocked, assigned or restricted (`rule` says why)',
  })
  floor(
    @CurrentPrincipal() principal: Principal,
    @IdParam() floorId: string,
    @Query() query: AvailabilityQuery,
  ): Promise<FloorAvailability> {
    return this.availability.floor(principal, floorId, query);
  }

  @Get('desk-search')
  @ApiOkResponse({
    description: "Free desks that have what the caller needs, the caller's department's zones first",
  })
  search(
    @CurrentPrincipal() principal: Principal,
    @Query() query: DeskSearchQuery,
  ): Promise<DeskSuggestion[]> {
    return this.availability.search(principal, query);
  }
}
