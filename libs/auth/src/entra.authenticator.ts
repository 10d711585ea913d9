import { type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { DomainError, type Principal } from '@platzbuch/platform';
import { Authenticator } from './authenticator';

const UNAVAILABLE = new DomainError('UNAVAILABLE', {
  de: 'Die Anmeldung kann gerade nicht geprüft werden.',
  en: 'Sign-in cannot be verified right now.',
});

/**
 * passport-azure-ad reports a bad token and an unreachable identity provider alike, as a failure;
 * only the kind of the reason tells them apart (a string for the token, an error object for the
 * metadata; `instanceof Error` is not reliable across realms).
 * The first is the caller's 401; the second is our 503.
 */
class BearerGuard extends AuthGuard('oauth-bearer') {
  override handleRequest<P>(error: Error | null, principal: P | false, reason: unknown): P {
    if (error) throw error;
    if (principal) return principal;
    if (typeof reason === 'object' && reason !== null) throw UNAVAILABLE;
    throw new UnauthorizedException();
  }
}

@Injectable()
export class EntraAuthenticator extends Authenticator {
  private readonly passport = new BearerGuard();

  async authenticate(context: ExecutionContext): Promise<Principal> {
    await this.passport.canActivate(context);
    return context.switchToHttp().getRequest<FastifyRequest & { user: Principal }>().user;
  }
}
