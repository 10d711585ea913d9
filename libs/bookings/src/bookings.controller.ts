import { Body, Controller, Delete, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { BookingView } from '@platzbuch/contracts';
import { CurrentPrincipal, IdParam, Page, Paged, pageLimit, type Principal } from '@platzbuch/platform';
import { BookingsService } from './bookings.service';
import { CreateBookingDto } from './dto/create-booking.dto';
import { ListBookingsQuery } from './dto/list-bookings.query';

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Post()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Repeating a request with the same key answers the first answer again and books nothing more',
  })
  @ApiCreatedResponse({ description: 'The booking' })
  @ApiConflictResponse({
    description: '`BOOKING_CONFLICT`: `collisions` says which intervals, and whether they are your own',
  })
  @ApiUnprocessableEntityResponse({
    description: '`POLICY_VIOLATION`: `rule` names the rule, `violations` lists all',
  })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() request: CreateBookingDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingView> {
    return this.bookings.create(principal, request, idempotencyKey);
  }

  @Get()
  @Paged()
  @ApiOkResponse({ description: "The caller's bookings; paged with a `Link` header" })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListBookingsQuery,
  ): Promise<Page<BookingView>> {
    return this.bookings.list(principal, query, pageLimit(query));
  }

  @Get(':id')
  @ApiOkResponse({ description: 'A booking of the caller, or one the caller made' })
  @ApiNotFoundResponse({ description: 'No such booking, or not yours to see' })
  get(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<BookingView> {
    return this.bookings.get(principal, id);
  }

  @Delete(':id')
  @ApiOkResponse({ description: 'The cancelled booking; the slot is free at once' })
  @ApiUnprocessableEntityResponse({ description: '`POLICY_VIOLATION` `BOOKING_ENDED`' })
  cancel(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<BookingView> {
    return this.bookings.cancel(principal, id);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The booking, checked in' })
  @ApiUnprocessableEntityResponse({
    description: '`POLICY_VIOLATION` `CHECK_IN_NOT_OPEN` or `CHECK_IN_CLOSED`',
  })
  checkIn(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<BookingView> {
    return this.bookings.checkIn(principal, id);
  }
}
