import type { Translate } from '../i18n/i18n';

// The API's field errors come from class-validator in English and name the property
// ("horizonDays must not be greater than 730"). Shown at the field they belong to, the property
// name says nothing and the language may be the wrong one: the common ones are said in the
// person's language here; anything else is shown as it came.
const RULES: { pattern: RegExp; say: (t: Translate, match: RegExpExecArray) => string }[] = [
  {
    pattern: /must not be greater than (-?[\d.]+)$/,
    say: (t, m) => t('validation.max', { max: Number(m[1]) }),
  },
  { pattern: /must not be less than (-?[\d.]+)$/, say: (t, m) => t('validation.min', { min: Number(m[1]) }) },
  { pattern: /must be an integer number$/, say: (t) => t('validation.integer') },
  {
    pattern: /must be a number conforming to the specified constraints$/,
    say: (t) => t('validation.number'),
  },
  {
    pattern: /must be shorter than or equal to (\d+) characters$/,
    say: (t, m) => t('validation.maxLength', { max: Number(m[1]) }),
  },
  {
    pattern: /must be longer than or equal to (\d+) characters$/,
    say: (t, m) => t('validation.minLength', { min: Number(m[1]) }),
  },
  { pattern: /should not be empty$|must be a string$/, say: (t) => t('validation.required') },
  { pattern: /must be one of the following values/, say: (t) => t('validation.oneOf') },
  { pattern: /must be HH:MM$/, say: (t) => t('validation.time') },
  { pattern: /must be YYYY-MM-DD$/, say: (t) => t('validation.date') },
];

/** A field error of the API in the person's language, where it is one of the common ones. */
export function validationMessage(message: string, t: Translate): string {
  for (const { pattern, say } of RULES) {
    const match = pattern.exec(message);
    if (match) return say(t, match);
  }
  return message;
}
