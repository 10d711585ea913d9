import type { DeskView, DockingKind, ResourceStatusName, ZoneView } from '@platzbuch/contracts';
import { type FormEvent, useState } from 'react';
import { deleteDesk, updateDesk } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { adminPaths } from '../admin/admin-paths';
import { Link } from '../router/router';
import { CheckboxField, SelectField, TextField } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { fieldErrorsOf } from '../ui/problem-alert';
import { useSubmission } from '../ui/use-submission';

const FIELDS = ['code', 'zoneId', 'equipment.docking', 'equipment.monitors', 'status', 'x', 'y'];
const DOCKING: DockingKind[] = ['none', 'usb-c', 'thunderbolt'];
const STATUSES: ResourceStatusName[] = ['active', 'blocked'];

interface DeskPanelProps {
  desk: DeskView;
  zones: ZoneView[];
  onSaved: (desk: DeskView) => void;
  onDeleted: (desk: DeskView) => void;
}

/**
 * The selected desk's code, area, equipment, status and position. Mount it with `key={desk.id}`:
 * the form starts from the desk it is given. The position follows the plan until it is typed in.
 */
export function DeskPanel({ desk, zones, onSaved, onDeleted }: DeskPanelProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [code, setCode] = useState(desk.code);
  const [zoneId, setZoneId] = useState(desk.zoneId ?? '');
  const [docking, setDocking] = useState<DockingKind>(desk.equipment.docking);
  const [monitors, setMonitors] = useState(String(desk.equipment.monitors));
  const [heightAdjustable, setHeightAdjustable] = useState(desk.equipment.heightAdjustable);
  const [accessible, setAccessible] = useState(desk.equipment.accessible);
  const [status, setStatus] = useState<ResourceStatusName>(desk.status);
  const [x, setX] = useState<string | null>(null);
  const [y, setY] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const submission = useSubmission();
  const errors = fieldErrorsOf(submission.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const saved = await updateDesk(desk.id, {
        code: code.trim(),
        zoneId: zoneId || null,
        equipment: { docking, monitors: Number(monitors), heightAdjustable, accessible },
        status,
        x: x === null ? desk.x : Number(x),
        y: y === null ? desk.y : Number(y),
      });
      setX(null);
      setY(null);
      onSaved(saved);
      return t('panel.saved', { code: saved.code });
    });
  };

  return (
    <section className="card desk-panel" aria-labelledby="desk-panel-heading">
      <h2 id="desk-panel-heading" tabIndex={-1}>
        {t('panel.title', { code: desk.code })}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('panel.code')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          required
          maxLength={64}
          autoComplete="off"
          error={errors.code}
        />
        <SelectField
          label={t('panel.zone')}
          value={zoneId}
          onChange={(event) => setZoneId(event.target.value)}
          options={[
            { value: '', label: t('desks.noZone') },
            ...zones.map((zone) => ({ value: zone.id, label: zone.name })),
          ]}
          error={errors.zoneId}
        />
        <fieldset>
          <legend>{t('panel.equipment')}</legend>
          <div className="form">
            <SelectField
              label={t('panel.docking')}
              value={docking}
              onChange={(event) => setDocking(event.target.value as DockingKind)}
              options={DOCKING.map((kind) => ({ value: kind, label: t(`desk.docking.${kind}`) }))}
              error={errors['equipment.docking']}
            />
            <SelectField
              label={t('panel.monitors')}
              value={monitors}
              onChange={(event) => setMonitors(event.target.value)}
              options={['0', '1', '2', '3'].map((count) => ({ value: count, label: count }))}
              error={errors['equipment.monitors']}
            />
            <CheckboxField
              label={t('panel.heightAdjustable')}
              checked={heightAdjustable}
              onChange={(event) => setHeightAdjustable(event.target.checked)}
            />
            <CheckboxField
              label={t('panel.accessible')}
              checked={accessible}
              onChange={(event) => setAccessible(event.target.checked)}
            />
          </div>
        </fieldset>
        <SelectField
          label={t('panel.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ResourceStatusName)}
          options={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          error={errors.status}
        />
        <fieldset>
          <legend>{t('panel.position')}</legend>
          <div className="form-row">
            <TextField
              label={t('panel.x')}
              type="number"
              min={0}
              max={100}
              step={0.5}
              value={x ?? String(desk.x)}
              onChange={(event) => setX(event.target.value)}
              error={errors.x}
            />
            <TextField
              label={t('panel.y')}
              type="number"
              min={0}
              max={100}
              step={0.5}
              value={y ?? String(desk.y)}
              onChange={(event) => setY(event.target.value)}
              error={errors.y}
            />
          </div>
        </fieldset>
        <FormFooter submission={submission} submitLabel={t('common.save')} fields={FIELDS}>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('panel.delete')}
          </button>
        </FormFooter>
      </form>
      <p className="muted">
        {t(desk.assigneeId ? 'panel.fixed' : 'panel.shared')}{' '}
        <Link to={`${adminPaths.fixedDesks()}?building=${desk.buildingId}&floor=${desk.floorId}`}>
          {t('panel.manageFixed')}
        </Link>
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('panel.delete')}
        message={t('panel.deleteConfirm', { code: desk.code })}
        confirmLabel={t('panel.delete')}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await deleteDesk(desk.id);
          setConfirming(false);
          announce(t('panel.deleted', { code: desk.code }));
          onDeleted(desk);
        }}
      />
    </section>
  );
}
