import type { DelegateView, RoomAvailability } from '@platzbuch/contracts';
import { type CSSProperties, type FormEvent, useState } from 'react';
import { getFloorAvailability, listPrincipals } from '../api/bookings';
import { useI18n } from '../i18n/i18n';
import { SelectField, StatusMessage, TextField } from '../ui/field';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { BookingDialog, type BookingTarget } from './booking-dialog';
import { isComplete, isDay, longDay, todayIn, wallTime, type When } from './booking-when';
import { ruleText } from './desk-state';
import { PlaceFields, usePlaceChoice } from './place-choice';
import { DayField } from './when-fields';

/** A day view of the floor's meeting rooms, free and booked by hour; book one for a time range. */
export function RoomsPage() {
  const { t, language } = useI18n();
  const place = usePlaceChoice();
  const [date, setDate] = useState(todayIn);
  const [reloads, setReloads] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const principals = useAsync(() => listPrincipals(), []).state;
  const floorId = place.floor?.id;
  const availability = useAsync(
    (signal) =>
      floorId && isDay(date)
        ? getFloorAvailability(floorId, { date, slot: 'day' }, signal)
        : Promise.resolve(null),
    [floorId, date, reloads],
  );

  return (
    <Page title={t('rooms.title')}>
      <p className="lead">{t('rooms.intro')}</p>
      <section className="card" aria-label={t('booking.choiceTitle')}>
        <div className="booking-choice__fields">
          <DayField date={date} onChange={setDate} />
          <PlaceFields choice={place} />
        </div>
      </section>
      <StatusMessage message={done} />
      {availability.state.status === 'loading' && <Loading />}
      {availability.state.status === 'failed' && (
        <ProblemAlert error={availability.state.error} onRetry={availability.reload} />
      )}
      {availability.state.status === 'done' &&
        availability.state.data &&
        (availability.state.data.rooms.length === 0 ? (
          <p>{t('rooms.none')}</p>
        ) : (
          <>
            <RoomTable
              caption={t('rooms.caption', { day: longDay(date, language) })}
              rooms={availability.state.data.rooms}
              opens={wallTime(availability.state.data.fromLocal)}
              closes={wallTime(availability.state.data.toLocal)}
            />
            <RoomBookingForm
              rooms={availability.state.data.rooms}
              date={date}
              zone={availability.state.data.timezone}
              place={[place.building?.name, place.floor?.name].filter(Boolean).join(', ')}
              principals={principals.status === 'done' ? principals.data : []}
              onBooked={(message) => {
                setDone(message);
                setReloads((n) => n + 1);
              }}
            />
          </>
        ))}
    </Page>
  );
}

function RoomTable({
  caption,
  rooms,
  opens,
  closes,
}: {
  caption: string;
  rooms: RoomAvailability[];
  opens: string;
  closes: string;
}) {
  const { t } = useI18n();
  const first = Number(opens.slice(0, 2));
  const last = Math.max(first + 1, Math.ceil(Number(closes.slice(0, 2)) + Number(closes.slice(3)) / 60));
  const hours = Array.from({ length: last - first }, (_, index) => first + index);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rooms.room')}</th>
            <th scope="col">{t('booking.equipment')}</th>
            <th scope="col">{t('rooms.busyTimes')}</th>
            <th scope="col">
              <span aria-hidden="true">{t('rooms.timeline')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <tr key={room.id}>
              <th scope="row">
                {room.name}
                <br />
                <span className="muted">{t('rooms.capacity', { count: room.capacity })}</span>
              </th>
              <td>{room.equipment.map((item) => t(`rooms.equipment.${item}`)).join(', ') || '–'}</td>
              <td>
                {room.state === 'restricted' || room.state === 'blocked' ? (
                  t('rooms.notBookable', {
                    reason: room.rule ? ruleText(room.rule, t) : t('booking.state.blocked'),
                  })
                ) : room.busy.length === 0 ? (
                  t('rooms.freeAllDay')
                ) : (
                  <ul className="plain-list">
                    {room.busy.map((interval) => (
                      <li key={interval.start}>
                        <span aria-hidden="true">✕ </span>
                        {wallTime(interval.startLocal)}–{wallTime(interval.endLocal)}
                        {interval.mine && ` (${t('booking.yours')})`}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {/* The busy times stand as text in the column before; this is the same at a glance. */}
                <ol
                  className="room-timeline"
                  aria-hidden="true"
                  style={{ '--hours': hours.length } as CSSProperties}
                >
                  {hours.map((hour) => {
                    const busy = room.busy.some((interval) => overlapsHour(interval, hour));
                    return (
                      <li key={hour} className={`room-timeline__hour--${busy ? 'busy' : 'free'}`}>
                        {busy ? '✕' : hour}
                      </li>
                    );
                  })}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whether a busy interval (local wall times) touches [hour:00, hour+1:00). */
function overlapsHour(interval: { startLocal: string; endLocal: string }, hour: number): boolean {
  const start = wallTime(interval.startLocal);
  const end = wallTime(interval.endLocal);
  const from = `${String(hour).padStart(2, '0')}:00`;
  const to = `${String(hour + 1).padStart(2, '0')}:00`;
  // An interval that ends on the next day ends "earlier" by its wall time: it lasts to the day's end.
  return start < to && (end > from || end <= start);
}

interface RoomBookingFormProps {
  rooms: RoomAvailability[];
  date: string;
  zone: string;
  place: string;
  principals: DelegateView[];
  onBooked: (message: string) => void;
}

function RoomBookingForm({ rooms, date, zone, place, principals, onBooked }: RoomBookingFormProps) {
  const { t } = useI18n();
  const bookable = rooms.filter((room) => room.state !== 'blocked');
  const [roomId, setRoomId] = useState(bookable[0]?.id ?? '');
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('10:00');
  const [target, setTarget] = useState<BookingTarget | null>(null);
  const when: When = { date, slot: 'times', from, to };
  const valid = isComplete(when) && roomId !== '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const room = rooms.find((candidate) => candidate.id === roomId);
    if (!room || !valid) return;
    setTarget({ kind: 'room', id: room.id, name: room.name, place });
  };

  return (
    <section className="card" aria-labelledby="room-booking-title">
      <h2 id="room-booking-title">{t('rooms.bookTitle')}</h2>
      <form className="form" onSubmit={submit}>
        <div className="form-row">
          <SelectField
            label={t('rooms.room')}
            value={roomId}
            onChange={(event) => setRoomId(event.target.value)}
            options={bookable.map((room) => ({
              value: room.id,
              label: `${room.name} (${t('rooms.capacity', { count: room.capacity })})`,
            }))}
          />
          <TextField
            label={t('booking.from')}
            type="time"
            step={900}
            value={from}
            required
            onChange={(event) => setFrom(event.target.value)}
          />
          <TextField
            label={t('booking.to')}
            type="time"
            step={900}
            value={to}
            required
            error={from && to && from >= to ? t('booking.toAfterFrom') : undefined}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={!valid}>
            {t('rooms.book')}
          </button>
        </div>
      </form>
      {target && (
        <BookingDialog
          key={`${target.id}-${date}-${from}-${to}`}
          target={target}
          when={when}
          zone={zone}
          interval={null}
          principals={principals}
          onBooked={(message) => {
            setTarget(null);
            onBooked(message);
          }}
          onClose={() => setTarget(null)}
        />
      )}
    </section>
  );
}
