import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationError } from '../errors/domain-error';

/**
 * A path parameter holding an object's id. A value that is no UUID is refused with a 400 before
 * it reaches the database, where it would be a type error rather than "not found".
 */
export const IdParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ValidationError({ de: 'Die Kennung ist ungültig.', en: 'The id is invalid.' }, [
          { field: name, message: `${name} must be a UUID` },
        ]),
    }),
  );
