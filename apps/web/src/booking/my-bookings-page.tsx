import type { BookingSeriesView, BookingView } from '@platzbuch/contracts';
import { useState } from 'react';
import {
  cancelBooking,
  cancelSeries,
  checkIn,
  listBookings,
  listPrincipals,
  listSeries,
} from '../api/bookings';
import { ownCalendarFeedPath } from '../api/calendar';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useMe } from '../session/session';
import { CalendarFeed } from '../ui/calendar-feed';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { StatusMessage } from '../ui/field';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { bookedTime, bookedWhat, bookedWhere, canCheckIn } from './booking-words';
import { longDay, shortDay } from './booking-when';
import { Delegates } from './delegates';
import { rememberPlace, useFavourites } from './remembered';

/** The person's bookings: what comes (check in, cancel), recurring series, the past, favourites, delegates. */
export function MyBookingsPage() {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const upcoming = useAsync((signal) => listBookings('upcoming', { signal }), []);
  const series = useAsync(() => listSeries(), []);
  const forOthers = useAsync(
    (signal) => listBookings('upcoming', { scope: 'booked-for-others', signal }),
    [],
  );
  const principals = useAsync(() => listPrincipals(), []);

  const changed = (message: string) => {
    setDone(message);
    upcoming.reload();
    series.reload();
    forOthers.reload();
  };

  return (
    <Page
      title={t('myBookings.title')}
      actions={
        <Link to="/" className="button button--primary">
          {t('myBookings.bookNow')}
        </Link>
      }
    >
      <StatusMessage message={done} />
      <section className="page-section" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('myBookings.upcoming')}</h2>
        {upcoming.state.status === 'loading' && <Loading />}
        {upcoming.state.status === 'failed' && (
          <ProblemAlert error={upcoming.state.error} onRetry={upcoming.reload} />
        )}
        {upcoming.state.status === 'done' &&
          (upcoming.state.data.items.length === 0 ? (
            <p>{t('myBookings.noUpcoming')}</p>
          ) : (
            <BookingList bookings={upcoming.state.data.items} onChanged={changed} />
          ))}
      </section>
      <section className="page-section" aria-labelledby="series-title">
        <h2 id="series-title">{t('myBookings.series')}</h2>
        {series.state.status === 'failed' && (
          <ProblemAlert error={series.state.error} onRetry={series.reload} />
        )}
        {series.state.status === 'done' &&
          (series.state.data.length === 0 ? (
            <p>{t('myBookings.noSeries')}</p>
          ) : (
            <SeriesList series={series.state.data} onChanged={changed} />
          ))}
      </section>
      {forOthers.state.status === 'done' && forOthers.state.data.items.length > 0 && (
        <section className="page-section" aria-labelledby="for-others-title">
          <h2 id="for-others-title">{t('myBookings.forOthers')}</h2>
          <BookingList
            bookings={forOthers.state.data.items}
            onChanged={changed}
            people={
              new Map(
                (principals.state.status === 'done' ? principals.state.data : []).map((person) => [
                  person.id,
                  person.displayName,
                ]),
              )
            }
          />
        </section>
      )}
      <PastBookings />
      <FavouriteDesks />
      <Delegates />
      <CalendarFeed path={ownCalendarFeedPath} texts="calendarFeed" />
    </Page>
  );
}

