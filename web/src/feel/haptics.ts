import type { Cue } from './cues';

/** Buzz patterns (ms on, off, on…) for the cues a phone player should feel without looking. */
export const BUZZES: Partial<Record<Cue, number[]>> = {
  yourTurn: [40, 60, 40],
  youGuessed: [60],
  close: [25],
};

/** Vibrates for a cue where the device can (phones; elsewhere nothing), unless the player muted the game. */
export function buzz(cue: Cue, muted: boolean, vibrate: ((pattern: number[]) => boolean) | undefined): void {
  const pattern = BUZZES[cue];
  if (!pattern || muted || !vibrate) return;
  vibrate(pattern);
}
