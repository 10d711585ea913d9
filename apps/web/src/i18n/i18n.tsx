import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createTranslator, type Language, type Translator } from './translate';

export type { Language, MessageKey, PlainMessageKey, Translate } from './translate';

/** Each language named in itself, so that a person finds theirs whatever is shown now. */
export const LANGUAGE_NAMES: Record<Language, string> = { de: 'Deutsch', en: 'English' };

const STORAGE_KEY = 'platzbuch.language';

export interface I18n extends Translator {
  setLanguage: (language: Language) => void;
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'de' ? stored : 'de';
  } catch {
    return 'de';
  }
}

const I18nContext = createContext<I18n>({ ...createTranslator('de'), setLanguage: () => {} });

/** German unless the person chose English here before; the choice is kept in this browser. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const i18n = useMemo(() => ({ ...createTranslator(language), setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
