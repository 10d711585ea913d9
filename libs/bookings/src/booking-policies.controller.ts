import { Body, Controller, Delete, Get, HttpCode, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { BookingPolicyView, EffectiveBookingPolicy } from '@platzbuch/contracts';
import { CurrentPrincipal, IdParam, type Principal, Roles } from '@platzbuch/platform';
import { BookingPoliciesService } from './booking-policies.service';
import { BookingPolicyDto, OrganisationPolicyDto } from './dto/booking-policy.dto';

@ApiTags('booking rules')
@ApiBearerAuth()
@Controller('booking-policies')
export class BookingPoliciesController {
  constructor(private readonly policies: BookingPoliciesService) {}

  @Get()
  @Roles('Admin')
  @ApiOkResponse({
    description: 'Every stored policy: the organisation and the overrides of buildings and zones',
  })
  list(): Promise<BookingPolicyView[]> {
    return this.policies.list();
  }

  @Get('effective')
  @ApiQuery({ name: 'buildingId', required: false })
  @ApiQuery({ name: 'zoneId', required: false })
  @ApiOkResponse({
    description: 'The rules that apply in a building or zone (or anywhere), after inheritance',
  })
  effective(
    @Query('buildingId', new ParseUUIDPipe({ optional: true })) buildingId?: string,
    @Query('zoneId', new ParseUUIDPipe({ optional: true })) zoneId?: string,
  ): Promise<EffectiveBookingPolicy> {
    return this.policies.effective(buildingId, zoneId);
  }

  @Put('organisation')
  @Roles('Admin')
  @ApiOkResponse({
    description: "The organisation's policy; what it leaves out falls back to the built-in defaults",
  })
  setOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Body() settings: OrganisationPolicyDto,
  ): Promise<BookingPolicyView> {
    return this.policies.setOrganisation(principal, settings);
  }

  @Put('buildings/:id')
  @Roles('Admin')
  @ApiOkResponse({ description: "A building's override; what it leaves out is the organisation's" })
  setBuilding(
    @CurrentPrincipal() principal: Principal,
    @IdParam() buildingId: string,
    @Body() settings: BookingPolicyDto,
  ): Promise<BookingPolicyView> {
    return this.policies.setBuilding(principal, buildingId, settings);
  }

  @Delete('buildings/:id')
  @Roles('Admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The override is gone; the organisation policy applies' })
  removeBuilding(@IdParam() buildingId: string): Promise<void> {
    return this.policies.remove('building', buildingId);
  }

  @Put('zones/:id')
  @Roles('Admin')
  @ApiOkResponse({ description: "A zone's override; what it leaves out is its building's" })
  setZone(
    @CurrentPrincipal() principal: Principal,
    @IdParam() zoneId: string,
    @Body() settings: BookingPolicyDto,
  ): Promise<BookingPolicyView> {
    return this.policies.setZone(principal, zoneId, settings);
  }

  @Delete('zones/:id')
  @Roles('Admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "The override is gone; the building's policy applies" })
  removeZone(@IdParam() zoneId: string): Promise<void> {
    return this.policies.remove('zone', zoneId);
  }
}
