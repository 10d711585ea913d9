import type { ClientConfig, MeResponse, RoleName } from '@platzbuch/contracts';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError, configureApi, type Problem } from '../api/http';
import { getClientConfig, getMe } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { createSignIn, type SignInMethod } from './sign-in-method';

export type SessionState =
  | { status: 'starting' }
  | { status: 'failed'; error: unknown }
  /** `problem`: why the last sign-in ended or was refused, if it did not end by signing out. */
  | { status: 'signed-out'; config: ClientConfig; method: SignInMethod; problem?: Problem }
  | { status: 'signed-in'; config: ClientConfig; method: SignInMethod; me: MeResponse };

interface Session {
  state: SessionState;
  /** Asks the API who is signed in now (after choosing a demo person, after a redirect). */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Starts the client: reads the client configuration, sets up the sign-in it names, and asks the
 * API who is signed in. Every API request afterwards carries that sign-in and the UI language.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const method = useRef<SignInMethod | null>(null);
  const config = useRef<ClientConfig | null>(null);
  const languageRef = useRef(language);
  languageRef.current = language;

  const signedOut = useCallback(async (problem?: Problem) => {
    const current = method.current;
    if (!current || !config.current) return;
    // A demo person that no longer exists is forgotten; an Entra account stays for the next try.
    if (current.kind === 'dev') await current.signOut();
    setState({ status: 'signed-out', config: config.current, method: current, problem });
  }, []);

  const refresh = useCallback(async () => {
    const current = method.current;
    if (!current || !config.current) return;
    if (!current.isSignedIn()) {
      setState({ status: 'signed-out', config: config.current, method: current });
      return;
    }
    try {
      const me = await getMe();
      setState({ status: 'signed-in', config: config.current, method: current, me });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403))
        await signedOut(error.problem);
      else setState({ status: 'failed', error });
    }
  }, [signedOut]);

  useEffect(() => {
    configureApi({
      authorization: async () => method.current?.authorization(),
      language: () => languageRef.current,
      onUnauthenticated: (problem) => void signedOut(problem),
    });
  }, [signedOut]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const loaded = await getClientConfig();
        const created = await createSignIn(loaded);
        if (cancelled) return;
        config.current = loaded;
        method.current = created;
        await refresh();
      } catch (error) {
        if (!cancelled) setState({ status: 'failed', error });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [attempt, refresh]);

  const signOut = useCallback(async () => {
    await method.current?.signOut();
    if (method.current?.kind === 'dev' && config.current) {
      setState({ status: 'signed-out', config: config.current, method: method.current });
    }
  }, []);

  const session = useMemo<Session>(
    () => ({ state, refresh, signOut, retry: () => setAttempt((n) => n + 1) }),
    [state, refresh, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person; only for pages that are shown to signed-in people. */
export function useMe(): MeResponse {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe without a signed-in person');
  return state.me;
}

export function hasAnyRole(me: MeResponse, roles: readonly RoleName[] | undefined): boolean {
  return !roles || roles.some((role) => me.roles.includes(role));
}

/** The organisation's name once the client configuration is known. */
export function useOrganisationName(): string {
  const { state } = useSession();
  return state.status === 'signed-in' || state.status === 'signed-out'
    ? state.config.organisation.name
    : 'Platzbuch';
}
