import type { ZoneView } from '@platzbuch/contracts';
import { type FormEvent, useState } from 'react';
import { createZone, deleteZone } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useFocusRequest } from '../ui/use-focus-request';
import { TextField } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { fieldErrorsOf } from '../ui/problem-alert';
import { useSubmission } from '../ui/use-submission';

interface ZonesPanelProps {
  floorId: string;
  zones: ZoneView[];
  onCreated: (zone: ZoneView) => void;
  onDeleted: (zone: ZoneView) => void;
}

/** The floor's areas: a list with delete buttons and a form for a new one. */
export function ZonesPanel({ floorId, zones, onCreated, onDeleted }: ZonesPanelProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const focus = useFocusRequest();
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<ZoneView | null>(null);
  const submission = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const zone = await createZone(floorId, { name: name.trim() });
      onCreated(zone);
      setName('');
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
        <FormFooter submission={submission} submitLabel={t('zones.add')} fields={['name']} primary={false} />
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
