import { type RefObject, useEffect, useState } from 'react';
import { type Translate } from '../i18n/i18n';

/**
 * A whole number as typed into a text field: null when the field is empty, undefined when the text
 * is no number at all. Such text is refused here: sent as JSON it would turn into null, and an
 * empty setting means "inherit", so a typo would quietly change a rule.
 */
export function readNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Errors of fields whose text is no number, found before anything is sent; the first such field
 * takes the focus, as the person would look for it there.
 */
export function useNumberErrors(form: RefObject<HTMLFormElement | null>, t: Translate) {
  const [fields, setFields] = useState<readonly string[]>([]);
  useEffect(() => {
    if (fields.length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fields, form]);
  const errors: Record<string, string> = Object.fromEntries(
    fields.map((field) => [field, t('validation.integer')]),
  );
  /** Checks `values`; true when every one is a number or empty. */
  const check = (values: Record<string, number | null | undefined>): boolean => {
    const invalid = Object.keys(values).filter((field) => values[field] === undefined);
    setFields(invalid);
    return invalid.length === 0;
  };
  return { errors, check };
}
