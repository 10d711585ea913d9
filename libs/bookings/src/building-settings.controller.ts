import { Body, Controller, Delete, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CheckInSettingsView, OfficeHoursView } from '@platzbuch/contracts';
import { IdParam, Roles } from '@platzbuch/platform';
import { BuildingSettingsService } from './building-settings.service';
import { CheckInSettingsDto, OfficeHoursDto } from './dto/building-settings.dto';

@ApiTags('booking rules')
@ApiBearerAuth()
@Controller('buildings/:id')
export class BuildingSettingsController {
  constructor(private readonly settings: BuildingSettingsService) {}

  @Get('office-hours')
  @ApiOkResponse({ description: 'Open weekdays and the times of the day, morning and afternoon slots' })
  officeHours(@IdParam() buildingId: string): Promise<OfficeHoursView> {
    return this.settings.officeHours(buildingId);
  }

  @Put('office-hours')
  @Roles('FacilityManager', 'Admin')
  @ApiOkResponse({ description: 'The office hours now in force' })
  setOfficeHours(@IdParam() buildingId: string, @Body() hours: OfficeHoursDto): Promise<OfficeHoursView> {
    return this.settings.setOfficeHours(buildingId, hours);
  }

  @Delete('office-hours')
  @Roles('FacilityManager', 'Admin')
  @ApiOkResponse({ description: 'Back to the defaults (Monday to Friday, 07:00-13:00-19:00)' })
  resetOfficeHours(@IdParam() buildingId: string): Promise<OfficeHoursView> {
    return this.settings.resetOfficeHours(buildingId);
  }

  @Get('check-in-settings')
  @ApiOkResponse({ description: 'Whether check-in is required, and its window' })
  checkIn(@IdParam() buildingId: string): Promise<CheckInSettingsView> {
    return this.settings.checkIn(buildingId);
  }

  @Put('check-in-settings')
  @Roles('FacilityManager', 'Admin')
  @ApiOkResponse({ description: 'The check-in settings now in force' })
  setCheckIn(
    @IdParam() buildingId: string,
    @Body() settings: CheckInSettingsDto,
  ): Promise<CheckInSettingsView> {
    return this.settings.setCheckIn(buildingId, settings);
  }

  @Delete('check-in-settings')
  @Roles('FacilityManager', 'Admin')
  @ApiOkResponse({ description: 'Back to the defaults (no check-in required)' })
  resetCheckIn(@IdParam() buildingId: string): Promise<CheckInSettingsView> {
    return this.settings.resetCheckIn(buildingId);
  }
}
