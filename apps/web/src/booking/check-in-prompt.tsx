import type { BookingView } from '@platzbuch/contracts';
import { useState } from 'react';
import { checkIn, listBookings } from '../api/bookings';
import { useI18n } from '../i18n/i18n';
import { useMe } from '../session/session';
import { StatusMessage } from '../ui/field';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { bookedTime, bookedWhat, bookedWhere, canCheckIn } from './booking-words';

/**
 * On arrival the person opens the client on a phone: the booking waiting for its check-in stands
 * first on the home page, with one large button.
 */
export function CheckInPrompt({ refresh }: { refresh: number }) {
  const { t } = useI18n();
  const me = useMe();
  const upcoming = useAsync((signal) => listBookings('upcoming', { signal }), [refresh]);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const now = new Date();
  const due =
    upcoming.state.status === 'done'
      ? upcoming.state.data.items.filter((booking) => booking.personId === me.id && canCheckIn(booking, now))
      : [];

  const checkInto = async (booking: BookingView) => {
    setError(null);
    try {
      await checkIn(booking.id);
      setDone(t('myBookings.checkedIn', { what: bookedWhat(booking, t) }));
      upcoming.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <>
      <StatusMessage message={done} />
      {due.map((booking) => (
        <section key={booking.id} className="card check-in-prompt" aria-label={t('booking.checkInDue')}>
          <p>
            <strong>
              {t('booking.checkInDueText', { what: bookedWhat(booking, t), time: bookedTime(booking) })}
            </strong>{' '}
            {bookedWhere(booking, t)}
          </p>
          <button
            type="button"
            className="button button--primary check-in-button"
            aria-label={t('myBookings.checkInNamed', { what: bookedWhat(booking, t) })}
            onClick={() => void checkInto(booking)}
          >
            {t('myBookings.checkIn')}
          </button>
        </section>
      ))}
      {error !== null && <ProblemAlert error={error} />}
    </>
  );
}
