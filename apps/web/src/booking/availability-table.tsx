import type { DeskAvailability } from '@platzbuch/contracts';
import { equipmentParts } from '../floors/desk-description';
import { useI18n } from '../i18n/i18n';
import { STATE_GLYPH, stateText } from './desk-state';

interface AvailabilityTableProps {
  caption: string;
  desks: DeskAvailability[];
  favourites: ReadonlySet<string>;
  onBook: (desk: DeskAvailability) => void;
  onToggleFavourite: (desk: DeskAvailability) => void;
}

/** The list view of the booking plan: each desk's state and equipment, and a button to book a free one. */
export function AvailabilityTable({
  caption,
  desks,
  favourites,
  onBook,
  onToggleFavourite,
}: AvailabilityTableProps) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table availability-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('desks.code')}</th>
            <th scope="col">{t('booking.stateColumn')}</th>
            <th scope="col">{t('desks.zone')}</th>
            <th scope="col">{t('booking.equipment')}</th>
            <th scope="col">{t('desks.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {desks.map((desk) => {
            const favourite = favourites.has(desk.id);
            return (
              <tr key={desk.id} className={`availability-row availability-row--${desk.state}`}>
                <th scope="row">{t('desk.name', { code: desk.code })}</th>
                <td>
                  <span className="state-glyph" aria-hidden="true">
                    {STATE_GLYPH[desk.state]}
                  </span>{' '}
                  {stateText(desk, t)}
                </td>
                <td>{desk.zoneName ?? t('desks.noZone')}</td>
                <td>
                  {equipmentParts(desk, t).join(', ')}
                  {desk.fixed && `, ${t('desk.assigned')}`}
                </td>
                <td>
                  <div className="table-actions">
                    {desk.state === 'free' && (
                      <button
                        type="button"
                        className="button button--primary button--small"
                        aria-label={t('booking.bookNamed', { code: desk.code })}
                        onClick={() => onBook(desk)}
                      >
                        {t('booking.book')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-pressed={favourite}
                      aria-label={t('booking.favouriteNamed', { code: desk.code })}
                      onClick={() => onToggleFavourite(desk)}
                    >
                      <span aria-hidden="true">{favourite ? '★' : '☆'}</span>
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
