import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';
import { ValidationError } from '../errors/domain-error';

const LIMIT_DEFAULT = 50;
const LIMIT_MAX = 200;

/** `?limit&cursor` of every paged collection. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: LIMIT_MAX, default: LIMIT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMIT_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque; from the `Link: rel="next"` header of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}

/** One page of a collection; the paging interceptor sends `items` and puts the cursor in `Link`. */
export class Page<T> {
  constructor(
    readonly items: T[],
    readonly nextCursor: string | null,
  ) {}

  /** Cuts `rows` fetched with one row more than `limit` into a page. */
  static of<T>(rows: T[], limit: number, cursorOf: (last: T) => unknown): Page<T> {
    const items = rows.slice(0, limit);
    const more = rows.length > limit;
    return new Page(items, more && items.length > 0 ? encodeCursor(cursorOf(items[items.length - 1])) : null);
  }
}

export function pageLimit(query: PageQuery): number {
  return query.limit ?? LIMIT_DEFAULT;
}

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position a cursor stands for; a cursor that was tampered with is a 400, not a 500. */
export function decodeCursor<T>(cursor: string | undefined, isValid: (value: unknown) => value is T): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // falls through to the error below
  }
  throw new ValidationError({ de: 'Der Cursor ist ungültig.', en: 'The cursor is invalid.' }, [
    { field: 'cursor', message: 'cursor is not one this API issued' },
  ]);
}

/** Sends a `Page` as a JSON array with an RFC 8288 `Link` header to the next page. */
@Injectable()
export class PagingInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        if (!(result instanceof Page)) return result;
        const http = context.switchToHttp();
        const reply = http.getResponse<FastifyReply>();
        if (result.nextCursor) {
          const request = http.getRequest<FastifyRequest>();
          const url = new URL(request.url, 'http://placeholder');
          url.searchParams.set('cursor', result.nextCursor);
          void reply.header('Link', `<${url.pathname}${url.search}>; rel="next"`);
        }
        return (result as Page<unknown>).items;
      }),
    );
  }
}

/**
 * Marks a route that returns a `Page`. Per route rather than global: a route without interceptors
 * skips Nest's interceptor machinery, which every request would otherwise pay for.
 */
export const Paged = () => UseInterceptors(PagingInterceptor);
