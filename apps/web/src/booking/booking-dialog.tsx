import type { BookingSeriesResult, DelegateView, DeskEquipment } from '@platzbuch/contracts';
import { type FormEvent, useId, useRef, useState } from 'react';
import { createBooking, createSeries } from '../api/bookings';
import { equipmentParts } from '../floors/desk-description';
import { useI18n } from '../i18n/i18n';
import { CheckboxField, SelectField, TextField } from '../ui/field';
import { Dialog } from '../ui/dialog';
import { ProblemAlert, problemOf } from '../ui/problem-alert';
import { addDays, bookingInterval, longDay, todayIn, wallTime, weekdayOf, type When } from './booking-when';

/** What is booked: a desk or a room, with the words to name it. */
export interface BookingTarget {
  kind: 'desk' | 'room';
  id: string;
  /** "Platz 3.14" or the room's name */
  name: string;
  place: string;
  equipment?: DeskEquipment;
}

interface BookingDialogProps {
  target: BookingTarget | null;
  when: When;
  /** The building's zone, in which the day and times are meant. */
  zone: string;
  /** The resolved interval as the availability showed it (local wall times), when known. */
  interval: { fromLocal: string; toLocal: string } | null;
  /** People who named the signed-in person as delegate. */
  principals: DelegateView[];
  onBooked: (message: string) => void;
  onClose: () => void;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Asks before booking, says what and when, and may book for someone else or every week. */
export function BookingDialog({
  target,
  when,
  zone,
  interval,
  principals,
  onBooked,
  onClose,
}: BookingDialogProps) {
  const { t, language } = useI18n();
  const [forPersonId, setForPersonId] = useState('');
  const [repeat, setRepeat] = useState(false);
  const [weekdays, setWeekdays] = useState<number[]>(() => [weekdayOf(when.date)]);
  // Two weeks ahead is the default booking horizon; a longer policy lets the person extend it.
  const [lastDay, setLastDay] = useState(() => maxDate(when.date, addDays(todayIn(), 14)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attemptKey = useRef(crypto.randomUUID());
  const weekdaysLabel = useId();

  if (!target) return null;
  const day = longDay(when.date, language);
  const range =
    when.slot === 'times'
      ? `${when.from}–${when.to}`
      : interval && `${wallTime(interval.fromLocal)}–${wallTime(interval.toLocal)}`;
  const time = range ? `${range} ${t('booking.oclock')}`.trim() : t(`booking.slot.${when.slot}`);
  const forName = principals.find((person) => person.id === forPersonId)?.displayName;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const resource = target.kind === 'desk' ? { deskId: target.id } : { roomId: target.id };
    const forPerson = forPersonId ? { forPersonId } : {};
    try {
      if (repeat) {
        const times =
          when.slot === 'times' ? { startTime: when.from, endTime: when.to } : { slot: when.slot };
        const result = await createSeries(
          { ...resource, ...forPerson, ...times, weekdays, firstDay: when.date, lastDay },
          attemptKey.current,
        );
        onBooked(seriesMessage(result));
      } else {
        await createBooking(
          { ...resource, ...forPerson, ...bookingInterval(when, zone) },
          attemptKey.current,
        );
        onBooked(
          forName
            ? t('booking.doneFor', { what: target.name, day, time, person: forName })
            : t('booking.done', { what: target.name, day, time }),
        );
      }
    } catch (failure) {
      // A refusal is an answer: trying again is a new attempt. A lost answer keeps its key.
      if (problemOf(failure).status !== 0) attemptKey.current = crypto.randomUUID();
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const seriesMessage = (result: BookingSeriesResult) => {
    const booked = result.occurrences.filter((occurrence) => occurrence.booking).length;
    const refused = result.occurrences.filter((occurrence) => occurrence.refusal);
    const first = refused[0]?.refusal?.detail[language];
    return [
      t('booking.seriesDone', { what: target.name, count: booked }),
      refused.length > 0 ? t('booking.seriesRefused', { count: refused.length, reason: first ?? '' }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  };

  const toggleWeekday = (weekday: number) =>
    setWeekdays((current) =>
      current.includes(weekday) ? current.filter((d) => d !== weekday) : [...current, weekday].sort(),
    );

  return (
    <Dialog open title={t('booking.confirmTitle', { what: target.name })} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <dl className="facts">
          <dt>{t('booking.when')}</dt>
          <dd>
            {day}, {time}
          </dd>
          <dt>{t('booking.where')}</dt>
          <dd>{target.place}</dd>
          {target.equipment && (
            <>
              <dt>{t('booking.equipment')}</dt>
              <dd>{equipmentParts({ equipment: target.equipment }, t).join(', ')}</dd>
            </>
          )}
        </dl>
        {principals.length > 0 && (
          <SelectField
            label={t('booking.for')}
            hint={t('booking.forHint')}
            value={forPersonId}
            onChange={(event) => setForPersonId(event.target.value)}
            options={[
              { value: '', label: t('booking.forMe') },
              ...principals.map((person) => ({ value: person.id, label: person.displayName })),
            ]}
          />
        )}
        <CheckboxField
          label={t('booking.repeat')}
          checked={repeat}
          onChange={(event) => setRepeat(event.target.checked)}
        />
        {repeat && (
          <div className="repeat">
            <fieldset>
              <legend id={weekdaysLabel}>{t('booking.repeatOn')}</legend>
              <div className="choice-group">
                {WEEKDAYS.map((weekday) => (
                  <label key={weekday} className="choice">
                    <input
                      type="checkbox"
                      checked={weekdays.includes(weekday)}
                      onChange={() => toggleWeekday(weekday)}
                    />
                    <span>{t(`weekday.${weekday}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <TextField
              label={t('booking.repeatUntil')}
              type="date"
              value={lastDay}
              min={when.date}
              required
              onChange={(event) => setLastDay(event.target.value)}
            />
          </div>
        )}
        {error !== null && <ProblemAlert error={error} />}
        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || (repeat && weekdays.length === 0)}
          >
            {busy ? t('booking.booking') : t('booking.confirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
