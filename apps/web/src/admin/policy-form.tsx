import type { BookingPolicySettings, BookingPolicyView, GermanStateCode } from '@platzbuch/contracts';
import { type FormEvent, useRef, useState } from 'react';
import type { PolicyOverrideInput } from '../api/booking-rules';
import { useI18n } from '../i18n/i18n';
import { SelectField, TextField } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { fieldErrorsOf } from '../ui/problem-alert';
import { useSubmission } from '../ui/use-submission';
import { readNumber, useNumberErrors } from './number-input';

const NUMBER_SETTINGS = [
  'horizonDays',
  'maxDurationMinutes',
  'maxActiveBookings',
  'departmentPriorityDays',
] as const;
type NumberSetting = (typeof NUMBER_SETTINGS)[number];

export const GERMAN_STATES: readonly GermanStateCode[] = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
]; // prettier-ignore

const FIELDS = [...NUMBER_SETTINGS, 'closedOnHolidays', 'holidayRegion'];

export interface PolicySubmission extends PolicyOverrideInput {
  holidayRegion: GermanStateCode | null;
}

interface PolicyFormProps {
  /** The stored override of this scope, if there is one. */
  stored: BookingPolicyView | null;
  /** What applies here now, after inheritance: shown beside every field. */
  effective: BookingPolicySettings;
  /** The organisation's policy also chooses the state whose public holidays apply. */
  withHolidayRegion?: boolean;
  effectiveRegion?: GermanStateCode;
  onSubmit: (settings: PolicySubmission) => Promise<string>;
}

/**
 * The settings of one scope. An empty field (or "inherited") means the wider scope decides; the
 * hint of each field says what applies now, so that nobody has to work out the inheritance.
 */
export function PolicyForm({
  stored,
  effective,
  withHolidayRegion,
  effectiveRegion,
  onSubmit,
}: PolicyFormProps) {
  const { t } = useI18n();
  const [numbers, setNumbers] = useState<Record<NumberSetting, string>>(() => {
    const initial = {} as Record<NumberSetting, string>;
    for (const key of NUMBER_SETTINGS) initial[key] = stored?.settings[key]?.toString() ?? '';
    return initial;
  });
  const [closed, setClosed] = useState(
    stored?.settings.closedOnHolidays === null || stored?.settings.closedOnHolidays === undefined
      ? ''
      : String(stored.settings.closedOnHolidays),
  );
  const [region, setRegion] = useState<string>(stored?.holidayRegion ?? '');
  const submission = useSubmission();
  const form = useRef<HTMLFormElement>(null);
  const typed = useNumberErrors(form, t);
  const errors = { ...fieldErrorsOf(submission.error), ...typed.errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = {
      horizonDays: readNumber(numbers.horizonDays),
      maxDurationMinutes: readNumber(numbers.maxDurationMinutes),
      maxActiveBookings: readNumber(numbers.maxActiveBookings),
      departmentPriorityDays: readNumber(numbers.departmentPriorityDays),
    };
    if (!typed.check(values)) {
      submission.reset();
      return;
    }
    void submission.run(() =>
      onSubmit({
        horizonDays: values.horizonDays ?? null,
        maxDurationMinutes: values.maxDurationMinutes ?? null,
        maxActiveBookings: values.maxActiveBookings ?? null,
        departmentPriorityDays: values.departmentPriorityDays ?? null,
        closedOnHolidays: closed === '' ? null : closed === 'true',
        holidayRegion: withHolidayRegion && region ? (region as GermanStateCode) : null,
      }),
    );
  };

  const applies = (value: string | number) => t('policies.appliesNow', { value });

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      <p className="muted">{t('policies.emptyInherits')}</p>
      <div className="form-grid">
        {NUMBER_SETTINGS.map((key) => (
          <TextField
            key={key}
            label={t(`policies.${key}`)}
            hint={`${t(`policies.${key}Hint`)} ${applies(effective[key])}`}
            inputMode="numeric"
            value={numbers[key]}
            onChange={(event) => setNumbers({ ...numbers, [key]: event.target.value })}
            autoComplete="off"
            error={errors[key]}
          />
        ))}
        <SelectField
          label={t('policies.closedOnHolidays')}
          hint={applies(t(effective.closedOnHolidays ? 'common.yes' : 'common.no'))}
          value={closed}
          onChange={(event) => setClosed(event.target.value)}
          options={[
            { value: '', label: t('policies.inherited') },
            { value: 'true', label: t('policies.closedYes') },
            { value: 'false', label: t('policies.closedNo') },
          ]}
          error={errors.closedOnHolidays}
        />
        {withHolidayRegion && (
          <SelectField
            label={t('policies.holidayRegion')}
            hint={effectiveRegion ? applies(t(`state.${effectiveRegion}`)) : undefined}
            value={region}
            onChange={(event) => setRegion(event.target.value)}
            options={[
              { value: '', label: t('policies.inherited') },
              ...GERMAN_STATES.map((state) => ({ value: state, label: t(`state.${state}`) })),
            ]}
            error={errors.holidayRegion}
          />
        )}
      </div>
      <FormFooter submission={submission} submitLabel={t('common.save')} fields={FIELDS} />
    </form>
  );
}
