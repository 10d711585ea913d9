import { useI18n } from '../i18n/i18n';
import { useSearchParam } from '../router/router';

export type FloorViewMode = 'plan' | 'list';

/** Plan or list, kept in the address (`?view=list`) so that a reload or a shared link keeps it. */
export function useFloorViewMode(): [FloorViewMode, (mode: FloorViewMode) => void] {
  const [value, set] = useSearchParam('view');
  return [value === 'list' ? 'list' : 'plan', (mode) => set(mode === 'list' ? 'list' : null)];
}

export function ViewSwitch({
  mode,
  onChange,
}: {
  mode: FloorViewMode;
  onChange: (mode: FloorViewMode) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('floor.views')}>
      {(['plan', 'list'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__option"
          aria-pressed={mode === option}
          onClick={() => onChange(option)}
        >
          {t(option === 'plan' ? 'floor.viewPlan' : 'floor.viewList')}
        </button>
      ))}
    </div>
  );
}
