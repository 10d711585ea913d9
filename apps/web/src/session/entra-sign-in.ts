import {
  type AccountInfo,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
} from '@azure/msal-browser';
import type { EntraClientConfig } from '@platzbuch/contracts';
import type { EntraSignIn } from './sign-in-method';

/**
 * Sign-in with the organisation's Entra tenant by redirect (no pop-ups to block). Tokens stay in
 * session storage: closing the browser ends the session, as a shared office PC needs.
 */
export async function createEntraSignIn(config: EntraClientConfig): Promise<EntraSignIn> {
  const redirectUri = `${location.origin}/`;
  const msal = await createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // The authority the API trusts (a sovereign cloud, a test provider) is trusted here too.
      knownAuthorities: [new URL(config.authority).host],
      redirectUri,
      postLogoutRedirectUri: redirectUri,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const returned = await msal.handleRedirectPromise();
  if (returned?.account) msal.setActiveAccount(returned.account);

  const account = (): AccountInfo | null => msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? null;
  const scopes = config.scopes;

  return {
    kind: 'entra',
    isSignedIn: () => account() !== null,
    async authorization() {
      const current = account();
      if (!current) return undefined;
      try {
        const result = await msal.acquireTokenSilent({ scopes, account: current });
        return `Bearer ${result.accessToken}`;
      } catch (error) {
        // Consent or a new sign-in is needed: the redirect leaves the page, the request is not sent.
        if (error instanceof InteractionRequiredAuthError)
          await msal.acquireTokenRedirect({ scopes, account: current });
        throw error;
      }
    },
    signIn: () => msal.loginRedirect({ scopes }),
    signOut: () => msal.logoutRedirect({ account: account() }),
  };
}
