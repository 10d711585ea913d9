import { Injectable } from '@nestjs/common';

/**
 * The current time, taken from one place so that rules about "now" (no booking in the past, the
 * check-in window, the booking horizon) can be tested at a chosen moment.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
