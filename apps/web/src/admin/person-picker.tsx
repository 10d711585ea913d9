import type { PersonSummary } from '@platzbuch/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/field';
import { ProblemAlert } from '../ui/problem-alert';
import { PersonName } from '../ui/person-name';
import { usePeopleSearch } from '../ui/use-people-search';

interface PersonPickerProps {
  chosen: PersonSummary | null;
  onChoose: (person: PersonSummary) => void;
}

/**
 * A search field and the people it finds as a group of radio buttons: plain controls that every
 * screen reader knows, instead of a custom combobox. The number found is announced.
 */
export function PersonPicker({ chosen, onChoose }: PersonPickerProps) {
  const { t } = useI18n();
  const name = useId();
  const [query, setQuery] = useState('');
  const search = usePeopleSearch(query);

  const found = search.status === 'done' ? search.people : [];
  const summary =
    search.status === 'searching'
      ? t('common.loading')
      : search.status === 'done'
        ? t('assignments.found', { count: found.length })
        : '';

  return (
    <div className="person-picker">
      <TextField
        type="search"
        label={t('assignments.search')}
        hint={t('assignments.searchHint')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
      />
      <p role="status" className="muted">
        {summary}
      </p>
      {search.status === 'failed' && <ProblemAlert error={search.error} />}
      {found.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('assignments.results')}</legend>
          <ul className="person-picker__results">
            {found.map((person) => (
              <li key={person.id} className="checkbox">
                <input
                  id={`${name}-${person.id}`}
                  type="radio"
                  name={name}
                  checked={chosen?.id === person.id}
                  onChange={() => onChoose(person)}
                />
                <label htmlFor={`${name}-${person.id}`}>
                  <PersonName person={person} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
