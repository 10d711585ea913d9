import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { BearerStrategy, type ITokenPayload } from 'passport-azure-ad';
import { PeopleService } from '@platzbuch/directory';
import { APP_CONFIG, type AppConfig, DomainError, type Principal, type Role } from '@platzbuch/platform';
import { PrincipalCache } from './principal-cache';

/** The API's exposed delegated scope; a token without it was not issued for calling this API. */
export const API_SCOPE = 'access_as_user';

/**
 * Validates Entra access tokens with passport-azure-ad: signature against the keys of
 * `ENTRA_IDENTITY_METADATA`, issuer pinned to the tenant, audience the API's client id, scope.
 * The `/common` key set signs tokens of every tenant, so the tenant is checked once more here.
 */
@Injectable()
export class EntraBearerStrategy extends PassportStrategy(BearerStrategy, 'oauth-bearer') {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: PeopleService,
    private readonly cache: PrincipalCache,
  ) {
    const entra = config.entra!;
    super({
      identityMetadata: entra.identityMetadata,
      clientID: entra.clientId,
      audience: [entra.clientId, `api://${entra.clientId}`],
      validateIssuer: true,
      issuer: entra.issuers,
      scope: [API_SCOPE],
      passReqToCallback: false,
      loggingLevel: 'error',
      loggingNoPII: true,
      clockSkew: 60,
    });
  }

  async validate(token: ITokenPayload): Promise<Principal> {
    const tenantId = token.tid;
    const objectId = token.oid;
    if (tenantId !== this.config.entra!.tenantId || !objectId) {
      throw new DomainError('UNAUTHENTICATED', {
        de: 'Das Token gehört nicht zu dieser Organisation.',
        en: 'The token does not belong to this organisation.',
      });
    }
    const roles = (Array.isArray(token.roles) ? token.roles : []).filter(
      (role): role is Role => typeof role === 'string',
    );
    const displayName = String(token.name ?? token.preferred_username ?? objectId).slice(0, 256);
    const email =
      typeof token.preferred_username === 'string' ? token.preferred_username.slice(0, 320) : null;
    const key = `${tenantId}:${objectId}:${[...roles].sort().join(',')}:${displayName}`;
    return this.cache.resolve(key, () =>
      this.people.signIn({ tenantId, objectId, displayName, email, roles }),
    );
  }
}
