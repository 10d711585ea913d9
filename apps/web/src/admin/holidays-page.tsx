import type { BuildingView, HolidayView } from '@platzbuch/contracts';
import { type FormEvent, useState } from 'react';
import { addClosureDay, listHolidays, removeClosureDay } from '../api/booking-rules';
import { listBuildings } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { useSearchParam } from '../router/router';
import { hasAnyRole, useMe } from '../session/session';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { SelectField, TextField } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { Loading, Page } from '../ui/page';
import { fieldErrorsOf, ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { useSubmission } from '../ui/use-submission';
import { POLICY_EDITORS } from '../app/routes';
import { adminPaths } from './admin-paths';
import { useFocusRequest } from '../ui/use-focus-request';

const FIELDS = ['date', 'name', 'buildingId'];

async function loadYear(year: number) {
  const [holidays, buildings] = await Promise.all([listHolidays(year), listBuildings()]);
  return { holidays, buildings };
}

/** A calendar day (YYYY-MM-DD) as the UI language writes it, with its weekday. */
function useDayFormat(): (date: string) => string {
  const { language } = useI18n();
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' });
  return (date) => format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * The public holidays of the organisation's state (computed, not editable) and its own closure
 * days, a year at a time. Closure days are kept by administrators; facility managers read them.
 */
export function HolidaysPage() {
  const { t } = useI18n();
  const me = useMe();
  const canEdit = hasAnyRole(me, POLICY_EDITORS);
  const [yearParam, setYearParam] = useSearchParam('year');
  const parsed = Number(yearParam);
  const year =
    Number.isInteger(parsed) && parsed >= 1990 && parsed <= 2200 ? parsed : new Date().getFullYear();
  const { state, reload, update } = useAsync(() => loadYear(year), [year]);
  const breadcrumbs = [{ label: t('admin.title'), to: adminPaths.overview() }];

  return (
    <Page title={t('holidays.title')} breadcrumbs={breadcrumbs}>
      <p className="lead">{t('holidays.intro')}</p>
      <nav className="year-switch" aria-label={t('holidays.yearNavigation')}>
        <button type="button" className="button" onClick={() => setYearParam(String(year - 1))}>
          <span aria-hidden="true">← </span>
          {t('holidays.year', { year: String(year - 1) })}
        </button>
        <p className="year-switch__current" aria-live="polite">
          {t('holidays.showing', { year: String(year) })}
        </p>
        <button type="button" className="button" onClick={() => setYearParam(String(year + 1))}>
          {t('holidays.year', { year: String(year + 1) })}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ProblemAlert error={state.error} onRetry={reload} />}
      {state.status === 'done' && (
        <>
          <HolidayTable
            year={year}
            holidays={state.data.holidays}
            buildings={state.data.buildings}
            canEdit={canEdit}
            onRemoved={(id) =>
              update((data) => ({
                ...data,
                holidays: data.holidays.filter((holiday) => holiday.closureDayId !== id),
              }))
            }
          />
          {canEdit && (
            <section className="card" aria-labelledby="closure-heading">
              <h2 id="closure-heading">{t('holidays.addTitle')}</h2>
              <ClosureDayForm
                buildings={state.data.buildings}
                onAdded={async () => {
                  const holidays = await listHolidays(year);
                  update((data) => ({ ...data, holidays }));
                }}
              />
            </section>
          )}
        </>
      )}
    </Page>
  );
}

interface HolidayTableProps {
  year: number;
  holidays: HolidayView[];
  buildings: BuildingView[];
  canEdit: boolean;
  onRemoved: (closureDayId: string) => void;
}

function HolidayTable({ year, holidays, buildings, canEdit, onRemoved }: HolidayTableProps) {
  const { t, language } = useI18n();
  const announce = useAnnounce();
  const day = useDayFormat();
  const focus = useFocusRequest();
  const [removing, setRemoving] = useState<HolidayView | null>(null);
  const nameOf = (holiday: HolidayView) => holiday.name[language];
  const whereOf = (holiday: HolidayView) => {
    if (holiday.kind === 'public') return t('holidays.allBuildings');
    if (!holiday.buildingId) return t('holidays.allBuildings');
    return buildings.find((building) => building.id === holiday.buildingId)?.name ?? '—';
  };

  return (
    <div
      id="holiday-table"
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-labelledby="holiday-caption"
    >
      <table className="table">
        <caption id="holiday-caption">{t('holidays.caption', { year: String(year) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('holidays.date')}</th>
            <th scope="col">{t('holidays.name')}</th>
            <th scope="col">{t('holidays.kind')}</th>
            <th scope="col">{t('holidays.where')}</th>
            {canEdit && <th scope="col">{t('desks.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {holidays.map((holiday) => (
            <tr key={`${holiday.date}-${holiday.closureDayId ?? 'public'}`}>
              <th scope="row">{day(holiday.date)}</th>
              <td>{nameOf(holiday)}</td>
              <td>{t(holiday.kind === 'public' ? 'holidays.public' : 'holidays.closure')}</td>
              <td>{whereOf(holiday)}</td>
              {canEdit && (
                <td>
                  {holiday.closureDayId && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setRemoving(holiday)}
                    >
                      {t('holidays.remove')}
                      <span className="visually-hidden">
                        : {nameOf(holiday)}, {day(holiday.date)}
                      </span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {holidays.length === 0 && <p>{t('holidays.none')}</p>}
      <ConfirmDialog
        open={removing !== null}
        title={t('holidays.remove')}
        message={
          removing ? t('holidays.removeConfirm', { name: nameOf(removing), date: day(removing.date) }) : ''
        }
        confirmLabel={t('holidays.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing?.closureDayId) return;
          await removeClosureDay(removing.closureDayId);
          setRemoving(null);
          onRemoved(removing.closureDayId);
          focus('holiday-table');
          announce(t('holidays.removed', { name: nameOf(removing) }));
        }}
      />
    </div>
  );
}

interface ClosureDayFormProps {
  buildings: BuildingView[];
  onAdded: () => Promise<void>;
}

function ClosureDayForm({ buildings, onAdded }: ClosureDayFormProps) {
  const { t } = useI18n();
  const day = useDayFormat();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [buildingId, setBuildingId] = useState('');
  const submission = useSubmission();
  const errors = fieldErrorsOf(submission.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const added = await addClosureDay({ date, name: name.trim(), buildingId: buildingId || undefined });
      setDate('');
      setName('');
      await onAdded();
      return t('holidays.added', { name: added.name, date: day(added.date) });
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          type="date"
          label={t('holidays.date')}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          required
          error={errors.date}
        />
        <TextField
          label={t('holidays.name')}
          hint={t('holidays.nameHint')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={100}
          autoComplete="off"
          error={errors.name}
        />
        <SelectField
          label={t('holidays.where')}
          value={buildingId}
          onChange={(event) => setBuildingId(event.target.value)}
          options={[
            { value: '', label: t('holidays.allBuildings') },
            ...buildings.map((building) => ({ value: building.id, label: building.name })),
          ]}
          error={errors.buildingId}
        />
      </div>
      <FormFooter submission={submission} submitLabel={t('holidays.add')} fields={FIELDS} />
    </form>
  );
}
