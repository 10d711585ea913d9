import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { maskSecretsInUrl } from './request-id';

export type { Logger } from 'pino';

/** JSON lines on standard output, for the platform's log collector (or on `destination`, for tests). */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return destination ? pino({ level }, destination) : pino({ level });
}

/**
 * One line per request (id, method, path, status, time), written when the response is done.
 * A hook of Fastify's own rather than a logging middleware: the middleware route cost the server a
 * few percent of its time under load, and its per-request async context more.
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', async (request, reply) => {
    if (request.url === '/health') return;
    const line = {
      req: { id: request.id, method: request.method, url: maskSecretsInUrl(request.url) },
      res: { statusCode: reply.statusCode },
      responseTime: Math.round(reply.elapsedTime),
    };
    if (reply.statusCode >= 500) logger.error(line, 'request completed');
    else logger.info(line, 'request completed');
  });
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Nest's logger interface on top of pino, so that framework and service messages are JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /**
   * Nest passes the logger's context last; `error()` may pass a stack before it. An object message
   * becomes the line's fields, an Error its `err`.
   */
  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const params = [...rest];
    const fields: Record<string, unknown> = {};
    if (params.length > 0 && typeof params[params.length - 1] === 'string') fields.context = params.pop();
    let text: string | undefined;
    if (message instanceof Error) fields.err = message;
    else if (typeof message === 'object' && message !== null) Object.assign(fields, message);
    else text = String(message);
    for (const param of params) {
      if (typeof param === 'string' && /\n\s+at /.test(param)) fields.stack = param;
      else if (typeof param === 'string') text = text === undefined ? param : `${text} ${param}`;
      else if (param instanceof Error) fields.err = param;
    }
    this.logger[level](fields, text);
  }
}
