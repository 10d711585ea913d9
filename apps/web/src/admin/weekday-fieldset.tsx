import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { validationMessage } from '../ui/validation-message';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

interface WeekdayFieldsetProps {
  legend: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  value: number[];
  onChange: (weekdays: number[]) => void;
  error?: string;
}

/** Seven checkboxes in a group whose name and error a screen reader reads on entering it. */
export function WeekdayFieldset({ legend, value, onChange, error }: WeekdayFieldsetProps) {
  const { language, t } = useI18n();
  const id = useId();
  // 2024-01-01 was a Monday: day names in the UI language without a table of our own.
  const dayName = (weekday: number) =>
    new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, weekday),
    );
  const toggle = (weekday: number, on: boolean) =>
    onChange(on ? [...value, weekday].sort((a, b) => a - b) : value.filter((day) => day !== weekday));
  return (
    <fieldset
      className={`fieldset${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {validationMessage(error, t)}
        </p>
      )}
      <div className="weekdays">
        {WEEKDAYS.map((weekday) => (
          <div key={weekday} className="checkbox">
            <input
              id={`${id}-${weekday}`}
              type="checkbox"
              checked={value.includes(weekday)}
              onChange={(event) => toggle(weekday, event.target.checked)}
            />
            <label htmlFor={`${id}-${weekday}`}>{dayName(weekday)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