function BookingList({
  bookings,
  onChanged,
  people,
}: {
  bookings: BookingView[];
  onChanged?: (message: string) => void;
  /** Names of the people bookings were made for, where the list holds other people's bookings. */
  people?: ReadonlyMap<string, string>;
}) {
  const { t, language } = useI18n();
  const me = useMe();
  const [cancelling, setCancelling] = useState<BookingView | null>(null);
  const [failure, setFailure] = useState<{ id: string; error: unknown } | null>(null);
  const now = new Date();

  const checkInto = async (booking: BookingView) => {
    setFailure(null);
    try {
      await checkIn(booking.id);
      onChanged?.(t('myBookings.checkedIn', { what: bookedWhat(booking, t) }));
    } catch (error) {
      setFailure({ id: booking.id, error });
    }
  };

  return (
    <>
      <ul className="booking-list">
        {bookings.map((booking) => {
          const what = bookedWhat(booking, t);
          const day = longDay(booking.day, language);
          return (
            <li key={booking.id} className={`booking-item booking-item--${booking.status}`}>
              <h3>
                {what} · {day}
              </h3>
              <p>
                {bookedTime(booking)} {t('booking.oclock')} · {bookedWhere(booking, t)}
              </p>
              <p>
                <span aria-hidden="true">{STATUS_GLYPH[booking.status]} </span>
                {t(`myBookings.status.${booking.status}`)}
                {booking.seriesId && ` · ${t('myBookings.partOfSeries')}`}
                {booking.personId !== me.id &&
                  ` · ${t('myBookings.bookedFor', { name: people?.get(booking.personId ?? '') ?? t('myBookings.someoneElse') })}`}
                {booking.personId === me.id &&
                  booking.bookedById &&
                  booking.bookedById !== me.id &&
                  ` · ${t('myBookings.bookedBy')}`}
              </p>
              {booking.status === 'confirmed' && booking.checkIn.required && (
                <p className="muted">
                  {t('myBookings.checkInNeeded', {
                    time: timeIn(booking.checkIn.closesAt, booking.timezone, language),
                  })}
                </p>
              )}
              {failure?.id === booking.id && <ProblemAlert error={failure.error} />}
              {onChanged && (booking.status === 'confirmed' || booking.status === 'checked_in') && (
                <div className="button-row">
                  {booking.personId === me.id && canCheckIn(booking, now) && (
                    <button
                      type="button"
                      className="button button--primary check-in-button"
                      aria-label={t('myBookings.checkInNamed', { what })}
                      onClick={() => void checkInto(booking)}
                    >
                      {t('myBookings.checkIn')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button"
                    aria-label={t('myBookings.cancelNamed', { what, day: shortDay(booking.day, language) })}
                    onClick={() => setCancelling(booking)}
                  >
                    {t('myBookings.cancel')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={cancelling !== null}
        title={t('myBookings.cancelTitle')}
        message={
          cancelling
            ? t('myBookings.cancelConfirm', {
                what: bookedWhat(cancelling, t),
                day: longDay(cancelling.day, language),
                time: bookedTime(cancelling),
              })
            : ''
        }
        confirmLabel={t('myBookings.cancel')}
        onConfirm={async () => {
          if (!cancelling) return;
          await cancelBooking(cancelling.id);
          const what = bookedWhat(cancelling, t);
          setCancelling(null);
          onChanged?.(t('myBookings.cancelled', { what }));
        }}
        onClose={() => setCancelling(null)}
      />
    </>
  );
}

const STATUS_GLYPH: Record<BookingView['status'], string> = {
  confirmed: '●',
  checked_in: '✓',
  cancelled: '✕',
  released: '↺',
};

/** "09:15" of an instant in the building's zone. */
function timeIn(iso: string, zone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(
    new Date(iso),
  );
}

function SeriesList({
  series,
  onChanged,
}: {
  series: BookingSeriesView[];
  onChanged: (message: string) => void;
}) {
  const { t, language } = useI18n();
  const [ending, setEnding] = useState<BookingSeriesView | null>(null);
  const whatOf = (item: BookingSeriesView) => bookedWhat(item, t);
  return (
    <>
      <ul className="booking-list">
        {series.map((item) => (
          <li key={item.id} className="booking-item">
            <h3>{whatOf(item)}</h3>
            <p>
              {t('myBookings.seriesText', {
                weekdays: item.weekdays.map((day) => t(weekdayKey(day))).join(', '),
                time: `${item.startTime}–${item.endTime}`,
                first: shortDay(item.firstDay, language),
                last: shortDay(item.lastDay, language),
              })}
            </p>
            <p>{bookedWhere(item, t)}</p>
            <div className="button-row">
              <button
                type="button"
                className="button"
                aria-label={t('myBookings.endSeriesNamed', { what: whatOf(item) })}
                onClick={() => setEnding(item)}
              >
                {t('myBookings.endSeries')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={ending !== null}
        title={t('myBookings.endSeries')}
        message={ending ? t('myBookings.endSeriesConfirm', { what: whatOf(ending) }) : ''}
        confirmLabel={t('myBookings.endSeries')}
        onConfirm={async () => {
          if (!ending) return;
          await cancelSeries(ending.id);
          const what = whatOf(ending);
          setEnding(null);
          onChanged(t('myBookings.seriesEnded', { what }));
        }}
        onClose={() => setEnding(null)}
      />
    </>
  );
}

const weekdayKey = (day: number) =>
  `weekday.${Math.min(7, Math.max(1, day)) as 1 | 2 | 3 | 4 | 5 | 6 | 7}` as const;

/** The past, loaded only when asked for, a page at a time. */
function PastBookings() {
  const { t } = useI18n();
  const [items, setItems] = useState<BookingView[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      const page = await listBookings('past', { next });
      setItems((current) => [...(current ?? []), ...page.items]);
      setNext(page.next);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page-section" aria-labelledby="past-title">
      <h2 id="past-title">{t('myBookings.past')}</h2>
      {items === null ? (
        <button type="button" className="button" onClick={() => void load()} disabled={busy}>
          {t('myBookings.showPast')}
        </button>
      ) : items.length === 0 ? (
        <p>{t('myBookings.noPast')}</p>
      ) : (
        <>
          <BookingList bookings={items} />
          {next && (
            <button type="button" className="button" onClick={() => void load()} disabled={busy}>
              {t('myBookings.more')}
            </button>
          )}
        </>
      )}
      {error !== null && <ProblemAlert error={error} />}
    </section>
  );
}

function FavouriteDesks() {
  const { t } = useI18n();
  const favourites = useFavourites();
  return (
    <section className="page-section" aria-labelledby="favourites-title">
      <h2 id="favourites-title">{t('myBookings.favourites')}</h2>
      {favourites.list.length === 0 ? (
        <p>{t('myBookings.noFavourites')}</p>
      ) : (
        <ul className="person-list">
          {favourites.list.map((desk) => (
            <li key={desk.id}>
              <span>
                <span aria-hidden="true">★ </span>
                {t('desk.name', { code: desk.code })}
              </span>
              <Link
                to="/"
                onClick={() => rememberPlace({ buildingId: desk.buildingId, floorId: desk.floorId })}
              >
                {t('myBookings.showFavourite', { code: desk.code })}
              </Link>
              <button
                type="button"
                className="button button--small"
                aria-label={t('myBookings.removeFavourite', { code: desk.code })}
                onClick={() => favourites.toggle(desk)}
              >
                {t('delegates.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
