import { useI18n } from '../i18n/i18n';
import { CheckboxField, SelectField } from '../ui/field';
import type { DeskFilter } from './desk-state';

interface DeskFiltersProps {
  filter: DeskFilter;
  onChange: (filter: DeskFilter) => void;
  zones: { id: string; name: string }[];
}

/** Narrows the plan and the list to desks with the equipment and zone a person needs. */
export function DeskFilters({ filter, onChange, zones }: DeskFiltersProps) {
  const { t } = useI18n();
  const set = <K extends keyof DeskFilter>(key: K, value: DeskFilter[K]) =>
    onChange({ ...filter, [key]: value });
  return (
    <fieldset className="filters">
      <legend>{t('booking.filters')}</legend>
      <div className="filters__fields">
        <SelectField
          label={t('desks.zone')}
          value={filter.zoneId}
          onChange={(event) => set('zoneId', event.target.value)}
          options={[
            { value: '', label: t('booking.anyZone') },
            ...zones.map((zone) => ({ value: zone.id, label: zone.name })),
          ]}
        />
        <SelectField
          label={t('booking.minMonitors')}
          value={String(filter.minMonitors)}
          onChange={(event) => set('minMonitors', Number(event.target.value))}
          options={[0, 1, 2, 3].map((count) => ({
            value: String(count),
            label: count === 0 ? t('booking.anyMonitors') : t('booking.atLeastMonitors', { count }),
          }))}
        />
        <div className="filters__checks">
          <CheckboxField
            label={t('booking.needsDocking')}
            checked={filter.docking}
            onChange={(e) => set('docking', e.target.checked)}
          />
          <CheckboxField
            label={t('desk.heightAdjustable')}
            checked={filter.heightAdjustable}
            onChange={(e) => set('heightAdjustable', e.target.checked)}
          />
          <CheckboxField
            label={t('desk.accessible')}
            checked={filter.accessible}
            onChange={(e) => set('accessible', e.target.checked)}
          />
          <CheckboxField
            label={t('booking.onlyFree')}
            checked={filter.onlyFree}
            onChange={(e) => set('onlyFree', e.target.checked)}
          />
          <CheckboxField
            label={t('booking.onlyFavourites')}
            checked={filter.onlyFavourites}
            onChange={(e) => set('onlyFavourites', e.target.checked)}
          />
        </div>
      </div>
    </fieldset>
  );
}
