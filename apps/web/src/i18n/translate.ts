import { de } from './de';
import type { Placeholders, Plural, TextOf } from './dictionary';
import { en } from './en';

export type Language = 'de' | 'en';
export type MessageKey = keyof typeof de;

const DICTIONARIES: Record<Language, Record<MessageKey, string | Plural>> = { de, en };

type ParamsOf<K extends MessageKey> = Record<Placeholders<TextOf<(typeof de)[K]>>, string | number>;
type ArgsOf<K extends MessageKey> = [Placeholders<TextOf<(typeof de)[K]>>] extends [never]
  ? []
  : [ParamsOf<K>];

/** Keys of messages without placeholders, for tables of labels. */
export type PlainMessageKey = { [K in MessageKey]: ArgsOf<K> extends [] ? K : never }[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...params: ArgsOf<K>) => string;

/** Texts and number and date formats of one language. */
export interface Translator {
  language: Language;
  t: Translate;
  /** `0.525` → "52,5 %" */
  percent: (fraction: number) => string;
  number: (value: number) => string;
  dateTime: (iso: string) => string;
}

export function createTranslator(language: Language): Translator {
  const dictionary = DICTIONARIES[language];
  const plurals = new Intl.PluralRules(language);
  const percentFormat = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const numberFormat = new Intl.NumberFormat(language);
  const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const t = ((key: MessageKey, params?: Record<string, string | number>) => {
    const message = dictionary[key];
    const text =
      typeof message === 'string'
        ? message
        : plurals.select(Number(params?.count)) === 'one'
          ? message.one
          : message.other;
    return params
      ? text.replace(/\{(\w+)\}/g, (whole, name: string) => {
          const value = params[name];
          if (value === undefined) return whole;
          return typeof value === 'number' ? numberFormat.format(value) : value;
        })
      : text;
  }) as Translate;

  return {
    language,
    t,
    percent: (fraction) => percentFormat.format(fraction),
    number: (value) => numberFormat.format(value),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
  };
}
