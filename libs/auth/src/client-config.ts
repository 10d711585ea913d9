import type { ClientConfig } from '@platzbuch/contracts';
import type { AppConfig } from '@platzbuch/platform';
import { API_SCOPE } from './entra-bearer.strategy';

/** The public part of the configuration: nothing in it is a secret, everything is needed to sign in. */
export function clientConfigOf(config: AppConfig): ClientConfig {
  const { entra } = config;
  return {
    authMode: config.authMode,
    ...(config.authMode === 'entra' && entra
      ? {
          entra: {
            clientId: entra.spaClientId,
            tenantId: entra.tenantId,
            authority: entra.authority,
            scopes: [`api://${entra.clientId}/${API_SCOPE}`],
          },
        }
      : {}),
    organisation: config.organisation,
  };
}
