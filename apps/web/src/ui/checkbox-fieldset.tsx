import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { validationMessage } from './validation-message';

interface CheckboxFieldsetProps<V extends string | number> {
  legend: string;
  options: readonly { value: V; label: string }[];
  /** The chosen values, kept in the order of `options`. */
  value: readonly V[];
  onChange: (value: V[]) => void;
  error?: string;
  /** A class for the box around the checkboxes, where they are laid out other than one a line. */
  layout?: string;
}

/** Checkboxes in a group whose name and error a screen reader reads on entering it. */
export function CheckboxFieldset<V extends string | number>({
  legend,
  options,
  value,
  onChange,
  error,
  layout,
}: CheckboxFieldsetProps<V>) {
  const { t } = useI18n();
  const id = useId();
  const toggle = (changed: V, on: boolean) =>
    onChange(
      options
        .map((option) => option.value)
        .filter((candidate) => (candidate === changed ? on : value.includes(candidate))),
    );
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
      <div className={layout}>
        {options.map((option, index) => (
          <div key={option.value} className="checkbox">
            <input
              id={`${id}-${index}`}
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
