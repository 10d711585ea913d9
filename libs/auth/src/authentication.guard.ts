import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import {
  ForbiddenError,
  hasRole,
  IS_PUBLIC,
  REQUIRED_ROLES,
  type Role,
  setPrincipal,
} from '@platzbuch/platform';
import { Authenticator } from './authenticator';

/**
 * Every route needs a signed-in person unless marked `@Public()`; `@Roles(...)` narrows it further.
 * Global, so that a forgotten decorator closes a route rather than opening it.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const principal = await this.authenticator.authenticate(context);
    setPrincipal(context.switchToHttp().getRequest<FastifyRequest>(), principal);

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !hasRole(principal, ...required)) throw new ForbiddenError();
    return true;
  }
}
