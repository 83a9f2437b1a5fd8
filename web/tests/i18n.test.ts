// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dictionaries, detectLanguage, translate } from '../src/i18n';
import { PALETTE } from '../src/canvas/palette';

describe('i18n', () => {
  const en = Object.keys(dictionaries.en).sort();
  const ko = Object.keys(dictionaries.ko).sort();

  it('has every key in both languages', () => {
    expect(ko).toEqual(en);
  });

  it('has no empty text', () => {
    for (const language of ['en', 'ko'] as const) {
      for (const [key, text] of Object.entries(dictionaries[language])) expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of en) {
      const k = key as keyof typeof dictionaries.en;
      expect(placeholders(dictionaries.ko[k]), key).toEqual(placeholders(dictionaries.en[k]));
    }
  });

  it('names every palette colour', () => {
    for (const colour of PALETTE) expect(en).toContain(`color.${colour.key}`);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'game.round', { round: 2, total: 3 })).toBe('Round 2 of 3');
    expect(translate('ko', 'game.round', { round: 2, total: 3 })).toBe('2/3 라운드');
  });

  it('picks the language from the stored choice, then the browser', () => {
    expect(detectLanguage('ko', ['en-US'])).toBe('ko');
    expect(detectLanguage(null, ['ko-KR', 'en'])).toBe('ko');
    expect(detectLanguage(null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLanguage(null, ['de'])).toBe('en');
  });
});
