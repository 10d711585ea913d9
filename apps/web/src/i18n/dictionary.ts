/** A message with a singular and a plural form, chosen by its `count` (Intl.PluralRules). */
export interface Plural {
  one: string;
  other: string;
}

export type Message = string | Plural;

/** `"Platz {code} auf {floor}"` → `"code" | "floor"` */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

export type TextOf<M> = M extends string ? M : M extends Plural ? M['one'] | M['other'] : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * A translation of `Source` must have every key, the same kind of message (plain or plural), and
 * exactly the placeholders of the original; a mismatch turns the property's type into `never`, so
 * the compiler names the faulty key.
 */
export type TranslationOf<Source extends Record<string, Message>, T> = {
  [K in keyof Source]: K extends keyof T
    ? Same<Placeholders<TextOf<T[K]>>, Placeholders<TextOf<Source[K]>>> extends true
      ? Source[K] extends Plural
        ? Plural
        : string
      : never
    : Source[K] extends Plural
      ? Plural
      : string;
};

export function translation<Source extends Record<string, Message>>() {
  return <const T extends Record<string, Message>>(messages: T & TranslationOf<Source, T>): T => messages;
}
