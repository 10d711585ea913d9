import type { ZoneView } from '@platzbuch/contracts';
import { type FormEvent, useState } from 'react';
import { listDepartments } from '../api/directory';
import { createZone, deleteZone, updateZone } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useFocusRequest } from '../ui/use-focus-request';
import { SelectField, TextField } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { fieldErrorsOf, ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { useSubmission } from '../ui/use-submission';

interface ZonesPanelProps {
  floorId: string;
  zones: ZoneView[];
  onCreated: (zone: ZoneView) => void;
  onUpdated: (zone: ZoneView) => void;
  onDeleted: (zone: ZoneView) => void;
}

/** The floor's areas: a list with delete buttons and a form for a new one. */
export function ZonesPanel({ floorId, zones, onCreated, onUpdated, onDeleted }: ZonesPanelProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const focus = useFocusRequest();
  const [name, setName] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [deleting, setDeleting] = useState<ZoneView | null>(null);
  const [changeError, setChangeError] = useState<unknown>(null);
  const submission = useSubmission();
  // A zone owned by a department is where its members may book earlier (booking rules).
  const departments = useAsync(() => listDepartments(), []);
  const departmentOptions = [
    { value: '', label: t('zones.noDepartment') },
    ...(departments.state.status === 'done' ? departments.state.data : []).map((department) => ({
      value: department.id,
      label: department.name,
    })),
  ];

  const changeDepartment = async (zone: ZoneView, next: string) => {
    setChangeError(null);
    try {
      const saved = await updateZone(zone.id, { departmentId: next || null });
      onUpdated(saved);
      announce(
        saved.department
          ? t('zones.departmentSet', { name: saved.name, department: saved.department })
          : t('zones.departmentCleared', { name: saved.name }),
      );
    } catch (failure) {
      setChangeError(failure);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const zone = await createZone(floorId, { name: name.trim(), departmentId: departmentId || null });
      onCreated(zone);
      setName('');
      setDepartmentId('');
      return t('zones.created', { name: zone.name });
    });
  };

  return (
    <section className="card" aria-labelledby="zones-heading">
      <h2 id="zones-heading" tabIndex={-1}>
        {t('zones.title')}
      </h2>
      <p className="muted">{t('zones.intro')}</p>
      {zones.length === 0 ? (
        <p>{t('zones.none')}</p>
      ) : (
        <ul className="zone-list">
          {zones.map((zone) => (
            <li key={zone.id}>
              <span>{zone.name}</span>
              {departments.state.status === 'done' && (
                <select
                  className="input input--inline"
                  aria-label={t('zones.departmentOf', { name: zone.name })}
                  value={zone.departmentId ?? ''}
                  onChange={(event) => void changeDepartment(zone, event.target.value)}
                >
                  {departmentOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
              <button
                type="button"
                className="button button--small"
                onClick={() => setDeleting(zone)}
                aria-label={t('zones.delete', { name: zone.name })}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {changeError !== null && <ProblemAlert error={changeError} />}
      {departments.state.status === 'failed' && (
        <ProblemAlert error={departments.state.error} onRetry={departments.reload} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('zones.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={100}
          autoComplete="off"
          error={fieldErrorsOf(submission.error).name}
        />
        <SelectField
          label={t('zones.department')}
          hint={t('zones.departmentHint')}
          value={departmentId}
          onChange={(event) => setDepartmentId(event.target.value)}
          options={departmentOptions}
          error={fieldErrorsOf(submission.error).departmentId}
        />
        <FormFooter
          submission={submission}
          submitLabel={t('zones.add')}
          fields={['name', 'departmentId']}
          primary={false}
        />
      </form>
      <ConfirmDialog
        open={deleting !== null}
        title={t('zones.delete', { name: deleting?.name ?? '' })}
        message={t('zones.deleteConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deleteZone(deleting.id);
          onDeleted(deleting);
          announce(t('zones.deleted', { name: deleting.name }));
          setDeleting(null);
          // Its delete button went with it: the list's heading takes the focus.
          focus('zones-heading');
        }}
      />
    </section>
  );
}
