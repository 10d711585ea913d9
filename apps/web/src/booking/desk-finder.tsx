import type { DelegateView, DeskSuggestion } from '@platzbuch/contracts';
import { useEffect, useState } from 'react';
import { searchDesks } from '../api/bookings';
import { equipmentParts } from '../floors/desk-description';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert } from '../ui/problem-alert';
import { BookingDialog, type BookingTarget } from './booking-dialog';
import { availabilityQuery, isComplete, type When } from './booking-when';
import type { DeskFilter } from './desk-state';

interface DeskFinderProps {
  when: When;
  zone: string;
  buildingId: string | null;
  filter: DeskFilter;
  /** The interval the floor's availability resolved for `when`, if loaded. */
  interval: { fromLocal: string; toLocal: string } | null;
  principals: DelegateView[];
  onBooked: (message: string) => void;
}

type Search =
  | { status: 'idle' | 'busy' }
  | { status: 'failed'; error: unknown }
  | { status: 'done'; desks: DeskSuggestion[] };

/**
 * "Find me a desk": the API proposes free desks in the building for the person's needs (a docking
 * station for notebook users, the own department's zone first); one press books the best.
 */
export function DeskFinder({
  when,
  zone,
  buildingId,
  filter,
  interval,
  principals,
  onBooked,
}: DeskFinderProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const asked = `${buildingId}|${JSON.stringify(when)}`;

  // Suggestions are for the day and time they were asked for; another choice asks anew.
  useEffect(() => setSearch({ status: 'idle' }), [asked]);
  const [booking, setBooking] = useState<DeskSuggestion | null>(null);

  const find = async () => {
    if (!buildingId || !isComplete(when)) return;
    setSearch({ status: 'busy' });
    try {
      const desks = await searchDesks(
        { buildingId },
        availabilityQuery(when, zone),
        {
          needsDocking: filter.docking || undefined,
          minMonitors: filter.minMonitors || undefined,
          heightAdjustable: filter.heightAdjustable || undefined,
          accessible: filter.accessible || undefined,
        },
        3,
      );
      setSearch({ status: 'done', desks });
    } catch (error) {
      setSearch({ status: 'failed', error });
    }
  };

  const target = (desk: DeskSuggestion): BookingTarget => ({
    kind: 'desk',
    id: desk.id,
    name: t('desk.name', { code: desk.code }),
    place: [desk.buildingName, desk.floorName, desk.zoneName && t('desk.zone', { zone: desk.zoneName })]
      .filter(Boolean)
      .join(', '),
    equipment: desk.equipment,
  });

  return (
    <section className="card finder" aria-labelledby="finder-title">
      <h2 id="finder-title">{t('booking.finderTitle')}</h2>
      <p className="muted">{t('booking.finderIntro')}</p>
      <button
        type="button"
        className="button button--primary button--large"
        onClick={() => void find()}
        disabled={search.status === 'busy' || !buildingId || !isComplete(when)}
      >
        {search.status === 'busy' ? t('booking.finding') : t('booking.find')}
      </button>
      <div aria-live="polite">
        {search.status === 'done' && search.desks.length === 0 && <p>{t('booking.noSuggestion')}</p>}
        {search.status === 'done' && search.desks.length > 0 && (
          <ul className="suggestions">
            {search.desks.map((desk, index) => (
              <li key={desk.id} className="suggestion">
                <p className="suggestion__name">
                  {index === 0 && <span className="badge">{t('booking.bestMatch')}</span>}{' '}
                  <strong>{t('desk.name', { code: desk.code })}</strong>
                </p>
                <p>{target(desk).place}</p>
                <p className="muted">
                  {equipmentParts(desk, t).join(', ')}
                  {desk.ownDepartment && ` · ${t('booking.ownDepartment')}`}
                </p>
                <button
                  type="button"
                  className="button button--primary"
                  aria-label={t('booking.bookNamed', { code: desk.code })}
                  onClick={() => setBooking(desk)}
                >
                  {t('booking.book')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {search.status === 'failed' && <ProblemAlert error={search.error} />}
      {booking && (
        <BookingDialog
          key={`${booking.id}-${when.date}`}
          target={target(booking)}
          when={when}
          zone={zone}
          interval={interval}
          principals={principals}
          onBooked={(message) => {
            setBooking(null);
            setSearch({ status: 'idle' });
            onBooked(message);
          }}
          onClose={() => setBooking(null)}
        />
      )}
    </section>
  );
}
