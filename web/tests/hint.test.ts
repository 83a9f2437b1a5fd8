import { describe, expect, it } from 'vitest';
import { hintCells, hintWords, letterCount, spokenHint } from '../src/state/hint';

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

  it('spells the hint for screen readers', () => {
    expect(spokenHint('a_ _')).toBe('a _ / _');
  });
});
