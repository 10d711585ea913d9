import type { BuildingInput, BuildingView } from '@platzbuch/contracts';
import { type FormEvent, useMemo, useState } from 'react';

import { useI18n } from '../i18n/i18n';
import { SelectField, TextField } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { fieldErrorsOf } from '../ui/problem-alert';
import { useSubmission } from '../ui/use-submission';

const FIELDS = ['name', 'address', 'timezone'];

interface BuildingFormProps {
  /** The building to edit; a new one when absent. */
  building?: BuildingView;
  submitLabel: string;
  /** Saves and returns the message to show. */
  onSubmit: (input: BuildingInput) => Promise<string>;
}

/** Name, address and time zone of a building, for creating one and for editing it. */
export function BuildingForm({ building, submitLabel, onSubmit }: BuildingFormProps) {
  const { t } = useI18n();
  const [name, setName] = useState(building?.name ?? '');
  const [address, setAddress] = useState(building?.address ?? '');
  const [timezone, setTimezone] = useState(building?.timezone ?? '');
  const submission = useSubmission();
  const errors = fieldErrorsOf(submission.error);

  const timezones = useMemo(
    () => [
      ...(building ? [] : [{ value: '', label: t('building.timezoneDefault') }]),
      ...Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
    ],
    [building, t],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const message = await onSubmit({
        name: name.trim(),
        address: address.trim() || null,
        ...(timezone ? { timezone } : {}),
      });
      if (!building) {
        setName('');
        setAddress('');
        setTimezone('');
      }
      return message;
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label={t('building.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        required
        maxLength={200}
        autoComplete="off"
        error={errors.name}
      />
      <TextField
        label={t('building.address')}
        value={address}
        onChange={(event) => setAddress(event.target.value)}
        maxLength={500}
        autoComplete="off"
        error={errors.address}
      />
      <SelectField
        label={t('building.timezone')}
        value={timezone}
        onChange={(event) => setTimezone(event.target.value)}
        options={timezones}
        error={errors.timezone}
      />
      <FormFooter submission={submission} submitLabel={submitLabel} fields={FIELDS} />
    </form>
  );
}
