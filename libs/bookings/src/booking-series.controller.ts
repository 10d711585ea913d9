import { Body, Controller, Delete, Get, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { BookingSeriesResult, BookingSeriesView } from '@platzbuch/contracts';
import { CurrentPrincipal, IdParam, type Principal } from '@platzbuch/platform';
import { BookingSeriesService } from './booking-series.service';
import { CreateBookingSeriesDto } from './dto/create-booking-series.dto';

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('booking-series')
export class BookingSeriesController {
  constructor(private readonly series: BookingSeriesService) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({
    description:
      'The series and every occurrence: booked, or refused with its reason. When none can be booked: 409 or 422 with `occurrences`',
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() request: CreateBookingSeriesDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingSeriesResult> {
    return this.series.create(principal, request, idempotencyKey);
  }

  @Get()
  @ApiOkResponse({ description: "The caller's series with days to come" })
  list(@CurrentPrincipal() principal: Principal): Promise<BookingSeriesView[]> {
    return this.series.listCurrent(principal);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'A series with its bookings; cancel one of them with DELETE /bookings/{id}' })
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<BookingSeriesResult> {
    return this.series.get(principal, id);
  }

  @Delete(':id')
  @ApiOkResponse({ description: 'The series, its bookings to come cancelled' })
  cancel(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<BookingSeriesResult> {
    return this.series.cancel(principal, id);
  }
}
