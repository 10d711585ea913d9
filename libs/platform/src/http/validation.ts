import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import { FieldError, ValidationError } from '../errors/domain-error';

/**
 * Nest turns a missing body into `{}` and validates a primitive or an array as if it were the DTO;
 * a change route would then take `null`, `"text"` or `[]` for "change nothing". A body that a DTO
 * describes must be a JSON object.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (metadata.type === 'body' && this.toValidate(metadata) && !isObject) {
      throw new ValidationError(
        { de: 'Erwartet wird ein JSON-Objekt.', en: 'The body must be a JSON object.' },
        [{ message: 'the body must be a JSON object' }],
      );
    }
    return super.transform(value, metadata);
  }
}

/**
 * The one validation pipe of the API: unknown properties are refused rather than silently dropped,
 * so that a typo in a field name is an error the caller sees.
 */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ValidationError(
        { de: 'Die Anfrage enthält ungültige Angaben.', en: 'The request contains invalid values.' },
        flatten(errors),
      ),
  });
}

function flatten(errors: ClassValidatorError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
