import type { ClientConfig } from '@platzbuch/contracts';

/** How this installation signs people in; chosen by the API's `authMode`. */
export type SignInMethod = DevSignIn | EntraSignIn;

interface SignInBase {
  /** The `Authorization` header for API requests, or undefined when nobody is signed in. */
  authorization: () => Promise<string | undefined>;
  isSignedIn: () => boolean;
  signOut: () => Promise<void>;
}

/** Demo sign-in: the person chosen from the persona list, remembered in this browser. */
export interface DevSignIn extends SignInBase {
  kind: 'dev';
  choose: (personId: string) => void;
}

/** Entra ID with MSAL (authorization code flow with PKCE, redirect). */
export interface EntraSignIn extends SignInBase {
  kind: 'entra';
  signIn: () => Promise<void>;
}

const DEV_PERSON_KEY = 'platzbuch.devPersonId';

function createDevSignIn(): DevSignIn {
  let personId = localStorage.getItem(DEV_PERSON_KEY);
  return {
    kind: 'dev',
    authorization: async () => (personId ? `Dev ${personId}` : undefined),
    isSignedIn: () => personId !== null,
    choose(id) {
      personId = id;
      localStorage.setItem(DEV_PERSON_KEY, id);
    },
    async signOut() {
      personId = null;
      localStorage.removeItem(DEV_PERSON_KEY);
    },
  };
}

let created: Promise<SignInMethod> | undefined;

/**
 * The sign-in of this page, made once: a redirect answer may be read only once, so a second
 * start (React's strict mode runs effects twice) must not make a second MSAL instance.
 */
export function createSignIn(config: ClientConfig): Promise<SignInMethod> {
  created ??= (async () => {
    if (config.authMode === 'entra' && config.entra) {
      // MSAL is large and only Entra installations need it: loaded on demand, in its own chunk.
      const { createEntraSignIn } = await import('./entra-sign-in');
      return createEntraSignIn(config.entra);
    }
    return createDevSignIn();
  })();
  created.catch(() => {
    created = undefined; // a failed start may be retried
  });
  return created;
}
