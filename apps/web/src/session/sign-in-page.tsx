import type { Persona } from '@platzbuch/contracts';
import { useState } from 'react';
import { ApiError } from '../api/http';
import { listPersonas } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import type { DevSignIn, EntraSignIn } from './sign-in-method';
import { useSession } from './session';

export function SignInPage() {
  const { t } = useI18n();
  const { state } = useSession();
  if (state.status !== 'signed-out') return null;
  return (
    <Page title={t('signIn.title')}>
      {state.problem && <ProblemAlert error={new ApiError(state.problem)} />}
      {state.method.kind === 'dev' ? (
        <DevSignInForm method={state.method} />
      ) : (
        <EntraSignInForm method={state.method} />
      )}
    </Page>
  );
}

function EntraSignInForm({ method }: { method: EntraSignIn }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const start = () => {
    setBusy(true);
    method.signIn().catch((failure: unknown) => {
      setBusy(false);
      setError(failure);
    });
  };
  return (
    <>
      <p className="lead">{t('signIn.intro')}</p>
      <p>{t('signIn.entraHint')}</p>
      {error !== null && <ProblemAlert error={error} />}
      <button type="button" className="button button--primary button--large" onClick={start} disabled={busy}>
        {busy ? t('signIn.working') : t('signIn.entra')}
      </button>
    </>
  );
}

function DevSignInForm({ method }: { method: DevSignIn }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { state, reload } = useAsync(() => listPersonas(), []);
  const choose = async (persona: Persona) => {
    method.choose(persona.id);
    await refresh();
  };
  return (
    <>
      <p className="lead">{t('signIn.intro')}</p>
      <section className="card" aria-labelledby="dev-sign-in">
        <h2 id="dev-sign-in">{t('signIn.devTitle')}</h2>
        <p>{t('signIn.devIntro')}</p>
        {state.status === 'loading' && <Loading />}
        {state.status === 'failed' && <ProblemAlert error={state.error} onRetry={reload} />}
        {state.status === 'done' && state.data.length === 0 && <p>{t('signIn.devNone')}</p>}
        {state.status === 'done' && state.data.length > 0 && (
          <ul className="persona-list" aria-label={t('signIn.personas')}>
            {state.data.map((persona) => (
              <li key={persona.id}>
                <button type="button" className="persona" onClick={() => void choose(persona)}>
                  <span className="persona__name">{persona.displayName}</span>
                  <span className="persona__meta">
                    {persona.roles.length > 0
                      ? persona.roles.map((role) => t(`role.${role}`)).join(', ')
                      : t('signIn.employee')}
                    {' · '}
                    {persona.department ?? t('signIn.noDepartment')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
