import { Injectable, PipeTransform } from '@nestjs/common';
import { DateTime } from 'luxon';
import { invalidField } from '../requested-interval';
import { DATE } from './iso-formats';

/** A path segment that must be a calendar day (YYYY-MM-DD). */
@Injectable()
export class DateParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!DATE.test(value) || !DateTime.fromISO(value).isValid) {
      throw invalidField(
        { de: 'Das Datum muss JJJJ-MM-TT sein.', en: 'The date must be YYYY-MM-DD.' },
        'date',
      );
    }
    return value;
  }
}
