import type { PersonSummary } from '@platzbuch/contracts';
import { useEffect, useState } from 'react';
import { addDelegate, listDelegates, listPrincipals, removeDelegate, searchPeople } from '../api/bookings';
import { useI18n } from '../i18n/i18n';
import { useMe } from '../session/session';
import { StatusMessage, TextField } from '../ui/field';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';

/** Whom the person lets book for them (add, remove), and for whom they may book. */
export function Delegates() {
  const { t } = useI18n();
  const me = useMe();
  const delegates = useAsync(() => listDelegates(), []);
  const principals = useAsync(() => listPrincipals(), []);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PersonSummary[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const words = query.trim();
    if (words.length < 2) {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    // Waits for a pause in typing, so that not every letter asks the directory.
    const timer = window.setTimeout(() => {
      searchPeople(words, controller.signal).then(setFound, (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      });
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const change = async (work: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone(null);
    try {
      await work();
      setDone(message);
      delegates.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  const current = delegates.state.status === 'done' ? delegates.state.data : [];
  const candidates = (found ?? []).filter(
    (person) => person.id !== me.id && !current.some((delegate) => delegate.id === person.id),
  );

  return (
    <section className="page-section" aria-labelledby="delegates-title">
      <h2 id="delegates-title">{t('delegates.title')}</h2>
      <p>{t('delegates.intro')}</p>
      <h3>{t('delegates.mine')}</h3>
      {delegates.state.status === 'failed' && (
        <ProblemAlert error={delegates.state.error} onRetry={delegates.reload} />
      )}
      {delegates.state.status === 'done' &&
        (current.length === 0 ? (
          <p>{t('delegates.none')}</p>
        ) : (
          <ul className="person-list">
            {current.map((person) => (
              <li key={person.id}>
                <span>
                  {person.displayName}
                  {person.department && <span className="muted"> · {person.department}</span>}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('delegates.removeNamed', { name: person.displayName })}
                  onClick={() =>
                    void change(
                      () => removeDelegate(person.id),
                      t('delegates.removed', { name: person.displayName }),
                    )
                  }
                >
                  {t('delegates.remove')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <TextField
        label={t('delegates.search')}
        hint={t('delegates.searchHint')}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div aria-live="polite">
        {found !== null && candidates.length === 0 && <p>{t('delegates.noResults')}</p>}
        {candidates.length > 0 && (
          <ul className="person-list" aria-label={t('delegates.results')}>
            {candidates.map((person) => (
              <li key={person.id}>
                <span>
                  {person.displayName}
                  {person.department && <span className="muted"> · {person.department}</span>}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('delegates.addNamed', { name: person.displayName })}
                  onClick={() =>
                    void change(
                      async () => {
                        await addDelegate(person.id);
                        setQuery('');
                      },
                      t('delegates.added', { name: person.displayName }),
                    )
                  }
                >
                  {t('delegates.add')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error !== null && <ProblemAlert error={error} />}
      <StatusMessage message={done} />
      <h3>{t('delegates.principals')}</h3>
      {principals.state.status === 'done' &&
        (principals.state.data.length === 0 ? (
          <p>{t('delegates.noPrincipals')}</p>
        ) : (
          <ul className="person-list">
            {principals.state.data.map((person) => (
              <li key={person.id}>{person.displayName}</li>
            ))}
          </ul>
        ))}
    </section>
  );
}
