import type { PlainMessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';

const ENTRIES: { variant: string; glyph: string; label: PlainMessageKey }[] = [
  { variant: 'free', glyph: '', label: 'booking.state.free' },
  { variant: 'mine', glyph: '✓', label: 'booking.state.mine' },
  { variant: 'taken', glyph: '✕', label: 'booking.state.booked' },
  { variant: 'unavailable', glyph: '–', label: 'booking.legendUnavailable' },
  { variant: 'blocked', glyph: '⊘', label: 'booking.state.blocked' },
];

/** What the markers' looks mean; each differs by glyph and border as well as by colour. */
export function StateLegend() {
  const { t } = useI18n();
  return (
    <ul className="state-legend" aria-label={t('booking.legend')}>
      {ENTRIES.map((entry) => (
        <li key={entry.variant}>
          <span
            className={`plan-marker plan-marker--${entry.variant} state-legend__sample`}
            aria-hidden="true"
          >
            {entry.glyph || '\u00a0'}
          </span>
          {t(entry.label)}
        </li>
      ))}
    </ul>
  );
}
