import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE_ID = /^[\w.-]{1,64}$/;

/**
 * The request id of Fastify and of the access log: the caller's `X-Request-Id` when it is a sane
 * token (a proxy's id then follows the request through), a new UUID otherwise.
 */
export function requestIdOf(raw: IncomingMessage): string {
  const incoming = raw.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Secrets that travel in a path (calendar feed tokens) never reach a log. Any spelling of the
 * prefix counts: a token in a mistyped URL (`/ICAL/…`, `/ical//…`) is still a live token.
 */
export function maskSecretsInUrl(url: string): string {
  return url.replace(/\/ical\/+(rooms\/+)?[^/?#]+/gi, (_match, rooms: string | undefined) =>
    rooms === undefined ? '/ical/[redacted]' : '/ical/rooms/[redacted]',
  );
}
