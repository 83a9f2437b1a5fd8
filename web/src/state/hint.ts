/** One displayed position of a hint pattern such as `___ _a___`. */
export interface HintCell {
  char: string;
  kind: 'hidden' | 'revealed' | 'space' | 'hyphen';
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One cell per character as the server counts them (text elements: an emoji or a letter with its accents is one). */
export function hintCells(hint: string): HintCell[] {
  return [...graphemes.segment(hint)].map(({ segment: char }) => ({
    char,
    kind: char === '_' ? 'hidden' : char === ' ' ? 'space' : char === '-' ? 'hyphen' : 'revealed',
  }));
}

/** The hint's cells word by word (split at its spaces), so that a hint too wide for the screen wraps between words. */
export function hintWords(hint: string): HintCell[][] {
  const words: HintCell[][] = [[]];
  for (const cell of hintCells(hint)) {
    if (cell.kind === 'space') words.push([]);
    else words[words.length - 1].push(cell);
  }
  return words.filter((word) => word.length > 0);
}

/**
 * For a player who knows the word (the drawer, a player who guessed): which of its characters the hint has given
 * the others. The server builds the hint from the word character by character; a hint of another length (a turn
 * that moved on) marks nothing.
 */
export function givenInHint(word: string, hint: string | null): { char: string; given: boolean }[] {
  const chars = [...graphemes.segment(word)].map(({ segment }) => segment);
  const cells = hint ? hintCells(hint) : [];
  return chars.map((char, i) => ({ char, given: cells.length === chars.length && cells[i].kind === 'revealed' }));
}

/** Letters (or Korean syllables) of the word, revealed or not; spaces and hyphens do not count. */
export function letterCount(hint: string): number {
  return hintCells(hint).filter((cell) => cell.kind === 'hidden' || cell.kind === 'revealed').length;
}

/** The hint as a screen reader should say it: letters separated, "_" for hidden, "/" between words. */
export function spokenHint(hint: string): string {
  return hintCells(hint)
    .map((cell) => (cell.kind === 'space' ? '/' : cell.char))
    .join(' ');
}

/** How a guess being typed fits the hint: too few letters yet, the right count, or one that cannot be the word. */
export interface GuessFit {
  typed: number;
  letters: number;
  state: 'short' | 'fits' | 'off';
}

/**
 * Compares a guess with the hint as the server compares guesses with the word: spaces, hyphens and underscores
 * do not count, nor do case and accents. The guess is `off` when it has more letters than the word, or a letter
 * where the hint shows another.
 */
export function guessFit(hint: string, guess: string): GuessFit | null {
  const word = hintCells(hint).filter((cell) => cell.kind === 'hidden' || cell.kind === 'revealed');
  const typed = [...graphemes.segment(guess)].map(({ segment }) => segment).filter((char) => !/^[\s_-]+$/u.test(char));
  if (word.length === 0 || typed.length === 0) return null;
  const mismatch = typed.some((char, i) => word[i]?.kind === 'revealed' && comparable(char) !== comparable(word[i].char));
  const state = typed.length > word.length || mismatch ? 'off' : typed.length === word.length ? 'fits' : 'short';
  return { typed: typed.length, letters: word.length, state };
}

const comparable = (char: string) => char.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
