import type { FloorInput, FloorView } from '@platzbuch/contracts';
import { type FormEvent, useState } from 'react';

import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { fieldErrorsOf } from '../ui/problem-alert';
import { useSubmission } from '../ui/use-submission';

const FIELDS = ['name', 'level'];

interface FloorFormProps {
  floor?: FloorView;
  submitLabel: string;
  onSubmit: (input: FloorInput) => Promise<string>;
}

/** Name and storey of a floor, for creating one and for renaming it. */
export function FloorForm({ floor, submitLabel, onSubmit }: FloorFormProps) {
  const { t } = useI18n();
  const [name, setName] = useState(floor?.name ?? '');
  const [level, setLevel] = useState(String(floor?.level ?? 0));
  const submission = useSubmission();
  const errors = fieldErrorsOf(submission.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      // An unparsable storey goes to the API as it is, which then names the field.
      const parsed = Number(level);
      const message = await onSubmit({ name: name.trim(), level: level.trim() === '' ? Number.NaN : parsed });
      if (!floor) {
        setName('');
        setLevel('0');
      }
      return message;
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="form-row">
        <TextField
          label={t('floorForm.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={100}
          autoComplete="off"
          error={errors.name}
        />
        <TextField
          label={t('floorForm.level')}
          hint={t('floorForm.levelHint')}
          type="number"
          inputMode="numeric"
          step={1}
          value={level}
          onChange={(event) => setLevel(event.target.value)}
          required
          error={errors.level}
        />
      </div>
      <FormFooter submission={submission} submitLabel={submitLabel} fields={FIELDS} />
    </form>
  );
}
