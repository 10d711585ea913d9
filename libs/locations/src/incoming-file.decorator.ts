import type {} from '@fastify/multipart';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError, ValidationError } from '@platzbuch/platform';

/** A file sent to the API, whether as a raw body or as one field of a multipart form. */
export interface Upload {
  content: Buffer;
  /** The type the sender claims (Content-Type of the body or of the form field). */
  mediaType: string | undefined;
  filename: string | undefined;
}

export interface UploadOptions {
  /** The form field that carries the file in a multipart request. */
  field: string;
  maxBytes: number;
}

/**
 * The uploaded file of a request: the raw body (its content type needs a raw body parser, see
 * `RAW_UPLOADS`) or the file field of a multipart form. Oversized files are a 413, broken forms a 400.
 */
export const IncomingFile = createParamDecorator((options: UploadOptions, context: ExecutionContext) =>
  readUpload(context.switchToHttp().getRequest<FastifyRequest>(), options),
);

async function readUpload(request: FastifyRequest, { field, maxBytes }: UploadOptions): Promise<Upload> {
  if (request.isMultipart()) return readMultipart(request, field, maxBytes);
  if (Buffer.isBuffer(request.body)) {
    return { content: request.body, mediaType: request.headers['content-type'], filename: undefined };
  }
  throw new DomainError('UNSUPPORTED_MEDIA_TYPE', {
    de: `Erwartet wird eine Datei: als Anfrageinhalt oder als Formularfeld „${field}“ (multipart/form-data).`,
    en: `Expected a file: as the request body, or as form field "${field}" (multipart/form-data).`,
  });
}

async function readMultipart(request: FastifyRequest, field: string, maxBytes: number): Promise<Upload> {
  try {
    const part = await request.file({ limits: { fileSize: maxBytes } });
    if (part?.fieldname !== field) {
      throw new ValidationError(
        {
          de: `Das Formular muss die Datei im Feld „${field}“ enthalten.`,
          en: `The form must carry the file in field "${field}".`,
        },
        [{ field, message: `${field} is required` }],
      );
    }
    return { content: await part.toBuffer(), mediaType: part.mimetype, filename: part.filename };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if ((error as { statusCode?: unknown }).statusCode === 413) {
      throw new DomainError('PAYLOAD_TOO_LARGE', {
        de: `Die Datei ist zu groß (höchstens ${maxBytes / 1024 / 1024} MB).`,
        en: `The file is too large (at most ${maxBytes / 1024 / 1024} MB).`,
      });
    }
    // Anything else the form parser raises comes from the bytes the client sent.
    throw new ValidationError({
      de: 'Das Formular (multipart/form-data) ist fehlerhaft.',
      en: 'The multipart/form-data body is malformed.',
    });
  }
}
