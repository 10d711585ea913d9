import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { ClosureDayView, HolidayView } from '@platzbuch/contracts';
import { IdParam, Roles } from '@platzbuch/platform';
import { CreateClosureDayDto, HolidaysQuery } from './dto/holidays.dto';
import { HolidaysService } from './holidays.service';

@ApiTags('booking rules')
@ApiBearerAuth()
@Controller()
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Get('holidays')
  @ApiOkResponse({ description: "Public holidays of the organisation's state and its closure days, by date" })
  list(@Query() query: HolidaysQuery): Promise<HolidayView[]> {
    return this.holidays.list(query.year, query.buildingId);
  }

  @Post('closure-days')
  @Roles('Admin')
  @ApiCreatedResponse({ description: 'A closure day: closed for desk booking like a public holiday' })
  addClosure(@Body() request: CreateClosureDayDto): Promise<ClosureDayView> {
    return this.holidays.addClosure(request);
  }

  @Delete('closure-days/:id')
  @Roles('Admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  removeClosure(@IdParam() id: string): Promise<void> {
    return this.holidays.removeClosure(id);
  }
}
