import type { BuildingView, CheckInSettingsView, OfficeHoursView } from '@platzbuch/contracts';
import { type FormEvent, useRef, useState } from 'react';
import {
  getCheckInSettings,
  getOfficeHours,
  resetCheckInSettings,
  resetOfficeHours,
  setCheckInSettings,
  setOfficeHours,
} from '../api/booking-rules';
import { listBuildings } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { CheckboxField, TextField } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { Loading, Page } from '../ui/page';
import { fieldErrorsOf, ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { useSubmission } from '../ui/use-submission';
import { adminPaths } from './admin-paths';
import { BuildingPicker } from './building-picker';
import { hasBuildings, useBuildingChoice } from './use-building-choice';
import { useFocusRequest } from '../ui/use-focus-request';
import { readNumber, useNumberErrors } from './number-input';
import { WeekdayFieldset } from './weekday-fieldset';

/** Office hours and check-in of one building at a time. */
export function BuildingSettingsPage() {
  const { t } = useI18n();
  const buildings = useAsync(() => listBuildings(), []);
  const breadcrumbs = [{ label: t('admin.title'), to: adminPaths.overview() }];
  return (
    <Page title={t('officeHours.title')} breadcrumbs={breadcrumbs}>
      <p className="lead">{t('officeHours.intro')}</p>
      {buildings.state.status === 'loading' && <Loading />}
      {buildings.state.status === 'failed' && (
        <ProblemAlert error={buildings.state.error} onRetry={buildings.reload} />
      )}
      {buildings.state.status === 'done' &&
        (hasBuildings(buildings.state.data) ? (
          <BuildingSettings buildings={buildings.state.data} />
        ) : (
          <p>{t('admin.noBuildings')}</p>
        ))}
    </Page>
  );
}

async function loadSettings(buildingId: string) {
  const [hours, checkIn] = await Promise.all([getOfficeHours(buildingId), getCheckInSettings(buildingId)]);
  return { hours, checkIn };
}

function BuildingSettings({ buildings }: { buildings: [BuildingView, ...BuildingView[]] }) {
  const { t } = useI18n();
  const [building, chooseBuilding] = useBuildingChoice(buildings);
  const settings = useAsync(() => loadSettings(building.id), [building.id]);
  // A reset replaces a form with the defaults; a save keeps it (and its success line) in place.
  const [resets, setResets] = useState(0);
  // The reset button goes away with the custom settings: the section's heading takes the focus.
  const focus = useFocusRequest();
  const afterReset = (headingId: string) => {
    setResets((n) => n + 1);
    focus(headingId);
  };
  return (
    <>
      <BuildingPicker buildings={buildings} building={building} onChange={chooseBuilding} />
      {settings.state.status === 'loading' && <Loading />}
      {settings.state.status === 'failed' && (
        <ProblemAlert error={settings.state.error} onRetry={settings.reload} />
      )}
      {settings.state.status === 'done' && (
        <>
          <section className="card" aria-labelledby="office-hours-heading">
            <h2 id="office-hours-heading" tabIndex={-1}>
              {t('officeHours.hours', { name: building.name })}
            </h2>
            <OfficeHoursForm
              key={`${building.id}-${resets}`}
              building={building}
              hours={settings.state.data.hours}
              onChange={(hours) => settings.update((data) => ({ ...data, hours }))}
              onReset={() => afterReset('office-hours-heading')}
            />
          </section>
          <section className="card" aria-labelledby="check-in-heading">
            <h2 id="check-in-heading" tabIndex={-1}>
              {t('officeHours.checkIn', { name: building.name })}
            </h2>
            <CheckInForm
              key={`${building.id}-${resets}`}
              building={building}
              checkIn={settings.state.data.checkIn}
              onChange={(checkIn) => settings.update((data) => ({ ...data, checkIn }))}
              onReset={() => afterReset('check-in-heading')}
            />
          </section>
        </>
      )}
    </>
  );
}

const HOURS_FIELDS = ['weekdays', 'opensAt', 'splitsAt', 'closesAt'];

interface OfficeHoursFormProps {
  building: BuildingView;
  hours: OfficeHoursView;
  onChange: (hours: OfficeHoursView) => void;
  onReset: () => void;
}

function OfficeHoursForm({ building, hours, onChange, onReset }: OfficeHoursFormProps) {
  const { t } = useI18n();
  const [weekdays, setWeekdays] = useState(hours.weekdays);
  const [opensAt, setOpensAt] = useState(hours.opensAt);
  const [splitsAt, setSplitsAt] = useState(hours.splitsAt);
  const [closesAt, setClosesAt] = useState(hours.closesAt);
  const submission = useSubmission();
  const errors = fieldErrorsOf(submission.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const saved = await setOfficeHours(building.id, { weekdays, opensAt, splitsAt, closesAt });
      onChange(saved);
      return t('officeHours.hoursSaved', { name: building.name });
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">{t(hours.custom ? 'officeHours.custom' : 'officeHours.defaults')}</p>
      <WeekdayFieldset
        legend={t('officeHours.weekdays')}
        value={weekdays}
        onChange={setWeekdays}
        error={errors.weekdays}
      />
      <div className="form-grid">
        <TextField
          type="time"
          label={t('officeHours.opensAt')}
          value={opensAt}
          onChange={(event) => setOpensAt(event.target.value)}
          required
          error={errors.opensAt}
        />
        <TextField
          type="time"
          label={t('officeHours.splitsAt')}
          hint={t('officeHours.splitsAtHint')}
          value={splitsAt}
          onChange={(event) => setSplitsAt(event.target.value)}
          required
          error={errors.splitsAt}
        />
        <TextField
          type="time"
          label={t('officeHours.closesAt')}
          value={closesAt}
          onChange={(event) => setClosesAt(event.target.value)}
          required
          error={errors.closesAt}
        />
      </div>
      <FormFooter submission={submission} submitLabel={t('common.save')} fields={HOURS_FIELDS}>
        {hours.custom && (
          <ResetButton
            label={t('officeHours.resetHours')}
            message={t('officeHours.resetHoursConfirm', { name: building.name })}
            done={t('officeHours.hoursReset', { name: building.name })}
            onConfirm={async () => {
              onChange(await resetOfficeHours(building.id));
              onReset();
            }}
          />
        )}
      </FormFooter>
    </form>
  );
}

const CHECK_IN_FIELDS = ['required', 'opensMinutesBefore', 'graceMinutes'];

interface CheckInFormProps {
  building: BuildingView;
  checkIn: CheckInSettingsView;
  onChange: (checkIn: CheckInSettingsView) => void;
  onReset: () => void;
}

function CheckInForm({ building, checkIn, onChange, onReset }: CheckInFormProps) {
  const { t } = useI18n();
  const [required, setRequired] = useState(checkIn.required);
  const [opens, setOpens] = useState(String(checkIn.opensMinutesBefore));
  const [grace, setGrace] = useState(String(checkIn.graceMinutes));
  const submission = useSubmission();
  const form = useRef<HTMLFormElement>(null);
  const typed = useNumberErrors(form, t);
  const errors = { ...fieldErrorsOf(submission.error), ...typed.errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { opensMinutesBefore: readNumber(opens), graceMinutes: readNumber(grace) };
    if (!typed.check(values)) {
      submission.reset();
      return;
    }
    void submission.run(async () => {
      // An empty field keeps the default the API applies to a value left out.
      const saved = await setCheckInSettings(building.id, {
        required,
        opensMinutesBefore: values.opensMinutesBefore ?? undefined,
        graceMinutes: values.graceMinutes ?? undefined,
      });
      onChange(saved);
      return t('officeHours.checkInSaved', { name: building.name });
    });
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      <p className="muted">{t(checkIn.custom ? 'officeHours.custom' : 'officeHours.checkInDefaults')}</p>
      <CheckboxField
        label={t('officeHours.required')}
        checked={required}
        onChange={(event) => setRequired(event.target.checked)}
      />
      <div className="form-grid">
        <TextField
          label={t('officeHours.opensMinutesBefore')}
          hint={t('officeHours.opensMinutesBeforeHint')}
          inputMode="numeric"
          value={opens}
          onChange={(event) => setOpens(event.target.value)}
          error={errors.opensMinutesBefore}
        />
        <TextField
          label={t('officeHours.graceMinutes')}
          hint={t('officeHours.graceMinutesHint')}
          inputMode="numeric"
          value={grace}
          onChange={(event) => setGrace(event.target.value)}
          error={errors.graceMinutes}
        />
      </div>
      <FormFooter submission={submission} submitLabel={t('common.save')} fields={CHECK_IN_FIELDS}>
        {checkIn.custom && (
          <ResetButton
            label={t('officeHours.resetCheckIn')}
            message={t('officeHours.resetCheckInConfirm', { name: building.name })}
            done={t('officeHours.checkInReset', { name: building.name })}
            onConfirm={async () => {
              onChange(await resetCheckInSettings(building.id));
              onReset();
            }}
          />
        )}
      </FormFooter>
    </form>
  );
}

interface ResetButtonProps {
  label: string;
  message: string;
  done: string;
  onConfirm: () => Promise<void>;
}

/** Back to the defaults, after asking; the form is replaced, so the result is announced. */
function ResetButton({ label, message, done, onConfirm }: ResetButtonProps) {
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={label}
        message={message}
        confirmLabel={label}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          await onConfirm();
          setOpen(false);
          announce(done);
        }}
      />
    </>
  );
}
