import type { BuildingView } from '@platzbuch/contracts';
import { useI18n } from '../i18n/i18n';
import { SelectField } from '../ui/field';

interface BuildingPickerProps {
  buildings: readonly BuildingView[];
  building: BuildingView;
  onChange: (buildingId: string) => void;
  /** Marks buildings, e.g. those with rules of their own. */
  note?: (building: BuildingView) => string | null;
}

/** Which building the page is about; changing it changes the page's content at once. */
export function BuildingPicker({ buildings, building, onChange, note }: BuildingPickerProps) {
  const { t } = useI18n();
  return (
    <div className="picker">
      <SelectField
        label={t('admin.building')}
        value={building.id}
        onChange={(event) => onChange(event.target.value)}
        options={buildings.map((candidate) => {
          const extra = note?.(candidate);
          return { value: candidate.id, label: extra ? `${candidate.name} (${extra})` : candidate.name };
        })}
      />
    </div>
  );
}
