import { create } from 'zustand';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type UiLanguage = 'en' | 'ko';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const dictionaries: Record<UiLanguage, Record<MessageKey, string>> = { en, ko };

const STORAGE_KEY = 'drawguess.language';

export function translate(language: UiLanguage, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language][key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): UiLanguage {
  if (stored === 'en' || stored === 'ko') return stored;
  for (const language of browserLanguages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}

interface LanguageState {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
}

export const useLanguage = create<LanguageState>((set) => ({
  language: detectLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]),
  setLanguage: (language) => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
    set({ language });
  },
}));

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useT(): Translate {
  const language = useLanguage((s) => s.language);
  return (key, params) => translate(language, key, params);
}

/** For code outside React (e.g. error toasts built in event handlers). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(useLanguage.getState().language, key, params);
}
