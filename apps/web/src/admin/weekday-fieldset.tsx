import { useI18n } from '../i18n/i18n';
import { CheckboxFieldset } from '../ui/checkbox-fieldset';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

interface WeekdayFieldsetProps {
  legend: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  value: number[];
  onChange: (weekdays: number[]) => void;
  error?: string;
}

/** The seven weekdays as checkboxes, named in the UI language. */
export function WeekdayFieldset({ legend, value, onChange, error }: WeekdayFieldsetProps) {
  const { language } = useI18n();
  // 2024-01-01 was a Monday: day names in the UI language without a table of our own.
  const dayName = (weekday: number) =>
    new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, weekday),
    );
  return (
    <CheckboxFieldset
      legend={legend}
      options={WEEKDAYS.map((weekday) => ({ value: weekday, label: dayName(weekday) }))}
      value={value}
      onChange={onChange}
      error={error}
      layout="weekdays"
    />
  );
}
