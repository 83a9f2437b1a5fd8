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
