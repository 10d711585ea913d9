import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error';
import { negotiateLanguage } from './localized';
import { maskSecretsInUrl } from '../logging/request-id';
import { toProblem } from './problem';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/**
 * The one place where errors become HTTP answers: every error, thrown by a handler, a guard, the
 * validation pipe, the body parser or the router, leaves as problem+json. Stack traces go to the
 * log, never to the client.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(error, negotiateLanguage(request.headers['accept-language']));
    // A problem body can end up in a client's or proxy's log; a feed token must not go with it.
    problem.instance = maskSecretsInUrl(request.url.split('?')[0]);
    problem.requestId = String(request.id);

    if (problem.status >= 500) {
      this.logger.error({ err: error, requestId: request.id }, 'request failed');
    } else if (!(error instanceof DomainError) && !(error instanceof HttpException)) {
      this.logger.warn({ err: error, requestId: request.id }, 'unexpected client error');
    }
    if (reply.sent) return;
    if (problem.status === 401) reply.header('WWW-Authenticate', 'Bearer');
    if (problem.status === 429 && typeof problem.retryAfterSeconds === 'number') {
      reply.header('Retry-After', String(problem.retryAfterSeconds));
    }
    void reply.status(problem.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
