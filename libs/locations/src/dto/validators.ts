import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsNumber,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  registerDecorator,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { IANAZone } from 'luxon';

/** The property may be left out, but not be `null` (its column is not nullable). */
export const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Leading and trailing blanks of a string are dropped; anything else stays for the validators. */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A name or code as people type it: trimmed, not empty, no control characters. */
export const IsLabel = (maxLength: number) =>
  applyDecorators(
    Trimmed(),
    IsString(),
    Length(1, maxLength),
    // eslint-disable-next-line no-control-regex
    Matches(/^[^\u0000-\u001f\u007f]*$/, { message: '$property must not contain control characters' }),
  );

/** A position on the floor plan in percent of its width or height. */
export const IsPlanCoordinate = (axis: 'x' | 'y') =>
  applyDecorators(
    ApiPropertyOptional({
      minimum: 0,
      maximum: 100,
      default: 50,
      description: `Position on the plan in percent of its ${axis === 'x' ? 'width' : 'height'}`,
    }),
    Omittable(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(100),
  );

/** An IANA time zone name such as `Europe/Berlin` (not an offset). */
export function IsIanaZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIanaZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an IANA time zone such as Europe/Berlin', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value) &&
          IANAZone.isValidZone(value),
      },
    });
}
