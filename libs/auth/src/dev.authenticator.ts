import { ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { PeopleService } from '@platzbuch/directory';
import { DomainError, type Principal } from '@platzbuch/platform';
import { Authenticator } from './authenticator';
import { PrincipalCache } from './principal-cache';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `AUTH_MODE=dev`: `Authorization: Dev <person id>` signs in any person of the directory with the
 * roles stored for them. For demos and local work only; the configuration refuses it in production.
 */
@Injectable()
export class DevAuthenticator extends Authenticator {
  constructor(
    private readonly people: PeopleService,
    private readonly cache: PrincipalCache,
  ) {
    super();
  }

  async authenticate(context: ExecutionContext): Promise<Principal> {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization ?? '';
    const [scheme, personId] = header.split(' ');
    if (scheme !== 'Dev' || !personId || !UUID.test(personId)) throw unauthenticated();
    const principal = await this.cache.resolve(personId, async () => {
      const found = await this.people.principalOf(personId.toLowerCase());
      if (!found) throw unauthenticated();
      return found;
    });
    return principal;
  }
}

function unauthenticated(): DomainError {
  return new DomainError('UNAUTHENTICATED', {
    de: 'Bitte wählen Sie eine Demo-Person zum Anmelden.',
    en: 'Please pick a demo person to sign in.',
  });
}
