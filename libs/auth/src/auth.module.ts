import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { DirectoryModule } from '@platzbuch/directory';
import type { AuthMode } from '@platzbuch/platform';
import { AuthenticationGuard } from './authentication.guard';
import { Authenticator } from './authenticator';
import { ClientConfigController } from './client-config.controller';
import { DevAuthenticator } from './dev.authenticator';
import { DevSignInController } from './dev-sign-in.controller';
import { EntraAuthenticator } from './entra.authenticator';
import { EntraBearerStrategy } from './entra-bearer.strategy';
import { PrincipalCache } from './principal-cache';

/** Sign-in: Entra bearer tokens, or demo people in dev mode; one global guard either way. */
@Module({})
export class AuthModule {
  static forRoot(mode: AuthMode): DynamicModule {
    const entra = mode === 'entra';
    return {
      module: AuthModule,
      imports: [DirectoryModule, ...(entra ? [PassportModule] : [])],
      controllers: [ClientConfigController, ...(entra ? [] : [DevSignInController])],
      providers: [
        ...(entra
          ? [EntraBearerStrategy, { provide: Authenticator, useClass: EntraAuthenticator }]
          : [{ provide: Authenticator, useClass: DevAuthenticator }]),
        PrincipalCache,
        { provide: APP_GUARD, useClass: AuthenticationGuard },
      ],
    };
  }
}
