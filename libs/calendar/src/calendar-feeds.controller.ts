import { Controller, Delete, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { CalendarFeedView } from '@platzbuch/contracts';
import { CurrentPrincipal, IdParam, type Principal, Roles } from '@platzbuch/platform';
import { CalendarFeedsService } from './calendar-feeds.service';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Post('me/calendar-feed')
  @ApiCreatedResponse({
    description: 'A new secret feed URL of your bookings; the previous one stops working',
  })
  issueOwn(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedView> {
    return this.feeds.issueForPerson(principal);
  }

  @Delete('me/calendar-feed')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Your feed URL no longer works' })
  revokeOwn(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.feeds.revokeForPerson(principal);
  }

  @Post('rooms/:id/calendar-feed')
  @Roles('FacilityManager', 'Admin')
  @ApiCreatedResponse({
    description: "A new secret feed URL of the room's occupancy; the previous one stops working",
  })
  @ApiForbiddenResponse({ description: 'Only facility managers and admins' })
  @ApiNotFoundResponse({ description: 'No such room' })
  issueForRoom(
    @CurrentPrincipal() principal: Principal,
    @IdParam() roomId: string,
  ): Promise<CalendarFeedView> {
    return this.feeds.issueForRoom(principal, roomId);
  }

  @Delete('rooms/:id/calendar-feed')
  @Roles('FacilityManager', 'Admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "The room's feed URL no longer works" })
  @ApiForbiddenResponse({ description: 'Only facility managers and admins' })
  @ApiNotFoundResponse({ description: 'No such room' })
  revokeForRoom(@IdParam() roomId: string): Promise<void> {
    return this.feeds.revokeForRoom(roomId);
  }
}
