import type { PersonSummary } from '@platzbuch/contracts';
import { useState } from 'react';
import { addDelegate, listDelegates, listPrincipals, removeDelegate } from '../api/bookings';
import { useI18n } from '../i18n/i18n';
import { useMe } from '../session/session';
import { StatusMessage, TextField } from '../ui/field';
import { PersonName } from '../ui/person-name';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { usePeopleSearch } from '../ui/use-people-search';

/** Whom the person lets book for them (add, remove), and for whom they may book. */
export function Delegates() {
  const { t } = useI18n();
  const me = useMe();
  const delegates = useAsync(() => listDelegates(), []);
  const principals = useAsync(() => listPrincipals(), []);
  const [query, setQuery] = useState('');
  const search = usePeopleSearch(query);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

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
  // What the last search found stays in view while the next one runs.
  const found = search.status === 'done' || search.status === 'searching' ? search.people : null;
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
              <PersonWithAction
                key={person.id}
                person={person}
                label={t('delegates.remove')}
                namedLabel={t('delegates.removeNamed', { name: person.displayName })}
                onClick={() =>
                  void change(
                    () => removeDelegate(person.id),
                    t('delegates.removed', { name: person.displayName }),
                  )
                }
              />
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
        {search.status === 'failed' && <ProblemAlert error={search.error} />}
        {candidates.length > 0 && (
          <ul className="person-list" aria-label={t('delegates.results')}>
            {candidates.map((person) => (
              <PersonWithAction
                key={person.id}
                person={person}
                label={t('delegates.add')}
                namedLabel={t('delegates.addNamed', { name: person.displayName })}
                onClick={() =>
                  void change(
                    async () => {
                      await addDelegate(person.id);
                      setQuery('');
                    },
                    t('delegates.added', { name: person.displayName }),
                  )
                }
              />
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

interface PersonWithActionProps {
  person: PersonSummary;
  label: string;
  /** The button's accessible name, which says whom it acts on. */
  namedLabel: string;
  onClick: () => void;
}

function PersonWithAction({ person, label, namedLabel, onClick }: PersonWithActionProps) {
  return (
    <li>
      <span>
        <PersonName person={person} />
      </span>
      <button type="button" className="button button--small" aria-label={namedLabel} onClick={onClick}>
        {label}
      </button>
    </li>
  );
}
