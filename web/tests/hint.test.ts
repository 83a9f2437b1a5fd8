import { describe, expect, it } from 'vitest';
import { givenInHint, guessFit, hintCells, hintWords, letterCount, spokenHint } from '../src/state/hint';

describe('hint rendering', () => {
  it('splits a pattern into hidden, revealed, space and hyphen cells', () => {
    expect(hintCells('i__ c_e-a').map((c) => c.kind)).toEqual([
      'revealed',
      'hidden',
      'hidden',
      'space',
      'revealed',
      'hidden',
      'revealed',
      'hyphen',
      'revealed',
    ]);
  });

  it('groups the cells by word, so a long hint wraps between its words', () => {
    expect(hintWords('i__ c_e-a').map((word) => word.map((c) => c.char).join(''))).toEqual(['i__', 'c_e-a']);
    expect(hintWords('_____')).toHaveLength(1);
  });

  it('counts letters but not spaces or hyphens', () => {
    expect(letterCount('___ _____')).toBe(8);
    expect(letterCount('__-__')).toBe(4);
  });

  it('counts Korean syllables', () => {
    expect(letterCount('___')).toBe(3);
    expect(hintCells('고__').map((c) => c.kind)).toEqual(['revealed', 'hidden', 'hidden']);
  });

  it('counts an emoji or a letter with its accents as one character', () => {
    expect(letterCount('🐳 q\u0301_')).toBe(3);
    expect(hintCells('🐳_').map((c) => c.char)).toEqual(['🐳', '_']);
  });

  it("marks the letters of the drawer's word that a hint gave the others", () => {
    const given = (word: string, hint: string | null) =>
      givenInHint(word, hint)
        .filter((c) => c.given)
        .map((c) => c.char);
    expect(given('ice cream', 'i__ __e__')).toEqual(['i', 'e']);
    expect(given('고양이', '_양_')).toEqual(['양']);
    expect(given('café', '___é')).toEqual(['é']);
    expect(given('whale', null)).toEqual([]);
    expect(given('whale', '___')).toEqual([]); // a hint of another turn marks nothing
    expect(givenInHint('ice cream', 'i__ __e__').map((c) => c.char).join('')).toBe('ice cream');
  });

  it('spells the hint for screen readers', () => {
    expect(spokenHint('a_ _')).toBe('a _ / _');
  });
});

describe('guess fit', () => {
  it('counts the letters typed against the word, and says when the count is right', () => {
    expect(guessFit('_____', 'wha')).toEqual({ typed: 3, letters: 5, state: 'short' });
    expect(guessFit('_____', 'whale')).toEqual({ typed: 5, letters: 5, state: 'fits' });
    expect(guessFit('_____', 'whales')).toEqual({ typed: 6, letters: 5, state: 'off' });
  });

  it('does not count spaces, hyphens or underscores, as the server ignores them', () => {
    expect(guessFit('___ _____', 'icecream')?.state).toBe('fits');
    expect(guessFit('___ _____', 'ice-cream ')?.state).toBe('fits');
  });

  it('is off when a letter differs from one the hint shows, whatever its case or accents', () => {
    expect(guessFit('__a__', 'shark')?.state).toBe('fits');
    expect(guessFit('__a__', 'SHÁRK')?.state).toBe('fits');
    expect(guessFit('__a__', 'whole')?.state).toBe('off');
    expect(guessFit('__a__', 'who')?.state).toBe('off');
  });

  it('counts Korean syllables and emoji as the hint does', () => {
    expect(guessFit('고__', '고양이')?.state).toBe('fits');
    expect(guessFit('고__', '강아지')?.state).toBe('off');
    expect(guessFit('__', '🐳🐳')?.state).toBe('fits');
  });

  it('says nothing before a letter is typed', () => {
    expect(guessFit('_____', '  ')).toBeNull();
    expect(guessFit('', 'whale')).toBeNull();
  });
});
