import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/field';
import { addDays, SLOT_CHOICES, todayIn, type When } from './booking-when';

interface DayFieldProps {
  date: string;
  onChange: (date: string) => void;
}

/** The day, with "today" and "tomorrow" one press away: most bookings are for one of them. */
export function DayField({ date, onChange }: DayFieldProps) {
  const { t } = useI18n();
  const today = todayIn();
  const tomorrow = addDays(today, 1);
  return (
    <div className="when__day">
      <TextField
        label={t('booking.day')}
        type="date"
        value={date}
        min={today}
        required
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="button-row when__quick">
        <button
          type="button"
          className="button button--toggle"
          aria-pressed={date === today}
          onClick={() => onChange(today)}
        >
          {t('booking.today')}
        </button>
        <button
          type="button"
          className="button button--toggle"
          aria-pressed={date === tomorrow}
          onClick={() => onChange(tomorrow)}
        >
          {t('booking.tomorrow')}
        </button>
      </div>
    </div>
  );
}

/** Day and slot of a booking; "times" opens two time fields. */
export function WhenFields({ when, onChange }: { when: When; onChange: (when: When) => void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <div className="when">
      <DayField date={when.date} onChange={(date) => onChange({ ...when, date })} />
      <fieldset className="when__slots">
        <legend>{t('booking.slot')}</legend>
        <div className="choice-group">
          {SLOT_CHOICES.map((slot) => (
            <label key={slot} className="choice">
              <input
                type="radio"
                name={name}
                value={slot}
                checked={when.slot === slot}
                onChange={() => onChange({ ...when, slot })}
              />
              <span>{t(`booking.slot.${slot}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {when.slot === 'times' && (
        <div className="form-row when__times">
          <TextField
            label={t('booking.from')}
            type="time"
            step={900}
            value={when.from}
            required
            onChange={(event) => onChange({ ...when, from: event.target.value })}
          />
          <TextField
            label={t('booking.to')}
            type="time"
            step={900}
            value={when.to}
            required
            error={when.from && when.to && when.from >= when.to ? t('booking.toAfterFrom') : undefined}
            onChange={(event) => onChange({ ...when, to: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}
